"""A question asked in Spanish: answered (in English for now) with a short note in Spanish.

Full Spanish answers are a later step (PRODUCT.md item 12). Until then a Spanish question is
understood (data/nlu/spanish.yml) and answered, and the first Spanish message of a talk gets
``utter_spanish_note`` (domain/spanish.yml): answers in Spanish are coming, and the coach can
help in Spanish now.
"""

from __future__ import annotations

import re

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import buttons
from occupations.text import normalize

# Everyday Spanish words that are no English words (nor Mississippi places); two of them make
# a message Spanish ("cuanto gana un electricista", "como me hago enfermera").
SPANISH_WORDS = frozenset(
    """cuanto cuanta cuantos cuantas gana ganan ganaria ganar pagan paga pago cobra sueldo
    salario dinero como hago hace hacen hacer que cual cuales donde quiero quieres puedo
    necesito necesita tengo tiene tienen ser estar estudiar estudio trabajo trabajar trabaja
    un una unos unas los las el del para por porque pero tambien hola gracias si oye
    enfermera enfermero electricista soldador mecanico plomero carpintero maestra maestro
    policia bombero camionero universidad escuela carrera licencia aqui año ano hora dia
    llego convierto empiezo aprendo dedica consiste trata cuentame es son""".split()  # noqa: SIM905 - a word list
)
# Spanish words that also appear in English messages ("los angeles", "el paso", "si"): they
# count only beside a word of the list above that is not one of them.
WEAK = frozenset(
    [
        "es",
        "si",
        "ano",
        "son",
        "el",
        "un",
        "los",
        "las",
        "del",
        "dia",
        "hora",
        "para",
        "por",
        "pago",
        "paga",
        "trata",
    ]
)
SPANISH_MIN_WORDS = 2
NOTED = "spanish_noted"


def is_spanish(text: str) -> bool:
    """True when the message reads as Spanish: two Spanish words, one not also English."""
    words = re.findall(r"[a-z]+", normalize(text))
    hits = [w for w in words if w in SPANISH_WORDS]
    return len(hits) >= SPANISH_MIN_WORDS and any(w not in WEAK for w in hits)


def note_spanish(dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType]:
    """Send the Spanish note once per talk when the student's last message is Spanish."""
    text = tracker.latest_message.get("text") or ""
    if text.startswith("/") or tracker.get_slot(NOTED) or not is_spanish(text):
        return []
    coach = buttons.button("coach_in_spanish", "request_coach")
    dispatcher.utter_message(response="utter_spanish_note", buttons=[coach])
    return [SlotSet(NOTED, True)]
