"""What ``parse``, ``check`` and ``score`` share over many packages: the batch options, the
progress display, and the outputs that stream (JSON, JSON Lines, the summary table)."""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING, Iterator, Optional

import typer
from rich.console import Console

from .console import safe

if TYPE_CHECKING:
    from .batch import Job, Result

SUMMARY_HELP = "写出批量汇总表：每套材料一行（单位、年度、表单、填报/复核总分、等级、问题条数、文件哈希），按扩展名写成 .xlsx、.csv 或 .parquet"
INCREMENTAL_HELP = "增量处理：结果存入该文件夹，文件内容、jixiao 版本、表单定义、规则集和选项都未变的材料不再重新读取"
SCHEDULER_HELP = "在 Dask 集群上处理（调度器地址，如 tcp://10.0.0.5:8786；各节点须能以相同路径读到材料）"
LINES_HELP = "--json 写成 JSON Lines：每套材料一行（文件名以 .jsonl 结尾时也是如此）"
PROGRESS_MIN_FILES = 20  # fewer files than this: no progress display at all
PLAIN_EVERY_SECONDS = 10.0  # not a terminal: one progress line this often
LINES_SUFFIXES = (".jsonl", ".ndjson")


def summary_option():
    return typer.Option(None, "--summary", metavar="文件", help=SUMMARY_HELP)


def incremental_option():
    return typer.Option(None, "--incremental", metavar="文件夹", help=INCREMENTAL_HELP)


def scheduler_option():
    return typer.Option(None, "--scheduler", metavar="地址", help=SCHEDULER_HELP)


def lines_option():
    return typer.Option(False, "--lines", help=LINES_HELP)


class Progress:
    """Files done of all: a rich bar with ETA on a terminal, a plain line every few seconds
    otherwise (a log), nothing for a handful of files."""

    def __init__(self, err: Console, total: int):
        self.err, self.total, self.done = err, total, 0
        self.on = total >= PROGRESS_MIN_FILES
        self.bar = None
        self.t0 = self.last = time.monotonic()
        if self.on and err.is_terminal:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress as Bar, TextColumn, TimeRemainingColumn

            self.bar = Bar(TextColumn("处理材料文件"), BarColumn(), MofNCompleteColumn(), TextColumn("剩余"),
                           TimeRemainingColumn(), console=err, transient=True)
            self.task = self.bar.add_task("", total=total)
            self.bar.start()

    def __call__(self, n: int) -> None:
        self.done += n
        if self.bar is not None:
            self.bar.update(self.task, completed=self.done)
        elif self.on and time.monotonic() - self.last >= PLAIN_EVERY_SECONDS:
            self.last = time.monotonic()
            self.err.print(f"进度：已处理 {self.done}/{self.total} 个文件（{self.done * 100 // self.total}%）")

    def close(self) -> None:
        if self.bar is not None:
            self.bar.stop()
        if self.on:
            seconds = time.monotonic() - self.t0
            self.err.print(f"共处理 {self.done} 个文件，用时 {seconds:.1f} 秒")


def executor(workers: int | None, scheduler: str | None, err: Console):
    from .executor import DaskExecutor, LocalPool

    if not scheduler:
        return LocalPool(workers)
    from importlib.util import find_spec

    if find_spec("distributed") is None:
        err.print("[red]错误[/red] 使用 --scheduler 需要安装 Dask：pip install 'jixiao[batch]'")
        raise typer.Exit(2)
    return DaskExecutor(scheduler)


def results(files: list[Path], job: Job, err: Console, workers: int | None = None, scheduler: str | None = None,
            incremental: Path | None = None) -> Iterator[Result]:
    """Each package's result, one at a time; each failure printed as its one-line error."""
    from .batch import plan, run
    from .incremental import Cache

    the_plan = plan(files)
    if not the_plan.folders and not the_plan.errors:
        err.print(f"[red]错误[/red] 没有找到材料文件：{safe('、'.join(map(str, files)))}"
                  "（文件夹中只读取 .txt/.docx/.doc/.wps/.xlsx/.xls/.et/.pdf 等文件）")
        raise typer.Exit(1)
    cache = Cache(incremental, job.kind) if incremental else None
    progress = Progress(err, the_plan.files)
    try:
        for r in run(the_plan, job, executor(workers, scheduler, err), cache, progress):
            if r.error is not None:
                err.print(f"[red]错误[/red] {safe(r.error.path)}：{safe(r.error.reason)}")
            yield r
    except OSError as e:  # the scheduler cannot be reached, and the like
        err.print(f"[red]错误[/red] 批量处理中断：{safe(' '.join(str(e).split()))}")
        raise typer.Exit(2)
    finally:
        progress.close()
    if cache is not None:
        err.print(f"增量处理：{cache.hits} 份沿用已有结果，{cache.misses} 份重新处理")


class JsonOut:
    """``--json``: one document (``{"schema": …, "<key>": [ … ]}``) or JSON Lines (one
    package per line), written as the packages come, atomically (the file appears when the
    run ends)."""

    def __init__(self, target: str | None, schema: str, key: str, lines: bool, err: Console):
        from contextlib import ExitStack

        self.target, self.err = target, err
        self.lines = lines or (target or "").lower().endswith(LINES_SUFFIXES)
        self.n = 0
        self.stack = ExitStack()
        self.f = None
        if target:
            from .atomic import open_output

            self.f = self._guarded(lambda: self.stack.enter_context(open_output(target)))
            if not self.lines:
                self._write(f'{{"schema": "{schema}", "{key}": [\n')

    def _guarded(self, fn):
        from .atomic import OutputError

        try:
            return fn()
        except OutputError as e:
            self.err.print(f"[red]错误[/red] {safe(e)}")
            self.stack.close()
            raise typer.Exit(2)

    def _write(self, text: str) -> None:
        self._guarded(lambda: self.f.write(text.encode("utf-8")))

    def add(self, text: str) -> None:
        if self.f is None:
            return
        if self.lines:
            self._write(text + "\n")
        else:
            self._write((",\n" if self.n else "") + text)
        self.n += 1

    def close(self) -> None:
        if self.f is None:
            return
        if not self.lines:
            self._write("\n]}\n")
        self._guarded(lambda: self.stack.close())
        if self.target != "-":
            self.err.print(f"已写出 {safe(self.target)}")

    def abandon(self, e: BaseException) -> None:
        """The run failed: nothing is left behind (the temporary file is removed)."""
        try:
            self.stack.__exit__(type(e), e, e.__traceback__)
        except BaseException:
            pass

    def __enter__(self) -> JsonOut:
        return self

    def __exit__(self, kind, e, tb) -> bool:
        if e is None:
            self.close()
        else:
            self.abandon(e)
        return False


def write_summary(target: Path | None, rows: list, err: Console) -> None:
    if target is None:
        return
    from .cli_common import write_output
    from .summary import summary_bytes

    try:
        data = summary_bytes(target, rows)
    except (ValueError, RuntimeError) as e:
        err.print(f"[red]错误[/red] {safe(e)}")
        raise typer.Exit(2)
    write_output(str(target), data, err)


def check_summary_target(target: Optional[Path], err: Console) -> None:
    """A --summary with an unknown extension is refused before any work is done."""
    from .summary import SUFFIXES

    if target is not None and target.suffix.lower() not in SUFFIXES:
        err.print(f"[red]错误[/red] --summary 只能写成 {'、'.join(SUFFIXES)}：{safe(target)}")
        raise typer.Exit(2)
