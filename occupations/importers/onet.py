"""O*NET 29.3 (CC BY 4.0): titles, descriptions, education, job zones, interests, tasks."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from occupations.importers.excel import rows

CODE = "O*NET-SOC Code"
RIASEC = {
    "Realistic": "realistic",
    "Investigative": "investigative",
    "Artistic": "artistic",
    "Social": "social",
    "Enterprising": "enterprising",
    "Conventional": "conventional",
}


def soc_of(onet_code: str) -> str:
    """``"29-1141.01"`` -> ``"29-1141"``: O*NET-SOC to SOC 2018 by the first 7 characters."""
    return onet_code[:7]


def is_base(onet_code: str) -> bool:
    """True for the ``.00`` code, the occupation itself rather than a specialty."""
    return onet_code.endswith(".00")


@dataclass(frozen=True)
class OnetOccupation:
    """An O*NET-SOC occupation."""

    code: str
    title: str
    description: str


def occupations(path: Path) -> list[OnetOccupation]:
    """Occupation Data: titles and descriptions."""
    return [
        OnetOccupation(str(r[CODE]), str(r["Title"]).strip(), str(r["Description"]).strip())
        for r in rows(path)
    ]


def alternate_titles(path: Path) -> Iterator[tuple[str, str, str | None]]:
    """(O*NET code, alternate title, short title or None)."""
    for r in rows(path):
        yield str(r[CODE]), str(r["Alternate Title"]).strip(), (r.get("Short Title") or None)


def reported_titles(path: Path) -> Iterator[tuple[str, str, bool]]:
    """(O*NET code, reported title, shown in My Next Move)."""
    for r in rows(path):
        yield str(r[CODE]), str(r["Reported Job Title"]).strip(), r["Shown in My Next Move"] == "Y"


def education_labels(path: Path) -> dict[int, str]:
    """Category number -> label of the "Required Level of Education" scale (RL)."""
    return {
        int(r["Category"]): str(r["Category Description"]).split(" - ")[0].strip()
        for r in rows(path)
        if r["Scale ID"] == "RL"
    }


def education_shares(path: Path) -> Iterator[tuple[str, int, Decimal]]:
    """(O*NET code, RL category, percent of workers)."""
    for r in rows(path):
        if r["Scale ID"] == "RL" and r["Recommend Suppress"] != "Y":
            yield str(r[CODE]), int(r["Category"]), Decimal(str(r["Data Value"]))


def job_zones(path: Path) -> dict[str, int]:
    """O*NET code -> job zone (1-5)."""
    return {str(r[CODE]): int(r["Job Zone"]) for r in rows(path)}


def interests(path: Path) -> Iterator[tuple[str, str, Decimal]]:
    """(O*NET code, RIASEC interest, score 1-7) from the OI scale."""
    for r in rows(path):
        name = RIASEC.get(str(r["Element Name"]))
        if r["Scale ID"] == "OI" and name:
            yield str(r[CODE]), name, Decimal(str(r["Data Value"]))


def related(path: Path) -> Iterator[tuple[str, str, str, int]]:
    """(O*NET code, related O*NET code, tier, index)."""
    for r in rows(path):
        yield (
            str(r[CODE]),
            str(r["Related O*NET-SOC Code"]),
            str(r["Relatedness Tier"]),
            int(r["Index"]),
        )


def tasks(path: Path) -> Iterator[tuple[str, int, str, bool, int]]:
    """(O*NET code, task id, task, core?, incumbents responding)."""
    for r in rows(path):
        responding = r.get("Incumbents Responding")
        yield (
            str(r[CODE]),
            int(r["Task ID"]),
            str(r["Task"]).strip(),
            r.get("Task Type") == "Core",
            int(responding) if isinstance(responding, int | float) else 0,
        )


def prefer_base(codes: list[str], key: Callable[[str], str] = soc_of) -> dict[str, str]:
    """SOC -> the O*NET code whose data stands for it: the ``.00`` one, else the first."""
    chosen: dict[str, str] = {}
    grouped: dict[str, list[str]] = defaultdict(list)
    for code in codes:
        grouped[key(code)].append(code)
    for soc, members in grouped.items():
        base = [c for c in members if is_base(c)]
        chosen[soc] = base[0] if base else sorted(members)[0]
    return chosen
