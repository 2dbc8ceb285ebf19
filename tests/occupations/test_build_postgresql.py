"""The same build into PostgreSQL (the production setting): same figures, rebuilt in place."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest

from occupations import api
from occupations.build import build_database
from occupations.db import session_scope
from tests.servers import throwaway_postgres


@pytest.fixture(scope="module")
def postgresql_url() -> Iterator[str]:
    with throwaway_postgres("careerbot_occupations") as url:
        yield url


def test_build_into_postgresql_and_rebuild_over_it(postgresql_url, source_dir, tmp_path):
    for _ in range(2):  # the second build replaces the first in one transaction
        build_database(source_dir=source_dir, url=postgresql_url, cache_dir=tmp_path)
    with session_scope(postgresql_url) as session:
        report = api.wages(session=session, soc="47-2111", area_code="0025620")
        place = api.resolve_place(session=session, text="Tupelo")
        match = api.search_occupations(session=session, text="electrition")
    assert report.local.annual_median.value == Decimal(48580)
    assert report.local.hourly_median.value == Decimal("23.35")
    assert place.area.code == "2800006"
    assert match.best.soc == "47-2111"
