"""The column map of a table header (表头列映射), driven by a form definition's synonyms.

A header row (and, under cells that span several columns, a second header row of
sub-columns such as 小计 / 财政资金 / 其他资金) is turned into :class:`Column` s:
a role from the definition's vocabulary, the grid columns it covers, and its
sub-column label.  Data cells are then read by the grid column they start at,
whatever order the columns come in and whatever column the table starts at; a
column no header names is never given a role.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..definitions import Vocabulary, Words
from ..grid import Cell, Row
from ..values import squash

MIN_HEADER_ROLES = 2


def positions(row: Row) -> list[tuple[int, Cell]]:
    """Each cell of a row with the grid column it starts at."""
    out, col = [], 0
    for c in row.cells:
        out.append((col, c))
        col += max(c.col_span, 1)
    return out


def width(row: Row) -> int:
    return sum(max(c.col_span, 1) for c in row.cells)


@dataclass(frozen=True)
class Column:
    role: str
    start: int
    end: int  # exclusive
    sub: str | None = None  # the sub-column label (财政资金), None for the role's own value (小计)


@dataclass
class ColumnMap:
    columns: list[Column] = field(default_factory=list)
    width: int = 0
    header_cells: list[Cell] = field(default_factory=list)

    def at(self, pos: int) -> Column | None:
        return next((c for c in self.columns if c.start <= pos < c.end), None)

    def roles(self) -> set[str]:
        return {c.role for c in self.columns}

    def main(self, role: str) -> Column | None:
        return next((c for c in self.columns if c.role == role and c.sub is None), None)

    def has_spanning(self) -> bool:
        return any(c.end - c.start > 1 for c in self.columns)


def header_roles(row: Row, vocab: Vocabulary) -> list[tuple[int, Cell, str]]:
    """(grid column, cell, role) of every header cell the vocabulary names."""
    out = []
    for pos, c in positions(row):
        role = vocab.role(c.text) if not c.is_blank else None
        if role is not None:
            out.append((pos, c, role))
    return out


def build(row: Row, vocab: Vocabulary) -> ColumnMap:
    """The column map of one header row (first cell of a role wins)."""
    cmap = ColumnMap(width=width(row))
    seen: set[str] = set()
    for pos, c, role in header_roles(row, vocab):
        if role in seen:
            continue
        seen.add(role)
        cmap.columns.append(Column(role, pos, pos + max(c.col_span, 1)))
        cmap.header_cells.append(c)
    return cmap


def sub_header(cmap: ColumnMap, row: Row, vocab: Vocabulary, subtotal: Words) -> ColumnMap | None:
    """The map refined by a second header row whose labels sit under spanning role cells
    (全年执行数 over 小计 / 财政资金 / 其他资金); None when ``row`` is not such a row."""
    if not cmap.has_spanning():
        return None
    cells = [(p, c) for p, c in positions(row) if not c.is_blank]
    if not cells:
        return None
    for p, c in cells:
        col = cmap.at(p)
        if col is None or col.end - col.start <= 1 or vocab.role(c.text) not in (None, col.role):
            return None
    out = ColumnMap(width=cmap.width, header_cells=[*cmap.header_cells, *(c for _, c in cells)])
    for col in cmap.columns:
        subs = [(p, c) for p, c in cells if col.start <= p < col.end]
        if not subs:
            out.columns.append(col)
            continue
        for p, c in subs:
            label = squash(c.text)
            out.columns.append(Column(col.role, p, p + max(c.col_span, 1), None if subtotal.match(label) else label))
    return out


def read_row(cmap: ColumnMap, row: Row, offset: int = 0) -> tuple[dict[Column, Cell], list[tuple[int, Cell]]]:
    """The row's cells by column (``offset``: grid columns the row has more than the header,
    e.g. a merged block label the header row lacks), and the cells no column claims."""
    got: dict[Column, Cell] = {}
    rest: list[tuple[int, Cell]] = []
    for pos, c in positions(row):
        col = cmap.at(pos - offset)
        if col is not None and col not in got:
            got[col] = c
        else:
            rest.append((pos, c))
    return got, rest
