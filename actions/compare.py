"""Two jobs side by side where the student lives."""

from __future__ import annotations

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.answering import answer_or_apologise, confirmed
from actions.db import in_occupations
from actions.replies import compare_text
from occupations import api


class ActionCompare(Action):
    """Pay for both jobs in the student's area, with the state figure when the area has none."""

    def name(self) -> str:
        """Rasa's name for this action."""
        return "action_compare"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """Answer from the two confirmed jobs and the confirmed area."""
        first, second = confirmed(tracker, "soc"), confirmed(tracker, "soc_b")
        area_code = confirmed(tracker, "area_code")
        if first is None or second is None or area_code is None:
            missing = "utter_ask_place" if first and second else "utter_ask_occupation"
            dispatcher.utter_message(response=missing)
            return []
        async with answer_or_apologise(dispatcher):
            one = await in_occupations(
                lambda s: api.wages(session=s, soc=first, area_code=area_code)
            )
            two = await in_occupations(
                lambda s: api.wages(session=s, soc=second, area_code=area_code)
            )
            dispatcher.utter_message(text=compare_text(one, two))
        return []
