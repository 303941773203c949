"""The tolerance policy (容差口径) — the one place where rounding allowances live.

1. **Sums of rounded amounts.**  Amounts are written rounded to the cent of
   their unit (0.01 万元 or 0.01 元).  A total and its parts, each rounded on
   its own, may differ by up to half a unit of the last written decimal of
   each figure involved (n parts + the total).  A difference within that
   allowance is reported as ``info`` (尾数差异), never as an error; beyond it,
   as the rule's severity.  The allowance follows the decimals each figure is
   actually written with, so 0.01 万元 figures allow 0.005 each and whole
   numbers 0.5 each.
2. **Percentages written in text or tables** (执行率, 占…%, 增长…%).  A stated
   percentage is right when it equals the exact ratio rounded half-up to the
   decimals it is written with.  If it equals the ratio *truncated* to those
   decimals (or is otherwise within one unit of its last decimal), that is
   reported as ``info`` (截断或尾差); anything else gets the rule's severity.
3. **The same figure written in two places** (a project's budget in its own
   table and in the 基础数据表) must agree after unit conversion at the
   precision of the less precise writing: no further allowance.
4. **Scores** (分值/得分) are exact: no allowance.
"""

from __future__ import annotations

from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal, InvalidOperation

HALF = Decimal("0.5")


def decimals(d: Decimal) -> int:
    """Number of decimals as written (Decimal keeps them: 12.50 -> 2)."""
    exp = d.as_tuple().exponent
    return max(0, -exp) if isinstance(exp, int) else 0


def sum_allowance(figures: list[Decimal]) -> Decimal:
    """Rounding allowance for a total compared with the sum of its parts: half a unit of
    the last written decimal of each figure involved (12.50 -> 0.005, 11675.94356 ->
    0.000005, 3 -> 0.5)."""
    return sum((Decimal(1).scaleb(-decimals(f)) * HALF for f in figures), Decimal(0))


def sum_verdict(total: Decimal, parts: list[Decimal]) -> str:
    """``ok``, ``rounding`` (within the allowance) or ``mismatch``."""
    return sum_verdict_of(total, sum(parts, Decimal(0)), sum_allowance(parts))


def sum_verdict_of(total: Decimal, parts_sum: Decimal, parts_allowance: Decimal) -> str:
    """:func:`sum_verdict` from the parts' sum and :func:`sum_allowance` computed once (many
    totals compared with the same parts)."""
    diff = abs(total - parts_sum)
    if diff == 0:
        return "ok"
    if diff <= parts_allowance + sum_allowance([total]):
        return "rounding"
    return "mismatch"


def percent_verdict(stated: Decimal, exact: Decimal) -> str:
    """Compare a stated percentage with the exact one (both in percent points).

    ``ok`` when stated == exact rounded half-up to the stated decimals;
    ``rounding`` when it is the truncated value or within one unit of its last
    decimal; ``mismatch`` otherwise."""
    places = decimals(stated)
    q = Decimal(1).scaleb(-places)
    try:
        if exact.quantize(q, ROUND_HALF_UP) == stated:
            return "ok"
        if exact.quantize(q, ROUND_DOWN) == stated or abs(exact - stated) <= q:
            return "rounding"
    except InvalidOperation:  # an exact value of more digits than any stated one can match
        pass
    return "mismatch"


def same_figure(a: Decimal, b: Decimal) -> bool:
    """Two writings of one figure agree at the precision of the less precise one."""
    places = min(decimals(a), decimals(b))
    q = Decimal(1).scaleb(-places)
    try:
        return a.quantize(q, ROUND_HALF_UP) == b.quantize(q, ROUND_HALF_UP)
    except InvalidOperation:  # beyond the context's digits: only an exact match agrees
        return a == b
