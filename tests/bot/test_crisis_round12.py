"""Round 12: the classes of heldout18's false alarms and misses, on new phrasings.

The phrasings here are look-alikes written after reading heldout18, not its rows (nor
crisis_dev20's). Precision was the gap this round (heldout18's first run: 7.4 % false alarms),
so most tests are calm texts close to the crisis side: hyperbole, job and school questions with
a crisis word, ordinary goodbyes, everyday sadness. They ask the rules alone (``learned=False``)
so that they do not flip with a retraining of the learned check; the last ones ask the whole
detector, both tiers, where the learned check or its check-in band was the cause.
"""

from __future__ import annotations

import pytest

from bot.nlu.crisis_checkin import checkin_language
from bot.nlu.crisis_patterns import crisis_kind, prepared
from bot.nlu.crisis_text import canonical
from tests.bot.crisis_rules import rules_kind


@pytest.mark.parametrize(
    "text",
    [
        "if i dont make the dance team im gonna die lmao",
        "if i dont pass my road test ima die lol",
        "i lost my retainer again and my mom is going to kill me",
        "i spilled soda in my dads car and hes gonna kill me",
        "they are trying to kill us with all these quizzes",
        "ms jones about to kill us with this lab report",
        "the internet keeps cutting out during my zoom interview",
        "if my brother eats my leftovers one more time im going to scream",
    ],
)
def test_hyperbole_over_everyday_things_stays_calm(text: str) -> None:
    assert rules_kind(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "im making a poster on suicide awareness for health class",
        "our fccla project is on teen suicide rates in mississippi",
        "what careers protect children who are neglected",
        "are there jobs working with teens who were trafficked",
        "what does a nurse do when a patient is bleeding a lot, i want to work in the er",
        "what should a camp counselor do if a kid is choking",
        "does a pharmacist spend all day counting pills",
        "the nurses in the er see so much blood, could i handle that job",
        "quiero ser cirujana pero no se si pueda ver tanta sangre",
        "que carreras protegen a ninos que sufren maltrato",
    ],
)
def test_a_job_or_school_question_with_a_crisis_word_stays_calm(text: str) -> None:
    assert rules_kind(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "im leaving for college in august, bye to all my coworkers",
        "shipping out to boot camp next week so goodbye everybody",
        "bye yall, see you after thanksgiving break",
        "thats my last question for today",
        "my last shift at waffle house is friday, bye everyone",
        "making a farewell card for my teammates since im transferring",
        "ok i have to go to sleep now, bye",
        "gracias por la info, adios",
        "ya me voy a clase, bye",
    ],
)
def test_an_ordinary_goodbye_stays_calm(text: str) -> None:
    assert rules_kind(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "bye everyone, im leaving for good and i wont be around anymore",
        "im moving to a better place, goodbye everyone",
        "this is my last message for tonight. i love you all, im sorry",
        "ya me voy a dormir para siempre",
    ],
)
def test_a_goodbye_with_a_final_word_is_still_a_crisis(text: str) -> None:
    assert rules_kind(text) == "self_harm"


@pytest.mark.parametrize(
    "text",
    [
        "i sliced my thumb cooking and it keeps bleeding",
        "nicked my lip shaving lol",
        "mi tio me pego un susto en la noche",
        "we need to hang the banner for the pep rally",
        "that movie about dying was so sad but good",
        "i dont want to wake up at 5 for practice",
        "i feel so stupid because i bombed my spanish quiz",
        "me siento triste porque perdimos el partido",
        "is welding going to die out because of robots",
        "algebra 2 is killing me and im only on page 2",
    ],
)
def test_an_everyday_scrape_scare_or_sadness_stays_calm(text: str) -> None:
    assert rules_kind(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "coach says hes going to kill us if we lose to pearl friday",
        "me corte cocinando la cena",
        "our health presentation is about how overdose rates went up",
        "we were horsing around and he punched me in the shoulder",
        "my little cousin destroyed me at uno",
        "my counselor hit me with some real advice today",
        "i wanted to disappear after that speech in english class",
        "the meds for my asthma make me jittery",
        "my dad got shot in the army years ago and now he teaches rotc",
        "my aunt is a deputy and she carries a gun at work",
        "i pulled out a kid who was drowning at the lake today, im a lifeguard",
        "for creative writing im doing a story where the villain gets killed",
        "my nana is going to kill me if i dont text her back",
        "i want to be a paramedic because my uncle drowned when i was little",
        "mi prima me quiere matar porque le manche su blusa jaja",
        "ya no aguanto esta materia",
        "im going to my coach's funeral on friday, can we talk later",
        "my sister slipped on the ice and hit her head but shes fine now",
        "im starving myself of sleep this week lol",
    ],
)
def test_more_look_alikes_of_the_same_classes_stay_calm(text: str) -> None:
    assert rules_kind(text) is None


def test_a_figure_never_swallows_a_crisis_word_between_its_ends() -> None:
    # The reason and the goodbye are each calm; the words between them are read.
    assert rules_kind("i failed my test and i want to kill myself, my mom is gonna kill me")
    assert rules_kind("im moving to texas but i want to die, bye everyone") == "self_harm"
    assert rules_kind("the cut on my arm keeps bleeding, i did it on purpose") == "self_harm"
    assert rules_kind("i passed out from the pills but im fine now") is not None
    assert rules_kind("i tried to kill myself but im fine now") == "self_harm"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("could i still be a cna with cuts on my arms, a couple are from yesterday", "self_harm"),
        ("my scars are still fresh, what jobs dont care about that", "self_harm"),
        ("the burns on my arm are from me, i did it on purpose", "self_harm"),
        ("i planned it out for tonight when my parents are asleep", "self_harm"),
        ("i know when ill do it", "self_harm"),
        ("i dont wanna b alive anymore", "self_harm"),
        ("my tutor texts me at midnight asking what im wearing", "abuse"),
        ("the assistant coach keeps messaging me late asking for a selfie", "abuse"),
        ("he says its normal for cousins to touch each other like that", "abuse"),
        ("my stepdad says what he does with me is our secret", "abuse"),
        ("all grandpas do that with their granddaughters he said", "abuse"),
        ("el patron se quedo con mis papeles y dice que le debo mucho", "abuse"),
        ("nos obligan a trabajar en el campo sin paga", "abuse"),
        ("my manager keeps touching me in the freezer and im 16", "abuse"),
        ("el encargado me manosea cuando cierro la tienda", "abuse"),
        ("code red right now and its not a drill", "danger"),
        ("we are on lockdown and someone is shooting", "danger"),
    ],
)
def test_heldout18s_missed_classes_get_988(text: str, kind: str) -> None:
    assert rules_kind(text) == kind


def test_a_counted_2_is_a_number_and_b_after_a_verb_is_be() -> None:
    assert canonical("hour 2 of cutting grass") == "hour two of cutting grass"
    assert canonical("i have 1 day 2 live") == "i have 1 day to live"
    assert canonical("i dont wanna b here") == "i dont want to be here"
    assert canonical("plan b") == "plan b"


@pytest.mark.parametrize(
    "text",
    [
        "pharmacy techs count pills all day right?",
        "i need to hang my graduation picture somewhere",
        "the wifi keeps cutting out, if it happens again im gonna scream",
        "gracias por la ayuda, ya me voy a dormir, adios",
        "i feel hopeless about getting into nursing school with my gpa",
        "i feel like a failure bc i didnt make varsity",
        "this heat is killing me and im only on hour 3 of mowing",
        "my grandma is going to kill me if i dont call her back tonight",
        "my friends mom passed away so im going to the funeral on sunday",
        "my little cousin fell off the swing and hit her head but shes fine now",
        "the pills for my allergies make me so sleepy",
    ],
)
def test_the_whole_detector_and_the_check_in_leave_heldout18s_false_alarm_classes_calm(
    text: str,
) -> None:
    assert crisis_kind(text) is None
    assert checkin_language(text) is None


def test_a_figure_leaves_the_words_around_it_for_the_rules() -> None:
    assert "want to die" in prepared("this song about death is how i feel, i want to die")
