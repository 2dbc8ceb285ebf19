"""Who gets a task: the school's coach, else the region's fallback, else the statewide one."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.handoff.errors import NoCoachAvailable
from bot.handoff.models import Coach, School

STATEWIDE = "statewide"


def assign_coach(*, session: Session, school: School | None) -> Coach:
    """The coach who answers for ``school`` (``None`` when the student's school is unknown).

    Raises:
        NoCoachAvailable: not even a statewide fallback coach is configured.
    """
    if school is not None and school.coach is not None and school.coach.active:
        return school.coach
    regions = [school.region, STATEWIDE] if school is not None else [STATEWIDE]
    for region in regions:
        coach = session.scalars(
            select(Coach)
            .where(Coach.fallback_for == region, Coach.active.is_(True))
            .order_by(Coach.id)
        ).first()
        if coach is not None:
            return coach
    raise NoCoachAvailable("no coach and no regional or statewide fallback is configured")
