"""Find the student's school from what they typed ("hattiesburg high", "Petal")."""

from __future__ import annotations

import re

from rapidfuzz import fuzz, process
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.handoff.models import School

_NOISE = re.compile(
    r"\b(high|school|hs|the|senior|attend|i|go|to|at|my|is|im|i'm|it's|its|in|a|and|"
    r"junior|jr|academy|secondary|of|we|our)\b"
)
CHOICES = 3
CHOICE_CUTOFF = 60.0


def _key(text: str) -> str:
    text = re.sub(r"[^\w\s']", " ", text.lower().replace("h.s.", "hs"))
    return " ".join(_NOISE.sub(" ", text).split())


def find_school(*, session: Session, text: str, cutoff: float = 85) -> School | None:
    """The known school that ``text`` names, with or without "High School", or ``None``."""
    wanted = _key(text)
    if not wanted:
        return None
    schools = list(session.scalars(select(School)))
    exact = [s for s in schools if s.id == text.strip().lower() or _key(s.name) == wanted]
    if exact:
        return exact[0]
    choices = {s.id: _key(s.name) for s in schools}
    # A whole-name ratio: "Petal Middle" is not Petal High (it is offered as a choice).
    best = process.extractOne(wanted, choices, scorer=fuzz.ratio, score_cutoff=cutoff)
    return next(s for s in schools if s.id == best[2]) if best else None


def school_choices(*, session: Session, text: str, limit: int = CHOICES) -> list[School]:
    """The known schools closest to ``text`` (best first), to offer as buttons."""
    wanted = _key(text)
    schools = list(session.scalars(select(School)))
    if not wanted:
        return []
    choices = {s.id: _key(s.name) for s in schools}
    ranked = process.extract(
        wanted, choices, scorer=fuzz.WRatio, score_cutoff=CHOICE_CUTOFF, limit=limit
    )
    by_id = {s.id: s for s in schools}
    return [by_id[match[2]] for match in ranked]
