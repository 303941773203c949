"""Command line: ``jixiao parse``, ``jixiao schema``, ``jixiao example``."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer
from .cli_help import ChineseCommand, ChineseGroup
from .console import consoles, safe

from typing import TYPE_CHECKING

from .cli_batch import (JsonOut, check_summary_target, incremental_option, lines_option, results, scheduler_option,
                        summary_option, write_summary)
from .cli_common import (DEBUG_HELP, LIMITS_HELP, files_argument, forms_option, json_option, load_forms, quiet_option,
                         setup, workers_option, write_output)

if TYPE_CHECKING:  # the model loads when a command reads, not for --help
    from .model import Package

app = typer.Typer(cls=ChineseGroup, add_completion=False, no_args_is_help=True, help="jixiao（绩效）：预算绩效自评材料的读取、审核与评分")
console, err = consoles()

def _summary(p: Package) -> str:
    from .batch import forms_text

    tables = len(p.basic_data) + len(p.evaluations) + len(p.final_accounts) + len(p.budget_tables)
    indicators = sum(len(e.indicators) for e in p.evaluations)
    return (
        f"[bold]{safe(p.source)}[/bold]  {safe(p.unit_name or '（单位未识别）')}  {p.year or '？'}年度"
        f"{'  [yellow]（未填写的模板）[/yellow]' if p.template else ''}\n"
        f"  表单：{forms_text(p)}\n"
        f"  表格 {tables}，指标行 {indicators}，未归位单元格 {len(p.unplaced)}，读取提示 {len(p.diagnostics)}"
    )


# --fail-on levels, in Chinese as printed and in the English of the JSON output
FAIL_ON = {"错误": "error", "error": "error", "警告": "warning", "warning": "warning", "无": "none", "none": "none"}


def _show_version(value: bool) -> None:
    if value:
        from . import __version__

        console.print(f"jixiao {__version__}")
        raise typer.Exit()


@app.callback()
def _options(
    limits: Optional[Path] = typer.Option(None, "--limits", metavar="文件", help=LIMITS_HELP),
    debug: bool = typer.Option(False, "--debug", help=DEBUG_HELP),
    version: bool = typer.Option(False, "--version", "-V", is_eager=True, callback=_show_version,
                                 help="显示 jixiao 的版本并退出"),
) -> None:
    """jixiao（绩效）：预算绩效自评材料的读取、审核与评分"""
    setup(limits, debug, err)


@app.command(cls=ChineseCommand)
def parse(
    files: list[Path] = files_argument(),
    json_out: Optional[str] = json_option("把读取的完整模型"),
    quiet: bool = quiet_option("每套材料只输出汇总，不列未归位单元格和读取提示"),
    forms: Optional[Path] = forms_option(),
    workers: Optional[int] = workers_option(),
    lines: bool = lines_option(),
    summary: Optional[Path] = summary_option(),
    incremental: Optional[Path] = incremental_option(),
    scheduler: Optional[str] = scheduler_option(),
) -> None:
    """读取材料，输出每套材料的汇总（单位、年度、表单、指标行数、未归位单元格）。"""
    from .batch import Job
    from .schema import SCHEMA_ID

    check_summary_target(summary, err)
    load_forms(forms, err)
    job = Job("parse", forms=str(forms) if forms else None, summary=summary is not None)
    rows, failed = [], 0
    with JsonOut(json_out, SCHEMA_ID, "packages", lines, err) as out:
        for r in results(files, job, err, workers, scheduler, incremental):
            rows += [r.row] if r.row else []
            if r.error is not None:
                failed += 1
                continue
            p = r.value
            out.add(p.model_dump_json())
            if json_out == "-":
                continue
            console.print(_summary(p))
            if quiet:
                continue
            for u in p.unplaced:
                console.print(f"[yellow]未归位[/yellow] {safe(u.where.file)} {safe(u.where.shown())}（{safe(u.context)}）：{safe(u.text[:80])}")
            for d in p.diagnostics:
                console.print(f"[cyan]提示[/cyan] {safe(d.where.file)} {safe(d.where.shown())}：{safe(d.message)}")
    write_summary(summary, rows, err)
    if failed:
        raise typer.Exit(code=1)


@app.command(cls=ChineseCommand)
def check(
    files: list[Path] = files_argument(),
    json_out: Optional[str] = json_option("把审核结果"),
    html_out: Optional[Path] = typer.Option(None, "--html", metavar="文件", help="写出自包含的 HTML 审核意见"),
    xlsx_out: Optional[Path] = typer.Option(None, "--xlsx", metavar="文件",
                                            help="写出审核问题清单（Excel：每条问题一行，留有“处理情况”列；另有每套材料一行的汇总表）"),
    fail_on: str = typer.Option("错误", "--fail-on", metavar="级别",
                                help="出现该级别及以上的问题时返回非零：错误、警告，或“无”（不以问题判定失败）"),
    info: bool = typer.Option(False, "--info", help="终端中也显示“提示”级别（尾数差异等）"),
    only: Optional[str] = typer.Option(None, "--only", metavar="规则编号", help="只运行这些规则（逗号分隔，如 XT-003,ZB-001；jixiao rules 列出全部）"),
    quiet: bool = quiet_option("每套材料只输出一行（错误、警告、提示的条数）"),
    forms: Optional[Path] = forms_option(),
    workers: Optional[int] = workers_option(),
    lines: bool = lines_option(),
    summary: Optional[Path] = summary_option(),
    incremental: Optional[Path] = incremental_option(),
    scheduler: Optional[str] = scheduler_option(),
) -> None:
    """审核材料：表内计算、表间一致、文字与数字、决算表、指标质量。"""
    from .batch import Job
    from .checks.render import SCHEMA_ID, print_review, render_html

    level = FAIL_ON.get(fail_on.strip().lower())
    if level is None:
        err.print("[red]错误[/red] --fail-on 只能是 错误、警告 或 无（也可写 error、warning、none）")
        raise typer.Exit(code=2)
    wanted = {x.strip() for x in only.split(",") if x.strip()} if only else None
    if wanted is not None:
        from .checks import RULES

        unknown = sorted(wanted - set(RULES))
        if unknown or not wanted:
            err.print(f"[red]错误[/red] 没有这些审核规则：{safe('、'.join(unknown) or only)}（jixiao rules 列出全部规则）")
            raise typer.Exit(code=2)
    check_summary_target(summary, err)
    load_forms(forms, err)
    job = Job("check", forms=str(forms) if forms else None, only=frozenset(wanted) if wanted else None,
              summary=summary is not None)
    levels = {"error": ("error",), "warning": ("error", "warning"), "none": ()}[level]
    keep = html_out is not None or xlsx_out is not None  # these two need every review at the end
    reviews, rows, failed, flagged = [], [], 0, False
    with JsonOut(json_out, SCHEMA_ID, "reviews", lines, err) as out:
        for r in results(files, job, err, workers, scheduler, incremental):
            rows += [r.row] if r.row else []
            if r.error is not None:
                failed += 1
                continue
            out.add(r.value.model_dump_json(by_alias=True))
            flagged = flagged or any(r.value.counts[s] for s in levels)
            reviews += [r.value] if keep else []
            if json_out != "-":
                print_review(r.value, console, show_info=info, quiet=quiet)
    if html_out:
        write_output(str(html_out), render_html(reviews), err)
    if xlsx_out:
        from .writers.findings_xlsx import findings_xlsx

        write_output(str(xlsx_out), findings_xlsx(reviews), err)
    write_summary(summary, rows, err)
    if failed or flagged:
        raise typer.Exit(code=1)


@app.command(cls=ChineseCommand)
def rules(markdown: bool = typer.Option(False, "--markdown", help="输出 docs/rules.md 的内容（供开发人员）")) -> None:
    """列出全部审核规则。"""
    from .checks.finding import CATEGORIES, RULES, SEVERITY_NAMES
    from .checks.render import rules_markdown

    if markdown:
        sys.stdout.write(rules_markdown())
        return
    for r in sorted(RULES.values(), key=lambda r: r.id):
        console.print(f"{r.id}  [{CATEGORIES[r.category]}] {SEVERITY_NAMES[r.severity]}  {safe(r.title)}")


@app.command(cls=ChineseCommand)
def forms(
    markdown: bool = typer.Option(False, "--markdown", help="输出 docs/forms.md 的内容（供开发人员）"),
    folder: Optional[Path] = forms_option(),
) -> None:
    """列出表单定义（各地模板）：识别方式与读取的字段。"""
    from .cli_common import load_forms
    from .definitions import forms_markdown

    defs = load_forms(folder, err)
    if markdown:
        sys.stdout.write(forms_markdown(defs))
        return
    for d in defs.concrete:
        console.print(f"{d.id:24} {safe(d.title)}  [dim]{safe('、'.join(d.detect.titles))}[/dim]")


@app.command(cls=ChineseCommand)
def schema(
    out: Optional[Path] = typer.Option(None, "-o", "--out", metavar="文件", help="写入文件（默认标准输出）"),
    kind: str = typer.Option("package", "--kind", metavar="种类",
                             help="package（parse --json 的输出）、check（check --json）或 score（score --json）"),
) -> None:
    """导出 --json 输出的 JSON 结构定义（供对接的程序校验）。"""
    from .checks.render import check_schema
    from .schema import package_schema

    from .scoring.schema import score_schema

    makers = {"package": package_schema, "check": check_schema, "score": score_schema}
    if kind not in makers:
        err.print(f"[red]错误[/red] --kind 只能是 {'、'.join(makers)}")
        raise typer.Exit(code=2)
    text = json.dumps(makers[kind](), ensure_ascii=False, indent=1) + "\n"
    if out:
        from .atomic import OutputError, write_text

        try:
            write_text(out, text)  # atomic; the folder must exist
        except OutputError as e:
            err.print(f"[red]错误[/red] {safe(e)}")
            raise typer.Exit(code=2)
    else:
        sys.stdout.write(text)


@app.command(cls=ChineseCommand)
def example(out: Path = typer.Argument(Path("example_package.txt"), metavar="文件",
                                       help="输出文件（所在文件夹不存在时自动创建）［默认：example_package.txt］",
                                       show_default=False)) -> None:
    """写出一份示例材料（虚构数字，官方表式），可用于试用 jixiao。"""
    from .atomic import OutputError
    from .example import write_example

    try:
        write_example(out)
    except OutputError as e:
        err.print(f"[red]错误[/red] {safe(e)}")
        raise typer.Exit(code=2)
    err.print(f"已写出示例材料 {safe(out)}")


from .cli_score import register as _register_score  # noqa: E402  (the score command lives in its own module)

from .cli_report import register as _register_report  # noqa: E402

_register_score(app)
_register_report(app)


def main() -> None:  # pragma: no cover
    app()
