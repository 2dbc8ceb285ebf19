"""The tests' SMS provider: the product's local fake (bot/sms/fake_provider.py) on the test
account, on a free local port."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from bot.sms import fake_provider
from bot.sms.fake_provider import Sent

ACCOUNT_SID = "AC" + "1" * 32
AUTH_TOKEN = "test-sms-auth-token"
SENDER = "+16015550100"
# Behind a proxy the provider signs the public address, not the server's own.
SMS_PUBLIC_BASE_URL = "https://careerbot.example.org"
SMS_HASH_SECRET = "test-sms-hash-secret"

__all__ = ["ACCOUNT_SID", "AUTH_TOKEN", "SENDER", "FakeSMSProvider", "Sent", "running"]


class FakeSMSProvider(fake_provider.FakeSMSProvider):
    """The fake provider, for the test account."""

    def __init__(self, port: int = 0) -> None:
        super().__init__(ACCOUNT_SID, AUTH_TOKEN, port)


@contextmanager
def running(port: int = 0) -> Iterator[FakeSMSProvider]:
    """A fake provider serving in a background thread for the duration of the block."""
    fake = FakeSMSProvider(port)
    fake.start()
    try:
        yield fake
    finally:
        fake.stop()
