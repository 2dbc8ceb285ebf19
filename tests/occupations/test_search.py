"""Occupation search as students type: typos, slang, abbreviations, and honest ambiguity."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from occupations.search import search_occupations

PHRASINGS = list(
    csv.DictReader((Path(__file__).parents[1] / "data" / "search_phrasings.csv").open())
)


def test_the_evaluation_set_is_large_enough():
    assert len(PHRASINGS) >= 60


def test_top_1_accuracy_over_student_phrasings(occupations_session, record_property):
    misses = []
    for row in PHRASINGS:
        result = search_occupations(session=occupations_session, text=row["phrase"])
        top = result.matches[0].soc if result.matches else None
        if top != row["soc"]:
            misses.append((row["phrase"], row["soc"], top))
    accuracy = 1 - len(misses) / len(PHRASINGS)
    record_property("top1_accuracy", accuracy)
    print(
        f"\nsearch top-1 accuracy: {accuracy:.1%} over {len(PHRASINGS)} phrasings; misses: {misses}"
    )
    assert accuracy >= 0.9, misses


@pytest.mark.parametrize(
    ("phrase", "soc"),
    [
        ("im tryna be a welder", "51-4121"),
        ("electrition", "47-2111"),
        ("RN", "29-1141"),
        ("CNA", "31-1131"),
        ("cop", "33-3051"),
        ("CDL driver", "53-3032"),
        ("lineman", "49-9051"),
    ],
)
def test_slang_and_typos_resolve_without_asking(occupations_session, phrase, soc):
    result = search_occupations(session=occupations_session, text=phrase)
    assert result.best is not None and result.best.soc == soc


@pytest.mark.parametrize("word", ["teacher", "engineer", "mechanic"])
def test_ambiguous_words_offer_choices_instead_of_guessing(occupations_session, word):
    result = search_occupations(session=occupations_session, text=word)
    assert result.ambiguous and result.best is None
    assert len({m.soc for m in result.matches}) >= 3


@pytest.mark.parametrize(
    "text", ["", "   ", "asdkjhasd qwpoe", "'; DROP TABLE occupation; --", "😀😀"]
)
def test_nonsense_finds_nothing(occupations_session, text):
    assert search_occupations(session=occupations_session, text=text).matches == []


def test_a_soc_code_finds_itself(occupations_session):
    assert (
        search_occupations(session=occupations_session, text="47-2111").best.title == "Electricians"
    )


def test_a_huge_query_is_answered(occupations_session):
    result = search_occupations(session=occupations_session, text="welder " * 2000)
    assert result.best is not None and result.best.soc == "51-4121"


HOLDOUT = list(
    csv.DictReader((Path(__file__).parents[1] / "data" / "search_phrasings_holdout.csv").open())
)


def test_top_1_accuracy_on_phrasings_written_after_tuning(occupations_session):
    """Phrasings written once the search was tuned, never tuned against: an honest figure."""
    misses = []
    for row in HOLDOUT:
        result = search_occupations(session=occupations_session, text=row["phrase"])
        top = result.matches[0].soc if result.matches else None
        if top != row["soc"]:
            misses.append((row["phrase"], row["soc"], top))
    accuracy = 1 - len(misses) / len(HOLDOUT)
    print(f"\nheld-out top-1 accuracy: {accuracy:.1%} over {len(HOLDOUT)}; misses: {misses}")
    assert accuracy >= 0.7, misses


def test_texting_spelling_of_tech_finds_the_technician(occupations_session) -> None:
    result = search_occupations(session=occupations_session, text="vet tek")
    assert result.best is not None and result.best.soc == "29-2056"


@pytest.mark.parametrize(
    ("text", "soc"),
    [("automotive service technician", "49-3023"), ("automotive service technicians", "49-3023")],
)
def test_first_part_of_a_two_part_title_finds_the_job(occupations_session, text, soc) -> None:
    result = search_occupations(session=occupations_session, text=text)
    assert result.best is not None and result.best.soc == soc


@pytest.mark.parametrize("text", ["medical", "health", "home"])
def test_a_modifier_before_and_is_no_job_of_its_own(occupations_session, text) -> None:
    assert search_occupations(session=occupations_session, text=text).best is None
