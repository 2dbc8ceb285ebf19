"""The handoff's texts read easily (grade 8 or below), and crisis texts name 988 and 911."""

from __future__ import annotations

from pathlib import Path

import pytest
import textstat
from ruamel.yaml import YAML

from tests.actions.test_wording import _offline_syllable_dictionary  # noqa: F401 (fixture)

ROOT = Path(__file__).resolve().parents[2]
RESPONSES = YAML(typ="safe").load((ROOT / "domain" / "handoff.yml").read_text())["responses"]
MAX_GRADE = 8.0


@pytest.mark.parametrize("name", sorted(RESPONSES))
def test_handoff_text_reads_at_grade_8_or_below(name: str) -> None:
    for variant in RESPONSES[name]:
        text = variant["text"].replace("{coach}", "Ms. Rivera").replace("{due}", "by Monday")
        assert textstat.flesch_kincaid_grade(text) <= MAX_GRADE, (name, text)


def test_crisis_answer_names_988_and_911_and_does_not_counsel() -> None:
    [variant] = RESPONSES["utter_crisis"]
    assert "988" in variant["text"] and "911" in variant["text"]
    assert "buttons" not in variant  # nothing to click past: the numbers are the answer
