"""Durable SMS replies: rows in the app database, sent in order per number by the worker.

The worker really talks HTTP to the local fake provider; the database is SQLite and
PostgreSQL (the production setting).
"""

from __future__ import annotations

import asyncio
import dataclasses
import uuid
from collections.abc import Iterator
from datetime import timedelta

import pytest
import sqlalchemy as sa

from bot.sms.outbox import Outgoing, SMSOutbox, utcnow
from bot.sms.outbox import texts as outbox_table
from bot.sms.provider import SMSProvider
from bot.sms.store import SMSStore
from bot.sms.worker import Worker
from careerbot import settings
from tests.bot import fake_sms_provider
from tests.bot.fake_sms_provider import ACCOUNT_SID, AUTH_TOKEN, SENDER, FakeSMSProvider


@pytest.fixture
def fake() -> Iterator[FakeSMSProvider]:
    with fake_sms_provider.running() as provider:
        yield provider


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path) -> Iterator[SMSStore]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'careerbot.sqlite'}"
    else:
        url = request.getfixturevalue("postgres_url")
    sms_store = SMSStore(url)
    yield sms_store
    sms_store.dispose()


def student() -> tuple[str, str]:
    """(key, phone) of a number no other test used."""
    number = f"+1601{uuid.uuid4().int % 10**7:07d}"
    return "sms-" + uuid.uuid4().hex, number


def worker(store: SMSStore, fake: FakeSMSProvider | str, **timing: float) -> Worker:
    channels = dataclasses.replace(
        settings.load().channels,
        sms_retry_base_seconds=timing.get("base", 0.05),
        sms_retry_max_seconds=timing.get("cap", 0.2),
        sms_give_up_seconds=timing.get("give_up", 3600),
    )
    provider = SMSProvider(
        api_url=fake if isinstance(fake, str) else fake.url,
        account_sid=ACCOUNT_SID,
        auth_token=AUTH_TOKEN,
        sender=SENDER,
        timeout=2,
        attempts=1,
    )
    return Worker(store=store, outbox=SMSOutbox(store.engine), provider=provider, channels=channels)


def open_rows(store: SMSStore) -> int:
    with store.engine.connect() as connection:
        return int(
            connection.execute(
                sa.select(sa.func.count())
                .select_from(outbox_table)
                .where(outbox_table.c.status.in_(["pending", "sending"]))
            ).scalar_one()
        )


async def drain(*workers: Worker, timeout: float = 20) -> None:
    """Run the workers until no text is pending."""
    store = workers[0].store
    deadline = asyncio.get_running_loop().time() + timeout
    while open_rows(store) and asyncio.get_running_loop().time() < deadline:
        handled = await asyncio.gather(*(w.deliver_due() for w in workers))
        if not any(handled):
            await asyncio.sleep(0.05)
    for each in workers:
        await each.provider.close()


async def test_an_answer_leaves_in_order_even_when_a_text_needs_a_retry(
    store: SMSStore, fake: FakeSMSProvider
) -> None:
    key, phone = student()
    outbox = SMSOutbox(store.engine)
    outbox.add([Outgoing(key, phone, f"part {i}") for i in range(1, 4)])
    outbox.add([Outgoing(key, phone, f"part {i}") for i in range(4, 6)])
    fake.fail_next(1)  # the first attempt fails: nothing behind it may overtake it
    await drain(worker(store, fake))
    assert fake.to(phone) == [f"part {i}" for i in range(1, 6)]
    statuses = [row["status"] for row in outbox.history(key)]
    assert statuses == ["delivered"] * 5
    assert outbox.history(key)[0]["attempts"] == 2


async def test_two_workers_send_each_text_once_and_in_order(
    store: SMSStore, fake: FakeSMSProvider
) -> None:
    students = [student() for _ in range(3)]
    outbox = SMSOutbox(store.engine)
    for key, phone in students:
        for turn in range(3):
            outbox.add([Outgoing(key, phone, f"turn {turn} part {p}") for p in range(2)])
    await drain(worker(store, fake), worker(store, fake))
    for _, phone in students:
        assert fake.to(phone) == [f"turn {t} part {p}" for t in range(3) for p in range(2)]


async def test_a_choice_list_is_never_sent_without_the_answer_before_it(
    store: SMSStore, fake: FakeSMSProvider
) -> None:
    key, phone = student()
    outbox = SMSOutbox(store.engine)
    outbox.add([Outgoing(key, phone, "Electricians make $48,580."), Outgoing(key, phone, "1) Pay")])
    outbox.add([Outgoing(key, phone, "a later answer")])
    fake.fail_next(1, status=400)  # the provider refuses the answer for good
    await drain(worker(store, fake))
    assert fake.to(phone) == ["a later answer"]
    history = outbox.history(key)
    assert [row["status"] for row in history] == ["failed", "failed", "delivered"]
    assert "HTTP 400" in history[0]["last_error"]
    assert "part 1 of this answer failed" in history[1]["last_error"]


async def test_a_provider_outage_is_retried_until_it_recovers(store: SMSStore) -> None:
    key, phone = student()
    outbox = SMSOutbox(store.engine)
    outbox.add([Outgoing(key, phone, "one"), Outgoing(key, phone, "two")])
    with fake_sms_provider.running() as fake:
        fake.stop()  # down: connection refused
        down = worker(store, fake)
        for _ in range(3):
            await down.deliver_due()
            await asyncio.sleep(0.3)
        await down.provider.close()
        first = outbox.history(key)[0]
        assert first["status"] == "pending" and first["attempts"] >= 2
        assert first["last_error"]
        fake.start()
        await drain(worker(store, fake))
        assert fake.to(phone) == ["one", "two"]


async def test_a_text_is_given_up_after_the_configured_time_with_the_reason(
    store: SMSStore,
) -> None:
    key, phone = student()
    outbox = SMSOutbox(store.engine)
    outbox.add([Outgoing(key, phone, "too late")], now=utcnow() - timedelta(hours=13))
    nobody = worker(store, "http://127.0.0.1:9", give_up=12 * 3600)
    await nobody.deliver_due()
    await nobody.provider.close()
    row = outbox.history(key)[0]
    assert row["status"] == "failed" and "gave up after 1 attempts in 12 h" in row["last_error"]


async def test_texts_written_before_a_stop_are_dropped_but_the_confirmation_is_sent(
    store: SMSStore, fake: FakeSMSProvider
) -> None:
    key, phone = student()
    outbox = SMSOutbox(store.engine)
    outbox.add([Outgoing(key, phone, "an answer")])
    store.set_opted_out(key, True)
    outbox.add([Outgoing(key, phone, "You're unsubscribed.", always=True)])
    await drain(worker(store, fake))
    assert fake.to(phone) == ["You're unsubscribed."]
    assert [row["status"] for row in outbox.history(key)] == ["dropped", "delivered"]


async def test_a_sent_text_no_longer_holds_the_number(
    store: SMSStore, fake: FakeSMSProvider
) -> None:
    key, phone = student()
    SMSOutbox(store.engine).add([Outgoing(key, phone, "hello")])
    await drain(worker(store, fake))
    with store.engine.connect() as connection:
        phones = connection.execute(
            sa.select(outbox_table.c.phone).where(outbox_table.c.sender_key == key)
        ).all()
    assert phones == [(None,)]


def test_a_replayed_webhook_is_recognised(store: SMSStore) -> None:
    key, _ = student()
    sid = "SM" + uuid.uuid4().hex
    assert store.first_time(sid, key) is True
    assert store.first_time(sid, key) is False
    assert store.first_time("SM" + uuid.uuid4().hex, key) is True
