"""The button payloads a student's message may carry to Rasa as an intent: a closed list.

Rasa reads a message that starts with ``/`` as ``/intent{"entity": "value"}`` and skips
NLU, so anyone could type ``/crisis`` (an urgent task for every coach of the state) or
``/ask_pay{"occupation": ...}``. Only the payloads our own buttons send pass
(``tests/bot/test_channel_payloads.py`` checks every button in ``domain/*.yml`` and
``actions/*.py`` against this table); any other text starting with ``/`` is read as words.
"""

from __future__ import annotations

import json
import re

# intent -> the entities its buttons may carry. ``crisis`` is never here: crisis language is
# recognised in the student's words (bot/nlu), never from a payload.
BUTTON_INTENTS: dict[str, frozenset[str]] = {
    "affirm": frozenset(),
    "deny": frozenset(),
    "help": frozenset(),
    "privacy": frozenset(),
    "request_coach": frozenset(),
    "explore": frozenset(),
    "more": frozenset(),
    "compare": frozenset(),
    "ask_pay": frozenset({"occupation"}),
    "ask_pathway": frozenset({"occupation"}),
    "ask_describe": frozenset({"occupation"}),
    "ask_need_college": frozenset({"occupation"}),
    "ask_outlook": frozenset({"occupation"}),
    "inform_occupation": frozenset({"occupation"}),
    "inform_place": frozenset({"place"}),
}
# The longest entity value a button sends (BLS's longest titles are about 100 characters).
MAX_VALUE_CHARS = 150

PAYLOAD = re.compile(r"/(?P<intent>[a-z_]+)(?P<entities>\{.*\})?", re.DOTALL)
UNSAFE_VALUE = re.compile(r"[\x00-\x1f\x7f{}]")
LEADING_SLASHES = re.compile(r"^[\s/]+")


def allowed(text: str) -> bool:
    """Whether ``text`` is exactly a payload one of our buttons could have sent."""
    match = PAYLOAD.fullmatch(text.strip())
    if not match or match.group("intent") not in BUTTON_INTENTS:
        return False
    if match.group("entities") is None:
        return True
    try:
        entities = json.loads(match.group("entities"))
    except ValueError:
        return False
    permitted = BUTTON_INTENTS[match.group("intent")]
    return (
        isinstance(entities, dict)
        and bool(entities)
        and all(
            name in permitted
            and isinstance(value, str)
            and 0 < len(value) <= MAX_VALUE_CHARS
            and not UNSAFE_VALUE.search(value)
            for name, value in entities.items()
        )
    )


def screen(text: str) -> str:
    """What Rasa may read: an allowed payload as it is, any other leading ``/`` removed."""
    stripped = text.strip()
    if not stripped.startswith("/") or allowed(stripped):
        return stripped
    return LEADING_SLASHES.sub("", stripped)
