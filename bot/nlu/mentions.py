"""A Rasa 3.6 NLU component: job and place entities from the data, not only from DIET.

Placed after DIET and the synonym mapper in config.yml, it runs the data matcher of
:mod:`occupations.mentions` (the patterns file ``careerbot data build`` writes) on every
message. Where the data finds a job or a place, its longest match replaces DIET's span of
that entity (DIET may have cut "bay st louis" to "louis"); where the data finds nothing,
DIET's span stays. In a message whose intent is not about jobs ("talk to my coach"), data
mentions only correct a span DIET tagged, or add a town, county or ZIP code. In an explore
question the education, interest and sort phrases the data knows replace DIET's too, with the
value the explore action reads. A compare question naming only the state or the nation is
re-read as a place follow-up. The matcher is loaded once per process. Rasa-only wiring: the
matching logic is ``occupations/mentions.py``.
"""

from __future__ import annotations

import logging
import re
import threading
from pathlib import Path
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.shared.nlu.constants import ENTITIES, INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from careerbot import settings
from occupations.fields import PREFIX as FIELD_PREFIX
from occupations.mentions import (
    ACTIVITY,
    EXPLORE_LABELS,
    JOINED_TO_IT,
    OCCUPATION,
    PATTERNS_FILE,
    PLACE,
    Mention,
    find_mentions,
    finder_for,
)
from occupations.text import CLARIFYING, SET_ASIDE, normalize
from occupations.types import EDUCATION_LEVELS, INTERESTS

log = logging.getLogger(__name__)
EXTRACTOR = "DataMentions"
# Intents where a job or place named anywhere in the message is what the student asks about.
JOB_INTENTS = frozenset(
    {"ask_pay", "ask_pathway", "ask_need_college", "ask_describe", "compare", "explore",
     "inform_occupation", "inform_place", "correct_place", "correct_occupation", "choose",
     "ask_national", "ask_statewide", "nlu_fallback", "ask_how_long", "ask_good_money",
     "ask_wage_unit", "ask_outlook"}
)  # fmt: skip


def _overlaps(a: dict[str, Any], mention: Mention) -> bool:
    return int(a.get("start", -1)) < mention.end and mention.start < int(a.get("end", -1))


def merge_entities(
    entities: list[dict[str, Any]], mentions: list[Mention], intent: str | None
) -> list[dict[str, Any]]:
    """DIET's entities with its job and place spans replaced by the data's longest matches."""
    out = list(entities)
    if intent in JOB_INTENTS and not any(m.label == OCCUPATION for m in mentions):
        # "drive tugboats", "working on cars ... electric cars": what someone does, named by
        # the data, is no job of DIET's guess; the activity is looked up instead.
        doing = [m for m in mentions if m.label == ACTIVITY]
        if doing:
            out = [e for e in out if e.get("entity") != OCCUPATION]
    for label in (OCCUPATION, PLACE):
        found = [m for m in mentions if m.label == label]
        if not found:
            continue
        if label == PLACE:
            found = where_asked(found)
        diet = [e for e in out if e.get("entity") == label]
        if intent not in JOB_INTENTS:
            # Outside a job question only a town, county or ZIP ("im from long beach") is
            # kept, or a span that corrects DIET's; never in a crisis message.
            found = [
                m
                for m in found
                if any(_overlaps(e, m) for e in diet)
                or (label == PLACE and m.kind in SPECIFIC_PLACES and intent != "crisis")
            ]
            if not found:
                continue
        out = [e for e in out if e.get("entity") != label]
        out += [
            {"entity": label, "start": m.start, "end": m.end, "value": m.value,
             "confidence_entity": 1.0, "extractor": EXTRACTOR}
            for m in found
        ]  # fmt: skip
    # DIET's education, interest or sort span is kept only when it is a value the explore
    # action reads ("my" as an interest, "right now" as an education are noise).
    out = [e for e in out if e.get("entity") not in EXPLORE_LABELS or _known_value(e.get("value"))]
    if intent == "explore":
        # What the explore question asks for, as the value the explore action reads
        # ("without college" -> "certificate"); DIET's span stays where the data has none.
        for label in EXPLORE_LABELS:
            terms = [m for m in mentions if m.label == label]
            if terms:
                out = [e for e in out if e.get("entity") != label]
                out += [
                    {"entity": label, "start": m.start, "end": m.end, "value": m.ids[0],
                     "confidence_entity": 1.0, "extractor": EXTRACTOR}
                    for m in terms
                ]  # fmt: skip
    return sorted(out, key=lambda e: int(e.get("start", 0)))


SPECIFIC_PLACES = frozenset({"town", "county", "zip"})


def where_asked(places: list[Mention]) -> list[Mention]:
    """The places of a message in other areas, the town, county or ZIP among them kept.

    "paramedic pay in monticello, thinking about going to co-lin": the college is where the
    student may study, the town where the pay is asked.
    """
    areas = {code for m in places for code in m.ids}
    specific = [m for m in places if m.kind in SPECIFIC_PLACES]
    return specific if len(areas) > 1 and specific else places


# The values of explore's entities that the explore action reads (after synonyms).
VALUES = frozenset({*EDUCATION_LEVELS, *INTERESTS, "pay", "openings", "employment"})
WIDE_PLACES = frozenset({"state", "nation"})


def _known_value(value: object) -> bool:
    """A value the explore action reads: an education level, interest, ranking or field."""
    return value in VALUES or (isinstance(value, str) and value.startswith(FIELD_PREFIX))


def compared_with_a_place(
    intent: str | None, entities: list[dict[str, Any]], mentions: list[Mention]
) -> bool:
    """A compare question naming no job, only the state or the nation, is a place follow-up.

    "How does that compare to the whole country?" asks for the last answer's figure there,
    not for two jobs side by side; it is read as ``inform_place``.
    """
    if intent != "compare" or any(e.get("entity") == OCCUPATION for e in entities):
        return False
    if any(m.label == OCCUPATION for m in mentions):
        return False
    return any(m.label == PLACE and m.kind in WIDE_PLACES for m in mentions)


# Intents that say nothing about what is asked: a job named with a question word in such a
# message ("optician pay in ocean springs" read as inform_place) is that question.
PLAIN_INTENTS = frozenset(
    {"inform_place", "inform_occupation", "nlu_fallback", "out_of_scope", "choose", "gibberish"}
)
# Questions re-read when their own words are missing and another question's words are there
# ("do they need more cnas" read as a description); ask_need_college counts as a route.
QUESTIONS = frozenset({"ask_pay", "ask_pathway", "ask_need_college", "ask_describe",
                       "ask_outlook"})  # fmt: skip
FAMILY = {"ask_need_college": "ask_pathway"}
# What "make" is followed by when it asks no pay: "make that a real job", "making apps".
NOT_MONEY = (
    r"(that|it|this|them) (a|an|into|my)|(a|an) (real |good )?(job|career|living)|it big"
    r"|(a|an) (really )?(good|great|decent|bad|excellent|awesome|amazing)"
    r"|apps?|games?|video games?|videos?|websites?|music|beats|art|things|stuff|clothes|food"
    r"|friends|sure|sense|time"
)
# The words that ask the pay; "what's a pipefitter pull down" asks it too.
PAY_WORDS = (
    r"\b(pay|pays|paid|salary|salaries|salery|salry|sallary|earn|earns|earning|wage|wages"
    r"|income|hourly|yearly|annually|(an|per) (hour|hr)|a hour|per (year|yr)|pulls? (down|in)"
    r"|pulling (down|in)|rakes? in|brings? (in|home)|how much (a|an|per) (year|yr|hour|hr)"
    r"|gana|ganan|sueldo|salario|pagan|cobra)\b"
    rf"|\b(make|makes|making)\b(?! ({NOT_MONEY})\b)"
)
SORT_OF = r"(kind of |kinda |sort of |sorta |anything |really |just |more |a lot )?"
# The words that ask each question, English and common Spanish, in the order they win.
QUESTION_CUES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (intent, re.compile(pattern))
    for intent, pattern in (
        ("ask_pay", PAY_WORDS
                    + r"|\bhow much (do|does|would|will|can|could) (they|he|she|u|you|i|one|it)"
                    r" (get|bring in|take home|pull in)\b"
                    r"|\bhow much (is|are|s) (that|it|they|those)"
                    r"( (around|near|in|over|down|up|out|for|per|a|an)\b.*)?$"),
        ("ask_outlook", r"\b(growing|growth|in demand|high demand|demand for|outlook|future"
                        r"|job openings"
                        r"|openings|dying|going away|need more|shrinking|disappearing"
                        r"|hiring more|long term|long run|job security"
                        r"|will there (still )?be (jobs|work|demand)"
                        r"|are there (still |any |enough |gonna be |going to be )*"
                        r"(jobs|openings)"
                        r"|(are|is) there (any |enough |good |a lot of |lots of |many |much )?"
                        r"([a-z]+ ){0,4}(jobs|openings|work|demand) (for|in|around|near|at|out)"
                        r"|(are|is) there (any |enough |good |a lot of |lots of |many |much )?"
                        r"([a-z]+ ){1,4}(jobs|openings)$)\b"
                        r"|^(are|is) (?!(college|school|a degree|a diploma|a license)\b)"
                        r"[a-z ]{2,40} (needed|in need)\b"
                        r"|\b(dead end|dying out|(that|field|job|career|trade) (is )?dead)\b"
                        r"|\bhow many jobs (will|are|is|gonna)\b"
                        r"|^(are|is) (the |they |there |any )?[a-z ]{0,30}\bhiring\b"
                        r"|\bin (5|10|15|20|five|ten|twenty) (years|yrs)\b"
                        r"|\bgonna be (everywhere|big|huge|needed|around)\b"),
        ("ask_pathway", r"\b(become|becoming|how (do|can|would|to) (i|u|you|someone)? ?"
                        r"(be|get into|get in|start)|training|schooling|requirements|certified"
                        r"|certification|apprenticeships?|get a job as|school for|what school"
                        r"|(get|getting) hired (at|as|on|by|with)"
                        r"|(do|would|will) (i|u|you) (need|have to have|gotta have|have to get)"
                        r" (a |an )?(\d|four|two|college|degree|bachelors|associates)"
                        r"|licen[cs]e|licen[cs]ed|licensing"
                        r"|path to|pathway|steps to|what does it take|major in"
                        r"|(police|fire|firefighter|firefighting|law enforcement|training"
                        r"|cosmetology|barber|flight|trooper|corrections) academy"
                        r"|what (should|do|would|could) (i|u|you) (major|study)"
                        r"|(right|straight) out of (high school|hs)"
                        r"|college for (that|it|this|them)"
                        r"|(is there|do (i|u|you) (have to|need to|gotta) take) (like |any )?"
                        r"(a |an )?(test|tests|exam|exams|board exam|licensing exam)"
                        r"|without (a |an |going to |goin to )?(degree|college|4 year|four year"
                        r"|bachelors|university)"
                        r"|(have to|need to|gotta|hafta|haveta) be (a|an) [a-z ]{2,40}"
                        r" (first|before)"
                        r"|what (do|does|would|should) (i|u|you|someone|one) (gotta|got to"
                        r"|have to|need to|hafta|haveta) do|me hago|para ser)\b"),
        ("ask_describe", r"\b(what (does|do) (a|an|the)? ?\w+ do|duties|que hace|que hacen"
                         r"|what (does|do) (a |an |the )?(?!(i|u|you|we|they|he|she|it|ppl"
                         r"|people)\b)(\w+ ){1,3}\w+ do\b(?! (to|for|i|u|you)\b)"
                         r"|(what|wat)s? (is )?(the job|the work|it|that|that job"
                         r"|(his|her|their|your|ur|my|our) (job|work)) like"
                         r"|what (is|would) (it|the job|the work) be like|day in the life"
                         r"|(a )?typical day"
                         r"|(no idea|no clue|dont know|idk|not sure|never knew) what (that|it|this"
                         r"|they|he|she) (is|does|do|are)"
                         r"|what (that|it|they) (is|are|does|do) (exactly|even|tho|lol))\b"
                         r"|^(so |but |and )?(is|isnt) (it|that|this|that job) (kind of |kinda "
                         r"|sort of |sorta |basically |just )?like (?!(hard|easy|good|bad|really"
                         r"|super|very|so|too|competitive|stressful|fun|worth|a lot|dangerous|safe"
                         r"|boring|paid|hiring|growing|in demand)\b)"
                         rf"|^(what|wat)s? (is )?(a|an) (?!.*(?:{PAY_WORDS}))[a-z ]+$"
                         r"|^(what|wat)s? (a|an|the)? ?[a-z ]{2,40} do( all day| at work"
                         r"| exactly| on the job)?$"),
    )
)  # fmt: skip
# "whats that per hr", "and a yr?", "hourly?": the last pay figure in another unit, no job named
# ("hr" is no human resources job here, whatever DIET tags).
THAT_PER_UNIT = re.compile(
    r"^(and |so |ok |okay |but |k |hmm )?(like )?"
    r"(((what|wat|wut|how much)( is| s|s| would| will| does| do)?( (that|it|this|dat))?"
    r"( come out to| comes out to| break down to| work out to| be)?|(that|it|this|dat)( is)?) )?"
    r"(like )?((per|an|a|each|every|by the|in an?) (hour|hr|year|yr|month|week|two weeks)"
    r"|hourly|yearly|annually|monthly|weekly)( then| tho| lol)?[ ?.!]*$"
)
WORKS_AT = re.compile(r"\b(works?|working|worked|job|jobs) (at|in|on|for) (the|a|an)\b")
# The words of a question for a list of jobs ("what jobs are around hattiesburg", "i like art").
EXPLORE_WORDS = re.compile(
    r"\b(jobs?|careers?|work|working|options?|fields?|hiring|industr\w*|money|pays?|paying"
    r"|like|love|into|good at|enjoy|interested|want|wanna|best|top|what (can|could|should))\b"
)
# Someone who does the thing named ("my mom debones chicken at tyson", "the guys who ..."):
# without one, what DIET calls off-topic ("sing a song") is no job.
SOMEONE = re.compile(
    r"\b(i|im|my|he|she|they|their|his|her|ppl|people|someone|somebody|guys?|who|workers?)\b"
)
# What DIET makes of a sentence that names a job and asks nothing about it.
SAID_IN_PASSING = frozenset({"nlu_fallback", "explore", "out_of_scope"})
# "is it in demand?", "is that job growing": about the one job just talked about.
ONE_JOB = re.compile(r"\b(is|are|will) (it|that|this|they|those|that job|this job)\b")
# An explore question asks for jobs in the plural; one job named with a question's words
# ("what do derrick hands make around laurel") is that question about that job.
MANY_JOBS = re.compile(r"\b(jobs|careers|options|fields|kinds of work|types of work)\b")
# "welding jobs in tupelo": the jobs of one job named just before, not a list of every job.
JOBS_OF_ONE = re.compile(r"\s*(jobs?|work|careers?|positions?|openings?)\b")


def _many_jobs(
    entities: list[dict[str, Any]], text: str, lowered: str, activity_ends: list[int]
) -> bool:
    """Whether the message asks about jobs in the plural, not about one job's or place's jobs.

    "welding jobs", and "fast food jobs" (a workplace the data knows, not an entity), are the
    jobs of one kind.
    """
    if not MANY_JOBS.search(lowered):
        return False
    low = text.lower()
    ends = [int(e.get("end", 0)) for e in entities if e.get("entity") == OCCUPATION]
    ends += activity_ends
    return not any(JOBS_OF_ONE.match(low, end) for end in ends)


# Follow-ups and handoff topics with words of their own: without them, and with another
# question's words, the message is that question ("is hvac a good career long term" is no
# "how long"; "is there a community college for that" after a route is no FAFSA request).
OWN_WORDS = {
    # "is welding a dead end or nah" is no question about the bot.
    "ask_bot": re.compile(r"\b(bot|robot|human|person|people|real|ai|machine|automatic\w*"
                          r"|automated|chatgpt|siri|somebody|someone|typing"
                          r"|answering|texting|talking|who)\b"),
    # Two jobs and no word that compares ("my aunt is a guard at parchman, what do
    # correctional officers make"): the question the words ask.
    "compare": re.compile(r"\b(compare|compared|comparing|comparison|vs|versus|or|better|best"
                          r"|worse|difference|different|than|against|between|more|less)\b"),
    "ask_how_long": re.compile(r"\b(how long|how many (years|months|weeks)|years?|months?"
                               r"|weeks?|take)\b"),
    "ask_financial_aid": re.compile(r"\b(fafsa|financial aid|aid|scholarships?|grants?|loans?"
                                    r"|pay for|paying|afford|money|tuition|cost|costs|free|cheap"
                                    r"|pell)\b"),
    # The coach's topics: a route question with the student's grade and school around it
    # ("how do i become a welder, im a junior at pearl high") is no application or shadowing
    # request, so it never starts the coach's form unasked.
    "ask_application_help": re.compile(r"\b(appl(y|ying|ied|ication|ications)|resume|resumes"
                                       r"|essays?|transcripts?|interviews?|recommendation"
                                       r"|cover letter|common app|personal statement"
                                       r"|dual enrollment|enroll|enrolling|sign up|deadlines?"
                                       r"|admissions?|accepted|get in to|get into (college|school"
                                       r"|ole miss|msu|usm|jsu|[a-z]+ (cc|college|university)))\b"),
    "ask_job_shadowing": re.compile(r"\b(shadow|shadows|shadowing|shadowed|internships?|intern"
                                    r"|interning|tag along|ride along|spend a day|for a day"
                                    r"|for a week|watch|follow|co ?op|work study|work based"
                                    r"|hands on|work experience|try (it|out|the job)|in person"
                                    r"|in real life|see what|set me up)\b"),
    "personal_situation": re.compile(r"\b(home|family|personal|parents?|mom|dad|mother"
                                     r"|father|pregnant|baby|kids?|homeless|drop out|dropping"
                                     r"|graduat\w*|struggl\w*|stress\w*|going through|hard time"
                                     r"|locked up|divorc\w*|take care|brothers?|sisters?"
                                     r"|nights|cant keep up|worried|lost (her|his|my) job"
                                     r"|problems?|going on|dealing|afford|pay for)\b"),
}  # fmt: skip
# A coach's topic that DIET read without its words and with no question's either ("like at a
# construction site" after a description): not understood, so never the coach's form unasked;
# with a job named ("im interested in being a shipfitter"), that job.
COACH_TOPICS = frozenset({"ask_application_help", "ask_job_shadowing"})


def question_asked(
    intent: str | None,
    entities: list[dict[str, Any]],
    text: str,
    activity: bool = False,
    job_named: bool = False,
    someone_does: bool = False,
    activity_ends: list[int] | None = None,
) -> str | None:
    """The question a message asks when its words say otherwise than DIET, or None.

    DIET reads "electrician pay across the state" as a place ("inform_place"): a plain
    message that names a job and asks with a question word is that question (a
    low-confidence one, ``nlu_fallback``, even without a job: the job of the talk is meant). A
    question whose own words are missing while another question's are there is that other
    question ("whats an athletic trainer do" is no route); an explore question about one job
    ("is it in demand", "what do derrick hands make") is that question, and one about what
    people do (``activity``: "what do people who inspect buildings do") is a description. A
    follow-up or topic whose own words are missing is the question whose words are there. A
    turn that only names the job meant ("like a deputy") is that job on its own.
    ``job_named``: the data found a job, which a coach's topic does not keep as an entity.
    ``someone_does``: the data found what someone does ("drives trucks"), not only a workplace.
    ``activity_ends``: where the data's activities and workplaces end ("fast food| jobs").
    Never a crisis or a request for the coach.
    """
    lowered = " ".join(normalize(text).replace("'", "").split())
    if THAT_PER_UNIT.match(lowered) and not job_named and not activity:
        return "ask_wage_unit"  # "whats that per hr" after a pay answer: the other figure
    cues = [name for name, cue in QUESTION_CUES if cue.search(lowered)]
    job = any(e.get("entity") == OCCUPATION for e in entities)
    if not cues and (job or activity) and intent in QUESTIONS and CLARIFYING.match(lowered):
        # "like a deputy or city police" after a route: the job on its own, so the question
        # of the talk is answered again for it.
        return "inform_occupation"
    many = _many_jobs(entities, text, lowered, activity_ends or [])
    doing = activity and intent != "explore"  # "jobs with animals" stays a list
    if not cues and doing and intent == "inform_place" and WORKS_AT.search(lowered):
        return "inform_occupation"  # "everybody works at the chicken plant": its jobs
    if not cues and intent == "inform_place" and someone_does and not many:
        return "inform_occupation"  # "my dad drives trucks out of greenwood": that job, there
    if not cues and intent == "inform_place" and job and not many:
        # "what about truck drivers in greenwood" after a list of jobs: that job, there.
        return "inform_occupation"
    if intent == "out_of_scope" and not (job or job_named) and not SOMEONE.search(lowered):
        doing = False  # "sing a song", "what time does walmart close": no job of anyone's
    if not cues and intent in SAID_IN_PASSING and not many and (job or job_named or doing):
        # "im interested in being a shipfitter", "camp shelby is hiring security guards", "i
        # wanna teach high school english": the job of the talk from now on.
        return "inform_occupation"
    if (
        not cues
        and intent in ("explore", "nlu_fallback")
        and not (job or activity)
        and not EXPLORE_WORDS.search(lowered)
        and any(e.get("entity") == PLACE for e in entities)
    ):
        # "around perkinston, near the gulf coast cc campus" after an answer: only a place,
        # so the last question again, there (DIET reads a bare place as a list of its jobs,
        # or is unsure of "im in poplarville at pearl river cc").
        return "inform_place"
    if not cues:
        own = OWN_WORDS.get(intent or "")
        if intent in COACH_TOPICS and own is not None and not own.search(lowered):
            # "i wanna work at the shipyard in pascagoula": the shipyard's jobs, there.
            at_work = doing and WORKS_AT.search(lowered)
            if job or job_named or at_work:
                return "inform_occupation"
            # "im in poplarville at pearl river cc": where the student is, not an application.
            place = any(e.get("entity") == PLACE for e in entities)
            return "inform_place" if place and not doing else "nlu_fallback"
        return None
    if intent in PLAIN_INTENTS:
        # "picking orders at the walmart dc in brookhaven, whats that per hour": what someone
        # does, asked about, is a question as a job is.
        return cues[0] if job or activity or intent == "nlu_fallback" else None
    if intent in QUESTIONS and FAMILY.get(intent, intent) not in cues:
        return cues[0]
    if intent == "explore" and "ask_outlook" in cues and (job or ONE_JOB.search(lowered)):
        return "ask_outlook"
    if intent == "explore" and not many:
        if job and cues[0] in ("ask_pay", "ask_describe"):
            return cues[0]
        if activity and "ask_describe" in cues:
            return "ask_describe"
        if activity and cues[0] == "ask_pay":
            return "ask_pay"  # "how much do fast food jobs pay": its jobs, or "which one?"
    own = OWN_WORDS.get(intent or "")
    if own is not None and not own.search(lowered):
        return cues[0]
    return None


# "a housekeeper at a hotel": a job word after "at a" is where the job is, not a second job.
# "for a" only after work ("works for a trucking company"): "pay for a dispatcher" asks it.
# "a claims adjuster for state farm": an employer's name after "for" or "at" is no second job.
WORKPLACE_BEFORE = re.compile(
    r"\b(at|in|(?:work|works|working|worked|job) for) (a|an|the)\s*$"
    r"|\b(for|at) (?!(a|an|the)\s)[a-z]+\s+$"
)


def without_workplaces(mentions: list[Mention], text: str) -> list[Mention]:
    """The mentions minus job words that name where another named job is done."""
    jobs = [m for m in mentions if m.label == OCCUPATION]
    if len(jobs) < 2:
        return mentions
    workplaces = {id(m) for m in jobs if WORKPLACE_BEFORE.search(text[: m.start].lower())}
    if len(workplaces) == len(jobs):
        return mentions
    return [m for m in mentions if id(m) not in workplaces]


# A job named only to liken the talk's job to ("is it like csi") or as a step before it ("do u
# have to be an emt first"): the job asked about is still the talk's, or the other one named.
LIKENED = re.compile(rf"^(so |and |but )?(is|was|isnt) (it|that|this|the job) {SORT_OF}like"
                     r" (a |an |the |being (a |an )?)?$")  # fmt: skip
STEP_BEFORE = re.compile(r"\b(be|become|being|work as|start as|start out as) (a |an )?$")
STEP_AFTER = re.compile(r"^\s*(first|before|beforehand)\b")
# "i'm already an emt, what's the next step to be a paramedic": the job the student has.
ALREADY = re.compile(r"\b(already|currently|been) (a |an )?$")


# The question's own words around the job it asks about: "lpn salary", "how much do cnas
# make", "what does a welder do", "to be a surgical tech".
ASKED_BEFORE = re.compile(
    r"\b(how much (do|does|is|are|can|would|will) (a |an |the |them |those )?"
    r"|(salary|salaries|pay|wages?|hourly) (of|for) (a |an |the )?"
    r"|what (does|do|did) (a |an |the )?|(be|become|becoming) (a |an )?)$"
)
ASKED_AFTER = re.compile(r"^\s*(salary|salaries|pay|paid|wages?|make|makes|makin|earn|earns"
                         r"|hourly|yearly|per hour|a year|do)\b")  # fmt: skip
# Between the job asked about and another: a new sentence or clause ("?? my grandma keeps
# saying i should do nursing"; ", the ones that hand the doctor tools"), never a comparison.
NEW_CLAUSE = re.compile(r"[?.!,;]|\b(my|i|im|he|she|they|the ones|ones)\b")
COMPARED = re.compile(r"\b(and|vs|versus|or|compared|than|what about|how about|instead)\b")


def _asked_beside(jobs: list[Mention], lowered: str) -> list[Mention]:
    """Jobs of another clause than the one job the question's words are around."""
    asked = [
        m
        for m in jobs
        if ASKED_BEFORE.search(lowered[: m.start]) or ASKED_AFTER.match(lowered[m.end :])
    ]
    if len(asked) != 1 or len(jobs) < 2:
        return []
    one = asked[0]
    out = []
    for other in jobs:
        if other is one or set(other.ids) & set(one.ids):
            continue
        gap = lowered[min(one.end, other.end) : max(one.start, other.start)]
        if NEW_CLAUSE.search(gap) and not COMPARED.search(gap):
            out.append(other)
    return out


# What a person named before a job says of the student ("my coach said ... firefighter").
SAYER_BEFORE = re.compile(r"\b(my|our|his|her) $")
SAID_AFTER = re.compile(r"\s*(said|says|told me|tells me|thinks|keeps telling me|wants me)\b")
# Between a job and the words that say what it is ("crna, thats the nurse who ...").
EXPLAINED = re.compile(
    r"\s*,?\s*(thats|that's|that is|which is|aka|also called|its|it's)"
    r"( (the|a|an|like the|like a|basically a|basically the))?\s+"
)


def named_in_passing(mentions: list[Mention], text: str) -> tuple[list[Mention], bool]:
    """The job mentions named only in passing, and whether one likens the talk's job to it.

    A job set aside ("not the sorters") counts only beside another job: "not a nurse, a cna";
    so does the job the student already has ("already an emt", before the one asked about).
    """
    lowered = text.lower()
    jobs = [m for m in mentions if m.label == OCCUPATION]
    likened = [m for m in jobs if LIKENED.search(" ".join(lowered[: m.start].split()) + " ")]
    steps = [
        m
        for m in jobs
        if STEP_BEFORE.search(lowered[: m.start]) and STEP_AFTER.match(lowered[m.end :])
    ]
    aside = [m for m in jobs if len(jobs) > 1 and SET_ASIDE.search(lowered[: m.start])]
    held = [m for m in jobs[:-1] if ALREADY.search(lowered[: m.start])]
    # "loggers ... the ones who run the skidders and cutters": a job word joined to what
    # someone does is one more thing done, not a second job.
    doing = [m for m in mentions if m.label == ACTIVITY and m.kind != "workplace"]
    objects = [
        m
        for m in jobs
        if len(jobs) > 1
        and any(
            d.end <= m.start and JOINED_TO_IT.fullmatch(lowered[d.end : m.start]) for d in doing
        )
    ]
    # "a crna thats the nurse that does anesthesia": the second job word says what the first is.
    told_what = [
        later
        for earlier, later in zip(jobs, jobs[1:], strict=False)
        if EXPLAINED.fullmatch(lowered[earlier.end : later.start])
    ]
    # "my coach said i would make a good firefighter": the one who said it is no job asked.
    teller = [
        m
        for m in jobs[:-1]
        if SAYER_BEFORE.search(lowered[: m.start]) and SAID_AFTER.match(lowered[m.end :])
    ]
    beside = [m for m in _asked_beside(jobs, lowered) if m not in likened + steps + aside]
    return likened + steps + aside + held + objects + told_what + teller + beside, bool(likened)


# Asking for the student's own career coach, in words DIET may take for a job question.
ASKS_FOR_THE_COACH = re.compile(
    r"\b(talk|speak|chat|meet|text|message|connect)( (with|to|w))? (my|ur|your|a|the|our)"
    r" (career )?(coach|counselor|counsellor)\b"
)


def one_per_job(mentions: list[Mention]) -> list[Mention]:
    """The mentions with a job named twice kept once, its longest or narrowest name.

    "get ur cdl so u can drive big trucks" names one job twice; two entities would fill the
    slot with the last ("trucks"), which names no job on its own.
    """
    jobs = [m for m in mentions if m.label == OCCUPATION and m.ids]
    kept: dict[tuple[str, ...], Mention] = {}
    for mention in jobs:
        best = kept.get(mention.ids)
        if best is None or len(mention.value.split()) > len(best.value.split()):
            kept[mention.ids] = mention
    # "a guard at parchman ... correctional officers": a job word of several meanings and one
    # of them named too is that one named twice.
    narrow = [set(m.ids) for m in kept.values()]
    for key in list(kept):
        if len(key) > 1 and any(ids < set(key) for ids in narrow):
            del kept[key]
    dropped = {id(m) for m in jobs} - {id(m) for m in kept.values()}
    return [m for m in mentions if id(m) not in dropped]


def as_intent(message: Message, name: str) -> None:
    """Make ``name`` the message's intent, keeping the model's confidence and ranking order."""
    current = message.get(INTENT) or {}
    chosen = {"name": name, "confidence": float(current.get("confidence") or 1.0)}
    ranking = [e for e in message.get(INTENT_RANKING_KEY) or [] if e.get("name") != name]
    message.set(INTENT, chosen, add_to_output=True)
    message.set(INTENT_RANKING_KEY, [chosen, *ranking], add_to_output=True)


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR, is_trainable=False)
class DataMentions(GraphComponent, EntityExtractorMixin):
    """Finds jobs and places from the occupations data; DIET's spans are the fallback."""

    def __init__(self, path: Path) -> None:
        """Remember where the patterns file is; it is loaded on the first message."""
        self.path = path

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        """The patterns file; empty means ``<CAREERBOT_VAR_DIR>/mentions.jsonl``."""
        return {"patterns": ""}

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> DataMentions:
        """No training: the patterns come from ``careerbot data build``."""
        path = Path(config.get("patterns") or settings.load().var_dir / PATTERNS_FILE)
        if path.exists():  # load while the server starts, not on the first message
            threading.Thread(target=finder_for, args=(path,), daemon=True).start()
        return cls(path)

    def process(self, messages: list[Message]) -> list[Message]:
        """Replace or add ``occupation`` and ``place`` entities from the data."""
        if not self.path.exists():
            log.warning("no mentions patterns at %s: run `careerbot data build`", self.path)
            return messages
        for message in messages:
            text = message.get(TEXT)
            if not text or text.startswith("/"):
                continue
            mentions = one_per_job(without_workplaces(find_mentions(text, self.path), text))
            intent = (message.get(INTENT) or {}).get("name")
            passing, likened = named_in_passing(mentions, text)
            if passing:
                mentions = [m for m in mentions if m not in passing]
                message.set(ENTITIES, [e for e in message.get(ENTITIES) or []
                                       if e.get("entity") != OCCUPATION
                                       or not any(_overlaps(e, m) for m in passing)])  # fmt: skip
                if likened:
                    as_intent(message, "ask_describe")
                    intent = "ask_describe"
            if intent != "crisis" and ASKS_FOR_THE_COACH.search(text.lower()):
                # "i wanna talk to my coach about nursing in tupelo": the student's own coach,
                # whatever job is named with it (DIET reads "coach" as a sports coach).
                as_intent(message, "request_coach")
                message.set(ENTITIES, [], add_to_output=True)
                continue
            if compared_with_a_place(intent, message.get(ENTITIES) or [], mentions):
                as_intent(message, "inform_place")
                intent = "inform_place"
            entities = merge_entities(message.get(ENTITIES) or [], mentions, intent)
            activity = any(m.label == ACTIVITY for m in mentions)
            named = any(m.label == OCCUPATION for m in mentions)
            does = any(m.label == ACTIVITY and m.kind != "workplace" for m in mentions)
            ends = [m.end for m in mentions if m.label == ACTIVITY]
            asked = question_asked(
                intent, entities, text, activity, job_named=named, someone_does=does,
                activity_ends=ends,
            )  # fmt: skip
            if asked is not None:
                as_intent(message, asked)
                entities = merge_entities(message.get(ENTITIES) or [], mentions, asked)
            if asked == "ask_wage_unit":
                entities = [e for e in entities if e.get("entity") != OCCUPATION]
            finder = finder_for(self.path)
            entities = [
                e for e in entities
                if e.get("entity") != PLACE or e.get("extractor") == EXTRACTOR
                or not finder.names_no_place(text, int(e.get("start", 0)),
                                             int(e.get("end", len(text))))
            ]  # fmt: skip
            if (
                asked is None
                and intent == "inform_place"
                and CLARIFYING.match(text.lower())
                and not any(e.get("entity") == PLACE for e in entities)
            ):
                # "like for a city" names no place and nothing else: not understood; "like
                # to drive 18 wheelers" names what someone does: the job of the talk.
                as_intent(message, "inform_occupation" if activity else "nlu_fallback")
            message.set(ENTITIES, entities, add_to_output=True)
        return messages
