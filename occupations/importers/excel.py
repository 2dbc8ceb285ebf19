"""Reading the agencies' Excel sheets as dictionaries keyed by their header row."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl


def rows(path: Path, sheet: str | None = None, header_row: int = 1) -> Iterator[dict[str, Any]]:
    """Yield each data row of ``sheet`` (the first one by default) as {header: value}."""
    workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        worksheet = workbook[sheet] if sheet else workbook.worksheets[0]
        iterator = worksheet.iter_rows(values_only=True)
        header: tuple[Any, ...] = ()
        for _ in range(header_row):
            header = next(iterator)
        names = [str(h).strip() if h is not None else "" for h in header]
        for values in iterator:
            if values is None or all(v is None for v in values):
                continue
            yield dict(zip(names, values, strict=False))
    finally:
        workbook.close()
