"""部门决算 公开01–09表: code hierarchies and agreement between the tables (决算表)."""

from __future__ import annotations

import re
from collections import defaultdict
from decimal import Decimal
from typing import Iterable

from ..model import AccountLine, FinalAccountTable, Package
from ..values import squash
from .finding import Finding, finding, fmt, rule
from .tolerance import same_figure, sum_allowance, sum_verdict, sum_verdict_of

BASIS = "政府收支分类科目（功能分类 类/款/项，经济分类 类/款）；部门决算公开表编制说明"
ZERO = Decimal(0)


def _value(line: AccountLine, col: str) -> Decimal | None:
    a = line.amounts.get(col)
    return a.value if a is not None else None


def _hierarchy_findings(pkg: Package, t: FinalAccountTable, rule_id: str, lines: list[AccountLine],
                        parent_len: int, child_len: int, what: str) -> Iterable[Finding]:
    kids_of: dict[str, list[AccountLine]] = defaultdict(list)  # parent code -> its lines below
    for x in lines:
        if x.code and len(x.code) == child_len:
            kids_of[x.code[:parent_len]].append(x)
    sums: dict[tuple[str, str], tuple[list[Decimal], Decimal, Decimal]] = {}  # once per code and column
    for p in (x for x in lines if x.code and len(x.code) == parent_len):
        kids = kids_of.get(p.code)
        if not kids:
            continue
        cols = {c for x in [p, *kids] for c in x.amounts}
        for col in sorted(cols, key=lambda c: t.columns.index(c) if c in t.columns else 99):
            total = _value(p, col)
            if (p.code, col) not in sums:
                parts = [v for v in (_value(k, col) for k in kids) if v is not None]
                sums[(p.code, col)] = parts, sum(parts, ZERO), sum_allowance(parts)
            parts, s, allowance = sums[(p.code, col)]
            if total is None and not parts:
                continue
            verdict = sum_verdict_of(total or ZERO, s, allowance)
            if verdict == "ok":
                continue
            yield finding(rule_id, pkg, form="final_account", table=t.label, row=f"{p.code} {p.name}", column=col,
                          where=p.where, expected=fmt(s), actual=fmt(total),
                          severity="info" if verdict == "rounding" else None,
                          message=f"{t.short}「{p.code} {p.name}」{col} {fmt(total)}，其下{what} {len(parts)} 行合计 {fmt(s)}"
                                  + ("（尾数误差范围内）" if verdict == "rounding" else ""))


@rule("FA-001", "final-accounts", "error", "功能分类：类 = Σ款，款 = Σ项（按科目代码前缀）", BASIS)
def function_hierarchy(pkg: Package) -> Iterable[Finding]:
    """公开02/03/05/07/08: a 类 (3-digit code) equals the sum of its 款 (5-digit), a 款 the sum of
    its 项 (7-digit), for every amount column."""
    for t in pkg.final_accounts:
        if t.kind == "general_public_basic":
            continue
        lines = [x for x in t.lines if x.code]
        yield from _hierarchy_findings(pkg, t, "FA-001", lines, 3, 5, "款")
        yield from _hierarchy_findings(pkg, t, "FA-001", lines, 5, 7, "项")


_CLASS_LINE = re.compile(r"^[一二三四五六七八九十]+、.*支出$")


def _total_vs_classes(pkg: Package, t: FinalAccountTable, total: AccountLine, classes: list[AccountLine],
                      row: str) -> Iterable[Finding]:
    for col in total.amounts:
        tv = _value(total, col)
        parts = [v for v in (_value(c, col) for c in classes) if v is not None]
        if tv is None or not parts:
            continue
        verdict = sum_verdict(tv, parts)
        if verdict != "ok":
            s = sum(parts, ZERO)
            yield finding("FA-002", pkg, form="final_account", table=t.label, row=row, column=col,
                          where=total.where, expected=fmt(s), actual=fmt(tv),
                          severity="info" if verdict == "rounding" else None,
                          message=f"{t.short}{row}{col} {fmt(tv)}，各类合计 {fmt(s)}")


@rule("FA-002", "final-accounts", "error", "合计行应等于各类之和", BASIS)
def total_of_classes(pkg: Package) -> Iterable[Finding]:
    """公开02/03/05: the 合计 row equals the sum of the 类 (3-digit) rows, for every column;
    公开01/04: 本年支出合计 equals the sum of the 支出 side's 类 lines (一、一般公共服务支出 …)."""
    for t in pkg.final_accounts:
        if t.kind in ("income_expenditure_summary", "fiscal_summary"):
            total = next((x for x in t.lines if squash(x.name) == "本年支出合计"), None)
            classes = [x for x in t.lines if x.side and "支" in squash(x.side) and _CLASS_LINE.match(squash(x.name))]
            row = "本年支出合计"
        elif t.kind != "general_public_basic":
            total = next((x for x in t.lines if not x.code and squash(x.name) == "合计"), None)
            classes = [x for x in t.lines if x.code and len(x.code) == 3]
            row = "合计行"
        else:
            continue
        if total is not None and classes:
            yield from _total_vs_classes(pkg, t, total, classes, row)


def _col(t: FinalAccountTable, *names: str) -> str | None:
    for c in t.columns:
        if any(squash(n) in squash(c) for n in names):
            return c
    return None


@rule("FA-003", "final-accounts", "error", "支出合计应等于基本支出 + 项目支出", BASIS)
def basic_plus_project(pkg: Package) -> Iterable[Finding]:
    """公开03/05: for every row, 合计 (本年支出合计/小计) = 基本支出 + 项目支出 (+ other expenditure
    columns when filled)."""
    for t in pkg.final_accounts:
        if t.kind not in ("expenditure", "general_public", "gov_fund", "state_capital"):
            continue
        total_col = _col(t, "本年支出合计", "小计", "本年支出/合计")
        parts_cols = [c for c in t.columns if c != total_col and any(k in squash(c) for k in ("基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"))]
        if total_col is None or not parts_cols:
            continue
        for x in t.lines:
            tv = _value(x, total_col)
            parts = [v for v in (_value(x, c) for c in parts_cols) if v is not None]
            if tv is None or not parts:
                continue
            verdict = sum_verdict(tv, parts)
            if verdict != "ok":
                s = sum(parts, ZERO)
                yield finding("FA-003", pkg, form="final_account", table=t.label, row=f"{x.code or ''} {x.name}".strip(),
                              column=total_col, where=x.where, expected=fmt(s), actual=fmt(tv),
                              severity="info" if verdict == "rounding" else None,
                              message=f"{t.short}「{x.code or ''}{x.name}」支出合计 {fmt(tv)}，基本支出与项目支出之和 {fmt(s)}")


def _named(t: FinalAccountTable, *names: str) -> Decimal | None:
    for x in t.lines:
        if any(squash(x.name).endswith(squash(n)) for n in names):
            vals = [a.value for a in x.amounts.values() if a is not None]
            if vals:
                return vals[0]
    return None


@rule("FA-004", "final-accounts", "error", "公开01、03、04、05表的支出合计应一致", BASIS)
def totals_agree(pkg: Package) -> Iterable[Finding]:
    """The year's expenditure total agrees across 公开01 (本年支出合计), 公开03 (合计), 公开04
    (本年支出合计) and 公开05 (合计, when all spending is 一般公共预算 funded)."""
    figures: list[tuple[str, Decimal]] = []
    for t in pkg.final_accounts:
        v = None
        if t.kind in ("income_expenditure_summary", "fiscal_summary"):
            v = _named(t, "本年支出合计")
        elif t.kind in ("expenditure", "general_public"):
            total = next((x for x in t.lines if not x.code and squash(x.name) == "合计"), None)
            if total is not None:
                vals = [a.value for a in total.amounts.values() if a is not None]
                v = vals[0] if vals else None
        if v is not None:
            figures.append((t, v))
    if len(figures) < 2:
        return
    ref_t, ref = figures[0]
    for t, v in figures[1:]:
        if not same_figure(v, ref):
            yield finding("FA-004", pkg, form="final_account", table=t.label, row="支出合计", where=t.where,
                          expected=fmt(ref), actual=fmt(v),
                          severity="warning" if t.kind == "general_public" else None,
                          message=f"{t.short}支出合计 {fmt(v)} 与{ref_t.short} {fmt(ref)} 不一致")


@rule("FA-005", "final-accounts", "error", "公开06表：人员经费 + 公用经费 = 基本支出；经济分类类 = Σ款", BASIS)
def basic_detail(pkg: Package) -> Iterable[Finding]:
    """公开06: 人员经费合计 + 公用经费合计 = 公开05 基本支出合计; each 经济分类 类 (301, 302 …)
    equals the sum of its 款 (30101 …)."""
    t06 = pkg.final_account("general_public_basic")
    if t06 is None:
        return
    lines = [x for x in t06.lines if x.code]
    for p in [x for x in lines if len(x.code) == 3]:
        kids = [x for x in lines if len(x.code) == 5 and x.code.startswith(p.code)]
        pv = next((a.value for a in p.amounts.values() if a is not None), None)
        parts = [a.value for k in kids for a in k.amounts.values() if a is not None]
        if not parts and pv is None:
            continue
        verdict = sum_verdict(pv or ZERO, parts)
        if verdict != "ok":
            s = sum(parts, ZERO)
            yield finding("FA-005", pkg, form="final_account", table=t06.label, row=f"{p.code} {p.name}",
                          where=p.where, expected=fmt(s), actual=fmt(pv), severity="info" if verdict == "rounding" else None,
                          message=f"{t06.short}「{p.code} {p.name}」{fmt(pv)}，其下各款合计 {fmt(s)}" + ("（尾数误差范围内）" if verdict == "rounding" else ""))
    staff, public = _named(t06, "人员经费合计"), _named(t06, "公用经费合计")
    t05 = pkg.final_account("general_public")
    if staff is None or public is None or t05 is None:
        return
    col = _col(t05, "基本支出")
    total = next((x for x in t05.lines if not x.code and squash(x.name) == "合计"), None)
    basic = _value(total, col) if total is not None and col else None
    if basic is None:
        return
    verdict = sum_verdict(basic, [staff, public])
    if verdict != "ok":
        yield finding("FA-005", pkg, form="final_account", table=t06.label, row="人员经费合计 + 公用经费合计",
                      where=t06.where, expected=fmt(basic), actual=fmt(staff + public),
                      severity="info" if verdict == "rounding" else None,
                      message=f"{t06.short}人员经费 {fmt(staff)} + 公用经费 {fmt(public)} = {fmt(staff + public)}，{t05.short}基本支出合计 {fmt(basic)}")
