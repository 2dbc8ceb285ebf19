"""When a coach is due to answer: by the end of the next school day, or within the hour."""

from __future__ import annotations

from datetime import datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

URGENT_WITHIN = timedelta(hours=1)


def due_at(created: datetime, *, urgent: bool, tz: str, day_end: str) -> datetime:
    """The due time of a task created at ``created`` (aware UTC in, aware UTC out).

    Ordinary tasks get one school day: the close of school (``day_end`` local time) on the
    next weekday after the day the student asked, so a coach sees it within a school day.
    """
    if urgent:
        return created + URGENT_WITHIN
    zone = ZoneInfo(tz)
    local = created.astimezone(zone)
    hour, minute = (int(part) for part in day_end.split(":"))
    day = local.date() + timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return datetime.combine(day, time(hour, minute), zone).astimezone(timezone.utc)


def describe_due(due: datetime, *, tz: str, now: datetime) -> str:
    """How a student reads the due time: "within the hour" or "by Tuesday at 3:30 pm"."""
    if due - now <= URGENT_WITHIN + timedelta(minutes=1):
        return "within the hour"
    local = due.astimezone(ZoneInfo(tz))
    clock = local.strftime("%I:%M %p").lstrip("0").lower().replace(":00 ", " ")
    if local.date() == now.astimezone(ZoneInfo(tz)).date() + timedelta(days=1):
        return f"by tomorrow at {clock}"
    return f"by {local.strftime('%A')} at {clock}"
