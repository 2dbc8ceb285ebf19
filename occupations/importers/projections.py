"""BLS Employment Projections 2024-34, ``occupation.xlsx`` sheet "Table 1.2"."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from occupations.importers.excel import rows

SHEET = "Table 1.2"


@dataclass(frozen=True)
class Projection:
    """One detailed occupation ("Line item") of Table 1.2."""

    soc: str
    title: str
    employment_2024: Decimal | None
    employment_2034: Decimal | None
    growth_percent: Decimal | None
    annual_openings: Decimal | None
    national_median_2024: int | None
    education: str
    experience: str
    training: str


def _decimal(value: Any) -> Decimal | None:
    if isinstance(value, int | float):
        return Decimal(str(value))
    return None


def read(path: Path) -> list[Projection]:
    """The 832 detailed occupations with entry education, experience and training."""
    result = []
    for row in rows(path, SHEET, header_row=2):
        if str(row.get("Occupation type", "")).strip() != "Line item":
            continue
        wage = row.get("Median annual wage, dollars, 2024[1]")
        result.append(
            Projection(
                soc=str(row["2024 National Employment Matrix code"]).strip(),
                title=str(row["2024 National Employment Matrix title"]).strip(),
                employment_2024=_decimal(row.get("Employment, 2024")),
                employment_2034=_decimal(row.get("Employment, 2034")),
                growth_percent=_decimal(row.get("Employment change, percent, 2024–34")),
                annual_openings=_decimal(row.get("Occupational openings, 2024–34 annual average")),
                national_median_2024=int(wage) if isinstance(wage, int | float) else None,
                education=str(row["Typical education needed for entry"]).strip(),
                experience=str(row["Work experience in a related occupation"]).strip(),
                training=str(
                    row["Typical on-the-job training needed to attain competency in the occupation"]
                ).strip(),
            )
        )
    return result
