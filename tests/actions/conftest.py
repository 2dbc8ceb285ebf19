"""Actions run against the real database built once per test session."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher


@pytest.fixture(autouse=True)
def _occupations_database(
    occupations_db_url: str, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    monkeypatch.setenv("CAREERBOT_OCCUPATIONS_DB_URL", occupations_db_url)
    yield


def make_tracker(
    slots: dict[str, Any] | None = None,
    *,
    intent: str = "ask_pay",
    text: str = "",
    entities: list[dict[str, Any]] | None = None,
    ranking: list[dict[str, Any]] | None = None,
    active_loop: str | None = None,
    events: list[dict[str, Any]] | None = None,
) -> Tracker:
    """A real rasa-sdk Tracker as the action server builds it from Rasa's request."""
    message = {
        "intent": {"name": intent, "confidence": 1.0},
        "entities": entities or [],
        "text": text,
        "intent_ranking": ranking or [],
    }
    return Tracker(
        sender_id="student",
        slots=slots or {},
        latest_message=message,
        events=events or [],
        paused=False,
        followup_action=None,
        active_loop={"name": active_loop} if active_loop else {},
        latest_action_name="action_listen",
    )


@pytest.fixture
def tracker() -> Callable[..., Tracker]:
    return make_tracker


Messages = list[dict[str, Any]]


async def run_action(
    action: Any, tracker: Tracker, domain: dict[str, Any] | None = None
) -> tuple[Messages, Messages]:
    """Run one action as the action server would; return (messages, events)."""
    dispatcher = CollectingDispatcher()
    events = await action.run(dispatcher, tracker, domain or {})
    return dispatcher.messages, events


def texts(messages: list[dict[str, Any]]) -> str:
    return "\n".join(message.get("text") or message.get("response") or "" for message in messages)


def payloads(messages: list[dict[str, Any]]) -> list[str]:
    return [button["payload"] for message in messages for button in message.get("buttons") or []]
