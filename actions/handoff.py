"""The coach handoff: start it, write the task, or let the student change their mind.

Thin actions: they read the tracker (:mod:`actions.handoff_context`) and call the store
(:mod:`bot.handoff.store`) off the event loop; the texts live in domain/handoff.yml. The
form's checks are in :mod:`actions.handoff_form`, crisis language in :mod:`actions.crisis`.
"""

from __future__ import annotations

from functools import partial

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict
from sqlalchemy.orm import Session

from actions.handoff_context import (
    FORM_SLOTS,
    attempt,
    channel,
    conversation_metadata,
    create_task_work,
    due_text,
    last_misunderstood,
    recently_misunderstood,
    request_key,
    summary,
    transcript,
)
from bot.handoff import store, validation

TOPIC_BY_INTENT = {
    "ask_financial_aid": "financial_aid",
    "ask_application_help": "application",
    "ask_job_shadowing": "job_shadowing",
    "personal_situation": "personal",
}


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
        elif recently_misunderstood(tracker):
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
            events.append(SlotSet("handoff_about", last_misunderstood(tracker)))
        metadata = conversation_metadata(tracker)
        school_id = metadata.get("school_id")
        if school_id and not tracker.get_slot("handoff_school_id"):
            name = await attempt(
                partial(_school_name, school_id=str(school_id)[:80]), "school not looked up"
            )
            if name:
                events += [SlotSet("handoff_school", name), SlotSet("handoff_school_id", school_id)]
        phone = validation.phone_number(str(metadata.get("phone") or ""))
        if metadata.get("channel") == "sms" and phone:
            events += [SlotSet("handoff_contact", phone), SlotSet("handoff_contact_kind", "phone")]
        response = "utter_handoff_intro" if topic == "coach" else f"utter_handoff_topic_{topic}"
        dispatcher.utter_message(response=response)
        return events


def _school_name(session: Session, *, school_id: str) -> str | None:
    return store.school_name(session=session, school_id=school_id)


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
        request = store.HandoffRequest(
            conversation_id=tracker.sender_id,
            channel=channel(metadata),
            topic=tracker.get_slot("handoff_topic") or "coach",
            school_id=tracker.get_slot("handoff_school_id"),
            school_name=tracker.get_slot("handoff_school"),
            first_name=tracker.get_slot("handoff_first_name"),
            contact=tracker.get_slot("handoff_contact"),
            contact_kind=tracker.get_slot("handoff_contact_kind"),
            consent=bool(tracker.get_slot("handoff_consent")),
            summary=summary(tracker, tracker.get_slot("handoff_about")),
            transcript=transcript(tracker),
            urgent=False,
            request_key=request_key(tracker),
        )
        receipt = await attempt(create_task_work(request), "handoff task not created")
        if receipt is None:
            dispatcher.utter_message(response="utter_handoff_failed")
            return []
        dispatcher.utter_message(
            response="utter_handoff_created", coach=receipt.coach_name, due=due_text(receipt)
        )
        return [SlotSet(slot, None) for slot in FORM_SLOTS]

    async def _add_to_crisis_task(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, task_id: int
    ) -> list[EventType]:
        """After crisis language: the answers complete the urgent task already raised."""
        first_name = tracker.get_slot("handoff_first_name")
        contact = tracker.get_slot("handoff_contact")
        contact_kind = tracker.get_slot("handoff_contact_kind")
        consent = bool(tracker.get_slot("handoff_consent"))
        school_id = tracker.get_slot("handoff_school_id")
        receipt = await attempt(
            lambda s: store.add_contact(
                session=s, task_id=task_id, first_name=first_name, contact=contact,
                contact_kind=contact_kind, consent=consent, school_id=school_id,
            ),
            f"urgent task {task_id} not completed",
        )  # fmt: skip
        if receipt is None:
            dispatcher.utter_message(response="utter_crisis_coach_not_told")
            return []
        dispatcher.utter_message(
            response="utter_crisis_contact_added",
            coach=receipt.coach_name,
            contact=tracker.get_slot("handoff_contact"),
            due=due_text(receipt),
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
        task_id = str(tracker.get_slot("handoff_task_id") or "")
        if task_id:
            coach = (
                await attempt(
                    partial(_coach_name, task_id=int(task_id)), "coach of the task not looked up"
                )
                if task_id.isdigit()
                else None
            )
            if coach:
                dispatcher.utter_message(response="utter_crisis_contact_declined", coach=coach)
            else:
                dispatcher.utter_message(response="utter_crisis_contact_declined_no_name")
        else:
            dispatcher.utter_message(response="utter_handoff_cancelled")
        return [SlotSet(slot, None) for slot in FORM_SLOTS]


def _coach_name(session: Session, *, task_id: int) -> str:
    return store.coach_name(session=session, task_id=task_id)
