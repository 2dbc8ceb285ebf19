"""Entry-route latency, routes() beside pathway() (the older answer), and answer lengths.

Run: .venv/app/bin/python bench/bench_routes.py [--url sqlite:///var/occupations.sqlite]
(without --url it builds a fresh database from --source-dir first, and reports its size).
The lengths are those of the plain-text route answer (SMS, REST) for the 46 common jobs of
``tests/occupations/test_routes.py``, each from its town. Measured 2026-12-01 on the same
database: before the short form min 577, median 928, mean 940, max 1,472 characters; after
min 479, median 696, mean 718, max 1,093.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from occupations.build import build_database
from occupations.db import session_scope
from occupations.places import resolve_place
from occupations.queries import pathway
from occupations.routes import routes
from occupations.types import Place

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # the common jobs live with their tests

from actions.route_answer import route_answer  # noqa: E402
from tests.occupations.test_routes import COMMON  # noqa: E402

CASES = [
    ("47-2111", "Tupelo"),
    ("51-4121", "Hattiesburg"),
    ("29-1141", "Jackson"),
    ("29-2061", "Gulfport"),
    ("31-1131", "Greenville"),
    ("53-3032", "Southaven"),
    ("39-5011", "38701"),
    ("39-5012", "Meridian"),
    ("49-9021", "Oxford"),
    ("25-2021", "Cleveland"),
    ("15-1252", "Starkville"),
    ("29-1051", "the coast"),
]


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def measure(url: str, rounds: int) -> None:
    with session_scope(url) as session:
        places = {}
        for _, text in CASES:
            place = resolve_place(session=session, text=text)
            assert isinstance(place, Place), text
            places[text] = place
        start = time.perf_counter()
        routes(session=session, soc="47-2111", place=places["Tupelo"])
        print(
            f"routes first call (loads its per-database tables): "
            f"{(time.perf_counter() - start) * 1000:.0f} ms"
        )
        for name, call in (
            (
                "pathway (baseline)",
                lambda soc, text: pathway(
                    session=session, soc=soc, area_code=places[text].area.code
                ),
            ),
            ("routes", lambda soc, text: routes(session=session, soc=soc, place=places[text])),
        ):
            samples = []
            for _ in range(rounds):
                for soc, text in CASES:
                    begin = time.perf_counter()
                    call(soc, text)
                    samples.append((time.perf_counter() - begin) * 1000)
            print(
                f"{name}: n={len(samples)} p50={statistics.median(samples):.1f} ms "
                f"p95={percentile(samples, 95):.1f} ms max={max(samples):.1f} ms"
            )


def lengths(url: str) -> None:
    """The plain-text route answer's length for each common job, from its town."""
    found = []
    with session_scope(url) as session:
        for soc, text, _ in COMMON:
            place = resolve_place(session=session, text=text)
            assert isinstance(place, Place), text
            found.append(len(route_answer(routes(session=session, soc=soc, place=place)).text))
    print(
        f"route answer characters: n={len(found)} min={min(found)} "
        f"median={statistics.median(found):.0f} mean={statistics.mean(found):.0f} "
        f"max={max(found)}"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--url")
    parser.add_argument(
        "--source-dir",
        default=os.environ.get("CAREERBOT_SOURCE_DIR", str(ROOT.parent / "shared" / "data")),
    )
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    if args.url:
        measure(args.url, args.rounds)
        lengths(args.url)
        return
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/occupations.sqlite"
        report = build_database(source_dir=Path(args.source_dir), url=url, cache_dir=Path(tmp))
        size = Path(tmp, "occupations.sqlite").stat().st_size
        print(f"build: {report.seconds:.1f} s, database {size / 1e6:.1f} MB")
        measure(url, args.rounds)
        lengths(url)


if __name__ == "__main__":
    main()
