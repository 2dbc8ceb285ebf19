"""Alembic's entry point for the app database; run through :mod:`bot.handoff.schema`."""

from __future__ import annotations

from alembic import context

from bot.handoff.engine import create_app_engine
from bot.handoff.schema import TARGET_METADATA

config = context.config


def _run(connection: object) -> None:
    context.configure(
        connection=connection,  # type: ignore[arg-type]
        target_metadata=list(TARGET_METADATA),
        render_as_batch=True,  # SQLite alters a table by copying it
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:  # `alembic -x` style use with sqlalchemy.url set
    engine = create_app_engine(config.get_main_option("sqlalchemy.url") or "")
    with engine.begin() as own:
        _run(own)
    engine.dispose()
