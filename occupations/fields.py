"""Fields a student names when they say what they like ("animals", "cars", "computers").

O*NET's six interest areas are too wide for these: the "hands-on" jobs that pay best are
dentists and engineers, which is no answer to "i like animals". A field is the SOC groups
that do that work, curated in ``occupations/data/explore_fields.csv`` (codes and prefixes of
the 2018 SOC, one row per field); the explore list is then those jobs, with published pay.
Its phrases are in ``explore_terms.csv``, as the interest ``field:<name>``.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from occupations.types import INTERESTS

TABLE = Path(__file__).resolve().parent / "data" / "explore_fields.csv"
PREFIX = "field:"  # how a field travels as the explore question's interest


@dataclass(frozen=True)
class Field:
    """The jobs of one field: SOC codes or prefixes ("29-" is every healthcare practitioner)."""

    name: str
    socs: tuple[str, ...]
    what: str  # the answer's words: "These are jobs where you {what}."

    def holds(self, soc: str) -> bool:
        """Whether the occupation ``soc`` is in this field."""
        return soc.startswith(self.socs)


@cache
def fields() -> dict[str, Field]:
    """Every field of the table, by name."""
    with TABLE.open(encoding="utf-8", newline="") as handle:
        return {
            row["field"]: Field(row["field"], tuple(row["socs"].split()), row["what"])
            for row in csv.DictReader(handle)
        }


def field_of(interest: str | None) -> Field | None:
    """The field an explore interest names (``"field:animals"``), or None."""
    if not interest or not interest.startswith(PREFIX):
        return None
    return fields().get(interest.removeprefix(PREFIX))


def known_interest(interest: str | None) -> bool:
    """An O*NET interest area or a field: something the explore list can be limited to."""
    return interest in INTERESTS or field_of(interest) is not None
