"""A local stand-in for Twilio's Messages API that really listens on 127.0.0.1.

The demo (``make run``) sends students' replies here instead of to a real provider, and the
demo phone page reads them back; the tests use it to see what a student's phone received,
to make the provider fail (``fail_next``) or go away (``stop``/``start``).

It accepts ``POST /2010-04-01/Accounts/{sid}/Messages.json`` with HTTP Basic auth and
records each text; ``GET`` on the same path lists them (``?To=`` filters by number), as
Twilio's list call does. Run it alone with ``python -m bot.sms.fake_provider [PORT]``.
"""

from __future__ import annotations

import base64
import json
import logging
import threading
import time
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Sent:
    """One text the provider accepted."""

    to: str
    sender: str
    body: str
    sid: str = ""
    at: str = ""


class FakeSMSProvider:
    """Records texts; ``fail_next(n, status)`` makes the next ``n`` requests fail."""

    def __init__(self, account_sid: str, auth_token: str, port: int = 0) -> None:
        """Serve on 127.0.0.1:``port`` (0: a free one) for one account."""
        self.account_sid = account_sid
        self.auth_token = auth_token
        self._lock = threading.Condition()
        self.sent: list[Sent] = []
        self.requests = 0
        self._failures: list[int] = []
        self.server = ThreadingHTTPServer(("127.0.0.1", port), self._handler())
        self.port = int(self.server.server_address[1])
        self.url = f"http://127.0.0.1:{self.port}"
        self._thread: threading.Thread | None = None

    @property
    def path(self) -> str:
        """The Messages resource of the account."""
        return f"/2010-04-01/Accounts/{self.account_sid}/Messages.json"

    def start(self) -> None:
        """Serve in a background thread (again, on the same port, after :meth:`stop`)."""
        if self.server.socket.fileno() == -1:
            self.server = ThreadingHTTPServer(("127.0.0.1", self.port), self._handler())
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Stop listening: calls now fail with "connection refused", as in an outage."""
        self.server.shutdown()
        self.server.server_close()
        if self._thread is not None:
            self._thread.join(5)

    def fail_next(self, count: int, status: int = 503) -> None:
        """Answer the next ``count`` requests with ``status``."""
        with self._lock:
            self._failures = [status] * count

    def to(self, phone: str) -> list[str]:
        """The texts sent to ``phone``, in the order they arrived."""
        with self._lock:
            return [s.body for s in self.sent if s.to == phone]

    def wait_for(self, phone: str, count: int, timeout: float = 60) -> list[str]:
        """The texts sent to ``phone`` once there are at least ``count`` of them."""
        deadline = time.monotonic() + timeout
        with self._lock:
            while len([s for s in self.sent if s.to == phone]) < count:
                left = deadline - time.monotonic()
                if left <= 0:
                    got = [s.body for s in self.sent if s.to == phone]
                    raise AssertionError(f"expected {count} texts to {phone}, got {got}")
                self._lock.wait(left)
            return [s.body for s in self.sent if s.to == phone]

    def _authorized(self, auth: str | None) -> bool:
        expected = base64.b64encode(f"{self.account_sid}:{self.auth_token}".encode()).decode()
        return auth == f"Basic {expected}"

    def _record(self, path: str, auth: str | None, form: dict[str, list[str]]) -> tuple[int, str]:
        with self._lock:
            self.requests += 1
            if self._failures:
                return self._failures.pop(), ""
            if not self._authorized(auth):
                return 401, ""
            if path != self.path or not form.get("To") or not form.get("From"):
                return 404 if path != self.path else 400, ""
            sid = f"SM{self.requests:032d}"
            at = datetime.now(timezone.utc).isoformat(timespec="milliseconds")
            self.sent.append(
                Sent(form["To"][0], form["From"][0], form.get("Body", [""])[0], sid, at)
            )
            self._lock.notify_all()
            return 201, sid

    def _list(self, to: str | None) -> list[dict[str, str]]:
        with self._lock:
            return [
                {"sid": s.sid, "to": s.to, "from": s.sender, "body": s.body, "date_created": s.at}
                for s in self.sent
                if to is None or s.to == to
            ]

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def _answer(self, status: int, payload: object) -> None:
                body = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_POST(self) -> None:  # noqa: N802 - http.server's name
                length = int(self.headers.get("Content-Length") or 0)
                form = urllib.parse.parse_qs(self.rfile.read(length).decode())
                status, sid = fake._record(self.path, self.headers.get("Authorization"), form)
                if status == 201:
                    self._answer(status, {"sid": sid, "status": "queued"})
                else:
                    self._answer(status, {"code": 20003, "status": status})

            def do_GET(self) -> None:  # noqa: N802 - http.server's name
                url = urllib.parse.urlsplit(self.path)
                if url.path != fake.path:
                    self._answer(404, {"status": 404})
                elif not fake._authorized(self.headers.get("Authorization")):
                    self._answer(401, {"code": 20003, "status": 401})
                else:
                    to = urllib.parse.parse_qs(url.query).get("To", [None])[0]
                    self._answer(200, {"messages": fake._list(to)})

            def log_message(self, *args: object) -> None:
                pass

        return Handler


@contextmanager
def running(account_sid: str, auth_token: str, port: int = 0) -> Iterator[FakeSMSProvider]:
    """A fake provider serving in a background thread for the duration of the block."""
    fake = FakeSMSProvider(account_sid, auth_token, port)
    fake.start()
    try:
        yield fake
    finally:
        fake.stop()


def main() -> None:
    """Serve the demo's provider, for the account in ``CAREERBOT_SMS_*``; log each text."""
    import sys

    from careerbot.settings import load

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    channels = load().channels
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 9280
    fake = FakeSMSProvider(channels.sms_account_sid, channels.sms_auth_token or "", port)
    log.info("fake SMS provider on %s (texts are kept in memory, never sent)", fake.url)
    fake.server.serve_forever()


if __name__ == "__main__":
    main()
