"""Fixtures for the channel tests: a local fake of the SMS provider wired into the servers."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.bot import fake_sms_provider
from tests.bot.fake_sms_provider import ACCOUNT_SID, AUTH_TOKEN, SENDER, FakeSMSProvider

# Behind a proxy the provider signs the public address, not the server's own.
SMS_PUBLIC_BASE_URL = "https://careerbot.example.org"
SMS_HASH_SECRET = "test-sms-hash-secret"


@pytest.fixture(scope="session")
def fake_sms() -> Iterator[FakeSMSProvider]:
    """The provider's Messages API, faked on a free local port for the whole session."""
    with fake_sms_provider.running() as fake:
        yield fake


@pytest.fixture(scope="session")
def stack_env(stack_env: dict[str, str], fake_sms: FakeSMSProvider) -> dict[str, str]:
    """The servers' environment, with the SMS channel pointed at the fake provider."""
    return {
        **stack_env,
        "CAREERBOT_SMS_API_URL": fake_sms.url,
        "CAREERBOT_SMS_ACCOUNT_SID": ACCOUNT_SID,
        "CAREERBOT_SMS_AUTH_TOKEN": AUTH_TOKEN,
        "CAREERBOT_SMS_FROM": SENDER,
        "CAREERBOT_SMS_HASH_SECRET": SMS_HASH_SECRET,
        "CAREERBOT_SMS_PUBLIC_BASE_URL": SMS_PUBLIC_BASE_URL,
    }
