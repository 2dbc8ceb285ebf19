"""The provider client: one text per call, retries on hiccups, a clear error when refused.

Ordering, durability and STOP are the outbox's (tests/bot/test_sms_outbox.py).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

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


async def test_an_outage_is_marked_retryable_and_a_refusal_is_not(fake: FakeSMSProvider) -> None:
    provider = client(fake, attempts=1)
    fake.fail_next(1, status=503)
    with pytest.raises(SMSSendError) as outage:
        await provider.send(STUDENT, "later")
    fake.fail_next(1, status=400)
    with pytest.raises(SMSSendError) as refusal:
        await provider.send(STUDENT, "never")
    await provider.close()
    assert outage.value.retryable and not refusal.value.retryable
