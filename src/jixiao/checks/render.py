"""Outputs of the review: terminal table, JSON, self-contained HTML, docs/rules.md."""

from __future__ import annotations

import datetime as _dt
from collections import defaultdict
from importlib import resources

from jinja2 import Environment, select_autoescape
from pydantic import BaseModel
from rich.console import Console
from ..console import safe
from rich.table import Table

from ..model import Package
from .finding import CATEGORIES, RULES, SEVERITY_NAMES, SEVERITY_ORDER, Finding

SCHEMA_ID = "jixiao.check/1"
_STYLE = {"error": "bold red", "warning": "yellow", "info": "dim"}


class PackageReview(BaseModel):
    """The review of one package: who, what was read, what was found."""

    source: str
    unit_name: str | None
    year: int | None
    counts: dict[str, int]
    findings: list[Finding]


class CheckOutput(BaseModel):
    """What ``jixiao check --json`` writes."""

    schema_: str = SCHEMA_ID
    reviews: list[PackageReview]


def review(pkg: Package, findings: list[Finding]) -> PackageReview:
    counts = {s: sum(1 for f in findings if f.severity == s) for s in ("error", "warning", "info")}
    return PackageReview(source=pkg.source, unit_name=pkg.unit_name, year=pkg.year, counts=counts, findings=findings)


def check_schema() -> dict:
    from ..schema import output_schema

    return output_schema(CheckOutput, "jixiao check --json output", SCHEMA_ID)


def grouped(findings: list[Finding]) -> dict[tuple[str, str], list[Finding]]:
    """Findings by (form, table), most severe first inside each group."""
    groups: dict[tuple[str, str], list[Finding]] = defaultdict(list)
    for f in sorted(findings, key=lambda x: (SEVERITY_ORDER[x.severity], x.where.line if x.where else 0)):
        groups[(f.form, f.table or "")].append(f)
    return dict(groups)


def print_review(r: PackageReview, console: Console, show_info: bool = False, quiet: bool = False) -> None:
    """One package's findings on the terminal, grouped by form (``quiet``: only the counts line)."""
    c = r.counts
    console.print(f"[bold]{safe(r.source)}[/bold]  {safe(r.unit_name or '（单位未识别）')}  {r.year or '？'}年度："
                  f"[red]错误 {c['error']}[/red]，[yellow]警告 {c['warning']}[/yellow]，提示 {c['info']}")
    if quiet:
        return
    shown = [f for f in r.findings if show_info or f.severity != "info"]
    for (form, table), items in grouped(shown).items():
        t = Table(title=safe(f"{form}{('「' + table + '」') if table else ''}"), title_justify="left", show_lines=False, expand=True)
        t.add_column("级别", no_wrap=True)
        t.add_column("规则", no_wrap=True)
        t.add_column("位置", no_wrap=True)
        t.add_column("问题", ratio=1)
        for f in sorted(items, key=lambda x: (SEVERITY_ORDER[x.severity], x.where.line if x.where else 0)):
            t.add_row(f"[{_STYLE[f.severity]}]{SEVERITY_NAMES[f.severity]}[/]", f.rule,
                      f.where.shown() if f.where else "", safe(f.message))
        console.print(t)
    hidden = len(r.findings) - len(shown)
    if hidden:
        console.print(f"[dim]另有 {hidden} 条提示（尾数差异等）未显示，加 --info 显示[/dim]")


def _env() -> Environment:
    env = Environment(autoescape=select_autoescape(["html"]), trim_blocks=True, lstrip_blocks=True)
    env.globals.update(SEVERITY_NAMES=SEVERITY_NAMES, RULES=RULES, CATEGORIES=CATEGORIES)
    return env


def _review_order(reviews: list[PackageReview]) -> list[PackageReview]:
    """Reviews in natural order of unit name (测试2 before 测试10); unnamed units last."""
    from ..content import natural_key

    return sorted(reviews, key=lambda r: (r.unit_name is None, natural_key(r.unit_name or ""),
                                          r.year or 0, natural_key(r.source)))


def _html_summary(ordered: list[PackageReview], top_n: int = 10) -> dict:
    """The overview of a multi-package report: one row per package, totals, most-hit rules.

    Anchors are ``unit-<序号>`` (the row number), never derived from unit names."""
    rows = [{"no": i, "anchor": f"unit-{i}", "review": r,
             "verdict": "退回整改" if r.counts["error"] > 0 else "无错误"}
            for i, r in enumerate(ordered, 1)]
    totals = {s: sum(r.counts[s] for r in ordered) for s in ("error", "warning", "info")}
    hits: dict[str, int] = defaultdict(int)
    units: dict[str, int] = defaultdict(int)
    for r in ordered:
        for f in r.findings:
            hits[f.rule] += 1
        for rule_id in {f.rule for f in r.findings}:
            units[rule_id] += 1
    top = []
    for rule_id in sorted(hits, key=lambda k: (-hits[k], k))[:top_n]:
        rule_ = RULES.get(rule_id)
        top.append({"id": rule_id, "title": rule_.title if rule_ else "",
                    "severity": rule_.severity if rule_ else "", "count": hits[rule_id], "units": units[rule_id]})
    return {"rows": rows, "totals": totals, "returned": sum(1 for r in ordered if r.counts["error"] > 0),
            "top_rules": top, "full": len(ordered) > 1}


def render_html(reviews: list[PackageReview]) -> str:
    """A self-contained HTML review report (no external files, no scripts).

    It opens with a summary (汇总) linking to each package's section; with
    several packages the summary also has totals and the most-hit rules and is
    followed by a page break when printed.  Sections follow the summary order."""
    tpl = resources.files("jixiao").joinpath("templates/review.html").read_text(encoding="utf-8")
    ordered = _review_order(reviews)
    summary = _html_summary(ordered)
    return _env().from_string(tpl).render(
        reviews=ordered, sections=summary["rows"], summary=summary, grouped=grouped,
        generated=_dt.date.today().isoformat(), order=SEVERITY_ORDER,
    )


def rules_markdown() -> str:
    """docs/rules.md, generated from the registered rules."""
    lines = [
        "# Review rules",
        "",
        "Generated from the code by `jixiao rules --markdown`; do not edit by hand.",
        "Tolerances are described in `jixiao/checks/tolerance.py` (the tolerance policy).",
        "",
        "| id | category | severity | rule | basis |",
        "|---|---|---|---|---|",
    ]
    for r in sorted(RULES.values(), key=lambda r: r.id):
        lines.append(f"| {r.id} | {CATEGORIES[r.category]} | {r.severity} | {r.title} | {r.basis} |")
    lines.append("")
    for r in sorted(RULES.values(), key=lambda r: r.id):
        lines += [f"## {r.id} — {r.title}", "", r.doc, ""]
    return "\n".join(lines)
