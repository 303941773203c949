"""The command line in Chinese (中文命令行): help pages and usage errors.

typer draws help and usage errors with English words of its own ("Usage", "Options", "Show this
message and exit", "No such option", type tags like ``<list[Path]>``).  The command and group
classes here draw the help page from the same click parameters in Chinese, and turn every usage
error into one Chinese line naming the option or argument, with the exit status click gives it
(2).  The commands keep using typer as they are; they only pass ``cls=`` (see :mod:`.cli`).
"""

from __future__ import annotations

import io
import re
import sys
from difflib import get_close_matches
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table
import typer
from typer.core import TyperCommand, TyperGroup
from typer._click import exceptions as click_errors

from .console import safe

HELP_OPTION_TEXT = "显示本帮助并退出"
OPTIONS_LABEL = "[选项]"
COMMAND_LABEL = "命令 [参数]..."
_REPEATED = "..."
_EXTRA = re.compile(r"Got unexpected extra argument\(s\) \((.*)\)$")

# what a value of each type is called where no metavar is given
_TYPE_NAMES = {int: "整数", float: "数值", str: "文本", Path: "路径", bool: "是/否"}


def _bounds(param) -> str:
    lo, hi = getattr(param, "min", None), getattr(param, "max", None)
    if lo is not None and hi is not None:
        return f"（{lo}～{hi}）"
    if lo is not None:
        return f"（不小于 {lo}）"
    if hi is not None:
        return f"（不大于 {hi}）"
    return ""


def value_name(param) -> str:
    """What the value of ``param`` is called in help and errors: its metavar, else its type."""
    if param.metavar:
        name = param.metavar
    else:
        desc = getattr(param, "type_descriptor", None)
        annotation = getattr(desc, "annotation", None)
        if desc is not None and desc.is_list:
            annotation = (getattr(annotation, "__args__", None) or (str,))[0]
        if desc is not None and desc.is_choice:
            name = "|".join(str(c) for c in desc.choices)
        elif desc is not None and desc.is_path:
            name = "路径"
        else:
            name = _TYPE_NAMES.get(annotation, "值")
    name += _bounds(param)
    return name + (_REPEATED if param.nargs == -1 else "")


def _is_flag(param) -> bool:
    return bool(getattr(param, "is_flag", False)) or bool(getattr(param, "count", False))


def _names(param) -> str:
    """``-j, --workers 整数`` for an option, ``文件...`` for an argument."""
    if param.param_type_name == "argument":
        return value_name(param)
    opts = sorted(param.opts, key=len) + list(param.secondary_opts)
    return ", ".join(opts) + ("" if _is_flag(param) else f" {value_name(param)}")


def _default(param) -> str:
    d = param.default
    if _is_flag(param) or d is None or d == () or d == [] or callable(d) or not getattr(param, "show_default", True):
        return ""
    return f"［默认：{d}］"


def usage_line(cmd, ctx) -> str:
    """``用法：jixiao check [选项] 文件...``"""
    pieces = [OPTIONS_LABEL] if any(p.param_type_name == "option" for p in cmd.get_params(ctx)) else []
    pieces += [value_name(p) for p in cmd.get_params(ctx) if p.param_type_name == "argument"]
    if isinstance(cmd, TyperGroup):
        pieces.append(COMMAND_LABEL)
    return f"用法：{ctx.command_path} {' '.join(pieces)}".rstrip()


def _table() -> Table:
    t = Table.grid(padding=(0, 2))
    t.add_column(no_wrap=True, style="bold cyan")
    t.add_column(overflow="fold")
    return t


def help_text(cmd, ctx) -> str:
    """The help page of ``cmd`` as text for standard output (coloured on a terminal)."""
    out = Console(highlight=False)
    buf = io.StringIO()
    console = Console(file=buf, width=out.width, force_terminal=out.is_terminal, color_system=out.color_system,
                      highlight=False)
    print_help(cmd, ctx, console)
    return buf.getvalue().rstrip("\n")


def print_help(cmd, ctx, console: Console) -> None:
    """The help page of ``cmd``: usage, description, 参数, 选项, 命令 — all in Chinese."""
    console.print(escape(usage_line(cmd, ctx)), highlight=False)
    if cmd.help:
        console.print()
        console.print(escape(cmd.help.strip()), highlight=False)
    params = [p for p in cmd.get_params(ctx) if not getattr(p, "hidden", False)]
    help_option = cmd.get_help_option(ctx)
    for title, kind in (("参数", "argument"), ("选项", "option")):
        rows = [p for p in params if p.param_type_name == kind]
        if not rows:
            continue
        t = _table()
        for p in rows:
            text = HELP_OPTION_TEXT if p is help_option else (getattr(p, "help", None) or "")
            marks = " ".join(m for m in (_default(p), "［必填］" if p.required else "") if m)
            t.add_row(escape(_names(p)), escape(f"{text} {marks}".strip()))
        console.print()
        console.print(f"[bold]{title}：[/bold]")
        console.print(t)
    if isinstance(cmd, TyperGroup):
        t = _table()
        for name in cmd.list_commands(ctx):
            sub = cmd.get_command(ctx, name)
            if sub is not None and not sub.hidden:
                t.add_row(escape(name), escape((sub.help or "").strip().split("\n")[0]))
        console.print()
        console.print("[bold]命令：[/bold]")
        console.print(t)


def _param_label(param, hint: Any = None) -> str:
    if param is None:
        return f"参数 {hint}" if hint else "参数"
    if param.param_type_name == "argument":
        return f"参数 {value_name(param)}"
    return "选项 " + "/".join(sorted(param.opts, key=len, reverse=True))


def describe(e: click_errors.ClickException) -> str:
    """One Chinese line for a usage error of click (typer's parser)."""
    if isinstance(e, click_errors.NoSuchOption):
        near = "、".join(e.possibilities or [])
        return f"没有选项 {e.option_name}" + (f"（是否要用 {near}？）" if near else "")
    if isinstance(e, click_errors.MissingParameter):
        return f"缺少{_param_label(e.param, e.param_hint)}"
    if isinstance(e, click_errors.BadParameter):
        wanted = value_name(e.param) if e.param is not None else "正确的值"
        return f"{_param_label(e.param, e.param_hint)} 的值不对：应为{wanted}"
    if isinstance(e, click_errors.BadOptionUsage):
        if "does not take a value" in e.message:
            return f"选项 {e.option_name} 不带值"
        return f"选项 {e.option_name} 后面缺少值"
    if isinstance(e, click_errors.BadArgumentUsage):
        return "参数的个数不对"
    if isinstance(e, click_errors.UsageError):
        extra = getattr(e, "jixiao_extra", None)
        if extra is not None:
            return f"多余的参数：{' '.join(extra)}"
        return getattr(e, "jixiao_message", None) or "命令行用法不对"
    if isinstance(e, click_errors.FileError):
        return f"无法打开文件 {e.ui_filename}"
    return "命令行用法不对"


def print_error(e: click_errors.ClickException, err: Console | None = None) -> None:
    """``错误 …（用 jixiao check --help 查看用法）`` on one line of standard error."""
    err = err or Console(stderr=True, soft_wrap=True, highlight=False)
    ctx = getattr(e, "ctx", None)
    hint = f"（用 {safe(ctx.command_path)} --help 查看用法）" if ctx is not None else ""
    err.print(f"[red]错误[/red] {safe(describe(e))}{hint}")


def _run(cmd, super_main, args, prog_name, complete_var, standalone_mode, extra):
    try:
        rv = super_main(args=args, prog_name=prog_name, complete_var=complete_var, standalone_mode=False, **extra)
    except click_errors.NoArgsIsHelpError as e:
        if not standalone_mode:
            raise
        sys.stdout.write(e.format_message() + "\n")  # the help page (see format_help)
        sys.exit(e.exit_code)
    except click_errors.ClickException as e:
        if not standalone_mode:
            raise
        print_error(e)
        sys.exit(e.exit_code)
    except typer.Abort:
        if not standalone_mode:
            raise
        Console(stderr=True).print("[red]已中止[/red]")
        sys.exit(1)
    if not standalone_mode:
        return rv
    sys.exit(rv if isinstance(rv, int) else 0)


class ChineseCommand(TyperCommand):
    """A typer command whose help and usage errors are in Chinese."""

    def format_help(self, ctx, formatter) -> None:
        formatter.write(help_text(self, ctx))

    def get_usage(self, ctx) -> str:
        return usage_line(self, ctx)

    def parse_args(self, ctx, args: list[str]) -> list[str]:
        # click fails on extra arguments with an English sentence holding them; keep them
        try:
            return super().parse_args(ctx, args)
        except click_errors.UsageError as e:
            m = _EXTRA.match(e.message) if type(e) is click_errors.UsageError else None
            if m:
                e.jixiao_extra = m.group(1).split(" ")
            raise

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        return _run(self, super().main, args, prog_name, complete_var, standalone_mode, extra)


class ChineseGroup(TyperGroup):
    """The ``jixiao`` group: Chinese help, Chinese usage errors, and unknown commands named."""

    def format_help(self, ctx, formatter) -> None:
        formatter.write(help_text(self, ctx))

    def get_usage(self, ctx) -> str:
        return usage_line(self, ctx)

    def resolve_command(self, ctx, args: list[str]):
        name = args[0] if args else ""
        if name and not name.startswith("-") and self.get_command(ctx, name) is None:
            near = get_close_matches(name, self.list_commands(ctx))
            e = click_errors.UsageError("", ctx)
            e.jixiao_message = (f"没有命令 {name}" + (f"（是否要用 {'、'.join(near)}？）" if near else "")
                                + f"；可用的命令：{'、'.join(self.list_commands(ctx))}")
            raise e
        return super().resolve_command(ctx, args)

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        return _run(self, super().main, args, prog_name, complete_var, standalone_mode, extra)
