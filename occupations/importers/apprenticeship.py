"""Registered-apprenticeship sponsors in Mississippi (Apprenticeship.gov Partner Finder).

The file names the occupations a sponsor trains for by their SOC titles; each is mapped to
a SOC code through the database's titles: exactly, then folded (case, plurals), then a
careful fuzzy match (token-sort ratio of at least ``FUZZY_MIN``, and clearly ahead).
"""

from __future__ import annotations

import csv
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

from rapidfuzz import fuzz, process

from occupations.models import Sponsor, SponsorOccupation
from occupations.text import fold

FUZZY_MIN = 92
FUZZY_LEAD = 3


@dataclass(frozen=True)
class Sponsors:
    """Sponsors, what they train for, and the titles that matched no occupation."""

    sponsors: list[Sponsor]
    occupations: list[SponsorOccupation]
    unmatched: list[str]


def _decimal(text: str) -> Decimal | None:
    try:
        return Decimal(text.strip())
    except InvalidOperation:
        return None


def soc_for_title(title: str, titles: Mapping[str, str]) -> str | None:
    """The SOC whose title is ``title``; ``titles`` maps BLS/O*NET titles to SOC codes."""
    if title in titles:
        return titles[title]
    folded = {fold(t): soc for t, soc in titles.items()}
    key = fold(title)
    if key in folded:
        return folded[key]
    hits = process.extract(key, list(folded), scorer=fuzz.token_sort_ratio, limit=2)
    if not hits or hits[0][1] < FUZZY_MIN:
        return None
    if len(hits) > 1 and hits[0][1] - hits[1][1] < FUZZY_LEAD:
        return None
    return folded[hits[0][0]]


def read(path: Path, titles: Mapping[str, str]) -> Sponsors:
    """Sponsors with positions, and the occupations (SOC) each trains apprentices for."""
    sponsors: list[Sponsor] = []
    links: dict[tuple[str, str], SponsorOccupation] = {}
    unmatched: list[str] = []
    with path.open(newline="", encoding="utf-8-sig") as handle:
        for r in csv.DictReader(handle):
            key = r["sponsor_id"].strip()
            sponsors.append(
                Sponsor(
                    id=key,
                    name=r["name"].strip(),
                    city=r["city"].strip(),
                    zip=r["zip"].strip() or None,
                    latitude=_decimal(r["latitude"]),
                    longitude=_decimal(r["longitude"]),
                    sponsor_type=r["sponsor_type"].strip() or None,
                    url=r["profile_url"].strip() or None,
                    updated=r["updated"].strip() or None,
                )
            )
            for title in (t.strip() for t in r["occupations"].split(";")):
                if not title:
                    continue
                soc = soc_for_title(title, titles)
                if soc is None:
                    unmatched.append(title)
                    continue
                links[(key, soc)] = SponsorOccupation(sponsor_id=key, soc=soc, title=title)
    return Sponsors(sponsors, list(links.values()), sorted(set(unmatched)))
