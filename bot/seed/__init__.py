"""Demo schools and coaches, and the function that loads a seed file into the database."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.handoff.accounts import hash_password, normalize_username
from bot.handoff.models import Coach, School

DEMO_SEED = Path(__file__).with_name("demo.yml")


def read_seed(path: Path = DEMO_SEED) -> dict[str, Any]:
    """The seed file's ``coaches`` and ``schools`` lists."""
    data = YAML(typ="safe").load(path.read_text(encoding="utf-8")) or {}
    return {"coaches": data.get("coaches") or [], "schools": data.get("schools") or []}


def apply_seed(*, session: Session, seed: dict[str, Any], password: str | None) -> tuple[int, int]:
    """Create or update the seed's coaches and schools; returns (coaches, schools).

    Every seeded coach signs in with ``password`` (the demo password from settings); with no
    password the accounts are created without one and cannot sign in until one is set.
    """
    hashed = hash_password(password) if password else None
    by_username: dict[str, Coach] = {}
    for entry in seed["coaches"]:
        username = normalize_username(str(entry["username"]))
        coach = session.scalars(select(Coach).where(Coach.username == username)).first()
        if coach is None:
            coach = Coach(username=username, password_hash=hashed)
            session.add(coach)
        elif hashed and not coach.password_hash:
            coach.password_hash = hashed
        coach.display_name = entry["display_name"]
        coach.region = entry["region"]
        coach.fallback_for = entry.get("fallback_for")
        coach.email = entry.get("email")
        coach.phone = entry.get("phone")
        coach.webhook_url = entry.get("webhook_url")
        coach.notify_via = entry.get("notify_via", "email")
        coach.active = True
        by_username[username] = coach
    session.flush()
    for entry in seed["schools"]:
        school = session.get(School, entry["id"]) or School(id=entry["id"])
        school.name, school.city, school.region = entry["name"], entry["city"], entry["region"]
        coach_name = entry.get("coach")
        school.coach = by_username.get(normalize_username(str(coach_name))) if coach_name else None
        session.add(school)
    session.commit()
    return len(seed["coaches"]), len(seed["schools"])
