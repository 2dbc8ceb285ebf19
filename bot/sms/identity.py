"""Who is texting, without writing their number down: a keyed hash of the phone number."""

from __future__ import annotations

import hashlib
import hmac
import re

PREFIX = "sms-"


def normalize(phone: str) -> str:
    """Twilio sends E.164 (``+16015550123``); strip spacing so one number has one key."""
    digits = re.sub(r"[^\d+]", "", phone)
    if not digits.startswith("+"):
        digits = "+1" + digits if len(digits) == 10 else "+" + digits
    return digits


def sender_key(phone: str, secret: str) -> str:
    """Opaque conversation id for a number: HMAC-SHA256 keyed by a configured secret.

    A plain hash of a 10-digit number could be reversed by trying every number; the key
    makes that impossible for anyone without the secret.
    """
    digest = hmac.new(secret.encode(), normalize(phone).encode(), hashlib.sha256).hexdigest()
    return PREFIX + digest[:32]
