"""Data-layer figures: build time, database size, search and place latency (p50/p95).

Run: .venv/app/bin/python bench/bench_data.py [--source-dir ../shared/data]
"""

from __future__ import annotations

import argparse
import csv
import os
import statistics
import tempfile
import time
from pathlib import Path

from occupations.build import build_database
from occupations.db import session_scope
from occupations.places import resolve_place
from occupations.search import search_occupations

ROOT = Path(__file__).resolve().parents[1]
PLACES = [
    "Tupelo",
    "southaven",
    "the coast",
    "Lee County",
    "38671",
    "hattisburg",
    "the delta",
    "Starkville High School",
    "i live in greenville ms",
    "pine belt",
    "Jackson",
    "meridian",
]


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def timed(fn, inputs: list[str], rounds: int) -> list[float]:
    samples = []
    for _ in range(rounds):
        for text in inputs:
            start = time.perf_counter()
            fn(text)
            samples.append((time.perf_counter() - start) * 1000)
    return samples


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--source-dir",
        default=os.environ.get("CAREERBOT_SOURCE_DIR", str(ROOT.parent / "shared" / "data")),
    )
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/occupations.sqlite"
        report = build_database(source_dir=Path(args.source_dir), url=url, cache_dir=Path(tmp))
        size = Path(tmp, "occupations.sqlite").stat().st_size
        print(
            f"build: {report.seconds:.1f} s, database {size / 1e6:.1f} MB, "
            f"{sum(report.rows.values()):,} rows"
        )
        phrasings = [
            r["phrase"] for r in csv.DictReader((ROOT / "tests/data/search_phrasings.csv").open())
        ]
        with session_scope(url) as session:
            start = time.perf_counter()
            search_occupations(session=session, text="warm-up")
            resolve_place(session=session, text="warm-up")
            print(f"index load (search + places): {(time.perf_counter() - start) * 1000:.0f} ms")
            for name, fn, inputs in (
                ("search", lambda t: search_occupations(session=session, text=t), phrasings),
                ("places", lambda t: resolve_place(session=session, text=t), PLACES),
            ):
                samples = timed(fn, inputs, args.rounds)
                print(
                    f"{name}: n={len(samples)} p50={statistics.median(samples):.2f} ms "
                    f"p95={percentile(samples, 95):.2f} ms max={max(samples):.2f} ms"
                )


if __name__ == "__main__":
    main()
