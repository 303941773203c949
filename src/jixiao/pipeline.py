"""The pipeline in one place: file -> cell grid -> recognised forms -> typed package."""

from __future__ import annotations

import os
from collections import defaultdict
from pathlib import Path
from typing import Iterator

from .boundary import debug, guard
from .definitions import Definitions
from .executor import Executor, InProcess, Outcome
from .limits import current, exceeded
from .content import content_key, natural_key
from .model import Diagnostic, Package, Where
from .readers import ReadError, read_path
from .recognize import recognise

__all__ = ["load", "load_many", "expand", "group", "merge", "ReadError", "PACKAGE_SUFFIXES"]

# Files taken from a folder (a file named on the command line is read whatever its name).
PACKAGE_SUFFIXES = {".txt", ".docx", ".doc", ".wps", ".rtf", ".htm", ".html", ".mht", ".mhtml",
                    ".xlsx", ".xlsm", ".xls", ".et", ".pdf"}


def load(path: str | Path, definitions: Definitions | None = None) -> Package:
    """Read one file into a :class:`Package`.  Raises :class:`ReadError` (with the
    file name and reason) when the file cannot be read at all; every problem in a
    readable file is reported in ``Package.diagnostics`` / ``Package.unplaced``.
    ``definitions``: the form definitions in force (default: the shipped ones; see
    :func:`jixiao.definitions.load_definitions` to add a folder of one's own)."""
    name = Path(path).name
    with guard("read", name):
        doc = read_path(path)
    with guard("recognise", name):
        return recognise(doc, definitions)


def expand(paths: list[str | Path], errors: list[ReadError] | None = None) -> list[Path]:
    """Files named, with folders replaced by the package files inside them (sorted,
    recursively; hidden files and Office lock files "~$…" skipped), each file once.

    A folder is a package's boundary: a link inside it that leads out of it (to
    /etc/passwd, say) is refused, as is a folder with more files than the limit
    (``file.folder_files``).  Refusals raise :class:`ReadError`, or go to ``errors``."""
    out: list[Path] = []
    for p in map(Path, paths):
        if not p.is_dir():
            out.append(p)
            continue
        try:
            out.extend(_folder_files(p, errors))
        except ReadError as e:
            if errors is None:
                raise
            errors.append(e)
    return _each_once(out)


def _each_once(files: list[Path]) -> list[Path]:
    """A file named twice (itself and its folder, say) is read once."""
    seen: set[Path] = set()
    out = []
    for f in files:
        key = f.resolve() if f.exists() else f
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out


def _folder_files(folder: Path, errors: list[ReadError] | None) -> list[Path]:
    root = folder.resolve()
    cap = current().file.folder_files
    found: list[Path] = []

    def leaves(f: Path) -> bool:
        """A link out of the folder: reported (or raised), never followed, never read."""
        if not f.is_symlink() or f.resolve().is_relative_to(root):
            return False
        e = ReadError(str(f), "是指向材料文件夹之外的链接，已拒绝读取")
        if errors is None:
            raise e
        errors.append(e)
        return True

    for dirpath, dirnames, filenames in os.walk(folder, followlinks=False):
        here = Path(dirpath)
        dirnames[:] = sorted((d for d in dirnames if not d.startswith(".")), key=natural_key)
        for d in dirnames:
            leaves(here / d)
        for fn in sorted(filenames, key=natural_key):
            f = here / fn
            if f.suffix.lower() not in PACKAGE_SUFFIXES or fn.startswith((".", "~$")) or leaves(f) or not f.is_file():
                continue
            found.append(f)
            if len(found) > cap:
                raise ReadError(str(folder), exceeded("file.folder_files", len(found), cap))
    return sorted(found, key=natural_key)


def merge(parts: list[Package]) -> Package:
    """One package from the packages of several files of the same unit and year
    (附件1…附件4 plus 决算 filed as separate files).  Forms keep their own ``where``."""
    if len(parts) == 1:
        return parts[0]
    pkg = Package(source=" + ".join(p.source for p in parts), sources=[s for p in parts for s in p.sources], layout="+".join(sorted({p.layout for p in parts})),
                  unit_name=next((p.unit_name for p in parts if p.unit_name), None),
                  year=next((p.year for p in parts if p.year), None))
    for p in parts:
        pkg.attachments += p.attachments
        pkg.basic_data += p.basic_data
        pkg.evaluations += p.evaluations
        pkg.narratives += p.narratives
        pkg.final_accounts += p.final_accounts
        pkg.toc += p.toc
        pkg.unplaced += p.unplaced
        pkg.diagnostics += p.diagnostics
    return pkg


def _load_task(task: tuple[Path, Definitions | None]) -> Package:
    """One file, in a worker of an :class:`~jixiao.executor.Executor`."""
    return load(*task)


def read_files(files: list[Path], definitions: Definitions | None = None,
               executor: Executor | None = None) -> Iterator[tuple[Path, Package | ReadError]]:
    """Each file read (in the executor's guarded workers; default: in this process), in the
    order given: its package, or the one-line error that stands for it."""
    run = executor or InProcess()
    done: dict[int, Outcome] = {}
    nxt = 0
    for o in run.imap(_load_task, [(f, definitions) for f in files]):
        done[o.index] = o
        while nxt in done:
            yield files[nxt], _result(files[nxt], done.pop(nxt))
            nxt += 1


def _result(f: Path, o: Outcome) -> Package | ReadError:
    if o.status == "ok":
        return o.value
    if isinstance(o.error, ReadError):
        return o.error
    if o.error is not None and debug():
        raise o.error
    return ReadError(f.name, o.message or (str(o.error) if o.error else o.status))


def load_many(paths: list[str | Path], errors: list[ReadError] | None = None,
              definitions: Definitions | None = None, executor: Executor | None = None) -> list[Package]:
    """Read files and folders and group them into packages by unit and year.

    A package is often a folder of several files (附件1…附件4 plus 决算): see
    :func:`group` for which files are merged.  Unreadable files raise
    :class:`ReadError`, or are appended to ``errors`` when a list is given.
    ``executor``: where the files are read (default: here; the command line uses a
    :class:`~jixiao.executor.LocalPool`, each file under the guard's ceilings).
    """
    loaded: list[tuple[Path, Package]] = []
    for f, got in read_files(expand(paths, errors), definitions, executor):
        if isinstance(got, ReadError):
            if errors is None:
                raise got
            errors.append(got)
        else:
            loaded.append((f, got))
    parts = group([(f, p.unit_name, p.year) for f, p in loaded])
    return [merge(_once([loaded[i][1] for i in idx])) for idx in parts]


def group(files: list[tuple[Path, str | None, int | None]]) -> list[list[int]]:
    """Which files make one package: indices into ``files`` (path, unit, year), per package,
    in the order of each package's first file.

    A folder is a package's boundary: within one folder, files whose unit and year agree
    form one package; a file whose unit or year is not stated joins the package of its
    folder when that folder holds exactly one matching unit and year, else stands alone.
    Files of different folders are never merged (two counties' 人社局 stay apart, as do
    a unit's first submission and its resubmission).  Pure, and needs only the keys, so a
    batch can group without holding the packages (:mod:`jixiao.batch`)."""
    per_folder: dict[Path, set[tuple]] = defaultdict(set)
    for f, unit, year in files:
        if unit and year:
            per_folder[f.parent].add((unit, year))
    groups: dict[tuple, list[int]] = {}
    for i, (f, unit, year) in enumerate(files):
        if unit and year:
            key: tuple = ("unit", f.parent, unit, year)
        else:
            known = per_folder.get(f.parent, set())
            fit = [k for k in known if unit in (None, k[0]) and year in (None, k[1])]
            key = ("unit", f.parent, *fit[0]) if len(fit) == 1 else ("file", i)
        groups.setdefault(key, []).append(i)
    return list(groups.values())


def _once(parts: list[Package]) -> list[Package]:
    """The files of one package with the same content read once: the first kept, each later
    copy (the .docx of a .txt export, a file saved twice) dropped and noted on the first
    (diagnostic ``duplicate``, reported by rule VAL-002)."""
    kept: list[Package] = []
    seen: dict[str, Package] = {}
    for p in parts:
        key = content_key(p)
        first = seen.get(key) if key else None
        if first is None:
            if key:
                seen[key] = p
            kept.append(p)
            continue
        note = Diagnostic(code="duplicate", severity="warning", where=Where(file=p.source, line=0),
                          message=f"{p.source} 与 {first.source} 内容相同（同一材料的另一份文件），只读取了一次")
        noted = first.model_copy(update={"diagnostics": [*first.diagnostics, note]})
        kept[kept.index(first)] = seen[key] = noted
    return kept
