"""Find the student's school from what they typed ("hattiesburg high", "Petal")."""

from __future__ import annotations

import re

from rapidfuzz import fuzz, process
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.handoff.models import School

_NOISE = re.compile(r"\b(high|school|hs|the|senior|attend|i|go|to|at|my|is)\b")


def _key(text: str) -> str:
    return " ".join(_NOISE.sub(" ", text.lower().replace("h.s.", "hs")).split())


def find_school(*, session: Session, text: str, cutoff: float = 85) -> School | None:
    """The known school that ``text`` names, or ``None`` (the task then goes to a fallback)."""
    wanted = _key(text)
    if not wanted:
        return None
    schools = list(session.scalars(select(School)))
    exact = [s for s in schools if s.id == text.strip().lower() or _key(s.name) == wanted]
    if exact:
        return exact[0]
    choices = {s.id: _key(s.name) for s in schools}
    best = process.extractOne(wanted, choices, scorer=fuzz.WRatio, score_cutoff=cutoff)
    return next(s for s in schools if s.id == best[2]) if best else None
