"""Pay where the student lives."""

from __future__ import annotations

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.answering import answer_or_apologise, confirmed
from actions.db import ask
from actions.forms import known_area
from actions.replies import payload, wage_text
from occupations import api


class ActionTellWage(Action):
    """Median pay, middle range, head count and the state beside it, with the source."""

    def name(self) -> str:
        """Rasa's name for this action."""
        return "action_tell_wage"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """Answer from the confirmed job and area slots."""
        soc = confirmed(tracker, "soc")
        area_code, events = None, []
        async with answer_or_apologise(dispatcher):
            area_code, events = await known_area(tracker)
        if soc is None or area_code is None:
            missing = "utter_ask_occupation" if soc is None else "utter_ask_place"
            dispatcher.utter_message(response=missing)
            return []
        async with answer_or_apologise(dispatcher):
            report = await ask(api.wages, soc=soc, area_code=area_code)
            dispatcher.utter_message(
                text=wage_text(report),
                buttons=[
                    {"title": "How do I get in?", "payload": payload("ask_pathway")},
                    {"title": "What's the job like?", "payload": payload("ask_describe")},
                    {"title": "Other jobs near me", "payload": payload("explore")},
                ],
            )
        return events
