"""Agreement across the tables of one package (表间一致), with 元/万元 conversion."""

from __future__ import annotations

from decimal import Decimal
from typing import Iterable

from ..model import Amount, BasicData, ControlRow, FinalAccountTable, Package
from ..values import MoneyUnit, squash
from .finding import Finding, finding, fmt, rule, table_name
from .tolerance import same_figure

WAN = MoneyUnit.WAN


def in_wan(a: Amount | None, default: MoneyUnit | None = WAN) -> Decimal | None:
    """An amount in 万元; a cell with no unit of its own takes its table's (``default``); with
    no unit anywhere it cannot be compared (None), never guessed."""
    if a is None:
        return None
    unit = a.unit or default
    if unit is None:
        return None
    return a.value if unit == WAN else Amount(value=a.value, unit=unit).to(WAN)


def _name_key(s: str) -> str:
    import re

    s = squash(s)
    s = re.sub(r"^\d+[、.．]", "", s)
    return s


def _match_project(name: str, bd: BasicData) -> ControlRow | None:
    key = _name_key(name)
    rows = [r for r in bd.rows if r.key == "project_item"]
    exact = [r for r in rows if _name_key(r.label) == key]
    if exact:
        return exact[0]
    near = [r for r in rows if len(_name_key(r.label)) >= 2 and (_name_key(r.label) in key or key in _name_key(r.label))]
    return near[0] if len(near) == 1 else None


def _final_col(bd: BasicData) -> int | None:
    """Index of the current-year 决算数 column of the 基础数据表."""
    for i, c in enumerate(bd.columns):
        if "决算" in c and i == len(bd.columns) - 1:
            return i
    return len(bd.columns) - 1 if bd.columns else None


@rule("XT-001", "cross-table", "error", "项目表的全年执行数应与基础数据表该项目的决算数一致", "基础数据表与项目支出绩效自评表同一项目数据应一致")
def project_vs_basic(pkg: Package) -> Iterable[Finding]:
    """A project's 全年执行数 in its own 项目支出绩效自评表 equals its row in the 基础数据表
    (current-year 决算数), after converting 元 to 万元."""
    for bd in pkg.basic_data:
        col = _final_col(bd)
        if col is None:
            continue
        for ev in pkg.project_evaluations:
            total = ev.fund("total")
            if not ev.name or total is None or total.executed is None:
                continue
            row = _match_project(ev.name, bd)
            if row is None or col >= len(row.values) or row.values[col] is None:
                continue
            mine = in_wan(total.executed, ev.money_unit or WAN)
            theirs = in_wan(row.values[col], bd.money_unit or WAN)
            if mine is None or theirs is None or same_figure(mine, theirs):
                continue
            unit_note = f"（项目表以{ev.money_unit.value}填列，已换算为万元）" if ev.money_unit and ev.money_unit != WAN else ""
            yield finding("XT-001", pkg, form="project", table=table_name(ev), row="年度资金总额", column="全年执行数",
                          where=total.where, expected=fmt(theirs), actual=fmt(mine),
                          message=f"项目「{ev.name}」全年执行数 {fmt(mine)} 万元{unit_note}，基础数据表「{row.label}」{bd.columns[col]}为 {fmt(theirs)} 万元")


def _basic_data_value(pkg: Package, key: str, col_offset: int = 0) -> tuple[Decimal, ControlRow, BasicData] | None:
    """A row's current-year 决算数 (col_offset 0) or 预算数 (col_offset -1) in 万元."""
    for bd in pkg.basic_data:
        row = bd.row(key)
        col = _final_col(bd)
        if col is not None:
            col += col_offset
        if row is not None and col is not None and 0 <= col < len(row.values) and row.values[col] is not None:
            return in_wan(row.values[col], bd.money_unit or WAN), row, bd
    return None


def _fa(pkg: Package, kind: str) -> FinalAccountTable | None:
    return pkg.final_account(kind)


def _fa_total(t: FinalAccountTable, column: str) -> Decimal | None:
    line = next((x for x in t.lines if squash(x.name) in ("合计", "总计") and not x.code), None)
    if line is None:
        return None
    for col, a in line.amounts.items():
        if squash(column) in squash(col) and a is not None:
            return a.value
    return None


def _column_numbers_consecutive(t: FinalAccountTable) -> bool:
    """True when the 栏次 row (1 2 3 …) runs without gaps, i.e. the columns were not collapsed."""
    for row in t.header_rows:
        nums = [squash(c) for c in row if squash(c).isascii() and squash(c).isdigit()]
        if len(nums) >= 3 and len(nums) == len([c for c in row if squash(c)]):
            return [int(n) for n in nums] == list(range(int(nums[0]), int(nums[0]) + len(nums)))
    return True


@rule("XT-002", "cross-table", "error", "基础数据表的三公经费决算数应与公开09表一致", "部门决算公开09表与绩效基础数据表口径一致")
def three_public_vs_09(pkg: Package) -> Iterable[Finding]:
    """三公经费 current-year 决算数 in the 基础数据表 equals the 决算数 合计 of 公开09表.  When the
    09 table's columns were collapsed in the export (its 栏次 row has gaps), the comparison is not
    attempted and an info finding says so."""
    t = _fa(pkg, "three_public")
    got = _basic_data_value(pkg, "three_public")
    if t is None or got is None or not t.lines:
        return
    value, row, bd = got
    if not _column_numbers_consecutive(t):
        yield finding("XT-002", pkg, form="final_account", table=t.label, where=t.where, severity="info",
                      message=f"{t.short}的列次（栏次）不连续，导出时列已错位，三公经费决算合计无法与基础数据表（{fmt(value)} 万元）自动比对，请人工核对")
        return
    cols = [(col, a) for col, a in t.lines[0].amounts.items() if a is not None]
    finals = [a.value for col, a in cols if "决算" in col and "合计" in squash(col)]
    if not finals:
        return
    if not same_figure(value, finals[0]):
        yield finding("XT-002", pkg, form="basic_data", table=bd.title, row=row.label, column=bd.columns[-1],
                      where=row.where, expected=fmt(finals[0]), actual=fmt(value),
                      message=f"基础数据表三公经费决算数 {fmt(value)} 万元，{t.short}三公经费决算合计 {fmt(finals[0])} 万元")


@rule("XT-003", "cross-table", "warning", "基本支出、项目支出在各表中应一致", "同一套材料中同一数字应一致")
def basic_project_everywhere(pkg: Package) -> Iterable[Finding]:
    """部门整体自评表 按支出性质分 (基本支出/项目支出) equals 公开03表 合计 and the 基础数据表
    项目支出 决算数."""
    t03 = _fa(pkg, "expenditure")
    got_project = _basic_data_value(pkg, "project")
    for ev in pkg.department_evaluations:
        for name, col in (("基本支出", "基本支出"), ("项目支出", "项目支出")):
            a = ev.by_nature.get(name)
            if a is None:
                continue
            mine = in_wan(a, ev.money_unit or WAN)
            others: list[tuple[str, Decimal]] = []
            if t03 is not None:
                v = _fa_total(t03, col)
                if v is not None:
                    others.append((f"{t03.short}合计", v))
            if name == "项目支出" and got_project is not None:
                # the split is written as budget in some packages and as final in others:
                # it must match one of the two current-year columns
                budget = _basic_data_value(pkg, "project", -1)
                if not (budget is not None and same_figure(mine, budget[0])):
                    others.append((f"基础数据表{got_project[2].columns[-1]}", got_project[0]))
            for where_name, v in others:
                if not same_figure(mine, v):
                    yield finding("XT-003", pkg, form="department", table=table_name(ev), row="按支出性质分", column=name,
                                  where=ev.where, expected=fmt(v), actual=fmt(mine),
                                  message=f"部门整体自评表{name} {fmt(mine)} 万元，{where_name}为 {fmt(v)} 万元")


@rule("XT-004", "cross-table", "error", "部门整体自评表全年执行数应与决算支出合计一致", "部门整体支出 = 部门决算本年支出合计")
def executed_vs_final_accounts(pkg: Package) -> Iterable[Finding]:
    """部门整体自评表 年度资金总额 全年执行数 equals 公开03表 本年支出合计."""
    t03 = _fa(pkg, "expenditure")
    if t03 is None:
        return
    v = _fa_total(t03, "本年支出")
    for ev in pkg.department_evaluations:
        total = ev.fund("total")
        if v is None or total is None or total.executed is None:
            continue
        mine = in_wan(total.executed, ev.money_unit or WAN)
        if not same_figure(mine, v):
            yield finding("XT-004", pkg, form="department", table=table_name(ev), row="年度资金总额", column="全年执行数",
                          where=total.where, expected=fmt(v), actual=fmt(mine),
                          message=f"部门整体自评表全年执行数 {fmt(mine)} 万元，{t03.short}本年支出合计 {fmt(v)} 万元")
