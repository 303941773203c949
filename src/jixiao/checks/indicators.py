"""Indicator quality (指标质量) under 财预〔2020〕10号 and 财预〔2021〕101号."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Iterable

from ..model import Indicator, Package
from ..values import Comparison, Target
from .finding import Finding, finding, fmt, rule, table_name

BASIS_10 = "财预〔2020〕10号 项目支出绩效评价管理办法"
BASIS_101 = "财预〔2021〕101号 中央部门项目支出核心绩效目标和指标设置及取值指引（试行）"

_QUANTITY_NAME = re.compile(r"(人数|人次|次数|个数|户数|数量|金额|标准|成本|比例|(?<![效频])率)$")
_COST = re.compile(r"成本")
_MONEY_UNIT = re.compile(r"元")
_COUNT_UNITS = {"人", "人次", "次", "个", "场", "家", "户", "项", "件", "名", "万人", "期", "所", "台", "套", "%"}


def _comparable(t: Target, a: Target) -> tuple[Decimal, Decimal] | None:
    if t.kind != "quantitative" or a.kind != "quantitative" or len(t.quantities) != 1 or len(a.quantities) != 1:
        return None
    tu, au = t.unit or "", a.unit or ""
    if tu and au and tu != au:
        return None
    return t.value, a.value


def _shortfall(ind: Indicator) -> str | None:
    """A description of how the actual value misses the target, or None."""
    pair = _comparable(ind.target, ind.actual)
    if pair is None:
        return None
    target, actual = pair
    cmp = ind.target.comparison
    is_cost = bool(_COST.search((ind.level2 or "") + ind.name))
    if ind.actual.comparison not in (Comparison.EQ, None) and ind.actual.comparison != cmp:
        return None  # the actual restates a bound, not a measured value
    strict_equal_ok = ind.actual.comparison == cmp and cmp in (Comparison.LT, Comparison.GT)
    if cmp in (Comparison.GE, Comparison.GT) or (cmp == Comparison.EQ and not is_cost and (ind.target.unit or "") in _COUNT_UNITS):
        if actual < target or (cmp == Comparison.GT and actual == target and not strict_equal_ok):
            return f"目标 {ind.target.text}，实际 {ind.actual.text}，未达到目标"
    if cmp in (Comparison.LE, Comparison.LT) or (cmp == Comparison.EQ and is_cost):
        if actual > target or (cmp == Comparison.LT and actual == target and not strict_equal_ok):
            return f"目标 {ind.target.text}，实际 {ind.actual.text}，超出目标"
    return None


@rule("IND-001", "indicators", "warning", "定量指标缺少数值", BASIS_101 + "：指标值应细化、量化")
def quantity_without_number(pkg: Package) -> Iterable[Finding]:
    """A 三级指标 whose name asks for a quantity (人数, 次数, 金额, 标准, …率) but whose 年度指标值 has
    no number."""
    for ev in pkg.evaluations:
        for ind in ev.counted():
            if _QUANTITY_NAME.search(ind.name) and ind.target.kind != "quantitative" and ind.target.kind != "empty" \
                    and not re.search(r"\d", ind.target.text):
                yield finding("IND-001", pkg, form=ev.kind, table=table_name(ev), row=ind.name, column="年度指标值",
                              where=ind.where, actual=ind.target.text, expected="带数值的指标值",
                              message=f"「{table_name(ev)}」指标「{ind.name}」是定量指标，但年度指标值「{ind.target.text}」没有数值")


@rule("IND-002", "indicators", "warning", "实际完成值未达到指标值却给了满分", BASIS_10 + "：未完成目标的按完成比例计分")
def full_score_despite_shortfall(pkg: Package) -> Iterable[Finding]:
    """A quantitative indicator whose 实际完成值 is worse than its 年度指标值 (below a ≥ target, above
    a ≤ cost target) but whose 得分 equals its 分值."""
    for ev in pkg.evaluations:
        for ind in ev.counted():
            if ind.weight is None or ind.score is None or ind.score < ind.weight:
                continue
            why = _shortfall(ind)
            if why:
                yield finding("IND-002", pkg, form=ev.kind, table=table_name(ev), row=ind.name, column="得分",
                              where=ind.where, expected=f"< {fmt(ind.weight)}", actual=fmt(ind.score),
                              message=f"「{table_name(ev)}」指标「{ind.name}」{why}，却得满分 {fmt(ind.score)} 分")


@rule("IND-003", "indicators", "warning", "扣分的指标应填写偏差原因", BASIS_10 + "：对未完成目标的应说明偏差原因及改进措施")
def missing_deviation(pkg: Package) -> Iterable[Finding]:
    """An indicator scored below its 分值 with an empty 偏差原因分析及改进措施."""
    for ev in pkg.evaluations:
        for ind in ev.counted():
            if ind.weight is not None and ind.score is not None and ind.score < ind.weight and not ind.deviation:
                yield finding("IND-003", pkg, form=ev.kind, table=table_name(ev), row=ind.name, column="偏差原因分析及改进措施",
                              where=ind.where, expected="偏差原因及改进措施", actual="（空）",
                              message=f"「{table_name(ev)}」指标「{ind.name}」得 {fmt(ind.score)} 分（分值 {fmt(ind.weight)}），未说明偏差原因")


@rule("IND-004", "indicators", "warning", "比率类指标值不应超过 100%", BASIS_101 + "：指标值应合理可行")
def rate_over_100(pkg: Package) -> Iterable[Finding]:
    """A target rate above 100%, or "more than 100%"."""
    for ev in pkg.evaluations:
        for ind in ev.counted():
            t = ind.target
            if t.kind == "quantitative" and t.unit == "%" and t.value is not None and (
                t.value > 100 or (t.value == 100 and t.comparison == Comparison.GT) or (t.value == 100 and "以上" in t.text)
            ):
                yield finding("IND-004", pkg, form=ev.kind, table=table_name(ev), row=ind.name, column="年度指标值",
                              where=ind.where, actual=t.text, expected="≤ 100%",
                              message=f"「{table_name(ev)}」指标「{ind.name}」的年度指标值「{t.text}」超过 100%，比率类指标无法实现")


def _is_cost(ind: Indicator) -> bool:
    return bool(_COST.search(ind.level2 or "")) or ind.level1 == "成本指标"


@rule("IND-005", "indicators", "warning", "成本指标应有金额并用“≤”表示", BASIS_101 + "：成本指标一般设为上限（≤）并以金额表示")
def cost_without_amount(pkg: Package) -> Iterable[Finding]:
    """A 成本指标 whose 年度指标值 has no money amount, or whose amount is written as a lower bound
    (≥)."""
    for ev in pkg.evaluations:
        for ind in ev.counted():
            if not _is_cost(ind):
                continue
            t = ind.target
            if t.kind != "quantitative" or not any(_MONEY_UNIT.search(q.unit or "") for q in t.quantities):
                yield finding("IND-005", pkg, form=ev.kind, table=table_name(ev), row=ind.name, column="年度指标值",
                              where=ind.where, actual=t.text or "（空）", expected="金额（元/万元）",
                              message=f"「{table_name(ev)}」成本指标「{ind.name}」的年度指标值「{t.text}」没有金额")
            elif t.comparison in (Comparison.GE, Comparison.GT):
                yield finding("IND-005", pkg, form=ev.kind, table=table_name(ev), row=ind.name, column="年度指标值",
                              where=ind.where, actual=t.text, expected=f"≤{fmt(t.value)}{t.unit or ''}",
                              message=f"「{table_name(ev)}」成本指标「{ind.name}」写成下限「{t.text}」，成本指标应为上限（≤）")


@rule("IND-006", "indicators", "warning", "所有指标的指标值与完成值完全相同（疑似照抄）", BASIS_10 + "：实际完成值应如实填报")
def copied_actuals(pkg: Package) -> Iterable[Finding]:
    """Every indicator of a table (at least five) has 实际完成值 written exactly as its 年度指标值."""
    for ev in pkg.evaluations:
        rows = [i for i in ev.counted() if i.target.kind != "empty"]
        if len(rows) >= 5 and all(i.target.text == i.actual.text for i in rows):
            yield finding("IND-006", pkg, form=ev.kind, table=table_name(ev), row="全部指标", where=ev.where,
                          message=f"「{table_name(ev)}」全部 {len(rows)} 个指标的实际完成值与年度指标值一字不差，疑似照抄目标，请核实实际完成情况")


@rule("IND-007", "indicators", "warning", "缺少产出、效益或满意度一级指标", BASIS_10 + "：绩效指标包括产出、效益、满意度指标")
def missing_level1(pkg: Package) -> Iterable[Finding]:
    """A 项目支出绩效自评表 with no indicator row under 产出指标, 效益指标 or 满意度指标."""
    for ev in pkg.project_evaluations:
        if not ev.indicators:
            continue
        present = {i.level1 for i in ev.counted()}
        for level1 in ("产出指标", "效益指标", "满意度指标"):
            if level1 not in present:
                yield finding("IND-007", pkg, form=ev.kind, table=table_name(ev), row=level1, where=ev.where,
                              message=f"「{table_name(ev)}」没有{level1}（该一级指标下无任何指标行）")
