"""Sessions on the handoff database (``settings.database_url``), tables created on first use.

One error contract: a database that cannot be reached or used right now (connection
refused, locked, timed out, disconnected) raises :class:`bot.handoff.errors.StoreUnavailable`
from :func:`session_scope`; callers catch that, not SQLAlchemy's errors.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DisconnectionError, InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from sqlalchemy.orm import Session, sessionmaker

from bot.handoff.errors import StoreUnavailable
from bot.handoff.models import Base

UNAVAILABLE = (OperationalError, InterfaceError, DisconnectionError, PoolTimeout)


@lru_cache(maxsize=8)
def engine_for(url: str) -> Engine:
    """One engine per URL per process, created lazily with the tables it needs."""
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 30})
        # Several processes (actions, worker, coach app) write the demo's SQLite file.
        event.listen(engine, "connect", _sqlite_pragmas)
    else:
        engine = create_engine(url, pool_pre_ping=True, connect_args=_connect_timeout(url))
    Base.metadata.create_all(engine)
    return engine


def _connect_timeout(url: str) -> dict[str, object]:
    """A bounded wait for PostgreSQL to answer, so an outage is reported, not waited out."""
    return {"connect_timeout": 5} if url.startswith("postgresql") else {}


def _sqlite_pragmas(connection: object, _record: object) -> None:
    cursor = connection.cursor()  # type: ignore[attr-defined]
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


@contextmanager
def session_scope(url: str) -> Iterator[Session]:
    """A session that commits on success and rolls back on error.

    Raises :class:`StoreUnavailable` when the database cannot be reached or used right now.
    """
    try:
        session = sessionmaker(engine_for(url), expire_on_commit=False)()
    except UNAVAILABLE as error:
        raise StoreUnavailable(type(error).__name__) from error
    try:
        yield session
        session.commit()
    except UNAVAILABLE as error:
        _rollback(session)
        raise StoreUnavailable(type(error).__name__) from error
    except BaseException:
        _rollback(session)
        raise
    finally:
        session.close()


def _rollback(session: Session) -> None:
    with contextlib.suppress(*UNAVAILABLE):  # the connection is gone: nothing to roll back
        session.rollback()
