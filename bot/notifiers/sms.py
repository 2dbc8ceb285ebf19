"""SMS notifications through a Twilio-compatible Messages REST API (base URL configured)."""

from __future__ import annotations

import asyncio

import aiohttp

from bot.notifiers.base import Notice, NotifierError, NotifierTimeout


class SmsNotifier:
    """Creates one message per notice: ``POST {base}/2010-04-01/Accounts/{sid}/Messages.json``."""

    channel = "sms"

    def __init__(
        self, *, api_url: str, account_sid: str, auth_token: str, sender: str, timeout: float
    ) -> None:
        base = api_url.rstrip("/")
        self._url = f"{base}/2010-04-01/Accounts/{account_sid}/Messages.json"
        self._auth = aiohttp.BasicAuth(account_sid, auth_token)
        self._sender = sender
        self._timeout = aiohttp.ClientTimeout(total=timeout)

    async def send(self, notice: Notice, address: str) -> None:
        """Deliver the notice as a text message; any non-2xx answer is a failure to retry."""
        form = {"To": address, "From": self._sender, "Body": notice.text[:320]}
        try:
            async with (
                aiohttp.ClientSession(timeout=self._timeout) as client,
                client.post(self._url, data=form, auth=self._auth) as response,
            ):
                if not 200 <= response.status < 300:
                    raise NotifierError(f"SMS API answered HTTP {response.status}")
        except asyncio.TimeoutError as error:
            raise NotifierTimeout("SMS API timed out") from error
        except aiohttp.ClientError as error:
            raise NotifierError(f"SMS API: {type(error).__name__}") from error
