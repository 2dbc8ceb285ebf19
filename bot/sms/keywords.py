"""The carrier keywords every US SMS program must honour, plus COACH to reach a person."""

from __future__ import annotations

import enum
import re


class Keyword(enum.Enum):
    """What a whole-message keyword asks for."""

    STOP = "stop"
    START = "start"
    HELP = "help"
    COACH = "coach"


# Twilio's default opt-out, opt-in and help keywords. "YES" (also an opt-in word for Twilio)
# is left out on purpose: students answer questions with it.
WORDS = {
    **dict.fromkeys(("STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT"), Keyword.STOP),
    **dict.fromkeys(("START", "UNSTOP"), Keyword.START),
    **dict.fromkeys(("HELP", "INFO"), Keyword.HELP),
    **dict.fromkeys(("COACH",), Keyword.COACH),
}


def classify(body: str) -> Keyword | None:
    """The keyword a message consists of, if any ("Stop.", " stop " count; "stop it" does not)."""
    word = re.sub(r"[^A-Za-z]", "", body.strip()) if len(body) <= 20 else ""
    if not word or " " in body.strip():
        return None
    return WORDS.get(word.upper())
