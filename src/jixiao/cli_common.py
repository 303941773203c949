"""What every command shares: reading files and folders into packages, writing results."""

from __future__ import annotations

from pathlib import Path

import typer

from rich.console import Console
from rich.markup import escape

from typing import TYPE_CHECKING

from .console import safe

if TYPE_CHECKING:  # the readers and the model load when a command reads, not for --help
    from .model import Package

FILES_HELP = "材料文件或文件夹（.txt/.docx/.doc/.wps/.xlsx/.xls/.et/.pdf；同一单位同一年度的文件合为一套材料）"


FORMS_HELP = "本地表单定义文件夹（*.toml，可 extends 内置定义；同名的覆盖内置定义）"


def load_forms(folder: Path | None, err: Console):
    """The form definitions in force: shipped, plus a folder's; exit 2 on a bad folder or file."""
    from .datafile import DataFileError
    from .definitions import load_definitions

    if folder is not None and not folder.is_dir():
        err.print(f"[red]错误[/red] 表单定义文件夹不存在：{escape(str(folder))}")
        raise typer.Exit(2)
    try:
        return load_definitions(folder)
    except DataFileError as e:
        err.print(f"[red]错误[/red] {escape(str(e))}")
        raise typer.Exit(2)


def load_packages(files: list[Path], err: Console, forms: Path | None = None,
                  workers: int | None = None) -> tuple[list[Package], int]:
    """Packages from files and folders, each file read in a guarded worker (wall-time and
    memory ceilings of the limits in force); each unreadable file is one error line."""
    from .executor import LocalPool
    from .batch import not_a_package
    from .pipeline import ReadError, load_many

    errors: list[ReadError] = []
    found = load_many(list(files), errors=errors, definitions=load_forms(forms, err), executor=LocalPool(workers))
    why = [(p, not_a_package(p)) for p in found]
    pkgs = [p for p, reason in why if reason is None]
    errors += [ReadError(p.source, reason) for p, reason in why if reason is not None]
    for e in errors:
        err.print(f"[red]错误[/red] {safe(e.path)}：{safe(e.reason)}")
    if not found and not errors:
        err.print(f"[red]错误[/red] 没有找到材料文件：{safe('、'.join(map(str, files)))}"
                  "（文件夹中只读取 .txt/.docx/.doc/.wps/.xlsx/.xls/.et/.pdf 等文件）")
        raise typer.Exit(1)
    return pkgs, len(errors)


def setup(limits: Path | None, debug: bool, err: Console) -> None:
    """The run's options shared by every command: the input limits in force and debugging."""
    from .boundary import set_debug
    from .datafile import DataFileError
    from .limits import load_limits, set_default

    set_debug(debug)
    if limits is not None:
        try:
            set_default(load_limits(limits))
        except DataFileError as e:
            err.print(f"[red]错误[/red] {safe(str(e))}")
            raise typer.Exit(2)


WORKERS_HELP = "同时读取文件的进程数（默认：全部 CPU 核）；每个文件都在受时间和内存上限约束的子进程中读取"


def workers_option():
    return typer.Option(None, "--workers", "-j", min=1, metavar="进程数", help=WORKERS_HELP)


# The options every command that reads packages shares, spelt and explained the same way
def files_argument(required: bool = True):
    return typer.Argument(... if required else None, metavar="材料", help=FILES_HELP, show_default=False)


def json_option(what: str):
    return typer.Option(None, "--json", metavar="文件", help=f"{what}写成 JSON 文件；- 表示标准输出")


def forms_option():
    return typer.Option(None, "--forms", metavar="文件夹", help=FORMS_HELP)


def quiet_option(what: str):
    return typer.Option(False, "--quiet", "-q", help=what)


RULESET_HELP = "评分规则集：名称或 .toml 文件（默认按材料自动识别；jixiao score --list-rules 列出可用的规则集）"


def ruleset_option():
    return typer.Option(None, "--rules", metavar="规则集", help=RULESET_HELP)


LIMITS_HELP = "输入上限文件（TOML，键同内置的 jixiao/limits.toml，只写要改的项）"
DEBUG_HELP = "出现内部错误时显示完整的错误堆栈（供开发人员排查）"


def write_output(target: str, text: str | bytes, err: Console) -> None:
    """Write a result atomically (never half-written); "-" is standard output.

    A failure (missing folder, no permission, disk full, a folder named ...) is one
    error line and exit code 2; the folder must exist (it is not created)."""
    from .atomic import OutputError, write_bytes, write_text

    try:
        if isinstance(text, bytes):
            write_bytes(target, text)
        else:
            write_text(target, text + "\n" if target == "-" else text)
    except OutputError as e:
        err.print(f"[red]错误[/red] {safe(e)}")
        raise typer.Exit(2)
    if target != "-":
        err.print(f"已写出 {safe(target)}")


def load_rules(name: str | None, err: Console):
    """The scoring rule set named on the command line (None: detected per package); exit 2 if unknown."""
    from .scoring import RuleSetError, load_ruleset

    if not name:
        return None
    try:
        return load_ruleset(name)
    except RuleSetError as e:
        err.print(f"[red]错误[/red] {escape(str(e))}")
        raise typer.Exit(code=2)
