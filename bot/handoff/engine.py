"""The one engine factory of the app database (handoffs, coaches, SMS state).

Used by the handoff store (:mod:`bot.handoff.db`) in the app environment and by the SMS
store (:mod:`bot.sms.store`) in both environments, so it is written for SQLAlchemy 1.4
(the Rasa env, ``future=True``) and 2.0 (the app env) and imports no ORM model.

The tables come from the Alembic migrations in ``bot/handoff/migrations`` (never from
``create_all``): :func:`ensure_schema` upgrades the database where Alembic is installed (the
app env) and, in the Rasa env, only checks that the app env's processes have done so.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from bot.handoff.errors import StoreUnavailable

# The tables the Rasa side (the SMS channel) writes: present once the schema is migrated.
SMS_TABLES = ("sms_contacts", "sms_inbound", "sms_outbox")


def create_app_engine(url: str) -> Engine:
    """A new engine for ``url`` (not shared; :func:`app_engine` is the shared one).

    SQLite for the demo (several processes write the file: WAL, a 30 s busy wait) or
    PostgreSQL (a bounded wait to connect, so an outage is reported, not waited out).
    """
    options: dict[str, Any] = {"future": True, "pool_pre_ping": True}
    if url.startswith("sqlite"):
        options["connect_args"] = {"timeout": 30, "check_same_thread": False}
    elif url.startswith("postgresql"):
        options["connect_args"] = {"connect_timeout": 5}
    engine = sa.create_engine(url, **options)
    if url.startswith("sqlite"):
        sa.event.listen(engine, "connect", _sqlite_pragmas)
    return engine


@lru_cache(maxsize=8)
def app_engine(url: str) -> Engine:
    """The shared engine for ``url`` in this process (created lazily, never at import)."""
    return create_app_engine(url)


def _sqlite_pragmas(connection: Any, _record: Any) -> None:
    cursor = connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def ensure_schema(engine: Engine) -> None:
    """Bring the app database to the newest migration, or check that it has been.

    Raises :class:`StoreUnavailable` when the database cannot be reached, or (in the Rasa env,
    which has no Alembic) when its tables have not been created yet.
    """
    try:
        from bot.handoff.schema import upgrade
    except ImportError:  # the Rasa env: no Alembic (and SQLAlchemy 1.4): the app env migrates
        require_sms_tables(engine)
    else:
        upgrade(engine)


def require_sms_tables(engine: Engine) -> None:
    """Raise :class:`StoreUnavailable` unless the SMS tables exist (the schema was migrated)."""
    try:
        inspector = sa.inspect(engine)
        missing = [name for name in SMS_TABLES if not inspector.has_table(name)]
    except sa.exc.SQLAlchemyError as error:
        raise StoreUnavailable(type(error).__name__) from error
    if missing:
        raise StoreUnavailable(
            "the app database is not migrated yet (`careerbot db upgrade`): missing "
            + ", ".join(missing)
        )
