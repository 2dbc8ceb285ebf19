"""Jobs worth a look where the student lives, five at a time."""

from __future__ import annotations

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.answering import answer_or_apologise, confirmed, latest_intent
from actions.db import ask
from actions.replies import explore_text, filters_text, occupation_ref_buttons, payload
from occupations import api
from occupations.types import EDUCATION_LEVELS, INTERESTS

PAGE = 5
# The model sometimes tags part of a phrase ("demand" of "in demand"); map the words we know.
SORT_WORDS = {"demand": "openings", "hiring": "openings", "grow": "openings", "opening": "openings",
              "pay": "pay", "money": "pay"}  # fmt: skip


def sort_from(values: list[str]) -> str | None:
    """The ranking a student asked for, from the words the model tagged, or None."""
    for value in values:
        for word, sort in SORT_WORDS.items():
            if word in value.lower():
                return sort
    return None


class ActionExplore(Action):
    """A short list for the area, filtered by education and interest when the student gave them."""

    def name(self) -> str:
        """Rasa's name for this action."""
        return "action_explore"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """List the next page when the student asked for more, else the first page."""
        area_code = confirmed(tracker, "area_code")
        if area_code is None:
            dispatcher.utter_message(response="utter_ask_place")
            return []
        more = latest_intent(tracker) == "more"
        offset = int(tracker.get_slot("explore_offset") or 0) + PAGE if more else 0
        education = tracker.get_slot("education")
        interest = tracker.get_slot("interest")
        # The ranking belongs to this question only; "more" keeps the one the list was made with.
        sort = sort_from(list(tracker.get_latest_entity_values("sort")))
        if more:
            sort = sort_from([tracker.get_slot("sort") or ""])
        async with answer_or_apologise(dispatcher):
            items = await ask(
                api.explore,
                area_code=area_code,
                max_education=education if education in EDUCATION_LEVELS else None,
                interest=interest if interest in INTERESTS else None,
                sort=sort or "score",
                limit=PAGE,
                offset=offset,
            )
            if not items:
                dispatcher.utter_message(response="utter_no_more")
                return [SlotSet("explore_offset", float(offset))]
            where = tracker.get_slot("area_name") or "your area"
            text = explore_text(items, where=where, offset=offset)
            note = "" if more else filters_text(education=education, interest=interest)
            buttons = occupation_ref_buttons([item.occupation for item in items[:2]])
            buttons.append({"title": "More jobs", "payload": payload("more")})
            dispatcher.utter_message(text=f"{text}\n{note}".strip(), buttons=buttons)
        return [SlotSet("explore_offset", float(offset))]
