"""Replies reach the provider in order, survive its hiccups, and stop after STOP."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest

from bot.sms.outbox import Outbox, Outgoing
from bot.sms.provider import SMSProvider, SMSSendError
from tests.bot import fake_sms_provider
from tests.bot.fake_sms_provider import ACCOUNT_SID, AUTH_TOKEN, SENDER, FakeSMSProvider

STUDENT = "+16015550123"


@pytest.fixture
def fake() -> Iterator[FakeSMSProvider]:
    with fake_sms_provider.running() as provider:
        yield provider


def client(fake: FakeSMSProvider, **options: float) -> SMSProvider:
    return SMSProvider(
        api_url=fake.url,
        account_sid=ACCOUNT_SID,
        auth_token=AUTH_TOKEN,
        sender=SENDER,
        timeout=5,
        attempts=int(options.get("attempts", 3)),
        backoff=0.05,
    )


async def test_a_text_reaches_the_provider_from_our_number(fake: FakeSMSProvider) -> None:
    provider = client(fake)
    sid = await provider.send(STUDENT, "Electricians make $48,580 a year.")
    await provider.close()
    assert sid.startswith("SM")
    assert fake.sent[0].to == STUDENT and fake.sent[0].sender == SENDER
    assert fake.to(STUDENT) == ["Electricians make $48,580 a year."]


async def test_a_provider_outage_is_retried_until_it_recovers(fake: FakeSMSProvider) -> None:
    fake.fail_next(2, status=503)
    provider = client(fake, attempts=3)
    await provider.send(STUDENT, "still delivered")
    await provider.close()
    assert fake.requests == 3
    assert fake.to(STUDENT) == ["still delivered"]


async def test_a_refused_text_is_not_retried(fake: FakeSMSProvider) -> None:
    fake.fail_next(1, status=400)
    provider = client(fake, attempts=3)
    with pytest.raises(SMSSendError, match="HTTP 400"):
        await provider.send(STUDENT, "to an opted-out number")
    await provider.close()
    assert fake.requests == 1


async def test_a_provider_that_is_down_raises_after_the_last_attempt() -> None:
    provider = SMSProvider(
        api_url="http://127.0.0.1:9",
        account_sid=ACCOUNT_SID,
        auth_token=AUTH_TOKEN,
        sender=SENDER,
        timeout=1,
        attempts=2,
        backoff=0.01,
    )
    with pytest.raises(SMSSendError, match="2 attempts"):
        await provider.send(STUDENT, "nobody home")
    await provider.close()


async def test_texts_leave_in_the_order_they_were_written(fake: FakeSMSProvider) -> None:
    provider = client(fake)
    outbox = Outbox(provider, opted_out=lambda key: asyncio.sleep(0, result=False))
    outbox.put([Outgoing("k", STUDENT, f"part {i}") for i in range(1, 6)])
    fake.fail_next(1)  # a retry in the middle must not reorder anything
    outbox.put([Outgoing("k", STUDENT, "part 6")])
    await outbox.drained()
    await provider.close()
    assert fake.to(STUDENT) == [f"part {i}" for i in range(1, 7)]


async def test_texts_queued_before_a_stop_are_not_sent_after_it(fake: FakeSMSProvider) -> None:
    provider = client(fake)
    stopped = {"k": False}

    async def opted_out(key: str) -> bool:
        return stopped[key]

    outbox = Outbox(provider, opted_out)
    outbox.put([Outgoing("k", STUDENT, "first")])
    await outbox.drained()
    stopped["k"] = True
    outbox.put([Outgoing("k", STUDENT, "second"), Outgoing("k", STUDENT, "confirm", always=True)])
    await outbox.drained()
    await provider.close()
    assert fake.to(STUDENT) == ["first", "confirm"]
