"""The carrier keywords are recognised only when they are the whole message."""

from __future__ import annotations

import pytest

from bot.sms.identity import normalize, sender_key
from bot.sms.keywords import Keyword, classify
from bot.sms.redact import redact


@pytest.mark.parametrize(
    "body", ["STOP", "stop", " Stop. ", "STOPALL", "unsubscribe", "Cancel", "END", "quit!"]
)
def test_opt_out_words_stop_the_texts(body: str) -> None:
    assert classify(body) is Keyword.STOP


@pytest.mark.parametrize("body", ["START", "unstop"])
def test_start_words_opt_back_in(body: str) -> None:
    assert classify(body) is Keyword.START


def test_help_and_coach_are_keywords() -> None:
    assert classify("help") is Keyword.HELP
    assert classify("INFO") is Keyword.HELP
    assert classify("Coach") is Keyword.COACH


@pytest.mark.parametrize(
    "body",
    [
        "stop it",
        "how do I stop being a welder",
        "yes",
        "",
        "   ",
        "I need help with money for college",
        "🛑",
    ],
)
def test_ordinary_messages_are_not_keywords(body: str) -> None:
    assert classify(body) is None


def test_one_number_in_any_spelling_has_one_opaque_key() -> None:
    key = sender_key("+16015550123", "secret")
    assert key == sender_key("(601) 555-0123", "secret") == sender_key("601.555.0123", "secret")
    assert "6015550123" not in key
    assert key != sender_key("+16015550123", "another secret")
    assert normalize("601-555-0123") == "+16015550123"


def test_phone_numbers_are_masked_in_log_lines() -> None:
    line = "SlotSet(key: session_started_metadata, value: {'phone': '+16015550123'})"
    assert "6015550123" not in redact(line)
    assert redact("call (601) 555-0123 now") == "call [phone] now"
    assert redact("electricians 47-2111 make $48,580") == "electricians 47-2111 make $48,580"
