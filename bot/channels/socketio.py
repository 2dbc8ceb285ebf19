"""Rasa's socket.io channel (the chat widget's), with the channel rules and an origin check.

Rasa's own channel accepts a connection from any web page and passes a message of any size
and any ``/intent`` straight to the assistant. This one only accepts browsers on the
configured school sites (``CAREERBOT_ALLOWED_ORIGINS``: socket.io's websocket is not covered
by CORS, so the Engine.IO origin check is what keeps other pages out), ignores malformed
messages, and bounds and screens each message (:mod:`bot.channels.guard`).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable, Iterable
from typing import Any

from rasa.core.channels.channel import InputChannel, UserMessage
from rasa.core.channels.socketio import SocketIOInput, SocketIOOutput
from sanic import Blueprint

from bot.channels.guard import Limits, client_metadata, guarded
from careerbot import settings

logger = logging.getLogger(__name__)

MAX_SESSION_ID_CHARS = 128


class OriginCheck:
    """Engine.IO's ``cors_allowed_origins`` as a callable: an empty list must refuse all.

    (Engine.IO reads a literal ``[]`` as "do not check origins at all".)
    """

    def __init__(self, origins: Iterable[str]) -> None:
        """Allow exactly ``origins`` (``scheme://host[:port]``)."""
        self.origins = frozenset(o.rstrip("/") for o in origins)

    def __call__(self, origin: str | None) -> bool:
        """Whether a browser on ``origin`` may connect."""
        return origin is not None and origin.rstrip("/") in self.origins


class CardSocketIOOutput(SocketIOOutput):
    """Rasa's socket.io output, with a card sent in the same event as its text and buttons.

    Rasa sends a message's text, then its custom payload as a second event (and passes the
    payload's keys to ``emit`` as arguments, which fails for ours). The widget draws a card
    (``{"card": {...}}`` from the actions) in place of the text it came with, so both travel
    in one ``bot_uttered`` event: ``{"text", "quick_replies", "card"}``.
    """

    async def send_response(self, recipient_id: str, message: dict[str, Any]) -> None:
        """One event for a card answer; Rasa's own handling for everything else."""
        custom = message.get("custom")
        if not (isinstance(custom, dict) and isinstance(custom.get("card"), dict)):
            await super().send_response(recipient_id, message)
            return
        event: dict[str, Any] = {"text": message.get("text") or "", "card": custom["card"]}
        buttons = message.get("buttons") or message.get("quick_replies") or []
        if buttons:
            event["quick_replies"] = [
                {"content_type": "text", "title": b["title"], "payload": b["payload"]}
                for b in buttons
            ]
        await self._send_message(recipient_id, event)


class GuardedSocketIOInput(SocketIOInput):
    """``bot.channels.socketio.GuardedSocketIOInput`` in credentials.yml; still ``/socket.io``."""

    @classmethod
    def name(cls) -> str:
        """Rasa's name for the channel (``input_channel`` of its messages)."""
        return "socketio"

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> InputChannel:
        """Rasa's socket.io options from credentials.yml; limits and origins from settings."""
        credentials = credentials or {}
        channels = settings.load().channels
        return cls(
            credentials.get("user_message_evt", "user_uttered"),
            credentials.get("bot_message_evt", "bot_uttered"),
            credentials.get("namespace"),
            credentials.get("session_persistence", False),
            credentials.get("socketio_path", "/socket.io"),
            credentials.get("jwt_key"),
            credentials.get("jwt_method", "HS256"),
            credentials.get("metadata_key", "metadata"),
            limits=Limits(
                max_chars=channels.max_message_chars, max_tokens=channels.max_message_tokens
            ),
            allowed_origins=channels.allowed_origins,
        )

    def __init__(
        self,
        *args: Any,
        limits: Limits,
        allowed_origins: Iterable[str],
        **kwargs: Any,
    ) -> None:
        """Rasa's options, plus the message bound and the allowed web origins."""
        super().__init__(*args, **kwargs)
        self.limits = limits
        self.origin_check = OriginCheck(allowed_origins)

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        """Rasa's socket.io blueprint, with its message handler and origin check replaced."""
        handle = guarded(on_new_message, self.limits)
        blueprint = super().blueprint(handle)
        sio = self.sio
        assert sio is not None  # set by SocketIOInput.blueprint
        sio.eio.cors_allowed_origins = self.origin_check

        @sio.on(self.user_message_evt, namespace=self.namespace)
        async def handle_message(sid: str, data: Any) -> None:
            message = self._message(sid, data)
            if message is not None:
                await handle(message)

        return blueprint

    def _message(self, sid: str, data: Any) -> UserMessage | None:
        """The student's message, or None (logged) when the event is not one we can read."""
        if not isinstance(data, dict) or not isinstance(data.get("message", ""), str):
            logger.warning("socket.io message ignored: not {message: string}")
            return None
        if self.session_persistence:
            session_id = data.get("session_id")
            if not isinstance(session_id, str) or not 0 < len(session_id) <= MAX_SESSION_ID_CHARS:
                logger.warning("socket.io message ignored: no valid session_id")
                return None
            sender_id = session_id
        else:
            sender_id = sid
        metadata = data.get(self.metadata_key)
        if isinstance(metadata, str):
            try:
                metadata = json.loads(metadata)
            except ValueError:
                metadata = None
        assert self.sio is not None
        return UserMessage(
            data.get("message", ""),
            CardSocketIOOutput(self.sio, self.bot_message_evt),
            sender_id,
            input_channel=self.name(),
            metadata=client_metadata(metadata, "web"),
        )
