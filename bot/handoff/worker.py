"""The outbox worker: delivers due notification jobs, retries failures with backoff.

Run it as ``python -m bot.handoff.worker``. It holds no state of its own: every job lives
in the handoff database, so a restarted worker (or a second one) carries on where it was.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from collections.abc import Awaitable
from datetime import datetime, timedelta

from bot.handoff import outbox
from bot.handoff.db import session_scope
from bot.handoff.models import Notification, utcnow
from bot.handoff.schedule import describe_due
from bot.handoff.store import TOPICS, UNLISTED_SCHOOL
from bot.notifiers import Notice, Notifier, NotifierError
from careerbot.settings import Settings, load

log = logging.getLogger(__name__)


def notice_for(job: Notification, *, base_url: str, tz: str, now: datetime) -> Notice:
    """The coach-facing notice of a job: directory names and fixed words only.

    No student name, contact or anything the student typed: a task without a directory
    school (even one written before school names were checked) says so instead.
    """
    task = job.task
    return Notice(
        job_id=job.id,
        task_id=task.id,
        school=task.school.name if task.school is not None else UNLISTED_SCHOOL,
        topic=TOPICS.get(task.topic, task.topic),
        urgent=task.urgent,
        due=describe_due(task.due_at, tz=tz, now=now),
        link=f"{base_url.rstrip('/')}/inbox/tasks/{task.id}",
        reminder=job.kind == "reminder",
    )


async def deliver_due(
    *, settings: Settings, notifiers: dict[str, Notifier], now: datetime | None = None
) -> int:
    """Deliver every job due now, all at once (an urgent task reaches every channel together).

    Returns how many were delivered; failures are rescheduled with backoff.
    """
    handoff = settings.handoff
    with session_scope(settings.database_url) as session:
        now = now or utcnow()
        sends: list[tuple[Notification, Awaitable[None]]] = []
        for job in outbox.lease_due(session=session, now=now):
            notifier = notifiers.get(job.channel)
            address = job.coach.address(job.channel)
            if job.kind == "reminder" and job.task.status != "open":
                job.status, job.leased_until = "cancelled", None
            elif notifier is None or not address:
                job.status, job.leased_until = "skipped", None
                job.last_error = (
                    f"{job.channel} notifier not configured"
                    if notifier is None
                    else "coach has no address on this channel"
                )
                log.warning("notification %s skipped: %s", job.id, job.last_error)
            else:
                notice = notice_for(
                    job, base_url=handoff.coach_base_url, tz=handoff.school_timezone, now=now
                )
                sends.append((job, notifier.send(notice, address)))
        session.commit()
        results = await asyncio.gather(*(send for _, send in sends), return_exceptions=True)
        delivered = 0
        for (job, _), result in zip(sends, results, strict=True):
            if isinstance(result, BaseException):
                # A bug in a notifier counts as a failed attempt: retried, never lost.
                error = str(result) if isinstance(result, NotifierError) else type(result).__name__
                outbox.mark_failed(
                    session=session,
                    job=job,
                    now=utcnow(),
                    error=error,
                    base=handoff.retry_base_seconds,
                    cap=handoff.retry_max_seconds,
                )
                log.warning(
                    "notification %s (task %s, %s) failed, attempt %s: %s",
                    job.id,
                    job.task_id,
                    job.channel,
                    job.attempts,
                    error,
                )
            else:
                outbox.mark_delivered(
                    session=session,
                    job=job,
                    now=utcnow(),
                    repeat_after=timedelta(seconds=handoff.urgent_repeat_seconds),
                )
                delivered += 1
                log.info(
                    "notification %s (task %s, %s) delivered", job.id, job.task_id, job.channel
                )
    return delivered


async def run(settings: Settings, stop: asyncio.Event) -> None:
    """Poll the outbox until ``stop`` is set; a database outage is logged and waited out."""
    from bot.notifiers import build_notifiers

    notifiers = build_notifiers(settings.handoff)
    log.info("outbox worker started: channels %s", ", ".join(sorted(notifiers)))
    while not stop.is_set():
        try:
            await deliver_due(settings=settings, notifiers=notifiers)
        except Exception:  # noqa: BLE001 - keep polling through a database outage
            log.exception("outbox pass failed; retrying")
        with contextlib.suppress(asyncio.TimeoutError):
            await asyncio.wait_for(stop.wait(), timeout=settings.handoff.outbox_poll_seconds)


def main() -> None:
    """Entry point: run until SIGINT/SIGTERM."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    settings = load()

    async def _main() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop.set)
        await run(settings, stop)

    asyncio.run(_main())


if __name__ == "__main__":
    main()
