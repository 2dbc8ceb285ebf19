"""What it takes to get into a job, non-degree routes first."""

from __future__ import annotations

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.answering import answer_or_apologise, confirmed, latest_intent
from actions.db import ask
from actions.replies import pathway_text, payload
from occupations import api


class ActionTellPathway(Action):
    """Education, experience and training for entry; colleges nearest first when we know where."""

    def name(self) -> str:
        """Rasa's name for this action."""
        return "action_tell_pathway"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """Answer from the confirmed job; a yes/no first when asked "do I need college"."""
        soc = confirmed(tracker, "soc")
        if soc is None:
            dispatcher.utter_message(response="utter_ask_occupation")
            return []
        need_college = latest_intent(tracker) == "ask_need_college"
        async with answer_or_apologise(dispatcher):
            pathway = await ask(api.pathway, soc=soc, area_code=confirmed(tracker, "area_code"))
            dispatcher.utter_message(
                text=pathway_text(pathway, need_college=need_college),
                buttons=[
                    {"title": "What does it pay?", "payload": payload("ask_pay")},
                    {"title": "What's the job like?", "payload": payload("ask_describe")},
                ],
            )
        return []
