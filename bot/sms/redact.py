"""Keep phone numbers out of the Rasa server's logs.

Rasa logs events at DEBUG (including the session-start metadata, which carries the
number so a coach can text back) and a student may type a number into a message. A filter
on the root handlers masks anything shaped like a North American or E.164 number.
"""

from __future__ import annotations

import logging
import re

PHONE = re.compile(r"(?<![\w+])\+?1?[\s.-]?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}(?![\w])")
MASK = "[phone]"


def redact(text: str) -> str:
    """``text`` with phone numbers replaced by ``[phone]``."""
    return PHONE.sub(MASK, text)


class PhoneRedactingFilter(logging.Filter):
    """Rewrites a record's message when it contains a phone number."""

    def filter(self, record: logging.LogRecord) -> bool:  # noqa: A003 - logging's name
        """Mask, never drop."""
        try:
            message = record.getMessage()
        except Exception:  # a malformed record is the logger's problem, not ours
            return True
        masked = redact(message)
        if masked != message:
            record.msg, record.args = masked, None
        return True


def install() -> None:
    """Attach the filter to every handler of the root logger (once)."""
    for handler in logging.getLogger().handlers:
        if not any(isinstance(f, PhoneRedactingFilter) for f in handler.filters):
            handler.addFilter(PhoneRedactingFilter())
