"""E-mail notifications over SMTP (standard library client, run off the event loop)."""

from __future__ import annotations

import asyncio
import smtplib
from email.message import EmailMessage
from email.utils import formatdate

from bot.notifiers.base import Notice, NotifierError, NotifierTimeout


class SmtpNotifier:
    """Sends one plain-text e-mail per notice through an SMTP relay."""

    channel = "email"

    def __init__(
        self,
        *,
        host: str,
        port: int,
        sender: str,
        timeout: float,
        user: str | None = None,
        password: str | None = None,
        starttls: bool = False,
    ) -> None:
        self._host, self._port, self._sender, self._timeout = host, port, sender, timeout
        self._user, self._password, self._starttls = user, password, starttls

    async def send(self, notice: Notice, address: str) -> None:
        """Deliver the notice as an e-mail; the Message-ID lets a mailbox drop a retried copy."""
        message = EmailMessage()
        message["From"] = self._sender
        message["To"] = address
        message["Subject"] = notice.subject
        message["Date"] = formatdate(localtime=False)
        message["Message-ID"] = f"<careerbot-notification-{notice.job_id}@careerbot>"
        message["X-Careerbot-Task"] = str(notice.task_id)
        message.set_content(notice.text + "\n")
        await asyncio.to_thread(self._deliver, message)

    def _deliver(self, message: EmailMessage) -> None:
        try:
            with smtplib.SMTP(self._host, self._port, timeout=self._timeout) as client:
                if self._starttls:
                    client.starttls()
                if self._user and self._password:
                    client.login(self._user, self._password)
                client.send_message(message)
        except TimeoutError as error:
            raise NotifierTimeout(f"SMTP {self._host}:{self._port} timed out") from error
        except (smtplib.SMTPException, OSError) as error:
            where = f"SMTP {self._host}:{self._port}"
            raise NotifierError(f"{where}: {type(error).__name__}") from error
