"""Shared output helpers: JSON on ``--json``, readable text otherwise, clear errors."""

from __future__ import annotations

import dataclasses
import json
import sys
from decimal import Decimal
from typing import Any, NoReturn

import click


def _default(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    if isinstance(value, Decimal):
        return float(value) if value != value.to_integral_value() else int(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def emit_json(payload: Any) -> None:
    """Print ``payload`` as JSON (dataclasses, Decimals and datetimes included)."""
    click.echo(json.dumps(payload, default=_default, indent=2, ensure_ascii=False))


def fail(message: str, *, as_json: bool = False, code: int = 2) -> NoReturn:
    """Print a clear error and exit non-zero; JSON callers get ``{"error": ...}`` on stdout."""
    if as_json:
        click.echo(json.dumps({"error": message}))
    else:
        click.echo(f"Error: {message}", err=True)
    sys.exit(code)
