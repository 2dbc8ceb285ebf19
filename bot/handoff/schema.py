"""The app database's schema, from the Alembic migrations in ``bot/handoff/migrations``.

Every process of the app env brings the database to the newest migration the first time it
uses it (:func:`bot.handoff.engine.ensure_schema`), one process at a time (an advisory lock on
PostgreSQL, a lock file beside a SQLite file), so a deployed PostgreSQL is upgraded in place
and keeps its tasks. ``careerbot db upgrade`` does the same by hand; ``careerbot db current``
says which migration a database is at.

A database made before the migrations (its tables created on first use by the code of
then) has no ``alembic_version`` table: the first migration creates only the tables it
lacks, so the same upgrade works from there too.
"""

from __future__ import annotations

import contextlib
import fcntl
import threading
from collections.abc import Iterator
from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection, Engine

from bot.handoff import models
from bot.handoff.errors import StoreUnavailable
from bot.sms import outbox as sms_outbox
from bot.sms import store as sms_store

MIGRATIONS = Path(__file__).with_name("migrations")
# Every table of the app database, as the code expects it (the migrations' target).
TARGET_METADATA = (models.Base.metadata, sms_store.metadata)
assert sms_outbox.texts.metadata is sms_store.metadata  # sms_outbox is in the SMS metadata

_LOCK_KEY = 7_240_311_912  # pg_advisory_xact_lock key of the app database's migrations
_process_lock = threading.Lock()


def alembic_config(connection: Connection | None = None) -> Config:
    """Alembic's configuration, without an ini file; ``connection`` is the one to migrate."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def head() -> str:
    """The newest migration's revision."""
    revision = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert revision is not None
    return revision


def current(engine: Engine) -> str | None:
    """The migration the database is at (None: never migrated)."""
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Migrate the database to ``revision``; raises :class:`StoreUnavailable` when unreachable."""
    try:
        with _process_lock, _file_lock(engine), engine.begin() as connection:
            if connection.dialect.name == "postgresql":
                connection.execute(sa.text(f"SELECT pg_advisory_xact_lock({_LOCK_KEY})"))
            command.upgrade(alembic_config(connection), revision)
    except sa.exc.SQLAlchemyError as error:
        raise StoreUnavailable(type(error).__name__) from error


@contextlib.contextmanager
def _file_lock(engine: Engine) -> Iterator[None]:
    """On a SQLite file, one migrating process at a time (the file has no advisory locks)."""
    database = engine.url.database
    if engine.dialect.name != "sqlite" or not database or database == ":memory:":
        yield
        return
    with open(f"{database}.migrate-lock", "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
