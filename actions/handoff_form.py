"""The handoff form's checks: a first name, a school from the directory, a way to reach them.

Each answer that does not fit is asked again with an example (domain/handoff.yml).
"""

from __future__ import annotations

from functools import partial
from typing import Any

from rasa_sdk import FormValidationAction, Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict
from sqlalchemy.orm import Session

from actions import texts
from actions.handoff_context import attempt
from bot.handoff import store, validation

# What the "My school isn't listed" button sends: read by validation.not_listed.
NOT_LISTED_PAYLOAD = "other school"


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
        or miss twice) is written as ``store.UNLISTED_SCHOOL`` and goes to a fallback coach.
        """
        text = " ".join(str(value or "").split())[:120]
        misses = int(tracker.get_slot("handoff_school_misses") or 0)
        unlisted = {"handoff_school": store.UNLISTED_SCHOOL, "handoff_school_id": None}
        if validation.not_listed(text):
            return {**unlisted, "handoff_school_misses": 0}
        if len(text) < 2 or not any(ch.isalpha() for ch in text):
            dispatcher.utter_message(response="utter_handoff_school_invalid")
            return {"handoff_school": None}
        found = await attempt(partial(_match_school, text=text), "school not looked up")
        if found is None:
            return {**unlisted, "handoff_school_misses": 0}  # the write will say if it fails
        school, choices = found
        if school is not None:
            return {
                "handoff_school": school[1],
                "handoff_school_id": school[0],
                "handoff_school_misses": 0,
            }
        if misses >= 1:
            return {**unlisted, "handoff_school_misses": 0}
        buttons = [{"title": name, "payload": name} for _, name in choices]
        buttons.append(
            {"title": texts.say("button.school_not_listed"), "payload": NOT_LISTED_PAYLOAD}
        )
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


def _match_school(
    session: Session, *, text: str
) -> tuple[store.SchoolRef | None, list[store.SchoolRef]]:
    return store.match_school(session=session, text=text)
