"""The form's questions: plain when nothing went wrong, with choices when something did."""

from __future__ import annotations

import re

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions import buttons

MISSES_BEFORE_COACH = 2
# What a place outside Mississippi is answered with instead: the state's or the nation's figures.
STATE_PLACE, NATION_PLACE = "Mississippi", "the U.S."
# A ZIP code the data layer could not place is one outside Mississippi.
ZIP_CODE = re.compile(r"\b\d{5}(?:-\d{4})?\b")


def wide_places() -> list[buttons.Button]:
    """Buttons for all of Mississippi and the whole U.S., sent back as the place."""
    return [
        buttons.button("all_of_mississippi", "inform_place", place=STATE_PLACE),
        buttons.button("whole_us", "inform_place", place=NATION_PLACE),
    ]


def ask_which_area(
    dispatcher: CollectingDispatcher, region: str, suggestions: list[str]
) -> list[EventType]:
    """A place that spans several areas ("north ms"): its areas as buttons; slots cleared.

    When every choice starts with the name, the name is a town in one area and a county in
    another ("Quitman (Clarke County)", "Quitman County"), and the question says so.
    """
    places = buttons.place_buttons(suggestions)
    same_name = all(name.startswith(f"{region} ") for name in suggestions)
    response = "utter_place_same_name" if same_name else "utter_place_region"
    dispatcher.utter_message(response=response, place=region, buttons=places)
    return [SlotSet("place_region", None), SlotSet("place_suggestions", None)]


def _ask_occupation(
    dispatcher: CollectingDispatcher, tracker: Tracker, response: str
) -> list[EventType]:
    choices = tracker.get_slot("occupation_choices") or []
    titles = [choice.split("|", 1)[1] for choice in choices if "|" in choice]
    misses = tracker.get_slot("occupation_misses") or 0
    if titles:
        dispatcher.utter_message(
            response="utter_which_one", buttons=buttons.occupation_buttons(titles)
        )
    elif misses >= MISSES_BEFORE_COACH:
        dispatcher.utter_message(response="utter_job_still_not_found", buttons=[buttons.coach()])
    elif misses:
        dispatcher.utter_message(response="utter_job_not_found")
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
        places = buttons.place_buttons(suggestions)
        said = tracker.latest_message.get("text") or ""
        outside = tracker.get_slot("place_outside")
        region = tracker.get_slot("place_region")
        if region and suggestions:
            return ask_which_area(dispatcher, region, suggestions)
        if outside:
            dispatcher.utter_message(
                response="utter_place_outside_mississippi", place=outside, buttons=wide_places()
            )
            return [SlotSet("place_outside", None), SlotSet("place_suggestions", None)]
        if misses and ZIP_CODE.search(said) and not said.startswith("/"):
            dispatcher.utter_message(response="utter_zip_not_in_mississippi")
        elif misses >= MISSES_BEFORE_COACH:
            dispatcher.utter_message(
                response="utter_place_still_not_found", buttons=[*places, buttons.coach()]
            )
        elif places:
            dispatcher.utter_message(response="utter_place_suggestions", buttons=places)
        elif misses:
            dispatcher.utter_message(response="utter_place_not_found")
        else:
            dispatcher.utter_message(response="utter_ask_place")
        return [SlotSet("place_suggestions", None)] if suggestions else []
