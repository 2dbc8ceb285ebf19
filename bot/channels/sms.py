"""A Rasa input channel for SMS at ``/webhooks/sms/webhook``, speaking Twilio's webhook.

The provider POSTs each inbound text (``From``, ``Body``, ``MessageSid``, signed in
``X-Twilio-Signature``). The channel checks the signature, handles each ``MessageSid`` once,
answers at once with empty TwiML, and lets the assistant reply in the background: the
answer's texts are written as rows of the app database (:mod:`bot.sms.outbox`) that the SMS
worker (:mod:`bot.sms.worker`) sends in order. The conversation id is a keyed hash of the
number; the number itself travels only in the message metadata, for the coach who may text
back, and in the outbox rows until they are sent.
"""

from __future__ import annotations

import asyncio
import logging
import re
import urllib.parse
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any

from rasa.core.channels.channel import CollectingOutputChannel, InputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse
from twilio.request_validator import RequestValidator

from bot.channels.guard import Limits, guarded
from bot.nlu.crisis_patterns import crisis_kind
from bot.sms import redact, texts
from bot.sms.format import chosen, pack, render
from bot.sms.identity import normalize, sender_key
from bot.sms.keywords import Keyword, classify
from bot.sms.outbox import Outgoing, SMSOutbox
from bot.sms.store import SMSStore
from careerbot import settings

logger = logging.getLogger(__name__)

EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>'
MAX_REQUEST_BYTES = 64 * 1024
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
LEADING_SLASHES = re.compile(r"^[\s/]+")


class Form(dict[str, list[str]]):
    """Form fields as the provider signed them: every value, blank ones included."""

    def getlist(self, name: str) -> list[str]:
        """All values of ``name`` (the signature validator asks for lists)."""
        return self.get(name, [])

    def first(self, name: str) -> str | None:
        """The first value of ``name``, or None."""
        values = self.get(name)
        return values[0] if values else None


def parse_form(request: Request) -> Form:
    """The urlencoded body, keeping blank values (an empty ``Body`` is part of the signature).

    Sanic's ``request.form`` drops blank fields, which would make every empty text look forged.
    """
    if not request.content_type.startswith("application/x-www-form-urlencoded"):
        return Form()
    try:
        text = (request.body or b"").decode("utf-8")
    except UnicodeDecodeError:
        return Form()
    return Form(urllib.parse.parse_qs(text, keep_blank_values=True))


class ConfigurationError(RuntimeError):
    """The channel cannot run safely with the configured settings."""


def twiml(message: str | None = None) -> HTTPResponse:
    """An answer the provider accepts: empty, or one text it sends itself."""
    if message is None:
        return response.text(EMPTY_TWIML, content_type="text/xml")
    escaped = message.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    body = f"<Response><Message>{escaped}</Message></Response>"
    return response.text(
        EMPTY_TWIML.replace("<Response></Response>", body), content_type="text/xml"
    )


def clean(body: str) -> str:
    """The student's words as the assistant should read them.

    A leading ``/`` would let anyone trigger an intent or set entities directly (Rasa reads
    ``/intent{...}`` as a button payload): on a phone only a numbered choice sends a payload,
    so a typed one is dropped; so are control characters. The length is bounded with every
    other channel's (:mod:`bot.channels.guard`).
    """
    return LEADING_SLASHES.sub("", CONTROL.sub(" ", body).strip())


class SMSInput(InputChannel):
    """Twilio-compatible SMS webhook channel (``bot.channels.sms.SMSInput`` in credentials.yml)."""

    @classmethod
    def name(cls) -> str:
        """URL prefix: ``/webhooks/sms``."""
        return "sms"

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> InputChannel:
        """Build from ``careerbot.settings``; secrets never live in credentials.yml."""
        config = settings.load()
        channels = config.channels
        if not channels.sms_auth_token or not channels.sms_hash_secret:
            raise ConfigurationError(
                "SMS channel needs CAREERBOT_SMS_AUTH_TOKEN and CAREERBOT_SMS_HASH_SECRET "
                "outside demo mode"
            )
        if not channels.demo and (
            channels.sms_auth_token == settings.DEMO_SMS_AUTH_TOKEN
            or channels.sms_hash_secret == settings.DEMO_SMS_HASH_SECRET
        ):
            raise ConfigurationError("the demo SMS secrets are refused outside demo mode")
        redact.install()
        return cls(
            validator=RequestValidator(channels.sms_auth_token),
            hash_secret=channels.sms_hash_secret,
            public_base_url=channels.sms_public_base_url,
            store=SMSStore(config.database_url),
            max_length=channels.sms_max_length,
            limits=Limits(
                max_chars=channels.max_message_chars, max_tokens=channels.max_message_tokens
            ),
        )

    def __init__(
        self,
        *,
        validator: RequestValidator,
        hash_secret: str,
        public_base_url: str,
        store: SMSStore,
        max_length: int,
        limits: Limits,
    ) -> None:
        """Wire the channel to its store; replies go to the outbox in the same database."""
        self.validator = validator
        self.hash_secret = hash_secret
        self.public_base_url = public_base_url.rstrip("/")
        self.store = store
        self.max_length = max_length
        self.limits = limits
        self.outbox = SMSOutbox(store.engine)
        self._locks: dict[str, tuple[asyncio.Lock, int]] = {}
        self._tasks: set[asyncio.Task[None]] = set()

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        """``GET /`` (health) and ``POST /webhook`` (the provider's inbound-message call)."""
        sms = Blueprint("sms_webhook", __name__)
        on_new_message = guarded(on_new_message, self.limits)

        @sms.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @sms.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            try:
                return await self._receive(request, on_new_message)
            except Exception:  # the provider gets an answer, never a 500
                logger.exception("SMS webhook failed")
                return twiml(texts.TROUBLE)

        @sms.listener("after_server_stop")
        async def close(*_: Any) -> None:
            if self._tasks:  # turns still running write their answers before Rasa stops
                await asyncio.wait(set(self._tasks), timeout=20)
            self.store.dispose()

        return sms

    def _signed(self, request: Request, form: Form) -> bool:
        signature = request.headers.get("X-Twilio-Signature")
        if not signature:
            return False
        url = self.public_base_url + request.path
        if request.query_string:
            url += "?" + request.query_string
        return bool(self.validator.validate(url, form, signature))

    async def _receive(
        self, request: Request, on_new_message: Callable[[UserMessage], Awaitable[Any]]
    ) -> HTTPResponse:
        if len(request.body or b"") > MAX_REQUEST_BYTES:
            return response.text("request too large", status=413)
        form = parse_form(request)
        if not self._signed(request, form):
            logger.warning("SMS webhook call refused: missing or invalid signature")
            return response.text("forbidden", status=403)
        phone_field = form.first("From")
        if not phone_field:
            return response.text("From is required", status=400)
        phone = normalize(phone_field)
        key = sender_key(phone, self.hash_secret)
        body = form.first("Body") or ""
        message_sid = form.first("MessageSid")
        try:
            if message_sid and not await asyncio.to_thread(self.store.first_time, message_sid, key):
                logger.info("SMS webhook for %s replayed (same MessageSid): ignored", key)
                return twiml()
            contact = await asyncio.to_thread(self.store.get, key)
        except Exception:
            logger.exception("SMS store unavailable; message from %s not handled", key)
            return twiml(None if classify(body) is Keyword.STOP else texts.TROUBLE)

        keyword = classify(body)
        if keyword is Keyword.STOP:
            await asyncio.to_thread(self.store.set_opted_out, key, True)
            logger.info("SMS %s opted out", key)
            await asyncio.to_thread(
                self.outbox.add, [Outgoing(key, phone, texts.STOPPED, always=True)]
            )
            return twiml()
        if keyword is Keyword.HELP:
            await asyncio.to_thread(self.store.mark_welcomed, key)
            await asyncio.to_thread(
                self.outbox.add, [Outgoing(key, phone, texts.HELP, always=True)]
            )
            return twiml()
        if keyword is Keyword.START:
            await asyncio.to_thread(self.store.set_opted_out, key, False)
            logger.info("SMS %s opted back in", key)
            await self._send(key, phone, [texts.STARTED], welcomed=contact.welcomed)
            return twiml()
        if contact.opted_out:
            # No text may go to a number after STOP, but a student in danger still reaches a
            # person: the assistant hears a crisis message (urgent task, coach notified) and
            # its answer is not sent.
            if crisis_kind(body) is None:
                logger.info("SMS from %s ignored: opted out", key)
                return twiml()
            logger.warning("SMS from %s opted out: crisis message passed on, no reply sent", key)
            self._start(on_new_message, key, phone, clean(body), silent=True)
            return twiml()

        if keyword is Keyword.COACH:
            text = texts.COACH_REQUEST
        else:
            choice = chosen(body, contact.choices) if body.strip() else None
            text = choice.payload if choice else clean(body)
        if not text:
            await self._send(key, phone, [texts.EMPTY], welcomed=contact.welcomed)
            return twiml()
        self._start(on_new_message, key, phone, text)
        return twiml()

    def _start(
        self,
        on_new_message: Callable[[UserMessage], Awaitable[Any]],
        key: str,
        phone: str,
        text: str,
        *,
        silent: bool = False,
    ) -> None:
        """Run the turn after the webhook is answered (the provider waits for nobody)."""
        task = asyncio.create_task(self._converse(on_new_message, key, phone, text, silent=silent))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _converse(
        self,
        on_new_message: Callable[[UserMessage], Awaitable[Any]],
        key: str,
        phone: str,
        text: str,
        *,
        silent: bool = False,
    ) -> None:
        """Run one turn through the assistant and write its answer (one turn per number at once).

        ``silent``: the number has opted out; the turn runs (a crisis still reaches a coach)
        but nothing is sent to the student.
        """
        async with self._turn(key):
            collector = CollectingOutputChannel()
            message = UserMessage(
                text,
                collector,
                key,
                input_channel=self.name(),
                metadata={"channel": "sms", "phone": phone},
            )
            try:
                await on_new_message(message)
                messages = collector.messages
            except Exception:
                logger.exception("assistant failed on an SMS from %s", key)
                messages = [{"text": texts.TROUBLE}]
            if silent:
                return
            reply = render(messages, self.max_length)
            try:
                await asyncio.to_thread(self.store.set_choices, key, reply.choices)
                welcomed = (await asyncio.to_thread(self.store.get, key)).welcomed
            except Exception:
                logger.exception("SMS store unavailable while answering %s", key)
                welcomed = True  # cannot record it; do not repeat the notice every time
            await self._send(key, phone, reply.blocks, welcomed=welcomed)

    async def _send(self, key: str, phone: str, blocks: list[str], *, welcomed: bool) -> None:
        """Write ``blocks`` as one turn of texts (the first text to a number: opt-out line)."""
        if welcomed:
            bodies = pack(blocks, self.max_length)
        else:
            notice = "\n" + texts.OPT_OUT_LINE
            bodies = pack(blocks, self.max_length, first_limit=self.max_length - len(notice))
            if bodies:
                bodies[0] += notice
                try:
                    await asyncio.to_thread(self.store.mark_welcomed, key)
                except Exception:
                    logger.exception("SMS store unavailable: notice not recorded for %s", key)
        if not bodies:
            return
        try:
            await asyncio.to_thread(
                self.outbox.add, [Outgoing(key, phone, piece) for piece in bodies]
            )
        except Exception:
            logger.exception("SMS outbox unavailable: the answer to %s was not written", key)

    @asynccontextmanager
    async def _turn(self, key: str) -> AsyncIterator[None]:
        """One turn per number at a time, in arrival order (asyncio.Lock is fair)."""
        lock, users = self._locks.get(key, (asyncio.Lock(), 0))
        self._locks[key] = (lock, users + 1)
        try:
            async with lock:
                yield
        finally:
            lock, users = self._locks[key]
            if users == 1:
                del self._locks[key]
            else:
                self._locks[key] = (lock, users - 1)
