"""The build without the optional entry-route sources: it works, and says what it left out."""

from __future__ import annotations

from pathlib import Path

from occupations import api
from occupations.build import build_database
from occupations.db import session_scope
from occupations.sources import CATALOGUE
from occupations.types import Place

LEFT_OUT = ("ipeds_completions_all", "licences", "apprenticeship_sponsors")


def test_build_without_optional_sources_uses_the_partial_extract_and_says_so(
    source_dir: Path, tmp_path: Path
) -> None:
    partial_dir = tmp_path / "sources"
    for key, spec in CATALOGUE.items():
        if key in LEFT_OUT:
            continue
        target = partial_dir / spec.path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.symlink_to(source_dir / spec.path)
    url = f"sqlite:///{tmp_path / 'occupations.sqlite'}"
    report = build_database(source_dir=partial_dir, url=url, cache_dir=tmp_path / "cache")
    said = " ".join(report.left_out)
    assert "partial public extract" in said and "licences" in said and "sponsors" in said
    assert "licence" not in report.rows and "sponsor" not in report.rows
    with session_scope(url) as session:
        place = api.resolve_place(session=session, text="Gulfport")
        assert isinstance(place, Place)
        result = api.routes(session=session, soc="29-2061", place=place)
        programs = [p for r in result.routes for p in r.programs]
        assert programs and programs[0].institution == "Mississippi Gulf Coast Community College"
        assert not result.licences
        assert any("partial" in what for what in result.left_out)
        assert "CareerOneStop (U.S. DOL)" in result.left_out
