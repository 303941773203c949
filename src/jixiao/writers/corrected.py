"""``--corrected``: the package with the scoring engine's recomputed figures filled in.

Only figures the engine recomputes are replaced: the 执行率 and 执行率得分 of the
年度资金总额 row, indicator scores (得分) that differ from the rule set, and the 总分.
What a person must decide (unscorable indicators) keeps the reported value.
"""

from __future__ import annotations

from decimal import Decimal

from ..model import Package
from ..scoring import RuleSet, score_package
from ..scoring.report import PackageScore


def corrected_package(pkg: Package, rules: RuleSet | None = None,
                      scored: PackageScore | None = None) -> tuple[Package, dict[int, set[str]]]:
    """A copy of ``pkg`` with recomputed figures, and per evaluation index the names of
    the figures that changed (``funds:rate``, ``funds:score``, ``indicator:N``, ``total``)."""
    scored = scored or score_package(pkg, rules)
    out = pkg.model_copy(deep=True)
    changed: dict[int, set[str]] = {}
    for i, (ev, ts) in enumerate(zip(out.evaluations, scored.tables)):
        marks: set[str] = set()
        fr = ev.fund("total")
        ex = ts.execution
        if fr is not None and ex.computed_rate is not None:
            places = max(0, -fr.rate.as_tuple().exponent) if fr.rate is not None and isinstance(
                fr.rate.as_tuple().exponent, int) else 2
            rate = ex.computed_rate if fr.rate is None else _requantize(ex, places)
            if rate != fr.rate:
                fr.rate = rate
                marks.add("funds:rate")
        if fr is not None and ex.recomputed is not None and ex.recomputed != fr.score:
            fr.score = ex.recomputed
            marks.add("funds:score")
        for j, (ind, s) in enumerate(zip(ev.indicators, ts.indicators)):
            if s.status in ("differs", "missing") and s.recomputed is not None and s.recomputed != ind.score:
                ind.score = s.recomputed
                marks.add(f"indicator:{j}")
        # a total built on weights that do not add up to the full score is never written in
        if ts.advisable and ts.recomputed_total is not None and ts.recomputed_total != ev.total_score:
            ev.total_score = ts.recomputed_total
            marks.add("total")
        changed[i] = marks
    return out, changed


def _requantize(ex, places: int) -> Decimal:
    """The recomputed rate at the decimals the table wrote (at least two)."""
    from .figures import q

    exact = ex.executed * Decimal(100) / ex.adjusted_budget
    return q(exact, max(places, 2))
