"""Held-out student messages against the real assistant: right job, area and figure, or not.

Starts the action server and Rasa (``--model``, default ``models/current.tar.gz``) on free
127.0.0.1 ports with a throw-away SQLite tracker store, plays every case of
``bench/data/heldout_messages.txt`` (messages never used for training) as a new student over
the REST channel, and sorts the last reply into:

- right: names the expected job and area and quotes the published figure (for an ambiguous
  job word marked ``choice``, a "which one?" offering the expected job is right too);
- asked: a question or a "which one?" (safe: no figure given);
- confident wrong: a dollar figure for another job or another area, or a wrong figure.

Prints the shares, per-message latency (p50/p95) and the failing cases.

    .venv/app/bin/python bench/conversations_heldout.py [--model PATH] [--show N]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
import urllib.request
import uuid
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import select  # noqa: E402

from careerbot import settings  # noqa: E402
from occupations import api, money  # noqa: E402
from occupations.db import session_scope  # noqa: E402
from occupations.importers.areas import NATION, STATE  # noqa: E402
from occupations.models import County  # noqa: E402
from occupations.types import AreaWages  # noqa: E402
from tests.servers import (  # noqa: E402
    Process,
    action_server_command,
    free_port,
    rasa_server_command,
)

CASES = ROOT / "bench" / "data" / "heldout_messages.txt"
ENDPOINTS = """action_endpoint:
  url: {actions}
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


@dataclass
class Case:
    """One held-out conversation and what its last reply must carry."""

    turns: list[str]
    soc: str
    where: str
    choice_ok: bool
    name: str = ""
    title: str = ""
    area_name: str = ""
    figures: list[str] = field(default_factory=list)


def _figure(wages: AreaWages | None) -> str | None:
    if wages is None:
        return None
    if wages.annual_median.published and wages.annual_median.value is not None:
        return money.annual(wages.annual_median.value)
    if wages.hourly_median.published and wages.hourly_median.value is not None:
        return money.hourly(wages.hourly_median.value)
    return None


def load_cases() -> list[Case]:
    """Parse the cases and look up each expected area and published figure in the database."""
    cases = []
    for line in CASES.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        parts = [part.strip() for part in line.split(" ; ")]
        turns = [turn.strip() for turn in parts[0].split(" || ")]
        cases.append(Case(turns, parts[1], parts[2], len(parts) > 3 and parts[3] == "choice"))
    config = settings.load()
    with session_scope(config.occupations_db_url) as session:
        counties = {c.name.lower(): c.area_code for c in session.scalars(select(County))}
        for case in cases:
            if case.where == "state":
                code = STATE
            elif case.where == "nation":
                code = NATION
            else:
                code = counties[f"{case.where.lower()} county"]
            report = api.wages(session=session, soc=case.soc, area_code=code)
            case.name, case.title = report.occupation.name, report.occupation.title
            case.area_name = report.area.plain_name
            local = _figure(report.local)
            if local:
                case.figures = [local]
            else:  # not published there: the state's figure (or the nation's) stands in
                stand_ins = (_figure(report.statewide), _figure(report.national))
                case.figures = [figure for figure in stand_ins if figure]
    return cases


def say(url: str, sender: str, message: str) -> tuple[list[dict], float]:
    """One message over the REST channel: the replies and the seconds it took."""
    body = json.dumps({"sender": sender, "message": message}).encode()
    request = urllib.request.Request(
        f"{url}/webhooks/rest/webhook", data=body, headers={"Content-Type": "application/json"}
    )
    start = time.perf_counter()
    with urllib.request.urlopen(request, timeout=120) as response:
        replies = json.loads(response.read())
    return replies, time.perf_counter() - start


def judge(case: Case, replies: list[dict]) -> str:
    """ "right", "asked" or "wrong" for the last reply of a case."""
    text = "\n".join(reply.get("text") or "" for reply in replies)
    payloads = " ".join(
        button.get("payload", "") for reply in replies for button in reply.get("buttons") or []
    )
    named = case.name.lower() in text.lower() or case.title.lower() in text.lower()
    area = case.where == "nation" or case.area_name.lower() in text.lower()
    if case.where == "nation":
        area = any(w in text for w in ("U.S.", "the US", "nation", "country"))
    figure = any(f in text for f in case.figures)
    if "$" in text:
        return "right" if named and area and figure else "wrong"
    if case.choice_ok and case.title in payloads:
        return "right"
    return "asked"


def run(model: Path, work: Path, cases: list[Case]) -> tuple[dict[str, list[Case]], list[float]]:
    """Play every case against freshly started servers."""
    rasa_port, actions_port = free_port(), free_port()
    endpoints = work / "endpoints.yml"
    endpoints.write_text(
        ENDPOINTS.format(
            actions=f"http://127.0.0.1:{actions_port}/webhook", tracker=work / "tracker.db"
        )
    )
    outcomes: dict[str, list[Case]] = {"right": [], "asked": [], "wrong": []}
    latencies: list[float] = []
    replies_of: dict[int, str] = {}
    with (
        Process(action_server_command(actions_port), port=actions_port, ready_path="/health",
                env=QUIET, log=work / "actions.log"),
        Process(rasa_server_command(rasa_port, model, endpoints=endpoints, credentials=None),
                port=rasa_port, ready_path="/", env=QUIET, timeout=300, log=work / "rasa.log"),
    ):  # fmt: skip
        url = f"http://127.0.0.1:{rasa_port}"
        say(url, "warm-up", "how much do welders make in tupelo")
        for case in cases:
            sender = f"heldout-{uuid.uuid4().hex[:10]}"
            replies: list[dict] = []
            for turn in case.turns:
                replies, seconds = say(url, sender, turn)
                latencies.append(seconds)
            verdict = judge(case, replies)
            outcomes[verdict].append(case)
            replies_of[id(case)] = " | ".join((r.get("text") or "")[:110] for r in replies)
    for case in outcomes["wrong"] + outcomes["asked"]:
        case.area_name = f"{case.area_name} -> {replies_of[id(case)]}"
    return outcomes, latencies


def summary(
    name: str, cases: list[Case], outcomes: dict[str, list[Case]], latencies: list[float]
) -> float:
    """Print the shares and the latency of one run; the median latency in ms."""
    total = len(cases)
    print(f"\n{name}: {total} held-out cases ({sum(len(c.turns) for c in cases)} messages)")
    for key, label in (("right", "right job, area and figure"), ("asked", "asked / which one"),
                       ("wrong", "confident wrong answer")):  # fmt: skip
        share = 100 * len(outcomes[key]) / total
        print(f"  {label:28} {len(outcomes[key]):4}  {share:5.1f} %")
    ordered = sorted(latencies)
    p50 = 1000 * statistics.median(latencies)
    print(f"  latency per message: p50 {p50:.0f} ms, "
          f"p95 {1000 * ordered[int(0.95 * (len(ordered) - 1))]:.0f} ms")  # fmt: skip
    return p50


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=str(ROOT / "models" / "current.tar.gz"))
    parser.add_argument("--baseline", help="a second model, played first in the same run")
    parser.add_argument("--show", type=int, default=60, help="failing cases to print")
    args = parser.parse_args()
    cases = load_cases()
    runs = [("baseline", args.baseline)] if args.baseline else []
    runs.append(("model", args.model))
    medians = {}
    for name, model in runs:
        work = Path(tempfile.mkdtemp(prefix="careerbot-heldout-"))
        fresh = [Case(c.turns, c.soc, c.where, c.choice_ok, c.name, c.title, c.area_name,
                      c.figures) for c in cases]  # fmt: skip
        outcomes, latencies = run(Path(model), work, fresh)
        print(f"\n--- {name}: {model}")
        for label, key in (("asked / which one", "asked"), ("confident wrong", "wrong")):
            for case in outcomes[key][: args.show]:
                print(f"[{label}] {' || '.join(case.turns)}  (want {case.name}, {case.area_name})")
        medians[name] = summary(name, fresh, outcomes, latencies)
    if len(medians) == 2:
        print(f"\nlatency p50 model / baseline: x{medians['model'] / medians['baseline']:.2f}")


if __name__ == "__main__":
    main()
