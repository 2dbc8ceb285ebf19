"""The crisis rules alone, for tests that must not flip with a retraining of the learned check."""

from __future__ import annotations

from bot.nlu.crisis_patterns import detect


def rules_kind(text: str) -> str | None:
    """The kind the rules (and the word window) find in ``text``, without the learned model."""
    found = detect(text, learned=False)
    return found.kind if found else None
