"""Arithmetic inside one table (表内计算): totals vs parts, rates, scores."""

from __future__ import annotations

from decimal import Decimal
from typing import Iterable

from ..model import BasicData, ControlRow, Evaluation, Package
from .finding import Finding, finding, fmt, rule, table_name
from .tolerance import percent_verdict, sum_verdict

ZERO = Decimal(0)
BASIS_TEMPLATE = "部门整体支出绩效评价基础数据表 填报说明"
BASIS_FORM = "财预〔2020〕10号 附件 项目支出绩效自评表"


def _v(row: ControlRow | None, col: int) -> Decimal | None:
    if row is None or col >= len(row.values) or row.values[col] is None:
        return None
    return row.values[col].value


def _sum_check(rule_id: str, pkg: Package, bd: BasicData, total_key: str, part_keys: list[str],
               what: str) -> Iterable[Finding]:
    total_row = bd.row(total_key)
    parts = [bd.row(k) for k in part_keys]
    if total_row is None or not any(parts):
        return
    for col, col_name in enumerate(bd.columns or ["", "", ""]):
        total = _v(total_row, col)
        vals = [_v(p, col) for p in parts if p is not None]
        present = [v for v in vals if v is not None]
        if total is None or not present:
            continue
        verdict = sum_verdict(total, present)
        if verdict == "ok":
            continue
        labels = [p.label for p in parts if p is not None and _v(p, col) is not None]
        s = sum(present, ZERO)
        adds = " + ".join(fmt(v) for v in present)
        yield finding(
            rule_id, pkg, form="basic_data", table=bd.title, row=total_row.label, column=col_name,
            where=total_row.where, expected=fmt(s), actual=fmt(total),
            severity="info" if verdict == "rounding" else None,
            message=(f"{what}{col_name}填报 {fmt(total)}，但其组成 {'、'.join(labels)} 合计 {adds} = {fmt(s)}"
                     + ("（差额在尾数误差范围内）" if verdict == "rounding" else "")),
        )


@rule("SUM-001", "arithmetic", "error", "三公经费合计应等于公务用车、出国、公务接待三项之和", BASIS_TEMPLATE)
def three_public_sum(pkg: Package) -> Iterable[Finding]:
    """基础数据表: 三公经费 = 公务用车购置和维护经费 + 出国经费 + 公务接待, for each year column."""
    for bd in pkg.basic_data:
        yield from _sum_check("SUM-001", pkg, bd, "three_public", ["vehicle", "overseas", "reception"], "三公经费")


@rule("SUM-002", "arithmetic", "error", "公务用车购置和维护经费应等于公车购置与运行维护之和", BASIS_TEMPLATE)
def vehicle_sum(pkg: Package) -> Iterable[Finding]:
    """基础数据表: 公务用车购置和维护经费 = 公车购置 + 公车运行维护."""
    for bd in pkg.basic_data:
        yield from _sum_check("SUM-002", pkg, bd, "vehicle", ["vehicle_purchase", "vehicle_operation"], "公务用车购置和维护经费")


@rule("SUM-003", "arithmetic", "warning", "公用经费的“其中”各项之和不应超过公用经费", BASIS_TEMPLATE)
def public_funds_parts(pkg: Package) -> Iterable[Finding]:
    """基础数据表: 其中 办公经费 + 水费电费差旅费 + 会议费培训费 ≤ 公用经费 (they are a subset)."""
    for bd in pkg.basic_data:
        total_row = bd.row("public_funds")
        parts = [bd.row(k) for k in ("office", "utilities_travel", "meeting_training")]
        if total_row is None:
            continue
        for col, col_name in enumerate(bd.columns):
            total = _v(total_row, col)
            present = [_v(p, col) for p in parts if p is not None and _v(p, col) is not None]
            if total is None or not present:
                continue
            s = sum(present, ZERO)
            if s > total and sum_verdict(total, present) == "mismatch":
                yield finding("SUM-003", pkg, form="basic_data", table=bd.title, row=total_row.label, column=col_name,
                              where=total_row.where, expected=f"≤ {fmt(total)}", actual=fmt(s),
                              message=f"公用经费{col_name}为 {fmt(total)}，但其中各项合计 {' + '.join(fmt(v) for v in present)} = {fmt(s)}，超过了公用经费")


@rule("SUM-004", "arithmetic", "error", "项目支出应等于所列各项目之和", BASIS_TEMPLATE)
def project_sum(pkg: Package) -> Iterable[Finding]:
    """基础数据表: 项目支出 = Σ 业务工作经费/运行维护经费/专项资金 (when those category rows are
    filled), and each 专项资金 row = Σ the projects listed under it; otherwise 项目支出 = Σ listed
    projects."""
    for bd in pkg.basic_data:
        total_row = bd.row("project")
        if total_row is None:
            continue
        cats = [r for r in bd.rows if r.key in ("project_business", "project_operation", "project_special")]
        items = [r for r in bd.rows if r.key == "project_item"]
        filled_cats = [r for r in cats if any(v is not None for v in r.values)]
        groups: list[tuple[ControlRow, list[ControlRow]]] = []
        if filled_cats:
            groups.append((total_row, filled_cats))
            special = next((r for r in filled_cats if r.key == "project_special"), None)
            if special is not None and items:
                groups.append((special, items))
        elif items:
            groups.append((total_row, items))
        for total, parts in groups:
            for col, col_name in enumerate(bd.columns):
                t = _v(total, col)
                present = [_v(p, col) for p in parts if _v(p, col) is not None]
                if t is None or not present:
                    continue
                verdict = sum_verdict(t, present)
                if verdict == "ok":
                    continue
                s = sum(present, ZERO)
                yield finding("SUM-004", pkg, form="basic_data", table=bd.title, row=total.label, column=col_name,
                              where=total.where, expected=fmt(s), actual=fmt(t),
                              severity="info" if verdict == "rounding" else None,
                              message=f"{total.label}{col_name}填报 {fmt(t)}，所列 {len(present)} 项合计 {fmt(s)}")


def _funds_cols() -> list[tuple[str, str]]:
    return [("initial_budget", "年初预算数"), ("adjusted_budget", "全年预算数"), ("executed", "全年执行数")]


@rule("SUM-005", "arithmetic", "error", "年度资金总额应等于当年财政拨款、上年结转与其他资金之和", BASIS_FORM)
def funds_sum(pkg: Package) -> Iterable[Finding]:
    """项目支出绩效自评表: 年度资金总额 = 当年财政拨款 + 上年结转资金 + 其他资金, per column."""
    for ev in pkg.evaluations:
        total = ev.fund("total")
        parts = [ev.fund(k) for k in ("current_year", "carryover", "other")]
        parts = [p for p in parts if p is not None]
        if total is None or not parts:
            continue
        for attr, col_name in _funds_cols():
            t = getattr(total, attr)
            present = [getattr(p, attr).value for p in parts if getattr(p, attr) is not None]
            if not present:
                continue
            tv = t.value if t is not None else ZERO
            verdict = sum_verdict(tv, present)
            if verdict == "ok":
                continue
            s = sum(present, ZERO)
            yield finding("SUM-005", pkg, form=ev.kind, table=table_name(ev), row="年度资金总额", column=col_name,
                          where=total.where, expected=fmt(s), actual=fmt(t.value if t else None),
                          severity="info" if verdict == "rounding" else None,
                          message=f"「{table_name(ev)}」年度资金总额{col_name}填报 {fmt(t.value if t else None)}，"
                                  f"但当年财政拨款、上年结转、其他资金合计 {' + '.join(fmt(v) for v in present)} = {fmt(s)}")


def exact_rate(executed: Decimal, budget: Decimal) -> Decimal:
    """执行率 in percent points, exact to 6 decimals."""
    return (executed / budget * 100).quantize(Decimal("0.000001"))


@rule("RATE-001", "arithmetic", "error", "执行率应等于全年执行数 ÷ 全年预算数", BASIS_FORM)
def execution_rate(pkg: Package) -> Iterable[Finding]:
    """Funds block: 执行率 = 全年执行数 / 全年预算数 (percentages compared under the tolerance policy)."""
    for ev in pkg.evaluations:
        total = ev.fund("total")
        if total is None or total.rate is None or total.executed is None or total.adjusted_budget is None:
            continue
        if total.adjusted_budget.value == 0:
            continue
        exact = exact_rate(total.executed.value, total.adjusted_budget.value)
        verdict = percent_verdict(total.rate, exact)
        if verdict == "ok":
            continue
        yield finding("RATE-001", pkg, form=ev.kind, table=table_name(ev), row="年度资金总额", column="执行率",
                      where=total.where, expected=f"{fmt(exact, 2)}%", actual=f"{fmt(total.rate)}%",
                      severity="info" if verdict == "rounding" else None,
                      message=f"「{table_name(ev)}」执行率填报 {fmt(total.rate)}%，按全年执行数 {fmt(total.executed.value)} ÷ "
                              f"全年预算数 {fmt(total.adjusted_budget.value)} 计算应为 {fmt(exact, 2)}%"
                              + ("（仅为截断或尾数差异）" if verdict == "rounding" else ""))


@rule("RATE-002", "arithmetic", "error", "人员控制率应等于实际在职人数 ÷ 编制数", BASIS_TEMPLATE)
def staffing_rate(pkg: Package) -> Iterable[Finding]:
    """基础数据表: 控制率 = 实际在职人数 / 编制数."""
    for bd in pkg.basic_data:
        st = bd.staffing
        if st is None or not st.authorized or st.actual is None or st.control_rate is None:
            continue
        exact = exact_rate(st.actual, st.authorized)
        verdict = percent_verdict(st.control_rate, exact)
        if verdict == "ok":
            continue
        yield finding("RATE-002", pkg, form="basic_data", table=bd.title, row="财政供养人员情况", column="控制率",
                      where=st.where, expected=f"{fmt(exact, 2)}%", actual=f"{fmt(st.control_rate)}%",
                      severity="info" if verdict == "rounding" else None,
                      message=f"控制率填报 {fmt(st.control_rate)}%，实际在职 {fmt(st.actual)} ÷ 编制 {fmt(st.authorized)} = {fmt(exact, 2)}%")


@rule("SCORE-001", "arithmetic", "warning", "预算执行得分应与执行率相符（执行率 × 分值）", "财预〔2020〕10号：预算执行率得分 = 执行率 × 分值，最高不超过分值")
def execution_score(pkg: Package) -> Iterable[Finding]:
    """Funds block: the execution score should be min(执行率, 100%) × 分值 within one point (local
    conventions round to whole points or keep two decimals); the rate is recomputed from the
    amounts when they are there."""
    for ev in pkg.evaluations:
        total = ev.fund("total")
        if total is None or total.score is None or total.weight is None:
            continue
        if total.executed is not None and total.adjusted_budget is not None and total.adjusted_budget.value:
            rate = exact_rate(total.executed.value, total.adjusted_budget.value)
        elif total.rate is not None:
            rate = total.rate
        else:
            continue
        expected = min(rate, Decimal(100)) / 100 * total.weight
        if abs(expected - total.score) < 1:
            continue
        yield finding("SCORE-001", pkg, form=ev.kind, table=table_name(ev), row="年度资金总额", column="得分",
                      where=total.where, expected=fmt(expected, 2), actual=fmt(total.score),
                      message=f"「{table_name(ev)}」预算执行得分填报 {fmt(total.score)}，按执行率 {fmt(rate, 2)}% × {fmt(total.weight)} 分应约为 {fmt(expected, 2)} 分")


@rule("SCORE-002", "arithmetic", "error", "得分不得超过分值", "财预〔2020〕10号：各指标得分不超过该指标分值")
def score_over_weight(pkg: Package) -> Iterable[Finding]:
    """Each indicator row and the funds row: 得分 ≤ 分值."""
    for ev in pkg.evaluations:
        rows = [(i.name, i.weight, i.score, i.where) for i in ev.indicators]
        total = ev.fund("total")
        if total is not None:
            rows.append(("年度资金总额", total.weight, total.score, total.where))
        for name, w, s, where in rows:
            if w is not None and s is not None and s > w:
                yield finding("SCORE-002", pkg, form=ev.kind, table=table_name(ev), row=name, column="得分",
                              where=where, expected=f"≤ {fmt(w)}", actual=fmt(s),
                              message=f"「{table_name(ev)}」指标「{name}」得分 {fmt(s)} 超过分值 {fmt(w)}")


@rule("SCORE-003", "arithmetic", "error", "各一级指标下的分值之和应等于标签注明的分值", "财预〔2020〕10号 附件 自评表一级指标权重")
def level1_caps(pkg: Package) -> Iterable[Finding]:
    """Indicator tree: Σ 分值 of the rows under an 一级指标 equals the cap written in its label
    ("产出指标(50分)").  Which of the two is the slip is told by the full score (总分分值, else
    100): when the weights make it and the labels do not, the label is to be corrected to the
    weights' sum; when the labels make it, the weights under the block are to be adjusted."""
    for ev in pkg.evaluations:
        full = ev.total_weight if ev.total_weight is not None else Decimal(100)
        funds = (ev.fund("total").weight if ev.fund("total") is not None else None) or ZERO
        weights_total = sum((i.weight or ZERO for i in ev.counted()), ZERO) + funds
        labels_total = sum(ev.level1_caps.values(), ZERO) + funds
        for level1, cap in ev.level1_caps.items():
            rows = [i for i in ev.counted() if i.level1 == level1 and i.weight is not None]
            s = sum((i.weight for i in rows), ZERO)
            if s == cap:
                continue
            said = f"「{table_name(ev)}」{level1}标注 {fmt(cap)} 分，但其下 {len(rows)} 个指标分值合计 {fmt(s)} 分"
            where = rows[0].where if rows else ev.where
            if weights_total == full != labels_total:  # the label is the slip
                yield finding("SCORE-003", pkg, form=ev.kind, table=table_name(ev), row=level1, column="一级指标标注",
                              where=where, expected=fmt(s), actual=fmt(cap),
                              message=f"{said}；各项分值合计 {fmt(weights_total)} 与满分 {fmt(full)} 相符，"
                                      f"应是标注有误，应为 {fmt(s)} 分")
            elif labels_total == full != weights_total:  # the weights under the block are off
                yield finding("SCORE-003", pkg, form=ev.kind, table=table_name(ev), row=level1, column="分值",
                              where=where, expected=fmt(cap), actual=fmt(s),
                              message=f"{said}；一级指标标注合计 {fmt(labels_total)} 与满分 {fmt(full)} 相符，"
                                      f"应调整其下指标的分值，使合计为 {fmt(cap)} 分")
            else:
                yield finding("SCORE-003", pkg, form=ev.kind, table=table_name(ev), row=level1, column="分值",
                              where=where, expected=fmt(cap), actual=fmt(s), message=said)


def _parts(ev: Evaluation, attr: str) -> tuple[Decimal, Decimal | None]:
    ind = sum((getattr(i, attr) or ZERO for i in ev.counted()), ZERO)
    total = ev.fund("total")
    return ind, getattr(total, attr) if total is not None else None


@rule("SCORE-004", "arithmetic", "error", "指标分值与预算执行分值之和应为 100 且等于总分分值", "财预〔2020〕10号：自评满分 100 分")
def weights_total(pkg: Package) -> Iterable[Finding]:
    """Σ 指标分值 + 预算执行分值 = 总分 分值 = 100."""
    for ev in pkg.evaluations:
        if not ev.indicators:
            continue
        ind, funds = _parts(ev, "weight")
        s = ind + (funds or ZERO)
        for target, label in ((ev.total_weight, "总分分值"), (Decimal(100), "满分 100")):
            if target is not None and s != target:
                yield finding("SCORE-004", pkg, form=ev.kind, table=table_name(ev), row="总分", column="分值",
                              where=ev.where, expected=fmt(target), actual=fmt(s),
                              message=f"「{table_name(ev)}」指标分值合计 {fmt(ind)} + 预算执行分值 {fmt(funds or ZERO)} = {fmt(s)}，与{label}（{fmt(target)}）不符")
                break


@rule("SCORE-005", "arithmetic", "error", "指标得分与预算执行得分之和应等于总分", "财预〔2020〕10号：总分为各项得分之和")
def scores_total(pkg: Package) -> Iterable[Finding]:
    """Σ 指标得分 + 预算执行得分 = 总分 得分.  When the execution score is blank, the total
    implies one: reported as info."""
    for ev in pkg.evaluations:
        if ev.total_score is None or not ev.indicators:
            continue
        ind, funds = _parts(ev, "score")
        if funds is None:
            implied = ev.total_score - ind
            if implied != 0:
                yield finding("SCORE-005", pkg, form=ev.kind, table=table_name(ev), row="总分", column="得分",
                              where=ev.where, expected=None, actual=fmt(ev.total_score), severity="info",
                              message=f"「{table_name(ev)}」预算执行得分未填写；总分 {fmt(ev.total_score)} − 指标得分合计 {fmt(ind)} 隐含执行得分 {fmt(implied)}")
            continue
        s = ind + funds
        if s != ev.total_score:
            yield finding("SCORE-005", pkg, form=ev.kind, table=table_name(ev), row="总分", column="得分",
                          where=ev.where, expected=fmt(s), actual=fmt(ev.total_score),
                          message=f"「{table_name(ev)}」指标得分合计 {fmt(ind)} + 预算执行得分 {fmt(funds)} = {fmt(s)}，但总分填报为 {fmt(ev.total_score)}")
