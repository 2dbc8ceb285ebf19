"""Distances in route answers, and "nearest", checked against the source files themselves.

The reference positions are computed here without the project's code: a school's from the
IPEDS file, a sponsor's from the Apprenticeship.gov file, a student's town from the USPS ZIP
data (the street-delivery ZIP codes whose main city it is), and that town position is itself
checked against GeoNames' town centres. Nearest programs are recomputed from the IPEDS file
and NCES's CIP-SOC crosswalk.
"""

from __future__ import annotations

import csv
import math
from pathlib import Path
from typing import Any

import openpyxl
import pytest
import zipcodes

from actions.route_answer import route_answer
from occupations import api
from occupations.types import Place, Routes
from tests.occupations.test_routes import COMMON, COMPLETIONS, SPONSORS

BOLLINGER = "Mississippi Gulf Coast Community College - Bollinger Mississippi Shipbuilding, LLC"
CROSSWALK = "nces-cip-soc-2020/CIP2020_SOC2018_Crosswalk.xlsx"
# A town as the student types it -> USPS's spelling of its main city.
TOWNS = {
    "Tupelo": "Tupelo",
    "Greenville": "Greenville",
    "Meridian": "Meridian",
    "Hattiesburg": "Hattiesburg",
    "Bay St. Louis": "Bay Saint Louis",
    "Natchez": "Natchez",
}
# GeoNames town centres (geonames.org, CC BY 4.0; ids 4448903, 4428475, 4435764, 4429295,
# 4417205, 4437982): a ZIP-code position is an approximation of the town, within this.
GEONAMES = {
    "Tupelo": (34.25807, -88.70464),
    "Greenville": (33.40898, -91.05978),
    "Meridian": (32.36431, -88.70366),
    "Hattiesburg": (31.32712, -89.29034),
    "Bay St. Louis": (30.30881, -89.33005),
    "Natchez": (31.56017, -91.40329),
}
TOWN_CENTRE_MILES = 10.0
# routes() rounds to a tenth of a mile.
ROUNDING = 0.06
# IPEDS award levels by the route they belong to (NCES's C2024_A dictionary).
AWARD_ROUTE = {20: "certificate", 21: "certificate", 2: "certificate", 4: "certificate"}
AWARD_ROUTE |= {3: "associate", 5: "bachelor"}


def _haversine(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 3958.8 * 2 * math.asin(math.sqrt(h))


def _usps_town(name: str) -> tuple[float, float]:
    found = [
        (float(z["lat"]), float(z["long"]))
        for z in zipcodes.filter_by(state="MS")
        if z["city"] == name and z["zip_code_type"] == "STANDARD" and z["lat"]
    ]
    assert found, name
    return sum(p[0] for p in found) / len(found), sum(p[1] for p in found) / len(found)


def _rows(source_dir: Path, name: str) -> list[dict[str, str]]:
    with (source_dir / name).open(newline="", encoding="utf-8-sig") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def schools(source_dir: Path) -> dict[str, tuple[float, float]]:
    """IPEDS positions by UNITID."""
    return {
        r["UNITID"]: (float(r["LATITUDE"]), float(r["LONGITUD"]))
        for r in _rows(source_dir, COMPLETIONS)
    }


@pytest.fixture(scope="module")
def sponsors(source_dir: Path) -> dict[str, list[dict[str, str]]]:
    """The sponsor file's rows by name (Hinds Community College has two)."""
    found: dict[str, list[dict[str, str]]] = {}
    for row in _rows(source_dir, SPONSORS):
        found.setdefault(row["name"].strip(), []).append(row)
    return found


def _place(session: Any, text: str) -> Place:
    place = api.resolve_place(session=session, text=text)
    assert isinstance(place, Place), text
    return place


@pytest.mark.parametrize("town", list(TOWNS))
def test_the_students_town_is_placed_near_its_real_centre(town: str) -> None:
    assert _haversine(_usps_town(TOWNS[town]), GEONAMES[town]) <= TOWN_CENTRE_MILES


@pytest.mark.parametrize("town", list(TOWNS))
def test_every_distance_shown_is_the_great_circle_distance_from_the_students_town(
    occupations_session: Any,
    schools: dict[str, tuple[float, float]],
    sponsors: dict[str, list[dict[str, str]]],
    town: str,
) -> None:
    home = _usps_town(TOWNS[town])
    place = _place(occupations_session, town)
    checked = 0
    for soc, _, _ in COMMON:
        result = api.routes(session=occupations_session, soc=soc, place=place)
        for route in result.routes:
            for program in route.programs:
                assert program.miles is not None, (soc, program.institution)
                expected = _haversine(home, schools[program.unitid])
                assert abs(program.miles - expected) <= ROUNDING, (soc, program.institution)
                checked += 1
            for sponsor in route.sponsors:
                if sponsor.miles is None:
                    continue
                expected = [
                    _haversine(home, (float(r["latitude"]), float(r["longitude"])))
                    for r in sponsors[sponsor.name]
                ]
                assert any(abs(sponsor.miles - e) <= ROUNDING for e in expected), sponsor.name
                checked += 1
    assert checked > 100


def test_plumbing_from_bay_st_louis_measures_from_the_town_not_the_coasts_centre(
    occupations_session: Any,
) -> None:
    # The answer once put a Gulfport sponsor 2 miles from Bay St. Louis: it measured from the
    # Gulfport-Biloxi area's centre, as "Bay St Louis" matched no USPS main city.
    result = api.routes(
        session=occupations_session,
        soc="47-2152",
        place=_place(occupations_session, "Bay St. Louis"),
    )
    apprenticeship = next(r for r in result.routes if r.kind == "apprenticeship")
    gulfport = [s for s in apprenticeship.sponsors if s.city == "Gulfport"]
    assert gulfport and all(s.miles is not None and 15 <= s.miles <= 30 for s in gulfport)
    assert "Gulfpost" not in route_answer(result).text


def test_a_misspelled_sponsor_town_resolves_to_its_zip_codes_town_or_shows_no_miles(
    occupations_session: Any, sponsors: dict[str, list[dict[str, str]]]
) -> None:
    usps = {
        name.lower()
        for z in zipcodes.filter_by(state="MS")
        for name in [z["city"], *(z.get("acceptable_cities") or [])]
    }
    misspelled = {n: r for n, rs in sponsors.items() for r in rs if r["city"].lower() not in usps}
    assert {r["city"] for r in misspelled.values()} >= {"Gulfpost", "Riichland"}
    shown: dict[str, Any] = {}
    for result in _all_routes(occupations_session, "Jackson"):
        for route in result.routes:
            shown.update({s.name: s for s in route.sponsors})
    for name, row in misspelled.items():
        if name not in shown:
            continue
        zip_town = zipcodes.matching(row["zip"])[0]["city"]
        assert shown[name].city == zip_town or shown[name].miles is None, (name, row["city"])
    assert (
        shown[
            "Mississippi Gulf Coast Community College - Bollinger Mississippi Shipbuilding, LLC"
        ].city
        == "Gulfport"
    )


def _all_routes(session: Any, town: str) -> list[Routes]:
    place = _place(session, town)
    return [api.routes(session=session, soc=soc, place=place) for soc, _, _ in COMMON]


@pytest.mark.parametrize("where", ["the coast", "Hancock County", "the delta"])
def test_no_miles_from_a_county_or_an_area_only_the_town_is_asked_for(
    occupations_session: Any, where: str
) -> None:
    for result in _all_routes(occupations_session, where):
        for route in result.routes:
            assert all(p.miles is None for p in route.programs)
            assert all(s.miles is None for s in route.sponsors)
        text = route_answer(result).text
        assert " miles" not in text and "Tell me your town" in text


@pytest.fixture(scope="module")
def crosswalk(source_dir: Path) -> dict[str, set[str]]:
    """NCES's SOC -> CIP codes, read from the workbook."""
    book = openpyxl.load_workbook(source_dir / CROSSWALK, read_only=True)
    found: dict[str, set[str]] = {}
    for row in book["SOC-CIP"].iter_rows(min_row=2, values_only=True):
        if row[0] and row[2]:
            found.setdefault(str(row[0]), set()).add(str(row[2]).rstrip("."))
    return found


@pytest.mark.parametrize("town", list(TOWNS))
def test_the_nearest_program_named_is_the_nearest_with_graduates_in_the_ipeds_file(
    occupations_session: Any, source_dir: Path, crosswalk: dict[str, set[str]], town: str
) -> None:
    home = _usps_town(TOWNS[town])
    rows = _rows(source_dir, COMPLETIONS)
    place = _place(occupations_session, town)
    compared = 0
    for soc, _, _ in COMMON:
        result = api.routes(session=occupations_session, soc=soc, place=place)
        for route in result.routes:
            if route.kind not in AWARD_ROUTE.values():
                continue
            eligible = [
                r
                for r in rows
                if r["CIPCODE"].rstrip(".") in crosswalk.get(soc, set())
                and r["IS_CIP_6DIGIT"] == "True"
                and AWARD_ROUTE.get(int(r["AWLEVEL"])) == route.kind
                and int(r["CTOTALT"] or 0) > 0
                and "Instructor" not in r["CIP_TITLE"]
            ]
            named = next((p for p in route.programs if p.completers), None)
            if not eligible:
                assert named is None or "Instructor" in named.program, (soc, route.kind)
                continue
            nearest = min(
                _haversine(home, (float(r["LATITUDE"]), float(r["LONGITUD"]))) for r in eligible
            )
            assert named is not None and named.miles is not None, (soc, route.kind)
            assert abs(named.miles - nearest) <= ROUNDING, (soc, route.kind, named.institution)
            assert any(
                r["INSTNM"] == named.institution and r["CIP_TITLE"].rstrip(".") == named.program
                for r in eligible
            ), (soc, named.institution, named.program)
            compared += 1
    assert compared >= 40


def test_plumbing_near_the_coast_really_is_only_at_hinds(
    occupations_session: Any, source_dir: Path, crosswalk: dict[str, set[str]]
) -> None:
    # Mississippi Gulf Coast CC has no plumbing or pipefitting program in IPEDS 2023-24;
    # Jones County JC's pipefitting program graduated nobody: Hinds (Raymond) is the only one.
    graduates = {
        r["INSTNM"]
        for r in _rows(source_dir, COMPLETIONS)
        if r["CIPCODE"].rstrip(".") in crosswalk["47-2152"] and int(r["CTOTALT"] or 0) > 0
    }
    assert graduates == {"Hinds Community College"}
    text = route_answer(
        api.routes(
            session=occupations_session,
            soc="47-2152",
            place=_place(occupations_session, "Bay St. Louis"),
        )
    ).text
    assert "Hinds Community College, Raymond" in text
    assert "the only one with 2023-24 graduates" in text
