"""Deliver replies in order, after the webhook has already been answered.

Each number gets a queue and one worker, so a student's texts leave in the order the
assistant wrote them while different students never wait for each other. Before each text
the opt-out is checked again: a STOP that arrives mid-answer stops the rest of it.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from bot.sms.provider import SMSProvider, SMSSendError

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Outgoing:
    """One text to one number; ``always`` marks the STOP confirmation, sent despite opt-out."""

    key: str
    phone: str
    body: str
    always: bool = False


class Outbox:
    """Ordered, asynchronous delivery through an :class:`SMSProvider`."""

    def __init__(self, provider: SMSProvider, opted_out: Callable[[str], Awaitable[bool]]) -> None:
        """``opted_out(key)`` is asked before every text."""
        self.provider = provider
        self.opted_out = opted_out
        self._queues: dict[str, asyncio.Queue[Outgoing]] = {}
        self._workers: dict[str, asyncio.Task[None]] = {}

    def put(self, texts: list[Outgoing]) -> None:
        """Queue texts for delivery and return at once."""
        for text in texts:
            queue = self._queues.setdefault(text.key, asyncio.Queue())
            queue.put_nowait(text)
            worker = self._workers.get(text.key)
            if worker is None or worker.done():
                self._workers[text.key] = asyncio.create_task(self._drain(text.key))

    async def _drain(self, key: str) -> None:
        queue = self._queues[key]
        while not queue.empty():
            text = queue.get_nowait()
            try:
                if not text.always and await self.opted_out(key):
                    logger.info("SMS to %s dropped: opted out", key)
                    continue
                await self.provider.send(text.phone, text.body)
                logger.info("SMS sent to %s (%d characters)", key, len(text.body))
            except SMSSendError as error:
                logger.error("SMS to %s not delivered: %s", key, error)
            except Exception:  # a worker must never die with texts still queued
                logger.exception("SMS to %s failed unexpectedly", key)
        self._queues.pop(key, None)
        self._workers.pop(key, None)

    async def drained(self) -> None:
        """Wait until every queued text has been handled (tests, shutdown)."""
        while self._workers:
            await asyncio.gather(*list(self._workers.values()), return_exceptions=True)
