"""The SMS provider's REST API (Twilio's Messages resource, or anything that speaks it).

One small client with an explicit timeout and retries, raising its own error, so the
channel never sees aiohttp or HTTP status codes.
"""

from __future__ import annotations

import asyncio
import base64
import logging

import aiohttp

logger = logging.getLogger(__name__)

RETRYABLE = {408, 409, 425, 429, 500, 502, 503, 504}


class SMSSendError(Exception):
    """A text could not be handed to the provider, even after retries.

    ``retryable`` says whether trying again later may work (network, 429, 5xx) or not (a
    4xx: a bad number, a number that opted out at the carrier).
    """

    def __init__(self, message: str, *, retryable: bool) -> None:
        """Say what went wrong and whether a later attempt may succeed."""
        super().__init__(message)
        self.retryable = retryable


class SMSProvider:
    """Sends texts through ``POST {api}/2010-04-01/Accounts/{sid}/Messages.json``."""

    def __init__(
        self,
        *,
        api_url: str,
        account_sid: str,
        auth_token: str,
        sender: str,
        timeout: float = 10.0,
        attempts: int = 4,
        backoff: float = 0.5,
    ) -> None:
        """Configure the account; ``backoff`` doubles after each failed attempt."""
        self.url = f"{api_url.rstrip('/')}/2010-04-01/Accounts/{account_sid}/Messages.json"
        credentials = base64.b64encode(f"{account_sid}:{auth_token}".encode()).decode()
        self.headers = {"Authorization": f"Basic {credentials}"}
        self.sender = sender
        self.timeout = aiohttp.ClientTimeout(total=timeout)
        self.attempts = max(1, attempts)
        self.backoff = backoff
        self._session: aiohttp.ClientSession | None = None

    async def send(self, to: str, body: str) -> str:
        """Send one text and return the provider's message id.

        Network errors, timeouts, 429 and 5xx answers are retried; a 4xx (a bad number, a
        number that opted out at the carrier) is final.

        Raises:
            SMSSendError: the provider did not accept the text.
        """
        delay = self.backoff
        for attempt in range(1, self.attempts + 1):
            try:
                status, answer = await self._post(to, body)
            except (aiohttp.ClientError, asyncio.TimeoutError) as error:
                problem = f"{type(error).__name__}"
            else:
                if 200 <= status < 300:
                    return str(answer.get("sid", ""))
                problem = f"HTTP {status} {answer.get('code', '')}".strip()
                if status not in RETRYABLE:
                    raise SMSSendError(problem, retryable=False)
            logger.warning("SMS send attempt %d/%d failed: %s", attempt, self.attempts, problem)
            if attempt < self.attempts:
                await asyncio.sleep(delay)
                delay *= 2
        raise SMSSendError(f"gave up after {self.attempts} attempts: {problem}", retryable=True)

    async def _post(self, to: str, body: str) -> tuple[int, dict[str, object]]:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(timeout=self.timeout, headers=self.headers)
        data = {"To": to, "From": self.sender, "Body": body}
        async with self._session.post(self.url, data=data) as response:
            try:
                answer = await response.json(content_type=None)
            except ValueError:
                answer = {}
            return response.status, answer if isinstance(answer, dict) else {}

    async def close(self) -> None:
        """Close the HTTP session."""
        if self._session is not None:
            await self._session.close()
            self._session = None
