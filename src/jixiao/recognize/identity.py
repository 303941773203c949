"""Stable ids and provenance (标识与来源).

Every form, row, indicator and table line gets an id made from the file's content
hash and its place in the package ("3f2a…:E2:I5" = fifth indicator of the second
evaluation form), so that findings, corrections and a database can refer to it and
the same file always gives the same ids.
"""

from __future__ import annotations

from .. import __version__
from ..definitions import Definitions
from ..model import Package, Provenance

ID_HEX_DIGITS = 16


def package_id(sha256: str) -> str:
    return sha256[:ID_HEX_DIGITS] if sha256 else "nohash"


def assign_ids(pkg: Package, sha256: str) -> None:
    """Give the package (just built by :func:`recognise`) and its parts their ids."""
    pid = pkg.id = package_id(sha256)
    for n, bd in enumerate(pkg.basic_data, 1):
        bd.id = f"{pid}:B{n}"
    for n, ev in enumerate(pkg.evaluations, 1):
        ev.id = f"{pid}:E{n}"
        for k, f in enumerate(ev.funds, 1):
            f.id = f"{ev.id}:F{k}"
        for k, ind in enumerate(ev.indicators, 1):
            ind.id = f"{ev.id}:I{k}"
    for n, nar in enumerate(pkg.narratives, 1):
        nar.id = f"{pid}:N{n}"
    for prefix, tables in (("A", pkg.final_accounts), ("P", pkg.budget_tables)):
        for n, t in enumerate(tables, 1):
            t.id = f"{pid}:{prefix}{n}"
            for k, line in enumerate(t.lines, 1):
                line.id = f"{t.id}:L{k}"
    for n, u in enumerate(pkg.unrecognised_tables, 1):
        u.id = f"{pid}:U{n}"


def provenance(defs: Definitions, inputs: dict[str, str]) -> Provenance:
    return Provenance(jixiao=__version__, definitions=defs.fingerprint(), inputs=inputs)
