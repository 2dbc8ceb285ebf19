"""The notification outbox: jobs written with the task, leased by workers, retried with backoff.

Jobs are leased with a conditional UPDATE, so several workers (and a worker restarted after
a crash) never deliver the same job twice while its lease holds.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import and_, or_, select, update
from sqlalchemy.orm import Session

from bot.handoff.models import Notification, Task, utcnow

LEASE = timedelta(seconds=60)


def enqueue(
    *, session: Session, task: Task, channels: list[str], kind: str, at: datetime
) -> list[Notification]:
    """One job per channel, due at ``at``."""
    jobs = [
        Notification(
            task=task,
            coach_id=task.coach.id,
            channel=channel,
            kind=kind,
            status="pending",
            attempts=0,
            next_attempt_at=at,
            created_at=utcnow(),
        )
        for channel in channels
    ]
    session.add_all(jobs)
    return jobs


def lease_due(*, session: Session, now: datetime, limit: int = 20) -> list[Notification]:
    """Jobs due now (or whose previous worker's lease ran out), leased to the caller."""
    candidates = session.scalars(
        select(Notification.id)
        .where(
            or_(
                and_(Notification.status == "pending", Notification.next_attempt_at <= now),
                and_(Notification.status == "sending", Notification.leased_until < now),
            )
        )
        .order_by(Notification.next_attempt_at)
        .limit(limit)
    ).all()
    leased: list[int] = []
    for job_id in candidates:
        result = session.execute(
            update(Notification)
            .where(
                Notification.id == job_id,
                or_(
                    Notification.status == "pending",
                    and_(Notification.status == "sending", Notification.leased_until < now),
                ),
            )
            .values(status="sending", leased_until=now + LEASE)
        )
        if result.rowcount == 1:  # type: ignore[attr-defined]
            leased.append(job_id)
    session.commit()
    if not leased:
        return []
    return list(session.scalars(select(Notification).where(Notification.id.in_(leased))))


def mark_delivered(
    *, session: Session, job: Notification, now: datetime, repeat_after: timedelta
) -> None:
    """Record the delivery; an urgent task still open gets a reminder job after a while."""
    job.status, job.delivered_at, job.leased_until = "delivered", now, None
    job.attempts += 1
    task = job.task
    if task.urgent and task.status == "open":
        enqueue(
            session=session,
            task=task,
            channels=[job.channel],
            kind="reminder",
            at=now + repeat_after,
        )
    session.commit()


def mark_failed(
    *, session: Session, job: Notification, now: datetime, error: str, base: float, cap: float
) -> None:
    """Record the failure and schedule the next attempt (exponential backoff, capped)."""
    job.attempts += 1
    delay = min(cap, base * 2 ** (job.attempts - 1))
    job.status, job.leased_until = "pending", None
    job.next_attempt_at = now + timedelta(seconds=delay)
    job.last_error = error[:300]
    session.commit()


def cancel_reminders(*, session: Session, task: Task) -> None:
    """A claimed or resolved task needs no more reminders."""
    session.execute(
        update(Notification)
        .where(
            Notification.task_id == task.id,
            Notification.kind == "reminder",
            Notification.status == "pending",
        )
        .values(status="cancelled")
    )
