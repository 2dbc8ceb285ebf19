"""The form's questions: plain when nothing went wrong, with choices when something did."""

from __future__ import annotations

import re
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.replies import occupation_buttons, payload

COACH_BUTTON = {"title": "Talk to my coach", "payload": "/request_coach"}
MISSES_BEFORE_COACH = 2
# A ZIP code the data layer could not place is one outside Mississippi.
ZIP_CODE = re.compile(r"\b\d{5}(?:-\d{4})?\b")


def _ask_occupation(
    dispatcher: CollectingDispatcher, tracker: Tracker, response: str
) -> list[EventType]:
    choices = tracker.get_slot("occupation_choices") or []
    titles = [choice.split("|", 1)[1] for choice in choices if "|" in choice]
    misses = tracker.get_slot("occupation_misses") or 0
    if titles:
        dispatcher.utter_message(text="Which one do you mean?", buttons=occupation_buttons(titles))
    elif misses >= MISSES_BEFORE_COACH:
        dispatcher.utter_message(
            text='I still can\'t find that job. Try a simpler name, like "nurse" or '
            '"welder". Or ask your coach.',
            buttons=[COACH_BUTTON],
        )
    elif misses:
        dispatcher.utter_message(text="I couldn't find that job. Can you name it another way?")
    else:
        dispatcher.utter_message(response=response)
    return []


class ActionAskOccupation(Action):
    """Ask which job, offering the data layer's choices when the word was ambiguous."""

    def name(self) -> str:
        """Rasa's name for this action."""
        return "action_ask_occupation"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """Ask, or offer choices, or after repeated misses offer the coach."""
        return _ask_occupation(dispatcher, tracker, "utter_ask_occupation")


class ActionAskOccupationB(Action):
    """Ask for the second job of a comparison."""

    def name(self) -> str:
        """Rasa's name for this action."""
        return "action_ask_occupation_b"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """Ask, or offer choices, or after repeated misses offer the coach."""
        return _ask_occupation(dispatcher, tracker, "utter_ask_occupation_b")


class ActionAskPlace(Action):
    """Ask where the student lives or goes to school; offer close names after a miss."""

    def name(self) -> str:
        """Rasa's name for this action."""
        return "action_ask_place"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """Ask, or offer suggestions, or after repeated misses offer the coach."""
        suggestions: list[str] = tracker.get_slot("place_suggestions") or []
        misses = tracker.get_slot("place_misses") or 0
        buttons: list[dict[str, Any]] = [
            {"title": name, "payload": payload("inform_place", place=name)} for name in suggestions
        ]
        said = tracker.latest_message.get("text") or ""
        if misses and ZIP_CODE.search(said) and not said.startswith("/"):
            dispatcher.utter_message(response="utter_zip_not_in_mississippi")
        elif misses >= MISSES_BEFORE_COACH:
            dispatcher.utter_message(
                text="I still can't find that place in Mississippi. Try your county, "
                'like "Lee County", or ask your coach.',
                buttons=buttons + [COACH_BUTTON],
            )
        elif buttons:
            dispatcher.utter_message(
                text="I couldn't find that place in Mississippi. Did you mean one of these?",
                buttons=buttons,
            )
        elif misses:
            dispatcher.utter_message(
                text="I couldn't find that place in Mississippi. Try a town, county or ZIP code."
            )
        else:
            dispatcher.utter_message(response="utter_ask_place")
        return [SlotSet("place_suggestions", None)] if suggestions else []
