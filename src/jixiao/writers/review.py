"""The review report (审核意见): findings of ``check`` and score differences of ``score``,
grouped by form, each with its location and a suggested correction.

:func:`review_data` builds plain data (pure), :func:`review_html` renders the
self-contained HTML template ``templates/review_report.html`` (no scripts, no
external files), :func:`review_pdf` converts it with LibreOffice (fonts embedded).
"""

from __future__ import annotations

import datetime as _dt
import tempfile
from importlib import resources
from pathlib import Path
from typing import Any

from jinja2 import Environment, select_autoescape

from ..checks import check
from ..checks.finding import FORM_NAMES, RULES, SEVERITY_NAMES, SEVERITY_ORDER, Finding
from ..model import Package
from ..scoring import RuleSet, score_package
from ..scoring.report import PackageScore, TableScore
from ..scoring.text import num
from .office import to_pdf

_DEPT, _PROJECT = FORM_NAMES["department"], FORM_NAMES["project"]
_FORM_ORDER = [FORM_NAMES[k] for k in ("basic_data", "department", "project", "self_report", "final_account",
                                       "final_account_notes", "overview", "package")]


def _location(source: str, line: int | str | None, *parts: str | None) -> str:
    """``source，place，row，column``: ``line`` a line number or a place as the original shows it."""
    bits = [f"{source}"]
    if isinstance(line, str):
        bits.append(line)
    elif line:
        bits.append(f"第 {line} 行")
    bits += [p for p in parts if p]
    return "，".join(bits)


def suggestion(f: Finding) -> str:
    """What the unit should do about a finding, in plain Chinese."""
    what = f.column or f.row or "该数字"
    if f.severity == "info":
        return "尾数差异，可不更正；如需一致，按建议值填写"
    if f.expected and f.actual:
        return f"将「{what}」由 {f.actual} 更正为 {f.expected}（或核实后说明差异原因）"
    if f.expected:
        return f"将「{what}」填写为 {f.expected}"
    return "请核实后更正，或在自评报告中说明原因"


def _finding_row(f: Finding) -> dict[str, Any]:
    rule = RULES.get(f.rule)
    return {"severity": f.severity, "severity_name": SEVERITY_NAMES[f.severity], "rule": f.rule,
            "basis": rule.basis if rule else "", "message": f.message, "suggestion": suggestion(f),
            "location": _location(f.where.file if f.where else f.file, f.where.shown() if f.where else None,
                                  f.row, f.column)}


def _score_rows(t: TableScore, source: str) -> list[dict[str, Any]]:
    out = []
    for i in t.indicators:
        if i.status not in ("differs", "missing"):
            continue
        fix = (f"将「{i.name}」得分由 {num(i.reported)} 改为 {num(i.recomputed)}" if i.reported is not None
               else f"填写「{i.name}」得分 {num(i.recomputed)}")
        out.append({"location": _location(source, i.line, "三级指标"), "what": i.name, "reported": num(i.reported),
                    "recomputed": num(i.recomputed), "reason": i.reason, "suggestion": fix})
    e = t.execution
    if e.status in ("differs", "missing"):
        out.append({"location": _location(source, e.line, "年度资金总额", "自评得分"), "what": "预算执行率得分",
                    "reported": num(e.reported), "recomputed": num(e.recomputed), "reason": e.reason,
                    "suggestion": f"将执行率得分由 {num(e.reported)} 改为 {num(e.recomputed)}"})
    if t.reported_sum.matches is False:
        out.append({"location": _location(source, t.line, "总分"), "what": "填报合计",
                    "reported": num(t.reported_total), "recomputed": num(t.reported_sum.indicator_sum + (
                        t.reported_sum.execution or 0)), "reason": t.reported_sum.message,
                    "suggestion": "总分应等于各项得分之和，请更正总分或各项得分"})
    if not t.advisable:
        out.append({"location": _location(source, t.line, "总分"), "what": "分值结构",
                    "reported": num(t.reported_total), "recomputed": "",
                    "reason": " + ".join(f"{s.level1} {num(s.recomputed)}" for s in t.level1_sums)
                              + f" = {num(t.recomputed_total)}，满分 {num(t.full_score)}",
                    "suggestion": f"{t.structure_fix}；分值更正后再复核总分和等级"})
    elif t.recomputed_total is not None and t.reported_total is not None and t.recomputed_total != t.reported_total:
        out.append({"location": _location(source, t.line, "总分"), "what": "复核总分",
                    "reported": num(t.reported_total), "recomputed": num(t.recomputed_total),
                    "reason": " + ".join(f"{s.level1} {num(s.recomputed)}" for s in t.level1_sums)
                              + f" = {num(t.recomputed_total)}",
                    "suggestion": f"按复核结果，总分为 {num(t.recomputed_total)}，等级「{t.recomputed_grade or '—'}」"})
    for s in t.structure:
        out.append({"location": _location(source, t.line), "what": "分值结构", "reported": "", "recomputed": "",
                    "reason": s, "suggestion": "请按评分规则调整分值，或说明依据"})
    return out


def review_data(pkg: Package, findings: list[Finding] | None = None, scored: PackageScore | None = None,
                rules: RuleSet | None = None) -> dict[str, Any]:
    """One package's review as plain data for the template."""
    findings = check(pkg) if findings is None else findings
    scored = scored or score_package(pkg, rules)
    groups: dict[tuple[str, str], dict[str, Any]] = {}

    def group(form: str, table: str | None) -> dict[str, Any]:
        key = (form, table or "")
        if key not in groups:
            groups[key] = {"form": form, "table": table or "", "findings": [], "scores": []}
        return groups[key]

    for ev in pkg.evaluations:  # forms in document order, even when they have nothing to report
        group(_DEPT if ev.kind == "department" else _PROJECT, ev.name or ev.unit_name or ev.title)
    for f in sorted(findings, key=lambda x: (SEVERITY_ORDER[x.severity], x.where.line if x.where else 0)):
        group(f.form, f.table)["findings"].append(_finding_row(f))
    for t in scored.tables:
        rows = _score_rows(t, pkg.source)
        if rows:
            group(_DEPT if t.kind == "department" else _PROJECT, t.name or t.title)["scores"].extend(rows)
    for n in scored.narratives:
        if n.matches is False:
            group(FORM_NAMES["self_report"], None)["scores"].append(
                {"location": _location(pkg.source, n.line), "what": "评价得分", "reported": num(n.stated_total),
                 "recomputed": num(n.computed_total), "reason": n.message,
                 "suggestion": f"按各项得分合计，评价得分为 {num(n.computed_total)}，等级「{n.recomputed_grade or '—'}」"})
    ordered = sorted(groups.values(), key=lambda g: _FORM_ORDER.index(g["form"]) if g["form"] in _FORM_ORDER else 99)
    ordered = [g for g in ordered if g["findings"] or g["scores"]]
    summary = [{"what": s.what, "line": s.line, "reported": num(s.reported_total),
                "recomputed": num(s.recomputed_total) if s.advisable else "分值结构有误，暂不复核",
                "reported_grade": s.reported_grade or "—", "recomputed_grade": s.recomputed_grade or "—",
                "changed": s.reported_grade != s.recomputed_grade} for s in scored.summary]
    counts = {s: sum(1 for f in findings if f.severity == s) for s in ("error", "warning", "info")}
    diffs = sum(len(t.differences) + (t.execution.status == "differs") for t in scored.tables)
    return {"source": pkg.source, "unit": pkg.unit_name, "year": pkg.year, "counts": counts,
            "ruleset": scored.ruleset, "ruleset_reason": scored.ruleset_reason, "score_diffs": diffs,
            "summary": summary, "groups": ordered}


def _template(templates: Path | None) -> str:
    if templates is not None:
        p = Path(templates) / "review_report.html"
        if p.exists():
            return p.read_text(encoding="utf-8")
    return resources.files("jixiao").joinpath("templates/review_report.html").read_text(encoding="utf-8")


def review_html(reviews: list[dict[str, Any]], templates: Path | None = None, generated: str | None = None) -> str:
    env = Environment(autoescape=select_autoescape(["html"], default=True), trim_blocks=True, lstrip_blocks=True)
    return env.from_string(_template(templates)).render(
        reviews=reviews, generated=generated or _dt.date.today().isoformat())


def review_pdf(html: str, name: str = "审核意见") -> bytes:
    """The HTML review converted to PDF by LibreOffice (CJK font embedded).

    The HTML and the PDF live in a private temporary folder, removed on every way out
    (result, OfficeError, any other exception; a failing clean-up is ignored rather than
    turning a finished conversion into an error).  A temporary file that cannot be
    written or read (disk full, ...) is an :class:`OfficeError`, like a failed conversion."""
    from .office import OfficeError

    try:
        with tempfile.TemporaryDirectory(prefix="jixiao-review-", ignore_cleanup_errors=True) as d:
            src = Path(d) / f"{name}.html"
            src.write_text(html, encoding="utf-8")
            return to_pdf(src, Path(d) / "out").read_bytes()
    except OSError as e:
        raise OfficeError(f"无法生成 PDF（临时文件：{e.strerror or e}）") from None
