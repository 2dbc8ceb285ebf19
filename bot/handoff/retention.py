"""Keep personal data only as long as needed: delete what is older than the retention period.

What goes, once older than ``retention_days`` (``CAREERBOT_RETENTION_DAYS``, 400 by default):

* conversations in Rasa's SQL tracker store (the ``events`` table): every event of a
  conversation whose latest event is that old (first names and numbers live in its slots);
* SMS contacts (``sms_contacts``, keyed by a hash of the number) not heard from since, and
  the record of texts already handled (``sms_inbound``) and finished replies (``sms_outbox``).
  A number that texted STOP is kept, so it is never texted again;
* resolved handoff tasks, with their notes and notifications; expired coach sign-ins.

Open and claimed tasks are never deleted: a coach still has to follow up. SQLAlchemy Core on
reflected tables, so it works on SQLite and PostgreSQL, whichever created the tables.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime, timedelta, timezone

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from bot.handoff.db import engine_for
from bot.handoff.models import CoachSession, Note, Notification, Task, utcnow


@dataclass(frozen=True)
class PurgeReport:
    """What was (or, in a dry run, would be) deleted."""

    cutoff: str
    dry_run: bool
    conversations: int = 0
    events: int = 0
    sms_contacts: int = 0
    sms_inbound: int = 0
    sms_outbox: int = 0
    tasks: int = 0
    coach_sessions: int = 0

    def as_dict(self) -> dict[str, object]:
        """For ``--json``."""
        return asdict(self)


def _table(connection: Connection, name: str) -> sa.Table | None:
    if not sa.inspect(connection).has_table(name):
        return None
    return sa.Table(name, sa.MetaData(), autoload_with=connection)


def _count(connection: Connection, query: sa.Select[tuple[int]]) -> int:
    return int(connection.execute(query).scalar_one())


def purge_conversations(engine: Engine, cutoff: datetime, *, dry_run: bool) -> tuple[int, int]:
    """Conversations and events deleted from Rasa's tracker store (``events`` table)."""
    with engine.begin() as connection:
        events = _table(connection, "events")
        if events is None:
            return 0, 0
        old = (
            sa.select(events.c.sender_id)
            .group_by(events.c.sender_id)
            .having(sa.func.max(events.c.timestamp) < cutoff.timestamp())
        )
        senders = [row[0] for row in connection.execute(old)]
        deleted = 0
        for start in range(0, len(senders), 500):
            chunk = events.c.sender_id.in_(senders[start : start + 500])
            if dry_run:
                deleted += _count(connection, sa.select(sa.func.count()).where(chunk))
            else:
                deleted += int(connection.execute(sa.delete(events).where(chunk)).rowcount or 0)
        return len(senders), deleted


def purge_sms(engine: Engine, cutoff: datetime, *, dry_run: bool) -> tuple[int, int, int]:
    """SMS contacts (not opted out), handled-text records and finished replies past ``cutoff``."""
    counts = []
    naive = cutoff.astimezone(timezone.utc).replace(tzinfo=None)  # sms_outbox stores naive UTC
    with engine.begin() as connection:
        for name, column, when in (
            ("sms_contacts", "updated_at", cutoff),
            ("sms_inbound", "received_at", cutoff),
            ("sms_outbox", "finished_at", naive),
        ):
            table = _table(connection, name)
            if table is None:
                counts.append(0)
                continue
            where = table.c[column] < when  # an unfinished reply (NULL) is never matched
            if name == "sms_contacts":
                where = sa.and_(where, sa.not_(table.c.opted_out))
            if dry_run:
                counts.append(_count(connection, sa.select(sa.func.count()).where(where)))
            else:
                counts.append(int(connection.execute(sa.delete(table).where(where)).rowcount or 0))
    return counts[0], counts[1], counts[2]


def purge_handoff(url: str, cutoff: datetime, *, dry_run: bool) -> tuple[int, int]:
    """Resolved tasks (with notes and notifications) and expired coach sessions."""
    engine = engine_for(url)
    now = utcnow()
    with engine.begin() as connection:
        old = sa.select(Task.id).where(Task.status == "resolved", Task.resolved_at < cutoff)
        ids = [row[0] for row in connection.execute(old)]
        expired = CoachSession.expires_at < now
        sessions = _count(connection, sa.select(sa.func.count()).where(expired))
        if dry_run:
            return len(ids), sessions
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            connection.execute(sa.delete(Note).where(Note.task_id.in_(chunk)))
            connection.execute(sa.delete(Notification).where(Notification.task_id.in_(chunk)))
            connection.execute(sa.delete(Task).where(Task.id.in_(chunk)))
        connection.execute(sa.delete(CoachSession).where(expired))
    return len(ids), sessions


def purge(
    *,
    database_url: str,
    tracker_url: str,
    retention_days: int,
    dry_run: bool = False,
    now: datetime | None = None,
) -> PurgeReport:
    """Delete (or count, with ``dry_run``) everything older than ``retention_days``."""
    if retention_days < 1:
        raise ValueError("retention_days must be at least 1")
    cutoff = (now or utcnow()) - timedelta(days=retention_days)
    tracker = sa.create_engine(tracker_url)
    try:
        conversations, events = purge_conversations(tracker, cutoff, dry_run=dry_run)
    finally:
        tracker.dispose()
    sms_contacts, sms_inbound, sms_outbox = purge_sms(
        engine_for(database_url), cutoff, dry_run=dry_run
    )
    tasks, sessions = purge_handoff(database_url, cutoff, dry_run=dry_run)
    return PurgeReport(
        cutoff=cutoff.isoformat(timespec="seconds"),
        dry_run=dry_run,
        conversations=conversations,
        events=events,
        sms_contacts=sms_contacts,
        sms_inbound=sms_inbound,
        sms_outbox=sms_outbox,
        tasks=tasks,
        coach_sessions=sessions,
    )
