"""Capacity through the load balancer: messages per second for instances x cores.

Starts two action servers and two Rasa instances (our model, a shared PostgreSQL tracker
store and Redis locks, as in production), then for each configuration starts HAProxy with
the project's own ``deploy/haproxy/haproxy.cfg`` and pins every process to the cores it may
use (``taskset``):

    1 Rasa + 1 action server on 1 core
    1 Rasa + 1 action server on 2 cores
    2 Rasa + 2 action servers on 2 cores

In each it sends wage questions (``PAY``, each from a new conversation) from 10 concurrent
senders, then a burst of 200 simultaneous senders, and prints p50/p95 latency, messages per
second and errors. Only 127.0.0.1 is contacted. About 5 minutes (the instances load once).

    .venv/app/bin/python bench/capacity.py [-n 100] [--burst 200]

Needs the occupations database (``careerbot data build``), ``models/current.tar.gz``,
PostgreSQL and Redis on 127.0.0.1, and HAProxy (``make haproxy``).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from careerbot import settings  # noqa: E402
from tests.servers import (  # noqa: E402
    RASA_TOKEN,
    Process,
    action_server_command,
    free_port,
    haproxy_command,
    haproxy_env,
    rasa_server_command,
)

PAY = "how much do electricians make in hattiesburg"
QUIET = {
    "PYTHONHASHSEED": "0",
    "TF_ENABLE_ONEDNN_OPTS": "0",
    "TF_CPP_MIN_LOG_LEVEL": "2",
    "RASA_TELEMETRY_ENABLED": "false",
    "SQLALCHEMY_SILENCE_UBER_WARNING": "1",
    "SANIC_HOST": "127.0.0.1",
}


def say(url: str, sender: str, message: str) -> float | None:
    """Seconds for one REST message, or None when it failed or got no answer."""
    body = json.dumps({"sender": sender, "message": message}).encode()
    request = urllib.request.Request(
        f"{url}/webhooks/rest/webhook", data=body, headers={"Content-Type": "application/json"}
    )
    start = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=300) as response:
            replies = json.loads(response.read())
    except OSError:
        return None
    return time.perf_counter() - start if replies else None


def measure(url: str, label: str, count: int, senders: int) -> dict[str, float]:
    """``count`` wage questions from ``senders`` parallel senders: latency, rate, errors."""

    def one(index: int) -> float | None:
        return say(url, f"cap-{label}-{senders}-{index}-{time.time_ns()}", PAY)

    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=senders) as pool:
        results = list(pool.map(one, range(count)))
    wall = time.perf_counter() - start
    ok = sorted(r for r in results if r is not None)
    return {
        "p50_ms": 1000 * statistics.median(ok) if ok else float("nan"),
        "p95_ms": 1000 * ok[min(len(ok) - 1, int(0.95 * len(ok)))] if ok else float("nan"),
        "per_s": len(ok) / wall,
        "errors": count - len(ok),
    }


def pin(pids: list[int], cores: str) -> None:
    """Let every thread of each process run only on ``cores`` (e.g. "0" or "0,1")."""
    for pid in pids:
        subprocess.run(["taskset", "-a", "-p", "-c", cores, str(pid)], check=True,
                       stdout=subprocess.DEVNULL)  # fmt: skip


def tracker_database() -> tuple[str, object]:
    import psycopg2

    name = f"careerbot_capacity_{os.getpid()}"
    admin = psycopg2.connect(host="127.0.0.1", port=5432, user="postgres", dbname="postgres")
    admin.autocommit = True
    with admin.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')
        cursor.execute(f'CREATE DATABASE "{name}"')
    return name, admin


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=100, help="messages per measurement")
    parser.add_argument("--burst", type=int, default=200, help="simultaneous senders")
    parser.add_argument("--model", default=str(ROOT / "models" / "current.tar.gz"))
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="careerbot-capacity-"))
    database, admin = tracker_database()
    config = settings.load()
    env = {
        **QUIET,
        "CAREERBOT_OCCUPATIONS_DB_URL": config.occupations_db_url,
        "CAREERBOT_DATABASE_URL": f"sqlite:///{work / 'careerbot.sqlite'}",
        "CAREERBOT_VAR_DIR": str(config.var_dir),  # the data matcher reads var/mentions.jsonl
        "CAREERBOT_TRACKER_URL": f"postgresql://postgres@127.0.0.1:5432/{database}",
        "CAREERBOT_LOCK_STORE": "redis",
        "CAREERBOT_REDIS_HOST": "127.0.0.1",
        "CAREERBOT_REDIS_PORT": "6379",
        "CAREERBOT_REDIS_DB": "2",
        "CAREERBOT_RASA_TOKEN": RASA_TOKEN,
    }
    rows: list[tuple[str, str, dict[str, float]]] = []
    action_ports, rasa_ports = [free_port(), free_port()], [free_port(), free_port()]
    lb_actions_port = free_port()
    try:
        with ExitStack() as running:
            actions = [
                running.enter_context(
                    Process(
                        action_server_command(port),
                        port=port,
                        ready_path="/health",
                        env=env,
                        log=work / f"actions-{i}.log",
                    )  # fmt: skip
                )
                for i, port in enumerate(action_ports)
            ]
            rasa_env = {
                **env,
                "CAREERBOT_ACTION_ENDPOINT": f"http://127.0.0.1:{lb_actions_port}/webhook",
            }
            rasa = []
            for i, port in enumerate(rasa_ports):
                command = rasa_server_command(port, Path(args.model))
                rasa.append(
                    running.enter_context(
                        Process(
                            command,
                            port=port,
                            ready_path="/",
                            env=rasa_env,
                            timeout=400,
                            log=work / f"rasa-{i}.log",
                        )  # fmt: skip
                    )
                )
            for instances, cores in ((1, "0"), (1, "0,1"), (2, "0,1")):
                # HAProxy's configuration names two servers: with one instance both are it.
                use_rasa = rasa_ports[:instances] * (2 // instances)
                use_actions = action_ports[:instances] * (2 // instances)
                lb_port = free_port()
                lb_env = haproxy_env(lb_port, lb_actions_port, use_rasa, use_actions)
                with Process(haproxy_command(), port=lb_port, ready_path="/lb-health",
                             env=lb_env, log=work / "haproxy.log") as haproxy:  # fmt: skip
                    pids = [haproxy.pid] + [p.pid for p in rasa[:instances] + actions[:instances]]
                    pin(pids, cores)
                    url = f"http://127.0.0.1:{lb_port}"
                    time.sleep(2.5)  # health checks mark the servers up
                    label = f"{instances}x{cores.count(',') + 1}"
                    say(url, f"warm-{label}", PAY)
                    rows.append((label, "10 senders", measure(url, label, args.n, 10)))
                    rows.append((label, f"{args.burst} at once",
                                 measure(url, label, args.burst, args.burst)))  # fmt: skip
                    pin(pids, "0,1")
    finally:
        with admin.cursor() as cursor:  # type: ignore[attr-defined]
            cursor.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
        admin.close()  # type: ignore[attr-defined]

    print(f"wage question ({PAY!r}), each from a new conversation, through HAProxy")
    print(f"{'Rasa x cores':13} {'load':14} {'p50 ms':>8} {'p95 ms':>8} {'msg/s':>7} {'errors':>7}")
    for label, mode, figures in rows:
        print(f"{label:13} {mode:14} {figures['p50_ms']:8.0f} {figures['p95_ms']:8.0f} "
              f"{figures['per_s']:7.1f} {figures['errors']:7d}")  # fmt: skip


if __name__ == "__main__":
    main()
