"""The crisis detector on its corpus (bot/nlu/data/crisis_*.csv), in English and Spanish."""

from __future__ import annotations

import csv

import pytest

from bot.nlu.crisis_checkin import checkin_language
from bot.nlu.crisis_model import DATA
from bot.nlu.crisis_patterns import detect
from bot.nlu.crisis_text import canonical, correct

SPLITS = (
    "dev",
    "heldout",
    "heldout2",
    "heldout3",
    "heldout4",
    "dev5",
    "dev6",
    "dev7",
    "dev8",
    "dev9",
    "heldout5",
    "dev10",
    "heldout6",
    "dev11",
    "heldout7",
    "dev12",
)


def _rows(kind: str) -> list[dict[str, str]]:
    rows = []
    for split in SPLITS:
        with (DATA / f"crisis_{split}.csv").open(newline="") as handle:
            rows += [
                row for row in csv.DictReader(handle) if (row["kind"] == "none") == (kind == "none")
            ]
    return rows


CRISIS = _rows("crisis")
CALM = _rows("none")


def test_the_corpus_is_big_enough_and_bilingual() -> None:
    assert len(CRISIS) >= 300 and len(CALM) >= 150
    assert {row["lang"] for row in CRISIS} == {"en", "es"}
    assert {row["kind"] for row in CRISIS} == {"self_harm", "abuse", "danger"}


def test_every_crisis_phrasing_is_caught_in_its_language_and_nearly_always_its_kind() -> None:
    found = [(row, detect(row["text"])) for row in CRISIS]
    # A few are answered by the check-in tier instead ("i'm afraid of my dad": "are you
    # safe?", 988 and the coach's button, no urgent task); none gets neither.
    checked_in = [row["text"] for row, match in found if match is None]
    assert [text for text in checked_in if checkin_language(text) is None] == []
    assert len(checked_in) <= 0.002 * len(CRISIS), checked_in
    assert [row["text"] for row, match in found if match and match.language != row["lang"]] == []
    # Some kinds are debatable ("my boyfriend won't let me leave and hits me": danger or
    # abuse; "my friend overdosed": danger or self-harm); any kind gets 988 and an urgent task.
    # heldout6's writer, who never saw the detector, chose other kinds for 26 of its 246
    # ("my friend overdosed and isnt waking up": danger, here self-harm); heldout7's writer
    # for about 20 of its 250 ("my friend says shes going to kill herself tonight": self-harm,
    # here danger; "my parents kicked me out and i have nowhere to sleep": abuse, here
    # danger); the older splits stay under 3 %.
    wrong = [row["text"] for row, match in found if match and match.kind != row["kind"]]
    assert len(wrong) / len(CRISIS) < 0.05, wrong


def test_figures_of_speech_and_job_questions_stay_under_two_percent() -> None:
    triggered = [row["text"] for row in CALM if detect(row["text"]) is not None]
    assert len(triggered) / len(CALM) < 0.02, triggered


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("suisidal", "suicidal"),
        ("sucidal", "suicidal"),
        ("suicde", "suicide"),
        ("myslef", "myself"),
        ("kms", "kill myself"),
        ("r*ped", "raped"),
        ("amused", "amused"),  # common words are never "corrected"
        ("living", "living"),
    ],
)
def test_misspellings_of_rare_crisis_words_are_corrected(typed: str, expected: str) -> None:
    assert correct(typed) == expected


def test_slang_is_spelled_out_before_the_rules_run() -> None:
    assert canonical("gonna unalive my self fr") == "going to suicide fr"
    assert canonical("thinking abt sewer-slide") == "thinking about suicide"
    assert canonical("i wanna dieeee") == "i want to die"


@pytest.mark.parametrize(
    "text",
    [
        "my teacher is gonna kill me if i'm late",
        "suicide prevention counselor pay",
        "cuanto gana un consejero de prevencion del suicidio",
        "i could kill for a burger",
        "my phone is about to die",
        "my dad beat me at chess again",
    ],
)
def test_figures_of_speech_are_taken_out_first(text: str) -> None:
    assert detect(text) is None


def test_a_threat_with_if_is_still_a_threat() -> None:
    found = detect("he said he will kill me if i tell")
    assert found is not None and found.kind == "danger"


def test_a_crisis_at_the_end_of_a_long_message_is_found() -> None:
    text = "how much do welders make in hattiesburg " * 100 + "and i want to kms"
    assert detect(text) is not None
