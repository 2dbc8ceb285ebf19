"""Local fakes of the services outside this machine that coaches are notified through.

Each really listens on 127.0.0.1 (a free port) in a background thread, so both in-process
tests and subprocesses (the outbox worker) talk to it over real sockets. ``stop()`` closes
the listening socket (the receiver is really down); ``start()`` brings it back on the same port.
"""

from __future__ import annotations

import asyncio
import threading
import time
from email import message_from_bytes
from email.message import Message
from typing import Any

from aiohttp import web
from aiosmtpd.controller import Controller

from tests.servers import free_port


class ThreadedApp:
    """An aiohttp app served from its own event loop thread."""

    def __init__(self, port: int | None = None) -> None:
        self.port = port or free_port()
        self.received: list[dict[str, Any]] = []
        self.status = 200
        self.delay = 0.0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._runner: web.AppRunner | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def routes(self, app: web.Application) -> None:
        raise NotImplementedError

    def start(self) -> ThreadedApp:
        ready = threading.Event()
        self._loop = asyncio.new_event_loop()

        async def _serve() -> None:
            app = web.Application()
            self.routes(app)
            self._runner = web.AppRunner(app)
            await self._runner.setup()
            await web.TCPSite(self._runner, "127.0.0.1", self.port, reuse_address=True).start()
            ready.set()

        def _run() -> None:
            assert self._loop is not None
            asyncio.set_event_loop(self._loop)
            self._loop.run_until_complete(_serve())
            self._loop.run_forever()

        self._thread = threading.Thread(target=_run, daemon=True)
        self._thread.start()
        assert ready.wait(10), "fake server did not start"
        return self

    def stop(self) -> None:
        if self._loop is None:
            return
        runner, loop = self._runner, self._loop
        if runner is not None:
            asyncio.run_coroutine_threadsafe(runner.cleanup(), loop).result(10)
        loop.call_soon_threadsafe(loop.stop)
        assert self._thread is not None
        self._thread.join(10)
        loop.close()
        self._loop = None

    def wait_for(self, count: int, timeout: float = 30) -> list[dict[str, Any]]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and len(self.received) < count:
            time.sleep(0.1)
        return self.received


class FakeWebhook(ThreadedApp):
    """A Slack/Teams-style incoming webhook at ``/hook``."""

    def routes(self, app: web.Application) -> None:
        async def hook(request: web.Request) -> web.Response:
            if self.delay:
                await asyncio.sleep(self.delay)
            if self.status != 200:
                return web.Response(status=self.status, text="failing on purpose")
            self.received.append(
                {"json": await request.json(), "key": request.headers.get("Idempotency-Key")}
            )
            return web.Response(text="ok")

        app.router.add_post("/hook", hook)

    @property
    def hook_url(self) -> str:
        return f"{self.url}/hook"


class FakeSmsApi(ThreadedApp):
    """A Twilio-compatible Messages API."""

    def routes(self, app: web.Application) -> None:
        async def create(request: web.Request) -> web.Response:
            form = await request.post()
            self.received.append(
                {
                    "account": request.match_info["sid"],
                    "auth": request.headers.get("Authorization", ""),
                    "form": dict(form),
                }
            )
            return web.json_response({"sid": f"SM{len(self.received):032d}"}, status=201)

        app.router.add_post("/2010-04-01/Accounts/{sid}/Messages.json", create)


class _Mailbox:
    def __init__(self) -> None:
        self.messages: list[Message] = []

    async def handle_DATA(self, server: object, session: object, envelope: Any) -> str:  # noqa: N802
        self.messages.append(message_from_bytes(envelope.content))
        return "250 OK"


class FakeSmtp:
    """An SMTP relay (aiosmtpd) that keeps every message it accepts."""

    def __init__(self, port: int | None = None) -> None:
        self.port = port or free_port()
        self.mailbox = _Mailbox()
        self._controller: Controller | None = None

    @property
    def messages(self) -> list[Message]:
        return self.mailbox.messages

    def start(self) -> FakeSmtp:
        self._controller = Controller(self.mailbox, hostname="127.0.0.1", port=self.port)
        self._controller.start()
        return self

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    def wait_for(self, count: int, timeout: float = 30) -> list[Message]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and len(self.messages) < count:
            time.sleep(0.1)
        return self.messages
