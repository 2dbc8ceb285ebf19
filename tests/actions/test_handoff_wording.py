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


def _spanish(variant: dict[str, object]) -> bool:
    return any(c.get("value") == "es" for c in variant.get("condition") or [])  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", sorted(RESPONSES))
def test_handoff_text_reads_at_grade_8_or_below(name: str) -> None:
    for variant in RESPONSES[name]:
        if _spanish(variant):
            continue  # Flesch-Kincaid is for English; the Spanish ones are checked below
        text = variant["text"].replace("{coach}", "Ms. Rivera").replace("{due}", "by Monday")
        assert textstat.flesch_kincaid_grade(text) <= MAX_GRADE, (name, text)


def test_crisis_answer_names_988_and_911_and_does_not_counsel() -> None:
    [spanish] = [v for v in RESPONSES["utter_crisis"] if _spanish(v)]
    [english] = [v for v in RESPONSES["utter_crisis"] if not _spanish(v)]
    for variant in (english, spanish):
        assert "988" in variant["text"] and "911" in variant["text"]
        assert "buttons" not in variant  # nothing to click past: the numbers are the answer
    assert "Llama o manda un texto al 988" in spanish["text"]


def test_spanish_crisis_texts_read_easily() -> None:
    textstat.set_lang("es")
    try:
        for name, variants in RESPONSES.items():
            for variant in filter(_spanish, variants):
                text = variant["text"].replace("{coach}", "la Sra. Rivera")
                # Fernandez Huerta: 70 and above reads easily (about US grade 7).
                assert textstat.fernandez_huerta(text) >= 70, (name, text)
    finally:
        textstat.set_lang("en_US")
