"""What the handoff actions read from the conversation, and their one way to the app database.

Tracker readers (channel metadata, the last messages for the coach, one key per student
message) and :func:`attempt`, the single place where an app-database failure is caught:
the store raises :class:`bot.handoff.errors.StoreUnavailable` (or another ``HandoffError``)
and the action answers from the ``None`` it gets. Names, phone numbers and e-mail addresses
are never logged.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar

from rasa_sdk import Tracker
from sqlalchemy.orm import Session

from actions.db import in_app_database
from bot.handoff.errors import HandoffError
from bot.handoff.models import utcnow
from bot.handoff.schedule import describe_due
from bot.handoff.store import HandoffRequest, TaskReceipt, create_task_from_chat
from careerbot import settings

log = logging.getLogger(__name__)
T = TypeVar("T")

# Cleared once the task is written or the form is left: the task keeps what the coach needs.
FORM_SLOTS = (
    "handoff_first_name",
    "handoff_school",
    "handoff_school_id",
    "handoff_school_misses",
    "handoff_contact",
    "handoff_contact_kind",
    "handoff_about",
    "handoff_consent",
    "handoff_topic",
    "handoff_contact_misses",
    "handoff_task_id",
)
TRANSCRIPT_TURNS = 12
MISUNDERSTOOD = ("nlu_fallback", "gibberish")


async def attempt(work: Callable[[Session], T], failure: str) -> T | None:
    """``work(session)`` on the app database; ``None`` (logged as ``failure``) if it failed."""
    try:
        return await in_app_database(work)
    except HandoffError as error:
        log.error("%s: %s", failure, type(error).__name__)
        return None


def conversation_metadata(tracker: Tracker) -> dict[str, Any]:
    """Channel, school id and phone from the student's messages' metadata (latest wins)."""
    merged: dict[str, Any] = {}
    for event in tracker.events:
        if event.get("event") == "user" and isinstance(event.get("metadata"), dict):
            merged.update({k: v for k, v in event["metadata"].items() if v})
    return merged


def channel(metadata: dict[str, Any]) -> str:
    """The channel the student writes on (``rest`` when the channel did not say)."""
    return str(metadata.get("channel") or "rest")[:20]


def transcript(tracker: Tracker, turns: int = TRANSCRIPT_TURNS) -> list[dict[str, str]]:
    """The last few messages, for the coach's context."""
    lines = [
        {"who": "student" if event["event"] == "user" else "bot", "text": event.get("text") or ""}
        for event in tracker.events
        if event.get("event") in ("user", "bot") and event.get("text")
    ]
    return lines[-turns:]


def request_key(tracker: Tracker) -> str:
    """One task per student message, however often the action is retried."""
    message_id = tracker.latest_message.get("message_id") or str(len(tracker.events))
    return f"{tracker.sender_id}:{message_id}"[:200]


def summary(tracker: Tracker, about: str | None) -> str:
    """A line for the coach (not the student): the job and place asked about, and the need."""
    job = tracker.get_slot("occupation_title") or tracker.get_slot("occupation")
    place = tracker.get_slot("area_name") or tracker.get_slot("place")
    parts = []
    if job:
        parts.append(f"Asked about {job}" + (f" in {place}" if place else "") + ".")
    elif place:
        parts.append(f"Lives around {place}.")
    if about:
        parts.append(f"Wants help with: {about}")
    return " ".join(parts)[:1000]


def due_text(receipt: TaskReceipt) -> str:
    """When the coach will reach out, in the school's time zone."""
    return describe_due(receipt.due_at, tz=settings.cached().handoff.school_timezone, now=utcnow())


def create_task_work(request: HandoffRequest) -> Callable[[Session], TaskReceipt]:
    """The store call that writes ``request`` as a task, with the school day's settings."""
    handoff = settings.cached().handoff

    def work(session: Session) -> TaskReceipt:
        return create_task_from_chat(
            session=session,
            request=request,
            tz=handoff.school_timezone,
            day_end=handoff.school_day_end,
        )

    return work


def _user_events(tracker: Tracker) -> list[dict[str, Any]]:
    return [e for e in tracker.events if e.get("event") == "user"]


def _intent(event: dict[str, Any]) -> str | None:
    name = (event.get("parse_data") or {}).get("intent", {}).get("name")
    return str(name) if name else None


def recently_misunderstood(tracker: Tracker) -> bool:
    """Whether one of the student's last few messages was not understood."""
    return any(_intent(e) in MISUNDERSTOOD for e in _user_events(tracker)[-4:-1])


def last_misunderstood(tracker: Tracker) -> str | None:
    """For the coach: the last message the assistant did not understand."""
    for event in reversed(_user_events(tracker)[:-1]):
        if _intent(event) in MISUNDERSTOOD and event.get("text"):
            return f"The assistant did not understand: {event['text'][:300]}"
    return None
