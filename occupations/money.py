"""Money as students read it: whole dollars a year, cents an hour."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal


def annual(value: Decimal | int) -> str:
    """Format a yearly wage: ``Decimal(48580)`` -> ``"$48,580"``."""
    whole = Decimal(value).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return f"${whole:,}"


def hourly(value: Decimal | int) -> str:
    """Format an hourly wage: ``Decimal("23.35")`` -> ``"$23.35"``."""
    cents = Decimal(value).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return f"${cents:,}"
