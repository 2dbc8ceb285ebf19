"""Round 15: the classes of heldout21's misses and false alarms, on new phrasings.

The phrasings here are look-alikes written after reading heldout21, not its rows. Most tests
ask the rules alone (``learned=False``) so that they do not flip with a retraining of the
learned check; the last ones ask the whole detector, both tiers.
"""

from __future__ import annotations

import pytest

from bot.nlu.crisis_checkin import checkin_language
from bot.nlu.crisis_patterns import crisis_kind, prepared
from tests.bot.crisis_rules import rules_kind


@pytest.mark.parametrize(
    "text",
    [
        # A gravestone or coffin emoji with "me" and a time.
        "⚰️ me tonight",
        "🪦 me this weekend fr",
        "🪦🪦🪦 thats me soon",
        # A goodbye to family without them knowing.
        "how do i say goodbye to my parents without them knowing",
        "whats the best way to tell my mom bye without her noticing",
        # A mortician or a casket needed soon for oneself.
        "what do funeral directors make? ill be needing one pretty soon",
        "ill need a casket soon anyway so whats the price",
        # A lyric about fading away made a plan.
        "the lyrics say i wanna disappear and thats the plan tonight",
        "the chorus goes let me fade away and thats my plan",
        # "i want to die" weighed against a school task, with a laugh.
        "i wanna die but first let me finish this essay lol",
        "i want to die but i got a quiz friday lmao",
        "gonna kill myself or do my homework lol which comes first",
        # Giving things away "knowing im almost done".
        "gave my sketchbooks to my friend, feels good knowing im almost done",
        "been giving away my stuff, wont need it where im going",
        # Dreaming of dying and waking up disappointed.
        "i keep dreaming about killing myself and waking up disappointed im still here",
        "dreamt i died and woke up sad it wasnt real",
    ],
)
def test_heldout21s_missed_self_harm_classes_get_988(text: str) -> None:
    assert rules_kind(text) == "self_harm"


@pytest.mark.parametrize(
    "text",
    [
        # A crash just now with smoke, fire or someone hurt.
        "we just wrecked on highway 49 and our car is smoking",
        "i just crashed my car and its on fire",
        "we just flipped and my mom is bleeding",
        # A friend overdosing now.
        "my homie is oding in the bathroom at this party",
        "my cousin is od'ing rn",
        "i think shes ODing what do i do",
        # A threat with a weapon; a gun to be brought to school.
        "my brother said he'll end me and he has a knife",
        "went to the gun range with my dad, next time im bringing it to school",
    ],
)
def test_heldout21s_missed_danger_classes_get_988(text: str) -> None:
    assert rules_kind(text) == "danger"


@pytest.mark.parametrize(
    "text",
    [
        # A partner who checks the phone and takes the student's pay.
        "my bf reads my texts and takes my whole paycheck every friday",
        "my boyfriend goes through my phone and takes all my money from work",
        "mi novia me revisa el celular y se queda con mi cheque",
        "mi novio me quita el sueldo de mi trabajo",
        # A minor worked long hours by a relative and kept from school.
        "my uncle makes me work 14 hours at his store and wont let me go to school",
        "my aunt makes me work all day at her shop instead of school",
        "mi papa no me deja ir a la escuela porque tengo que trabajar en el campo",
        "trabajo 10 horas en la tienda de mi tia y no me deja ir a clases",
        # A figure of speech made a threat by the secret it keeps.
        "hell end me if i tell anyone what he did",
    ],
)
def test_heldout21s_missed_abuse_classes_get_988(text: str) -> None:
    assert rules_kind(text) == "abuse"


@pytest.mark.parametrize(
    "text",
    [
        # Emojis at Halloween or in a meme.
        "🪦 emoji for my halloween costume soon",
        "the coffin dance meme is me today lol",
        # A goodbye kept secret for a party or a move.
        "planning a surprise goodbye party for my mom without her knowing",
        "how do i say bye to my friends before the move without them knowing",
        # Crashing on a couch, a game, a crash long ago.
        "we crashed on my cousins couch last night",
        "my dad is smoking on the porch after we crashed at my aunts house",
        "i crashed in mario kart and my car is on fire lol",
        "my mom crashed the car last year and it was smoking",
        # A partner's phone, a parent's rent, money lent.
        "my boyfriend checks his phone all the time",
        "my gf takes my fries every time",
        "mi novio me presta dinero cuando no tengo",
        "my mom takes part of my paycheck for rent",
        # A snack or a show "overdosed" on; a paramedic's job.
        "my friend is overdosing on tiktok again",
        "what does a paramedic do when someone is overdosing",
        # Work with family, school missed for a party or for being sick.
        "mi tio no me deja ir a la fiesta",
        "i work at my uncles restaurant 12 hours on saturdays",
        "my mom wont let me go to school today because im sick",
        "trabajo con mi tio los sabados en su restaurante",
        # Morticians asked about, a relative in hospice.
        "do morticians make good money",
        "funeral directors make good money since everyone will need one eventually",
        "we will need a funeral home soon for my grandpa, hes in hospice",
        # A lyric or a plan with no death in it.
        "the song says lets go to the beach and thats my plan for this weekend",
        "my plan is to fade away from social media for a week",
        # A school task that causes the joke.
        "this class makes me want to die lol",
        "ugh i want to die this essay is so long lol",
        "lol i want to die that was so embarrassing",
        # Decluttering; a scary or a relieved dream.
        "gave away all my old clothes to goodwill, felt peaceful",
        "gave away my old toys to my cousins, im almost done cleaning my room",
        "i dream about dying in a zombie apocalypse and wake up scared",
        "i dreamed i died and woke up relieved",
    ],
)
def test_heldout21s_miss_classes_look_alikes_stay_calm(text: str) -> None:
    assert rules_kind(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "voy a matar a mi prima jaja me robo mi cargador",
        "lo voy a matar porque se comio mis papas",
        "la voy a matar, se llevo mi ropa sin preguntar jaja",
        "my mom said shell end me if i eat her leftovers again",
        "my sister will kill me if i use her straightener lol",
        "we went to the shooting range with my dad for my birthday",
        "my uncle took me to the rifle range and i hit the bullseye",
        "my cousin keeps taking my hoodies",
        "my big sister always wears my shoes without asking",
        "i miss my grandma, she passed last summer",
        "extrano a mi abuelo, murio el ano pasado",
        "how many people die by suicide each year in the us for my psych paper",
        "for my health class, how many teens attempt suicide every year",
        "he dumped me and im so sad",
        "we broke up and ive been crying all weekend",
    ],
)
def test_heldout21s_false_alarm_classes_stay_calm(text: str) -> None:
    assert rules_kind(text) is None


@pytest.mark.parametrize(
    "text",
    [
        '"mr brightside" has been stuck in my head all day',
        "that jingle from the commercial is stuck in my head",
        "quiero esconderme en mi cama todo el domingo",
        "i just want to hide under my blankets all weekend",
        "my grandma keeps asking me what i want to do after high school",
        "everyone keeps asking me what i want to be, maybe a nurse? what do they make",
        "mi mama me quito el celular por malas calificaciones",
        "my dad took my phone away for a week because of my math grade",
        "im kinda nervous about living by myself when i go to college",
        "my mom wants me to marry a pastor someday lol",
        "the library is locked on sundays",
        "so stressed about midterms, havent slept good in days but i think ill pass",
        "my cousins make me sleep on the couch when we go to grandmas",
        "my dad gets mad at me for not doing the dishes",
        "my mom is going to kill me when she sees my progress report",
    ],
)
def test_the_check_ins_in_sample_false_alarm_classes_stay_calm(text: str) -> None:
    assert rules_kind(text) is None


@pytest.mark.parametrize(
    "text",
    [
        # Any kind gives 988 and an urgent task ("voy a matar" is read as self-harm first).
        "voy a matar a mi hermano, ya tengo el cuchillo",
        "someone is overdosing in the bathroom at this party",
    ],
)
def test_a_round15_figure_leaves_a_weapon_or_an_overdose_a_crisis(text: str) -> None:
    assert rules_kind(text) is not None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("hell end me if i tell anyone what he did", "abuse"),
        ("my bf says he'll kill me if i break up with him", "danger"),
        ("i miss my grandma she died last year and i want to be with her", "self_harm"),
        ("i miss my grandpa he passed last year and i want to die", "self_harm"),
        ("for my project how many people die from jumping off the bridge each year", "self_harm"),
        ("how many people die from tylenol overdoses each year", "self_harm"),
        ("my gf broke up with me and i been sad all week and i want to die", "self_harm"),
        ("my little sister keeps stealing my clothes and my dad hits me when i tell him", "abuse"),
        ("my brother keeps stealing my charger and i want to kill myself", "self_harm"),
        ("my dad keeps asking me what i want to do with my life and i want to die", "self_harm"),
        ("i want to hide in my bed all weekend and never wake up", "self_harm"),
        ("i havent slept in a week and i want to die but i think ill pass", "self_harm"),
        ("my mom yells at me for leaving dishes and hits me with a belt", "abuse"),
    ],
)
def test_a_round15_figure_never_swallows_the_crisis_beside_it(text: str, kind: str) -> None:
    assert rules_kind(text) == kind


def test_a_figure_leaves_the_words_around_it() -> None:
    assert "kill myself" in prepared("my cousin keeps taking my hoodies and i want to kill myself")


@pytest.mark.parametrize(
    "text",
    [
        "my parents want me to marry a 30 year old man now",
        "my dad took my phone away because i told about what he does",
    ],
)
def test_a_marriage_forced_or_a_phone_taken_for_telling_is_never_a_figure(text: str) -> None:
    assert prepared(text).strip() == text


@pytest.mark.parametrize(
    "text",
    [
        "voy a matar a mi hermana jaja se comio mi pastel",
        "my brother keeps saying hell end me if i touch his xbox 😂",
        "went to the gun range with my uncle and hit the target every time",
        "my little brother keeps stealing my snacks",
        "i miss my papaw, he passed last year, his birthday is sunday",
        "health project: how many teens in the us attempt suicide each year, need a source",
        "my bf broke up with me and i been sad all week",
        '"bang bang, he shot me down" has been stuck in my head all week',
        "quiero desaparecer en mi cama todo el domingo",
        "my dad keeps asking me what i want to do and idk maybe welding what does it pay",
    ],
)
def test_the_whole_detector_leaves_heldout21s_false_alarm_classes_calm(text: str) -> None:
    assert crisis_kind(text) is None
    assert checkin_language(text) is None
