"""Whether a job is growing: BLS Employment Projections growth and openings, for the U.S.

Added by the README's "Add a question" recipe: one row in actions/questions.py,
domain/outlook.yml, data/nlu/outlook.yml and this module.
"""

from __future__ import annotations

from decimal import Decimal

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions import buttons
from actions.answering import answer_or_apologise, confirmed
from actions.db import in_occupations
from actions.forms import JobFormValidator
from occupations import api

# Growth this close to zero (percent over the ten years) is "about the same number of jobs".
STEADY = Decimal("0.5")


class ValidateOutlookForm(JobFormValidator):
    """The outlook needs a job (it is national, so no place)."""

    def name(self) -> str:
        """Rasa's name for this validator."""
        return "validate_outlook_form"


def openings_words(thousands: Decimal) -> str:
    """BLS's openings a year (in thousands) as a student reads them: "81,000"."""
    return f"{round(thousands * 1000):,}"


def percent_words(percent: Decimal) -> str:
    """A growth figure without its sign: "9.5%"."""
    return f"{abs(percent).normalize():f}%"


class ActionTellOutlook(Action):
    """Projected growth 2024-34 and openings a year across the U.S., with the source."""

    def name(self) -> str:
        """Rasa's name for this action."""
        return "action_tell_outlook"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """Answer from the confirmed job."""
        soc = confirmed(tracker, "soc")
        if soc is None:
            dispatcher.utter_message(response="utter_ask_occupation")
            return []
        async with answer_or_apologise(dispatcher):
            pathway = await in_occupations(
                lambda s: api.pathway(session=s, soc=soc, area_code=None)
            )
            growth, openings = pathway.growth_percent, pathway.annual_openings
            title = pathway.occupation.name
            if growth is None or openings is None:
                dispatcher.utter_message(response="utter_outlook_unknown", title=title)
                return []
            response = (
                "utter_outlook_steady"
                if abs(growth) < STEADY
                else "utter_outlook_growing"
                if growth > 0
                else "utter_outlook_shrinking"
            )
            dispatcher.utter_message(
                response=response,
                title=title,
                percent=percent_words(growth),
                openings=openings_words(openings),
                citation=pathway.source.citation,
                buttons=[
                    buttons.button("what_pay", "ask_pay"),
                    buttons.button("get_in", "ask_pathway"),
                ],
            )
        return []
