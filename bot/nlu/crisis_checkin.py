"""The check-in tier: distress that is not clearly a crisis gets a short, warm check-in.

"everything sucks and im so tired of it all", "i feel worthless", "nobody cares about me",
"estoy cansada de todo": no wish to die, no plan, no abuse, but a student a coach would
want to ask "are you safe?". The assistant answers with that question, the 988 Lifeline
(911 if in danger) and a button to reach the coach, and raises no urgent task (the full
crisis answer of :mod:`bot.nlu.crisis_patterns` still does).

The rules read the same text as the crisis rules (:func:`bot.nlu.crisis_patterns.prepared`:
slang spelled out, figures of speech taken out). Everyday sadness with a cause ("im sad my
team lost", "im tired of school", "i hate my life lol my wifi is out") and job questions
("im tired of fast food jobs, what else pays") stay calm. A crisis always wins: callers ask
:func:`bot.nlu.crisis_patterns.detect` first. Besides the rules, a phrasing the learned check
(:mod:`bot.nlu.crisis_model`) scores just under a crisis, in a band set by its out-of-fold
false alarms, is a check-in too. No database.
"""

from __future__ import annotations

import re

from bot.nlu import crisis_model
from bot.nlu.crisis_patterns import _work_question_only, after_turn, calm, language, prepared

_ME = r"(?:i am|im|i feel|i feel like|i felt|feel|feeling|i been|ive been|i have been|been)"
_ALL = (
    r"(?:it all|everything|everyone|everybody|all of (?:it|this|them)|this life|my life|life|"
    r"trying|pretending|being me|being myself|feeling like this|feeling this way|being alone|"
    r"being sad|this feeling|the pain|hurting|people|myself|waking up|being here)"
)

# Words a teen puts after "im not okay" that change nothing ("im not ok honestly").
_FILLER = (
    r"(?: (?:at all|anymore|really|honestly|tbh|rn|right now|lately|fr|ngl|today|tonight|"
    r"these days|deadass|for real|like at all))*"
)

CHECKIN: list[str] = [
    r"\b(?:there is |theres )?no point (?:to|in|of) (?:anything|any of (?:it|this)|living|"
    r"life|trying|me|going on|it all)\b",
    # Worn out by everything, not by one thing.
    rf"\b(?:tired|sick|done|exhausted|over) (?:of|with) {_ALL}\b"
    r"(?! (?:at|in) (?:school|work|class|practice)\b| (?:early|so early|at \w+)\b|"
    r"(?<=people) (?:today|rn|right now|tonight|lol)\b)",
    r"\beverything (?:sucks|is too much|feels pointless|is pointless|is falling apart|hurts|"
    r"is hopeless|feels hopeless|is so hard|feels wrong)\b",
    r"\b(?:my life|life) (?:is|feels) (?:pointless|hopeless|meaningless|empty|too much|"
    r"falling apart|over)\b",
    r"\bnothing (?:matters|ever gets better|is ever going to get better|will ever change|"
    r"feels worth it)\b",
    # How they see themselves.
    rf"\b{_ME} (?:so |really |just |completely |totally )?(?:worthless|hopeless|useless|"
    r"empty inside|empty|numb|broken|invisible|trapped|like a burden|a burden|like nothing|"
    r"like a failure|like a waste|unwanted|unloved|like nobody|like no one|like i dont matter|"
    r"like i dont belong|like giving up(?! on (?!everything|myself|life|it all|me\b)\w)|"
    r"like i am drowning|like im drowning|"
    r"like everyone hates me|so alone|all alone|completely alone|alone all the time|"
    r"depressed|so depressed|hollow|defeated)\b",
    r"\b(?:i am|im) (?:a burden|a waste of space|a waste|a failure at everything|nothing|"
    rf"not (?:ok|okay){_FILLER}$|not doing (?:ok|okay|well|good){_FILLER}$)",
    r"\bi (?:hate|cant stand|despise) (?:myself|being me|who i am)\b(?! (?:for|lol|when)\b)",
    r"\bi (?:dont|do not) matter\b|\bi (?:dont|do not) (?:belong|fit) anywhere\b",
    # Nobody there.
    r"\b(?:nobody|no one|noone|none of them)(?: even| really| ever)? (?:cares|care|loves|"
    r"likes|wants|needs|listens|understands|would care|would notice|would miss|notices)"
    r" (?:about )?(?:me|if i)\b(?<!notice if i)(?<!care if i)"
    # Round 11: an absence nobody would notice ("if i skipped practice") is no check-in.
    r"|\b(?:nobody|no one|noone) (?:even |really )?(?:would|will) (?:notice|miss me|care) if i "
    r"(?!(?:skip|skipped|missed|miss|left early|wore|took|ate|was late|didnt go|dont go|cut "
    r"class|ditched|stayed home)\b)",
    r"\bi (?:have|got) (?:no one|nobody|no friends)(?: to talk to| anymore| at all| left)?"
    r"(?: \w+)?$",
    # No way forward.
    r"\b(?:whats|what is) the point(?: of (?:anything|any of this|it all|trying|even trying)|"
    r" anymore|$)",
    r"\bi (?:just )?(?:give up|gave up|want to give up)(?: on (?:everything|myself|life|it all))?"
    r"(?: \w+)?$",
    r"\b(?:no|dont see a|cant see a|there is no|theres no) (?:hope|future)(?: for me)?"
    r"(?: anymore)?\b(?! (?:in|for (?:this|that|the|a)) (?:job|career|field)\b)",
    r"\bi (?:just )?want (?:everything|it all|it|the pain|this|all of this|the thoughts) "
    r"to (?:stop|go away|be over|end)\b(?! (?:raining|snowing)\b)",
    r"\b(?:leave|leaving|be gone|go away|disappear) for good\b(?! (?:from|to|in|at)\b)",
    r"\bi (?:just )?want to (?:disappear|vanish|run away from everything)\b"
    r"(?! (?:from|under|for|into|in|to|off|on|at)\b)",
    r"\b(?:cant|can not|cannot) (?:stop crying|breathe anymore|handle anything|do anything "
    r"right|take much more|do this much longer)\b",
    r"\bcrying (?:myself to sleep|every night|all the time|every day)\b",
    r"\bi (?:hate|hate hate) (?:being alive|waking up|every day)\b"
    r"(?! (?:for|at|on|so|early|to|in)\b)",
    r"\b(?:scared|afraid|terrified) (?:of|to be around) (?:my|her|his) (?:dad|father|mom|mother|"
    r"step dad|step mom|parents?|uncle|brother|boyfriend|girlfriend|\w+ boyfriend)"
    r"(?: at home| sometimes| right now| all the time)?$",
    r"^(?:i |and i |but i )?(?:have|made|got|already have) a plan(?: now| tonight| already)?$",
    r"\bi (?:think|keep thinking|been thinking|always think) (?:about|of) (?:dying|death|"
    r"being dead|not being here)\b",
    r"\b(?:havent|have not|didnt|did not) (?:eaten|ate|had food) (?:in|for) (?:\w+ )?days\b",
    r"\b(?:dark|bad|scary|weird) thoughts\b|\bthoughts? (?:of|about) (?:hurting|harming)\b",
    r"\bi (?:dont|do not|cant) see (?:the|a|any) point(?: anymore| in anything| of anything|"
    r" in trying| in going on| in any of this)?$",
    # Round 6: an apology that sounds like an end, said alone ("sorry mom. i tried"), and
    # "dont try to find me".
    r"^(?:im )?sorry (?:mom|mama|dad|everyone|guys|yall)(?: i (?:really )?tried| i love you| for "
    r"everything)+$",
    r"^(?:please |pls )?(?:dont|do not) (?:try to |come )?(?:find|look for|come looking for) me"
    r"(?: \w+){0,2}$(?<!lol)(?<!hiding)",
    # Things given up as if the future were gone: "i wont need it after this week".
    r"\b(?:not|wont|will not) (?:gonna |going to )?need (?:it|this|them|any of (?:it|this)|"
    r"(?:my|the|a|any|this|that) [\w ]{1,30}?) (?:anymore|after (?:this|next|tonight|today|"
    r"tomorrow|saturday|sunday|friday)\b|where im going)\b"
    r"(?!.{0,30}\b(?:i got|i found|got (?:a|the|one)|found (?:a|one)|already (?:have|got)|"
    r"graduat\w*|moving|switched|quit|cuz|because|since|bc|cause)\b)",
]

SPANISH_CHECKIN: list[str] = [
    r"\b(?:estoy|me siento|ando) (?:muy |tan |bien |super )?(?:cansad[oa]|harto|harta) de "
    r"(?:todo|todos|la vida|mi vida|vivir|existir|sentirme asi|fingir)\b",
    r"\b(?:me siento|estoy|siento que soy|soy) (?:muy |tan |bien |super )?(?:sol[oa]|vaci[oa]|"
    r"inutil|una carga|un estorbo|nada|sin esperanza|deprimid[oa]|perdid[oa]|rot[oa]|"
    r"atrapad[oa]|invisible|un fracaso)\b(?! (?:en|para) (?:el|la|mi|mi nueva|mi nuevo|esta|este) "
    r"(?:trabajo|escuela|clase|equipo)\b)",
    r"\b(?:a nadie le importo|nadie me quiere|nadie me entiende|nadie me escucha|"
    r"a nadie le importa si)\b",
    r"\bodio mi vida\b|\bme odio\b",
    r"\bno (?:le )?veo (?:sentido|salida|futuro)\b|\bno tiene sentido nada\b|"
    r"\bnada tiene sentido\b",
    r"\b(?:ya )?no aguanto (?:mas|esto|nada)\b|\bya no (?:puedo|aguanto)$",
    r"\bno (?:paro|puedo parar|puedo dejar) de llorar\b|\blloro todas las noches\b",
    r"\bquiero desaparecer\b(?! (?:en (?:mi|la) cama|un rato|por un rato|todo el|de (?:la|esta|"
    r"el) (?:clase|fiesta|reunion|grupo)))|\bquiero que todo (?:termine|pare|se acabe)\b",
    r"\bno estoy bien\b(?! (?:con|de) (?:la|el|mi) (?:trabajo|escuela|clase|calificacion)\b)",
    r"\bya no (?:lo|la|los|las|le|les) (?:voy a|vamos a) necesitar\b",
    # Round 8: not eating for days ("no como nada desde hace dias").
    r"\bno (?:he comido|como|comi) (?:nada )?(?:desde hace|en|por) (?:\w+ )?dias\b",
]

# Questions about jobs and pay; a check-in there would interrupt the answer ("i feel useless
# at my job, what else pays", "is there hope for welders"). School stays in: "nobody cares
# about me at school" is a check-in.
_WORK_QUESTION = re.compile(
    r"\b(?:what (?:do|does|would|can) \w+(?: \w+)? make|how much|pay|paid|pays|salary|"
    r"salaries|earn|earns|wage|wages|job|jobs|career|"
    r"careers|hiring|hire|work as|become|becoming|major|degree|license|apprentice\w*|"
    r"gana|ganan|sueldo|trabajo|carrera|lol|lmao|haha\w*|jk|jaja\w*)\b"
)
# Hopelessness about everything, said next to a word about jobs ("no point to anything.
# not college not jobs not me"): a check-in even so.
_DESPITE_WORK = re.compile(
    r"\b(?:there is |theres )?no point (?:to|in|of) (?:anything|any of (?:it|this)|living|life|"
    r"going on|it all)\b|\bnot me$|\bda igual\b.{0,30}\bno (?:voy a|vaya a) estar\b"
)
_SPANISH_DESPITE_WORK = re.compile(r"\bda igual\b")
_COMPILED = [(re.compile(pattern), "en") for pattern in CHECKIN] + [
    (re.compile(pattern), "es") for pattern in SPANISH_CHECKIN
]


def checkin_language(text: str | None) -> str | None:
    """``"en"`` or ``"es"`` when ``text`` calls for a check-in, else ``None``.

    The check-in rules and the learned check's band are read here: call
    :func:`bot.nlu.crisis_patterns.detect` first, since a crisis gets the full answer instead.
    """
    if not text:
        return None
    clean = prepared(text)
    if _DESPITE_WORK.search(clean):
        return "es" if _SPANISH_DESPITE_WORK.search(clean) else "en"
    if _WORK_QUESTION.search(after_turn(clean)):  # "what do welders make? nvm ..." reads on
        return None
    for pattern, lang in _COMPILED:
        if pattern.search(clean):
            return lang
    # The learned check's band just under a crisis; never on a figure of speech ("my dog is
    # trying to kill me") or a job question, which the rules have recognised.
    # Nor on a plain job question without a crisis word ("what do they do", round 11).
    model = crisis_model.shared().model
    if calm(text) or _work_question_only(clean):
        return None
    if model.crisis_score(clean) >= model.checkin_threshold:
        return language(text)
    return None
