"""Batches (批量处理): many packages read and checked or scored one at a time, on every core.

The stages, each small::

    plan(paths)        files and folders -> work: each file, and which folder it lives in
    phase 1            each file in the executor's guarded workers.  A file alone in its
                       folder is a whole package: it is read, recognised and finished
                       (checked / scored / summarised) in the worker, and only the small
                       result comes back.  A file of a folder holding several comes back
                       as a *part*: its unit, year and the pickled package, spooled to a
                       temporary folder on disk by the parent.
    phase 2            the parts of each folder grouped (:func:`jixiao.pipeline.group`, which
                       needs only unit and year), and each group merged and finished in a
                       worker.

Results stream out (:func:`run` yields them) as they come, in a fixed order (the
single-file packages in file order, then the merged ones in folder order), whatever
the executor; nothing holds every package, so memory stays flat however many there
are.  The executor is any :class:`jixiao.executor.Executor`: the local process pool
by default, a Dask cluster with ``--scheduler``.  With a :class:`~jixiao.incremental.Cache`
an unchanged file or folder (same bytes, same jixiao, definitions, rule sets, limits
and options) is not read again: its stored result is given back.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Literal

if TYPE_CHECKING:  # the model and the engines load in the workers, not for --help
    from .executor import Executor
    from .incremental import Cache
    from .model import Package
    from .readers.errors import ReadError
    from .summary import SummaryRow

Kind = Literal["parse", "check", "score"]

FORM_NAMES = {
    "basic_data": "基础数据表",
    "department_evaluation": "部门整体自评表",
    "project_evaluation": "项目自评表",
    "self_report": "自评报告",
    "final_account_table": "决算公开表",
    "final_account_notes": "决算情况说明",
    "budget_table": "预算公开表",
    "unrecognised_table": "未识别表格",
}


def forms_text(pkg: Package) -> str:
    """The forms of a package in one phrase: "基础数据表×1 部门整体自评表×1 项目自评表×16"."""
    found = {**pkg.forms_found(), **pkg.tables_found()}
    return " ".join(f"{FORM_NAMES[k]}×{v}" for k, v in found.items() if v) or "（未识别到表单）"


# ------------------------------------------------------------------ the job


@dataclass(frozen=True)
class Job:
    """What is done with each package (作业): read it (``parse``), review it (``check``) or
    score it (``score``), with the settings that shape the result.  Small and picklable: it
    travels with every task; what it names (definitions, rule set) is loaded once per worker."""

    kind: Kind
    forms: str | None = None  # folder of local form definitions
    rules: str | None = None  # scoring rule set (name or .toml); None: detected per package
    only: frozenset[str] | None = None  # check: only these rule ids
    summary: bool = False  # also make the summary row (it needs both the review and the score)

    def digest(self) -> str:
        """Everything a result depends on besides its files: for the incremental cache."""
        from . import __version__
        from .limits import current

        h = hashlib.sha256()
        h.update(f"jixiao {__version__}\n{self.kind}\n{self.rules}\n{sorted(self.only or [])}\n{self.summary}\n".encode())
        h.update(current().model_dump_json().encode())
        for folder, extra in (("forms", self.forms), ("rulesets", _rules_folder(self.rules))):
            for name, path in sorted(_data_files(folder, extra).items()):
                h.update(name.encode() + b"\0" + path.read_bytes() + b"\0")
        return h.hexdigest()


def _rules_folder(rules: str | None) -> str | None:
    return str(Path(rules).parent) if rules and rules.endswith(".toml") else None


def _data_files(folder: str, extra: str | None) -> dict[str, Any]:
    from .datafile import files

    return files(folder, Path(extra) if extra else None)


_LOADED: dict[tuple[str, str | None], Any] = {}  # per worker process: definitions and rule sets


def _definitions(job: Job):
    from .definitions import load_definitions

    key = ("forms", job.forms)
    if key not in _LOADED:
        _LOADED[key] = load_definitions(Path(job.forms) if job.forms else None)
    return _LOADED[key]


def _ruleset(job: Job):
    from .scoring import load_ruleset

    if not job.rules:
        return None
    key = ("rules", job.rules)
    if key not in _LOADED:
        _LOADED[key] = load_ruleset(job.rules)
    return _LOADED[key].model_copy(deep=True)


# ------------------------------------------------------------------ results


@dataclass
class Result:
    """One package's outcome (一套材料的结果): the job's value (the package, its review or its
    score), its summary row when asked for, or the one-line error that stands for it.
    ``files``: each file of the package with its SHA-256."""

    source: str
    files: dict[str, str] = field(default_factory=dict)
    value: Any = None
    row: SummaryRow | None = None
    error: ReadError | None = None
    reused: bool = False  # given back by the incremental cache, not made again

    @property
    def ok(self) -> bool:
        return self.error is None


def finish(pkg: Package, job: Job) -> Result:
    """A whole package through the job's stages, each inside the error boundary."""
    from .boundary import guard
    from .readers.errors import ReadError

    files = dict(pkg.provenance.inputs) if pkg.provenance else {}
    reason = not_a_package(pkg)
    if reason is not None:
        return _failed(pkg.source, ReadError(pkg.source, reason), job, files)
    review = score = None
    try:
        if job.kind == "check" or job.summary:
            with guard("check", pkg.source):
                review = _review(pkg, job)
        if job.kind == "score" or job.summary:
            with guard("score", pkg.source):
                from .scoring import score_package

                score = score_package(pkg, _ruleset(job))
    except ReadError as e:
        return _failed(pkg.source, e, job, files)
    value = {"parse": pkg, "check": review, "score": score}[job.kind]
    row = None
    if job.summary:
        from .summary import summary_row

        row = summary_row(pkg, review, score)
    return Result(pkg.source, files, value, row)


def _review(pkg: Package, job: Job):
    from .checks import check
    from .checks.render import review

    return review(pkg, check(pkg, set(job.only) if job.only else None))


def _failed(source: str, error: ReadError, job: Job, files: dict[str, str] | None = None) -> Result:
    row = None
    if job.summary:
        from .summary import failed_row

        row = failed_row(source, error, files or {})
    return Result(source, files or {}, error=error, row=row)


def not_a_package(p: Package) -> str | None:
    """Why a readable file is no performance package at all (no form, report or 决算/预算 table
    recognised), or None."""
    if any(p.forms_found().values()) or any(n.kind != "other" for n in p.narratives) or p.budget_tables:
        return None
    extra = f"（有 {len(p.unrecognised_tables)} 个表格未能识别）" if p.unrecognised_tables else ""
    return f"没有识别到任何预算绩效材料的表单、报告或决算/预算表{extra}，请确认文件内容"


# ------------------------------------------------------------------ tasks (run in the workers)


@dataclass(frozen=True)
class FileTask:
    path: str
    job: Job
    alone: bool  # the only file of its folder: finish it here


@dataclass
class Part:
    """A file of a many-file folder, read: its grouping key and its pickled package."""

    path: str
    unit: str | None
    year: int | None
    data: bytes


def run_file(task: FileTask) -> Result | Part:
    """Phase 1, in a worker: one file read; finished when alone, else handed back as a part."""
    from .pipeline import load

    pkg = load(task.path, _definitions(task.job))
    if task.alone:
        return finish(pkg, task.job)
    return Part(task.path, pkg.unit_name, pkg.year, pickle.dumps(pkg, pickle.HIGHEST_PROTOCOL))


@dataclass(frozen=True)
class GroupTask:
    parts: tuple[bytes, ...]
    job: Job


def run_group(task: GroupTask) -> Result:
    """Phase 2, in a worker: the parts of one package merged (copies read once) and finished."""
    from .pipeline import _once, merge

    return finish(merge(_once([pickle.loads(b) for b in task.parts])), task.job)


# ------------------------------------------------------------------ the plan and the run


@dataclass
class Plan:
    """The files of a batch, by folder, and the refusals met while finding them."""

    folders: dict[Path, list[Path]]
    errors: list[ReadError]

    @property
    def files(self) -> int:
        return sum(len(v) for v in self.folders.values())


def plan(paths: Iterable[str | os.PathLike]) -> Plan:
    """Files named and found in folders (see :func:`jixiao.pipeline.expand`), by folder."""
    from .pipeline import expand

    errors: list[ReadError] = []
    folders: dict[Path, list[Path]] = defaultdict(list)
    for f in expand(list(paths), errors):
        folders[f.parent].append(f)
    return Plan(dict(folders), errors)


Progress = Callable[[int], None]  # called with the number of files (or groups) just done


def run(the_plan: Plan, job: Job, executor: Executor | None = None, cache: Cache | None = None,
        progress: Progress | None = None) -> Iterator[Result]:
    """Each package of ``the_plan`` done by ``job``: its :class:`Result`, one at a time."""
    from .executor import InProcess

    pool = executor or InProcess()
    tick = progress or (lambda n: None)
    for e in the_plan.errors:
        yield _failed(e.path, e, job)
    digest = job.digest() if cache is not None else ""
    singles, multis = [], []
    for folder, files in the_plan.folders.items():
        (singles if len(files) == 1 else multis).append((folder, files))
    todo = []
    for _, (f,) in singles:
        hit = cache.get(digest, [f]) if cache is not None else None
        if hit is not None:
            tick(1)
            yield from hit
        else:
            todo.append(f)
    for f, got in _ordered(pool.imap(run_file, (FileTask(str(f), job, True) for f in todo)), todo):
        tick(1)
        got = got if isinstance(got, Result) else _failed(str(f), got, job)
        if cache is not None:
            cache.put(digest, [f], [got])
        yield got
    for folder, files in multis:
        hit = cache.get(digest, files) if cache is not None else None
        if hit is not None:
            tick(len(files))
            yield from hit
            continue
        results = list(_folder(files, job, pool, tick))
        if cache is not None:
            cache.put(digest, files, results)
        yield from results


def _folder(files: list[Path], job: Job, pool: Executor, tick: Progress) -> Iterator[Result]:
    """The files of one folder read (spooled to disk as they come), grouped, merged, finished."""
    from .pipeline import group

    with tempfile.TemporaryDirectory(prefix="jixiao-batch-") as spool:
        parts: list[tuple[Path, str | None, int | None, Path]] = []
        failures: list[Result] = []
        for f, got in _ordered(pool.imap(run_file, (FileTask(str(f), job, False) for f in files)), files):
            tick(1)
            if isinstance(got, Part):
                at = Path(spool) / f"{len(parts)}.pickle"
                at.write_bytes(got.data)
                parts.append((f, got.unit, got.year, at))
            else:
                failures.append(_failed(str(f), got, job))
        yield from failures
        groups = group([(f, unit, year) for f, unit, year, _ in parts])
        tasks = (GroupTask(tuple(parts[i][3].read_bytes() for i in idx), job) for idx in groups)
        for idx, got in _ordered(pool.imap(run_group, tasks), groups):
            yield got if isinstance(got, Result) else _failed(" + ".join(parts[i][0].name for i in idx), got, job)


def _ordered(outcomes, keys: list) -> Iterator[tuple[Any, Any]]:
    """Outcomes (in the order they finish) back in the order of ``keys``: each key with its
    value, or the one-line :class:`ReadError` that stands for it."""
    done: dict[int, Any] = {}
    nxt = 0
    for o in outcomes:
        done[o.index] = o
        while nxt in done:
            yield keys[nxt], _value(keys[nxt], done.pop(nxt))
            nxt += 1


def _value(key: Any, o) -> Any:
    from .boundary import debug
    from .readers.errors import ReadError

    if o.status == "ok":
        return o.value
    if isinstance(o.error, ReadError):
        return o.error
    if o.error is not None and debug():
        raise o.error
    name = key.name if isinstance(key, Path) else str(key)
    return ReadError(name, o.message or (str(o.error) if o.error else o.status))

