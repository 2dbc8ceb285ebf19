"""Sessions on the app database (``settings.database_url``), migrated on first use.

One error contract: a database that cannot be reached or used (connection refused, locked,
timed out, disconnected, or any other database error) raises
:class:`bot.handoff.errors.StoreUnavailable` from :func:`session_scope`; callers catch that,
never SQLAlchemy's errors. The handoff store's own refusals (:class:`TaskNotFound`,
:class:`InvalidTransition`, :class:`NoCoachAvailable`) pass through unchanged.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from bot.handoff.engine import app_engine, ensure_schema
from bot.handoff.errors import StoreUnavailable

_migrated: set[str] = set()
_migrating = threading.Lock()


def engine_for(url: str) -> Engine:
    """The process's engine for ``url``, its schema brought to the newest migration once."""
    engine = app_engine(url)
    if url not in _migrated:
        with _migrating:
            if url not in _migrated:
                ensure_schema(engine)
                _migrated.add(url)
    return engine


@contextmanager
def session_scope(url: str) -> Iterator[Session]:
    """A session that commits on success and rolls back on error.

    Raises :class:`StoreUnavailable` for any database error (and for an OS error on the way
    to the database); other exceptions of the work pass through.
    """
    try:
        session = sessionmaker(engine_for(url), expire_on_commit=False)()
    except (SQLAlchemyError, OSError) as error:
        raise StoreUnavailable(type(error).__name__) from error
    try:
        yield session
        session.commit()
    except (SQLAlchemyError, OSError) as error:
        _rollback(session)
        raise StoreUnavailable(type(error).__name__) from error
    except BaseException:
        _rollback(session)
        raise
    finally:
        session.close()


def _rollback(session: Session) -> None:
    with contextlib.suppress(SQLAlchemyError):  # the connection is gone: nothing to roll back
        session.rollback()
