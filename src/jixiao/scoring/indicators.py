"""Score one indicator (三级指标) under a rule set.

Quantitative (定量): "≥ A" scores min(B/A, 1) × 分值; "≤ A" (costs) full within A and
A/B × 分值 above it; "= A" full when met, B/A × 分值 below, over it by the rule set's
``eq_over``; a range [L, H] scores B/L below and H/B above.  Zero and missing actuals
are handled explicitly.  Qualitative (定性): the actual puts the indicator in a band
(达成 / 部分达成 / 未达成) and the reported score must lie in that band.  Anything else
is ``unscorable``: the reported score is kept and flagged.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ..model import Indicator
from ..values import Comparison, Quantity, Target, squash
from .report import IndicatorScore
from .rulesets import RuleSet
from .text import num, pct, qty

_HUNDRED = Decimal(100)


@dataclass
class _Outcome:
    """An unrounded score with its method and explanation (without the reported part)."""

    value: Decimal | None
    method: str
    why: str
    band: tuple[Decimal, Decimal] | None = None  # (low, high) points for a qualitative band


def _in_unit(q: Quantity, unit: str | None) -> Decimal | None:
    """``q`` expressed in ``unit`` (万人 -> 人 …), None when they do not compare."""
    if q.unit == unit or (q.unit is None and unit != "%") or (unit == "%" and q.unit is None):
        return q.value
    if unit is None and q.unit != "%":
        return q.value
    if q.unit and unit and q.unit == "万" + unit:
        return q.value * 10000
    if q.unit and unit and unit == "万" + q.unit:
        return q.value / 10000
    return None


def _is_cost(ind: Indicator, rules: RuleSet) -> bool:
    labels = f"{ind.level1 or ''}{ind.level2 or ''}"
    return any(w in labels for w in rules.indicators.cost_words)


def _target_text(t: Target, cmp: Comparison) -> str:
    if cmp == Comparison.RANGE:
        return f"{qty(t.quantities[0])}–{qty(t.quantities[1])}"
    sign = {Comparison.GE: "≥", Comparison.GT: ">", Comparison.LE: "≤", Comparison.LT: "<", Comparison.EQ: "="}[cmp]
    return f"{sign}{qty(t.quantities[0])}"


def _single(a_: Decimal, b: Decimal, cmp: Comparison, w: Decimal, hi: Decimal | None, ind: Indicator,
            rules: RuleSet, head: str) -> _Outcome:
    """Score one target/actual pair: ``a_`` target A (or range low), ``hi`` range high, ``b`` actual B."""
    over = rules.over_achievement
    if cmp == Comparison.RANGE:
        assert hi is not None
        if a_ <= b <= hi:
            return _Outcome(w, "range", f"{head}，在区间内计满分")
        if b < a_:
            return _Outcome(b / a_ * w, "range", f"{head}，低于下限，按 B/下限 = {num(b)}/{num(a_)} × {num(w)}")
        return _Outcome(hi / b * w, "range", f"{head}，高于上限，按 上限/B = {num(hi)}/{num(b)} × {num(w)}")
    if cmp in (Comparison.LE, Comparison.LT):
        if b <= a_:
            return _Outcome(w, "le_ratio", f"{head}，未超过目标计满分")
        if a_ == 0:
            return _Outcome(Decimal(0), "le_ratio", f"{head}，目标为 0 而实际超出，计 0 分")
        return _Outcome(a_ / b * w, "le_ratio", f"{head}，超过目标，按 A/B = {num(a_)}/{num(b)} × {num(w)}")
    # ≥, > and =
    if b < a_:
        if b == 0:
            return _Outcome(Decimal(0), "ge_ratio", f"{head}，实际为 0，计 0 分")
        method = "ge_ratio" if cmp in (Comparison.GE, Comparison.GT) else "eq"
        return _Outcome(b / a_ * w, method, f"{head}，未达目标，按 B/A = {num(b)}/{num(a_)} × {num(w)}")
    if over.enabled and a_ > 0 and b / a_ >= over.ratio:
        share = (b / a_ * _HUNDRED).quantize(Decimal("0.1"))
        return _Outcome(over.factor * w, "over_achievement",
                        f"{head}，实际为目标的 {pct(share)}，达到 {pct(over.ratio * _HUNDRED)} 以上，"
                        f"按规则视为目标设定偏低，计 {pct(over.factor * _HUNDRED)} × {num(w)}")
    if a_ > 0 and b / a_ >= over.ratio:
        share = (b / a_ * _HUNDRED).quantize(Decimal("0.1"))
        head += f"（实际为目标的 {pct(share)}，超额较多；规则集「{rules.name}」未启用超额调减）"
    if cmp == Comparison.EQ and b > a_ and rules.indicators.eq_over == "ratio":
        return _Outcome(a_ / b * w, "eq", f"{head}，超过目标值，按 A/B = {num(a_)}/{num(b)} × {num(w)}")
    return _Outcome(w, "ge_ratio" if cmp != Comparison.EQ else "eq", f"{head}，达到目标计满分")


def _quantitative(ind: Indicator, rules: RuleSet, w: Decimal) -> _Outcome:
    t, a = ind.target, ind.actual
    cmp = t.comparison or Comparison.EQ
    cost_note = ""
    if cmp == Comparison.EQ and _is_cost(ind, rules):
        cmp, cost_note = Comparison.LE, "（成本指标，= 按 ≤ 处理）"
    if a.kind == "empty":
        if rules.indicators.missing_actual == "zero":
            return _Outcome(Decimal(0), "missing_actual", "实际完成值未填写，按规则计 0 分")
        return _Outcome(None, "unscorable", "实际完成值未填写，无法计分")
    if a.kind != "quantitative":
        return _Outcome(None, "unscorable", f"目标为数值「{t.text}」，实际为文字「{a.text}」，无法机械比较")
    if cmp == Comparison.RANGE:
        b = _in_unit(a.quantities[0], t.quantities[0].unit)
        if b is None:
            return _Outcome(None, "unscorable", f"单位不一致（目标「{t.text}」，实际「{a.text}」），无法机械计分")
        head = f"目标 {_target_text(t, cmp)}，实际 {qty(a.quantities[0])}"
        return _single(t.quantities[0].value, b, cmp, w, t.quantities[1].value, ind, rules, head)
    if len(t.quantities) != len(a.quantities):
        return _Outcome(None, "unscorable", f"目标「{t.text}」与实际「{a.text}」的数值个数不同，无法机械计分")
    if rules.indicators.completion_rate_actual and len(a.quantities) == 1:
        aq, tq = a.quantities[0], t.quantities[0]
        if aq.value == _HUNDRED and aq.unit in (None, "%") and tq.unit != "%" and tq.value != _HUNDRED:
            return _Outcome(None, "unscorable", f"实际「{a.text}」疑为完成率，与目标「{t.text}」口径不同，无法机械计分")
    pairs = []
    for tq, aq in zip(t.quantities, a.quantities):
        b = _in_unit(aq, tq.unit)
        if b is None:
            return _Outcome(None, "unscorable", f"单位不一致（目标「{t.text}」，实际「{a.text}」），无法机械计分")
        pairs.append((tq.value, b))
    if len(pairs) > 1:
        outs = [_single(x, y, cmp, w, None, ind, rules, "") for x, y in pairs]
        if all(o.value == w for o in outs):
            return _Outcome(w, "eq", f"目标「{t.text}」，实际「{a.text}」，各项均达到，计满分")
        return _Outcome(None, "unscorable", f"目标「{t.text}」含多项数值且未全部达到，无法机械分摊")
    head = f"目标 {_target_text(t, cmp)}{cost_note}，实际 {qty(a.quantities[0])}"
    return _single(pairs[0][0], pairs[0][1], cmp, w, None, ind, rules, head)


def _qualitative(ind: Indicator, rules: RuleSet, w: Decimal) -> _Outcome:
    q = rules.qualitative
    ts, as_ = squash(ind.target.text).rstrip("。."), squash(ind.actual.text).rstrip("。.")
    band: tuple[str, tuple[Decimal, Decimal]] | None = None
    if as_ and as_ == ts:
        band, why = ("达成", q.achieved), f"实际「{ind.actual.text}」与目标一致"
    elif any(x in as_ for x in q.not_achieved_words):
        band, why = ("未达成", q.not_achieved), f"实际「{ind.actual.text}」表明未达成"
    elif any(x in as_ for x in q.partial_words):
        band, why = ("部分达成", q.partial), f"实际「{ind.actual.text}」表明部分达成"
    elif ts and ts in as_:
        band, why = ("达成", q.achieved), f"实际「{ind.actual.text}」包含目标「{ind.target.text}」"
    elif as_ in q.achieved_words:
        band, why = ("达成", q.achieved), f"实际「{ind.actual.text}」表明达成"
    if band is None:
        return _Outcome(None, "unscorable", f"定性指标：目标「{ind.target.text}」，实际「{ind.actual.text}」，"
                                            "无法机械判断达成程度")
    name, (hi, lo) = band
    low, high = w * lo / _HUNDRED, w * hi / _HUNDRED
    return _Outcome(None, "qualitative_band",
                    f"{why}，属「{name}」档（{num(lo)}%–{num(hi)}%），应得 {num(low)}–{num(high)} 分", (low, high))


def _base(ind: Indicator) -> dict:
    return dict(line=ind.where.line, level1=ind.level1, level2=ind.level2, name=ind.name, target=ind.target.text,
                actual=ind.actual.text, weight=ind.weight, reported=ind.score)


def score_indicator(ind: Indicator, rules: RuleSet) -> IndicatorScore:
    """Reported vs recomputed score of one 三级指标, with the reason in Chinese."""
    base = _base(ind)
    rep = ind.score
    if ind.not_applicable:
        return IndicatorScore(**base, status="not_applicable", method="not_applicable", reason="不适用此项指标，不计分")
    if ind.weight is None:
        return IndicatorScore(**base, recomputed=rep, status="unscorable", method="unscorable",
                              reason="未填分值，无法计分，保留填报得分")
    w = ind.weight
    if ind.target.kind == "quantitative":
        out = _quantitative(ind, rules, w)
    elif ind.target.kind == "qualitative" and ind.actual.kind == "qualitative":
        out = _qualitative(ind, rules, w)
    elif ind.target.kind == "empty":
        out = _Outcome(None, "unscorable", "未填年度指标值，无法计分")
    else:
        out = _Outcome(None, "unscorable", f"目标为文字「{ind.target.text}」，实际为数值「{ind.actual.text}」，无法机械比较")
    rep_text = f"填报 {num(rep)} 分" if rep is not None else "未填报得分"
    if out.band is not None:
        low, high = out.band
        if rep is None:
            return IndicatorScore(**base, status="unscorable", method=out.method, reason=f"{out.why}；未填报得分")
        if low <= rep <= high:
            return IndicatorScore(**base, recomputed=rep, status="match", method=out.method,
                                  reason=f"{out.why}，{rep_text}，在档内")
        fixed = rules.indicators.apply(min(max(rep, low), high))
        return IndicatorScore(**base, recomputed=fixed, status="differs", method=out.method,
                              reason=f"{out.why}，{rep_text}，超出该档，按档内最近值计 {num(fixed)} 分")
    if out.value is None:
        return IndicatorScore(**base, recomputed=rep, status="unscorable", method=out.method,
                              reason=f"{out.why}，保留{rep_text}")
    value = rules.indicators.apply(min(out.value, w))
    if rep is None:
        status = "missing"
    elif abs(value - rep) <= rules.indicators.tolerance:
        status = "match"
    else:
        status = "differs"
    return IndicatorScore(**base, recomputed=value, status=status, method=out.method,
                          reason=f"{out.why}，计 {num(value)} 分，{rep_text}")
