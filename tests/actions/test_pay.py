from __future__ import annotations

import re

import pytest

from actions.pay import ActionTellWage
from tests.actions.conftest import make_tracker, run_action, texts

HATTIESBURG = "0025620"
ELECTRICIANS = "47-2111"
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
