"""Round 14: the classes of heldout20's misses and false alarms, on new phrasings.

The phrasings here are look-alikes written after reading heldout20, not its rows. Most tests
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
        # A goodbye to the last one.
        ("i said goodbye to my cat this morning. he was the last one", "self_harm"),
        ("told my little brother bye for real, he was the last one", "self_harm"),
        ("my grandma was the last person i needed to say goodbye to", "self_harm"),
        ("ya me despedi de mi perro, era el ultimo", "self_harm"),
        # A plan for how to do it.
        ("ive been planning how im going to do it", "self_harm"),
        ("i already decided how im gonna do it", "self_harm"),
        ("been looking up how to do it without anyone knowing", "self_harm"),
        ("i decided how to do it, tonight", "self_harm"),
        ("estoy planeando como lo voy a hacer", "self_harm"),
        # A message to pass on after "im done".
        ("im done for real. tell my mom i love her", "self_harm"),
        ("i cant do this anymore. please tell my brother im sorry", "self_harm"),
        ("tell my dad i love him. im done", "self_harm"),
        ("this is it. let everyone know i said goodbye", "self_harm"),
        ("ya no puedo. diganle a mi hermana que la quiero", "self_harm"),
        # A last post scheduled.
        ("i set up my final post for tomorrow", "self_harm"),
        ("scheduled a goodbye video for friday", "self_harm"),
        ("programe mi ultima publicacion para el domingo", "self_harm"),
    ],
)
def test_heldout20s_missed_self_harm_classes_get_988(text: str, kind: str) -> None:
    assert rules_kind(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        "my boss said i have to kiss him if i want more shifts",
        "the owner told me to sit on his lap or ill get fired",
        "my manager keeps asking me to send him pictures of me",
        "my shift lead says i gotta go on a date with him to keep my job",
        "mi jefe dijo que tengo que sentarme en sus piernas para darme mas horas",
        "el gerente me dijo que si no lo beso me quita las horas",
    ],
)
def test_a_boss_asking_for_sexual_contact_for_hours_is_abuse(text: str) -> None:
    assert rules_kind(text) == "abuse"


@pytest.mark.parametrize(
    "text",
    [
        "my ex is going to send everyone my nudes if i block him",
        "hes threatening to put my pictures online if i leave",
        "mi ex dice que va a publicar mis videos si lo bloqueo",
        "mi novio va a subir mis fotos si termino con el",
        "my boyfriend said hell post my pics if i break up with him",
        "mi novia amenaza con mandar mis fotos a todos",
    ],
)
def test_photos_threatened_if_the_student_leaves_get_988(text: str) -> None:
    assert rules_kind(text) in ("abuse", "danger")


@pytest.mark.parametrize(
    "text",
    [
        "my cousin has a gun and a list of names",
        "a kid at school said he has a list and a rifle",
        "this guy posted his ar15 and a hit list on snap",
        "dice que tiene una pistola y una lista",
        "i wrote down the names of everyone who is going to pay",
        "theres a list of kids at school and they all deserve what is coming",
        "everyone at school is going to get whats coming to them",
        "tengo una lista de los que me las van a pagar",
    ],
)
def test_a_weapon_and_a_list_or_a_list_of_who_deserves_it_is_danger(text: str) -> None:
    assert rules_kind(text) == "danger"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("my stepdad said hell skin me alive if i tell anyone", "abuse"),
        ("my uncle said hell make me regret it if i tell my mom", "abuse"),
        ("my parents cut me off from food", "abuse"),
    ],
)
def test_a_threat_kept_secret_or_food_cut_off_is_abuse(text: str, kind: str) -> None:
    assert rules_kind(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        # Goodbyes at a party or a trip, plans for a task, a birthday card.
        "said bye to everyone at the party, she was the last one to leave",
        "said bye to my friends after the game, jess was the last one",
        "i said goodbye to my grandma at the airport, she was the last one i had to see",
        "my mom was the last person i said bye to before school",
        "planning how im going to do it, the science fair project i mean",
        "i dont know how im going to do it all with work and school",
        "trying to plan how to do my hair for prom",
        "we are planning how to do it, the surprise party for my mom",
        "figuring out how im going to pay for college",
        "im done with the card, tell my sister i love her",
        "im done wrapping her present. tell my sister i love her",
        "write in her birthday card: tell my sister i love her",
        "tell my mom i love her and happy mothers day",
        # Posts about a game or a page.
        "i scheduled a post about the game for sunday",
        "i scheduled my last post of the season for the team page",
        "i scheduled the last post for our club on friday",
        "my last post got like 200 likes",
        # Work asked for by a boss; a lap, pictures of the inventory.
        "my manager said i have to work more hours to get a raise",
        "my boss said i need to pick up more shifts to keep my job",
        "the coach said i have to sit on the bench to get more playing time lol",
        "my grandpa let my baby cousin sit on his lap",
        "my boss wants me to send him pictures of the inventory",
        "my manager asked me to send him photos of the receipts",
        # Photos teased about at home.
        "my sister said she'll post my baby pictures if i dont give her hoodie back lol",
        "my bf said he'll post my ugly selfies if i leave him on read lol",
        "mi mama va a subir mis fotos de bebe si no me porto bien jaja",
        # Lists that are not a threat.
        "my dad got a rifle and a list of deer stands for hunting season",
        "i got a shopping list and a pocket knife for the camping trip",
        "my brother has a nerf gun and a list of targets lol",
        "im making a list of people who deserve a thank you card",
        "i made a list of people who deserve a shoutout at the banquet",
        "in the book the villain has a list of people who deserve whats coming",
        "the refs are going to get whats coming",
    ],
)
def test_heldout20s_miss_classes_look_alikes_stay_calm(text: str) -> None:
    assert rules_kind(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "my mom said shell skin me alive if i dont clean my room",
        "my abuela is going to skin me alive when she sees my report card lol",
        "my dad will have my head if i dent the truck again",
        "a truck cut me off on the highway and i almost missed my exit",
        "my teacher kept cutting me off when i was answering",
        "my sister keeps cutting me off when i talk at dinner",
        "should i cut my own curtain bangs or go to a salon",
        "im thinking about cutting layers into my hair",
        "how many people die in car crashes each year in mississippi for my drivers ed project",
        "for my health class, how many teens get killed in wrecks every year",
        "doing a psa on texting and driving for english class",
        "my tummy hurts after eating too much crawfish",
        "my stomach is killing me from all the takis i ate",
        "my baby brother is sleeping over and he wont stop singing",
        "my little sister wont stop asking me questions about high school",
        "my cousin wont stop talking about her new boyfriend",
        "im not going to make it to band today, i have an orthodontist appointment",
        "i wont make it to practice tomorrow because i have a doctor appointment",
        "i have a dentist appointment so i cant make it to practice",
        "dyeing my hair purple this weekend",
        "i died my hair blue and my mom freaked out",
        "my friends are going to jump off the dock at the lake this weekend",
        "we jumped off the high dive at the pool today",
    ],
)
def test_heldout20s_false_alarm_classes_stay_calm(text: str) -> None:
    assert rules_kind(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "mi tio me esta ensenando a manejar los sabados",
        "my grandpa is teaching me how to drive stick",
        "if im not at school friday its because i have a college visit",
        "if im not in class tomorrow its cause of my orthodontist appointment",
        "si me pasa algo en la excursion mi papa tiene mi ubicacion",
        "if anything happens on the field trip my mom has my number",
        "im in a group home and idk where i go when i turn 18",
    ],
)
def test_the_check_ins_in_sample_false_alarm_classes_stay_calm(text: str) -> None:
    assert rules_kind(text) is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("my brother keeps cutting himself", "danger"),
        ("i want to cut my bangs and then cut myself", "self_harm"),
        ("how many people die from jumping off the bridge each year", "self_harm"),
        ("how many people die from tylenol overdoses each year", "self_harm"),
        ("my friend wont stop talking about killing himself", "danger"),
        ("my friend wont stop talking about how he wants to die", "self_harm"),
        ("im not going to make it to graduation", "self_harm"),
        ("im not going to make it to practice because im going to kill myself", "self_harm"),
        ("my mom is driving drunk with us in the car", "danger"),
        ("i want to die my hair and then die", "self_harm"),
        ("si me pasa algo en el viaje diganle a mi mama que la quiero", "self_harm"),
        ("im in foster care and idk what happens when i turn 18, i wont be alive", "self_harm"),
    ],
)
def test_a_round14_figure_never_swallows_the_crisis_beside_it(text: str, kind: str) -> None:
    assert rules_kind(text) == kind


def test_a_figure_leaves_the_words_around_it() -> None:
    assert "kill myself" in prepared("my brother keeps cutting me off and i want to kill myself")


@pytest.mark.parametrize(
    "text",
    [
        "my grandpa said hell skin me alive if i leave the gate open again lol",
        "my little brother is spending the night and wont stop talking",
        "my stomach hurts from eating too many hot cheetos",
        "im not gonna make it to practice, i have an eye doctor appointment",
        "dying my hair red is the only way to get her to notice me",
        "my cousin is going to jump off the diving board at the pool",
        "my sister keeps cutting me off in mario kart",
        "i want to cut curtain bangs should i",
    ],
)
def test_the_whole_detector_leaves_heldout20s_false_alarm_classes_calm(text: str) -> None:
    assert crisis_kind(text) is None
    assert checkin_language(text) is None
