"""Everyday replies to the assistant are never a crisis: the training examples of every other
intent stay calm, and so do the student messages of the blind conversation sets, which the
crisis check never learns from.

A bare "no" and "how long is the training" once got the 988 answer: the learned check had
seen crisis phrasings and figures of speech, but not the short replies students send most.
Since the sentence vector (bot/nlu/sentence_encoder.py), the learned check is trained on the
other intents' examples as calm rows too (``everyday_messages``), so the first test is
in-sample and the blind conversations are the held-out check.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
import yaml

from bot.nlu.crisis_model import DATA
from bot.nlu.crisis_patterns import detect

ROOT = Path(__file__).resolve().parents[2]
_ANNOTATION = re.compile(r"\[([^\]]*)\][({][^)}]*[)}]")
# Situations a coach should hear about at once; the urgent answer is right for them.
URGENT_ON_PURPOSE = {"im homeless and need help with school"}


def _everyday_examples() -> list[str]:
    """Examples of every intent but ``crisis`` in data/nlu, minus the crisis check's own rows."""
    with (DATA / "crisis_calm_replies.csv").open(newline="", encoding="utf-8") as handle:
        trained = {row["text"] for row in csv.DictReader(handle)}
    examples = []
    for path in sorted((ROOT / "data" / "nlu").rglob("*.yml")):
        for item in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("nlu", []):
            if item.get("intent") in (None, "crisis"):
                continue
            for line in str(item.get("examples", "")).splitlines():
                text = _ANNOTATION.sub(r"\1", line.strip().removeprefix("- "))
                if text and text not in trained and text not in URGENT_ON_PURPOSE:
                    examples.append(text)
    return examples


def test_everyday_training_examples_of_other_intents_stay_calm() -> None:
    examples = _everyday_examples()
    assert len(examples) > 1000
    triggered = [text for text in examples if detect(text)]
    # Under 0.5 %: about one example in 200 (the issue-9 budget for figures of speech is 2 %).
    assert len(triggered) <= len(examples) // 200, triggered


def _blind_conversation_messages() -> list[str]:
    """Every student turn of bench/data/heldout_messages*.txt (written blind, never trained on)."""
    found: set[str] = set()
    for path in sorted((ROOT / "bench" / "data").glob("heldout_messages*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                turns = line.split(" ; ")[0].split(" || ")
                found |= {turn.strip() for turn in turns if turn.strip()}
    return sorted(found)


def test_student_job_questions_never_trained_on_stay_calm() -> None:
    messages = _blind_conversation_messages()
    assert len(messages) > 500
    triggered = [text for text in messages if detect(text)]
    assert len(triggered) <= len(messages) // 200, triggered


@pytest.mark.parametrize(
    "reply",
    [
        "no",
        "nope not that one",
        "no its not",
        "i dont think so",
        "sounds good to me",
        "how long is the training",
        "where can i train to be an electrician",
        "how many years of training is that",
        "leave it",
        "let me talk to someone",
        "will anyone see what i said",
        "i like building stuff",
        "down in the pine belt",
    ],
)
def test_short_reply_in_a_conversation_is_not_a_crisis(reply: str) -> None:
    assert detect(reply) is None
