"""What a job is: one sentence, three tasks, and related jobs to look at next."""

from __future__ import annotations

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.answering import answer_or_apologise, confirmed
from actions.buttons import occupation_ref_buttons
from actions.db import in_occupations
from actions.replies import describe_text
from occupations import api


class ActionDescribeOccupation(Action):
    """O*NET's description and typical tasks, with related jobs as buttons."""

    def name(self) -> str:
        """Rasa's name for this action."""
        return "action_describe_occupation"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """Answer from the confirmed job."""
        soc = confirmed(tracker, "soc")
        if soc is None:
            dispatcher.utter_message(response="utter_ask_occupation")
            return []
        async with answer_or_apologise(dispatcher):
            description = await in_occupations(lambda s: api.describe(session=s, soc=soc))
            related = await in_occupations(lambda s: api.related(session=s, soc=soc, limit=3))
            dispatcher.utter_message(
                text=describe_text(description),
                buttons=occupation_ref_buttons(related),
            )
        return []
