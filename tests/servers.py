"""Start the project's real servers on free local ports for end-to-end tests."""

from __future__ import annotations

import http.server
import json
import os
import shutil
import socket
import subprocess
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
APP_BIN = ROOT / ".venv" / "app" / "bin"
RASA_BIN = ROOT / ".venv" / "rasa" / "bin"
# Rasa's HTTP API (trackers hold SMS numbers) is behind a token in the tests too.
RASA_TOKEN = "test-rasa-api-token"


def action_server_command(port: int) -> list[str]:
    """The action server (rasa-sdk with our actions) on ``port``."""
    return [str(APP_BIN / "python"), "-m", "rasa_sdk", "--actions", "actions", "--port", str(port)]


def rasa_server_command(
    port: int,
    model: Path,
    *,
    endpoints: Path | str = "endpoints.yml",
    credentials: Path | str | None = "credentials.yml",
    stock: bool = False,
) -> list[str]:
    """A Rasa server on 127.0.0.1:``port`` whose HTTP API needs ``RASA_TOKEN``; ready at "/".

    Started as production starts it, through ``careerbot.rasa_server`` (Rasa with action
    answers validated by a schema checked once); ``stock`` runs plain ``rasa`` instead.
    """
    launcher = (
        [str(RASA_BIN / "rasa")]
        if stock
        else [str(RASA_BIN / "python"), "-m", "careerbot.rasa_server"]
    )
    command = [
        *launcher, "run", "--enable-api", "--auth-token", RASA_TOKEN,
        "-i", "127.0.0.1", "--port", str(port), "--model", str(model),
        "--endpoints", str(endpoints),
    ]  # fmt: skip
    if credentials is not None:
        command += ["--credentials", str(credentials)]
    return command


def run_in_rasa_env(script: str, *args: object) -> Any:
    """Run a Python ``script`` in the Rasa environment with JSON ``args``; its last line, read
    as JSON (the Rasa NLU components can only be imported there)."""
    result = subprocess.run(
        [str(RASA_BIN / "python"), "-c", script, *(a if isinstance(a, str) else json.dumps(a)
                                                     for a in args)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def free_port() -> int:
    """A TCP port nothing listens on right now (bound to 127.0.0.1)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# The browser tests serve the widget's page here; the test stack lets this origin (and the
# coach app's) talk to Rasa (CAREERBOT_ALLOWED_ORIGINS).
WIDGET_HOST_PORT = free_port()
WIDGET_ORIGIN = f"http://127.0.0.1:{WIDGET_HOST_PORT}"


def wait_for_http(url: str, timeout: float, process: subprocess.Popen[bytes] | None = None) -> None:
    """Poll ``url`` until it answers (any HTTP status) or fail after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"process exited with {process.returncode} before {url} answered")
        try:
            urllib.request.urlopen(url, timeout=2).close()
            return
        except urllib.error.HTTPError:
            return
        except OSError:
            time.sleep(0.3)
    raise TimeoutError(f"{url} did not answer within {timeout:.0f}s")


@contextmanager
def Process(  # noqa: N802 - reads like a resource: `with Process(...) as proc`
    cmd: Sequence[str],
    *,
    port: int,
    ready_path: str = "/",
    env: Mapping[str, str] | None = None,
    timeout: float = 120,
    log: Path | None = None,
    cwd: Path = ROOT,
) -> Iterator[subprocess.Popen[bytes]]:
    """Run ``cmd`` until the block ends, once ``http://127.0.0.1:port{ready_path}`` answers.

    ``cwd`` is the checkout whose code runs (another commit's, for a benchmark's baseline).
    """
    with Background(cmd, env=env, log=log, cwd=cwd) as proc:
        wait_for_http(f"http://127.0.0.1:{port}{ready_path}", timeout, proc)
        yield proc


def sms_worker_command() -> list[str]:
    """The SMS worker (bot/sms/worker.py): sends the replies the SMS channel wrote."""
    return [str(APP_BIN / "python"), "-m", "bot.sms.worker"]


@contextmanager
def Background(  # noqa: N802 - reads like a resource, as Process does
    cmd: Sequence[str],
    *,
    env: Mapping[str, str] | None = None,
    log: Path | None = None,
    cwd: Path = ROOT,
) -> Iterator[subprocess.Popen[bytes]]:
    """Run ``cmd`` (a process without a port, like a worker) until the block ends."""
    out = open(log, "ab") if log else subprocess.DEVNULL  # noqa: SIM115
    proc = subprocess.Popen(
        list(cmd), cwd=cwd, env={**os.environ, **(env or {})}, stdout=out, stderr=subprocess.STDOUT
    )
    try:
        yield proc
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if log:
            out.close()  # type: ignore[union-attr]


HAPROXY_CONFIG = ROOT / "deploy" / "haproxy" / "haproxy.cfg"


def haproxy_command(config: Path = HAPROXY_CONFIG) -> list[str]:
    """HAProxy in the foreground with the project's configuration (``make haproxy`` installs it)."""
    binary = shutil.which("haproxy") or "/usr/sbin/haproxy"
    return [binary, "-db", "-f", str(config)]


def haproxy_env(
    port: int, actions_port: int, rasa_ports: Sequence[int], action_ports: Sequence[int]
) -> dict[str, str]:
    """The addresses ``deploy/haproxy/haproxy.cfg`` reads from its environment."""
    env = {
        "CAREERBOT_LB_BIND": f"127.0.0.1:{port}",
        "CAREERBOT_LB_ACTIONS_BIND": f"127.0.0.1:{actions_port}",
    }
    for index, each in enumerate(rasa_ports, start=1):
        env[f"CAREERBOT_LB_RASA_{index}"] = f"127.0.0.1:{each}"
    for index, each in enumerate(action_ports, start=1):
        env[f"CAREERBOT_LB_ACTIONS_{index}"] = f"127.0.0.1:{each}"
    return env


class SlowLink:
    """An HTTP forwarder to ``target`` that can hold each request for ``delay`` seconds.

    Stands for a slow network or a slow action server between Rasa and its actions, so a
    test can make two instances handle one conversation at the same time. Pass-through
    (no delay) until told otherwise.
    """

    def __init__(self, target: str) -> None:
        self.target = target.rstrip("/")
        self.delay = 0.0
        link = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - http.server's naming
                self._forward(None)

            def do_POST(self) -> None:  # noqa: N802
                self._forward(self.rfile.read(int(self.headers.get("Content-Length") or 0)))

            def _forward(self, body: bytes | None) -> None:
                time.sleep(link.delay)
                request = urllib.request.Request(
                    link.target + self.path,
                    data=body,
                    headers={"Content-Type": self.headers.get("Content-Type") or "text/plain"},
                )
                try:
                    with urllib.request.urlopen(request, timeout=120) as response:
                        status, payload = response.status, response.read()
                        kind = response.headers.get("Content-Type") or "application/json"
                except urllib.error.HTTPError as error:
                    status, payload = error.code, error.read()
                    kind = error.headers.get("Content-Type") or "text/plain"
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def log_message(self, format: str, *args: object) -> None:  # noqa: A002
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> SlowLink:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


def wait_for_balancer(stats_url: str, timeout: float = 30) -> None:
    """Wait until HAProxy's stats (``.../lb-stats``) show every server UP."""
    deadline = time.monotonic() + timeout
    states: list[str] = []
    while time.monotonic() < deadline:
        with urllib.request.urlopen(f"{stats_url};csv", timeout=5) as response:
            rows = response.read().decode().splitlines()[1:]
        states = [
            f"{row.split(',')[0]}/{row.split(',')[1]} {row.split(',')[17]}"
            for row in rows
            if row and row.split(",")[1] not in ("FRONTEND", "BACKEND")
        ]
        if states and all(state.endswith(" UP") for state in states):
            return
        time.sleep(0.3)
    raise TimeoutError(f"HAProxy servers not all up after {timeout:.0f}s: {states}")


# PostgreSQL on this machine (trust authentication), as CI and `make test` run it.
POSTGRES_HOST, POSTGRES_PORT = "127.0.0.1", 5432


def drop_postgres_database(name: str) -> None:
    """Drop ``name`` now, closing its connections (an outage, or the end of a test)."""
    import psycopg2

    admin = psycopg2.connect(
        host=POSTGRES_HOST, port=POSTGRES_PORT, user="postgres", dbname="postgres"
    )
    admin.autocommit = True
    try:
        with admin.cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        admin.close()


@contextmanager
def throwaway_postgres(prefix: str = "careerbot_test") -> Iterator[str]:
    """A new, empty PostgreSQL database for the block, dropped afterwards: its SQLAlchemy URL.

    The one policy of every test that needs PostgreSQL: it is part of the test set-up (as
    in production), so a server that is not running fails the test, never skips it. The
    name is unique (pid and a random part), so parallel and interrupted runs never collide.
    """
    import uuid

    import psycopg2
    import pytest

    name = f"{prefix}_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    try:
        admin = psycopg2.connect(
            host=POSTGRES_HOST, port=POSTGRES_PORT, user="postgres", dbname="postgres"
        )
    except psycopg2.OperationalError as error:
        pytest.fail(f"PostgreSQL at {POSTGRES_HOST}:{POSTGRES_PORT} is needed: {error}")
    admin.autocommit = True
    with admin.cursor() as cursor:
        cursor.execute(f'CREATE DATABASE "{name}"')
    admin.close()
    url = f"postgresql+psycopg2://postgres@{POSTGRES_HOST}:{POSTGRES_PORT}/{name}"
    try:
        yield url
    finally:
        _dispose_engines(url)
        drop_postgres_database(name)


def _dispose_engines(url: str) -> None:
    """Close the pooled connections this process holds on ``url`` (both stores' engines)."""
    from bot.handoff.engine import app_engine
    from occupations.db import engine_for

    for cached in (app_engine, engine_for):
        cached(url).dispose()
