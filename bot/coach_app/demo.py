"""The demo's pages: a phone that texts the assistant, and the coaches' notifications.

Registered only in demo mode with ``CAREERBOT_DEMO_SINKS=1`` (``scripts/run.sh`` sets it):

- ``/demo/phone``: type a text as a student would; it goes to the Rasa server's real SMS
  webhook, signed as the provider signs it, and the replies are read back from the local
  fake provider (``python -m bot.sms.fake_provider``) that the SMS worker sends them to.
- ``/demo/sinks``: what coaches were sent: the e-mails a local SMTP sink received (on
  ``CAREERBOT_SMTP_PORT``), the chat-webhook calls received at ``/demo/sinks/webhook``, and
  every text the fake provider took (coaches' SMS included). Demo coaches that want chat
  notifications but have no webhook address are pointed at the sink.

Nothing here leaves the machine; it holds what it received in memory, for this run only.
"""

from __future__ import annotations

import asyncio
import base64
import json
import logging
import re
import threading
import uuid
from collections import deque
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email import message_from_bytes, policy
from pathlib import Path
from typing import Any

import aiohttp
from aiohttp import web
from twilio.request_validator import RequestValidator

from bot.coach_app.keys import SETTINGS
from bot.coach_app.render import e, page
from careerbot.settings import Settings

log = logging.getLogger(__name__)

STATIC = Path(__file__).resolve().parent / "static"
SMS_WEBHOOK = "/webhooks/sms/webhook"
DEMO_PHONE = "+16015550142"
PHONE = re.compile(r"\+1\d{10}")
KEPT = 200  # items of each kind kept in memory


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


@dataclass
class Sinks:
    """What the demo received, newest last (bounded; this run only)."""

    mails: deque[dict[str, str]] = field(default_factory=lambda: deque(maxlen=KEPT))
    webhooks: deque[dict[str, Any]] = field(default_factory=lambda: deque(maxlen=KEPT))
    typed: dict[str, deque[dict[str, str]]] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def typed_by(self, phone: str) -> deque[dict[str, str]]:
        """The texts the demo phone sent from ``phone``."""
        return self.typed.setdefault(phone, deque(maxlen=KEPT))


SINKS = web.AppKey("demo_sinks", Sinks)


class MailSink:
    """An aiosmtpd handler that keeps every message (the coaches' e-mail in the demo)."""

    def __init__(self, sinks: Sinks) -> None:
        """Keep messages in ``sinks``."""
        self.sinks = sinks

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        """Store the message; aiosmtpd's name for "a message arrived"."""
        message = message_from_bytes(envelope.content, policy=policy.default)
        body = message.get_body(preferencelist=("plain",))
        with self.sinks.lock:
            self.sinks.mails.append(
                {
                    "at": _now(),
                    "to": ", ".join(envelope.rcpt_tos),
                    "subject": str(message.get("Subject", "")),
                    "body": body.get_content() if body is not None else "",
                }
            )
        return "250 OK"


def setup(app: web.Application) -> None:
    """Add the demo pages to the coach app, in demo mode with the sinks switched on only."""
    settings = app[SETTINGS]
    if not (settings.handoff.demo and settings.channels.demo_sinks):
        return
    app[SINKS] = Sinks()
    app.router.add_get("/demo/phone", phone_page)
    app.router.add_get("/demo/phone/messages", phone_messages)
    app.router.add_post("/demo/phone/send", phone_send)
    app.router.add_get("/demo/sinks", sinks_page)
    app.router.add_get("/demo/sinks/data", sinks_data)
    app.router.add_post("/demo/sinks/webhook", webhook_sink)
    app.router.add_static("/demo/static", STATIC / "demo")
    app.cleanup_ctx.append(_mail_sink)
    app.on_startup.append(_point_coaches_at_the_sink)


async def _mail_sink(app: web.Application) -> AsyncIterator[None]:
    """The local SMTP server the demo's e-mail notifications go to."""
    from aiosmtpd.controller import Controller

    handoff = app[SETTINGS].handoff
    controller = Controller(
        MailSink(app[SINKS]), hostname=handoff.smtp_host or "127.0.0.1", port=handoff.smtp_port
    )
    started = False
    try:
        controller.start()
        started = True
        log.info("demo mail sink on %s:%s", handoff.smtp_host, handoff.smtp_port)
    except Exception as error:  # noqa: BLE001 - the rest of the demo works without it
        log.error("demo mail sink not started: %s", error)
    yield
    if started:
        controller.stop()


async def _point_coaches_at_the_sink(app: web.Application) -> None:
    """Demo coaches who want chat notifications but have no address get the local sink."""
    from bot.handoff.db import session_scope
    from bot.handoff.models import Coach

    settings = app[SETTINGS]
    port = settings.handoff.coach_port
    sink = f"http://127.0.0.1:{port}/demo/sinks/webhook"

    def point() -> int:
        with session_scope(settings.database_url) as session:
            coaches = [c for c in session.query(Coach).all() if "webhook" in c.notify_via]
            missing = [c for c in coaches if not c.webhook_url]
            for coach in missing:
                coach.webhook_url = sink
            return len(missing)

    try:
        pointed = await asyncio.to_thread(point)
        log.info("demo: %d coaches' chat webhooks point at %s", pointed, sink)
    except Exception as error:  # noqa: BLE001 - the database may come up later
        log.error("demo: coaches' webhooks not pointed at the sink: %s", type(error).__name__)


def _fake_provider_auth(settings: Settings) -> dict[str, str]:
    channels = settings.channels
    pair = f"{channels.sms_account_sid}:{channels.sms_auth_token or ''}"
    return {"Authorization": "Basic " + base64.b64encode(pair.encode()).decode()}


async def _texts_from_provider(settings: Settings, to: str | None) -> list[dict[str, str]]:
    """The texts the (fake) provider took, from its list call."""
    channels = settings.channels
    url = f"{channels.sms_api_url}/2010-04-01/Accounts/{channels.sms_account_sid}/Messages.json"
    params = {"To": to} if to else {}
    timeout = aiohttp.ClientTimeout(total=5)
    try:
        async with (
            aiohttp.ClientSession(timeout=timeout) as client,
            client.get(url, params=params, headers=_fake_provider_auth(settings)) as response,
        ):
            if response.status != 200:
                return []
            answer = await response.json()
    except (aiohttp.ClientError, asyncio.TimeoutError, ValueError):
        return []
    messages = answer.get("messages") if isinstance(answer, dict) else None
    return messages if isinstance(messages, list) else []


def _phone(request: web.Request, value: object) -> str:
    phone = str(value or DEMO_PHONE).strip()
    if not PHONE.fullmatch(phone):
        raise web.HTTPBadRequest(
            text='{"error": "a US number like +16015550142"}', content_type="application/json"
        )
    return phone


async def phone_page(request: web.Request) -> web.Response:
    """The simulated phone."""
    return page(
        "demo_phone",
        title="Demo: text the assistant",
        phone=e(DEMO_PHONE),
        sender=e(request.app[SETTINGS].channels.sms_from),
    )


async def phone_messages(request: web.Request) -> web.Response:
    """The conversation on the phone: what it sent and what the provider delivered to it."""
    phone = _phone(request, request.query.get("phone"))
    settings = request.app[SETTINGS]
    sinks = request.app[SINKS]
    with sinks.lock:
        typed = [{"from": "student", **item} for item in sinks.typed_by(phone)]
    received = [
        {"from": "assistant", "at": str(m.get("date_created", "")), "body": str(m.get("body", ""))}
        for m in await _texts_from_provider(settings, phone)
    ]
    # Stable merge by time: a reply never shows above the text it answers.
    conversation = sorted(
        typed + received, key=lambda item: (item["at"], item["from"] != "student")
    )
    return web.json_response({"phone": phone, "messages": conversation})


async def phone_send(request: web.Request) -> web.Response:
    """Text the assistant from the phone: a signed call to Rasa's SMS webhook."""
    if request.content_type != "application/json":  # a cross-site form cannot send JSON
        raise web.HTTPUnsupportedMediaType(text="JSON only")
    try:
        data = await request.json()
    except ValueError:
        raise web.HTTPBadRequest(
            text='{"error": "JSON body"}', content_type="application/json"
        ) from None
    if not isinstance(data, dict) or not isinstance(data.get("body"), str):
        raise web.HTTPBadRequest(
            text='{"error": "{\\"phone\\", \\"body\\"}"}', content_type="application/json"
        )
    phone = _phone(request, data.get("phone"))
    body = data["body"][:1600]
    settings = request.app[SETTINGS]
    channels = settings.channels
    form = {
        "From": phone,
        "To": channels.sms_from,
        "Body": body,
        "MessageSid": "SM" + uuid.uuid4().hex,
        "NumMedia": "0",
    }
    url = channels.sms_public_base_url + SMS_WEBHOOK
    signature = RequestValidator(channels.sms_auth_token or "").compute_signature(url, form)
    sinks = request.app[SINKS]
    with sinks.lock:
        sinks.typed_by(phone).append({"at": _now(), "body": body})
    try:
        async with (
            aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=15)) as client,
            client.post(url, data=form, headers={"X-Twilio-Signature": signature}) as response,
        ):
            status = response.status
    except (aiohttp.ClientError, asyncio.TimeoutError):
        status = 0
    if status != 200:
        return web.json_response(
            {"error": "the assistant's SMS webhook did not answer; is Rasa running?"}, status=502
        )
    return web.json_response({"sent": True})


async def sinks_page(request: web.Request) -> web.Response:
    """What the coaches were sent."""
    return page("demo_sinks", title="Demo: coach notifications")


async def sinks_data(request: web.Request) -> web.Response:
    """E-mails, chat-webhook calls and texts, newest first."""
    sinks = request.app[SINKS]
    with sinks.lock:
        mails, hooks = list(sinks.mails), list(sinks.webhooks)
    texts = await _texts_from_provider(request.app[SETTINGS], None)
    return web.json_response({"mails": mails[::-1], "webhooks": hooks[::-1], "texts": texts[::-1]})


async def webhook_sink(request: web.Request) -> web.Response:
    """The demo coaches' chat webhook (Slack/Teams-style JSON)."""
    raw = await request.read()
    try:
        payload: object = json.loads(raw or b"null")
    except ValueError:
        payload = raw.decode(errors="replace")
    sinks = request.app[SINKS]
    with sinks.lock:
        sinks.webhooks.append({"at": _now(), "payload": payload})
    return web.json_response({"ok": True})
