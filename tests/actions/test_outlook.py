"""The job outlook (BLS Employment Projections) against the real database."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from actions.outlook import ActionTellOutlook, ValidateOutlookForm, openings_words, percent_words
from tests.actions.conftest import make_tracker, payloads, run_action, shown


async def test_growing_job_gets_its_growth_and_openings_with_the_source() -> None:
    messages, events = await run_action(
        ActionTellOutlook(), make_tracker({"soc": "47-2111"}, intent="ask_outlook")
    )
    text = shown(messages)
    assert text.startswith("Electricians: across the U.S., BLS expects this job to grow 9.5%")
    assert "from 2024 to 2034" in text and "About 81,000 jobs open up each year" in text
    assert text.endswith("Source: BLS Employment Projections, 2024-34.")
    assert payloads(messages) == ["/ask_pay", "/ask_pathway"] and events == []


async def test_shrinking_job_says_shrink_and_still_gives_openings() -> None:
    messages, _ = await run_action(
        ActionTellOutlook(), make_tracker({"soc": "43-9022"}, intent="ask_outlook")
    )
    text = shown(messages)
    assert "expects this job to shrink 36.1% from 2024 to 2034" in text
    assert re.search(r"About [\d,]+ jobs still open up each year", text)


async def test_every_figure_is_the_databases_own(occupations_db_url: str) -> None:
    from occupations import api
    from occupations.db import session_scope

    with session_scope(occupations_db_url) as session:
        pathway = api.pathway(session=session, soc="29-1141")
    messages, _ = await run_action(
        ActionTellOutlook(), make_tracker({"soc": "29-1141"}, intent="ask_outlook")
    )
    text = shown(messages)
    assert pathway.growth_percent is not None and pathway.annual_openings is not None
    assert percent_words(pathway.growth_percent) in text
    assert openings_words(pathway.annual_openings) in text


def test_figures_are_worded_plainly() -> None:
    assert openings_words(Decimal("81.0")) == "81,000"
    assert openings_words(Decimal("0.3")) == "300"
    assert percent_words(Decimal("-36.1")) == "36.1%"
    assert percent_words(Decimal("10.0")) == "10%"


async def test_without_a_confirmed_job_it_asks_for_one() -> None:
    messages, _ = await run_action(ActionTellOutlook(), make_tracker(intent="ask_outlook"))
    assert [message["response"] for message in messages] == ["utter_ask_occupation"]


async def test_database_down_apologises(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("CAREERBOT_OCCUPATIONS_DB_URL", f"sqlite:///{tmp_path}/missing/x.sqlite")
    messages, _ = await run_action(
        ActionTellOutlook(), make_tracker({"soc": "47-2111"}, intent="ask_outlook")
    )
    assert [message["response"] for message in messages] == ["utter_database_down"]


async def test_outlook_form_confirms_the_job_and_steps_aside_for_another_question() -> None:
    domain = {"forms": {"outlook_form": {"required_slots": ["occupation"]}}, "slots": {}}
    said = "is welding a growing field"
    tracker = make_tracker(
        {"occupation": "welders", "requested_slot": None}, intent="ask_outlook", text=said,
        events=[{"event": "user", "text": said},
                {"event": "slot", "name": "occupation", "value": "welders"}],
    )  # fmt: skip
    _, events = await run_action(ValidateOutlookForm(), tracker, domain)
    slots = {event["name"]: event["value"] for event in events if event["event"] == "slot"}
    assert slots["soc"] == "51-4121"
    other = make_tracker(
        {"requested_slot": "occupation"}, intent="ask_pay", active_loop="outlook_form"
    )
    _, events = await run_action(ValidateOutlookForm(), other, domain)
    assert [event["event"] for event in events] == ["action_execution_rejected"]
