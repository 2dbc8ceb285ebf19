"""O*NET 29.3 lengths of related experience (RW), on-site (PT) and on-the-job training (OJ)."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

from occupations.importers.excel import rows

SCALES = ("RW", "PT", "OJ")


def labels(path: Path) -> dict[tuple[str, int], str]:
    """(scale, category) -> O*NET's label, e.g. ("OJ", 7) -> "Over 2 years, up to ... 4 years"."""
    return {
        (str(r["Scale ID"]), int(r["Category"])): str(r["Category Description"]).strip()
        for r in rows(path)
        if r["Scale ID"] in SCALES
    }


def shares(path: Path) -> Iterator[tuple[str, str, int, Decimal]]:
    """(O*NET code, scale, category, percent of workers), suppressed estimates left out."""
    for r in rows(path):
        if r["Scale ID"] in SCALES and r["Recommend Suppress"] != "Y":
            yield (
                str(r["O*NET-SOC Code"]),
                str(r["Scale ID"]),
                int(r["Category"]),
                Decimal(str(r["Data Value"])),
            )
