"""Training programs: NCES CIP-SOC crosswalk, IPEDS directory and completions (Mississippi)."""

from __future__ import annotations

import csv
from decimal import Decimal, InvalidOperation
from pathlib import Path

from occupations.importers.excel import rows
from occupations.models import College, Completion, ProgramOccupation

NO_MATCH = ("99-9999", "99.9999")
PUBLIC_TWO_YEAR = "4"


def crosswalk(path: Path) -> list[ProgramOccupation]:
    """CIP -> SOC pairs (sheet CIP-SOC), without the "no match" codes."""
    pairs: dict[tuple[str, str], ProgramOccupation] = {}
    for r in rows(path, "CIP-SOC"):
        cip, soc = str(r["CIP2020Code"]).strip(), str(r["SOC2018Code"]).strip()
        if cip in NO_MATCH or soc in NO_MATCH:
            continue
        title = str(r["CIP2020Title"]).strip().rstrip(".")
        pairs[(cip, soc)] = ProgramOccupation(cip=cip, soc=soc, cip_title=title)
    return list(pairs.values())


def _decimal(text: str) -> Decimal | None:
    try:
        return Decimal(text)
    except (InvalidOperation, TypeError):
        return None


def community_colleges(path: Path) -> list[College]:
    """Mississippi's public two-year colleges (IPEDS sector 4), main campuses."""
    with path.open(newline="", encoding="latin-1") as handle:
        return [
            College(
                unitid=r["UNITID"],
                name=r["INSTNM"].strip(),
                city=r["CITY"].strip(),
                county_fips=r["COUNTYCD"].strip() or None,
                latitude=_decimal(r["LATITUDE"]),
                longitude=_decimal(r["LONGITUD"]),
            )
            for r in csv.DictReader(handle)
            if r["STABBR"] == "MS" and r["SECTOR"] == PUBLIC_TWO_YEAR
        ]


def completions(path: Path, colleges: set[str]) -> list[Completion]:
    """Completions at the community colleges from the (partial) 2023-24 extract."""
    with path.open(newline="", encoding="utf-8-sig") as handle:
        result = []
        for r in csv.DictReader(handle):
            if r["unitid"] not in colleges:
                continue
            count = r.get("completions_2023_24_first_major", "").strip()
            result.append(
                Completion(
                    unitid=r["unitid"],
                    cip=r["cipcode"].strip(),
                    cip_title=r["cip_title"].strip(),
                    award_levels=r["award_levels"].strip(),
                    completions=int(count) if count.isdigit() else None,
                )
            )
        return result
