"""A place named out of the blue: remember it and say which area it counts as."""

from __future__ import annotations

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions import buttons
from actions.answering import answer_or_apologise, confirmed
from actions.asking import ZIP_CODE, ask_which_area, wide_places
from actions.forms import confirm_place
from actions.questions import form_of_topic
from actions.replies import capitalize
from occupations.places import NATION, STATE

# Questions whose answer depends on the town: asked again for a new one.
LOCAL_FORMS = frozenset({"pathway_form", "pay_form", "compare_form", "explore_form"})


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
        job = next(tracker.get_latest_entity_values("occupation"), None)
        if job is not None:
            # "what about a dental hygienist in oxford": the last question again, for the new
            # job in the new place (its form confirms both); never the old job's figures.
            # With no question yet, the pay: what the assistant is asked most.
            form = form_of_topic(tracker.get_slot("topic")) or "pay_form"
            return [SlotSet("soc", None), SlotSet("occupation_title", None), FollowupAction(form)]
        async with answer_or_apologise(dispatcher):
            slots = await confirm_place(place, tracker)
            if slots.get("area_code") and confirmed(tracker, "soc"):
                # "and nationally?" after a route answer: the known job there. A town asks the
                # route again (nearest programs); a description or outlook has no place, so
                # the pay, and so does the state or the nation.
                again = form_of_topic(tracker.get_slot("topic"))
                if again not in LOCAL_FORMS or slots["area_code"] in (STATE, NATION):
                    again = "pay_form"
                return [*(SlotSet(k, v) for k, v in slots.items()), FollowupAction(str(again))]
            if slots.get("area_code"):
                dispatcher.utter_message(
                    response="utter_place_noted",
                    area=capitalize(slots["area_name"]).rstrip("."),
                    buttons=[buttons.button("pays_well_here", "explore")],
                )
            elif slots.get("place_region"):  # "north ms": which of its areas
                names = slots.get("place_suggestions") or []
                asked = ask_which_area(dispatcher, slots["place_region"], names)
                slots.update((event["name"], event["value"]) for event in asked)
            elif slots.get("place_outside"):
                dispatcher.utter_message(
                    response="utter_place_outside_mississippi",
                    place=slots["place_outside"],
                    buttons=wide_places(),
                )
                slots["place_outside"] = None
            elif ZIP_CODE.search(place or ""):  # a ZIP code we could not place is out of state
                dispatcher.utter_message(response="utter_zip_not_in_mississippi")
            else:
                names = slots.get("place_suggestions") or []
                if names:
                    dispatcher.utter_message(
                        response="utter_place_suggestions", buttons=buttons.place_buttons(names)
                    )
                else:
                    dispatcher.utter_message(response="utter_place_not_found")
            return [SlotSet(key, value) for key, value in slots.items()]
        return []
