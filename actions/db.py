"""The one way actions reach a database: one session per call, in a worker thread.

rasa-sdk runs every action on one event loop, so a blocking query there would stall every
other conversation; the thread keeps the loop free. Both stores go through
:func:`in_session`, and each keeps its own error contract:

- the occupations database (``settings.occupations_db_url``) raises
  :class:`occupations.errors.DatabaseUnavailable`;
- the app database (``settings.database_url``: handoffs, coaches, schools) raises
  :class:`bot.handoff.errors.StoreUnavailable`.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import TypeVar

from sqlalchemy.orm import Session

from bot.handoff import db as app_db
from careerbot import settings
from occupations import db as occupations_db

T = TypeVar("T")


def _scope(url: str) -> Callable[[str], AbstractContextManager[Session]]:
    """The session scope (and error contract) of the store at ``url``."""
    if url == settings.cached().database_url:
        return app_db.session_scope
    return occupations_db.session_scope


def _run(url: str, work: Callable[[Session], T]) -> T:
    with _scope(url)(url) as session:
        return work(session)


async def in_session(url: str, work: Callable[[Session], T]) -> T:
    """Run ``work(session)`` with one session on the database at ``url``, off the event loop.

    For an action that needs several look-ups (a comparison's two wages, a description
    and its related jobs): one session and one thread hop instead of one per look-up.
    """
    return await asyncio.to_thread(_run, url, work)


async def in_occupations(work: Callable[[Session], T]) -> T:
    """:func:`in_session` on the occupations database."""
    return await in_session(settings.cached().occupations_db_url, work)


async def in_app_database(work: Callable[[Session], T]) -> T:
    """:func:`in_session` on the app database (raises ``StoreUnavailable``)."""
    return await in_session(settings.cached().database_url, work)
