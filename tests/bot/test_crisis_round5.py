"""Round 5 of issue 9: the classes heldout10 missed or raised falsely, in new phrasings.

Each list is a class, written for these tests (none is a row of heldout10 or of
crisis_dev13.csv): digits for letters and words run together, a plan told without the act,
a death wish after a job question, grooming and trafficking told as an offer or a secret,
an emergency named by one noun; and on the calm side the same words in everyday use
("suicides" at practice, a paper on suicide rates, one painkiller for an ache, "my life is
over" over a crush, food that will "kill us all"), and numbers that are no letters (ZIP
codes, wages, ages, times). The rules must also stay fast on a long message.
"""

from __future__ import annotations

import csv
import time

import pytest

from bot.nlu.crisis_checkin import checkin_language
from bot.nlu.crisis_model import DATA
from bot.nlu.crisis_patterns import _COMPILED, _text_heads, crisis_kind, detect, prepared
from bot.nlu.crisis_text import canonical

DIGITS_FOR_LETTERS = [
    "1 w4nt t0 d13",
    "gonna k1ll mys3lf tn",
    "i d0nt w4nna b3 h3r3 anym0r3",
    "thinking about 5u1c1d3 every night",
    "i need2die",
    "iwanttodisappear forever",
    "readytoendit",
    "im g01ng 2 end 1t t0n1ght",
]

PLANS_WITHOUT_THE_ACT = [
    "ive picked a date and im not telling anyone",
    "i already know when ill do it",
    "i worked out exactly how id do it",
    "i meant to do it last weekend but i lost my nerve",
    "i chose the songs for my funeral today",
    "ive been planning my way out for weeks",
    "how long would it take to die if i stopped taking my insulin",
    "how high does a bridge have to be to be sure you die",
    "dying feels like the only way out",
    "ive been hiding my prozac instead of taking it, saving it all",
    "the blade is the only thing that helps",
    "nadie me va a extranar, ya decidi, esta noche es la noche",
]

AFTER_A_JOB_QUESTION = [
    "how much do plumbers make? not like ill be around to be one",
    "whats a good trade for me, doubt ill be alive by graduation though",
    "which jobs hire at 16... not going to be here to need one",
    "cuanto gana una enfermera? da igual, no voy a estar aqui para graduarme",
]

OFFERS_AND_SECRETS = [
    "my stepbrother makes me keep secrets about what he does when moms at work",
    "a man at the gas station offered me 50 dollars to get in his car",
    "some older guy says he'll give me a place to stay if i dance at his club",
    "my volleyball coach wants private massages after practice",
    "a 30 year old keeps snapping me sexual pics and im 15",
    "they took my passport and say i owe them for the trip",
    "someone is forcing me to have sex for a place to sleep",
    "un senor me dijo que no le dijera a nadie y me ofrecio trabajo en otro pais",
]

NEGLECT_AND_FEAR = [
    "we dont have any food and my mom spends it all on meth",
    "i havent eaten in like four days",
    "im terrified of my step dad",
]

ONE_NOUN_EMERGENCIES = [
    "smoke all over the hallway help",
    "a cottonmouth bit my friend at the lake",
    "the water keeps rising in the house and we cant get out",
    "my cousin took some pressed pills and is turning blue",
    "my brother fell off the roof and his bone is sticking out",
    "somebody is breaking into our trailer",
    "i think someone drugged my drink",
    "theres a woman being kept in that house and she was banging on the window for help",
    "hay alguien intentando entrar a la casa",
    "se esta inundando nuestra casa",
]

CALM = [
    "we ran suicides for twenty minutes at volleyball",
    "coach makes us do suicides when we talk back",
    "my report is on youth suicide rates in mississippi",
    "i need sources for my paper about domestic violence awareness",
    "i took an advil for my back",
    "had some tylenol for my fever",
    "my life is over lmao my crush saw my old tiktoks",
    "the cafeteria pizza is going to kill us all",
    "how do i peel potatoes without cutting myself",
    "i almost passed out running the mile",
    "do trauma nurses see a lot of gunshot wounds",
    "i set a date with my study group",
    "tonight is my last night of summer camp",
    "i got bit by a dog when i was 7",
    "no voy a estar el lunes porque vamos a ir a la boda de mi prima",
]

NUMBERS_THAT_ARE_NOT_LETTERS = [
    ("i live at 39401 and make $15 an hour", "i live at 39401 and make 15 an hour"),
    ("im 15 and off at 2pm", "im 15 and off at 2pm"),
    ("take i55 to exit 10", "take i55 to exit 10"),
    ("i have a ps5", "i have a ps5"),
    ("b4 school", "before school"),
]


@pytest.mark.parametrize("text", DIGITS_FOR_LETTERS)
def test_digits_for_letters_and_words_run_together_are_read_as_words(text: str) -> None:
    assert crisis_kind(text) == "self_harm"


@pytest.mark.parametrize("text", PLANS_WITHOUT_THE_ACT)
def test_a_plan_or_a_date_told_without_the_act_gets_the_full_crisis_answer(text: str) -> None:
    assert crisis_kind(text) is not None


@pytest.mark.parametrize("text", AFTER_A_JOB_QUESTION)
def test_a_death_wish_after_a_job_question_is_not_hidden_by_the_job_words(text: str) -> None:
    assert crisis_kind(text) is not None


@pytest.mark.parametrize("text", OFFERS_AND_SECRETS)
def test_grooming_and_trafficking_told_as_an_offer_or_a_secret_are_caught(text: str) -> None:
    assert crisis_kind(text) is not None


@pytest.mark.parametrize("text", NEGLECT_AND_FEAR)
def test_neglect_and_fear_of_a_parent_told_plainly_are_caught(text: str) -> None:
    assert crisis_kind(text) is not None


@pytest.mark.parametrize("text", ONE_NOUN_EMERGENCIES)
def test_an_emergency_named_by_one_noun_gets_the_full_crisis_answer(text: str) -> None:
    assert crisis_kind(text) is not None


@pytest.mark.parametrize("text", CALM)
def test_running_drills_school_papers_painkillers_and_hyperbole_stay_calm(text: str) -> None:
    assert crisis_kind(text) is None
    assert checkin_language(text) is None


@pytest.mark.parametrize(("text", "expected"), NUMBERS_THAT_ARE_NOT_LETTERS)
def test_zip_codes_wages_ages_and_times_keep_their_digits(text: str, expected: str) -> None:
    assert canonical(text) == expected


def test_the_word_index_never_skips_a_rule_that_matches() -> None:
    with (DATA / "crisis_heldout10.csv").open(newline="", encoding="utf-8") as handle:
        texts = [row["text"] for row in csv.DictReader(handle)]
    for text in texts:
        clean = prepared(text)
        heads = _text_heads(clean)
        for patterns in _COMPILED.values():
            for pattern, _, needs in patterns:
                if needs is not None and pattern.search(clean):
                    assert not needs.isdisjoint(heads), (pattern.pattern, clean)


def test_the_rules_read_a_long_message_in_well_under_100_ms() -> None:
    text = "my mom said i could be anything but i dont know what to pick for a career " * 64
    assert len(text) > 4700
    timings = []
    for _ in range(5):
        started = time.perf_counter()
        detect(text, learned=False)
        timings.append(time.perf_counter() - started)
    assert min(timings) < 0.1, timings
