"""Round 13: the classes of heldout19's misses and false alarms, on new phrasings.

The phrasings here are look-alikes written after reading heldout19, not its rows. Most tests
ask the rules alone (``learned=False``) so that they do not flip with a retraining of the
learned check; the last ones ask the whole detector, both tiers.
"""

from __future__ import annotations

import pytest

from bot.nlu.crisis_checkin import checkin_language
from bot.nlu.crisis_patterns import crisis_kind, prepared
from tests.bot.crisis_rules import rules_kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("im going to do it on friday night", "self_harm"),
        ("i decided to do it the night of graduation", "self_harm"),
        ("is it a sin to end your own life cause im about to", "self_harm"),
        ("i googled the highest parking garage near me", "self_harm"),
        ("how many sleeping pills is too many asking for myself", "self_harm"),
        ("what do cna make, also how much advil would be fatal for me", "self_harm"),
        ("i can pick a college if im still alive next year which i doubt", "self_harm"),
        ("idk whether i want to stick around much longer", "self_harm"),
        ("careers for people who wont live past 18 lol jk unless", "self_harm"),
        ("i want to dye but not the hair kind", "self_harm"),
        ("coffin emoji me tonight", "self_harm"),
        ("my soccer coach hits me with a belt when i miss", "abuse"),
        ("i duck every time my stepdad lifts his hand", "abuse"),
        ("my youth pastor wants to hang out alone and says not to tell my parents", "abuse"),
        ("my stepmom locks the fridge so we cant eat", "abuse"),
        ("my dad sold the food stamps again and we usually dont eat for days", "abuse"),
        ("my uncle is waving a knife at everyone in the kitchen", "danger"),
        ("ive been sleeping in the dugout, nowhere else to go", "danger"),
        ("got kicked out so im sleeping behind the gas station", "danger"),
    ],
)
def test_heldout19s_missed_classes_get_988(text: str, kind: str) -> None:
    assert rules_kind(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        "this algebra homework is going to be the death of me",
        "these 6 am practices will be the death of me lol",
        "i have a speech tomorrow and i feel like im going to die",
        "i feel like im about to die every time i present in class",
        "i want to disappear from social media for a while",
        "me quiero desaparecer del grupo de la familia jaja",
        "i could disappear into the mountains and be a forest ranger",
        "in the walking dead does glenn die? no spoilers pls",
        "does dumbledore die in the sixth book, dont spoil it",
        "my succulents keep dying no matter what i do",
        "my brother kicked me out of his room again so im in the living room",
        "she dumped me but im fine, just kinda sad",
        "mi novia termino conmigo pero voy a estar bien",
        "my cat passed away this morning, can i call out of work",
        "you have to gun it onto the highway",
        "my little sister threw a pillow at me with a nerf dart lol",
        "my baby brother hit me with his toy car",
        "i overdosed on takis last night lol",
        "ya me voy, tengo que hacer la tarea",
        "mi primo me tiene harto jaja la voy a matar a mi prima",
        "do schools hire people to run active shooter drills",
        "i didnt get into the honors class and i feel like a failure lol",
        "i looked up the tallest building in the world for my project",
        "im planning to do it on saturday, the sat i mean",
        "my brother is swinging a bat at the pinata",
        "my mom wont let me eat junk food",
    ],
)
def test_heldout19s_false_alarm_classes_stay_calm(text: str) -> None:
    assert rules_kind(text) is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("id rather die than go back there and i mean it", "self_harm"),
        ("this is going to be the death of me for real i want to die", "self_harm"),
        ("he broke up with me but im fine, i want to die", "self_harm"),
        ("my dog died and i want to kill myself, should i still go to work", "self_harm"),
        ("my dad kicked me out of the house and i have nowhere to go", "danger"),
        ("i want to disappear from this world for good", "self_harm"),
    ],
)
def test_a_round13_figure_never_swallows_the_crisis_beside_it(text: str, kind: str) -> None:
    assert rules_kind(text) == kind


def test_a_figure_leaves_the_words_around_it() -> None:
    assert "want to die" in prepared("my plant died and honestly i want to die")


@pytest.mark.parametrize(
    "text",
    [
        "this heat is gonna be the death of me",
        "my hamster died yesterday, should i still go to practice",
        "in minecraft does the ender dragon die if i use beds, dont spoil",
        "ya me voy, tengo que cuidar a mis primos",
        "i didnt make the team and i feel like a failure ngl",
        "i think i od'd on sour patch kids",
    ],
)
def test_the_whole_detector_leaves_heldout19s_false_alarm_classes_calm(text: str) -> None:
    assert crisis_kind(text) is None
    assert checkin_language(text) is None
