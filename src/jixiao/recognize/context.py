"""What every recogniser shares: the placement ledger and the diagnostics list.

Recognisers *place* the cells and paragraphs they turn into model fields; at
the end whatever was not placed is reported as unplaced (beancount-style: the
problems are collected as data, never raised half-way).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..grid import Cell, Loc, Paragraph
from ..model import Diagnostic, Where


def where(loc: Loc) -> Where:
    return Where(file=loc.file, line=loc.line, place=loc.place)


@dataclass
class Context:
    source: str
    exact: bool = True
    placed: set[int] = field(default_factory=set)
    diagnostics: list[Diagnostic] = field(default_factory=list)

    def place(self, *items: Cell | Paragraph | None) -> None:
        for it in items:
            if it is not None:
                self.placed.add(it.id)

    def warn(self, code: str, message: str, loc: Loc, severity: str = "warning") -> None:
        self.diagnostics.append(Diagnostic(code=code, message=message, where=where(loc), severity=severity))
