"""The fixed sentences the web and REST channels add to an answer (SMS ones: bot/sms/texts.py)."""

from __future__ import annotations

MESSAGE_CUT = (
    "Your message was very long, so I read only the first part. "
    "Please ask one short question at a time."
)
