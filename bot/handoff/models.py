"""Tables of the handoff database: schools, coaches, tasks, notes and the notification outbox.

SQLAlchemy 2.0 typed declarative models. They live in ``settings.database_url``, a database
separate from the rebuilt occupations one; the Alembic migrations in bot/handoff/migrations
create them (a change here needs a new migration: tests/bot/test_app_migrations.py checks).
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    TypeDecorator,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

TASK_STATUSES = ("open", "claimed", "resolved")
CHANNELS = ("email", "webhook", "sms")


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes on every backend (SQLite drops the zone, so store naive UTC)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        """Store naive UTC; a naive value is a bug, refused rather than guessed."""
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(timezone.utc).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        """Read back as aware UTC."""
        return None if value is None else value.replace(tzinfo=timezone.utc)


def utcnow() -> datetime:
    """Now, aware, in UTC."""
    return datetime.now(timezone.utc)


class Base(DeclarativeBase):
    """Declarative base of the handoff tables."""


class Coach(Base):
    """A career coach (or regional staff) who receives handoffs and signs in to the inbox."""

    __tablename__ = "coaches"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(80), unique=True)
    display_name: Mapped[str] = mapped_column(String(120))
    password_hash: Mapped[str | None] = mapped_column(String(200))
    api_token_hash: Mapped[str | None] = mapped_column(String(200), index=True)
    region: Mapped[str] = mapped_column(String(80))
    # The region this coach covers for schools without their own coach ("statewide" = all).
    fallback_for: Mapped[str | None] = mapped_column(String(80), index=True)
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(40))
    webhook_url: Mapped[str | None] = mapped_column(String(500))
    # Comma-separated subset of CHANNELS used for ordinary tasks; urgent ones use every channel.
    notify_via: Mapped[str] = mapped_column(String(80), default="email")
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    schools: Mapped[list[School]] = relationship(back_populates="coach")

    @property
    def channels(self) -> list[str]:
        """The configured channels that have an address."""
        wanted = [c.strip() for c in self.notify_via.split(",") if c.strip()]
        return [c for c in wanted if c in CHANNELS and self.address(c)]

    @property
    def all_channels(self) -> list[str]:
        """Every channel this coach can be reached on (urgent tasks use all of them)."""
        return [c for c in CHANNELS if self.address(c)]

    def address(self, channel: str) -> str | None:
        """Where a notification on ``channel`` goes for this coach."""
        return {"email": self.email, "webhook": self.webhook_url, "sms": self.phone}.get(channel)


class CoachSession(Base):
    """A signed-in browser session: the cookie holds a random token, the database its digest.

    Signing out deletes the row, so a cookie saved before then no longer works.
    """

    __tablename__ = "coach_sessions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    coach_id: Mapped[int] = mapped_column(ForeignKey("coaches.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)

    coach: Mapped[Coach] = relationship()


class School(Base):
    """A high school and the coach assigned to it."""

    __tablename__ = "schools"

    id: Mapped[str] = mapped_column(String(80), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    city: Mapped[str] = mapped_column(String(120), default="")
    region: Mapped[str] = mapped_column(String(80))
    coach_id: Mapped[int | None] = mapped_column(ForeignKey("coaches.id"))

    coach: Mapped[Coach | None] = relationship(back_populates="schools")


class Task(Base):
    """A durable follow-up for a coach: who, where, how to reach them, what, how urgent."""

    __tablename__ = "handoff_tasks"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # One task per student request even if the action is retried (sender + message id).
    request_key: Mapped[str | None] = mapped_column(String(200), unique=True)
    school_id: Mapped[str | None] = mapped_column(ForeignKey("schools.id"))
    school_name: Mapped[str] = mapped_column(String(200))
    coach_id: Mapped[int] = mapped_column(ForeignKey("coaches.id"), index=True)
    student_first_name: Mapped[str | None] = mapped_column(String(80))
    contact: Mapped[str | None] = mapped_column(String(200))
    contact_kind: Mapped[str | None] = mapped_column(String(10))
    channel: Mapped[str] = mapped_column(String(20))
    conversation_id: Mapped[str] = mapped_column(String(200))
    topic: Mapped[str] = mapped_column(String(80))
    summary: Mapped[str] = mapped_column(Text, default="")
    transcript: Mapped[list[dict[str, str]]] = mapped_column(JSON, default=list)
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)
    consent: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(20), default="open", index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime)
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    claimed_by_id: Mapped[int | None] = mapped_column(ForeignKey("coaches.id"))

    coach: Mapped[Coach] = relationship(foreign_keys=[coach_id])
    claimed_by: Mapped[Coach | None] = relationship(foreign_keys=[claimed_by_id])
    school: Mapped[School | None] = relationship()
    notes: Mapped[list[Note]] = relationship(order_by="Note.created_at", cascade="all")
    notifications: Mapped[list[Notification]] = relationship(
        order_by="Notification.id", cascade="all", back_populates="task"
    )

    def is_overdue(self, now: datetime) -> bool:
        """Past its due time and nobody has resolved it."""
        return self.status != "resolved" and self.due_at < now


class Note(Base):
    """A coach's note on a task."""

    __tablename__ = "handoff_notes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("handoff_tasks.id"), index=True)
    coach_id: Mapped[int] = mapped_column(ForeignKey("coaches.id"))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    coach: Mapped[Coach] = relationship()


class Notification(Base):
    """One outbox job: tell one coach about one task on one channel, retried until delivered."""

    __tablename__ = "handoff_notifications"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("handoff_tasks.id"), index=True)
    coach_id: Mapped[int] = mapped_column(ForeignKey("coaches.id"))
    channel: Mapped[str] = mapped_column(String(20))
    kind: Mapped[str] = mapped_column(String(20), default="new")  # new | reminder
    # pending -> sending -> delivered; cancelled when a reminder's task was claimed meanwhile.
    status: Mapped[str] = mapped_column(String(20), default="pending", index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    leased_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_error: Mapped[str | None] = mapped_column(String(300))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    delivered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    task: Mapped[Task] = relationship(back_populates="notifications")
    coach: Mapped[Coach] = relationship()
