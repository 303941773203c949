"""``jixiao report``: write the 自评报告, the 附件 forms and the review report of a package;
``--review-only``: only the 审核意见 / 整改通知 (.docx) the 财政局 sends the unit."""

from __future__ import annotations

import datetime as _dt
import re
from pathlib import Path
from typing import Optional

import typer
from .cli_common import forms_option, ruleset_option
from .cli_help import ChineseCommand
from .console import consoles, safe

KINDS = {"report", "forms", "review"}
NOTICE_KIND = "notice"
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _deadline(text: str | None, err) -> _dt.date | None:
    """``--deadline YYYY-MM-DD`` as a date (exit 2 when it is not one)."""
    if text is None:
        return None
    try:
        if not _ISO_DATE.fullmatch(text.strip()):
            raise ValueError(text)
        return _dt.date.fromisoformat(text.strip())
    except ValueError:
        err.print(f"[red]错误[/red] --deadline 应为“年-月-日”格式的日期（如 2025-06-30）：{safe(text)}")
        raise typer.Exit(code=2)


def _kinds(only: str | None, review_only: bool, other_outputs: bool, notice_given: bool, err) -> set[str] | None:
    """What to write (None: the default set); exit 2 on options that do not go together
    (``other_outputs``: --pdf or --corrected, which concern the other outputs)."""
    if review_only:
        if only or other_outputs:
            err.print("[red]错误[/red] --review-only 只写出审核意见（.docx），不能与 --only、--pdf、--corrected 同用")
            raise typer.Exit(code=2)
        return {NOTICE_KIND}
    if notice_given:
        err.print("[red]错误[/red] --notice-no、--deadline、--bureau 只用于 --review-only")
        raise typer.Exit(code=2)
    kinds = {x.strip() for x in only.split(",")} if only else None
    if kinds and not kinds <= KINDS:
        err.print("[red]错误[/red] --only 只能是 report、forms、review")
        raise typer.Exit(code=2)
    return kinds


def register(app: typer.Typer) -> None:
    """Add the ``report`` command to ``app``."""

    @app.command(cls=ChineseCommand)
    def report(
        package: Path = typer.Argument(..., metavar="材料", help="一套材料：一个文件，或放着同一单位同一年度各附件的文件夹"),
        out: Path = typer.Option(..., "-o", "--out", metavar="文件夹", help="输出文件夹（不存在时自动创建；已有内容时须加 --replace）"),
        replace: bool = typer.Option(False, "--replace", help="输出文件夹已有内容时整体替换"),
        corrected: bool = typer.Option(False, "--corrected", help="附件表和自评报告中填入按评分规则复核后的执行率、得分和总分（加底色标示）"),
        pdf: bool = typer.Option(False, "--pdf", help="审核意见另存一份 PDF（需要 LibreOffice）"),
        rules: Optional[str] = ruleset_option(),
        forms: Optional[Path] = forms_option(),
        templates: Optional[Path] = typer.Option(None, "--templates", metavar="文件夹", help="本地模板文件夹（forms/*.toml、report/self_report.j2、review_report.html、notice.toml），缺省的用内置模板"),
        only: Optional[str] = typer.Option(None, "--only", metavar="几项",
                                           help="只写出其中几项：report（自评报告）、forms（附件表）、review（审核意见），逗号分隔"),
        review_only: bool = typer.Option(False, "--review-only",
                                         help="只写出财政局致单位的审核意见（整改通知，.docx）：审核结论、问题清单、整改要求和期限"),
        notice_no: Optional[str] = typer.Option(None, "--notice-no", metavar="文号",
                                                help="审核意见的文号序号（如 12），或完整文号；缺省留空由经办人填写"),
        deadline: Optional[str] = typer.Option(None, "--deadline", metavar="日期",
                                               help="整改期限，写成“年-月-日”（如 2025-06-30）；缺省为收到之日起 15 个工作日"),
        bureau: Optional[str] = typer.Option(None, "--bureau", metavar="名称",
                                             help="落款的财政局名称；缺省留待填写"),
    ) -> None:
        """写出标准材料：自评报告（.docx）、附件表（.docx 和 .xlsx）、审核意见（.html，可加 PDF）；
        加 --review-only 只写出审核意见（整改通知，.docx）。"""
        from .atomic import OutputError
        from .boundary import guard
        from .readers import ReadError
        from .cli_common import load_packages, load_rules
        from .writers import NoticeOptions, write_outputs

        _, err = consoles()
        kinds = _kinds(only, review_only, pdf or corrected, any(x is not None for x in (notice_no, deadline, bureau)), err)
        notice = NoticeOptions(bureau=bureau, number=notice_no, deadline=_deadline(deadline, err))
        if templates is not None and not templates.is_dir():
            err.print(f"[red]错误[/red] 模板文件夹不存在：{safe(templates)}")
            raise typer.Exit(code=2)
        ruleset = load_rules(rules, err)
        pkgs, failed = load_packages([package], err, forms)
        if failed or len(pkgs) != 1:
            if len(pkgs) > 1:
                err.print(f"[red]错误[/red] {safe(str(package))} 中有 {len(pkgs)} 套材料（不同单位或年度），请逐套给出")
            raise typer.Exit(code=1)
        pkg = pkgs[0]
        try:
            with guard("write", pkg.source):
                written = write_outputs(pkg, out, corrected=corrected, pdf=pdf, rules=ruleset, templates=templates,
                                        only=kinds, replace=replace, source=package, notice=notice)
        except OutputError as e:
            err.print(f"[red]错误[/red] {safe(e)}")
            raise typer.Exit(code=2)
        except ReadError as e:  # what escaped a writer: one line naming the file and the stage
            err.print(f"[red]错误[/red] {safe(e.path)}：{safe(e.reason)}")
            raise typer.Exit(code=1)
        for f in written.files:
            err.print(f"已写出 {safe(f)}")
        changed = sum(len(v) for v in written.corrected.values())
        if corrected:
            err.print(f"已按复核结果更正 {changed} 处数字")
        for w in written.warnings:
            err.print(f"[yellow]警告[/yellow] {safe(w)}")
