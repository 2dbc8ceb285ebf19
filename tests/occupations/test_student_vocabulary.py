"""Jobs told the way students tell them: by what the people do, where they work, a slang name.

The curated tables (occupations/data/activities.csv, workplaces.csv, student_terms.csv) are
matched inside whole sentences by the patterns file the build writes; the expected jobs are
written from what the jobs are, not from the matcher's output.
"""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest

from careerbot.nlu_lookups import ACTIVITIES, WORKPLACES
from occupations.mentions import ACTIVITY, OCCUPATION, Mention, find_mentions
from occupations.search import search_occupations

STUDENT_TERMS = ACTIVITIES.with_name("student_terms.csv")
POWER_PLANT_OPERATORS = "51-8013"
WATER_TREATMENT_OPERATORS = "51-8031"


def _doing(text: str, patterns: Path) -> list[Mention]:
    """What the sentence says someone does, or where (workplaces are activities too)."""
    return [m for m in find_mentions(text, patterns) if m.label == ACTIVITY]


def _jobs_done(text: str, patterns: Path) -> set[str]:
    """The jobs of the sentence's first activity that is no workplace."""
    doing = [m for m in _doing(text, patterns) if m.kind != "workplace"]
    assert doing, text
    return set(doing[0].ids)


def _done_there(text: str, patterns: Path) -> set[str]:
    """The jobs that both do the activity and work at the workplace of the sentence."""
    found = _doing(text, patterns)
    doing = [set(m.ids) for m in found if m.kind != "workplace"]
    places = [set(m.ids) for m in found if m.kind == "workplace"]
    assert doing and places, (text, found)
    return doing[0] & places[0]


def test_my_mom_does_peoples_taxes_is_tax_preparers(patterns: Path) -> None:
    assert _jobs_done("my mom does peoples taxes, how much she make", patterns) == {"13-2082"}


def test_people_who_answer_911_calls_are_dispatchers(patterns: Path) -> None:
    assert _jobs_done("how much do the people who answer 911 calls make", patterns) == {"43-5031"}


def test_people_who_clean_the_schools_are_janitors(patterns: Path) -> None:
    assert _jobs_done("what do the people who clean the schools get paid", patterns) == {"37-2011"}


def test_checking_parts_for_defects_at_the_plant_is_inspectors(patterns: Path) -> None:
    said = "the people who check the parts for defects at the plants"
    assert _jobs_done(said, patterns) == {"51-9061"}


def test_washing_and_cutting_dogs_hair_is_animal_caretakers(patterns: Path) -> None:
    assert _jobs_done("i wanna wash and cut dogs hair", patterns) == {"39-2021"}


def test_the_ladies_who_clean_your_teeth_at_the_dentist_are_hygienists(patterns: Path) -> None:
    said = "how much do the ladies that clean your teeth at the dentist make"
    assert _jobs_done(said, patterns) == {"29-1292"}
    assert not [m for m in find_mentions(said, patterns) if m.label == OCCUPATION]


def test_the_control_room_at_the_power_plant_is_power_plant_operators(patterns: Path) -> None:
    said = "my uncle works the control room at the power plant"
    assert _done_there(said, patterns) == {POWER_PLANT_OPERATORS}


def test_the_control_room_alone_asks_which_plant(patterns: Path) -> None:
    assert len(_jobs_done("what about the ones who run the control room", patterns)) > 1


def test_keeping_the_water_clean_at_the_water_plant_is_water_treatment(patterns: Path) -> None:
    said = "working at the water plant keeping the water clean"
    assert _done_there(said, patterns) == {WATER_TREATMENT_OPERATORS}


def test_putting_the_cars_together_at_toyota_is_assemblers(patterns: Path) -> None:
    said = "putting the cars together at the toyota plant"
    assert _done_there(said, patterns) == {"51-2090"}


def test_the_tripod_camera_on_the_side_of_the_road_offers_both_survey_jobs(
    patterns: Path,
) -> None:
    said = "the people on the side of the road with the tripod camera"
    assert _jobs_done(said, patterns) == {"17-1022", "17-3031"}


def test_running_the_big_machines_includes_logging_equipment_operators(patterns: Path) -> None:
    assert "45-4022" in _jobs_done("the ones running the big machines", patterns)


def test_people_who_run_the_hospital_are_its_managers(patterns: Path) -> None:
    assert _jobs_done("how much do people who run the hospital make", patterns) == {"11-9111"}


def test_dealing_at_the_card_tables_is_gambling_dealers(patterns: Path) -> None:
    assert _done_there("dealing blackjack at the card tables", patterns) == {"39-3011"}


@pytest.mark.parametrize(
    ("said", "socs"),
    [
        ("how much do people make running the register at walmart", {"41-2011"}),
        ("my brother wants to hang sheetrock", {"47-2081"}),
        ("how much can you make doing lashes", {"39-5094"}),
        ("she does locs out of her house", {"39-5012"}),
        ("how much do they make pouring concrete", {"47-2051"}),
        ("the people who fill prescriptions", {"29-2052", "29-1051"}),
        ("how much do people get paid to deliver babies", {"29-1218", "29-1161"}),
        ("the guys who catch chickens at night", {"45-2093"}),
        ("how much for cutting timber", {"45-4021", "45-4022"}),
        ("the people who build ships at ingalls", {"51-4121", "51-2041", "47-2152", "47-2111"}),
        ("i like fixing motorcycles", {"49-3052"}),
        ("the people who pull people over", {"33-3051"}),
        ("wait tables at a restaurant", {"35-3031"}),
    ],
)
def test_what_someone_does_names_the_jobs_that_do_it(
    patterns: Path, said: str, socs: set[str]
) -> None:
    assert _jobs_done(said, patterns) == socs


@pytest.mark.parametrize(
    ("typed", "soc"),
    [
        ("personal trainer", "39-9031"),  # exercise trainers, not athletic trainers
        ("child social workers", "21-1021"),
        ("cps worker", "21-1021"),
        ("lunch lady", "35-2012"),
        ("csi", "19-4092"),
        ("cma", "31-9092"),
        ("lash tech", "39-5094"),
        ("highway patrol", "33-3051"),
        ("uber driver", "53-3054"),
        ("rancher", "11-9013"),
        ("grease monkey", "49-3023"),
    ],
)
def test_a_students_word_for_a_job_finds_that_job(
    occupations_session, typed: str, soc: str
) -> None:
    result = search_occupations(session=occupations_session, text=typed)
    assert result.best is not None and result.best.soc == soc, (typed, result.matches[:3])


def test_a_fast_food_job_is_the_counter_and_crew_work(patterns: Path) -> None:
    found = [(m.kind, m.ids) for m in _doing("fast food job pay per hour in hazlehurst", patterns)]
    assert found == [("workplace", ("35-3023",))]


def test_a_warehouse_job_is_the_hand_material_movers(patterns: Path) -> None:
    # The search drops "job" as filler; the student word is matched whole in the sentence.
    jobs = [m for m in find_mentions("how much does a warehouse job pay", patterns)
            if m.label == OCCUPATION]  # fmt: skip
    assert [(m.kind, m.ids) for m in jobs] == [("student", ("53-7062",))]


@pytest.mark.parametrize(
    ("typed", "socs"),
    [
        ("plant operator", {"51-8013", "51-8031", "51-8091"}),
        ("front desk", {"43-4171", "43-4081"}),
        ("caretaker", {"31-1120", "39-2021"}),
    ],
)
def test_a_word_several_jobs_share_asks_which_one(
    occupations_session, typed: str, socs: set[str]
) -> None:
    result = search_occupations(session=occupations_session, text=typed)
    assert result.best is None and socs <= {m.soc for m in result.matches}


@pytest.mark.parametrize(
    "said",
    [
        "i help my mom around the house",
        "i work at a store on weekends",
        "i have to do my taxes lol jk im 16",
        "we need clean water in our town",
        "my dad changed the oil in his truck yesterday",
        "i was at the dentist all morning",
        "i walk my dog every day after school",
        "i made coffee this morning",
        "we went to the mall and the zoo",
        "i went to mcdonalds after practice",
        "i go to the gym after school",
        "we plant trees for earth day at school",
        "i take orders from nobody",
        "we raised chickens in our backyard when i was little",
        "i planned out my outfit and put it together",
        "i got braces last year",
        "i wash my car on saturdays",
        "the road by my house has potholes",
    ],
)
def test_ordinary_chatter_names_nothing_someone_does_for_a_living(
    patterns: Path, said: str
) -> None:
    assert [m.text for m in _doing(said, patterns) if m.kind in ("curated", "workplace")] == []


@pytest.mark.parametrize("table", [ACTIVITIES, WORKPLACES, STUDENT_TERMS], ids=lambda p: p.name)
def test_no_curated_row_is_written_twice(table: Path) -> None:
    with table.open(encoding="utf-8", newline="") as rows:
        counts = Counter(tuple(row.values())[:2] for row in csv.DictReader(rows))
    assert [row for row, count in counts.items() if count > 1] == []


def test_a_workplace_keeps_its_own_jobs_not_a_task_of_the_same_words(patterns: Path) -> None:
    # O*NET's florists "water plants"; the water plant is where the treatment operators work.
    found = [m for m in _doing("my uncle works at the water plant", patterns)]
    assert [m.ids for m in found] == [(WATER_TREATMENT_OPERATORS,)]


def test_putting_is_read_as_put_not_putt(patterns: Path) -> None:
    assert _jobs_done("she puts the parts together at the plant", patterns) == {"51-2090"}
