"""Number formatting for the reasons (说明文字): plain decimals, no exponent, no float."""

from __future__ import annotations

from decimal import Decimal

from ..values import Quantity


def num(d: Decimal | None) -> str:
    """A Decimal as a clerk writes it: 8.44, 10, 0.5 (trailing zeros dropped)."""
    if d is None:
        return "—"
    s = format(d.normalize(), "f")
    return "0" if s in ("-0", "") else s


def qty(q: Quantity) -> str:
    return f"{num(q.value)}{q.unit or ''}"


def pct(d: Decimal) -> str:
    return f"{num(d)}%"
