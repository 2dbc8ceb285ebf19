"""Follow-ups about the last answer: per hour or year, "is that good money?", "how long?", words.

Each one works from the job and area the conversation already confirmed, in any order after
a pay, pathway or explore answer; with no job yet, it asks for one.
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions import buttons
from actions.answering import answer_or_apologise, confirmed
from actions.db import in_occupations
from actions.forms import confirm_occupation, confirm_place
from actions.mentions import mentions_of
from actions.pathway import routes_for
from actions.replies import good_money_text, wage_unit_text
from actions.route_answer import how_long_answer, licence_answer
from occupations import api
from occupations.mentions import ACTIVITY
from occupations.places import STATE
from occupations.text import unit_asked

ALL_OCCUPATIONS = "00-0000"
# Words that name a term, and the response that explains it (longest first).
TERMS: list[tuple[str, str]] = [
    ("community college", "utter_term_community_college"),
    ("on the job", "utter_term_on_the_job"),
    ("trade school", "utter_term_trade_school"),
    ("apprentice", "utter_term_apprenticeship"),
    ("certificat", "utter_term_certificate"),
    ("cert", "utter_term_certificate"),
    ("associate", "utter_term_associate"),
    ("2 year degree", "utter_term_associate"),
    ("two year degree", "utter_term_associate"),
    ("bachelor", "utter_term_bachelor"),
    ("4 year degree", "utter_term_bachelor"),
    ("licens", "utter_term_license"),
    ("licenc", "utter_term_license"),
    ("fafsa", "utter_term_fafsa"),
    ("financial aid", "utter_term_fafsa"),
]


# "do i need a license", "is there a license for that": the job's licence, not the word.
ABOUT_THE_JOB = re.compile(
    r"\b(?:need|needs|is there|are there|get|getting|have to|required|require|for (?:it|that|this)"
    r"|do (?:i|you|they))\b"
)


def term_response(text: str) -> str:
    """The glossary response for the word the student asked about."""
    lowered = " ".join(text.lower().replace("-", " ").replace("'", "").split())
    for word, response in TERMS:
        if word in lowered:
            return response
    return "utter_term_unknown"


def _named(tracker: Tracker, label: str) -> str | None:
    """The job or place this message names, if any (the slot may already hold its words)."""
    for entity in tracker.latest_message.get("entities") or []:
        value = entity.get("value")
        if entity.get("entity") == label and isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _named_job(tracker: Tracker) -> str | None:
    return _named(tracker, "occupation")


Where = dict[str, str | None]  # the area_code and place to answer for


class AboutTheLastJob(Action, ABC):
    """A follow-up on the confirmed job; with no job yet, ask which one first."""

    # The form that asks "which one?" when this message names a job that needs it.
    form_for_a_new_job = "pay_form"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """Answer about the job named in this message, else the confirmed one, or ask for one.

        "i wanna be a nurse, how long is the training" after an electrician answer is about
        nurses: a job named now is confirmed first, and when it needs a "which one?", the
        question's own form asks it.
        """
        events: list[EventType] = []
        soc = confirmed(tracker, "soc")
        named = _named_job(tracker)
        if named is None and soc is None:
            # "camp shelby is hiring security guards" then "whats that pay per year": the
            # job named before, not yet confirmed, is the one asked about.
            named = tracker.get_slot("occupation") or None
        if named is not None:
            found: dict[str, object] = {}
            async with answer_or_apologise(dispatcher):
                found = await confirm_occupation(named, tracker)
            if not found.get("soc"):
                return [FollowupAction(self.form_for_a_new_job)] if found else []
            soc = str(found["soc"])
            events = [SlotSet(key, value) for key, value in found.items()]
        if soc is None and any(
            m.label == ACTIVITY for m in await mentions_of(tracker.latest_message.get("text") or "")
        ):
            # "fast food pay per hour in hazlehurst": a workplace or what someone does, whose
            # jobs the question's form reads from the message (and offers when several).
            return [FollowupAction(self.form_for_a_new_job)]
        if soc is None:
            dispatcher.utter_message(response="utter_ask_which_job_first")
            return []
        # "bartender hourly pay in oxford": the place named now, else the confirmed one.
        where: Where = {"area_code": confirmed(tracker, "area_code"),
                        "place": confirmed(tracker, "place")}  # fmt: skip
        place = _named(tracker, "place")
        if place is not None:
            found_place: dict[str, object] = {}
            async with answer_or_apologise(dispatcher):
                found_place = await confirm_place(place, tracker)
            if found_place.get("area_code"):
                where = {"area_code": str(found_place["area_code"]), "place": place}
                events += [SlotSet(key, value) for key, value in found_place.items()]
        async with answer_or_apologise(dispatcher):
            await self.answer(dispatcher, tracker, soc, where)
        return events

    @abstractmethod
    async def answer(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, soc: str, where: Where
    ) -> None:
        """Send the answer for ``soc`` where the student asked."""


class ActionTellWageUnit(AboutTheLastJob):
    """The last pay answer again, per hour, week, month or year."""

    def name(self) -> str:
        """Rasa's name for this action."""
        return "action_tell_wage_unit"

    async def answer(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, soc: str, where: Where
    ) -> None:
        """Answer from the confirmed job and area (the state when no area is known)."""
        area_code = where["area_code"] or STATE
        unit = unit_asked(tracker.latest_message.get("text") or "")
        report = await in_occupations(lambda s: api.wages(session=s, soc=soc, area_code=area_code))
        dispatcher.utter_message(text=wage_unit_text(report, unit))


class ActionTellGoodMoney(AboutTheLastJob):
    """The job's middle pay beside the middle pay of all jobs in the same area."""

    def name(self) -> str:
        """Rasa's name for this action."""
        return "action_tell_good_money"

    async def answer(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, soc: str, where: Where
    ) -> None:
        """Compare with OEWS's All Occupations median for the area."""
        area_code = where["area_code"] or STATE
        job = await in_occupations(lambda s: api.wages(session=s, soc=soc, area_code=area_code))
        overall = await in_occupations(
            lambda s: api.wages(session=s, soc=ALL_OCCUPATIONS, area_code=area_code)
        )
        dispatcher.utter_message(
            text=good_money_text(job, overall),
            buttons=[buttons.button("get_in", "ask_pathway")],
        )


class ActionTellHowLong(AboutTheLastJob):
    """How long the usual way in takes: school after high school and training on the job."""

    def name(self) -> str:
        """Rasa's name for this action."""
        return "action_tell_how_long"

    form_for_a_new_job = "pathway_form"

    async def answer(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, soc: str, where: Where
    ) -> None:
        """Answer from the same routes as "how do I get in", so the two never disagree."""
        area_code, place = where["area_code"], where["place"]
        found = await in_occupations(lambda s: routes_for(s, soc, area_code, place))
        dispatcher.utter_message(
            text=how_long_answer(found),
            buttons=[buttons.button("what_pay", "ask_pay")],
        )


class ActionExplainTerm(Action):
    """A short explanation of a school or training word, from the domain's responses."""

    def name(self) -> str:
        """Rasa's name for this action."""
        return "action_explain_term"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """Pick the response for the word in the student's message.

        "is there a license for it?" after a job is about that job's licence, not the word.
        """
        text = tracker.latest_message.get("text") or ""
        response = term_response(text)
        if response == "utter_term_unknown" and _named_job(tracker):
            # "what is a cost estimator": a job, not a school word; what the job does.
            return [FollowupAction("describe_form")]
        soc = confirmed(tracker, "soc")
        if response == "utter_term_license" and soc and ABOUT_THE_JOB.search(text.lower()):
            area_code, place = confirmed(tracker, "area_code"), confirmed(tracker, "place")
            async with answer_or_apologise(dispatcher):
                found = await in_occupations(lambda s: routes_for(s, soc, area_code, place))
                dispatcher.utter_message(text=licence_answer(found), buttons=_next())
            return []
        dispatcher.utter_message(response=response)
        return []


def _next() -> list[buttons.Button]:
    return [buttons.button("get_in", "ask_pathway"), buttons.button("what_pay", "ask_pay")]
