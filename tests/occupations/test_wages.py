"""Pay figures are exactly BLS's, with honest wording where BLS publishes none."""

from __future__ import annotations

import sqlite3
from decimal import Decimal

import pytest

from occupations import api, money
from occupations.errors import UnknownArea, UnknownOccupation
from occupations.sources import oews_sqlite

HATTIESBURG = "0025620"


def test_wage_in_hattiesburg_quotes_published_median(occupations_session, cited):
    report = api.wages(session=occupations_session, soc="47-2111", area_code=HATTIESBURG)
    assert report.local.annual_median.value == Decimal(48580)
    assert report.local.hourly_median.value == Decimal("23.35")
    assert money.annual(report.local.annual_median.value) == "$48,580"
    assert money.hourly(report.local.hourly_median.value) == "$23.35"
    assert report.local.employment == 240
    assert report.statewide is not None and report.statewide.annual_median.published
    assert report.source.citation == cited["oews"]
    assert report.area.plain_name == "the Hattiesburg area"


def test_every_figure_matches_the_oews_file(occupations_session, tmp_path):
    """Cross-check a sample of cells against the bundled release, read independently."""
    located = oews_sqlite(tmp_path)
    con = sqlite3.connect(located.path)
    rows = con.execute(
        "SELECT key, v13, v08 FROM cell WHERE key LIKE 'OEUM0027140000000%' AND v13 GLOB '[0-9]*'"
        " AND key NOT LIKE '%000000'"
        " LIMIT 200"
    ).fetchall()
    assert len(rows) == 200
    for key, annual, hourly in rows:
        soc = f"{key[-6:-4]}-{key[-4:]}"
        report = api.wages(session=occupations_session, soc=soc, area_code="0027140")
        assert report.local.annual_median.value == Decimal(annual.replace(",", "")), soc
        if hourly and hourly[0].isdigit():
            assert report.local.hourly_median.value == Decimal(hourly), soc


def test_a_suppressed_cell_is_reported_as_not_released(occupations_session):
    # Hattiesburg's General and Operations Managers: BLS released employment only (footnote 8).
    report = api.wages(session=occupations_session, soc="11-2021", area_code=HATTIESBURG)
    assert report.local is not None
    assert report.local.annual_median.value is None
    assert report.local.annual_median.status == "not_released"
    assert report.statewide.annual_median.published


def test_a_top_coded_wage_is_a_floor_not_a_figure(occupations_session, tmp_path):
    con = sqlite3.connect(oews_sqlite(tmp_path).path)
    key = con.execute(
        "SELECT key FROM cell WHERE key LIKE 'OEUS2800000000000%' AND f13 = '5' LIMIT 1"
    ).fetchone()[0]
    soc = f"{key[-6:-4]}-{key[-4:]}"
    median = api.wages(session=occupations_session, soc=soc, area_code="2800000").local
    assert median.annual_median.status == "top_coded"
    assert median.annual_median.value == Decimal(239200) and not median.annual_median.published


def test_teachers_have_annual_pay_and_no_hourly(occupations_session):
    report = api.wages(session=occupations_session, soc="25-2021", area_code="2800000")
    assert report.local.annual_median.published
    assert report.local.hourly_median.value is None
    assert report.local.hourly_median.status == "not_published"


def test_an_unknown_soc_is_refused(occupations_session):
    with pytest.raises(UnknownOccupation):
        api.wages(session=occupations_session, soc="99-9999", area_code=HATTIESBURG)


def test_an_unknown_area_is_refused(occupations_session):
    with pytest.raises(UnknownArea):
        api.wages(session=occupations_session, soc="47-2111", area_code="1234567")
