"""Findings (审核发现) and the rule registry.

A rule is a small function registered with its stable id, category, severity,
one-line description and the regulation or convention it rests on.  Rules
return findings; they never raise on bad input (problems are data).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Callable, Iterable, Literal

from pydantic import BaseModel, Field

from ..model import Evaluation, Package, Where

Severity = Literal["error", "warning", "info"]
SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
SEVERITY_NAMES = {"error": "错误", "warning": "警告", "info": "提示"}

FORM_NAMES = {
    "basic_data": "基础数据表",
    "department": "部门整体支出绩效自评表",
    "project": "项目支出绩效自评表",
    "self_report": "自评报告",
    "final_account_notes": "部门决算情况说明",
    "final_account": "部门决算公开表",
    "overview": "部门概况",
    "package": "整套材料",
}


class Finding(BaseModel):
    """One problem found in a package (审核发现)."""

    rule: str = Field(description="stable rule id, e.g. SUM-001")
    severity: Severity
    category: str
    file: str
    form: str = Field(description="form name in Chinese, e.g. 项目支出绩效自评表")
    table: str | None = Field(None, description="table title or project name")
    row: str | None = Field(None, description="row label")
    column: str | None = None
    expected: str | None = None
    actual: str | None = None
    message: str = Field(description="plain Chinese for a finance clerk")
    where: Where | None = None


@dataclass(frozen=True)
class Rule:
    id: str
    category: str
    severity: Severity
    title: str
    basis: str
    fn: Callable[[Package], Iterable[Finding]]

    @property
    def doc(self) -> str:
        return (self.fn.__doc__ or "").strip()


RULES: dict[str, Rule] = {}

CATEGORIES = {
    "arithmetic": "表内计算",
    "cross-table": "表间一致",
    "narrative": "文字与数字",
    "final-accounts": "决算表",
    "indicators": "指标质量",
    "reading": "读取",
    "internal": "内部错误",
}


def rule(id: str, category: str, severity: Severity, title: str, basis: str):
    """Register a rule function ``fn(package) -> Iterable[Finding]``."""

    def deco(fn: Callable[[Package], Iterable[Finding]]):
        if id in RULES:
            raise ValueError(f"duplicate rule id {id}")
        RULES[id] = Rule(id, category, severity, title, basis, fn)
        return fn

    return deco


def fmt(d: Decimal | None, places: int | None = None) -> str:
    """Format a number for a message: no exponent, trailing zeros kept as computed."""
    if d is None:
        return "（空）"
    if places is not None:
        try:
            d = d.quantize(Decimal(1).scaleb(-places))
        except InvalidOperation:  # more digits than the context holds: shown as computed
            pass
    return format(d, "f")


def table_name(ev: Evaluation) -> str:
    return ev.name or ev.unit_name or ev.title


def finding(rule_id: str, pkg: Package, *, form: str, message: str, where: Where | None = None,
            table: str | None = None, row: str | None = None, column: str | None = None,
            expected: str | None = None, actual: str | None = None, severity: Severity | None = None) -> Finding:
    r = RULES[rule_id]
    return Finding(rule=rule_id, severity=severity or r.severity, category=r.category, file=pkg.source,
                   form=FORM_NAMES.get(form, form), table=table, row=row, column=column,
                   expected=expected, actual=actual, message=message, where=where)
