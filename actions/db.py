"""The one way actions reach the occupations database: a session per call, off the event loop."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any, TypeVar

from careerbot import settings
from occupations.db import session_scope

T = TypeVar("T")


def _call(function: Callable[..., T], kwargs: dict[str, Any]) -> T:
    with session_scope(settings.load().occupations_db_url) as session:
        return function(session=session, **kwargs)


async def ask(function: Callable[..., T], **kwargs: Any) -> T:
    """Run one data-layer function with its own session in a worker thread.

    rasa-sdk runs every action on one event loop, so a blocking query here would stall
    every other conversation; the thread keeps the loop free.
    """
    return await asyncio.to_thread(_call, function, kwargs)
