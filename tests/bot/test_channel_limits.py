"""The one message bound every channel applies before NLU."""

from __future__ import annotations

import pytest

from bot.channels.limits import bound
from careerbot import settings

WORDS = "electrician pay in hattiesburg "


def test_a_short_question_is_read_whole() -> None:
    result = bound("how much do welders make?", max_chars=1000, max_tokens=200)
    assert result.text == "how much do welders make?" and not result.cut


def test_a_long_message_is_cut_at_a_word_under_the_character_limit() -> None:
    result = bound(WORDS * 100, max_chars=1000, max_tokens=10_000)
    assert result.cut
    assert len(result.text) <= 1000
    assert result.text.endswith("hattiesburg") or result.text.split()[-1] in WORDS.split()


def test_many_short_words_are_cut_at_the_token_limit() -> None:
    result = bound("a " * 400, max_chars=1000, max_tokens=200)
    assert result.cut and result.text.split() == ["a"] * 200


def test_exactly_the_token_limit_is_not_a_cut() -> None:
    result = bound("a " * 200, max_chars=1000, max_tokens=200)
    assert not result.cut and len(result.text.split()) == 200


def test_control_characters_become_spaces() -> None:
    assert bound("hi\x00there\x1b", max_chars=100, max_tokens=100).text == "hi there"


def test_a_million_characters_are_cut_to_the_limit() -> None:
    assert bound("x" * 1_000_000, max_chars=1000, max_tokens=200).text == "x" * 1000
    result = bound(WORDS * 40_000, max_chars=1000, max_tokens=200)
    assert result.cut and len(result.text) <= 1000


def test_the_default_limit_is_a_thousand_characters_and_two_hundred_words(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("CAREERBOT_MAX_MESSAGE_CHARS", raising=False)
    monkeypatch.delenv("CAREERBOT_MAX_MESSAGE_TOKENS", raising=False)
    channels = settings.load().channels
    assert (channels.max_message_chars, channels.max_message_tokens) == (1000, 200)


def test_by_default_only_the_coach_apps_own_page_may_talk_to_rasa(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("CAREERBOT_ALLOWED_ORIGINS", raising=False)
    monkeypatch.setenv("CAREERBOT_COACH_PORT", "8080")
    assert settings.load().channels.allowed_origins == (
        "http://localhost:8080",
        "http://127.0.0.1:8080",
    )
    monkeypatch.setenv("CAREERBOT_ALLOWED_ORIGINS", "https://a.example.org/, https://b.example.org")
    assert settings.load().channels.allowed_origins == (
        "https://a.example.org",
        "https://b.example.org",
    )
