"""Coach accounts: bcrypt-hashed passwords and hashed API tokens, never stored in clear."""

from __future__ import annotations

import hashlib
import secrets

import bcrypt
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.handoff.models import Coach

MIN_PASSWORD = 10
# Compared against when the username is unknown, so timing does not reveal which coaches exist.
_DUMMY_HASH = bcrypt.hashpw(b"no-such-coach", bcrypt.gensalt(rounds=10)).decode()


def hash_password(password: str) -> str:
    """A bcrypt hash; refuses passwords too short to protect minors' data."""
    if len(password) < MIN_PASSWORD:
        raise ValueError(f"a coach password needs at least {MIN_PASSWORD} characters")
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt()).decode()


def authenticate(*, session: Session, username: str, password: str) -> Coach | None:
    """The active coach with these credentials, else ``None``."""
    coach = session.scalars(select(Coach).where(Coach.username == username.strip().lower())).first()
    stored = coach.password_hash if coach and coach.password_hash else _DUMMY_HASH
    ok = bcrypt.checkpw(password.encode()[:72], stored.encode())
    if coach is None or not coach.active or not coach.password_hash or not ok:
        return None
    return coach


def _token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def issue_token(*, session: Session, coach: Coach) -> str:
    """A new API token for ``coach`` (shown once; only its digest is stored)."""
    token = secrets.token_urlsafe(32)
    coach.api_token_hash = _token_digest(token)
    session.commit()
    return token


def coach_for_token(*, session: Session, token: str) -> Coach | None:
    """The active coach owning this API token, else ``None``."""
    if not token:
        return None
    coach = session.scalars(
        select(Coach).where(Coach.api_token_hash == _token_digest(token))
    ).first()
    return coach if coach is not None and coach.active else None
