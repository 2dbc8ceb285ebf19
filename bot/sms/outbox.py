"""Replies to students as rows in the app database, delivered by the SMS worker in order.

The channel writes every text of one answer in one transaction (a "turn"), so a restart of
Rasa loses nothing once the webhook has been answered. The worker (:mod:`bot.sms.worker`)
leases only the oldest unfinished text of each number, so a number's texts leave one at a
time in the order they were written, whichever and however many workers run; a text that
fails for good takes the rest of its turn with it (a "Reply 1, 2 or 3" list never arrives
without the answer it belongs to). Every row ends delivered, failed or dropped, with a
reason. The number is kept only until then.

Written in SQLAlchemy Core that runs on 1.4 (the Rasa env) and 2.0 (the app env), on
SQLite and PostgreSQL, with naive UTC datetimes throughout.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from bot.handoff.engine import ensure_schema
from bot.sms.store import metadata

PENDING, SENDING, DELIVERED, FAILED, DROPPED = (
    "pending",
    "sending",
    "delivered",
    "failed",
    "dropped",
)
OPEN = (PENDING, SENDING)
LEASE = timedelta(seconds=60)

texts = sa.Table(
    "sms_outbox",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("sender_key", sa.String(64), nullable=False),
    sa.Column("phone", sa.String(32), nullable=True),  # cleared once the row is finished
    sa.Column("turn", sa.String(32), nullable=False),
    sa.Column("part", sa.Integer, nullable=False),
    sa.Column("parts", sa.Integer, nullable=False),
    sa.Column("body", sa.Text, nullable=False),
    sa.Column("always", sa.Boolean, nullable=False, default=False),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("attempts", sa.Integer, nullable=False, default=0),
    sa.Column("next_attempt_at", sa.DateTime, nullable=False),
    sa.Column("leased_until", sa.DateTime, nullable=True),
    sa.Column("created_at", sa.DateTime, nullable=False),
    sa.Column("finished_at", sa.DateTime, nullable=True),
    sa.Column("provider_sid", sa.String(64), nullable=True),
    sa.Column("last_error", sa.String(300), nullable=True),
    sa.Index("ix_sms_outbox_sender_open", "sender_key", "status", "id"),
    sa.Index("ix_sms_outbox_due", "status", "next_attempt_at"),
)


def utcnow() -> datetime:
    """Now, as the naive UTC datetime every column of this table holds."""
    return datetime.now(timezone.utc).replace(tzinfo=None)


@dataclass(frozen=True)
class Outgoing:
    """One text to one number; ``always`` marks STOP and HELP answers, sent despite opt-out."""

    key: str
    phone: str
    body: str
    always: bool = False


@dataclass(frozen=True)
class Job:
    """One leased text."""

    id: int
    key: str
    phone: str
    turn: str
    part: int
    parts: int
    body: str
    always: bool
    attempts: int
    created_at: datetime


class SMSOutbox:
    """The ``sms_outbox`` table."""

    def __init__(self, engine: Engine) -> None:
        """Share the SMS store's engine (``SMSStore.engine``)."""
        self.engine = engine
        self._ready = False

    def _setup(self) -> None:
        """Migrate (app env) or check (Rasa env) the schema once, at first use."""
        if not self._ready:
            ensure_schema(self.engine)
            self._ready = True

    def add(self, outgoing: list[Outgoing], now: datetime | None = None) -> str:
        """Write one turn's texts, all or none; returns the turn's id."""
        self._setup()
        now = now or utcnow()
        turn = uuid.uuid4().hex
        rows = [
            {
                "sender_key": text.key,
                "phone": text.phone,
                "turn": turn,
                "part": index,
                "parts": len(outgoing),
                "body": text.body,
                "always": text.always,
                "status": PENDING,
                "attempts": 0,
                "next_attempt_at": now,
                "created_at": now,
            }
            for index, text in enumerate(outgoing, start=1)
        ]
        if rows:
            with self.engine.begin() as connection:
                connection.execute(sa.insert(texts), rows)
        return turn

    def lease(self, *, now: datetime | None = None, limit: int = 50) -> list[Job]:
        """The oldest unfinished text of each number, if it is due, leased to the caller."""
        self._setup()
        now = now or utcnow()
        inner = texts.alias("earlier")
        head = (
            sa.select(sa.func.min(inner.c.id))
            .where(inner.c.sender_key == texts.c.sender_key, inner.c.status.in_(OPEN))
            .scalar_subquery()
        )
        due = sa.or_(
            sa.and_(texts.c.status == PENDING, texts.c.next_attempt_at <= now),
            sa.and_(texts.c.status == SENDING, texts.c.leased_until < now),
        )
        leased: list[Job] = []
        with self.engine.begin() as connection:
            candidates = connection.execute(
                sa.select(texts)
                .where(texts.c.status.in_(OPEN), texts.c.id == head, due)
                .order_by(texts.c.next_attempt_at, texts.c.id)
                .limit(limit)
            ).all()
            for row in candidates:
                taken = connection.execute(
                    sa.update(texts)
                    .where(texts.c.id == row.id, due)
                    .values(status=SENDING, leased_until=now + LEASE)
                )
                if taken.rowcount == 1:
                    leased.append(_job(row))
        return leased

    def delivered(self, job: Job, provider_sid: str, now: datetime | None = None) -> None:
        """The provider accepted the text."""
        self._finish(job, DELIVERED, now, provider_sid=provider_sid[:64], attempts=job.attempts + 1)

    def retry_later(
        self,
        job: Job,
        error: str,
        *,
        base: float,
        cap: float,
        give_up_after: float,
        now: datetime | None = None,
    ) -> bool:
        """A passing failure: try again after a doubling delay; False once it has given up."""
        now = now or utcnow()
        attempts = job.attempts + 1
        if (now - job.created_at).total_seconds() >= give_up_after:
            hours = give_up_after / 3600
            self.fail(job, f"gave up after {attempts} attempts in {hours:g} h: {error}", now)
            return False
        delay = min(cap, base * 2 ** (attempts - 1))
        with self.engine.begin() as connection:
            connection.execute(
                sa.update(texts)
                .where(texts.c.id == job.id)
                .values(
                    status=PENDING,
                    attempts=attempts,
                    leased_until=None,
                    next_attempt_at=now + timedelta(seconds=delay),
                    last_error=error[:300],
                )
            )
        return True

    def fail(self, job: Job, reason: str, now: datetime | None = None) -> None:
        """A text that cannot be sent, and the later parts of its answer with it."""
        now = now or utcnow()
        self._finish(job, FAILED, now, last_error=reason[:300], attempts=job.attempts + 1)
        with self.engine.begin() as connection:
            connection.execute(
                sa.update(texts)
                .where(texts.c.turn == job.turn, texts.c.status.in_(OPEN), texts.c.id != job.id)
                .values(
                    status=FAILED,
                    phone=None,
                    leased_until=None,
                    finished_at=now,
                    last_error=f"not sent: part {job.part} of this answer failed",
                )
            )

    def drop(self, job: Job, reason: str, now: datetime | None = None) -> None:
        """A text that must not be sent (the student opted out)."""
        self._finish(job, DROPPED, now, last_error=reason[:300])

    def _finish(self, job: Job, status: str, now: datetime | None, **values: Any) -> None:
        with self.engine.begin() as connection:
            connection.execute(
                sa.update(texts)
                .where(texts.c.id == job.id)
                .values(
                    status=status,
                    phone=None,
                    leased_until=None,
                    finished_at=now or utcnow(),
                    **values,
                )
            )

    def history(self, key: str) -> list[dict[str, Any]]:
        """Every text written to ``key``, oldest first (tests, the demo phone)."""
        self._setup()
        with self.engine.connect() as connection:
            rows = connection.execute(
                sa.select(
                    texts.c.id,
                    texts.c.turn,
                    texts.c.part,
                    texts.c.parts,
                    texts.c.body,
                    texts.c.status,
                    texts.c.attempts,
                    texts.c.last_error,
                )
                .where(texts.c.sender_key == key)
                .order_by(texts.c.id)
            ).all()
        return [dict(row._mapping) for row in rows]


def _job(row: Any) -> Job:
    return Job(
        id=row.id,
        key=row.sender_key,
        phone=row.phone or "",
        turn=row.turn,
        part=row.part,
        parts=row.parts,
        body=row.body,
        always=bool(row.always),
        attempts=row.attempts,
        created_at=row.created_at,
    )
