"""The cell grid: the first intermediate representation (单元格网格).

Every reader (text export, and later .docx/.xlsx/.pdf) turns a file into a
:class:`Document`: an ordered list of blocks, each either a :class:`Paragraph`
(prose between tables) or a :class:`Table` (rows of cells).  Nothing here knows
about budget forms; recognisers work on this representation only.

Every cell and paragraph has a stable ``id`` so that later stages can record
which ones they placed in the typed model; whatever is left is reported as
unplaced, never dropped.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator, Union


@dataclass(frozen=True)
class Loc:
    """A place in a source file: file name and 1-based line (or row) number."""

    file: str
    line: int
    place: str | None = None  # in the original's own terms: 表3 第5行 第2列, Sheet1!C12, 第2页 表1 第4行

    def __str__(self) -> str:
        return f"{self.file}:{self.line}"


@dataclass
class Cell:
    """One table cell (单元格).  ``text`` keeps the cell's own line breaks."""

    id: int
    text: str
    loc: Loc
    row_span: int = 1
    col_span: int = 1

    @property
    def is_blank(self) -> bool:
        return not self.text.strip()


@dataclass
class Row:
    cells: list[Cell]
    loc: Loc

    def texts(self) -> list[str]:
        return [c.text for c in self.cells]

    def non_blank(self) -> list[Cell]:
        return [c for c in self.cells if not c.is_blank]


@dataclass
class Table:
    """A table (表格).

    ``exact_columns`` says whether cell positions can be trusted: a Word table
    or a workbook keeps every cell in its column, while a PDF-to-Markdown export
    collapses merged cells and shifts the rest left or right.  Recognisers read
    by position only when the reader vouches for it.
    """

    id: int
    rows: list[Row]
    loc: Loc
    exact_columns: bool = True


@dataclass
class Paragraph:
    """A paragraph of prose (段落).  ``heading_level`` is set when the source marks
    it as a heading (Markdown ``#``), ``list_item`` for Markdown ``-`` items."""

    id: int
    text: str
    loc: Loc
    heading_level: int | None = None
    list_item: bool = False


Block = Union[Paragraph, Table]


@dataclass
class ReaderNote:
    """Something the reader noticed and repaired or dropped (e.g. an editor's
    bookmark artefact).  Reported with the package's diagnostics."""

    code: str
    message: str
    loc: Loc


@dataclass
class Document:
    """A whole source file as blocks in document order."""

    source: str
    blocks: list[Block]
    layout: str
    notes: list[ReaderNote] = field(default_factory=list)
    sha256: str = ""

    def tables(self) -> Iterator[Table]:
        return (b for b in self.blocks if isinstance(b, Table))

    def paragraphs(self) -> Iterator[Paragraph]:
        return (b for b in self.blocks if isinstance(b, Paragraph))

    def cells(self) -> Iterator[Cell]:
        for t in self.tables():
            for r in t.rows:
                yield from r.cells


class IdSource:
    """Hands out ids for cells, paragraphs and tables of one document."""

    def __init__(self) -> None:
        self._next = 0

    def __call__(self) -> int:
        self._next += 1
        return self._next
