"""The coach handoff: start it, fill and check the form, write the task, and crisis language.

Thin actions: they read the tracker and call ``bot.handoff`` (in a worker thread, since the
store is blocking); the texts live in domain/handoff.yml. Names, phone numbers and e-mail
addresses are never logged.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import replace
from typing import Any, TypeVar

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict
from sqlalchemy.orm import Session

from bot.handoff import validation
from bot.handoff.db import session_scope
from bot.handoff.errors import HandoffError
from bot.handoff.models import School, utcnow
from bot.handoff.schedule import describe_due
from bot.handoff.schools import find_school, school_choices
from bot.handoff.store import (
    UNLISTED_SCHOOL,
    HandoffRequest,
    TaskReceipt,
    add_contact,
    create_task,
    get_task,
)
from careerbot import settings

log = logging.getLogger(__name__)
T = TypeVar("T")

TOPIC_BY_INTENT = {
    "ask_financial_aid": "financial_aid",
    "ask_application_help": "application",
    "ask_job_shadowing": "job_shadowing",
    "personal_situation": "personal",
}
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
CRISIS_WRITE_TIMEOUT = 8.0


def _in_database(function: Callable[..., T], kwargs: dict[str, Any]) -> T:
    with session_scope(settings.load().database_url) as session:
        return function(session=session, **kwargs)


async def in_database(function: Callable[..., T], **kwargs: Any) -> T:
    """Run one handoff-store call with its own session, off the event loop."""
    return await asyncio.to_thread(_in_database, function, kwargs)


def conversation_metadata(tracker: Tracker) -> dict[str, Any]:
    """Channel, school id and phone from the student's messages' metadata (latest wins)."""
    merged: dict[str, Any] = {}
    for event in tracker.events:
        if event.get("event") == "user" and isinstance(event.get("metadata"), dict):
            merged.update({k: v for k, v in event["metadata"].items() if v})
    return merged


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


def _summary(tracker: Tracker, about: str | None) -> str:
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


def _school_name(*, session: Session, school_id: str) -> str | None:
    school = session.get(School, school_id)
    return school.name if school else None


def _due_text(receipt: TaskReceipt) -> str:
    return describe_due(receipt.due_at, tz=settings.load().handoff.school_timezone, now=utcnow())


def _create(*, session: Session, request: HandoffRequest) -> TaskReceipt:
    handoff = settings.load().handoff
    return create_task(
        session=session, request=request, tz=handoff.school_timezone, day_end=handoff.school_day_end
    )


class ActionStartHandoff(Action):
    """Prefills what the conversation already tells us, so the student is asked less."""

    def name(self) -> str:
        """Action name in the domain."""
        return "action_start_handoff"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """Set topic, school (web page) and phone (SMS) from the conversation."""
        intent = tracker.latest_message.get("intent", {}).get("name")
        text = tracker.latest_message.get("text") or ""
        topic = TOPIC_BY_INTENT.get(intent or "")
        about: str | None = None
        if topic is not None:
            about = None if text.startswith("/") else text[:500]
        elif _recently_misunderstood(tracker):
            topic = "not_understood"
        else:
            topic = "coach"
        events: list[EventType] = [
            SlotSet("handoff_topic", topic),
            SlotSet("handoff_consent", None),
            SlotSet("handoff_contact_misses", 0),
        ]
        if about:
            events.append(SlotSet("handoff_about", about))
        elif topic == "not_understood":
            events.append(SlotSet("handoff_about", _last_misunderstood(tracker)))
        metadata = conversation_metadata(tracker)
        school_id = metadata.get("school_id")
        if school_id and not tracker.get_slot("handoff_school_id"):
            try:
                name = await in_database(_school_name, school_id=str(school_id)[:80])
            except (HandoffError, OSError):
                name = None
            if name:
                events += [SlotSet("handoff_school", name), SlotSet("handoff_school_id", school_id)]
        phone = validation.phone_number(str(metadata.get("phone") or ""))
        if metadata.get("channel") == "sms" and phone:
            events += [SlotSet("handoff_contact", phone), SlotSet("handoff_contact_kind", "phone")]
        response = "utter_handoff_intro" if topic == "coach" else f"utter_handoff_topic_{topic}"
        dispatcher.utter_message(response=response)
        return events


def _user_events(tracker: Tracker) -> list[dict[str, Any]]:
    return [e for e in tracker.events if e.get("event") == "user"]


def _recently_misunderstood(tracker: Tracker) -> bool:
    recent = _user_events(tracker)[-4:-1]
    return any(
        (e.get("parse_data") or {}).get("intent", {}).get("name") in ("nlu_fallback", "gibberish")
        for e in recent
    )


def _last_misunderstood(tracker: Tracker) -> str | None:
    for event in reversed(_user_events(tracker)[:-1]):
        intent = (event.get("parse_data") or {}).get("intent", {}).get("name")
        if intent in ("nlu_fallback", "gibberish") and event.get("text"):
            return f"The assistant did not understand: {event['text'][:300]}"
    return None


class ValidateHandoffForm(FormValidationAction):
    """Checks each answer; asks again with an example when it does not fit."""

    def name(self) -> str:
        """Action name in the domain."""
        return "validate_handoff_form"

    async def validate_handoff_first_name(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """A first name only."""
        name = validation.first_name(str(value or ""))
        if name is None:
            dispatcher.utter_message(response="utter_handoff_first_name_invalid")
        return {"handoff_first_name": name}

    async def validate_handoff_school(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """A school from the directory, or the closest ones offered as buttons.

        What the student typed is never kept: a school not in the directory (they say so,
        or miss twice) is written as :data:`UNLISTED_SCHOOL` and goes to a fallback coach.
        """
        text = " ".join(str(value or "").split())[:120]
        misses = int(tracker.get_slot("handoff_school_misses") or 0)
        unlisted = {"handoff_school": UNLISTED_SCHOOL, "handoff_school_id": None}
        if validation.not_listed(text):
            return {**unlisted, "handoff_school_misses": 0}
        if len(text) < 2 or not any(ch.isalpha() for ch in text):
            dispatcher.utter_message(response="utter_handoff_school_invalid")
            return {"handoff_school": None}
        try:
            school, choices = await in_database(_find_school, text=text)
        except (HandoffError, OSError):
            return {**unlisted, "handoff_school_misses": 0}  # the write will say if it fails
        if school is not None:
            return {
                "handoff_school": school[1],
                "handoff_school_id": school[0],
                "handoff_school_misses": 0,
            }
        if misses >= 1:
            return {**unlisted, "handoff_school_misses": 0}
        buttons = [{"title": name, "payload": name} for _, name in choices]
        buttons.append({"title": "My school isn't listed", "payload": "other school"})
        dispatcher.utter_message(
            response="utter_handoff_school_choose" if choices else "utter_handoff_school_unknown",
            buttons=buttons,
        )
        return {"handoff_school": None, "handoff_school_misses": misses + 1}

    async def validate_handoff_contact(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """A US phone number or an e-mail address; explained fully after two misses."""
        found = validation.contact(str(value or "")[:300])
        if found is None:
            misses = (tracker.get_slot("handoff_contact_misses") or 0) + 1
            response = (
                "utter_handoff_contact_explain" if misses >= 2 else "utter_handoff_contact_invalid"
            )
            dispatcher.utter_message(response=response)
            return {"handoff_contact": None, "handoff_contact_misses": misses}
        return {"handoff_contact": found[0], "handoff_contact_kind": found[1]}

    async def validate_handoff_about(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """A few words on what the student wants help with."""
        text = " ".join(str(value or "").split())[:500]
        if len(text) < 2:
            dispatcher.utter_message(response="utter_handoff_about_invalid")
            return {"handoff_about": None}
        return {"handoff_about": text}

    async def validate_handoff_consent(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """Only a yes fills it; a no leaves the form (see data/rules/handoff.yml)."""
        return {"handoff_consent": True if value is True else None}


def _find_school(
    *, session: Session, text: str
) -> tuple[tuple[str, str] | None, list[tuple[str, str]]]:
    school = find_school(session=session, text=text)
    if school is not None:
        return (school.id, school.name), []
    return None, [(s.id, s.name) for s in school_choices(session=session, text=text)]


class ActionCreateHandoff(Action):
    """Writes the task (committed) and only then tells the student who and by when."""

    def name(self) -> str:
        """Action name in the domain."""
        return "action_create_handoff"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """Create the task, tell the student, and forget the contact details in the slots."""
        crisis_task = tracker.get_slot("handoff_task_id")
        if crisis_task:
            return await self._add_to_crisis_task(dispatcher, tracker, int(crisis_task))
        metadata = conversation_metadata(tracker)
        about = tracker.get_slot("handoff_about")
        request = HandoffRequest(
            conversation_id=tracker.sender_id,
            channel=str(metadata.get("channel") or "rest")[:20],
            topic=tracker.get_slot("handoff_topic") or "coach",
            school_id=tracker.get_slot("handoff_school_id"),
            school_name=tracker.get_slot("handoff_school"),
            first_name=tracker.get_slot("handoff_first_name"),
            contact=tracker.get_slot("handoff_contact"),
            contact_kind=tracker.get_slot("handoff_contact_kind"),
            consent=bool(tracker.get_slot("handoff_consent")),
            summary=_summary(tracker, about),
            transcript=transcript(tracker),
            urgent=False,
            request_key=request_key(tracker),
        )
        try:
            receipt = await in_database(_create_known_school, request=request)
        except (HandoffError, OSError) as error:
            log.error("handoff task not created: %s", type(error).__name__)
            dispatcher.utter_message(response="utter_handoff_failed")
            return []
        dispatcher.utter_message(
            response="utter_handoff_created", coach=receipt.coach_name, due=_due_text(receipt)
        )
        return [SlotSet(slot, None) for slot in FORM_SLOTS]

    async def _add_to_crisis_task(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, task_id: int
    ) -> list[EventType]:
        """After crisis language: the answers complete the urgent task already raised."""
        try:
            receipt = await in_database(
                _add_contact,
                task_id=task_id,
                first_name=tracker.get_slot("handoff_first_name"),
                contact=tracker.get_slot("handoff_contact"),
                contact_kind=tracker.get_slot("handoff_contact_kind"),
                consent=bool(tracker.get_slot("handoff_consent")),
                school_id=tracker.get_slot("handoff_school_id"),
                school_name=tracker.get_slot("handoff_school"),
            )
        except (HandoffError, OSError) as error:
            log.error("urgent task %s not completed: %s", task_id, type(error).__name__)
            dispatcher.utter_message(response="utter_crisis_coach_not_told")
            return []
        dispatcher.utter_message(
            response="utter_crisis_contact_added",
            coach=receipt.coach_name,
            contact=tracker.get_slot("handoff_contact"),
            due=_due_text(receipt),
        )
        return [SlotSet(slot, None) for slot in FORM_SLOTS]


class ActionCancelHandoff(Action):
    """The student changed their mind: nothing is sent, and what they typed is forgotten."""

    def name(self) -> str:
        """Action name in the domain."""
        return "action_cancel_handoff"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """Say so and clear the form's slots (after crisis language the coach still knows)."""
        if tracker.get_slot("handoff_task_id"):
            coach = await _coach_of(tracker.get_slot("handoff_task_id"))
            dispatcher.utter_message(response="utter_crisis_contact_declined", coach=coach)
        else:
            dispatcher.utter_message(response="utter_handoff_cancelled")
        return [SlotSet(slot, None) for slot in FORM_SLOTS]


class ActionHandleCrisis(Action):
    """After the 988/911 answer (utter_crisis), raise an urgent task for the school's coach."""

    def name(self) -> str:
        """Action name in the domain."""
        return "action_handle_crisis"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """Create the urgent task with whatever we know; the student hears 988 either way."""
        metadata = conversation_metadata(tracker)
        phone = validation.phone_number(str(metadata.get("phone") or ""))
        contact = tracker.get_slot("handoff_contact") or phone
        kind = tracker.get_slot("handoff_contact_kind") or ("phone" if phone else None)
        school_id = tracker.get_slot("handoff_school_id") or metadata.get("school_id")
        request = HandoffRequest(
            conversation_id=tracker.sender_id,
            channel=str(metadata.get("channel") or "rest")[:20],
            topic="crisis",
            school_id=str(school_id)[:80] if school_id else None,
            school_name=tracker.get_slot("handoff_school"),
            first_name=tracker.get_slot("handoff_first_name"),
            contact=contact,
            contact_kind=kind if contact else None,
            consent=False,
            summary=_summary(tracker, None) or "Crisis language in the conversation.",
            transcript=transcript(tracker),
            urgent=True,
            request_key=request_key(tracker),
        )
        # The write runs in a thread that a timeout cannot stop, so a timeout only ends the
        # wait: the student then hears that the message is still on its way, never that the
        # coach was not told (the task may well be written a moment later).
        write = asyncio.ensure_future(in_database(_create_known_school, request=request))
        write.add_done_callback(_log_late_crisis_write)
        try:
            receipt = await asyncio.wait_for(asyncio.shield(write), CRISIS_WRITE_TIMEOUT)
        except asyncio.TimeoutError:
            log.error("URGENT crisis task still being written after %.0f s", CRISIS_WRITE_TIMEOUT)
            dispatcher.utter_message(response="utter_crisis_coach_pending")
            return []
        except (HandoffError, OSError) as error:
            log.error("URGENT crisis task not created: %s", type(error).__name__)
            dispatcher.utter_message(response="utter_crisis_coach_not_told")
            return []
        log.warning("urgent crisis task %s created", receipt.task_id)
        dispatcher.utter_message(
            response="utter_crisis_coach_told", coach=receipt.coach_name, due=_due_text(receipt)
        )
        events: list[EventType] = [
            SlotSet("handoff_task_id", str(receipt.task_id)),
            SlotSet("handoff_topic", "crisis"),
            SlotSet("handoff_about", "Safety check after crisis language (see the conversation)"),
        ]
        if receipt.school_id and not tracker.get_slot("handoff_school_id"):
            events += [
                SlotSet("handoff_school", receipt.school_name),
                SlotSet("handoff_school_id", receipt.school_id),
            ]
        in_form = tracker.active_loop.get("name") == "handoff_form"
        if not contact and not in_form:
            # The coach cannot reach a web student we know nothing about: offer, never force.
            dispatcher.utter_message(response="utter_crisis_ask_contact", coach=receipt.coach_name)
            events.append(FollowupAction("handoff_form"))
        return events


def _log_late_crisis_write(write: asyncio.Future[TaskReceipt]) -> None:
    """The outcome of an urgent write, also when the student was no longer waiting for it."""
    if write.cancelled():
        return
    error = write.exception()
    if error is not None:
        log.error("URGENT crisis task write ended in %s", type(error).__name__)
    else:
        log.info("urgent crisis task %s written", write.result().task_id)


def _create_known_school(*, session: Session, request: HandoffRequest) -> TaskReceipt:
    """Create the task; a school id from the page that is not in the database is dropped."""
    if request.school_id and session.get(School, request.school_id) is None:
        request = replace(request, school_id=None)
    return _create(session=session, request=request)


def _add_contact(*, session: Session, **details: Any) -> TaskReceipt:
    return add_contact(session=session, **details)


def _coach_name(*, session: Session, task_id: int) -> str:
    return get_task(session=session, task_id=task_id).coach.display_name


async def _coach_of(task_id: str) -> str:
    """Who holds the task, for the student; a generic name if the database is unreachable."""
    try:
        return await in_database(_coach_name, task_id=int(task_id))
    except (HandoffError, OSError, ValueError):
        return "Your career coach"
