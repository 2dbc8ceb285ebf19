"""Follow-ups after an answer, and the small dialogue bugs of issue 12 (point 8)."""

from __future__ import annotations

import pytest
from rasa_sdk.events import FollowupAction, SlotSet

from actions.asking import ActionAskPlace
from actions.compare import ActionCompare
from actions.explore import ActionExplore
from actions.followups import (
    ActionExplainTerm,
    ActionTellGoodMoney,
    ActionTellHowLong,
    ActionTellWageUnit,
    term_response,
)
from actions.forms import confirm_occupation, confirm_place
from actions.pay import ActionTellWage
from actions.place import ActionNotePlace
from occupations.text import unit_asked
from tests.actions.conftest import make_tracker, payloads, run_action, shown, texts

HATTIESBURG, ELECTRICIANS, PLUMBERS = "0025620", "47-2111", "47-2152"


async def test_out_of_state_zip_is_said_plainly_never_offered_as_a_button() -> None:
    tracker = make_tracker(intent="inform_place", text="90210")
    slots = await confirm_place("90210", tracker)
    assert slots["place_suggestions"] is None and slots["place_misses"] == 1
    asked = make_tracker(slots, intent="inform_place", text="90210")
    messages, _ = await run_action(ActionAskPlace(), asked)
    assert texts(messages) == "utter_zip_not_in_mississippi"
    assert payloads(messages) == []


async def test_pay_with_the_job_known_asks_only_where() -> None:
    messages, _ = await run_action(ActionTellWage(), make_tracker({"soc": ELECTRICIANS}))
    assert texts(messages) == "utter_ask_place"


async def test_compare_with_both_jobs_known_asks_only_where() -> None:
    tracker = make_tracker({"soc": ELECTRICIANS, "soc_b": PLUMBERS}, intent="compare")
    messages, _ = await run_action(ActionCompare(), tracker)
    assert texts(messages) == "utter_ask_place"


async def test_new_list_without_a_ranking_resets_the_one_more_pages_through() -> None:
    slots = {"area_code": HATTIESBURG, "area_name": "the Hattiesburg area", "sort": "pay"}
    _, events = await run_action(ActionExplore(), make_tracker(slots, intent="explore"))
    assert SlotSet("sort", None) in events


async def test_explore_without_a_place_answers_for_the_state_and_offers_to_narrow() -> None:
    messages, _ = await run_action(ActionExplore(), make_tracker({}, intent="explore"))
    text = texts(messages)
    assert text.startswith("Jobs in Mississippi:") and "1. " in text
    assert "utter_explore_narrow" in text


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("whats that per hour", "about $23.35 an hour"),
        ("how much is that a year", "$48,580 a year"),
        ("whats that a month", "about $4,048 a month ($48,580 a year divided by 12)"),
    ],
)
async def test_last_pay_answer_in_another_unit(said: str, expected: str) -> None:
    slots = {"soc": ELECTRICIANS, "area_code": HATTIESBURG}
    tracker = make_tracker(slots, intent="ask_wage_unit", text=said)
    messages, _ = await run_action(ActionTellWageUnit(), tracker)
    text = texts(messages)
    assert text.startswith("Electricians in the Hattiesburg area:") and expected in text
    assert "BLS OEWS, May 2025" in text


async def test_is_that_good_money_compares_with_all_jobs_in_the_area() -> None:
    slots = {"soc": ELECTRICIANS, "area_code": HATTIESBURG}
    messages, _ = await run_action(ActionTellGoodMoney(), make_tracker(slots))
    text = texts(messages)
    # Electricians $48,580; all occupations in the Hattiesburg area $37,750 (OEWS May 2025).
    assert text.startswith("Yes. Electricians make $48,580, well above most jobs there.")
    assert "all jobs in the Hattiesburg area is $37,750 a year" in text


async def test_how_long_says_school_then_training_from_the_bls_categories() -> None:
    messages, _ = await run_action(ActionTellHowLong(), make_tracker({"soc": ELECTRICIANS}))
    text = texts(messages)
    assert "a high school diploma" in text and "apprenticeship" in text
    assert "BLS Employment Projections" in text


async def test_how_long_after_a_route_answer_agrees_with_its_first_route() -> None:
    # RN: the route answer leads with the associate degree, so "how many years" must too
    # (it once said 4 years, from BLS's typical level alone).
    slots = {"soc": "29-1141", "area_code": HATTIESBURG, "place": "hattiesburg"}
    messages, _ = await run_action(ActionTellHowLong(), make_tracker(slots))
    text = texts(messages)
    assert text.startswith("Registered nurses can start with an associate degree")
    assert "How long: an associate degree, about 2 years" in text


async def test_follow_up_with_no_job_yet_asks_for_one() -> None:
    messages, _ = await run_action(ActionTellWageUnit(), make_tracker({}, text="per hour?"))
    assert texts(messages) == "utter_ask_which_job_first"


@pytest.mark.parametrize(
    ("said", "response"),
    [
        ("what's an apprenticeship?", "utter_term_apprenticeship"),
        ("whats a certificate", "utter_term_certificate"),
        ("what is an associate's degree", "utter_term_associate"),
        ("what is a licence", "utter_term_license"),
        ("whats community college", "utter_term_community_college"),
        ("how do i do the FAFSA", "utter_term_fafsa"),
        ("what is a thingamajig", "utter_term_unknown"),
    ],
)
async def test_glossary_words_get_their_explanation(said: str, response: str) -> None:
    assert term_response(said) == response
    messages, _ = await run_action(ActionExplainTerm(), make_tracker({}, text=said))
    assert texts(messages) == response


async def test_activity_offers_its_jobs_as_choices_never_picks_one(
    tmp_path, monkeypatch, occupations_session
) -> None:
    from careerbot.nlu_lookups import write_mentions
    from occupations.mentions import PATTERNS_FILE

    write_mentions(occupations_session, tmp_path / PATTERNS_FILE)
    monkeypatch.setenv("CAREERBOT_VAR_DIR", str(tmp_path))
    slots = await confirm_occupation("fixing cars", make_tracker({}))
    assert slots["soc"] is None
    assert "49-3023|Automotive Service Technicians and Mechanics" in slots["occupation_choices"]


async def test_activity_only_one_job_does_is_that_job_and_named(
    tmp_path, monkeypatch, occupations_session
) -> None:
    from careerbot.nlu_lookups import write_mentions
    from occupations.mentions import PATTERNS_FILE

    write_mentions(occupations_session, tmp_path / PATTERNS_FILE)
    monkeypatch.setenv("CAREERBOT_VAR_DIR", str(tmp_path))
    slots = await confirm_occupation("the people who draw blood", make_tracker({}))
    assert slots["soc"] == "31-9097"
    assert slots["occupation_title"] == "Phlebotomists"


async def test_place_named_outside_a_form_is_resolved_not_asked_again() -> None:
    tracker = make_tracker({"soc": ELECTRICIANS, "place": "long beach"})
    messages, events = await run_action(ActionTellWage(), tracker)
    assert texts(messages).startswith("Electricians in the Gulfport-Biloxi area: the middle pay")
    assert SlotSet("area_code", "0025060") in events


async def test_follow_up_naming_a_new_job_answers_for_that_job_not_the_last_one() -> None:
    # After an electrician answer: "i wanna be a welder how long is the training".
    tracker = make_tracker(
        {"soc": ELECTRICIANS, "occupation": "welder", "area_code": HATTIESBURG},
        intent="ask_how_long",
        text="i wanna be a welder how long is the training",
        entities=[{"entity": "occupation", "value": "welder"}],
    )
    messages, events = await run_action(ActionTellHowLong(), tracker)
    assert texts(messages).startswith("Most welders")
    assert SlotSet("soc", "51-4121") in events


async def test_follow_up_naming_a_job_that_needs_a_which_one_hands_over_to_the_form() -> None:
    tracker = make_tracker(
        {"soc": ELECTRICIANS, "area_code": HATTIESBURG},
        intent="ask_how_long",
        text="i wanna be a teacher how long is the training",
        entities=[{"entity": "occupation", "value": "teacher"}],
    )
    messages, events = await run_action(ActionTellHowLong(), tracker)
    assert messages == [] and events == [FollowupAction("pathway_form")]


async def test_is_there_a_license_after_a_job_names_that_jobs_licence() -> None:
    # Barbers need a state licence (CareerOneStop); the glossary's definition answered before.
    slots = {"soc": "39-5011", "area_code": HATTIESBURG, "place": "hattiesburg"}
    tracker = make_tracker(slots, intent="ask_term", text="is there a license for that")
    messages, _ = await run_action(ActionExplainTerm(), tracker)
    text = texts(messages)
    assert "utter_term_license" not in text and "Source" in text and "CareerOneStop" in text


async def test_what_is_a_license_still_explains_the_word() -> None:
    tracker = make_tracker({"soc": "39-5011"}, intent="ask_term", text="what is a license")
    messages, _ = await run_action(ActionExplainTerm(), tracker)
    assert texts(messages) == "utter_term_license"


@pytest.mark.parametrize(
    ("said", "named"),
    [("what about in new orleans", "New Orleans, Louisiana"), ("mobile al", "Mobile, Alabama")],
)
async def test_place_outside_mississippi_after_a_wage_answer_says_so_and_offers_state_and_nation(
    said: str, named: str
) -> None:
    slots = await confirm_place(said, make_tracker(intent="inform_place", text=said))
    assert slots["area_code"] is None and slots["place_outside"] == named
    asked = make_tracker(
        {**slots, "soc": ELECTRICIANS}, intent="inform_place", text=said, active_loop="pay_form"
    )
    messages, events = await run_action(ActionAskPlace(), asked)
    shown_text = shown(messages)
    assert shown_text.startswith(f"{named} is outside Mississippi")
    assert "couldn't find" not in shown_text
    assert payloads(messages) == [
        '/inform_place{"place": "Mississippi"}',
        '/inform_place{"place": "the U.S."}',
    ]
    assert SlotSet("place_outside", None) in events


async def test_the_whole_us_button_after_an_outside_place_answers_nationally() -> None:
    slots = await confirm_place("the U.S.", make_tracker(intent="inform_place"))
    assert slots["area_code"] == "0000000"
    messages, _ = await run_action(ActionTellWage(), make_tracker({"soc": ELECTRICIANS, **slots}))
    assert "U.S." in texts(messages) and "$" in texts(messages)


async def test_north_mississippi_after_a_wage_question_asks_which_area_never_answers_one() -> None:
    said = "what about up in north ms"
    slots = await confirm_place(said, make_tracker(intent="inform_place", text=said))
    assert slots["area_code"] is None and slots["place_region"] == "North Mississippi"
    asked = make_tracker(
        {**slots, "soc": ELECTRICIANS}, intent="inform_place", text=said, active_loop="pay_form"
    )
    messages, events = await run_action(ActionAskPlace(), asked)
    assert shown(messages).startswith("North Mississippi covers more than one area")
    assert "$" not in shown(messages)
    assert payloads(messages) == [
        '/inform_place{"place": "DeSoto County area"}',
        '/inform_place{"place": "Northeast Mississippi"}',
        '/inform_place{"place": "The Delta"}',
    ]
    assert SlotSet("place_region", None) in events


async def test_a_region_on_its_own_asks_which_of_its_areas() -> None:
    messages, events = await run_action(
        ActionNotePlace(), make_tracker(intent="inform_place", text="im from south ms")
    )
    assert shown(messages).startswith("South Mississippi covers more than one area")
    assert len(payloads(messages)) == 4
    assert SlotSet("place_region", None) in events and SlotSet("area_code", None) in events


async def test_what_is_a_job_asked_as_a_school_word_describes_the_job() -> None:
    said = "what is a cost estimator"
    tracker = make_tracker(
        intent="ask_term", text=said, entities=[{"entity": "occupation", "value": "cost estimator"}]
    )
    messages, events = await run_action(ActionExplainTerm(), tracker)
    assert messages == []
    assert FollowupAction("describe_form") in events


async def test_a_school_word_is_still_explained_when_a_job_is_named_too() -> None:
    said = "whats an apprenticeship for electricians"
    tracker = make_tracker(
        intent="ask_term", text=said, entities=[{"entity": "occupation", "value": "electricians"}]
    )
    messages, _ = await run_action(ActionExplainTerm(), tracker)
    assert texts(messages) == "utter_term_apprenticeship"


async def test_a_town_named_like_a_county_elsewhere_asks_which_one_then_answers_the_town() -> None:
    said = "how much do electricians make in quitman"
    slots = await confirm_place("quitman", make_tracker(intent="ask_pay", text=said))
    assert slots["area_code"] is None and slots["place_region"] == "Quitman"
    asked = make_tracker(
        {**slots, "soc": ELECTRICIANS}, intent="ask_pay", text=said, active_loop="pay_form"
    )
    messages, _ = await run_action(ActionAskPlace(), asked)
    assert shown(messages).startswith("There's a town called Quitman and a Quitman County")
    assert "$" not in shown(messages)
    assert payloads(messages) == [
        '/inform_place{"place": "Quitman (Clarke County)"}',
        '/inform_place{"place": "Quitman County"}',
    ]
    town = await confirm_place("Quitman (Clarke County)", make_tracker(intent="inform_place"))
    assert town["area_code"] == "2800008"  # southeast Mississippi, not the Delta
    answer, _ = await run_action(ActionTellWage(), make_tracker({"soc": ELECTRICIANS, **town}))
    assert "$" in texts(answer)


@pytest.mark.parametrize(
    ("said", "unit"),
    [
        ("like per year not hourly", "year"),
        ("yearly instead of by the hour", "year"),
        ("whats that per hr", "hour"),
        ("whats that for three months", "month"),  # "three" holds no "hr"
        ("and weekly?", "week"),
    ],
)
def test_the_unit_asked_is_never_one_turned_down(said: str, unit: str) -> None:
    assert unit_asked(said) == unit
