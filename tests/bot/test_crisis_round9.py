"""Round 9: the classes of heldout14's misses and false alarms, on new phrasings of each.

The phrasings here are look-alikes written after reading heldout14, not its rows (nor
crisis_dev17's). Each is checked against the rules alone (``learned=False``), so the test
does not flip with a retraining of the learned model.
"""

from __future__ import annotations

import pytest

from bot.nlu.crisis_patterns import prepared
from bot.nlu.crisis_text import canonical
from tests.bot.crisis_rules import rules_kind


@pytest.mark.parametrize(
    "text",
    [
        "whats an hvac tech make. doesnt matter, i wont live that long",
        "signing up for dual enrollment is pointless im not going to be here by the spring",
        "what does a radiology tech study? jk i wont be around",
        "show me welding programs or honestly a way to just stop existing",
        "if i was gone my dad wouldnt have to work doubles",
        "everyone would be so much happier if i just wasnt alive",
        "my career plan is a grave",
        "i want to be six ft under",
        "i want the permanent kind of nap",
        "counting down the days until im dead. 3 left",
    ],
)
def test_a_future_denied_in_other_words_gets_988(text: str) -> None:
    assert rules_kind(text) == "self_harm"


@pytest.mark.parametrize(
    "text",
    [
        "thursdays the day. my mind is made up",
        "ive decided, tomorrows the night",
        "on my birthday im gonna finally do it",
        "ive been planning this for a long time and im almost ready",
        "ya tengo todo listo para mañana",
    ],
)
def test_a_day_and_a_decision_in_either_order_get_988(text: str) -> None:
    assert rules_kind(text) == "self_harm"


@pytest.mark.parametrize(
    "text",
    [
        "im up on the roof of the school rn",
        "standing on the railing right now",
        "is the overpass by my house tall enough",
        "would the drop from the dam be enough",
        "how deep do i need to cut so it bleeds enough",
        "gonna fling myself off the bridge",
        "i keep going to the bridge by the river at night to think about it",
    ],
)
def test_heights_edges_and_how_deep_get_988(text: str) -> None:
    assert rules_kind(text) == "self_harm"


@pytest.mark.parametrize(
    "text",
    [
        "my letter is under my pillow",
        "i wrote notes to my sisters just in case",
        "wrote down who gets my clothes and my switch",
        "i left my hamster with my friend so she can take care of him",
        "pls tell my dad im sorry",
        "sealed the note. goodbye",
        "bye. thanks for the help i guess",
    ],
)
def test_a_note_a_will_and_things_given_away_get_988(text: str) -> None:
    assert rules_kind(text) == "self_harm"


@pytest.mark.parametrize(
    "text",
    [
        "how many of my adderall would kill me",
        "how much of the lithium would be fatal",
        "looked up how many tylenol is too many",
        "if i mix my sleeping pills and whiskey will i never wake up",
        "i swallowed a bit of bleach to see if it works",
        "im holding a handful of my pills for like an hour",
    ],
)
def test_lethal_doses_asked_and_means_held_get_988(text: str) -> None:
    assert rules_kind(text) == "self_harm"


@pytest.mark.parametrize(
    "text",
    [
        "i puke after lunch to punish myself",
        "i take laxatives after every meal so i dont gain",
        "ran till i almost passed out to punish my body for eating",
        "i dont deserve dinner",
        "vomito cada noche para castigarme",
    ],
)
def test_purging_and_starving_as_punishment_get_988(text: str) -> None:
    assert rules_kind(text) == "self_harm"


@pytest.mark.parametrize(
    "text",
    [
        "i slam my fists on the wall till they bleed",
        "scratched my wrists raw again",
        "i pick my scabs on purpose so they scar",
        "i have new cuts and my coach almost saw",
        "what if my mom notices the marks on my hips",
        "after my stepdad yells i go to my room and cut",
        "blade again tonight",
    ],
)
def test_self_harm_told_by_its_acts_and_marks_gets_988(text: str) -> None:
    assert rules_kind(text) == "self_harm"


@pytest.mark.parametrize(
    "text",
    [
        "my girlfriend punched me when i said i wanted to break up",
        "my grandma held me by the hair and dragged me",
        "my uncle shoved me against the lockers at the game",
        "got beat with a belt last night",
        "my stepdad beats my mom and my little sister",
        "how do i hide a belt mark on my leg, my dad did it",
        "there's a handprint on my arm from my mom",
    ],
)
def test_abuse_told_by_its_blows_and_their_marks_gets_988(text: str) -> None:
    assert rules_kind(text) == "abuse"


@pytest.mark.parametrize(
    "text",
    [
        "the youth pastor got me a phone so my parents cant read our texts",
        "hes 31 and im 16 and he wants me to sneak out to meet him",
        "he says our thing has to stay secret bc my parents wouldnt understand",
        "my friends uncle offers me cash to come over and hang out alone",
        "he buys me stuff to keep quiet about what he does to me",
        "a guy on discord asked for pics of my feet and now he wants more",
        "my bf makes me sell videos online",
        "mi maestro me manda mensajes de noche y dice que es nuestro secreto",
    ],
)
def test_grooming_told_by_a_phone_an_age_a_secret_or_a_price_gets_988(text: str) -> None:
    assert rules_kind(text) in ("abuse", "danger")  # an offer of money is also a danger rule's


@pytest.mark.parametrize(
    "text",
    [
        "my mom stopped feeding us, we only eat at school",
        "my aunt put a lock on the fridge",
        "no one has been home for three days",
        "my stepmom wont let us eat or sleep till the house is clean",
        "my boss holds my passport and doesnt pay me",
        "mi tia me tiene trabajando y dice que le debo del cruce",
    ],
)
def test_neglect_and_labour_kept_by_debt_get_988(text: str) -> None:
    assert rules_kind(text) == "abuse"


@pytest.mark.parametrize(
    "text",
    [
        "a kid got stabbed outside the dance",
        "theres shooting at the game right now",
        "someone posted a pic with a glock and said dont come to school friday",
        "a guy has a knife in his bag and says hes gonna use it after school",
        "a black car keeps circling our block",
        "a man followed me from the library to my car",
        "my ex is at my window and wont leave",
        "they said theyll beat me up when i get off the bus",
        "my tire went flat on a back road and its dark and my phone is dying",
        "left at the greyhound station with no money and no ride",
        "i feel really out of it after some guy handed me a cup",
        "my friend is with some grown man and cant tell where she is",
        "estamos perdidos en el monte y ya es de noche",
    ],
)
def test_danger_told_plainly_gets_988(text: str) -> None:
    assert rules_kind(text) == "danger"


@pytest.mark.parametrize(
    "text",
    [
        "do pharmacy students learn the max doses of every drug",
        "do nurses have to know lethal dosages for the nclex",
        "i want to work with teens who have been trafficked, what degree",
        "what career helps kids who were abused",
        "los trabajadores sociales ven casos de abuso?",
        "the heat in july is trying to kill me",
        "finals are trying to kill us",
        "i almost died of embarrassment in choir",
        "mi hermano me dijo te voy a matar porque le gane en fifa jaja",
        "hotel california is my dads favorite song",
        "need sad songs, im in my feels",
        "i feel like a failure because i didnt get into msu, what are my options",
        "got stabbed in the back by my lab partner",
        "the actor got shot in the movie",
        "skipping class is going to hurt my gpa",
        "bye, thanks for the help!",
        "the permission slip is in my backpack",
        "wrote my will for a law class project",
        "packing my stuff in boxes with labels for the move to oxford",
        "im up on the roof rn helping my uncle fix the gutters",
        "is the tallest building in the world taller than the eiffel tower",
        "how deep do you cut the grooves in a cutting board",
        "how much rope do i need for a hammock",
        "i make myself eat lunch even when im stressed",
        "i have fresh cuts from the rose bushes at my job",
        "my arms are covered in mosquito bites and i cant stop",
        "my brother beat me at chess",
        "my coach pushed me to try out for varsity",
        "my dad threw me a graduation party",
        "stuck at the gas station working till close",
        "im stuck in the woods in fortnite",
        "i feel weird after the red bull he gave me",
        "wont be here in the fall, we are moving to georgia",
        "fridays the day i find out, ive decided to apply anyway",
        "i have my dads rifle at the range for hunter safety",
        "a guy in the movie had a knife in his backpack",
        "my boyfriend is 17 and im 16, can we work at the same place",
        "leaving this group chat forever lol",
        "band aids for my cuts from volleyball",
        "my arms are covered in mosquito bites again",
        "my cousin pushed me into the lake lol",
        "my grandma grabbed me a biscuit on the way to school",
        "my uncle hit me up about a summer job",
        "ive been planning this surprise party for weeks and im finally ready",
        "the chore list is on the fridge",
        "tell my dad i said hi when he picks me up",
        "im on top of the parking garage rn waiting for my sister",
    ],
)
def test_job_questions_figures_and_everyday_look_alikes_stay_calm(text: str) -> None:
    assert rules_kind(text) is None


def test_stranded_is_not_corrected_to_strangled() -> None:
    assert canonical("stranded at a rest stop") == "stranded at a rest stop"
    assert canonical("he strangeld me") == "he strangled me"  # the correction still works


def test_the_figures_leave_what_is_meant_after_them() -> None:
    # A figure takes out its own words only: what follows is still read.
    assert rules_kind("this heat is trying to kill me and i want to die for real") == "self_harm"
    assert "failure" not in prepared("i feel like a failure, i didnt get into college")
    assert rules_kind("my sister pushed me down the stairs") == "abuse"
    assert rules_kind("my brother beats me up and i needed stitches") == "abuse"
