"""CareerOneStop occupational licences for Mississippi, kept only where the title fits the job.

The file links each licence to SOC codes through a third party's catalogue, and some links
are wrong ("Eye Enucleation" under barbers, "Tankerman" under plumbers). A licence is kept
for an occupation when every significant word of its title (stemmed) appears in one of the
occupation's names, or when the curated table ``data/licence_fit.csv`` says so; that table
also denies known mismatches and adds a few links the file lacks.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from occupations.models import Licence, LicenceOccupation
from occupations.text import normalize

FIT_TABLE = Path(__file__).resolve().parents[1] / "data" / "licence_fit.csv"
# Words that say what kind of paper it is, not what job it is for.
GENERIC = {
    "license", "licence", "licensed", "licensure", "certified", "certificate", "certification",
    "permit", "registration", "professional", "and", "of", "the", "for", "in", "or", "a", "an",
    "class", "level", "general", "upper", "lower", "limited", "endorsement", "program",
}  # fmt: skip
_PAREN = re.compile(r"\([^)]*\)")
MIN_PREFIX = 5


@lru_cache(maxsize=50_000)
def _stem(word: str) -> str:
    from nltk.stem.porter import PorterStemmer  # pure Python, needs no downloaded data

    return str(PorterStemmer().stem(word))


def stems(text: str) -> set[str]:
    """The significant stemmed words of a title: "Registered Nurses (RN)" -> {regist, nurs}."""
    words = normalize(_PAREN.sub(" ", text)).split()
    return {_stem(w) for w in words if w not in GENERIC and not w.isdigit()}


def _same(a: str, b: str) -> bool:
    short, long = sorted((a, b), key=len)
    return a == b or (len(short) >= MIN_PREFIX and long.startswith(short))


def title_fits(licence_title: str, names: Iterable[str]) -> bool:
    """True when every significant word of the licence title is in one of the names."""
    wanted = stems(licence_title)
    if not wanted:
        return False
    for name in names:
        have = stems(name)
        if all(any(_same(w, h) for h in have) for w in wanted):
            return True
    return False


@dataclass(frozen=True)
class Rule:
    """One row of the curated table."""

    field: str  # title | agency
    value: str
    soc: str  # "47-2111", "*" (any), "29-12*" (this prefix), "!53-5" (any but this prefix)
    decision: str  # allow | deny
    note: str

    def names(self, licence: Licence) -> bool:
        """Does this rule name this licence (by its title or its agency)?"""
        subject = licence.title if self.field == "title" else licence.agency
        return subject.strip().lower() == self.value.strip().lower()

    def applies(self, licence: Licence, soc: str) -> bool:
        """Does this rule speak about this licence for this occupation?"""
        if not self.names(licence):
            return False
        if self.soc == "*":
            return True
        if self.soc.startswith("!"):
            return not soc.startswith(self.soc[1:])
        if self.soc.endswith("*"):
            return soc.startswith(self.soc[:-1])
        return soc == self.soc


def rules(path: Path = FIT_TABLE) -> list[Rule]:
    """The curated allow/deny table."""
    with path.open(newline="", encoding="utf-8") as handle:
        return [
            Rule(r["field"], r["value"], r["soc"], r["decision"], r["note"].strip())
            for r in csv.DictReader(handle)
        ]


@dataclass(frozen=True)
class Licences:
    """Licences and the occupations they fit."""

    licences: list[Licence]
    links: list[LicenceOccupation]
    dropped: int  # links in the file that did not fit


def read(
    path: Path,
    names: Mapping[str, list[str]],
    titles: Mapping[str, list[str]],
    table: list[Rule] | None = None,
) -> Licences:
    """Licences with the occupations they fit.

    ``names`` maps each SOC to every name people use for it; ``titles`` maps a folded
    title ("dental hygienist") to the SOC codes it is the title of, so a licence named like
    an occupation ("Pharmacist") reaches it even where the file linked it elsewhere.
    """
    table = rules() if table is None else table
    licences: dict[str, Licence] = {}
    linked: dict[str, set[str]] = {}
    with path.open(newline="", encoding="utf-8-sig") as handle:
        for r in csv.DictReader(handle):
            key = r["license_id"].strip()
            licences.setdefault(
                key,
                Licence(
                    id=key,
                    title=r["license_title"].strip(),
                    jurisdiction=r["jurisdiction"].strip(),
                    agency=r["agency"].strip(),
                    url=r["agency_url"].strip() or None,
                    updated=r["record_updated"].strip() or None,
                    requirements=r["requirements"].strip() or None,
                ),
            )
            linked.setdefault(key, set()).add(r["soc2018"].strip())
    links: list[LicenceOccupation] = []
    dropped = 0
    for key, licence in licences.items():
        by_title = set(titles.get(" ".join(sorted(stems(licence.title))), []))
        curated = {
            rule.soc
            for rule in table
            if rule.decision == "allow"
            and rule.soc[:1].isdigit()
            and not rule.soc.endswith("*")
            and rule.names(licence)
        }
        candidates = linked[key] | by_title | curated
        for soc in sorted(candidates):
            decided = next((rule for rule in table if rule.applies(licence, soc)), None)
            if decided is not None and decided.decision == "deny":
                dropped += soc in linked[key]
                continue
            if decided is not None:
                links.append(
                    LicenceOccupation(
                        licence_id=key, soc=soc, why="curated", note=decided.note or None
                    )
                )
            elif soc in by_title or title_fits(licence.title, names.get(soc, [])):
                links.append(LicenceOccupation(licence_id=key, soc=soc, why="title", note=None))
            else:
                dropped += soc in linked[key]
    return Licences(list(licences.values()), links, dropped)
