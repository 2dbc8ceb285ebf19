"""Rasa's REST channel at ``POST /webhooks/rest/webhook``, with the channel rules applied.

Same interface as Rasa's own (``{"sender", "message", "metadata"}`` in, a JSON list of bot
messages out), but a malformed body is answered 400 with ``{"error": ...}`` instead of a 200
or a 500, a message without ``sender`` is refused (it would share the ``default``
conversation with every other such client), and the message is bounded and screened by
:mod:`bot.channels.guard` before NLU.
"""

from __future__ import annotations

import json
import logging
import re
from asyncio import CancelledError
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import CollectingOutputChannel, InputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse, ResponseStream

from bot.channels.guard import Limits, client_metadata, guarded

logger = logging.getLogger(__name__)

# A 1,000-character message fits many times over; a larger body is not worth parsing.
MAX_REQUEST_BYTES = 2 * 1024 * 1024
SENDER = re.compile(r"(?=.*\S)[^\x00-\x1f\x7f]{1,128}", re.DOTALL)
# Conversation ids the SMS channel makes (bot/sms/identity.py): not for REST clients.
RESERVED_PREFIXES = ("sms-",)


class BadRequest(Exception):
    """The body is not ``{"sender": str, "message": str, ...}``."""


def parse(request: Request) -> tuple[str, str, dict[str, Any]]:
    """``(sender, message, metadata)`` of a well-formed body.

    Raises:
        BadRequest: with a sentence saying what is wrong.
    """
    try:
        body = json.loads(request.body or b"")
    except (ValueError, UnicodeDecodeError):
        raise BadRequest('the body must be JSON: {"sender": ..., "message": ...}') from None
    if not isinstance(body, dict):
        raise BadRequest("the body must be a JSON object, not a list or a value")
    sender, message = body.get("sender"), body.get("message")
    if sender is None:
        raise BadRequest('"sender" is required: one id per conversation')
    if not isinstance(sender, str) or not SENDER.fullmatch(sender):
        raise BadRequest('"sender" must be a string of 1 to 128 printable characters')
    if sender.startswith(RESERVED_PREFIXES):
        raise BadRequest('"sender" ids starting with sms- belong to the SMS channel')
    if message is None:
        raise BadRequest('"message" is required')
    if not isinstance(message, str):
        raise BadRequest('"message" must be a string')
    metadata = body.get("metadata")
    if metadata is not None and not isinstance(metadata, dict):
        raise BadRequest('"metadata" must be a JSON object')
    return sender, message, client_metadata(metadata, "rest")


def error(status: int, message: str) -> HTTPResponse:
    """A JSON error an integration can show."""
    return response.json({"error": message}, status=status)


class GuardedRestInput(RestInput):
    """``bot.channels.rest.GuardedRestInput`` in credentials.yml; still ``/webhooks/rest``."""

    @classmethod
    def name(cls) -> str:
        """URL prefix ``/webhooks/rest``, as Rasa's own REST channel."""
        return "rest"

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> InputChannel:
        """No credentials: the limits come from ``careerbot.settings``."""
        return cls(Limits.from_settings())

    def __init__(self, limits: Limits) -> None:
        """Apply ``limits`` to every message."""
        self.limits = limits

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        """``GET /`` (health) and ``POST /webhook``."""
        handle = guarded(on_new_message, self.limits)
        rest = Blueprint("guarded_rest_webhook", __name__)

        @rest.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @rest.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse | ResponseStream:
            if len(request.body or b"") > MAX_REQUEST_BYTES:
                return error(413, "the body is too large")
            try:
                sender, text, metadata = parse(request)
            except BadRequest as problem:
                return error(400, str(problem))
            if request.args.get("stream", "").lower() == "true":
                return response.stream(
                    self.stream_response(handle, text, sender, self.name(), metadata),
                    content_type="text/event-stream",
                )
            collector = CollectingOutputChannel()
            try:
                await handle(
                    UserMessage(
                        text, collector, sender, input_channel=self.name(), metadata=metadata
                    )
                )
            except CancelledError:
                logger.error("REST message from %s timed out", sender)
            except Exception:
                logger.exception("REST message from %s failed", sender)
            return response.json(collector.messages)

        return rest
