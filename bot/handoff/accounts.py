"""Coach accounts: bcrypt-hashed passwords and hashed API tokens, never stored in clear."""

from __future__ import annotations

import hashlib
import secrets
import unicodedata
from datetime import datetime, timedelta

import bcrypt
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from bot.handoff.models import Coach, CoachSession, utcnow

MIN_PASSWORD = 10
BCRYPT_ROUNDS = 12
# Checked when the username is unknown (or has no password), at the same cost as a real hash,
# so the time a wrong password takes does not reveal which coaches exist.
_DUMMY_HASH = bcrypt.hashpw(b"no-such-coach", bcrypt.gensalt(rounds=BCRYPT_ROUNDS)).decode()


def normalize_username(username: str) -> str:
    """One spelling per coach: Unicode-normalised, trimmed and case-folded."""
    return unicodedata.normalize("NFKC", username).strip().casefold()


def hash_password(password: str) -> str:
    """A bcrypt hash; refuses passwords too short to protect minors' data."""
    if len(password) < MIN_PASSWORD:
        raise ValueError(f"a coach password needs at least {MIN_PASSWORD} characters")
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=BCRYPT_ROUNDS)).decode()


def authenticate(*, session: Session, username: str, password: str) -> Coach | None:
    """The active coach with these credentials, else ``None`` (one bcrypt check either way)."""
    name = normalize_username(username)
    coach = session.scalars(select(Coach).where(Coach.username == name)).first()
    stored = coach.password_hash if coach and coach.password_hash else _DUMMY_HASH
    try:
        ok = bcrypt.checkpw(password.encode()[:72], stored.encode())
    except ValueError:  # a malformed stored hash: still spend the time, then refuse
        bcrypt.checkpw(password.encode()[:72], _DUMMY_HASH.encode())
        ok = False
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


def start_session(*, session: Session, coach: Coach, hours: float) -> str:
    """A new browser session for ``coach``; the token goes in the (encrypted) cookie."""
    token = secrets.token_urlsafe(32)
    now = utcnow()
    session.execute(delete(CoachSession).where(CoachSession.expires_at < now))
    session.add(
        CoachSession(
            token_hash=_token_digest(token),
            coach_id=coach.id,
            created_at=now,
            expires_at=now + timedelta(hours=hours),
        )
    )
    session.commit()
    return token


def coach_for_session(*, session: Session, token: str, now: datetime | None = None) -> Coach | None:
    """The active coach of a session that has not ended or expired, else ``None``."""
    if not token:
        return None
    row = session.scalars(
        select(CoachSession).where(CoachSession.token_hash == _token_digest(token))
    ).first()
    if row is None or row.expires_at <= (now or utcnow()) or not row.coach.active:
        return None
    return row.coach


def end_session(*, session: Session, token: str) -> None:
    """Sign out: the session's cookie stops working everywhere it was copied."""
    session.execute(delete(CoachSession).where(CoachSession.token_hash == _token_digest(token)))
    session.commit()


def end_all_sessions(*, session: Session, coach: Coach) -> int:
    """Sign a coach out everywhere (new password, deactivation); how many sessions ended."""
    result = session.execute(delete(CoachSession).where(CoachSession.coach_id == coach.id))
    session.commit()
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def coach_for_token(*, session: Session, token: str) -> Coach | None:
    """The active coach owning this API token, else ``None``."""
    if not token:
        return None
    coach = session.scalars(
        select(Coach).where(Coach.api_token_hash == _token_digest(token))
    ).first()
    return coach if coach is not None and coach.active else None
