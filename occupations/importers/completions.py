"""IPEDS 2023-24 completions of every Mississippi institution, with NCES's award levels.

The complete first-major file (51 institutions, all sectors, with positions) is read when
present; otherwise the partial public extract, placed with the IPEDS directory.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

from occupations.importers.excel import rows
from occupations.models import AwardLevel, Institution, ProgramAward

AWARD_LEVELS = Path(__file__).resolve().parents[1] / "data" / "award_levels.csv"
GRAND_TOTAL = "99"
# The partial extract's own words for the award levels.
PARTIAL_LABELS = {
    "certificate under 300 clock hours / 9 credits": 20,
    "certificate, 300–899 clock hours / 9–29 credits": 21,
    "certificate, 900–1,799 clock hours / 30–59 credits": 2,
    "certificate, 1,800+ clock hours / 60+ credits": 4,
    "associate degree": 3,
    "bachelor's degree": 5,
    "post-bachelor's certificate": 6,
    "master's degree": 7,
    "post-master's certificate": 8,
    "research doctorate": 17,
    "professional doctorate": 18,
}


@dataclass(frozen=True)
class Completions:
    """Institutions and their program awards."""

    institutions: list[Institution]
    awards: list[ProgramAward]


def _decimal(text: str | None) -> Decimal | None:
    try:
        return Decimal((text or "").strip())
    except InvalidOperation:
        return None


def _int(text: str | None) -> int | None:
    value = (text or "").strip()
    return int(value) if value.isdigit() else None


def _cip(code: str) -> str:
    return code.strip().rstrip(".")


def award_levels(dictionary: Path | None) -> list[AwardLevel]:
    """Our plain words for each award level, with NCES's label from the C2024_A dictionary."""
    official: dict[int, str] = {}
    if dictionary is not None:
        for r in rows(dictionary, "Frequencies"):
            if r.get("VarName") == "AWLEVEL" and r.get("CodeValue") is not None:
                official[int(str(r["CodeValue"]))] = str(r["ValueLabel"]).strip()
    with AWARD_LEVELS.open(newline="", encoding="utf-8") as handle:
        return [
            AwardLevel(
                code=int(r["awlevel"]),
                ipeds_label=official.get(int(r["awlevel"]), r["ipeds_label"]),
                route=r["route"],
                plain=r["plain"],
                months_low=_int(r["months_low"]),
                months_high=_int(r["months_high"]),
                scorecard_level=_int(r["scorecard_level"]),
            )
            for r in csv.DictReader(handle)
        ]


def complete(path: Path) -> Completions:
    """The complete first-major file: every institution, 6-digit CIP and award level."""
    institutions: dict[str, Institution] = {}
    awards: dict[tuple[str, str, int], ProgramAward] = {}
    with path.open(newline="", encoding="utf-8-sig") as handle:
        for r in csv.DictReader(handle):
            unitid = r["UNITID"].strip()
            if unitid not in institutions:
                institutions[unitid] = Institution(
                    unitid=unitid,
                    name=r["INSTNM"].strip(),
                    city=r["CITY"].strip(),
                    zip=r["ZIP"].strip()[:5] or None,
                    county_fips=r["COUNTYCD"].strip() or None,
                    sector=_int(r["SECTOR"]),
                    sector_label=r["SECTOR_LABEL"].strip() or None,
                    latitude=_decimal(r["LATITUDE"]),
                    longitude=_decimal(r["LONGITUD"]),
                )
            cip = _cip(r["CIPCODE"])
            level = _int(r["AWLEVEL"])
            if cip == GRAND_TOTAL or r["IS_CIP_6DIGIT"].strip() != "True" or level is None:
                continue
            awards[(unitid, cip, level)] = ProgramAward(
                unitid=unitid,
                cip=cip,
                award_level=level,
                cip_title=r["CIP_TITLE"].strip().rstrip("."),
                completers=_int(r["CTOTALT"]),
            )
    return Completions(list(institutions.values()), list(awards.values()))


def aliases(directory: Path) -> dict[str, str]:
    """The other names the IPEDS directory lists for Mississippi institutions ("Ole Miss")."""
    with directory.open(newline="", encoding="latin-1") as handle:
        return {
            r["UNITID"]: r["IALIAS"].strip()
            for r in csv.DictReader(handle)
            if r["STABBR"] == "MS" and r["IALIAS"].strip()
        }


def partial(path: Path, directory: Path, levels: list[AwardLevel]) -> Completions:
    """The partial public extract, placed by the IPEDS directory.

    Its award levels are joined in one field and its count covers them all, so a count is
    kept only where the row has a single award level.
    """
    code_of = {a.ipeds_label.lower().strip(): a.code for a in levels} | PARTIAL_LABELS
    with directory.open(newline="", encoding="latin-1") as handle:
        places = {r["UNITID"]: r for r in csv.DictReader(handle) if r["STABBR"] == "MS"}
    institutions: dict[str, Institution] = {}
    awards: dict[tuple[str, str, int], ProgramAward] = {}
    with path.open(newline="", encoding="utf-8-sig") as handle:
        for r in csv.DictReader(handle):
            unitid = r["unitid"].strip()
            place = places.get(unitid)
            if place is None:
                continue
            institutions.setdefault(
                unitid,
                Institution(
                    unitid=unitid,
                    name=place["INSTNM"].strip(),
                    alias=place["IALIAS"].strip() or None,
                    city=place["CITY"].strip(),
                    zip=place["ZIP"].strip()[:5] or None,
                    county_fips=place["COUNTYCD"].strip() or None,
                    sector=_int(place["SECTOR"]),
                    sector_label=None,
                    latitude=_decimal(place["LATITUDE"]),
                    longitude=_decimal(place["LONGITUD"]),
                ),
            )
            labels = [
                t.strip().replace("\u2019", "'").lower() for t in r["award_levels"].split(";")
            ]
            codes = [code_of[t] for t in labels if t in code_of]
            for code in codes:
                awards[(unitid, _cip(r["cipcode"]), code)] = ProgramAward(
                    unitid=unitid,
                    cip=_cip(r["cipcode"]),
                    award_level=code,
                    cip_title=r["cip_title"].strip().rstrip("."),
                    completers=_int(r["completions_2023_24_first_major"])
                    if len(codes) == 1
                    else None,
                )
    return Completions(list(institutions.values()), list(awards.values()))
