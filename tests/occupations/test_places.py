"""Where "here" is: counties, towns, ZIP codes, schools and nicknames -> OEWS areas."""

from __future__ import annotations

import csv

import pytest

from occupations.places import outside_mississippi, resolve_place
from occupations.types import Place, Unresolved

GULFPORT, HATTIESBURG, JACKSON, MEMPHIS = "0025060", "0025620", "0027140", "0032820"
WEST_DELTA, UPPER_EAST, LOWER_WEST, LOWER_EAST, STATE = (
    "2800005",
    "2800006",
    "2800007",
    "2800008",
    "2800000",
)


def area_of(session, text):
    place = resolve_place(session=session, text=text)
    assert isinstance(place, Place), place
    return place.area.code


def test_every_county_resolves_to_its_published_area(occupations_session, source_dir):
    table = source_dir / "mississippi" / "ms_county_to_oews_area_may2025.csv"
    rows = list(csv.DictReader(table.open()))
    assert len(rows) == 82
    for row in rows:
        assert area_of(occupations_session, row["county_name"]) == row["oews_area_code"], row
        bare = row["county_name"].removesuffix(" County")
        if bare not in {"Jackson"} | TOWNS_IN_OTHER_AREAS:  # tested below
            assert area_of(occupations_session, bare) == row["oews_area_code"], row


# Small towns named like a county of another area (the town of Quitman is in Clarke County).
TOWNS_IN_OTHER_AREAS = {
    "Benton", "Choctaw", "Lamar", "Lawrence", "Marion", "Prentiss", "Quitman", "Scott",
    "Union", "Walthall", "Washington",
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(TOWNS_IN_OTHER_AREAS))
def test_a_bare_name_of_a_town_and_a_county_in_other_areas_asks_which_one(
    occupations_session, name
) -> None:
    resolved = resolve_place(session=occupations_session, text=name.lower())
    assert isinstance(resolved, Unresolved) and resolved.region == name
    town, county = resolved.suggestions
    assert town.startswith(f"{name} (") and county == f"{name} County"
    assert area_of(occupations_session, town) != area_of(occupations_session, county)


@pytest.mark.parametrize(
    ("text", "area"),
    [
        ("quitman ms", LOWER_EAST),  # Clarke County; Quitman County is in the Delta
        ("Prentiss, MS", LOWER_WEST),  # Jefferson Davis County
        ("in quitman county", WEST_DELTA),
        ("Quitman (Clarke County)", LOWER_EAST),
        ("jackson", JACKSON),  # a city people mean by its bare name
    ],
)
def test_a_town_written_as_an_address_is_the_town_and_a_county_named_so_is_the_county(
    occupations_session, text, area
) -> None:
    assert area_of(occupations_session, text) == area


@pytest.mark.parametrize(
    ("text", "area"),
    [
        ("Southaven", MEMPHIS),
        ("Tupelo", UPPER_EAST),
        ("Lee County", UPPER_EAST),
        ("Lee", UPPER_EAST),
        ("hattisburg", HATTIESBURG),
        ("Jackson", JACKSON),
        ("Jackson County", GULFPORT),
        ("38671", MEMPHIS),
        ("39401", HATTIESBURG),
        ("Starkville High School", UPPER_EAST),
        ("i go to starkville high", UPPER_EAST),
        ("I live in tupelo ms", UPPER_EAST),
        ("greenville", WEST_DELTA),
        ("natchez", LOWER_WEST),
        ("meridian", LOWER_EAST),
        ("biloxi", GULFPORT),
    ],
)
def test_towns_zips_and_schools(occupations_session, text, area):
    assert area_of(occupations_session, text) == area


@pytest.mark.parametrize(
    ("text", "area"),
    [
        ("the Coast", GULFPORT),
        ("on the gulf coast", GULFPORT),
        ("the Delta", WEST_DELTA),
        ("Pine Belt", HATTIESBURG),
        ("the golden triangle", UPPER_EAST),
        ("metro Jackson", JACKSON),
        ("DeSoto", MEMPHIS),
        ("DeSoto County area", MEMPHIS),
        ("hub city", HATTIESBURG),
        ("the queen city", LOWER_EAST),
        ("the sip", STATE),
        ("Northeast Mississippi", UPPER_EAST),
        ("east ms", LOWER_EAST),
        ("Mississippi", STATE),
        ("statewide", STATE),
    ],
)
def test_nicknames(occupations_session, text, area):
    assert area_of(occupations_session, text) == area


def test_every_area_is_reachable_by_some_place(occupations_session):
    found = {
        area_of(occupations_session, t)
        for t in [
            "gulfport",
            "hattiesburg",
            "jackson",
            "southaven",
            "clarksdale",
            "tupelo",
            "mccomb",
            "laurel",
            "statewide",
        ]
    }
    assert found == {
        GULFPORT,
        HATTIESBURG,
        JACKSON,
        MEMPHIS,
        WEST_DELTA,
        UPPER_EAST,
        LOWER_WEST,
        LOWER_EAST,
        STATE,
    }


@pytest.mark.parametrize(
    ("text", "region", "areas"),
    [
        ("North Mississippi", "North Mississippi", {MEMPHIS, UPPER_EAST, WEST_DELTA}),
        ("up in north ms", "North Mississippi", {MEMPHIS, UPPER_EAST, WEST_DELTA}),
        ("south ms", "South Mississippi", {GULFPORT, HATTIESBURG, LOWER_WEST, LOWER_EAST}),
        ("the 662", "The 662", {MEMPHIS, UPPER_EAST, WEST_DELTA}),
        ("the 601", "The 601", {JACKSON, HATTIESBURG, LOWER_WEST, LOWER_EAST}),
    ],
)
def test_a_part_of_the_state_with_several_areas_offers_those_areas_not_one_of_them(
    occupations_session, text, region, areas
) -> None:
    resolved = resolve_place(session=occupations_session, text=text)
    assert isinstance(resolved, Unresolved)
    assert resolved.region == region
    # Each choice resolves when the student sends it back, and together they are the region.
    assert {area_of(occupations_session, choice) for choice in resolved.suggestions} == areas


def test_a_town_named_with_its_region_is_the_town(occupations_session) -> None:
    assert area_of(occupations_session, "tupelo in north ms") == UPPER_EAST


@pytest.mark.parametrize("text", ["New Orleans", "Atlantis", "90210", "", "🤷", "x" * 10_000])
def test_unknown_places_are_not_guessed(occupations_session, text):
    assert isinstance(resolve_place(session=occupations_session, text=text), Unresolved)


def test_a_near_miss_gets_suggestions(occupations_session):
    result = resolve_place(session=occupations_session, text="Tupalo")
    assert isinstance(result, Unresolved)
    assert result.suggestions[0] == "Tupelo"


def test_out_of_state_zip_offers_no_sentence_as_a_suggestion(occupations_session) -> None:
    resolved = resolve_place(session=occupations_session, text="90210")
    assert isinstance(resolved, Unresolved)
    assert resolved.suggestions == []


@pytest.mark.parametrize(
    "text",
    ["nationally", "what about nationally", "the whole country", "the whole U.S.", "the U.S."],
)
def test_nation_words_resolve_to_the_national_figures(occupations_session, text) -> None:
    assert area_of(occupations_session, text) == "0000000"


@pytest.mark.parametrize(
    "text", ["new orleans", "what about in new orleans", "baton rouge", "mobile al", "atlanta"]
)
def test_place_outside_mississippi_offers_the_state_not_a_lookalike_town(
    occupations_session, text
) -> None:
    resolved = resolve_place(session=occupations_session, text=text)
    assert isinstance(resolved, Unresolved)
    assert resolved.suggestions == ["Mississippi"]


@pytest.mark.parametrize("text", ["houston", "little rock", "jackson", "canton", "memphis"])
def test_mississippi_name_shared_with_another_state_stays_in_mississippi(
    occupations_session, text
) -> None:
    assert isinstance(resolve_place(session=occupations_session, text=text), Place)


@pytest.mark.parametrize(
    ("text", "named"),
    [("what about in new orleans", "New Orleans, Louisiana"), ("louisiana", "Louisiana"),
     ("in dallas texas", "Dallas, Texas"), ("tupelo", None), ("memphis", None)],
)  # fmt: skip
def test_place_outside_mississippi_is_named_with_its_state(
    occupations_session, text, named
) -> None:
    assert outside_mississippi(session=occupations_session, text=text) == named


@pytest.mark.parametrize(
    ("text", "area"),
    [
        ("i go to west jones", LOWER_EAST),  # West Jones High, Jones County; not West (Attala)
        ("south panola high school", WEST_DELTA),
        ("north jackson", JACKSON),  # part of the city of Jackson, not of Jackson County
        ("im at harrison central", GULFPORT),  # Harrison Central High, for the whole county
        ("pearl river central", LOWER_EAST),
        ("west hattiesburg", HATTIESBURG),  # a side of Hattiesburg, never West (Attala)
        ("east tupelo", UPPER_EAST),
        ("near usm", HATTIESBURG),
        ("ole miss", UPPER_EAST),
    ],
)
def test_schools_named_for_a_county_or_part_of_one_and_universities_by_nickname(
    occupations_session, text, area
) -> None:
    assert area_of(occupations_session, text) == area


@pytest.mark.parametrize(
    ("text", "area", "college"),
    [
        ("itawamba cc", UPPER_EAST, "Itawamba Community College"),
        ("im going to jcjc", LOWER_EAST, "Jones County Junior College"),
        ("mgccc", GULFPORT, "Mississippi Gulf Coast Community College"),
        ("hinds community college", JACKSON, "Hinds Community College"),
        ("alcorn state", LOWER_WEST, "Alcorn State University"),  # Lorman, not Alcorn County
        ("near muw", UPPER_EAST, "Mississippi University for Women"),
        ("millsaps", JACKSON, "Millsaps College"),  # IPEDS's own alias
        ("ole miss", UPPER_EAST, "University of Mississippi"),
        ("delta state", WEST_DELTA, "Delta State University"),
    ],
)
def test_colleges_are_found_by_the_names_ipeds_gives_them_in_their_main_campus_area(
    occupations_session, text, area, college
) -> None:
    place = resolve_place(session=occupations_session, text=text)
    assert isinstance(place, Place)
    assert place.area.code == area
    assert college in place.matched


@pytest.mark.parametrize("text", ["mississippi state", "southwest", "hcc"])
def test_a_college_name_that_is_the_state_a_direction_or_two_colleges_is_no_college(
    occupations_session, text
) -> None:
    place = resolve_place(session=occupations_session, text=text)
    assert not (isinstance(place, Place) and place.kind == "school")
