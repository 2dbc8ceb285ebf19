"""A place named out of the blue: remember it and say which area it counts as."""

from __future__ import annotations

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.answering import answer_or_apologise
from actions.asking import ZIP_CODE
from actions.forms import confirm_place
from actions.replies import capitalize, payload


class ActionNotePlace(Action):
    """Confirm the place with the data layer and keep it for the rest of the talk."""

    def name(self) -> str:
        """Rasa's name for this action."""
        return "action_note_place"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """Say which area the place is in, or offer close names."""
        place = next(tracker.get_latest_entity_values("place"), None) or tracker.latest_message.get(
            "text"
        )
        async with answer_or_apologise(dispatcher):
            slots = await confirm_place(place, tracker)
            if slots.get("area_code"):
                dispatcher.utter_message(
                    text=f"Got it: {capitalize(slots['area_name'])}. What job do you want "
                    "to know about?",
                    buttons=[{"title": "Jobs that pay well here", "payload": payload("explore")}],
                )
            elif ZIP_CODE.search(place or ""):  # a ZIP code we could not place is out of state
                dispatcher.utter_message(response="utter_zip_not_in_mississippi")
            else:
                names = slots.get("place_suggestions") or []
                dispatcher.utter_message(
                    text="I couldn't find that place in Mississippi. Try a town, county or ZIP.",
                    buttons=[
                        {"title": name, "payload": payload("inform_place", place=name)}
                        for name in names
                    ],
                )
            return [SlotSet(key, value) for key, value in slots.items()]
        return []
