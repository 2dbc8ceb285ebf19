"""The one interface every notifier implements, and the message they carry.

A notice names the school, topic, urgency and due time and links to the inbox; it never
carries the student's name or contact details, which stay behind the inbox's sign-in.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


class NotifierError(Exception):
    """Delivery failed; the outbox retries later."""


class NotifierTimeout(NotifierError):
    """The service did not answer within the notifier's timeout."""


@dataclass(frozen=True)
class Notice:
    """What a coach is told about one task."""

    job_id: int
    task_id: int
    school: str
    topic: str
    urgent: bool
    due: str
    link: str
    reminder: bool = False

    @property
    def subject(self) -> str:
        """A one-line headline."""
        prefix = "URGENT " if self.urgent else ""
        again = "Reminder: " if self.reminder else ""
        return f"{again}{prefix}student handoff #{self.task_id} from {self.school}"

    @property
    def text(self) -> str:
        """The body, short enough for an SMS."""
        return f"{self.subject}: {self.topic}. Respond {self.due}. Open: {self.link}"


class Notifier(Protocol):
    """Delivers a notice to one address on one channel, or raises :class:`NotifierError`."""

    channel: str

    async def send(self, notice: Notice, address: str) -> None:
        """Deliver ``notice`` to ``address``."""
