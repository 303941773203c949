"""``jixiao score``: reported vs recomputed scores and grades, with the reason of each difference."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from .cli_help import ChineseCommand
from .console import consoles, safe

from .cli_batch import (JsonOut, check_summary_target, incremental_option, lines_option, results, scheduler_option,
                        summary_option, write_summary)
from .cli_common import (files_argument, forms_option, json_option, load_forms, load_rules, quiet_option,
                         ruleset_option, workers_option)
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the scoring engine loads when scoring, not for --help
    from .scoring.report import ItemScore, PackageScore, TableScore


def num(x) -> str:
    """:func:`jixiao.scoring.text.num`, imported when first used (not for ``--help``)."""
    from .scoring.text import num as _num

    return _num(x)

_STATUS = {"differs": "[red]不符[/red]", "missing": "[yellow]未填[/yellow]", "unscorable": "[cyan]无法计分[/cyan]",
           "over_cap": "[red]超分值[/red]", "match": "一致", "not_applicable": "不适用"}


def _table_lines(t: TableScore, show_all: bool) -> list[str]:
    kind = "部门整体自评表" if t.kind == "department" else "项目自评表"
    out = [f"[bold]{kind}[/bold] 第 {t.line} 行  {safe(t.name or t.title)}"]
    for i in t.indicators:
        if i.status in ("differs", "missing", "unscorable") or show_all:
            out.append(f"  {_STATUS[i.status]} 第 {i.line} 行 {safe(i.name)}：{safe(i.reason)}")
    quiet = sum(1 for i in t.indicators if i.status == "match")
    if quiet and not show_all:
        out.append(f"  另有 {quiet} 项指标复核一致")
    e = t.execution
    out.append(f"  {_STATUS[e.status]} 预算执行率：{safe(e.reason)}")
    sc = t.reported_sum
    mark = "[red]不符[/red]" if sc.matches is False else ("一致" if sc.matches else "[yellow]待核[/yellow]")
    out.append(f"  {mark} 填报合计：{safe(sc.message)}")
    parts = " + ".join(f"{safe(r.level1)} {num(r.recomputed)}" for r in t.level1_sums)
    if t.advisable:
        out.append(f"  复核总分：{parts} = {num(t.recomputed_total)}；填报总分 {num(t.reported_total)}"
                   f"；等级 填报「{t.reported_grade or '—'}」→ 复核「{t.recomputed_grade or '—'}」")
    else:
        out.append(f"  [red]分值结构有误[/red] 按现有分值合计 {parts} = {num(t.recomputed_total)}，满分 "
                   f"{num(t.full_score)}，不作为复核总分：{safe(t.structure_fix)}")
    for s in t.structure:
        out.append(f"  [magenta]分值结构[/magenta] {safe(s)}")
    return out


def _item_lines(items: list[ItemScore], depth: int) -> list[str]:
    out: list[str] = []
    for i in items:
        out.append(f"{'  ' * depth}{_STATUS[i.status]} 第 {i.line} 行 {safe(i.label)}：{safe(i.reason)}")
        out.extend(_item_lines(i.children, depth + 1))
    return out


def _package_lines(p: PackageScore, show_all: bool, quiet: bool = False) -> list[str]:
    out = [f"[bold]{safe(p.source)}[/bold]  {safe(p.unit_name or '（单位未识别）')}  {p.year or '？'}年度",
           f"  评分规则集：{p.ruleset}（{safe(p.ruleset_reason)}）"]
    for t in [] if quiet else p.tables:
        out.extend(_table_lines(t, show_all))
    for n in [] if quiet else p.narratives:
        out.append(f"[bold]自评报告[/bold] 第 {n.line} 行  {safe(n.title)}")
        out.extend(_item_lines(n.items, 1))
        out.append(f"  {'一致' if n.matches else '[red]不符[/red]'} {safe(n.message)}")
    out.append("[bold]汇总[/bold]（填报总分/等级 → 复核总分/等级）")
    for g in p.summary:
        if not g.advisable:
            out.append(f"  第 {g.line} 行 {safe(g.what)}：{num(g.reported_total)}「{g.reported_grade or '—'}」→ "
                       "[red]分值结构有误，暂不复核[/red]")
            continue
        changed = " [red]等级变化[/red]" if g.reported_grade != g.recomputed_grade else ""
        out.append(f"  第 {g.line} 行 {safe(g.what)}：{num(g.reported_total)}「{g.reported_grade or '—'}」→ "
                   f"{num(g.recomputed_total)}「{g.recomputed_grade or '—'}」{changed}")
    return out


def register(app: typer.Typer) -> None:
    """Add the ``score`` command to ``app``."""

    @app.command(cls=ChineseCommand)
    def score(
        files: list[Path] = files_argument(required=False),
        rules: Optional[str] = ruleset_option(),
        json_out: Optional[str] = json_option("把评分结果"),
        show_all: bool = typer.Option(False, "--all", help="列出全部指标（默认只列不符、未填和无法计分的）"),
        quiet: bool = quiet_option("每套材料只输出汇总（填报与复核的总分、等级）"),
        list_rules: bool = typer.Option(False, "--list-rules", help="列出可用的评分规则集"),
        forms: Optional[Path] = forms_option(),
        workers: Optional[int] = workers_option(),
        lines: bool = lines_option(),
        summary: Optional[Path] = summary_option(),
        incremental: Optional[Path] = incremental_option(),
        scheduler: Optional[str] = scheduler_option(),
    ) -> None:
        """复核得分：逐表列出填报得分与按规则重算的得分、执行率得分、总分和等级，并说明每处差异。"""
        from .batch import Job
        from .scoring import available, load_ruleset
        from .scoring.report import SCHEMA_ID

        console, err = consoles()
        if list_rules:
            for name in available():
                rs = load_ruleset(name)
                console.print(f"{name}：{safe(rs.title)}")
            return
        if not files:
            err.print("[red]错误[/red] 请给出材料文件")
            raise typer.Exit(code=2)
        load_rules(rules, err)  # an unknown rule set is refused before any work
        check_summary_target(summary, err)
        load_forms(forms, err)
        job = Job("score", forms=str(forms) if forms else None, rules=rules or None, summary=summary is not None)
        rows, failed = [], 0
        with JsonOut(json_out, SCHEMA_ID, "packages", lines, err) as out:
            for r in results(files, job, err, workers, scheduler, incremental):
                rows += [r.row] if r.row else []
                if r.error is not None:
                    failed += 1
                    continue
                out.add(r.value.model_dump_json(by_alias=True))
                if json_out != "-":
                    for line in _package_lines(r.value, show_all, quiet):
                        console.print(line, soft_wrap=True)
        write_summary(summary, rows, err)
        if failed:
            raise typer.Exit(code=1)
