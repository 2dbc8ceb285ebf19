"""Spanish questions: recognised as Spanish, answered, with one short note in Spanish."""

from __future__ import annotations

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.forms import ValidatePayForm
from actions.language import is_spanish, note_spanish
from actions.pay import ActionTellWageAtOnce
from tests.actions.conftest import make_tracker, run_action, shown


@pytest.mark.parametrize(
    "said",
    ["cuanto gana un electricista en jackson", "como me hago enfermera",
     "que hace un soldador", "cuánto ganan los plomeros en Biloxi"],
)  # fmt: skip
def test_common_spanish_questions_are_recognised_as_spanish(said: str) -> None:
    assert is_spanish(said)


@pytest.mark.parametrize(
    "said",
    ["how much do electricians make in jackson", "what about los angeles or las vegas",
     "el paso", "si", "how do i become a nurse", "como"],
)  # fmt: skip
def test_english_questions_and_spanish_place_names_are_not_spanish(said: str) -> None:
    assert not is_spanish(said)


def test_spanish_note_is_sent_once_per_talk() -> None:
    dispatcher = CollectingDispatcher()
    said = "cuanto gana un electricista en jackson"
    events = note_spanish(dispatcher, make_tracker(text=said))
    assert [m["response"] for m in dispatcher.messages] == ["utter_spanish_note"]
    assert "español" in shown(dispatcher.messages)
    assert dispatcher.messages[0]["buttons"][0]["payload"] == "/request_coach"
    again = CollectingDispatcher()
    assert note_spanish(again, make_tracker({"spanish_noted": True}, text=said)) == []
    assert again.messages == [] and events[0]["name"] == "spanish_noted"


async def test_spanish_pay_question_is_answered_for_the_job_with_the_note() -> None:
    said = "cuanto gana un electricista en jackson"
    tracker = make_tracker(
        {"occupation": "electrician", "place": "jackson"}, intent="ask_pay", text=said
    )
    messages, _ = await run_action(ActionTellWageAtOnce(), tracker)
    text = shown(messages)
    assert "Pronto voy a hablar español" in text
    assert "Electricians in" in text and "Jackson" in text and "$" in text


async def test_spanish_question_through_a_form_gets_the_note_before_the_form_asks() -> None:
    tracker = make_tracker(
        {"occupation": "electrician", "requested_slot": None},
        intent="ask_pay",
        text="cuanto gana un electricista",
        events=[{"event": "slot", "name": "occupation", "value": "electrician"}],
    )
    domain = {"forms": {"pay_form": {"required_slots": ["occupation", "place"]}}, "slots": {}}
    messages, events = await run_action(ValidatePayForm(), tracker, domain)
    assert [m.get("response") for m in messages] == ["utter_spanish_note"]
    slots = {e["name"]: e["value"] for e in events if e["event"] == "slot"}
    assert slots["soc"] == "47-2111" and slots["spanish_noted"] is True
