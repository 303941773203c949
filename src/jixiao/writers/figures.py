"""Figures for the written outputs (数字格式): Decimal only, never float.

Shares (占…%), changes (增减…%) and rates (执行率) are computed exactly and
rounded half up to the decimals printed, the convention of
:mod:`jixiao.checks.tolerance` (a stated percentage is right when it equals the
exact ratio rounded half up to its written decimals), so a generated report
passes the review it will get.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from ..checks.tolerance import decimals
from ..values import Amount, MoneyUnit

HUNDRED = Decimal(100)
PERCENT_PLACES = 2  # percentages in the report: 69.46%
MONEY_PLACES = 2  # amounts in 万元 (or 元) to the cent of their unit


def q(d: Decimal, places: int) -> Decimal:
    """``d`` rounded half up to ``places`` decimals."""
    return d.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def money(d: Decimal | None, places: int = MONEY_PLACES) -> str:
    """An amount as printed: 1,015.00 -> "1015.00" (no thousands separator, as in the forms)."""
    if d is None:
        return "——"
    return format(q(d, places), "f")


def plain(d: Decimal | None) -> str:
    """A figure as it was written (Decimal keeps its decimals): 12.50 -> "12.50", 10 -> "10"."""
    if d is None:
        return ""
    return format(d, "f")


def ratio(part: Decimal | None, whole: Decimal | None) -> Decimal | None:
    """part / whole in percent points, exact (None when not computable)."""
    if part is None or whole is None or whole == 0:
        return None
    return part * HUNDRED / whole


def percent(p: Decimal | None, places: int = PERCENT_PLACES) -> str:
    """Percent points as printed: 69.458… -> "69.46%"."""
    if p is None:
        return "——"
    return f"{format(q(p, places), 'f')}%"


def share(part: Decimal | None, whole: Decimal | None, places: int = PERCENT_PLACES) -> str:
    """占…%: part / whole, rounded half up."""
    return percent(ratio(part, whole), places)


def change(new: Decimal | None, old: Decimal | None, places: int = MONEY_PLACES,
           pct_places: int = PERCENT_PLACES) -> dict | None:
    """增减: the difference and its percentage of ``old``.

    Returns ``{"word": "增加"|"减少"|"持平", "trend": "增长"|"下降"|"持平", "amount": "5.00",
    "percent": "0.71%" or None}`` or None when a figure is missing."""
    if new is None or old is None:
        return None
    diff = new - old
    word = "增加" if diff > 0 else "减少" if diff < 0 else "持平"
    trend = "增长" if diff > 0 else "下降" if diff < 0 else "持平"
    p = ratio(abs(diff), old) if old != 0 else None
    return {"word": word, "trend": trend, "amount": money(abs(diff), places),
            "percent": percent(p, pct_places) if p is not None else None}


def in_unit(a: Amount | None, unit: MoneyUnit | None) -> Decimal | None:
    """An amount's value in ``unit`` (exact); its own value when either unit is unknown."""
    if a is None:
        return None
    if unit is None or a.unit is None or a.unit == unit:
        return a.value
    return a.to(unit)


def places_of(d: Decimal | None, default: int = 0) -> int:
    return decimals(d) if d is not None else default
