"""Round 3 of issue 9: the classes heldout7 missed or raised falsely, in new phrasings.

Each list is a class, not a sentence of the split (nor of dev12): plans and means without a
crisis word, emergencies told plainly, labour trafficking, goodbyes; and on the calm side
hyperbole about small things, a trip after "not gonna be here", burnt food, a job question
about suicide prevention in Spanish.
"""

from __future__ import annotations

import pytest

from bot.nlu.crisis_checkin import checkin_language
from bot.nlu.crisis_patterns import crisis_kind, language

CRISIS = [
    # Plans and means without a crisis word.
    "sitting in my moms car in the garage with the engine running",
    "i already have the rope ready",
    "got a razor hidden in my room for later",
    "i made up my mind, its tonight",
    "theres no way out for me except dying",
    "ill be with my mom soon, i'm going to make it happen",
    "the voices tell me to jump off the bridge",
    "i eat like 300 calories a day and i passed out but i deserve it",
    "how can i hide the scars from my mom",
    "i swallowed some bleach like an hour ago",
    "i cut really deep this time and it wont stop bleeding",
    # Emergencies told plainly.
    "the living room is on fire and i cant get out the door",
    "i smell gas everywhere in the apartment",
    "we wrecked on the highway and my sister isnt breathing",
    "my uncle is drunk and driving us home swerving all over",
    "some guy is pointing a rifle at the bus stop",
    "my stalker is at my door right now",
    "the guy from the app is waiting outside my school and wont leave",
    "a man held a knife to my throat behind the store",
    # Labour trafficking.
    "the owner of the farm took my id and wont pay me",
    # Goodbyes.
    "my sister found my note",
    "this is my last message. thanks for everything",
    # Spanish.
    "ya me despedi de mi mama",
    "el jefe se quedo con mis papeles y no me paga",
    "huele a gas en la cocina y no puedo despertar a mi papa",
]

CALM = [
    "im gonna die if i dont get those concert tickets",
    "i will die on this hill, ranch goes on pizza",  # found by talking to it: was a crisis
    "my life is over they ran out of chicken nuggets",
    "im not gonna be here next week, we're going to orlando",
    "the house smells like smoke because i burnt the toast",
    "cuanto gana un psicologo de prevencion del suicidio",
    "mi jefa me va a matar porque perdi el uniforme",
    "ese examen de historia me mato",
    "im so done with people today lol",
    "made up my mind about which college to apply to",
    "i smell gas at the gas station",
    "i cut pretty deep into the board in shop class",
    "the gym is locked from the outside on weekends",
    "do nurses deal with people who drank bleach",
]


@pytest.mark.parametrize("text", CRISIS)
def test_plans_emergencies_and_goodbyes_told_without_crisis_words_show_988(text: str) -> None:
    assert crisis_kind(text) is not None or checkin_language(text) is not None


@pytest.mark.parametrize("text", CALM)
def test_hyperbole_trips_burnt_food_and_prevention_jobs_stay_calm(text: str) -> None:
    assert crisis_kind(text) is None
    assert checkin_language(text) is None


def test_an_english_message_with_one_spanish_looking_word_is_answered_in_english() -> None:
    assert language("theres no way out except dying") == "en"
    assert language("i want to die ya no puedo mas") == "es"
