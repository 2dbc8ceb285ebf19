"""The one way actions reach the occupations database: a session per call, off the event loop."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from careerbot import settings
from occupations.db import session_scope

T = TypeVar("T")


def _in_session(work: Callable[[Session], T]) -> T:
    with session_scope(settings.cached().occupations_db_url) as session:
        return work(session)


async def in_session(work: Callable[[Session], T]) -> T:
    """Run ``work(session)`` with one session in one worker thread.

    For an action that needs several look-ups (a comparison's two wages, a description
    and its related jobs): one session and one thread hop instead of one per look-up.
    """
    return await asyncio.to_thread(_in_session, work)


async def ask(function: Callable[..., T], **kwargs: Any) -> T:
    """Run one data-layer function with its own session in a worker thread.

    rasa-sdk runs every action on one event loop, so a blocking query here would stall
    every other conversation; the thread keeps the loop free.
    """
    return await in_session(lambda session: function(session=session, **kwargs))
