from __future__ import annotations

import re

import pytest

from actions.forms import ValidatePayForm
from actions.pay import ActionTellWage, ActionTellWageAtOnce
from tests.actions.conftest import make_tracker, payloads, run_action, texts

HATTIESBURG = "0025620"
ELECTRICIANS = "47-2111"
FORM_DOMAIN = {"forms": {"pay_form": {"required_slots": ["occupation", "place"]}}, "slots": {}}
AREAS = ["0025060", "0025620", "0027140", "0032820", "2800005", "2800006", "2800007", "2800008"]


async def test_wage_in_hattiesburg_quotes_published_median() -> None:
    messages, _ = await run_action(
        ActionTellWage(), make_tracker({"soc": ELECTRICIANS, "area_code": HATTIESBURG})
    )
    text = texts(messages)
    assert "$48,580 a year ($23.35 an hour)" in text
    assert "the Hattiesburg area" in text
    assert "BLS OEWS, May 2025" in text


async def test_wage_shows_middle_range_head_count_and_statewide() -> None:
    messages, _ = await run_action(
        ActionTellWage(), make_tracker({"soc": ELECTRICIANS, "area_code": HATTIESBURG})
    )
    text = texts(messages)
    assert re.search(r"between \$[\d,]+ and \$[\d,]+", text)
    assert re.search(r"About [\d,]+ people", text)
    assert re.search(r"In all of Mississippi: \$[\d,]+ a year", text)


@pytest.mark.parametrize("area_code", AREAS)
async def test_wage_answers_in_every_oews_area_without_jargon(area_code: str) -> None:
    messages, _ = await run_action(
        ActionTellWage(), make_tracker({"soc": "53-3032", "area_code": area_code})
    )
    text = texts(messages)
    assert "$" in text and "BLS OEWS, May 2025" in text
    assert "53-3032" not in text and area_code not in text
    assert "OEWS area" not in text and "SOC" not in text


async def test_teacher_pay_says_only_yearly_figures_exist() -> None:
    messages, _ = await run_action(
        ActionTellWage(), make_tracker({"soc": "25-2021", "area_code": "0027140"})
    )
    text = texts(messages)
    assert "a year" in text and "an hour" not in text
    assert "only yearly pay" in text


async def test_wage_where_bls_publishes_nothing_says_so_and_offers_statewide() -> None:
    messages, _ = await run_action(
        ActionTellWage(), make_tracker({"soc": "29-1215", "area_code": HATTIESBURG})
    )
    text = texts(messages)
    assert "doesn't publish pay" in text
    assert "Mississippi" in text or "U.S." in text


async def test_wage_buttons_offer_next_steps() -> None:
    messages, _ = await run_action(
        ActionTellWage(), make_tracker({"soc": ELECTRICIANS, "area_code": HATTIESBURG})
    )
    assert [b["payload"] for b in messages[0]["buttons"]] == [
        "/ask_pathway",
        "/ask_describe",
        "/explore",
    ]


async def test_wage_with_database_down_apologises(
    monkeypatch: pytest.MonkeyPatch, tmp_path
) -> None:
    monkeypatch.setenv("CAREERBOT_OCCUPATIONS_DB_URL", f"sqlite:///{tmp_path}/missing/x.sqlite")
    messages, events = await run_action(
        ActionTellWage(), make_tracker({"soc": ELECTRICIANS, "area_code": HATTIESBURG})
    )
    assert messages == [{**messages[0], "response": "utter_database_down"}] and events == []


async def test_wage_without_confirmed_job_asks_for_it() -> None:
    messages, _ = await run_action(ActionTellWage(), make_tracker({"area_code": HATTIESBURG}))
    assert messages[0]["response"] == "utter_ask_occupation"


# One action call for a pay question naming both the job and the place (issue 10 point 6).
def _at_once(slots: dict[str, object], text: str, **kwargs: object):  # type: ignore[no-untyped-def]
    return make_tracker(slots, intent="ask_pay", text=text, **kwargs)  # type: ignore[arg-type]


def _slots(events: list[dict]) -> dict[str, object]:  # type: ignore[type-arg]
    return {event["name"]: event["value"] for event in events if event["event"] == "slot"}


async def test_at_once_confirms_both_and_answers_in_the_same_call() -> None:
    tracker = _at_once({"occupation": "electricians", "place": "hattiesburg"},
                       "how much do electricians make in hattiesburg")  # fmt: skip
    messages, events = await run_action(ActionTellWageAtOnce(), tracker)
    text = texts(messages)
    assert "Electricians in the Hattiesburg area: the middle pay is $48,580 a year" in text
    assert "BLS OEWS, May 2025" in text
    slots = _slots(events)
    assert slots["soc"] == ELECTRICIANS and slots["area_code"] == HATTIESBURG
    assert slots["occupation_title"] == "Electricians" and slots["place"] == "hattiesburg"
    assert not [event for event in events if event["event"] in ("followup", "active_loop")]
    assert payloads(messages) == ["/ask_pathway", "/ask_describe", "/explore"]


async def test_at_once_sets_what_the_pay_form_would_have_set() -> None:
    said = {"occupation": "electricians", "place": "hattiesburg"}
    text = "how much do electricians make in hattiesburg"
    _, direct = await run_action(ActionTellWageAtOnce(), _at_once(said, text))
    form_tracker = make_tracker(
        {**said, "requested_slot": None}, intent="ask_pay", text=text,
        events=[{"event": "user", "text": text}]
        + [{"event": "slot", "name": name, "value": value} for name, value in said.items()],
    )  # fmt: skip
    _, validated = await run_action(ValidatePayForm(), form_tracker, FORM_DOMAIN)
    form = {k: v for k, v in _slots(validated).items() if k != "requested_slot"}
    assert _slots(direct) == form


@pytest.mark.parametrize(
    ("slots", "text"),
    [
        ({"occupation": "engineers", "place": "jackson"}, "how much do engineers make in jackson"),
        ({"occupation": "welders", "place": "atlantis"}, "how much do welders make in atlantis"),
        ({"occupation": "xqzv blorp", "place": "tupelo"}, "how much do xqzv blorp make in tupelo"),
        (
            {"occupation": "fixing cars", "place": "jackson"},
            "how much do people make fixing cars in jackson",
        ),
    ],
)
async def test_at_once_hands_an_unclear_job_or_place_to_the_form_untouched(
    slots: dict[str, object], text: str
) -> None:
    messages, events = await run_action(ActionTellWageAtOnce(), _at_once(slots, text))
    assert messages == []
    assert events == [{"event": "followup", "timestamp": None, "name": "pay_form"}]


async def test_at_once_picks_from_the_choices_just_offered() -> None:
    tracker = _at_once(
        {"occupation": "the second one", "place": "jackson",
         "occupation_choices": ["17-2051|Civil Engineers", "17-2141|Mechanical Engineers"]},
        "the second one in jackson",
    )  # fmt: skip
    messages, events = await run_action(ActionTellWageAtOnce(), tracker)
    assert texts(messages).startswith("Mechanical Engineers in the Jackson metro area")
    assert _slots(events)["occupation_choices"] is None


async def test_at_once_ends_a_form_that_stepped_aside_for_it() -> None:
    slots = {"occupation": "plumbers", "place": "meridian", "requested_slot": "occupation"}
    text = "how much do plumbers make in meridian"
    tracker = _at_once(slots, text, active_loop="describe_form")
    messages, events = await run_action(ActionTellWageAtOnce(), tracker)
    said = texts(messages)
    assert "Plumbers" in said and "in southeast Mississippi: the middle pay" in said
    assert {"event": "active_loop", "timestamp": None, "name": None} in events
    assert _slots(events)["requested_slot"] is None


async def test_at_once_with_database_down_apologises(
    monkeypatch: pytest.MonkeyPatch, tmp_path
) -> None:
    monkeypatch.setenv("CAREERBOT_OCCUPATIONS_DB_URL", f"sqlite:///{tmp_path}/missing/x.sqlite")
    tracker = _at_once({"occupation": "electricians", "place": "hattiesburg"},
                       "how much do electricians make in hattiesburg")  # fmt: skip
    messages, events = await run_action(ActionTellWageAtOnce(), tracker)
    assert [message["response"] for message in messages] == ["utter_database_down"]
    assert events == []
