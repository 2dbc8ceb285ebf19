"""What every channel does to a message before the assistant reads it.

Applied by wrapping Rasa's ``on_new_message`` handler, so REST, socket.io and SMS share one
rule: the message is bounded (:mod:`bot.channels.limits`), a leading ``/`` is honoured only
for our own button payloads (:mod:`bot.channels.payloads`), and metadata a browser or an
integration sent cannot claim what only the SMS channel knows (a phone number).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any

from rasa.core.channels.channel import UserMessage

from bot.channels import texts
from bot.channels.limits import bound
from bot.channels.payloads import screen
from careerbot import settings

logger = logging.getLogger(__name__)

Handler = Callable[[UserMessage], Awaitable[Any]]

# Channel names a web page or an integration may give itself in its metadata.
CLIENT_CHANNELS = frozenset({"web", "rest"})
# Only the SMS channel knows a student's number; nobody else may put one in the metadata.
SERVER_ONLY_KEYS = frozenset({"phone"})
MAX_METADATA_KEYS = 10
MAX_METADATA_VALUE_CHARS = 200


@dataclass(frozen=True)
class Limits:
    """The message bound every channel applies (``CAREERBOT_MAX_MESSAGE_*``)."""

    max_chars: int
    max_tokens: int

    @classmethod
    def from_settings(cls) -> Limits:
        """The configured bound."""
        channels = settings.load().channels
        return cls(max_chars=channels.max_message_chars, max_tokens=channels.max_message_tokens)


def client_metadata(metadata: object, default_channel: str) -> dict[str, Any]:
    """Metadata a client sent, kept only where it is small, flat and cannot claim SMS."""
    kept: dict[str, Any] = {}
    if isinstance(metadata, Mapping):
        for key, value in list(metadata.items())[:MAX_METADATA_KEYS]:
            if not isinstance(key, str) or key in SERVER_ONLY_KEYS:
                continue
            short_text = isinstance(value, str) and len(value) <= MAX_METADATA_VALUE_CHARS
            if short_text or isinstance(value, (bool, int, float)) or value is None:
                kept[key] = value
    if kept.get("channel") not in CLIENT_CHANNELS:
        kept["channel"] = default_channel
    return kept


def guarded(on_new_message: Handler, limits: Limits) -> Handler:
    """``on_new_message`` behind the channel rules; a cut message gets a short note first."""

    async def handle(message: UserMessage) -> Any:
        text = message.text if isinstance(message.text, str) else ""
        bounded = bound(text, max_chars=limits.max_chars, max_tokens=limits.max_tokens)
        message.text = screen(bounded.text)
        if bounded.cut:
            logger.info(
                "message on %s cut from %d to %d characters",
                message.input_channel,
                len(text),
                len(message.text),
            )
            await message.output_channel.send_text_message(message.sender_id, texts.MESSAGE_CUT)
        return await on_new_message(message)

    return handle
