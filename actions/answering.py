"""What every answer action shares: reading confirmed slots and failing politely."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from occupations.errors import DatabaseUnavailable, OccupationsError

logger = logging.getLogger(__name__)


def confirmed(tracker: Tracker, slot: str) -> str | None:
    """A slot only the validators set (``soc``, ``area_code``), or None."""
    value = tracker.get_slot(slot)
    return value if isinstance(value, str) and value else None


def latest_intent(tracker: Tracker) -> str | None:
    """The intent Rasa chose for the student's last message (buttons included)."""
    intent = tracker.latest_message.get("intent") or {}
    name = intent.get("name")
    return name if isinstance(name, str) else None


@asynccontextmanager
async def answer_or_apologise(dispatcher: CollectingDispatcher) -> AsyncIterator[None]:
    """Turn a data-layer failure into a plain apology instead of a silent bot."""
    try:
        yield
    except DatabaseUnavailable:
        logger.warning("occupations database unavailable")
        dispatcher.utter_message(response="utter_database_down")
    except OccupationsError as error:
        logger.warning("data layer could not answer: %s", type(error).__name__)
        dispatcher.utter_message(response="utter_no_facts")
