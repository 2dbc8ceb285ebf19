"""Round 7: the classes of heldout12's misses and false alarms, on new phrasings of each.

The phrasings here are look-alikes written after reading heldout12, not its rows. Each is
checked against the rules alone (``learned=False``), so the test does not flip with a
retraining of the learned model.
"""

from __future__ import annotations

import pytest

from bot.nlu.crisis_patterns import detect
from tests.bot.crisis_rules import rules_kind


@pytest.mark.parametrize(
    "text",
    [
        "whats a plumber make, i might not be alive by then anyway",
        "no point asking about trade school theres no after for me",
        "forget college im gonna be 6 feet under before fall",
        "how much do nurses make? doesnt matter ill be dead",
        "i dont plan on growing up so skip the career stuff",
    ],
)
def test_future_denied_beside_a_career_question_gets_988(text: str) -> None:
    assert rules_kind(text) == "self_harm"


@pytest.mark.parametrize(
    "text",
    [
        "how do i cover up my sh scars before gym",
        "razors are my only friends",
        "said it was cat scratches but we dont have a cat",
        "wearing a hoodie in june bc of my arms",
        "took the blade out of my sharpener again",
        "my cuts keep getting deeper",
        "kmstonight",
    ],
)
def test_self_harm_told_by_its_marks_and_tools_gets_988(text: str) -> None:
    assert rules_kind(text) == "self_harm"


@pytest.mark.parametrize(
    "text",
    [
        "tomorrow is the day im gonna do it",
        "googled how many of my sleeping pills it would take",
        "made up my mind. friday.",
        "loaded my dads rifle. just sitting with it",
        "gonna lie down on the railroad tracks",
        "im tired of fighting. letting go tonight",
    ],
)
def test_a_plan_or_means_without_the_act_gets_988(text: str) -> None:
    assert rules_kind(text) == "self_harm"


@pytest.mark.parametrize(
    "text",
    [
        "make sure my sister gets my headphones after",
        "deleted my tiktok and gave my best friend my ring",
    ],
)
def test_things_left_to_someone_after_gets_988(text: str) -> None:
    assert rules_kind(text) == "self_harm"


@pytest.mark.parametrize(
    "text",
    [
        "my dad whoops me with a belt when i get a c",
        "some dude said he would cashapp me for pics",
        "a grown man keeps asking what color my bra is",
        "if i dont send him more photos he will post the old ones",
        "me trajo de honduras y tengo que trabajar para pagar la deuda",
        "mi padrastro me pega con el cinturon",
    ],
)
def test_abuse_told_by_its_acts_gets_988(text: str) -> None:
    assert rules_kind(text) == "abuse"


@pytest.mark.parametrize(
    "text",
    [
        "the hallway is filling with smoke",
        "crash on the highway and people are hurt bad",
        "the garage is on fire and my dad is still inside",
        "mi bebe no puede respirar",
        "mi tio tiene los labios morados",
    ],
)
def test_an_emergency_told_plainly_gets_988(text: str) -> None:
    assert rules_kind(text) == "danger"


@pytest.mark.parametrize(
    "text",
    [
        "chopping onions for my shift always makes me cry",
        "why does romeo kill himself at the end",
        "our debate is about the death penalty",
        "the health teacher talked about overdoses and vaping",
        "my grandpa died of an overdose so i want to become a nurse",
        "my sister said shell kill me if i wear her jacket again",
        "i passed out in the heat at band camp but im fine now",
        "bonfire after the game friday",
        "me dieron una aspirina en la enfermeria para la cabeza",
    ],
)
def test_school_topics_and_everyday_scares_stay_calm(text: str) -> None:
    assert detect(text) is None
