"""What the SMS channel remembers: opt-outs, notices, open choices and texts already handled.

Inbound texts are recorded by the provider's ``MessageSid``, so a replayed webhook counts once.

Rows are keyed by the keyed hash of the number (``identity.sender_key``), never the number.
Written in SQLAlchemy Core that runs on 1.4 (the Rasa env, ``future=True``) and 2.0 (the
app env), on SQLite for the demo and PostgreSQL in production. The tables are made by the
app database's migrations (``bot/handoff/migrations``); the engine is the app database's
one (:func:`bot.handoff.engine.app_engine`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError

from bot.handoff.engine import app_engine, ensure_schema
from bot.sms.format import Choice

metadata = sa.MetaData()
contacts = sa.Table(
    "sms_contacts",
    metadata,
    sa.Column("sender_key", sa.String(64), primary_key=True),
    sa.Column("opted_out", sa.Boolean, nullable=False, default=False),
    sa.Column("welcomed", sa.Boolean, nullable=False, default=False),
    sa.Column("choices", sa.Text, nullable=True),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
)
# One row per inbound text handled: a replayed webhook (same MessageSid) is answered once.
inbound = sa.Table(
    "sms_inbound",
    metadata,
    sa.Column("message_sid", sa.String(64), primary_key=True),
    sa.Column("sender_key", sa.String(64), nullable=False),
    sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
)


@dataclass(frozen=True)
class Contact:
    """One number's state; a number never seen before is a default ``Contact``."""

    opted_out: bool = False
    welcomed: bool = False
    choices: list[Choice] = field(default_factory=list)


class SMSStore:
    """The ``sms_contacts`` and ``sms_inbound`` tables of the app database."""

    def __init__(self, url: str) -> None:
        """Use the app database at ``url`` (``CAREERBOT_DATABASE_URL``), connected lazily."""
        self.engine: Engine = app_engine(url)
        self._ready = False

    def _setup(self) -> None:
        """Migrate (app env) or check (Rasa env) the schema once, at first use.

        Raises :class:`bot.handoff.errors.StoreUnavailable` while it is not there yet.
        """
        if not self._ready:
            ensure_schema(self.engine)
            self._ready = True

    def get(self, key: str) -> Contact:
        """The stored state of ``key``."""
        self._setup()
        with self.engine.connect() as connection:
            row = connection.execute(
                sa.select(contacts.c.opted_out, contacts.c.welcomed, contacts.c.choices).where(
                    contacts.c.sender_key == key
                )
            ).first()
        if row is None:
            return Contact()
        choices = [Choice(**item) for item in json.loads(row.choices or "[]")]
        return Contact(opted_out=bool(row.opted_out), welcomed=bool(row.welcomed), choices=choices)

    def first_time(self, message_sid: str, key: str) -> bool:
        """Record an inbound text; False when this ``MessageSid`` was already handled."""
        self._setup()
        try:
            with self.engine.begin() as connection:
                connection.execute(
                    sa.insert(inbound).values(
                        message_sid=message_sid[:64],
                        sender_key=key,
                        received_at=datetime.now(timezone.utc),
                    )
                )
        except IntegrityError:
            return False
        return True

    def is_opted_out(self, key: str) -> bool:
        """Whether ``key`` has texted STOP (and not START since)."""
        return self.get(key).opted_out

    def set_opted_out(self, key: str, opted_out: bool) -> None:
        """Remember STOP (True) or START (False)."""
        self._upsert(key, opted_out=opted_out, choices=None)

    def mark_welcomed(self, key: str) -> None:
        """The opt-out notice has been sent once; later messages leave it out."""
        self._upsert(key, welcomed=True)

    def set_choices(self, key: str, choices: list[Choice]) -> None:
        """The numbered choices the last reply offered (empty clears them)."""
        encoded = json.dumps([c.__dict__ for c in choices]) if choices else None
        self._upsert(key, choices=encoded)

    def _upsert(self, key: str, **values: Any) -> None:
        self._setup()
        values["updated_at"] = datetime.now(timezone.utc)
        for _ in range(2):
            with self.engine.begin() as connection:
                updated = connection.execute(
                    sa.update(contacts).where(contacts.c.sender_key == key).values(**values)
                )
                if updated.rowcount:
                    return
            try:
                with self.engine.begin() as connection:
                    connection.execute(
                        sa.insert(contacts).values(
                            sender_key=key,
                            opted_out=values.get("opted_out", False),
                            welcomed=values.get("welcomed", False),
                            choices=values.get("choices"),
                            updated_at=values["updated_at"],
                        )
                    )
                return
            except IntegrityError:
                continue  # another request inserted it first: update that row instead

    def dispose(self) -> None:
        """Close pooled connections (tests, shutdown)."""
        self.engine.dispose()
