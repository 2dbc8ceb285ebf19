"""Crisis language: after the 988/911 answer (utter_crisis), an urgent task for the coach.

The student hears 988 whatever happens here; this adds who will check on them and when.
"""

from __future__ import annotations

import asyncio
import logging

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.db import in_app_database
from actions.handoff_context import (
    channel,
    conversation_metadata,
    create_task_work,
    due_text,
    request_key,
    summary,
    transcript,
)
from bot.handoff import validation
from bot.handoff.errors import HandoffError
from bot.handoff.store import HandoffRequest, TaskReceipt

log = logging.getLogger(__name__)
CRISIS_WRITE_TIMEOUT = 8.0
CRISIS_SUMMARY = "Crisis language in the conversation."  # for the coach, not the student
CRISIS_ABOUT = "Safety check after crisis language (see the conversation)"


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
            channel=channel(metadata),
            topic="crisis",
            school_id=str(school_id)[:80] if school_id else None,
            school_name=tracker.get_slot("handoff_school"),
            first_name=tracker.get_slot("handoff_first_name"),
            contact=contact,
            contact_kind=kind if contact else None,
            consent=False,
            summary=summary(tracker, None) or CRISIS_SUMMARY,
            transcript=transcript(tracker),
            urgent=True,
            request_key=request_key(tracker),
        )
        # The write runs in a thread that a timeout cannot stop, so a timeout only ends the
        # wait: the student then hears that the message is still on its way, never that the
        # coach was not told (the task may well be written a moment later).
        write = asyncio.ensure_future(in_app_database(create_task_work(request)))
        write.add_done_callback(_log_late_crisis_write)
        try:
            receipt = await asyncio.wait_for(asyncio.shield(write), CRISIS_WRITE_TIMEOUT)
        except asyncio.TimeoutError:
            log.error("URGENT crisis task still being written after %.0f s", CRISIS_WRITE_TIMEOUT)
            dispatcher.utter_message(response="utter_crisis_coach_pending")
            return []
        except HandoffError as error:
            log.error("URGENT crisis task not created: %s", type(error).__name__)
            dispatcher.utter_message(response="utter_crisis_coach_not_told")
            return []
        log.warning("urgent crisis task %s created", receipt.task_id)
        dispatcher.utter_message(
            response="utter_crisis_coach_told", coach=receipt.coach_name, due=due_text(receipt)
        )
        events: list[EventType] = [
            SlotSet("handoff_task_id", str(receipt.task_id)),
            SlotSet("handoff_topic", "crisis"),
            SlotSet("handoff_about", CRISIS_ABOUT),
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
