"""Actions run against the real database built once per test session."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
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


def _domain_responses() -> dict[str, str]:
    """Each response's first text in domain/*.yml, as Rasa's domain holds it."""
    import yaml

    root = Path(__file__).resolve().parents[2] / "domain"
    found: dict[str, str] = {}
    for path in sorted(root.glob("*.yml")):
        for name, variants in (
            (yaml.safe_load(path.read_text()) or {}).get("responses") or {}
        ).items():
            text = next((v["text"] for v in variants if "text" in v), None)
            if text is not None:
                found[name] = text
    return found


RESERVED = {"text", "buttons", "image", "elements", "attachment", "custom", "json_message"}
RESERVED |= {"response", "template"}


def shown(messages: list[dict[str, Any]]) -> str:
    """What the student reads: texts as sent, responses filled from their keyword values.

    The same filling Rasa does for a custom action's ``utter_message(response=..., **values)``
    (its templated generator formats the text with the values); a missing value fails.
    """
    responses = _domain_responses()
    said = []
    for message in messages:
        name = message.get("response")
        if message.get("text") or not name:
            said.append(message.get("text") or "")
            continue
        values = {k: v for k, v in message.items() if k not in RESERVED}
        said.append(responses[name].format(**values))
    return "\n".join(said)
