"""``careerbot db``: the app database's schema (Alembic migrations in bot/handoff/migrations)."""

from __future__ import annotations

import click
from sqlalchemy.exc import SQLAlchemyError

from bot.handoff.engine import create_app_engine
from bot.handoff.errors import StoreUnavailable
from careerbot.cli.output import emit_json, fail
from careerbot.settings import load


@click.group()
def db() -> None:
    """The app database (handoffs, coaches, SMS state): migrate it, or see where it is."""


@db.command("upgrade")
@click.option("--json", "as_json", is_flag=True, help="print JSON")
def upgrade_command(as_json: bool) -> None:
    """Bring the app database to the newest migration (every process also does at start)."""
    from bot.handoff import schema

    engine = create_app_engine(load().database_url)
    try:
        before = schema.current(engine)
        schema.upgrade(engine)
        after = schema.current(engine)
    except (StoreUnavailable, SQLAlchemyError, OSError) as error:
        fail(f"the app database cannot be reached ({type(error).__name__})", as_json=as_json)
    except Exception as error:  # noqa: BLE001 - a failed migration is reported, not a traceback
        fail(f"the migration failed: {type(error).__name__}: {error}", as_json=as_json)
    finally:
        engine.dispose()
    if as_json:
        emit_json({"before": before, "after": after})
    elif before == after:
        click.echo(f"app database already at migration {after}")
    else:
        click.echo(f"app database migrated from {before or 'no migration'} to {after}")


@db.command("current")
@click.option("--json", "as_json", is_flag=True, help="print JSON")
def current_command(as_json: bool) -> None:
    """Which migration the app database is at, and the newest one."""
    from bot.handoff import schema

    engine = create_app_engine(load().database_url)
    try:
        current = schema.current(engine)
    except (SQLAlchemyError, OSError) as error:
        fail(f"the app database cannot be reached ({type(error).__name__})", as_json=as_json)
    finally:
        engine.dispose()
    head = schema.head()
    if as_json:
        emit_json({"current": current, "head": head, "up_to_date": current == head})
    else:
        state = "up to date" if current == head else "needs `careerbot db upgrade`"
        click.echo(f"app database at {current or 'no migration'}; newest {head} ({state})")
