"""What every command shares: reading files and folders into packages, writing results."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from rich.console import Console
from rich.markup import escape

from .model import Package
from .pipeline import ReadError, load_many

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


def load_packages(files: list[Path], err: Console, forms: Path | None = None) -> tuple[list[Package], int]:
    """Packages from files and folders; each unreadable file is one error line."""
    errors: list[ReadError] = []
    pkgs = load_many(list(files), errors=errors, definitions=load_forms(forms, err))
    for e in errors:
        err.print(f"[red]错误[/red] {escape(e.path)}：{escape(e.reason)}")
    return pkgs, len(errors)


def write_output(target: str, text: str, err: Console) -> None:
    """Write a result atomically (never half-written); "-" is standard output."""
    if target == "-":
        sys.stdout.write(text + "\n")
        return
    tmp = Path(target).with_name(Path(target).name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(target)
    err.print(f"已写出 {escape(target)}")


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
