"""Pay where the student lives: at once when the question names both, else through the form."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict
from sqlalchemy.orm import Session

from actions import buttons
from actions.answering import answer_or_apologise, confirmed, latest_intent
from actions.db import in_occupations
from actions.forms import (
    known_area,
    misses_of,
    named_occupation,
    occupation_slots,
    place_slots,
    previous_message,
    said_of_the_talks_job,
)
from actions.language import note_spanish
from actions.mentions import mentions_in
from actions.replies import wage_text
from occupations import api
from occupations.errors import OccupationsError
from occupations.types import WageReport


def _wage_buttons() -> list[dict[str, str]]:
    return [
        buttons.button("get_in", "ask_pathway"),
        buttons.button("job_like", "ask_describe"),
        buttons.button("jobs_near_me", "explore"),
    ]


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
        area_code: str | None = None
        events: list[EventType] = []
        async with answer_or_apologise(dispatcher):
            area_code, events = await known_area(tracker)
        if soc is None or area_code is None:
            missing = "utter_ask_occupation" if soc is None else "utter_ask_place"
            dispatcher.utter_message(response=missing)
            return []
        async with answer_or_apologise(dispatcher):
            report = await in_occupations(
                lambda s: api.wages(session=s, soc=soc, area_code=area_code)
            )
            dispatcher.utter_message(text=wage_text(report), buttons=_wage_buttons())
        return events


Found = tuple[dict[str, Any], dict[str, Any], WageReport | OccupationsError | None]


def _pay_at_once(session: Session, *, tracker: Tracker) -> Found:
    """The job's slots, the place's slots and the wages when both are clear (one session)."""
    text = tracker.latest_message.get("text") or ""
    soc, title = tracker.get_slot("soc"), tracker.get_slot("occupation_title")
    if said_of_the_talks_job(mentions_in(text), text, soc, title):
        value: Any = title  # "like the funeral home guy": the job just answered
    else:
        value = named_occupation(
            text, latest_intent(tracker), tracker.get_slot("occupation"), talk_job=bool(soc)
        )
    job = occupation_slots(
        session,
        value,
        tracker.get_slot("occupation_choices") or [],
        misses_of(tracker, "occupation_misses"),
        said=text,
        before=previous_message(tracker),
    )
    if not job.get("soc"):
        return job, {}, None
    where = place_slots(session, tracker.get_slot("place"), misses_of(tracker, "place_misses"))
    if not where.get("area_code"):
        return job, where, None
    try:
        return job, where, api.wages(session=session, soc=job["soc"], area_code=where["area_code"])
    except OccupationsError as error:
        return job, where, error


class ActionTellWageAtOnce(Action):
    """A pay question naming the job and the place: confirm both and answer in one call.

    The rule for ``ask_pay`` with both entities runs this instead of ``pay_form`` and
    ``action_tell_wage`` (two action-server round trips). When the job or the place is not
    clear (a "which one?" choice, an unknown town), it hands over to ``pay_form`` untouched,
    which asks exactly as it does for any pay question.
    """

    def name(self) -> str:
        """Rasa's name for this action."""
        return "action_tell_wage_at_once"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """Answer, or hand over to the form."""
        found: Found | None = None
        async with answer_or_apologise(dispatcher):
            found = await in_occupations(lambda s: _pay_at_once(s, tracker=tracker))
        if found is None:  # the database is down: apologised
            return []
        job, where, report = found
        if report is None:
            return [FollowupAction("pay_form")]
        events: list[EventType] = [SlotSet(key, value) for key, value in {**job, **where}.items()]
        events += note_spanish(dispatcher, tracker)
        if tracker.active_loop.get("name"):  # a form that stepped aside for this question
            events += [ActiveLoop(None), SlotSet("requested_slot", None)]
        async with answer_or_apologise(dispatcher):
            if isinstance(report, OccupationsError):
                raise report
            dispatcher.utter_message(text=wage_text(report), buttons=_wage_buttons())
        return events
