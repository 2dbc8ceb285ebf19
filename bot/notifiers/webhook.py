"""Chat notifications: a Slack/Teams-style incoming webhook (JSON POST with ``text``)."""

from __future__ import annotations

import asyncio

import aiohttp

from bot.notifiers.base import Notice, NotifierError, NotifierTimeout


class WebhookNotifier:
    """POSTs ``{"text": ...}`` (plus structured fields) to the coach's webhook URL."""

    channel = "webhook"

    def __init__(self, *, timeout: float) -> None:
        self._timeout = aiohttp.ClientTimeout(total=timeout)

    async def send(self, notice: Notice, address: str) -> None:
        """Deliver the notice; any non-2xx answer is a failure to retry."""
        payload = {
            "text": notice.text,
            "careerbot": {
                "notification_id": notice.job_id,
                "task_id": notice.task_id,
                "school": notice.school,
                "topic": notice.topic,
                "urgent": notice.urgent,
                "reminder": notice.reminder,
                "link": notice.link,
            },
        }
        headers = {"Idempotency-Key": f"careerbot-notification-{notice.job_id}"}
        try:
            async with (
                aiohttp.ClientSession(timeout=self._timeout) as client,
                client.post(address, json=payload, headers=headers) as response,
            ):
                if not 200 <= response.status < 300:
                    raise NotifierError(f"webhook answered HTTP {response.status}")
        except asyncio.TimeoutError as error:
            raise NotifierTimeout("webhook timed out") from error
        except aiohttp.ClientError as error:
            raise NotifierError(f"webhook: {type(error).__name__}") from error
