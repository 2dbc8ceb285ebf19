from __future__ import annotations

import re

from actions.compare import ActionCompare
from actions.describe import ActionDescribeOccupation
from actions.explore import ActionExplore, sort_from
from actions.pathway import ActionTellPathway
from tests.actions.conftest import make_tracker, payloads, run_action, texts


async def test_need_college_for_electrician_is_a_straight_no_apprenticeship_first() -> None:
    tracker = make_tracker({"soc": "47-2111", "area_code": "0025620"}, intent="ask_need_college")
    messages, _ = await run_action(ActionTellPathway(), tracker)
    text = texts(messages)
    assert text.startswith("No.")
    assert text.index("apprenticeship") < text.index("high school diploma")


async def test_do_i_need_college_for_a_bachelors_job_says_yes() -> None:
    tracker = make_tracker({"soc": "15-1252"}, intent="ask_need_college")
    messages, _ = await run_action(ActionTellPathway(), tracker)
    assert texts(messages).startswith("Yes.")


async def test_pathway_lists_mississippi_colleges_nearest_first() -> None:
    tracker = make_tracker(
        {"soc": "47-2111", "area_code": "0025620", "place": "hattiesburg"}, intent="ask_pathway"
    )
    messages, _ = await run_action(ActionTellPathway(), tracker)
    # The schools' lines ("... at Jones County Junior College, Ellisville (21 miles)"); an
    # apprenticeship sponsor is a route of its own, listed by speed, not by distance.
    schools = [line for line in texts(messages).splitlines() if " at " in line]
    miles = [int(m) for line in schools for m in re.findall(r"\((\d+) miles\)", line)]
    assert miles and miles == sorted(miles)


async def test_describe_gives_one_sentence_three_tasks_and_related_jobs() -> None:
    messages, _ = await run_action(
        ActionDescribeOccupation(), make_tracker({"soc": "29-1292"}, intent="ask_describe")
    )
    text = texts(messages)
    assert text.startswith("Dental Hygienists:")
    assert text.count("\n- ") == 3
    assert payloads(messages) and all(
        p.startswith("/inform_occupation") for p in payloads(messages)
    )


async def test_explore_lists_five_jobs_with_pay_and_route_then_more() -> None:
    slots = {"area_code": "0025620", "area_name": "the Hattiesburg area"}
    messages, events = await run_action(ActionExplore(), make_tracker(slots, intent="explore"))
    first = texts(messages)
    assert first.startswith("Jobs in the Hattiesburg area:")
    assert len(re.findall(r"^\d\. .+: \$[\d,]+ a year\. Needs ", first, re.M)) == 5
    assert "/more" in payloads(messages)
    offset = events[-1]["value"]
    messages, events = await run_action(
        ActionExplore(), make_tracker({**slots, "explore_offset": offset}, intent="more")
    )
    assert texts(messages).startswith("More jobs") and "6. " in texts(messages)
    assert events[-1]["value"] == 5


async def test_explore_without_a_degree_lists_no_bachelors_jobs() -> None:
    slots = {"area_code": "0025060", "area_name": "x", "education": "associate"}
    messages, _ = await run_action(ActionExplore(), make_tracker(slots, intent="explore"))
    text = texts(messages)
    listed = text.split("These jobs need")[0]
    assert "bachelor's degree" not in listed and "master's degree" not in listed
    assert "These jobs need an associate degree (2 years of college) or less." in text


async def test_a_summer_job_lists_jobs_that_need_no_diploma_and_says_so_plainly() -> None:
    slots = {"area_code": "2800006", "area_name": "x", "education": "none"}
    messages, _ = await run_action(ActionExplore(), make_tracker(slots, intent="explore"))
    text = texts(messages)
    listed = text.split("These jobs need")[0]
    assert re.findall(r"Needs ([^.]+)\.", listed) == ["no diploma or degree"] * 5
    assert "These jobs need no diploma or degree to start." in text


async def test_explore_by_hands_on_interest_says_so() -> None:
    slots = {"area_code": "2800006", "area_name": "x", "interest": "realistic"}
    messages, _ = await run_action(ActionExplore(), make_tracker(slots, intent="explore"))
    assert "hands-on work" in texts(messages)


async def test_compare_puts_two_jobs_side_by_side_in_the_area() -> None:
    slots = {"soc": "47-2111", "soc_b": "47-2152", "area_code": "0025060"}
    messages, _ = await run_action(ActionCompare(), make_tracker(slots, intent="compare"))
    text = texts(messages)
    assert text.startswith("Pay in the Gulfport-Biloxi area:")
    assert re.search(r"- Electricians: \$[\d,]+ a year", text)
    assert re.search(r"- Plumbers.*: \$[\d,]+ a year", text)
    assert "BLS OEWS, May 2025" in text


async def test_in_demand_ranks_by_openings_even_when_the_model_splits_the_phrase() -> None:
    slots = {"area_code": "2800005", "area_name": "the Delta region", "sort": "in"}
    entities = [{"entity": "sort", "value": "in"}, {"entity": "sort", "value": "demand"}]
    said, _ = await run_action(
        ActionExplore(), make_tracker(slots, intent="explore", entities=entities)
    )
    by_pay, _ = await run_action(ActionExplore(), make_tracker(slots, intent="explore"))
    more_of_demand, _ = await run_action(
        ActionExplore(), make_tracker({**slots, "sort": "openings"}, intent="more")
    )
    more_of_pay, _ = await run_action(
        ActionExplore(), make_tracker({**slots, "sort": None}, intent="more")
    )
    assert texts(said) != texts(by_pay)
    assert texts(more_of_demand) != texts(more_of_pay)


def test_ranking_words_the_model_tags_map_to_a_sort() -> None:
    assert sort_from(["in"]) is None
    assert sort_from(["in", "demand"]) == "openings"
    assert sort_from(["hiring"]) == "openings" and sort_from(["pay well"]) == "pay"


async def test_explore_for_an_activity_lists_jobs_that_fit_it() -> None:
    slots = {"area_code": "2800006", "area_name": "northeast Mississippi"}
    tracker = make_tracker(slots, intent="explore", text="i like drawing what jobs fit me")
    messages, events = await run_action(ActionExplore(), tracker)
    text = texts(messages)
    assert "creative work" in text
    assert "Physicians" not in text and "Nurse" not in text
    assert {"event": "slot", "timestamp": None, "name": "interest", "value": "artistic"} in events


async def test_explore_for_an_activity_names_the_jobs_that_do_it_before_the_wider_list() -> None:
    # The buttons are the activity's own jobs; the text once listed only other jobs.
    slots = {"area_code": "2800006", "area_name": "northeast Mississippi"}
    tracker = make_tracker(slots, intent="explore", text="i like fixing cars")
    messages, _ = await run_action(ActionExplore(), tracker)
    first_line = texts(messages).splitlines()[0]
    offered = [b["title"] for b in messages[0]["buttons"][:-1]]
    assert first_line.startswith("Jobs where you do that: Automotive")
    assert offered and all(title in first_line for title in offered)
