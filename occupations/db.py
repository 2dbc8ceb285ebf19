"""Engines and sessions: one lazily created engine per URL, one session per unit of work."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from occupations.errors import DatabaseUnavailable


def _sqlite_pragmas(dbapi_connection: object, _record: object) -> None:
    cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def make_engine(url: str) -> Engine:
    """A new engine for ``url`` (SQLite file or any SQLAlchemy URL)."""
    engine = create_engine(url, pool_pre_ping=True, future=True)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


@lru_cache(maxsize=8)
def engine_for(url: str) -> Engine:
    """The shared engine for ``url``, created on first use (never at import)."""
    return make_engine(url)


@lru_cache(maxsize=8)
def _sessionmaker(url: str) -> sessionmaker[Session]:
    return sessionmaker(engine_for(url), expire_on_commit=False)


def check_built(engine: Engine) -> None:
    """Raise :class:`DatabaseUnavailable` unless the database has been built."""
    try:
        if not inspect(engine).has_table("provenance"):
            raise DatabaseUnavailable(
                "The occupations database has not been built: run `careerbot data build`."
            )
    except OperationalError as error:
        raise DatabaseUnavailable(f"The occupations database cannot be reached: {error}") from error


@contextmanager
def session_scope(url: str) -> Iterator[Session]:
    """A session for one unit of work; rolled back on error, always closed."""
    session = _sessionmaker(url)()
    try:
        yield session
        session.commit()
    except OperationalError as error:
        session.rollback()
        raise DatabaseUnavailable(f"The occupations database cannot be reached: {error}") from error
    except SQLAlchemyError:
        session.rollback()
        raise
    finally:
        session.close()
