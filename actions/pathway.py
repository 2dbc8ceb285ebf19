"""What it takes to get into a job, from the ranked routes: non-degree routes first."""

from __future__ import annotations

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict
from sqlalchemy.orm import Session

from actions import buttons
from actions.answering import answer_or_apologise, confirmed, latest_intent
from actions.db import in_occupations
from actions.route_answer import focus_of, route_answer
from occupations import api
from occupations.types import Place, Routes


def _route_buttons(focused: bool) -> list[buttons.Button]:
    """The next steps after a route answer: every way in (after one part), pay, the coach."""
    first = buttons.button("get_in", "ask_pathway") if focused else None
    return [
        *([first] if first else []),
        buttons.button("what_pay", "ask_pay"),
        *([] if focused else [buttons.button("job_like", "ask_describe")]),
        buttons.coach(),
    ]


def routes_for(session: Session, soc: str, area_code: str | None, place: str | None) -> Routes:
    """The routes measured from the student's town when it is known, else the area's centre."""
    where = None
    if place:
        resolved = api.resolve_place(session=session, text=place)
        if isinstance(resolved, Place) and (area_code is None or resolved.area.code == area_code):
            where = resolved
    if where is not None:
        return api.routes(session=session, soc=soc, place=where)
    return api.routes(session=session, soc=soc, area_code=area_code)


class ActionTellPathway(Action):
    """The ways in, fastest first, with the nearest program, licence and apprenticeship."""

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
        focus = focus_of(tracker.latest_message.get("text") or "")
        area_code = confirmed(tracker, "area_code")
        place = confirmed(tracker, "place")
        async with answer_or_apologise(dispatcher):
            found = await in_occupations(lambda s: routes_for(s, soc, area_code, place))
            answer = route_answer(found, need_college=need_college, focus=focus)
            dispatcher.utter_message(
                text=answer.text,
                buttons=_route_buttons(focus is not None),
                json_message={"card": answer.card},
            )
        return []
