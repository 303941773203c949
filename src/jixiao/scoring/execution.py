"""预算执行率得分 (execution score) of a 自评表's 年度资金总额 row.

score = min(全年执行数 / 全年预算数, cap_rate) × 分值, rounded by the rule set.  The rate is
recomputed from the amounts; the reported 执行率 is used only when an amount is missing.
"""

from __future__ import annotations

from decimal import Decimal

from ..model import Evaluation
from .report import ExecutionScore
from .rulesets import RuleSet
from .text import num, pct

_HUNDRED = Decimal(100)


def _amounts(ev: Evaluation) -> tuple[Decimal | None, Decimal | None]:
    fr = ev.fund("total")
    if fr is None or fr.adjusted_budget is None or fr.executed is None:
        return None, None
    budget, executed = fr.adjusted_budget, fr.executed
    if budget.unit and executed.unit and budget.unit != executed.unit:
        return budget.value, executed.to(budget.unit)
    return budget.value, executed.value


def score_execution(ev: Evaluation, rules: RuleSet) -> ExecutionScore:
    """Reported vs recomputed 预算执行率得分, with the arithmetic in Chinese."""
    fr = ev.fund("total")
    weight = fr.weight if fr is not None and fr.weight is not None else rules.execution.weight
    base = dict(line=fr.where.line if fr else None, weight=weight,
                reported_rate=fr.rate if fr else None, reported=fr.score if fr else None)
    budget, executed = _amounts(ev)
    base.update(adjusted_budget=budget, executed=executed)
    notes: list[str] = []
    if budget is not None and budget > 0:
        rate = executed / budget
        computed_pct = (rate * _HUNDRED).quantize(Decimal("0.01"))
        base["computed_rate"] = computed_pct
        how = f"执行率 = {num(executed)}/{num(budget)} = {pct(computed_pct)}"
        rep_rate = base["reported_rate"]
        if rep_rate is not None:
            exp = rep_rate.as_tuple().exponent
            places = -exp if isinstance(exp, int) and exp < 0 else 0
            shown = (rate * _HUNDRED).quantize(Decimal(1).scaleb(-places))
            if shown != rep_rate:
                notes.append(f"填报执行率 {pct(rep_rate)} 与金额不符")
    elif base["reported_rate"] is not None:
        rate = base["reported_rate"] / _HUNDRED
        how = f"全年预算数或执行数缺失，按填报执行率 {pct(base['reported_rate'])}"
    else:
        return ExecutionScore(**base, recomputed=base["reported"], status="unscorable",
                              reason="全年预算数、执行数和执行率均缺失，无法计算执行率得分，保留填报得分")
    capped = min(rate, rules.execution.cap_rate)
    value = rules.execution.apply(capped * weight)
    cap_note = f"（超过 {pct(rules.execution.cap_rate * _HUNDRED)} 按 {pct(rules.execution.cap_rate * _HUNDRED)} 计）" \
        if rate > rules.execution.cap_rate else ""
    rounding = f"保留 {rules.execution.decimals} 位小数（{rules.execution.rounding}）"
    reported = base["reported"]
    tail = f"填报 {num(reported)} 分" if reported is not None else "未填报得分"
    reason = f"{how}{cap_note}，× {num(weight)} 分，{rounding}，计 {num(value)} 分，{tail}"
    if notes:
        reason += "；" + "；".join(notes)
    if reported is None:
        status = "missing"
    else:
        status = "match" if value == reported else "differs"
    return ExecutionScore(**base, recomputed=value, status=status, reason=reason)
