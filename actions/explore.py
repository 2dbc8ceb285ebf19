"""Jobs worth a look where the student lives, five at a time."""

from __future__ import annotations

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions import buttons, texts
from actions.answering import answer_or_apologise, confirmed, latest_intent
from actions.asking import ask_which_area
from actions.db import in_occupations
from actions.mentions import mentions_of
from actions.replies import explore_place, explore_text, filters_text
from occupations import api
from occupations.fields import known_interest
from occupations.mentions import ACTIVITY
from occupations.places import STATE
from occupations.types import EDUCATION_LEVELS, OccupationRef

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


async def activity_jobs(tracker: Tracker) -> list[OccupationRef]:
    """Up to three jobs that do what the student named ("i like drawing"), to offer first."""
    mentions = await mentions_of(tracker.latest_message.get("text") or "")
    activity = next((m for m in mentions if m.label == ACTIVITY), None)
    if activity is None:
        return []
    codes = activity.ids[:3]
    return await in_occupations(lambda s: [api.occupation(session=s, soc=c) for c in codes])


class ActionExplore(Action):
    """A short list for the area, filtered by education and interest when the student gave them."""

    def name(self) -> str:
        """Rasa's name for this action."""
        return "action_explore"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """List the next page when the student asked for more, else the first page."""
        # Without a known place the list is for the whole state, with an offer to narrow it.
        area_code = confirmed(tracker, "area_code") or STATE
        statewide = confirmed(tracker, "area_code") is None
        more = latest_intent(tracker) == "more"
        offset = int(tracker.get_slot("explore_offset") or 0) + PAGE if more else 0
        education = tracker.get_slot("education")
        interest = tracker.get_slot("interest")
        events: list[EventType] = []
        # The ranking belongs to this question only; "more" keeps the one the list was made with.
        sort = sort_from(list(tracker.get_latest_entity_values("sort")))
        if more:
            sort = sort_from([tracker.get_slot("sort") or ""])
        region = tracker.get_slot("place_region")
        if region and not more:  # "north ms" spans several areas: which one, then the list
            return ask_which_area(dispatcher, region, tracker.get_slot("place_suggestions") or [])
        async with answer_or_apologise(dispatcher):
            doing = [] if more else await activity_jobs(tracker)  # "i like drawing"
            if doing and not known_interest(interest):
                # The list fits what the student likes doing: its jobs' strongest interest.
                strongest = await in_occupations(
                    lambda s: api.strongest_interests(session=s, soc=doing[0].soc)
                )
                if strongest:
                    interest = strongest[0]
                    events.append(SlotSet("interest", interest))
            items = await in_occupations(
                lambda s: api.explore(
                    session=s,
                    area_code=area_code,
                    max_education=education if education in EDUCATION_LEVELS else None,
                    interest=interest if known_interest(interest) else None,
                    sort=sort or "score",
                    limit=PAGE,
                    offset=offset,
                )
            )
            if not items:
                dispatcher.utter_message(response="utter_no_more")
                return [*events, SlotSet("explore_offset", float(offset))]
            where = explore_place(tracker.get_slot("area_name"), statewide=statewide)
            text = explore_text(items, where=where, offset=offset)
            note = "" if more else filters_text(education=education, interest=interest)
            if doing:  # the buttons below are these jobs: say so before the wider list
                names = "; ".join(ref.name for ref in doing)
                text = f"{texts.say('explore.doing', jobs=names)}\n{text}"
            offered = buttons.occupation_ref_buttons(
                doing or [item.occupation for item in items[:2]]
            )
            # "how much do they make?" next is about these jobs: offered as the choices, and
            # no earlier job answers for them.
            listed = doing or [item.occupation for item in items[:4]]
            events += [
                SlotSet("occupation_choices", [f"{ref.soc}|{ref.title}" for ref in listed]),
                SlotSet("occupation", None),
                SlotSet("soc", None),
                SlotSet("occupation_title", None),
            ]
            offered.append(buttons.button("more_jobs", "more"))
            dispatcher.utter_message(text=f"{text}\n{note}".strip(), buttons=offered)
            if statewide and not more:
                dispatcher.utter_message(response="utter_explore_narrow")
        # A new list keeps its own ranking for "more"; no ranking asked means the default.
        events.append(SlotSet("explore_offset", float(offset)))
        if not more:
            events.append(SlotSet("sort", sort))
        return events
