"""The Rasa server's peak memory for one REST message of 1k, 10k, 100k and 1M characters.

Starts a Rasa server (models/current.tar.gz, SQLite tracker, in-memory locks, no action
server) twice in one run: first with Rasa's stock REST channel (the baseline: the message
reaches NLU whole), then with our channels (credentials.yml: bounded before NLU). For each
message it prints the server's resident memory before, its peak while answering (sampled
every 20 ms from /proc), and the answer time.

The baseline is capped (default 20,000 characters) and watched: NLU's memory grows with
the square of the length (200,000 characters once grew Rasa to 23.8 GB), so a baseline run
that passes ``--watchdog-gb`` is killed and reported as such. The machine is shared.

    .venv/app/bin/python bench/message_size_memory.py
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.servers import free_port, rasa_server_command, wait_for_http  # noqa: E402

WORDS = "electrician pay in hattiesburg "
SIZES = [1_000, 10_000, 100_000, 1_000_000]


def rss_bytes(pid: int) -> int:
    """Resident memory of ``pid`` (0 once it is gone)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    except OSError:
        return 0
    return 0


class Sampler(threading.Thread):
    """Samples a process's memory; kills it past ``limit`` bytes."""

    def __init__(self, process: subprocess.Popen[bytes], limit: int) -> None:
        super().__init__(daemon=True)
        self.process, self.limit = process, limit
        self.peak, self.killed, self.running = 0, False, True

    def run(self) -> None:
        while self.running and self.process.poll() is None:
            rss = rss_bytes(self.process.pid)
            self.peak = max(self.peak, rss)
            if rss > self.limit:
                self.process.kill()
                self.killed = True
                return
            time.sleep(0.02)


def say(url: str, sender: str, message: str, timeout: float) -> tuple[int, float]:
    body = json.dumps({"sender": sender, "message": message}).encode()
    request = urllib.request.Request(
        url + "/webhooks/rest/webhook", data=body, headers={"Content-Type": "application/json"}
    )
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            response.read()
            status = response.status
    except urllib.error.HTTPError as error:
        status = error.code
    return status, time.perf_counter() - started


def measure(credentials: Path, sizes: list[int], limit: int, log: Path) -> list[dict[str, object]]:
    """Start Rasa with ``credentials``, send one message per size, stop it."""
    port = free_port()
    with tempfile.TemporaryDirectory() as var:
        env = {
            **os.environ,
            "CAREERBOT_VAR_DIR": var,
            "CAREERBOT_TRACKER_URL": f"sqlite:///{var}/tracker.db",
            "CAREERBOT_DATABASE_URL": f"sqlite:///{var}/careerbot.sqlite",
            "CAREERBOT_LOCK_STORE": "in_memory",
            "CAREERBOT_REDIS_HOST": "127.0.0.1",  # endpoints.yml names them even when unused
            "CAREERBOT_REDIS_PORT": "6379",
            "CAREERBOT_REDIS_DB": "1",
            "CAREERBOT_ACTION_ENDPOINT": f"http://127.0.0.1:{free_port()}/webhook",
            "RASA_TELEMETRY_ENABLED": "false",
            "TF_CPP_MIN_LOG_LEVEL": "2",
            "SQLALCHEMY_SILENCE_UBER_WARNING": "1",
        }
        command = rasa_server_command(port, ROOT / "models" / "current.tar.gz")
        command[command.index("--credentials") + 1] = str(credentials)
        with open(log, "wb") as out:
            process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=out, stderr=out)
            rows: list[dict[str, object]] = []
            try:
                url = f"http://127.0.0.1:{port}"
                wait_for_http(url + "/", 600, process)
                say(url, "warm-up", "hi", 120)
                for index, size in enumerate(sizes):
                    message = (WORDS * (size // len(WORDS) + 1))[:size]
                    before = rss_bytes(process.pid)
                    sampler = Sampler(process, limit)
                    sampler.start()
                    try:
                        status, seconds = say(url, f"size-{index}", message, 600)
                    except OSError as error:
                        status, seconds = 0, float("nan")
                        if not sampler.killed:
                            raise SystemExit(f"request failed: {error}") from error
                    sampler.running = False
                    sampler.join()
                    rows.append(
                        {
                            "chars": size,
                            "before_mb": before / 2**20,
                            "peak_mb": sampler.peak / 2**20,
                            "seconds": seconds,
                            "status": "killed by watchdog" if sampler.killed else str(status),
                        }
                    )
                    if sampler.killed:
                        break
            finally:
                process.terminate()
                try:
                    process.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    process.kill()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline-max-chars", type=int, default=20_000)
    parser.add_argument("--watchdog-gb", type=float, default=4.0)
    args = parser.parse_args()
    limit = int(args.watchdog_gb * 2**30)
    logs = Path(tempfile.mkdtemp(prefix="message-size-"))
    stock = logs / "stock-credentials.yml"
    stock.write_text("rest:\n")
    baseline_sizes = sorted(
        {s for s in SIZES if s <= args.baseline_max_chars} | {args.baseline_max_chars}
    )
    print("Rasa server memory for one REST message of ordinary words (same run, same model)")
    print(f"(watchdog {args.watchdog_gb:g} GB; logs in {logs})\n")
    results = {
        "stock REST channel (baseline)": measure(stock, baseline_sizes, limit, logs / "stock.log"),
        "our channels (bounded)": measure(
            ROOT / "credentials.yml", SIZES, limit, logs / "ours.log"
        ),
    }
    for name, rows in results.items():
        print(name)
        header = ("characters", "RSS before", "peak RSS", "growth", "time")
        print("  {:>10}  {:>10}  {:>9}  {:>8}  {:>7}  answer".format(*header))
        for row in rows:
            growth = float(row["peak_mb"]) - float(row["before_mb"])  # type: ignore[arg-type]
            print(
                f"  {row['chars']:>10,}  {row['before_mb']:>7.0f} MB  {row['peak_mb']:>6.0f} MB"
                f"  {growth:>5.0f} MB  {row['seconds']:>6.2f}s  {row['status']}"
            )
        skipped = [s for s in SIZES if s not in [r["chars"] for r in rows]]
        if skipped:
            print(f"  not sent: {', '.join(f'{s:,}' for s in skipped)} characters (unbounded)")
        print()


if __name__ == "__main__":
    main()
