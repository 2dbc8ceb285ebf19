"""Latency and throughput of our assistant against a bare `rasa init` bot trained in the same run.

Starts, one after the other, (1) our action server and Rasa with our model, (2) Rasa with the
`rasa init` model, each on a free 127.0.0.1 port with a throw-away SQLite tracker store, and
sends pay questions and greetings over the REST channel, first one at a time, then from 10
concurrent senders. Prints p50/p95 latency, throughput, the ratio to the bare bot, both
training times and each Rasa server's peak memory.

Ours runs as production runs it: Rasa through ``careerbot.rasa_server`` (action answers
validated against a schema checked once, not on every call) and the selective domain (the
domain goes only to the form validators). ``--before`` also runs ours the old way (plain
``rasa run``, the whole domain with every action call), so before and after are measured
side by side in the same run.

``--commit REV --commit-model MODEL`` also runs an older commit of the project exactly as it was
(its action server and Rasa launcher from a ``git worktree`` of REV, its own trained model), in
the same run: a change to the answer path is measured against the code before it, on the same
machine at the same moment (the figures in issue 10 point 6: one action call for a pay
question naming the job and the place, against ``pay_form`` then ``action_tell_wage``).

    .venv/app/bin/python bench/bench_conversation.py [--model models/current.tar.gz]
        [--train] [--before] [--commit REV --commit-model OLD.tar.gz] [-n 40]

--train retrains our model from scratch (``--force``) to time it; without it our training
time is not measured. Needs the occupations database (``careerbot data build``).
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.servers import (  # noqa: E402
    RASA_BIN,
    Process,
    action_server_command,
    free_port,
    rasa_server_command,
)

PAY = "how much do electricians make in hattiesburg"
GREETING = "hi"
ENDPOINTS = """action_endpoint:
  url: {actions}
  enable_selective_domain: {selective}
tracker_store:
  type: SQL
  dialect: sqlite
  db: {tracker}
"""
QUIET = {
    "PYTHONHASHSEED": "0",
    "TF_ENABLE_ONEDNN_OPTS": "0",
    "TF_CPP_MIN_LOG_LEVEL": "2",
    "RASA_TELEMETRY_ENABLED": "false",
    "SQLALCHEMY_SILENCE_UBER_WARNING": "1",
    "SANIC_HOST": "127.0.0.1",
}


def say(url: str, sender: str, message: str) -> float:
    body = json.dumps({"sender": sender, "message": message}).encode()
    request = urllib.request.Request(
        f"{url}/webhooks/rest/webhook", data=body, headers={"Content-Type": "application/json"}
    )
    start = time.perf_counter()
    with urllib.request.urlopen(request, timeout=120) as response:
        replies = json.loads(response.read())
    elapsed = time.perf_counter() - start
    if not replies:
        raise RuntimeError(f"no reply to {message!r}")
    return elapsed


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def measure(url: str, message: str, count: int, senders: int) -> dict[str, float]:
    """Send ``count`` messages from ``senders`` parallel conversations; latency and rate."""

    def one(index: int) -> float:
        return say(
            url, f"bench-{message[:4]}-{senders}-{index % senders}-{time.time_ns()}", message
        )

    say(url, "warm-up", message)
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=senders) as pool:
        latencies = list(pool.map(one, range(count)))
    wall = time.perf_counter() - start
    return {
        "p50_ms": 1000 * statistics.median(latencies),
        "p95_ms": 1000 * percentile(latencies, 0.95),
        "per_s": count / wall,
    }


def peak_memory_mb(pid: int) -> float:
    """VmHWM (peak resident set) of a process and its children, from /proc."""
    total = 0.0
    pids = [pid]
    children = Path(f"/proc/{pid}/task/{pid}/children")
    if children.exists():
        pids += [int(child) for child in children.read_text().split()]
    for each in pids:
        status = Path(f"/proc/{each}/status")
        if status.exists():
            for line in status.read_text().splitlines():
                if line.startswith("VmHWM:"):
                    total += int(line.split()[1]) / 1024
    return total


def in_tree(tree: Path | None, command: list[str]) -> list[str]:
    """``command`` run from ``tree`` (its packages first on the path), or as it is."""
    if tree is None:
        return command
    return ["bash", "-c", f"cd {shlex.quote(str(tree))} && exec {shlex.join(command)}"]


def worktree(rev: str, work: Path) -> Path:
    """A checkout of ``rev`` (``git worktree``), removed again by :func:`drop_worktree`."""
    path = work / f"tree-{rev[:12]}"
    subprocess.run(["git", "worktree", "add", "--detach", "-q", str(path), rev], cwd=ROOT,
                   check=True)  # fmt: skip
    return path


def drop_worktree(path: Path) -> None:
    subprocess.run(["git", "worktree", "remove", "--force", str(path)], cwd=ROOT, check=False)


def train(cmd: list[str], cwd: Path) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, cwd=cwd, env={**os.environ, **QUIET}, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    return time.perf_counter() - start


def run_bot(
    model: Path,
    work: Path,
    *,
    actions: bool,
    count: int,
    messages: list[str],
    before: bool = False,
    tree: Path | None = None,
) -> dict:
    """Start one bot, measure each message alone and with 10 senders, stop it.

    ``before``: plain ``rasa run`` and the whole domain sent with every action call.
    ``tree``: run the action server and Rasa from this checkout (an older commit).
    """
    rasa_port, actions_port = free_port(), free_port()
    endpoints = work / f"endpoints-{rasa_port}.yml"
    endpoints.write_text(
        ENDPOINTS.format(
            actions=f"http://127.0.0.1:{actions_port}/webhook",
            tracker=work / f"{rasa_port}.db",
            selective="false" if before else "true",
        )
    )
    env = {**QUIET, "CAREERBOT_VAR_DIR": str(ROOT / "var")}
    results: dict = {}
    action_server = (
        Process(
            in_tree(tree, action_server_command(actions_port)),
            port=actions_port,
            ready_path="/health",
            env=env,
            log=work / "actions.log",
        )  # fmt: skip
        if actions
        else None
    )
    if action_server:
        action_server.__enter__()
    try:
        started = time.perf_counter()
        with Process(
            in_tree(
                tree,
                rasa_server_command(
                    rasa_port, model, endpoints=endpoints, credentials=None, stock=before
                ),
            ),
            port=rasa_port, ready_path="/", env=env, timeout=900, log=work / "rasa.log",
        ) as rasa:  # fmt: skip
            results["startup_s"] = time.perf_counter() - started
            url = f"http://127.0.0.1:{rasa_port}"
            for message in messages:
                results[message] = {
                    "sequential": measure(url, message, count, 1),
                    "10 senders": measure(url, message, count, 10),
                }
            results["peak_memory_mb"] = peak_memory_mb(rasa.pid)
    finally:
        if action_server:
            action_server.__exit__(None, None, None)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=str(ROOT / "models" / "current.tar.gz"))
    parser.add_argument("--train", action="store_true", help="retrain our model to time it")
    parser.add_argument("-n", type=int, default=40, help="messages per measurement")
    parser.add_argument("--before", action="store_true", help="also run ours the old way")
    parser.add_argument("--commit", help="also run this older commit (with --commit-model)")
    parser.add_argument("--commit-model", help="the model trained from --commit's tree")
    args = parser.parse_args()
    if bool(args.commit) != bool(args.commit_model):
        parser.error("--commit and --commit-model go together")
    work = Path(tempfile.mkdtemp(prefix="careerbot-bench-"))
    model = Path(args.model)
    ours_train = None
    if args.train:
        ours_train = train(
            [str(RASA_BIN / "rasa"), "train", "--domain", "domain", "--force", "--out",
             str(work), "--fixed-model-name", "ours"], ROOT,
        )  # fmt: skip
        model = work / "ours.tar.gz"
    bare_dir = work / "bare"
    bare_dir.mkdir()
    bare_train = train([str(RASA_BIN / "rasa"), "init", "--no-prompt", "--init-dir", "."], bare_dir)
    bare_model = sorted((bare_dir / "models").glob("*.tar.gz"))[-1]

    ours = run_bot(model, work, actions=True, count=args.n, messages=[PAY, GREETING])
    old = (
        run_bot(model, work, actions=True, count=args.n, messages=[PAY, GREETING], before=True)
        if args.before
        else None
    )
    commit = None
    if args.commit:
        tree = worktree(args.commit, work)
        try:
            commit = run_bot(Path(args.commit_model).resolve(), work, actions=True, count=args.n,
                             messages=[PAY, GREETING], tree=tree)  # fmt: skip
        finally:
            drop_worktree(tree)
    bare = run_bot(bare_model, work, actions=False, count=args.n, messages=[GREETING])
    bots = [("ours", ours, [PAY, GREETING])]
    if old:
        bots.append(("before", old, [PAY, GREETING]))
    if commit:
        bots.append((args.commit[:6], commit, [PAY, GREETING]))
    bots.append(("bare", bare, [GREETING]))

    print(f"messages per measurement: {args.n}")
    print(f"{'bot':6} {'message':46} {'mode':11} {'p50 ms':>8} {'p95 ms':>8} {'msg/s':>7}")
    for name, result, messages in bots:
        for message in messages:
            for mode, figures in result[message].items():
                print(f"{name:6} {message:46} {mode:11} {figures['p50_ms']:8.0f} "
                      f"{figures['p95_ms']:8.0f} {figures['per_s']:7.1f}")  # fmt: skip
    base = bare[GREETING]
    print("\nratio to the bare `rasa init` greeting (p50 latency; throughput bare/ours):")
    for name, result, messages in bots[:-1]:
        for message in messages:
            for mode in ("sequential", "10 senders"):
                ratio = result[message][mode]["p50_ms"] / base[mode]["p50_ms"]
                rate = base[mode]["per_s"] / result[message][mode]["per_s"]
                print(f"  {name:6} {message:46} {mode:11} latency x{ratio:.1f}  "
                      f"throughput x{rate:.1f} slower")  # fmt: skip
    print(f"\ntraining: ours {f'{ours_train:.0f} s' if ours_train else 'not timed (--train)'}, "
          f"bare rasa init {bare_train:.0f} s (includes creating the project)")  # fmt: skip
    print(f"Rasa server start-up: ours {ours['startup_s']:.0f} s, bare {bare['startup_s']:.0f} s")
    print(f"Rasa server peak memory: ours {ours['peak_memory_mb']:.0f} MB, "
          f"bare {bare['peak_memory_mb']:.0f} MB")  # fmt: skip


if __name__ == "__main__":
    main()
