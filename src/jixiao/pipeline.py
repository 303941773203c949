"""The pipeline in one place: file -> cell grid -> recognised forms -> typed package."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from .boundary import guard
from .definitions import Definitions
from .model import Package
from .readers import ReadError, read_path
from .recognize import recognise

__all__ = ["load", "load_many", "expand", "merge", "ReadError", "PACKAGE_SUFFIXES"]

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


def expand(paths: list[str | Path]) -> list[Path]:
    """Files named, with folders replaced by the package files inside them (sorted,
    recursively; hidden files and Office lock files "~$…" skipped)."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and f.suffix.lower() in PACKAGE_SUFFIXES and not f.name.startswith((".", "~$")):
                    out.append(f)
        else:
            out.append(p)
    return out


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


def load_many(paths: list[str | Path], errors: list[ReadError] | None = None,
              definitions: Definitions | None = None) -> list[Package]:
    """Read files and folders and group them into packages by unit and year.

    A package is often a folder of several files (附件1…附件4 plus 决算): files
    whose unit and year agree become one package; a file whose unit or year is
    not stated joins the package of its folder when that folder holds exactly
    one unit and year, else stays on its own.  Unreadable files raise
    :class:`ReadError`, or are appended to ``errors`` when a list is given.
    """
    loaded: list[tuple[Path, Package]] = []
    for f in expand(paths):
        try:
            loaded.append((f, load(f, definitions)))
        except ReadError as e:
            if errors is None:
                raise
            errors.append(e)
    groups: dict[tuple, list[Package]] = defaultdict(list)
    order: list[tuple] = []
    per_folder: dict[Path, set[tuple]] = defaultdict(set)
    for f, p in loaded:
        if p.unit_name and p.year:
            per_folder[f.parent].add((p.unit_name, p.year))
    for f, p in loaded:
        if p.unit_name and p.year:
            key: tuple = ("unit", p.unit_name, p.year)
        else:
            known = per_folder.get(f.parent, set())
            compatible = [k for k in known if (p.unit_name in (None, k[0])) and (p.year in (None, k[1]))]
            key = ("unit", *compatible[0]) if len(compatible) == 1 else ("file", str(f))
        if key not in groups:
            order.append(key)
        groups[key].append(p)
    return [merge(groups[k]) for k in order]
