"""Entry routes, explore lists, descriptions and related occupations from the real data."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from occupations import api, models


def test_every_projected_occupation_has_an_entry_route(occupations_session):
    socs = occupations_session.scalars(
        select(models.Occupation.soc).where(models.Occupation.ep_soc == models.Occupation.soc)
    ).all()
    assert len(socs) == 832
    for soc in socs:
        route = api.pathway(session=occupations_session, soc=soc)
        assert route.education and route.training and route.experience


def test_electricians_enter_by_apprenticeship_without_college(occupations_session):
    route = api.pathway(session=occupations_session, soc="47-2111", area_code="0025620")
    assert route.non_degree_routes[0] == "apprenticeship"
    assert not route.needs_bachelors
    # Ordered from the Hattiesburg area's centre; an area is no place to print miles from.
    assert route.programs and route.programs[0].college == "Jones County Junior College"
    assert all(p.miles is None for p in route.programs)


def test_registered_nurses_need_a_bachelors(occupations_session):
    assert api.pathway(session=occupations_session, soc="29-1141").needs_bachelors


def test_onet_only_codes_borrow_their_bls_aggregate(occupations_session):
    # Home health aides (O*NET 31-1121) are published by BLS as 31-1120.
    route = api.pathway(session=occupations_session, soc="31-1120")
    assert route.education == "High school diploma or equivalent"


def test_explore_by_pay_without_a_degree_in_the_pine_belt(occupations_session):
    items = api.explore(
        session=occupations_session, area_code="0025620", max_education="high_school", sort="pay"
    )
    assert len(items) == 5
    assert all(i.education_level in {"none", "high_school"} for i in items)
    pays = [i.annual_median.value for i in items]
    assert pays == sorted(pays, reverse=True)


def test_explore_lists_jobs_a_student_can_start_in(occupations_session):
    items = api.explore(
        session=occupations_session, area_code="2800006", max_education="high_school", limit=20
    )
    titles = [i.occupation.title for i in items]
    assert not [t for t in titles if t.startswith(("First-Line Supervisors", "Chief"))]
    assert "Electricians" in titles


def test_explore_by_interest_finds_hands_on_jobs(occupations_session):
    items = api.explore(
        session=occupations_session,
        area_code="2800000",
        interest="realistic",
        max_education="certificate",
        limit=10,
    )
    socs = {i.occupation.soc for i in items}
    assert "47-2111" in socs and "51-4121" in socs  # electricians, welders
    assert "41-2011" not in socs  # cashiers: a conventional job, not hands-on


@pytest.mark.parametrize(
    ("field", "expected", "never"),
    [
        ("field:animals", "29-1131", "29-1021"),  # veterinarians, never dentists
        ("field:computers", "15-1252", "29-1171"),  # software developers, not nurse practitioners
        ("field:trades", "47-2111", "17-2051"),  # electricians, not civil engineers
    ],
)
def test_explore_by_a_field_lists_that_fields_jobs_not_an_interest_areas(
    occupations_session, field, expected, never
):
    items = api.explore(session=occupations_session, area_code="2800000", interest=field, limit=10)
    socs = {item.occupation.soc for item in items}
    assert expected in socs and never not in socs


def test_describe_gives_a_description_and_three_tasks(occupations_session):
    what = api.describe(session=occupations_session, soc="29-1292")
    assert what.description.startswith("Administer oral hygiene care")
    assert len(what.tasks) == 3


def test_related_occupations_are_offered(occupations_session):
    related = api.related(session=occupations_session, soc="47-2111")
    assert "49-9051" in {r.soc for r in related}


def test_the_database_records_where_each_table_came_from(occupations_session):
    rows = occupations_session.scalars(select(models.Provenance)).all()
    tables = {r.table_name for r in rows}
    assert {"wage", "occupation", "county", "task", "interest"} <= tables
    assert all(len(r.sha256) == 64 for r in rows)
