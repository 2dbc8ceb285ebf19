"""Mississippi's OEWS areas and the county -> area table."""

from __future__ import annotations

import csv
from pathlib import Path

from occupations.models import Area, County

STATE = "2800000"
NATION = "0000000"

# What a student reads: the BLS name is kept beside it for the CLI and the coaches.
PLAIN_NAMES: dict[str, tuple[str, str]] = {
    "0025060": ("the Gulfport-Biloxi area", "metro"),
    "0025620": ("the Hattiesburg area", "metro"),
    "0027140": ("the Jackson metro area", "metro"),
    "0032820": ("the Memphis metro area (including DeSoto County)", "metro"),
    "2800005": ("the Delta region", "nonmetro"),
    "2800006": ("northeast Mississippi", "nonmetro"),
    "2800007": ("southwest Mississippi", "nonmetro"),
    "2800008": ("southeast Mississippi", "nonmetro"),
    STATE: ("Mississippi", "state"),
    NATION: ("the U.S.", "nation"),
}


def area_rows(bls_names: dict[str, str]) -> list[Area]:
    """The 10 areas the assistant knows, with BLS's names from the OEWS release."""
    return [
        Area(code=code, name=bls_names[code], plain_name=plain, kind=kind)
        for code, (plain, kind) in PLAIN_NAMES.items()
    ]


def county_rows(path: Path) -> list[County]:
    """Mississippi's counties from ``ms_county_to_oews_area_may2025.csv``."""
    with path.open(newline="", encoding="utf-8-sig") as handle:
        return [
            County(
                fips=row["county_fips"].strip(),
                name=row["county_name"].strip(),
                area_code=row["oews_area_code"].strip(),
            )
            for row in csv.DictReader(handle)
        ]
