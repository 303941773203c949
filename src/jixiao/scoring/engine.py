"""The scoring engine (评分复核): Package -> PackageScore / ScoreReport, pure functions.

Per 自评表: every indicator and the execution score recomputed under the rule set, the
reported parts summed against the reported 总分, the recomputed total and grade, and
remarks on the weight structure (分值结构).  Per 自评报告 with a score tree: the tree
recomputed (see :mod:`.department`).
"""

from __future__ import annotations

from decimal import Decimal

from ..model import Evaluation, Package
from .department import score_narrative
from .execution import score_execution
from .indicators import score_indicator
from .report import (ExecutionScore, GradeChange, IndicatorScore, Level1Sum, PackageScore, ScoreReport, SumCheck,
                     TableScore)
from .rulesets import RuleSet, detect, load_ruleset
from .text import num

_ZERO = Decimal(0)
EXECUTION_KEY = "预算执行率"


def _sum_check(indicators: list[IndicatorScore], execution: ExecutionScore, total: Decimal | None) -> SumCheck:
    counted = [i for i in indicators if i.status != "not_applicable"]
    s = sum((i.reported or _ZERO for i in counted), _ZERO)
    ex = execution.reported
    if total is None:
        return SumCheck(indicator_sum=s, execution=ex, total=None, matches=None,
                        message=f"指标得分合计 {num(s)}，未填总分，无法核对")
    if ex is None:
        if s == total:
            return SumCheck(indicator_sum=s, execution=None, total=total, matches=True,
                            message=f"指标得分合计 {num(s)} = 总分 {num(total)}（执行率得分未填报，也未计入总分）")
        return SumCheck(indicator_sum=s, execution=None, total=total, matches=None,
                        message=f"指标得分合计 {num(s)}，执行率得分未填报，由总分 {num(total)} 倒推为 {num(total - s)}")
    both = s + ex
    ok = both == total
    return SumCheck(indicator_sum=s, execution=ex, total=total, matches=ok,
                    message=f"指标得分合计 {num(s)} + 执行率得分 {num(ex)} = {num(both)}"
                            + (f"，与总分 {num(total)} 一致" if ok else f"，与填报总分 {num(total)} 不符"))


def _structure(ev: Evaluation, execution: ExecutionScore, rules: RuleSet) -> list[str]:
    """分值结构 remarks: weights vs 总分分值, vs the caps written in the 一级 labels, vs the rule set."""
    out: list[str] = []
    counted = ev.counted()
    by_level1: dict[str, Decimal] = {}
    for i in counted:
        by_level1[i.level1 or "（未识别一级指标）"] = by_level1.get(i.level1 or "（未识别一级指标）", _ZERO) + (i.weight or _ZERO)
    weights = sum(by_level1.values(), _ZERO)
    ex_w = execution.weight or _ZERO
    if ev.total_weight is not None and weights + ex_w != ev.total_weight:
        out.append(f"指标分值合计 {num(weights)} + 执行率分值 {num(ex_w)} = {num(weights + ex_w)}，"
                   f"与总分分值 {num(ev.total_weight)} 不符")
    full = ev.total_weight
    labels = sum(ev.level1_caps.values(), _ZERO) + ex_w
    for level1, cap in ev.level1_caps.items():
        got = by_level1.get(level1, _ZERO)
        if got != cap:
            out.append(f"{level1}标注 {num(cap)} 分，其下指标分值合计 {num(got)}" + _which(weights + ex_w, labels, full))
    grouped: dict[str, Decimal] = {}
    for level1, w in by_level1.items():
        key = rules.weight_groups.get(level1, level1)
        grouped[key] = grouped.get(key, _ZERO) + w
    for level1, w in rules.weights.items():
        got = ex_w if level1 == EXECUTION_KEY else grouped.get(level1, _ZERO)
        if got != w:
            extra = [k for k, v in rules.weight_groups.items() if v == level1 and k in by_level1]
            label = f"{level1}（含{'、'.join(extra)}）" if extra else level1
            out.append(f"{label}分值 {num(got)}，规则集「{rules.name}」为 {num(w)}")
    return out


def _full_score(ev: Evaluation, rules: RuleSet) -> Decimal | None:
    """满分 of a form: its 总分 row's 分值, else the total of the rule set's weights."""
    if ev.total_weight is not None:
        return ev.total_weight
    return sum(rules.weights.values(), _ZERO) if rules.weights else None


def _structure_fix(ev: Evaluation, execution: ExecutionScore, full: Decimal) -> str:
    """Which block of the weights is off, judged by which figures agree with the full score:
    the 一级 labels (标注 N 分) with the execution weight, or the indicator weights."""
    ex_w = execution.weight or _ZERO
    by_level1: dict[str, Decimal] = {}
    for i in ev.counted():
        key = i.level1 or "（未识别一级指标）"
        by_level1[key] = by_level1.get(key, _ZERO) + (i.weight or _ZERO)
    weights = sum(by_level1.values(), _ZERO) + ex_w
    caps = ev.level1_caps
    labels = sum(caps.values(), _ZERO) + ex_w if caps and set(by_level1) <= set(caps) else None
    off = [(k, cap, by_level1.get(k, _ZERO)) for k, cap in caps.items() if by_level1.get(k, _ZERO) != cap]
    if labels == full and weights != full and off:
        blocks = "；".join(f"{k}标注 {num(cap)} 分，其下指标分值合计 {num(got)}" for k, cap, got in off)
        return (f"一级指标标注的分值加执行率分值合计 {num(labels)}，与满分 {num(full)} 相符，"
                f"指标分值合计 {num(weights)} 不符：{blocks}，应按标注调整其下各指标的分值")
    if weights == full and labels is not None and labels != full and off:
        blocks = "；".join(f"{k}标注的 {num(cap)} 分（其下指标分值合计 {num(got)}）" for k, cap, got in off)
        return f"指标分值加执行率分值合计 {num(weights)}，与满分 {num(full)} 相符，一级指标标注有误：{blocks}"
    return (f"指标分值加执行率分值合计 {num(weights)}"
            + (f"、一级指标标注合计 {num(labels)}" if labels is not None else "")
            + f"，与满分 {num(full)} 不符，请逐项核对分值")


def _advisable(ev: Evaluation, execution: ExecutionScore, total: Decimal, full: Decimal | None) -> bool:
    """The recomputed total can be advised: weights add up to the full score, total not above it."""
    if full is None:
        return True
    weights = sum((i.weight or _ZERO for i in ev.counted()), _ZERO) + (execution.weight or _ZERO)
    return weights == full and total <= full


def _which(weights: Decimal, labels: Decimal, full: Decimal | None) -> str:
    """Which of a label and its weights the full score supports (empty when neither or both)."""
    if full is None or (weights == full) == (labels == full):
        return ""
    if weights == full:
        return f"；指标分值合计与满分 {num(full)} 相符，是一级指标的标注有误"
    return f"；一级指标标注合计与满分 {num(full)} 相符，应调整其下指标的分值"


def _level1_sums(indicators: list[IndicatorScore], execution: ExecutionScore) -> list[Level1Sum]:
    out = [Level1Sum(level1=EXECUTION_KEY, weight=execution.weight or _ZERO, reported=execution.reported or _ZERO,
                     recomputed=execution.recomputed or _ZERO)]
    for i in indicators:
        if i.status == "not_applicable":
            continue
        key = i.level1 or "（未识别一级指标）"
        row = next((r for r in out if r.level1 == key), None)
        if row is None:
            row = Level1Sum(level1=key, weight=_ZERO, reported=_ZERO, recomputed=_ZERO)
            out.append(row)
        row.weight += i.weight or _ZERO
        row.reported += i.reported or _ZERO
        row.recomputed += i.recomputed or _ZERO
    return out


def _rescale(ev: Evaluation, rules: RuleSet) -> Decimal:
    """Factor for 不适用 indicators that carry a 分值: full indicator weight / applicable weight."""
    na = sum((i.weight or _ZERO for i in ev.indicators if i.not_applicable), _ZERO)
    applicable = sum((i.weight or _ZERO for i in ev.counted()), _ZERO)
    if not rules.not_applicable.rescale or na == 0 or applicable == 0:
        return Decimal(1)
    return (applicable + na) / applicable


def score_table(ev: Evaluation, rules: RuleSet) -> TableScore:
    """Score one 自评表 under ``rules``."""
    indicators = [score_indicator(i, rules) for i in ev.indicators]
    execution = score_execution(ev, rules)
    factor = _rescale(ev, rules)
    ind_sum = sum((i.recomputed or _ZERO for i in indicators if i.status != "not_applicable"), _ZERO)
    if factor != 1:
        ind_sum = rules.indicators.apply(ind_sum * factor)
    total = ind_sum + (execution.recomputed or _ZERO)
    structure = _structure(ev, execution, rules)
    if factor != 1:
        structure.append(f"不适用指标带有分值，其余指标得分按 {num(factor.quantize(Decimal('0.0001')))} 倍折算")
    full = _full_score(ev, rules)
    advisable = _advisable(ev, execution, total, full)
    return TableScore(kind=ev.kind, line=ev.where.line, title=ev.title, name=ev.name or ev.unit_name,
                      indicators=indicators, execution=execution,
                      reported_sum=_sum_check(indicators, execution, ev.total_score),
                      level1_sums=_level1_sums(indicators, execution), rescale=factor,
                      reported_total=ev.total_score, recomputed_total=total,
                      reported_grade=rules.grade(ev.total_score),
                      recomputed_grade=rules.grade(total) if advisable else None,
                      full_score=full, advisable=advisable,
                      structure_fix=None if advisable else _structure_fix(ev, execution, full),
                      structure=structure)


def score_package(pkg: Package, rules: RuleSet | None = None) -> PackageScore:
    """Score every table and self-scored report of a package; detect the rule set when not given."""
    if rules is None:
        rules, why = detect(pkg)
    else:
        why = "由 --rules 指定"
    tables = [score_table(ev, rules) for ev in pkg.evaluations]
    narratives = [score_narrative(n, rules) for n in pkg.narratives if n.score_tree]
    summary = [GradeChange(what=f"{'部门整体' if t.kind == 'department' else '项目'}：{t.name or t.title}", line=t.line,
                           reported_total=t.reported_total, recomputed_total=t.recomputed_total,
                           reported_grade=t.reported_grade, recomputed_grade=t.recomputed_grade,
                           advisable=t.advisable) for t in tables]
    summary += [GradeChange(what=f"自评报告：{n.title}", line=n.line, reported_total=n.stated_total,
                            recomputed_total=n.computed_total,
                            reported_grade=rules.grade_name(n.stated_grade) or rules.grade(n.stated_total),
                            recomputed_grade=n.recomputed_grade) for n in narratives]
    return PackageScore(source=pkg.source, unit_name=pkg.unit_name, year=pkg.year, ruleset=rules.name,
                        ruleset_reason=why, tables=tables, narratives=narratives, summary=summary)


def score_report(packages: list[Package], rules_name: str | None = None) -> ScoreReport:
    """Package(s) -> ScoreReport; ``rules_name`` overrides detection for every package."""
    rules = load_ruleset(rules_name) if rules_name else None
    return ScoreReport(packages=[score_package(p, rules) for p in packages])
