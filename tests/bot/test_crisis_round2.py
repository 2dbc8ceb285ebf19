"""Round 2 of issue 9: the classes heldout6 missed or raised falsely, in new phrasings.

Each list is a class, not a sentence of the split: danger told plainly, neglect, grooming
and coercion without the word, goodbyes without a crisis word, Spanish; and on the calm
side job questions about crisis topics, petty threats, pets and things "trying to kill
me", haircuts, one everyday pill, hunger before a meal, devices that "won't wake up".
"""

from __future__ import annotations

import pytest

from bot.nlu.crisis_checkin import checkin_language
from bot.nlu.crisis_patterns import crisis_kind, language

CRISIS = [
    # Emergencies told plainly.
    "my little sister is turning blue what do i do",
    "hes not breathing after he took those pills",
    "my cousin had a seizure after taking a bunch of pills",
    "theres smoke coming from the hallway and the door is hot",
    "some kids are fighting by the gym and one pulled a knife",
    "a boy brought a gun in his bag today",
    "he said the whole school is gonna pay on monday",
    "i took like 30 of my moms sleeping pills",
    # Neglect.
    "there is no food at home and my dad has been gone for 4 days",
    "my mom left me and my sister alone for a week",
    "my aunt wont let me eat when she is mad",
    # Grooming and coercion without the word.
    "my coach keeps touching my thigh in the car",
    "my neighbor asked me to delete our chats so my mom wont see",
    "this man says i owe him and i have to do things with his friends",
    "is it abuse when my stepmom locks me in my room without food",
    # Goodbyes without a crisis word.
    "i wont need my games anymore, gave my switch to my brother. bye",
    "just wanted to say sorry for everything. goodbye",
    "this is the last time ill text anyone",
    "not that it matters, ill be dead by friday",
    # Spanish.
    "se esta quemando mi cuarto y no puedo salir",
    "hay una pelea en el parque y uno trae pistola",
    "estan disparando afuera de mi casa",
    "un tipo me quiere obligar a subir a su carro",
    "me tome como 20 pastillas",
    "mi mama se fue y no hay comida desde hace dias",
]

CALM = [
    "do paramedics deal with overdoses a lot",
    "how do i become a counselor for teens who are suicidal",
    "do social workers see abuse cases every day",
    "my sister keeps using my makeup im going to kill her",
    "my dog is trying to kill me he sleeps on my face",
    "i cut my hair myself last night",
    "i took an ibuprofen for my cramps",
    "i took a melatonin at 10",
    "im starving whats for lunch",
    "i feel like giving up on geometry",
    "my chromebook wont wake up",
    "my friend is not responding to my texts",
    "bye everyone see you monday",
    "la voy a matar jaja se comio mis papitas",
    "quiero desaparecer en mi cama todo el dia jaja",
    "se me quemo la pizza",
    "alguien me esta siguiendo en tiktok",
    "estan disparando en fortnite",
]


@pytest.mark.parametrize("text", CRISIS)
def test_crisis_told_without_the_usual_words_shows_988(text: str) -> None:
    assert crisis_kind(text) is not None or checkin_language(text) is not None


@pytest.mark.parametrize("text", CALM)
def test_everyday_talk_and_job_questions_about_crisis_topics_stay_calm(text: str) -> None:
    assert crisis_kind(text) is None
    assert checkin_language(text) is None


def test_a_mixed_message_tied_between_the_languages_is_answered_in_spanish() -> None:
    assert language("i want to die ya no puedo mas") == "es"
    assert language("i want to die") == "en"
