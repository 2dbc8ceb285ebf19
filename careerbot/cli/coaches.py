"""``careerbot coaches``: coach accounts, schools and who covers which school."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.handoff.accounts import end_all_sessions, hash_password, issue_token, normalize_username
from bot.handoff.db import session_scope
from bot.handoff.models import CHANNELS, Coach, School
from bot.seed import DEMO_SEED, apply_seed, read_seed
from careerbot.cli.output import emit_json, fail
from careerbot.settings import load


@click.group()
def coaches() -> None:
    """Coach accounts and school assignments (a school's coach, a regional fallback)."""


def _coach(session: Session, username: str) -> Coach:
    wanted = normalize_username(username)
    coach = session.scalars(select(Coach).where(Coach.username == wanted)).first()
    if coach is None:
        fail(f"no coach with username {username!r}")
    return coach


@coaches.command("seed")
@click.option("--file", "path", type=click.Path(exists=True, path_type=Path), default=DEMO_SEED)
def seed_command(path: Path) -> None:
    """Load schools and coaches from a seed file (the demo's by default)."""
    settings = load()
    password = settings.handoff.demo_coach_password
    if path == DEMO_SEED and not settings.handoff.demo:
        fail("the demo seed is for the demo only (CAREERBOT_DEMO=0 is set)")
    with session_scope(settings.database_url) as session:
        counts = apply_seed(session=session, seed=read_seed(path), password=password)
    click.echo(f"{counts[0]} coaches and {counts[1]} schools loaded")


@coaches.command("list")
@click.option("--json", "as_json", is_flag=True, help="print JSON")
def list_command(as_json: bool) -> None:
    """Coaches with their region, fallback duty, schools and notification channels."""
    with session_scope(load().database_url) as session:
        rows: list[dict[str, Any]] = [
            {
                "username": c.username,
                "name": c.display_name,
                "region": c.region,
                "fallback_for": c.fallback_for,
                "schools": [s.id for s in c.schools],
                "notify_via": c.channels,
                "active": c.active,
            }
            for c in session.scalars(select(Coach).order_by(Coach.username))
        ]
    if as_json:
        emit_json(rows)
        return
    for row in rows:
        fallback = f" fallback:{row['fallback_for']}" if row["fallback_for"] else ""
        click.echo(
            f"{row['username']:<14} {row['name']:<32} {row['region']:<10}{fallback} "
            f"schools: {', '.join(row['schools']) or '-'}"
        )


@coaches.command("add")
@click.argument("username")
@click.option("--name", required=True, help='what students read, e.g. "Ms. Rivera"')
@click.option("--region", required=True)
@click.option("--fallback-for", default=None, help='region this coach covers ("statewide")')
@click.option("--email", default=None)
@click.option("--phone", default=None)
@click.option("--webhook-url", default=None)
@click.option("--notify-via", default="email", help=f"comma-separated: {', '.join(CHANNELS)}")
@click.password_option(help="at least 10 characters (prompted when omitted)")
def add_command(
    username: str,
    name: str,
    region: str,
    fallback_for: str | None,
    email: str | None,
    phone: str | None,
    webhook_url: str | None,
    notify_via: str,
    password: str,
) -> None:
    """Create a coach account."""
    try:
        hashed = hash_password(password)
    except ValueError as error:
        fail(str(error))
    with session_scope(load().database_url) as session:
        username = normalize_username(username)
        if session.scalars(select(Coach).where(Coach.username == username)).first():
            fail(f"coach {username!r} exists already")
        session.add(
            Coach(
                username=username,
                display_name=name,
                region=region,
                fallback_for=fallback_for,
                email=email,
                phone=phone,
                webhook_url=webhook_url,
                notify_via=notify_via,
                password_hash=hashed,
                active=True,
            )
        )
    click.echo(f"coach {username} created")


@coaches.command("add-school")
@click.argument("school_id")
@click.option("--name", required=True)
@click.option("--city", default="")
@click.option("--region", required=True)
def add_school_command(school_id: str, name: str, city: str, region: str) -> None:
    """Create or rename a school."""
    with session_scope(load().database_url) as session:
        school = session.get(School, school_id) or School(id=school_id)
        school.name, school.city, school.region = name, city, region
        session.add(school)
    click.echo(f"school {school_id} saved")


@coaches.command("assign")
@click.argument("school_id")
@click.argument("username", required=False)
def assign_command(school_id: str, username: str | None) -> None:
    """Make USERNAME the coach of SCHOOL_ID (no USERNAME: the regional fallback takes it)."""
    with session_scope(load().database_url) as session:
        school = session.get(School, school_id)
        if school is None:
            fail(f"no school {school_id!r}")
        school.coach = _coach(session, username) if username else None
    click.echo(f"{school_id} -> {username or 'regional fallback'}")


@coaches.command("set-password")
@click.argument("username")
@click.password_option()
def set_password_command(username: str, password: str) -> None:
    """Set a coach's password (and sign them out everywhere)."""
    try:
        hashed = hash_password(password)
    except ValueError as error:
        fail(str(error))
    with session_scope(load().database_url) as session:
        coach = _coach(session, username)
        coach.password_hash = hashed
        ended = end_all_sessions(session=session, coach=coach)
    click.echo(f"password set; {ended} session(s) signed out")


@coaches.command("token")
@click.argument("username")
def token_command(username: str) -> None:
    """Issue a new API token for /api/ (replaces the old one; shown once)."""
    with session_scope(load().database_url) as session:
        click.echo(issue_token(session=session, coach=_coach(session, username)))


@coaches.command("deactivate")
@click.argument("username")
def deactivate_command(username: str) -> None:
    """Stop a coach signing in and receiving tasks (their schools fall back to the region)."""
    with session_scope(load().database_url) as session:
        coach = _coach(session, username)
        coach.active = False
        end_all_sessions(session=session, coach=coach)
    click.echo(f"coach {username} deactivated")
