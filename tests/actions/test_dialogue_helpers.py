from __future__ import annotations

from actions.asking import ActionAskOccupation, ActionAskPlace
from actions.fallback import (
    ActionDefaultAskAffirmation,
    ActionDefaultFallback,
    ActionNotUnderstood,
)
from actions.place import ActionNotePlace
from tests.actions.conftest import make_tracker, payloads, run_action, shown


async def test_ambiguous_job_is_asked_with_buttons() -> None:
    choices = ["17-2071|Electrical Engineers", "17-2051|Civil Engineers"]
    messages, _ = await run_action(
        ActionAskOccupation(), make_tracker({"occupation_choices": choices})
    )
    assert shown(messages) == "Which one do you mean?"
    assert payloads(messages) == [
        '/inform_occupation{"occupation": "Electrical Engineers"}',
        '/inform_occupation{"occupation": "Civil Engineers"}',
    ]


async def test_second_unknown_job_offers_the_coach() -> None:
    messages, _ = await run_action(ActionAskOccupation(), make_tracker({"occupation_misses": 2}))
    assert "/request_coach" in payloads(messages)


async def test_place_question_is_plain_the_first_time() -> None:
    messages, _ = await run_action(ActionAskPlace(), make_tracker())
    assert messages[0]["response"] == "utter_ask_place"


async def test_unknown_place_is_asked_again_with_suggestions() -> None:
    messages, events = await run_action(
        ActionAskPlace(), make_tracker({"place_suggestions": ["Tupelo"], "place_misses": 1})
    )
    assert payloads(messages) == ['/inform_place{"place": "Tupelo"}']
    assert events[0]["name"] == "place_suggestions" and events[0]["value"] is None


async def test_place_said_on_its_own_is_remembered() -> None:
    tracker = make_tracker(
        intent="inform_place",
        text="i go to starkville high school",
        entities=[{"entity": "place", "value": "starkville high school"}],
    )
    messages, events = await run_action(ActionNotePlace(), tracker)
    slots = {event["name"]: event["value"] for event in events}
    assert slots["area_code"] == "2800006"
    assert shown(messages) == "Got it: Northeast Mississippi. What job do you want to know about?"


async def test_fallback_suggests_likely_meanings_as_buttons() -> None:
    ranking = [{"name": "nlu_fallback", "confidence": 0.4}, {"name": "ask_pay", "confidence": 0.3},
               {"name": "explore", "confidence": 0.2}]  # fmt: skip
    messages, _ = await run_action(ActionDefaultAskAffirmation(), make_tracker(ranking=ranking))
    assert payloads(messages) == ["/ask_pay", "/explore", "/deny"]


async def test_last_fallback_offers_the_coach() -> None:
    messages, events = await run_action(ActionDefaultFallback(), make_tracker())
    assert messages[0]["response"] == "utter_default"
    assert events == [{"event": "rewind", "timestamp": None}]


def _said(intent: str) -> dict[str, object]:
    return {"event": "user", "text": "x", "parse_data": {"intent": {"name": intent}}}


async def test_first_gibberish_shows_how_to_ask() -> None:
    tracker = make_tracker(intent="gibberish", events=[_said("greet"), _said("gibberish")])
    messages, _ = await run_action(ActionNotUnderstood(), tracker)
    assert messages[0]["response"] == "utter_gibberish"


async def test_second_gibberish_in_a_row_offers_the_coach() -> None:
    tracker = make_tracker(intent="gibberish", events=[_said("gibberish"), _said("gibberish")])
    messages, _ = await run_action(ActionNotUnderstood(), tracker)
    assert messages[0]["response"] == "utter_offer_coach"
