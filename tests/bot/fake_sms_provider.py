"""A local stand-in for Twilio's Messages API that really listens on 127.0.0.1.

It accepts ``POST /2010-04-01/Accounts/{sid}/Messages.json`` with HTTP Basic auth, records
each text, and can be told to fail the next requests to exercise retries.
"""

from __future__ import annotations

import base64
import json
import threading
import time
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ACCOUNT_SID = "AC" + "1" * 32
AUTH_TOKEN = "test-sms-auth-token"
SENDER = "+16015550100"


@dataclass(frozen=True)
class Sent:
    """One text the provider accepted."""

    to: str
    sender: str
    body: str


class FakeSMSProvider:
    """Records texts; ``fail_next(n, status)`` makes the next ``n`` requests fail."""

    def __init__(self, port: int = 0) -> None:
        self._lock = threading.Condition()
        self.sent: list[Sent] = []
        self.requests = 0
        self._failures: list[int] = []
        self.server = ThreadingHTTPServer(("127.0.0.1", port), self._handler())
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"

    def fail_next(self, count: int, status: int = 503) -> None:
        with self._lock:
            self._failures = [status] * count

    def to(self, phone: str) -> list[str]:
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

    def _record(self, path: str, auth: str | None, form: dict[str, list[str]]) -> int:
        with self._lock:
            self.requests += 1
            if self._failures:
                return self._failures.pop()
            expected = base64.b64encode(f"{ACCOUNT_SID}:{AUTH_TOKEN}".encode()).decode()
            if auth != f"Basic {expected}":
                return 401
            if path != f"/2010-04-01/Accounts/{ACCOUNT_SID}/Messages.json":
                return 404
            self.sent.append(
                Sent(to=form["To"][0], sender=form["From"][0], body=form.get("Body", [""])[0])
            )
            self._lock.notify_all()
            return 201

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server's name
                length = int(self.headers.get("Content-Length") or 0)
                form = urllib.parse.parse_qs(self.rfile.read(length).decode())
                status = fake._record(self.path, self.headers.get("Authorization"), form)
                body = json.dumps(
                    {"sid": f"SM{fake.requests:032d}", "status": "queued"}
                    if status == 201
                    else {"code": 20003, "status": status}
                )
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body.encode())

            def log_message(self, *args: object) -> None:
                pass

        return Handler


@contextmanager
def running() -> Iterator[FakeSMSProvider]:
    """A fake provider serving in a background thread for the duration of the block."""
    fake = FakeSMSProvider()
    thread = threading.Thread(target=fake.server.serve_forever, daemon=True)
    thread.start()
    try:
        yield fake
    finally:
        fake.server.shutdown()
        fake.server.server_close()


if __name__ == "__main__":  # a provider to point a hand-run Rasa at: prints every text
    import sys

    fake = FakeSMSProvider(int(sys.argv[1]) if len(sys.argv) > 1 else 9280)
    print(f"fake SMS provider on {fake.url} (sid {ACCOUNT_SID}, token {AUTH_TOKEN})", flush=True)
    seen = 0
    threading.Thread(target=fake.server.serve_forever, daemon=True).start()
    while True:
        time.sleep(0.2)
        for sent in fake.sent[seen:]:
            print(f"-> {sent.to[:-4]}****: {sent.body!r}", flush=True)
        seen = len(fake.sent)


# Behind a proxy the provider signs the public address, not the server's own.
SMS_PUBLIC_BASE_URL = "https://careerbot.example.org"
SMS_HASH_SECRET = "test-sms-hash-secret"
