"""Every answer cites the sources the build recorded in ``provenance``, read from there.

The expected citations come straight from the built database (the ``cited`` fixture); a
copy of the database whose provenance says another release cites that release, so a yearly
refresh changes one catalogue entry and nothing else.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from occupations import api
from occupations.db import session_scope
from occupations.errors import DatabaseUnavailable
from tests.servers import APP_BIN

ELECTRICIANS, HATTIESBURG = "47-2111", "0025620"


def test_each_result_cites_the_database_s_provenance(occupations_session, cited) -> None:
    wages = api.wages(session=occupations_session, soc=ELECTRICIANS, area_code=HATTIESBURG)
    assert wages.source.citation == cited["oews"]
    pathway = api.pathway(session=occupations_session, soc=ELECTRICIANS, area_code=HATTIESBURG)
    assert pathway.source.citation == cited["projections"]
    assert pathway.detail_source.citation == cited["onet"]
    described = api.describe(session=occupations_session, soc=ELECTRICIANS)
    assert described.source.citation == cited["onet"]


def test_the_explore_list_carries_its_sources(occupations_session, cited) -> None:
    items = api.explore(session=occupations_session, area_code=HATTIESBURG, limit=3)
    assert items and all(
        [s.citation for s in item.sources] == [cited["oews"], cited["projections"]]
        for item in items
    )
    by_interest = api.explore(
        session=occupations_session, area_code=HATTIESBURG, interest="realistic", limit=1
    )
    assert cited["onet"] in [s.citation for s in by_interest[0].sources]


def test_a_refreshed_release_is_cited_without_a_code_change(occupations_db_url, tmp_path) -> None:
    copy = tmp_path / "refreshed.sqlite"
    shutil.copy(occupations_db_url.removeprefix("sqlite:///"), copy)
    with sqlite3.connect(copy) as connection:
        connection.execute("UPDATE provenance SET release = 'May 2026' WHERE table_name = 'wage'")
    with session_scope(f"sqlite:///{copy}") as session:
        report = api.wages(session=session, soc=ELECTRICIANS, area_code=HATTIESBURG)
        assert report.source.citation.endswith(", May 2026")
        assert (
            api.explore(session=session, area_code=HATTIESBURG, limit=1)[0]
            .sources[0]
            .citation.endswith(", May 2026")
        )


def test_a_database_without_provenance_is_refused_not_cited(occupations_db_url, tmp_path) -> None:
    copy = tmp_path / "no-provenance.sqlite"
    shutil.copy(occupations_db_url.removeprefix("sqlite:///"), copy)
    with sqlite3.connect(copy) as connection:
        connection.execute("DELETE FROM provenance WHERE table_name = 'wage'")
    with (
        session_scope(f"sqlite:///{copy}") as session,
        pytest.raises(DatabaseUnavailable, match="no source"),
    ):
        api.wages(session=session, soc=ELECTRICIANS, area_code=HATTIESBURG)


def test_the_cli_explore_cites_the_list_s_sources(occupations_db_url, cited) -> None:
    env = {"CAREERBOT_OCCUPATIONS_DB_URL": occupations_db_url, "PATH": "/usr/bin:/bin"}
    done = subprocess.run(
        [str(Path(APP_BIN) / "careerbot"), "explore", "hattiesburg", "--limit", "2", "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["source"] == f"{cited['oews']}; {cited['projections']}"
