"""Reader for plain-text exports (文本导出) of Word and PDF packages.

Two layouts exist in the wild (see ``../shared/seeds/README.md``):

``cell-lines`` (Word export)
    One table row per block; each cell on its own line starting with a TAB;
    a blank line between rows; a cell's own line breaks continue on lines
    without the TAB (sometimes after a blank line).  Prose between tables is
    plain lines.  Two or more blank lines before a TAB line are a *weak* row
    boundary: usually a new row, but sometimes the exporter split one row in
    two (a merged label cell followed by the rest of its row); such halves are
    joined again when together they have the table's usual width.

``tsv`` (PDF-to-Markdown export)
    One row per line with TAB-separated cells, Markdown ``#`` headings and a
    few HTML tags.  Merged cells were collapsed, so column positions are not
    reliable (``Table.exact_columns = False``).

The layout is detected from the lines themselves, never from the file name.
"""

from __future__ import annotations

import html
import re
from collections import Counter

from ..grid import Cell, Document, IdSource, Loc, Paragraph, ReaderNote, Row, Table

_BOOKMARK = re.compile(r"\[bookmark:[^\]]*\]")
_TAG = re.compile(r"</?(?:b|p|i|u|strong|em|span|br|sup|sub)\b[^>]*>", re.I)
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
_MD_BOLD = re.compile(r"\*\*(.*?)\*\*")

# A plain line that always ends a table in the cell-lines layout, even right
# after a cell: attachment markers, form titles, form footers and notes.
_TABLE_BREAK = re.compile(
    r"^\s*(附件\s*[一二三四五六七八九十\d]+|填表人|填报人|说明[:：]|注[:：]|#"
    r"|\d{4}\s*年度.*(表|报告)\s*$)"
)


def _clean(text: str, doc_notes: list[ReaderNote], loc: Loc) -> str:
    if "[bookmark:" in text:
        doc_notes.append(ReaderNote("bookmark", "删除了编辑器书签标记 [bookmark: …]", loc))
        text = _BOOKMARK.sub("", text)
    return text


def detect_layout(lines: list[str]) -> str:
    """``cell-lines`` when most TAB lines hold exactly one leading TAB, else ``tsv``."""
    single = multi = 0
    for line in lines:
        if "\t" not in line:
            continue
        if line.startswith("\t") and line.count("\t") == 1:
            single += 1
        else:
            multi += 1
    return "cell-lines" if single > multi else "tsv"


def read_text(text: str, source: str) -> Document:
    lines = text.splitlines()
    layout = detect_layout(lines)
    if layout == "cell-lines":
        return _read_cell_lines(lines, source)
    return _read_tsv(lines, source)


# ---------------------------------------------------------------- cell-lines


def _is_blank(line: str) -> bool:
    # A line holding only a full-width space is cell content, not a separator.
    return line.strip(" \r") == ""


def _read_cell_lines(lines: list[str], source: str) -> Document:
    ids = IdSource()
    notes: list[ReaderNote] = []
    blocks: list = []
    table: Table | None = None
    row: Row | None = None
    cell: Cell | None = None
    weak: set[int] = set()  # ids of rows that started after 2+ blank lines
    blank_run = 0

    def close_table() -> None:
        nonlocal table, row, cell
        if table is not None:
            _join_split_rows(table, weak, notes)
            blocks.append(table)
        table = row = cell = None

    for no, raw in enumerate(lines, start=1):
        loc = Loc(source, no)
        if _is_blank(raw):
            blank_run += 1
            continue
        line = _clean(raw, notes, loc)
        if line.startswith("\t"):
            if table is None:
                table = Table(ids(), [], loc, exact_columns=True)
            if row is None or blank_run > 0:
                row = Row([], loc)
                table.rows.append(row)
                if blank_run >= 2 and len(table.rows) > 1:
                    weak.add(id(row))
            cell = Cell(ids(), line[1:].rstrip(" \r"), loc)
            row.cells.append(cell)
        elif table is not None and cell is not None and blank_run < 2 and not _TABLE_BREAK.match(line):
            sep = "\n\n" if blank_run else "\n"
            cell.text = f"{cell.text}{sep}{line.rstrip()}"
        else:
            close_table()
            blocks.append(Paragraph(ids(), line.strip(), loc))
        blank_run = 0
    close_table()
    return Document(source, blocks, "cell-lines", notes)


def _join_split_rows(table: Table, weak: set[int], notes: list[ReaderNote]) -> None:
    """Join a row the exporter split in two at a weak boundary.

    The halves are joined only when the first is narrower than the table's
    usual width and both together have exactly that width.
    """
    widths = Counter(len(r.cells) for r in table.rows)
    if not widths:
        return
    usual = widths.most_common(1)[0][0]
    out: list[Row] = []
    for r in table.rows:
        if (
            id(r) in weak
            and out
            and len(out[-1].cells) < usual
            and len(r.cells) < usual
            and len(out[-1].cells) + len(r.cells) == usual
        ):
            out[-1].cells.extend(r.cells)
            notes.append(ReaderNote("row-joined", f"第 {r.loc.line} 行起的单元格与上一行合并（导出时被拆开的一行）", r.loc))
            continue
        out.append(r)
    table.rows = out


# ---------------------------------------------------------------------- tsv


def _strip_markup(text: str) -> str:
    text = _TAG.sub("", text)
    text = _MD_BOLD.sub(r"\1", text)
    return html.unescape(text)


def _read_tsv(lines: list[str], source: str) -> Document:
    ids = IdSource()
    notes: list[ReaderNote] = []
    blocks: list = []
    table: Table | None = None
    pending_blank = False

    for no, raw in enumerate(lines, start=1):
        loc = Loc(source, no)
        if not raw.strip(" \r"):
            pending_blank = True
            continue
        line = _clean(raw, notes, loc)
        if "\t" in line:
            if table is None:
                table = Table(ids(), [], loc, exact_columns=False)
                blocks.append(table)
            cells = [Cell(ids(), _strip_markup(t).strip(), loc) for t in line.rstrip("\r").split("\t")]
            table.rows.append(Row(cells, loc))
        else:
            # A page break inside a table shows as a blank line between two
            # TAB rows: the table goes on.  Any prose line ends it.
            table = None
            text = line.strip()
            m = _MD_HEADING.match(text)
            if m:
                blocks.append(Paragraph(ids(), _strip_markup(m.group(2)).strip(), loc, heading_level=len(m.group(1))))
            elif text.startswith("- "):
                blocks.append(Paragraph(ids(), _strip_markup(text[2:]).strip(), loc, list_item=True))
            else:
                blocks.append(Paragraph(ids(), _strip_markup(text), loc))
        pending_blank = False
    del pending_blank
    return Document(source, blocks, "tsv", notes)
