"""The outbox worker: every notification arrives, exactly once, even across outages."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone

import pytest

from bot.handoff import store
from bot.handoff.db import session_scope
from bot.handoff.models import Coach, Notification
from bot.handoff.store import HandoffRequest
from bot.handoff.worker import deliver_due
from bot.notifiers import build_notifiers
from bot.seed import apply_seed, read_seed
from careerbot.settings import Settings, load
from tests.bot.handoff_fakes import FakeSmtp, FakeWebhook
from tests.servers import ROOT


@pytest.fixture
def webhook() -> Iterator[FakeWebhook]:
    fake = FakeWebhook().start()
    yield fake
    fake.stop()


@pytest.fixture
def smtp() -> Iterator[FakeSmtp]:
    fake = FakeSmtp().start()
    yield fake
    fake.stop()


@pytest.fixture
def env(tmp_path, smtp: FakeSmtp) -> dict[str, str]:
    return {
        "CAREERBOT_DATABASE_URL": f"sqlite:///{tmp_path / 'handoff.sqlite'}",
        "CAREERBOT_VAR_DIR": str(tmp_path),
        "CAREERBOT_SMTP_HOST": "127.0.0.1",
        "CAREERBOT_SMTP_PORT": str(smtp.port),
        "CAREERBOT_NOTIFY_TIMEOUT": "3",
        "CAREERBOT_OUTBOX_POLL_SECONDS": "0.2",
        "CAREERBOT_RETRY_BASE_SECONDS": "1",
        "CAREERBOT_RETRY_MAX_SECONDS": "4",
        "CAREERBOT_COACH_BASE_URL": "http://localhost:8080",
    }


@pytest.fixture
def settings(
    env: dict[str, str], webhook: FakeWebhook, monkeypatch: pytest.MonkeyPatch
) -> Settings:
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    loaded = load()
    with session_scope(loaded.database_url) as session:
        apply_seed(session=session, seed=read_seed(), password=None)
        rivera = session.query(Coach).filter_by(username="rivera").one()
        rivera.webhook_url = webhook.hook_url
    return loaded


def new_task(settings: Settings, *, urgent: bool = False, key: str | None = None) -> int:
    request = HandoffRequest(
        conversation_id="c1",
        channel="web",
        topic="crisis" if urgent else "financial_aid",
        school_id="hattiesburg-high",
        first_name="Maria",
        contact="+16015550123",
        contact_kind="phone",
        consent=True,
        urgent=urgent,
        request_key=key,
    )
    with session_scope(settings.database_url) as session:
        return store.create_task(
            session=session, request=request, tz="America/Chicago", day_end="15:30"
        ).task_id


def jobs(settings: Settings, task_id: int) -> list[Notification]:
    with session_scope(settings.database_url) as session:
        return list(
            session.query(Notification).filter_by(task_id=task_id).order_by(Notification.id)
        )


async def test_new_task_reaches_the_coach_by_email_and_chat(
    settings: Settings, webhook: FakeWebhook, smtp: FakeSmtp
) -> None:
    task_id = new_task(settings)
    delivered = await deliver_due(settings=settings, notifiers=build_notifiers(settings.handoff))
    assert delivered == 2
    assert webhook.received[0]["json"]["careerbot"]["task_id"] == task_id
    assert f"handoff #{task_id}" in smtp.messages[0]["Subject"]
    assert all(job.status == "delivered" for job in jobs(settings, task_id))
    # The notices carry no student name or contact.
    assert "Maria" not in str(webhook.received) and "6015550123" not in str(webhook.received)
    assert "Maria" not in smtp.messages[0].as_string()


async def test_failed_delivery_is_retried_with_backoff_and_arrives_once(
    settings: Settings, webhook: FakeWebhook
) -> None:
    notifiers = build_notifiers(settings.handoff)
    task_id = new_task(settings)
    webhook.status = 500
    await deliver_due(settings=settings, notifiers=notifiers)
    [hook_job] = [j for j in jobs(settings, task_id) if j.channel == "webhook"]
    assert (hook_job.status, hook_job.attempts) == ("pending", 1)
    assert "500" in (hook_job.last_error or "")
    assert hook_job.next_attempt_at > datetime.now(timezone.utc)  # waits before retrying
    webhook.status = 200
    later = datetime.now(timezone.utc) + timedelta(seconds=10)
    assert await deliver_due(settings=settings, notifiers=notifiers, now=later) == 1
    assert await deliver_due(settings=settings, notifiers=notifiers, now=later) == 0
    assert len(webhook.received) == 1


async def test_backoff_doubles_up_to_the_cap(settings: Settings, webhook: FakeWebhook) -> None:
    notifiers = build_notifiers(settings.handoff)
    task_id = new_task(settings)
    webhook.stop()
    delays = []
    now = datetime.now(timezone.utc)
    for _ in range(4):
        await deliver_due(settings=settings, notifiers=notifiers, now=now)
        [job] = [j for j in jobs(settings, task_id) if j.channel == "webhook"]
        delays.append(round((job.next_attempt_at - datetime.now(timezone.utc)).total_seconds()))
        now = job.next_attempt_at + timedelta(milliseconds=1)
    assert delays == [1, 2, 4, 4]


async def test_urgent_task_repeats_until_claimed(settings: Settings, webhook: FakeWebhook) -> None:
    notifiers = build_notifiers(settings.handoff)
    task_id = new_task(settings, urgent=True)
    now = datetime.now(timezone.utc)
    await deliver_due(settings=settings, notifiers=notifiers, now=now)
    assert len(webhook.received) == 1
    repeat = now + timedelta(seconds=settings.handoff.urgent_repeat_seconds + 5)
    await deliver_due(settings=settings, notifiers=notifiers, now=repeat)
    assert len(webhook.received) == 2
    assert webhook.received[1]["json"]["careerbot"]["reminder"] is True
    with session_scope(settings.database_url) as session:
        rivera = session.query(Coach).filter_by(username="rivera").one()
        store.claim(session=session, task_id=task_id, coach=rivera)
    much_later = repeat + timedelta(hours=5)
    await deliver_due(settings=settings, notifiers=notifiers, now=much_later)
    assert len(webhook.received) == 2


@pytest.mark.slow
def test_worker_process_delivers_exactly_once_after_receiver_outage_and_restart(
    settings: Settings, env: dict[str, str], webhook: FakeWebhook
) -> None:
    """The receiver is down for a minute and the worker restarts: the notice still arrives once."""
    outage = float(os.environ.get("CAREERBOT_TEST_OUTAGE_SECONDS", "60"))
    webhook.stop()
    task_id = new_task(settings, key="outage:1")
    command = [sys.executable, "-m", "bot.handoff.worker"]
    full_env = {**os.environ, **env}
    worker = subprocess.Popen(command, cwd=ROOT, env=full_env)
    try:
        time.sleep(outage / 2)
        worker.terminate()
        worker.wait(20)
        [hook_job] = [j for j in jobs(settings, task_id) if j.channel == "webhook"]
        assert hook_job.status == "pending" and hook_job.attempts >= 2
        worker = subprocess.Popen(command, cwd=ROOT, env=full_env)
        time.sleep(outage / 2)
        webhook.start()
        received = webhook.wait_for(1, timeout=30)
        time.sleep(3)  # a duplicate would arrive within a few polls
    finally:
        worker.terminate()
        worker.wait(20)
    assert len(received) == 1
    assert received[0]["json"]["careerbot"]["task_id"] == task_id
    [hook_job] = [j for j in jobs(settings, task_id) if j.channel == "webhook"]
    assert hook_job.status == "delivered"


async def test_urgent_task_reaches_the_working_channels_even_if_one_is_down(
    settings: Settings, webhook: FakeWebhook, smtp: FakeSmtp
) -> None:
    task_id = new_task(settings, urgent=True)
    webhook.status = 502
    delivered = await deliver_due(settings=settings, notifiers=build_notifiers(settings.handoff))
    assert delivered == 1
    assert f"URGENT student handoff #{task_id}" in smtp.messages[0]["Subject"]
    statuses = {j.channel: j.status for j in jobs(settings, task_id) if j.kind == "new"}
    assert statuses == {"email": "delivered", "webhook": "pending"}


async def test_what_a_student_typed_as_a_school_never_reaches_the_coach_s_mail(
    settings: Settings, webhook: FakeWebhook, smtp: FakeSmtp
) -> None:
    typed = "Deshawn Smith 601-555-0167 Lincoln Academy"
    request = HandoffRequest(
        conversation_id="c2", channel="web", topic="coach", school_name=typed, urgent=True
    )
    with session_scope(settings.database_url) as session:
        fresh = store.create_task(
            session=session, request=request, tz="America/Chicago", day_end="15:30"
        ).task_id
        # A task written before school names were checked still holds the typed text.
        old = store.create_task(
            session=session,
            request=HandoffRequest(conversation_id="c3", channel="web", topic="coach"),
            tz="America/Chicago",
            day_end="15:30",
        ).task_id
        session.get(store.Task, old).school_name = typed  # type: ignore[union-attr]
    await deliver_due(settings=settings, notifiers=build_notifiers(settings.handoff))
    mail = "\n".join(message.as_string() for message in smtp.wait_for(2))
    assert f"#{fresh}" in mail and f"#{old}" in mail
    for secret in ("Deshawn", "Smith", "555-0167", "Lincoln"):
        assert secret not in mail
    assert store.UNLISTED_SCHOOL in mail
