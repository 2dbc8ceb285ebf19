"""Entry routes against the real database, checked against the source CSV files themselves."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from occupations import api, models
from occupations.importers.licences import rules, title_fits
from occupations.models import Licence
from occupations.routes import ORDER, REAL_SHARE, level_name
from occupations.types import Place

COMPLETIONS = "ipeds-2024/ms_completions_c2024_a_first_major_all_institutions.csv"
LICENCES = "careeronestop-licensing-2024-10/ms_licenses_by_soc.csv"
SPONSORS = "apprenticeship-2026/ms_apprenticeship_sponsors.csv"
NEAR_MILES = 100
# (SOC, where the student is, the licence a worker needs in Mississippi or None).
COMMON = [
    ("47-2111", "Tupelo", None),  # electricians: licensed locally; the state licenses contractors
    ("51-4121", "Hattiesburg", None),
    ("29-1141", "Jackson", "Registered Nurse"),
    ("29-2061", "Gulfport", "Licensed Practical Nurse (LPN)"),
    ("31-1131", "Greenville", "Certified Nurse Aide (CNA)"),
    ("53-3032", "Southaven", "Commercial Drivers License (CDL)"),
    ("39-5011", "Jackson", "Barber"),
    ("39-5012", "Meridian", "Cosmetologist"),
    ("49-9021", "Oxford", None),
    ("47-2152", "Jackson", None),
    ("29-1292", "Hattiesburg", "Dental Hygienists"),
    ("31-9092", "Tupelo", None),
    ("29-2052", "Jackson", "Pharmacy Technicians"),
    ("49-3031", "Laurel", None),
    ("49-9051", "Columbus", None),
    ("29-2042", "Natchez", None),
    ("33-3051", "Starkville", None),
    ("25-2021", "Cleveland", "Educator"),
    ("15-1252", "Starkville", None),
    ("49-3023", "Vicksburg", None),
    ("47-2031", "McComb", None),
    ("51-4041", "Corinth", None),
    ("31-9091", "Brandon", None),
    ("29-2034", "Meridian", "Radiologic Technologist"),
    ("29-1126", "Hattiesburg", "Respiratory Care Practitioner"),
    ("31-2021", "Tupelo", "Physical Therapist Assistant"),
    ("29-2055", "Jackson", None),
    ("31-9097", "Greenwood", None),
    ("13-2011", "Oxford", "Certified Public Accountant (CPA)"),
    ("29-1051", "Oxford", "Pharmacist"),
    ("29-1123", "Hattiesburg", "Physical Therapist"),
    ("25-2031", "Hattiesburg", "Educator"),
    ("39-9011", "Greenwood", None),
    ("23-2011", "Jackson", None),
    ("33-2011", "Kosciusko", None),
    ("47-2073", "Poplarville", None),
    ("49-9041", "Columbus", None),
    ("39-5092", "Corinth", "Manicurist"),
    ("39-5094", "Clinton", "Esthetician"),
    ("31-9011", "Gulfport", "Massage Therapist"),
    ("17-2051", "Starkville", "Professional Engineer"),
    ("29-1171", "Jackson", "Advanced Practice Registered Nurse"),
    ("29-2056", "Raymond", "Veterinary Technologists and Technicians"),
    ("29-2072", "Meridian", None),
    ("15-1232", "Jackson", None),
    ("31-2011", "Jackson", "Occupational Therapy Assistant"),
]


def _csv(source_dir: Path, name: str) -> list[dict[str, str]]:
    with (source_dir / name).open(newline="", encoding="utf-8-sig") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def completions_csv(source_dir: Path) -> dict[tuple[str, str, int], dict[str, str]]:
    """The IPEDS file keyed by (UNITID, CIP, award level), read without the importer."""
    return {
        (r["UNITID"], r["CIPCODE"].rstrip("."), int(r["AWLEVEL"])): r
        for r in _csv(source_dir, COMPLETIONS)
    }


def _place(session: Any, text: str) -> Place:
    place = api.resolve_place(session=session, text=text)
    assert isinstance(place, Place), text
    return place


@pytest.mark.parametrize(("soc", "where", "licence"), COMMON, ids=[c[0] for c in COMMON])
def test_common_job_names_a_real_program_near_the_student(
    occupations_session: Any,
    source_dir: Path,
    completions_csv: dict[tuple[str, str, int], dict[str, str]],
    soc: str,
    where: str,
    licence: str | None,
) -> None:
    result = api.routes(
        session=occupations_session, soc=soc, place=_place(occupations_session, where)
    )
    assert result.routes and result.first is not None and result.first.length is not None
    near = [
        (route, p)
        for route in result.routes
        for p in route.programs
        if p.completers and p.miles is not None and p.miles <= NEAR_MILES
    ]
    assert near, f"no program within {NEAR_MILES} miles of {where}"
    route, program = min(near, key=lambda rp: rp[1].miles or 0)
    row = completions_csv[(program.unitid, program.cip, program.award_level)]
    assert row["INSTNM"] == program.institution and row["CITY"] == program.city
    assert int(row["CTOTALT"]) == program.completers
    assert row["CIP_TITLE"].rstrip(".") == program.program
    assert program.award and route.length is not None and route.length.text
    assert program.source.citation == "NCES IPEDS, 2023-24"
    if licence is not None:
        in_file = [r for r in _csv(source_dir, LICENCES) if r["license_title"] == licence]
        assert in_file, licence
        shown = [x for x in result.licences if x.title == licence]
        assert shown, f"{licence} missing for {soc}: {[x.title for x in result.licences]}"
        assert shown[0].agency == in_file[0]["agency"]
        assert shown[0].url == in_file[0]["agency_url"]
        assert shown[0].source.name.startswith("CareerOneStop")


def test_typical_level_agrees_with_the_first_route_for_every_occupation(
    occupations_session: Any,
) -> None:
    socs = occupations_session.scalars(
        select(models.Occupation.soc).where(models.Occupation.education.is_not(None))
    ).all()
    assert len(socs) > 800
    contradictions = []
    for soc in socs:
        result = api.routes(session=occupations_session, soc=soc, area_code="2800000")
        first = result.first
        assert first is not None, soc
        shares = {s.level: s.percent for s in result.common_levels}
        agrees = first.level == result.typical_level or (
            ORDER.index(first.level) < ORDER.index(result.typical_level)
            and shares.get(first.level, 0) >= REAL_SHARE
            and result.levels_differ
        )
        if not agrees:
            contradictions.append((soc, result.typical_level, first.kind))
    assert not contradictions


def test_registered_nurse_carries_both_the_bls_level_and_what_nurses_report(
    occupations_session: Any,
) -> None:
    result = api.routes(
        session=occupations_session, soc="29-1141", place=_place(occupations_session, "Tupelo")
    )
    assert result.typical_level == "bachelor"
    assert result.levels_differ
    assert [r.kind for r in result.routes][:2] == ["associate", "bachelor"]
    assert any(s.level == "associate" and s.percent >= REAL_SHARE for s in result.common_levels)
    nearest = result.routes[0].programs[0]
    assert nearest.kind == "community college" and nearest.earnings is not None
    assert nearest.earnings.source.name == "College Scorecard"


def test_pharmacist_is_a_doctoral_or_professional_degree_in_plain_words(
    occupations_session: Any,
) -> None:
    result = api.routes(session=occupations_session, soc="29-1051")
    assert result.typical_name == level_name("doctoral")
    assert "PharmD" in result.typical_name and "law" not in result.typical_name
    assert result.first is not None and result.first.kind == "doctoral"


def test_private_schools_that_train_barbers_and_drivers_are_listed(
    occupations_session: Any,
) -> None:
    barbers = api.routes(
        session=occupations_session, soc="39-5011", place=_place(occupations_session, "38701")
    )
    kinds = {p.kind for r in barbers.routes for p in r.programs}
    assert "for-profit school" in kinds
    drivers = api.routes(
        session=occupations_session, soc="53-3032", place=_place(occupations_session, "Southaven")
    )
    assert drivers.routes[0].programs[0].institution == "Delta Technical College-Mississippi"


def test_electricians_start_with_apprenticeship_and_sponsors_nearest_first(
    occupations_session: Any, source_dir: Path
) -> None:
    result = api.routes(
        session=occupations_session, soc="47-2111", place=_place(occupations_session, "Hattiesburg")
    )
    first = result.routes[0]
    assert first.kind == "apprenticeship" and first.sponsors
    miles = [s.miles for s in first.sponsors if s.miles is not None]
    assert miles == sorted(miles)
    in_file = {r["name"] for r in _csv(source_dir, SPONSORS) if "Electricians" in r["occupations"]}
    assert {s.name for s in first.sponsors} == in_file
    assert first.length is not None and first.length.low_months and first.length.high_months
    assert first.length.low_months >= 12


def test_obvious_licence_mismatches_are_dropped(occupations_session: Any) -> None:
    titles = {
        soc: {x.title for x in api.routes(session=occupations_session, soc=soc).licences}
        for soc in ("39-5011", "47-2152", "29-2052", "31-9092")
    }
    assert "Eye Enucleation" not in titles["39-5011"]
    assert "Tankerman" not in titles["47-2152"]
    assert "Pharmacist" not in titles["29-2052"]
    assert "First Assistant Engineer - Upper Level" not in titles["31-9092"]


def test_licence_title_fit_needs_every_word_of_the_title() -> None:
    assert title_fits("Registered Nurse", ["Registered Nurses", "RN"])
    assert title_fits(
        "Heating And Air Conditioning Mechanics And Installation",
        ["Heating, Air Conditioning, and Refrigeration Mechanics and Installers"],
    )
    assert not title_fits("Eye Enucleation", ["Barbers", "Barber Stylist"])
    assert not title_fits("Tankerman", ["Plumbers, Pipefitters, and Steamfitters"])


def test_curated_table_denies_a_pharmacists_licence_to_pharmacy_technicians() -> None:
    pharmacist = Licence(id="x", title="Pharmacist", jurisdiction="State", agency="a")
    decided = [r for r in rules() if r.applies(pharmacist, "29-2052")]
    assert decided and decided[0].decision == "deny"
    assert not [r for r in rules() if r.applies(pharmacist, "29-1051")]


def test_every_figure_cites_a_source_from_the_build(occupations_session: Any) -> None:
    built = {
        (p.table_name, p.sha256) for p in occupations_session.scalars(select(models.Provenance))
    }
    result = api.routes(
        session=occupations_session, soc="29-2061", place=_place(occupations_session, "Gulfport")
    )
    program = next(p for r in result.routes for p in r.programs)
    assert ("program_award", program.source.sha256) in built
    assert result.licences and ("licence_occupation", result.licences[0].source.sha256) in built
    assert result.typical_source.citation == "BLS Employment Projections, 2024-34"
    assert result.common_source.citation == "O*NET 29.3, May 2025"
    assert not result.left_out


def test_unknown_occupation_is_a_clear_error(occupations_session: Any) -> None:
    from occupations.errors import UnknownArea, UnknownOccupation

    with pytest.raises(UnknownOccupation):
        api.routes(session=occupations_session, soc="99-9999")
    with pytest.raises(UnknownArea):
        api.routes(session=occupations_session, soc="47-2111", area_code="9999999")


def test_lengths_are_said_as_ranges_in_plain_words() -> None:
    from occupations.routes import OJ_MONTHS, _quartile_length, _span

    assert _span(24, 48) == "2 to 4 years"
    assert _span(1, 12) == "1 month to 1 year"
    assert _span(0, 3) == "up to 3 months"
    assert _span(72, None) == "more than 6 years"
    # The middle half of workers: from the 25th percentile's category to the 75th's.
    assert _quartile_length({6: 25.0, 7: 50.0, 8: 25.0}, OJ_MONTHS) == (12, 48)
    assert _quartile_length({6: 20.0, 7: 50.0, 8: 30.0}, OJ_MONTHS) == (24, 120)
    assert _quartile_length({7: 100.0}, OJ_MONTHS) == (24, 48)


def test_managers_start_in_a_related_job_and_work_up(occupations_session: Any) -> None:
    result = api.routes(session=occupations_session, soc="11-9051")
    assert result.experience == "Less than 5 years"
    first = result.routes[0]
    assert first.kind == "job_training" and "work your way up" in first.name
    assert first.length is not None and first.length == result.related_experience


def test_a_higher_local_program_is_listed_when_the_typical_level_has_no_graduates(
    occupations_session: Any, completions_csv: dict[tuple[str, str, int], dict[str, str]]
) -> None:
    result = api.routes(session=occupations_session, soc="29-1122")
    kinds = [r.kind for r in result.routes]
    assert kinds[0] == "master" == result.typical_level
    doctoral = result.routes[kinds.index("doctoral")]
    program = next(p for p in doctoral.programs if p.completers)
    assert int(completions_csv[(program.unitid, program.cip, program.award_level)]["CTOTALT"]) > 0
    assert not any(p.completers for p in result.routes[0].programs)
