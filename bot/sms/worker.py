"""The SMS worker: sends the replies the channel wrote, in order per number, for hours.

Run it as ``python -m bot.sms.worker`` (``scripts/run.sh`` and ``deploy/systemd`` do). It
keeps nothing in memory: every text is a row of ``sms_outbox`` (:mod:`bot.sms.outbox`), so
a restarted worker, or a second one, carries on where the last left off. A provider outage
is retried with doubling back-off (``CAREERBOT_SMS_RETRY_*``) until
``CAREERBOT_SMS_GIVE_UP_SECONDS`` (12 hours by default); then the text, and the rest of its
answer, is recorded as failed with the reason.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal

from bot.sms import redact
from bot.sms.outbox import Job, SMSOutbox
from bot.sms.provider import SMSProvider, SMSSendError
from bot.sms.store import SMSStore
from careerbot.settings import ChannelSettings, load

log = logging.getLogger(__name__)


class ConfigurationError(RuntimeError):
    """The worker cannot send texts with the configured settings."""


class Worker:
    """Leases due texts and hands them to the provider, one at a time per number."""

    def __init__(
        self,
        *,
        store: SMSStore,
        outbox: SMSOutbox,
        provider: SMSProvider,
        channels: ChannelSettings,
    ) -> None:
        """Wire the worker to the app database and the provider."""
        self.store = store
        self.outbox = outbox
        self.provider = provider
        self.channels = channels

    async def deliver_due(self) -> int:
        """Send every number's next due text at once; returns how many were handled."""
        jobs = await asyncio.to_thread(self.outbox.lease)
        await asyncio.gather(*(self._deliver(job) for job in jobs))
        return len(jobs)

    async def _deliver(self, job: Job) -> None:
        where = f"SMS {job.id} to {job.key} (part {job.part}/{job.parts})"
        try:
            if not job.always and await asyncio.to_thread(self.store.is_opted_out, job.key):
                await asyncio.to_thread(self.outbox.drop, job, "opted out")
                log.info("%s dropped: opted out", where)
                return
            if not job.phone:
                await asyncio.to_thread(self.outbox.fail, job, "no number to send to")
                log.error("%s failed: no number", where)
                return
            sid = await self.provider.send(job.phone, job.body)
        except SMSSendError as error:
            await self._failed(job, where, str(error), retryable=error.retryable)
        except Exception as error:  # noqa: BLE001 - a bug or an outage: retried, never lost
            log.exception("%s: unexpected error", where)
            await self._failed(job, where, type(error).__name__, retryable=True)
        else:
            await asyncio.to_thread(self.outbox.delivered, job, sid)
            log.info("%s delivered (%d characters)", where, len(job.body))

    async def _failed(self, job: Job, where: str, error: str, *, retryable: bool) -> None:
        if not retryable:
            await asyncio.to_thread(self.outbox.fail, job, error)
            log.error("%s failed for good: %s", where, error)
            return
        channels = self.channels
        again = await asyncio.to_thread(
            lambda: self.outbox.retry_later(
                job,
                error,
                base=channels.sms_retry_base_seconds,
                cap=channels.sms_retry_max_seconds,
                give_up_after=channels.sms_give_up_seconds,
            )
        )
        if again:
            log.warning("%s not sent, attempt %d, will retry: %s", where, job.attempts + 1, error)
        else:
            log.error("%s failed: gave up after %d attempts: %s", where, job.attempts + 1, error)

    async def run(self, stop: asyncio.Event) -> None:
        """Deliver until ``stop`` is set; a database outage is logged and waited out."""
        log.info("SMS worker started: sending through %s", self.channels.sms_api_url)
        while not stop.is_set():
            handled = 0
            try:
                handled = await self.deliver_due()
            except Exception:  # noqa: BLE001 - keep polling through a database outage
                log.exception("SMS outbox pass failed; retrying")
            if handled:
                continue  # the next part of an answer is due at once
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=self.channels.sms_poll_seconds)
        await self.provider.close()
        self.store.dispose()


def build() -> Worker:
    """A worker from ``careerbot.settings``."""
    config = load()
    channels = config.channels
    if not channels.sms_auth_token:
        raise ConfigurationError("the SMS worker needs CAREERBOT_SMS_AUTH_TOKEN outside demo mode")
    store = SMSStore(config.database_url)
    provider = SMSProvider(
        api_url=channels.sms_api_url,
        account_sid=channels.sms_account_sid,
        auth_token=channels.sms_auth_token,
        sender=channels.sms_from,
        timeout=channels.sms_send_timeout,
        attempts=1,  # retries are rows rescheduled in the database, not a loop in memory
    )
    return Worker(store=store, outbox=SMSOutbox(store.engine), provider=provider, channels=channels)


def main() -> None:
    """Entry point: run until SIGINT/SIGTERM."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    redact.install()
    worker = build()

    async def _main() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop.set)
        await worker.run(stop)

    asyncio.run(_main())


if __name__ == "__main__":
    main()
