"""Start the project's real servers on free local ports for end-to-end tests."""

from __future__ import annotations

import os
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path

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
) -> list[str]:
    """A Rasa server on 127.0.0.1:``port`` whose HTTP API needs ``RASA_TOKEN``; ready at "/"."""
    command = [
        str(RASA_BIN / "rasa"), "run", "--enable-api", "--auth-token", RASA_TOKEN,
        "-i", "127.0.0.1", "--port", str(port), "--model", str(model),
        "--endpoints", str(endpoints),
    ]  # fmt: skip
    if credentials is not None:
        command += ["--credentials", str(credentials)]
    return command


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
) -> Iterator[subprocess.Popen[bytes]]:
    """Run ``cmd`` until the block ends, once ``http://127.0.0.1:port{ready_path}`` answers."""
    full_env = {**os.environ, **(env or {})}
    out = open(log, "ab") if log else subprocess.DEVNULL  # noqa: SIM115
    proc = subprocess.Popen(list(cmd), cwd=ROOT, env=full_env, stdout=out, stderr=subprocess.STDOUT)
    try:
        wait_for_http(f"http://127.0.0.1:{port}{ready_path}", timeout, proc)
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
