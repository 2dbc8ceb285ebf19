from __future__ import annotations

from pathlib import Path

import pytest

from actions.forms import (
    ValidateCompareForm,
    ValidatePayForm,
    confirm_occupation,
    confirm_place,
    pick_choice,
    with_head,
)
from tests.actions.conftest import make_tracker, run_action

DOMAIN = {"forms": {"pay_form": {"required_slots": ["occupation", "place"]},
                    "compare_form": {"required_slots": ["occupation", "occupation_b", "place"]}},
          "slots": {}}  # fmt: skip


async def test_misspelt_job_is_confirmed_as_electricians() -> None:
    slots = await confirm_occupation("electrition", make_tracker())
    assert slots["soc"] == "47-2111" and slots["occupation_title"] == "Electricians"


async def test_student_abbreviations_resolve() -> None:
    for word, soc in [("rn", "29-1141"), ("cna", "31-1131"), ("cdl", "53-3032")]:
        slots = await confirm_occupation(word, make_tracker())
        assert slots["soc"] == soc, word


async def test_ambiguous_job_offers_choices_instead_of_guessing() -> None:
    slots = await confirm_occupation("engineer", make_tracker())
    assert slots["occupation"] is None and slots["soc"] is None
    assert len(slots["occupation_choices"]) >= 2
    assert all("|" in choice for choice in slots["occupation_choices"])


async def test_choice_by_number_picks_that_occupation() -> None:
    choices = ["17-2071|Electrical Engineers", "17-2051|Civil Engineers"]
    slots = await confirm_occupation(
        "the second one", make_tracker({"occupation_choices": choices})
    )
    assert slots["soc"] == "17-2051" and slots["occupation_choices"] is None


def test_choice_by_title_from_a_button() -> None:
    assert pick_choice("Electrical Engineers", ["17-2071|Electrical Engineers"]) == (
        "17-2071",
        "Electrical Engineers",
    )
    assert pick_choice("plumber", ["17-2071|Electrical Engineers"]) is None


def test_a_word_from_one_offered_title_picks_it() -> None:
    teachers = [
        "25-2021|Elementary School Teachers, Except Special Education",
        "25-2031|Secondary School Teachers, Except Special and Career/Technical Education",
        "25-2022|Middle School Teachers, Except Special and Career/Technical Education",
    ]
    assert pick_choice("elementary", teachers)[0] == "25-2021"
    assert pick_choice("middle school", teachers)[0] == "25-2022"
    assert pick_choice("school", teachers) is None  # in every title: still ambiguous
    assert pick_choice("like elementary", teachers)[0] == "25-2021"  # words around it pick none


async def test_unknown_job_counts_a_miss() -> None:
    slots = await confirm_occupation("xqzv blorp", make_tracker({"occupation_misses": 1}))
    assert slots["occupation"] is None and slots["occupation_misses"] == 2


async def test_huge_message_is_not_searched() -> None:
    slots = await confirm_occupation("welder " * 500, make_tracker())
    assert slots == {"occupation": None, "soc": None}


async def test_coast_nickname_resolves_to_gulfport_biloxi() -> None:
    slots = await confirm_place("the coast", make_tracker())
    assert slots["area_code"] == "0025060" and "Gulfport" in slots["area_name"]


async def test_places_reach_all_eight_areas() -> None:
    places = {"hattiesburg": "0025620", "the coast": "0025060", "jackson": "0027140",
              "southaven": "0032820", "the delta": "2800005", "tupelo": "2800006",
              "natchez": "2800007", "meridian": "2800008"}  # fmt: skip
    for place, code in places.items():
        assert (await confirm_place(place, make_tracker()))["area_code"] == code, place


async def test_unknown_place_gets_suggestions() -> None:
    slots = await confirm_place("hattiesbrg", make_tracker())
    assert slots["area_code"] == "0025620" or slots["place_suggestions"]
    slots = await confirm_place("atlantis", make_tracker())
    assert slots["place"] is None and slots["area_code"] is None and slots["place_misses"] == 1


async def test_pay_form_confirms_both_slots_from_one_message() -> None:
    said = {"occupation": "electricians", "place": "hattiesburg"}
    tracker = make_tracker(
        {**said, "requested_slot": None},
        intent="ask_pay",
        events=[{"event": "user", "text": "how much do electricians make in hattiesburg"}]
        + [{"event": "slot", "name": name, "value": value} for name, value in said.items()],
    )
    _, events = await run_action(ValidatePayForm(), tracker, DOMAIN)
    slots = {event["name"]: event["value"] for event in events if event["event"] == "slot"}
    assert slots["soc"] == "47-2111" and slots["area_code"] == "0025620"


async def test_pay_form_steps_aside_when_the_student_asks_something_else() -> None:
    tracker = make_tracker(
        {"occupation": "plumber", "requested_slot": "place"},
        intent="ask_describe",
        active_loop="pay_form",
    )
    _, events = await run_action(ValidatePayForm(), tracker)
    assert events == [{"event": "action_execution_rejected", "timestamp": None,
                       "name": "pay_form", "policy": None, "confidence": None}]  # fmt: skip


async def test_compare_keeps_both_jobs_in_the_order_named() -> None:
    entities = [{"entity": "occupation", "value": "welders"},
                {"entity": "occupation", "value": "electricians"}]  # fmt: skip
    tracker = make_tracker(
        {"occupation": "electricians", "place": "biloxi", "requested_slot": None},
        intent="compare",
        entities=entities,
    )
    validator = ValidateCompareForm()
    extracted = await validator.extract_occupation_b(None, tracker, DOMAIN)
    assert extracted == {"occupation": "welders", "occupation_b": "electricians"}


async def test_compare_with_one_job_uses_the_one_asked_about_before() -> None:
    entities = [{"entity": "occupation", "value": "plumbers"}]
    tracker = make_tracker(
        {"occupation": "plumbers", "occupation_title": "Electricians", "soc": "47-2111"},
        intent="compare",
        entities=entities,
    )
    extracted = await ValidateCompareForm().extract_occupation_b(None, tracker, DOMAIN)
    assert extracted == {"occupation": "Electricians", "occupation_b": "plumbers"}


async def test_form_with_database_down_apologises_and_steps_aside(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("CAREERBOT_OCCUPATIONS_DB_URL", f"sqlite:///{tmp_path}/missing/x.sqlite")
    tracker = make_tracker(
        {"occupation": "welders", "requested_slot": None},
        intent="ask_pay",
        events=[{"event": "user", "text": "how much do welders make"},
                {"event": "slot", "name": "occupation", "value": "welders"}],
    )  # fmt: skip
    messages, events = await run_action(ValidatePayForm(), tracker, DOMAIN)
    assert messages[0]["response"] == "utter_database_down"
    assert events[-1]["event"] == "action_execution_rejected"


def test_a_list_of_different_jobs_lends_no_head_noun_to_a_word() -> None:
    listed = [
        "15-1252|Software Developers",
        "15-1211|Computer Systems Analysts",
        "15-1299|Computer Occupations, All Other",
    ]
    engineers = ["17-2051|Civil Engineers", "17-2071|Electrical Engineers"]
    # "cybersecurity" after a list of computer jobs is its own job, never "cybersecurity other".
    assert with_head("cybersecurity", listed) is None
    assert with_head("electrical", engineers) == "electrical engineer"
