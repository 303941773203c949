"""Readers for Excel workbooks: .xlsx (openpyxl) and .xls (xlrd) -> cell grid.

Each visible sheet is read top to bottom.  A row with a bordered cell is a
table row; a row without borders (a title, a "单位：万元" caption, a
"填表人：" footer) is a paragraph.  A sheet drawn without any borders falls
back on content: rows with two or more filled cells are table rows.

Merged ranges (``merged_cells.ranges``; only their top-left cell holds the
value) follow the Word text export, the recognisers' reference layout: one
:class:`~jixiao.grid.Cell` per merged range with ``row_span``/``col_span``;
the columns it covers in its own row are skipped, and each row below that it
covers keeps one *blank placeholder* cell in its place.

Values are shown as a clerk sees them: numbers through their number format
("#,##0.00" -> "1,234.50", "0.0%" -> "81.4%"), formulas as their cached
value.  A formula without a cached value (a file written by a program and
never opened in Excel) is read as blank and reported.

``Loc`` is ``file!sheet`` and the Excel row number.
"""

from __future__ import annotations

import datetime as _dt
import io
import re
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from ..grid import Block, Cell, Document, IdSource, Loc, Paragraph, ReaderNote, Row, Table
from ..limits import current, exceeded
from .docx import check_xml
from .errors import ReadError, library_errors
from .safezip import SafeZip

_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\b[^>]*?\bref="\$?([A-Za-z]{1,3})\$?(\d{1,7}):\$?([A-Za-z]{1,3})\$?(\d{1,7})"')


def _col_no(letters: bytes) -> int:
    n = 0
    for ch in letters.upper():
        n = n * 26 + ch - 64
    return n


def check_merges(data: bytes, name: str, member: str) -> list[tuple[int, int, int, int]]:
    """A sheet's merged ranges (r0, c0, r1, c1; 1-based, inclusive), read from its XML — the
    workbook is opened in openpyxl's read-only mode, which neither keeps merges nor styles
    every merged cell.  A sheet whose merges exceed the table limits is refused here
    (A1:XFD1048576 would otherwise take gigabytes)."""
    lim = current().table
    total = 0
    out: list[tuple[int, int, int, int]] = []
    for m in _MERGE.finditer(data):
        r0, r1 = sorted((int(m.group(2)), int(m.group(4))))
        c0, c1 = sorted((_col_no(m.group(1)), _col_no(m.group(3))))
        out.append((r0, c0, r1, c1))
        area = (r1 - r0 + 1) * (c1 - c0 + 1)
        total += area
        ref = m.group(0).split(b'ref="')[1].rstrip(b'"').decode("ascii", "replace")
        if area > lim.merged_cells:
            raise ReadError(name, f"工作表 {member} 的合并区域 {ref}：{exceeded('table.merged_cells', area, lim.merged_cells)}")
        if total > lim.document_cells:
            raise ReadError(name, f"工作表 {member} 的合并区域：{exceeded('table.document_cells', total, lim.document_cells)}")
    return out
_DECIMALS = re.compile(r"0\.(0+)")


def format_number(value, fmt: str | None) -> str:
    """A number as its number format shows it (the common formats; else plain)."""
    fmt = (fmt or "General").split(";")[0]
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    d = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    if not d.is_finite() or d.adjusted() >= current().number.integer_digits:
        # 1e308, inf: the digits as stored; the value parser reports the range
        return format(d, "f") if d.is_finite() else str(value)
    if fmt in ("General", "@", ""):
        if isinstance(value, float):
            s = f"{value:.15g}"
            if "e" in s:
                s = format(Decimal(s), "f")
            return s
        return str(value)
    pct = "%" in fmt
    if pct:
        d = d * 100
    m = _DECIMALS.search(fmt)
    places = len(m.group(1)) if m else 0
    q = d.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    s = f"{q:,.{places}f}" if "," in fmt else f"{q:.{places}f}"
    return s + ("%" if pct else "")


def _text(value, fmt: str | None) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, (_dt.datetime, _dt.date)):
        if isinstance(value, _dt.datetime) and (value.hour, value.minute, value.second) == (0, 0, 0):
            value = value.date()
        return value.isoformat()
    if isinstance(value, _dt.time):
        return value.isoformat()
    if isinstance(value, (int, float)):
        return format_number(value, fmt)
    return str(value)


class _SheetGrid:
    """The raw sheet: values (as shown), borders, merges; reader independent."""

    def __init__(self, title: str, nrows: int, ncols: int):
        self.title = title
        self.nrows = nrows
        self.ncols = ncols
        self.text: dict[tuple[int, int], str] = {}
        self.bordered: set[tuple[int, int]] = set()
        self.merges: list[tuple[int, int, int, int]] = []  # r0, c0, r1, c1 (1-based, inclusive)
        self.bold_big: set[int] = set()  # rows whose first text cell is bold and larger than the body font


def column_letters(c: int) -> str:
    """Excel's name of column ``c`` (1-based): A … Z, AA …

    >>> [column_letters(c) for c in (1, 26, 27, 703)]
    ['A', 'Z', 'AA', 'AAA']
    """
    out = ""
    while c > 0:
        c, rem = divmod(c - 1, 26)
        out = chr(ord("A") + rem) + out
    return out


def _at(row: Loc, sheet: str, r: int, c: int) -> Loc:
    """A cell's place as Excel names it: 基础数据表!C12."""
    return Loc(row.file, row.line, f"{sheet}!{column_letters(c)}{r}")


def _blocks(g: _SheetGrid, file: str, ids: IdSource, notes: list[ReaderNote]) -> list[Block]:
    head: dict[tuple[int, int], tuple[int, int]] = {}  # top-left -> (rows, cols)
    covered_h: set[tuple[int, int]] = set()  # skipped entirely
    covered_v: dict[tuple[int, int], tuple[int, int]] = {}  # first covered column of a lower row -> head
    for r0, c0, r1, c1 in g.merges:
        head[(r0, c0)] = (r1 - r0 + 1, c1 - c0 + 1)
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                if (r, c) == (r0, c0):
                    continue
                if c == c0 and r > r0:
                    covered_v[(r, c)] = (r0, c0)
                else:
                    covered_h.add((r, c))
    any_border = bool(g.bordered)
    blocks: list[Block] = []
    table: Table | None = None
    heads: dict[tuple[int, int], Cell] = {}
    loc_file = f"{file}!{g.title}"
    for r in range(1, g.nrows + 1):
        loc = Loc(loc_file, r, f"{g.title}!第{r}行")
        cols = range(1, g.ncols + 1)
        filled = [c for c in cols if g.text.get((r, c), "").strip()]
        bordered = any((r, c) in g.bordered for c in cols)
        if any_border:
            is_table = bordered
        else:
            is_table = len(filled) >= 2 or (table is not None and len(filled) == 1 and (r, filled[0]) not in head)
        if not is_table:
            table = None
            if filled:
                text = "  ".join(g.text[(r, c)].strip() for c in filled)
                for line in text.split("\n"):
                    if line.strip():
                        blocks.append(Paragraph(ids(), line.strip(), loc, heading_level=1 if r in g.bold_big else None))
            continue
        if table is None:
            table = Table(ids(), [], loc, exact_columns=True)
            blocks.append(table)
        row = Row([], loc)
        last = max([c for c in cols if (r, c) in g.bordered or g.text.get((r, c), "").strip()
                    or (r, c) in covered_v] or [0])
        c = 1
        while c <= last:
            if (r, c) in covered_h:
                c += 1
                continue
            if (r, c) in covered_v:
                span = head[covered_v[(r, c)]][1]
                row.cells.append(Cell(ids(), "", _at(loc, g.title, r, c), col_span=span))
                c += span
                continue
            rs, cs = head.get((r, c), (1, 1))
            text = "\n".join(x.rstrip(" \r\t") for x in g.text.get((r, c), "").replace("\r\n", "\n").split("\n"))
            cell = Cell(ids(), text.strip("\n"), _at(loc, g.title, r, c), row_span=rs, col_span=cs)
            if (r, c) in head:
                heads[(r, c)] = cell
            row.cells.append(cell)
            c += cs
        table.rows.append(row)
    return blocks


def _check_size(name: str, sheet: str, nrows: int, ncols: int, total: int) -> None:
    lim = current().table
    for key, value, limit in (("table.rows", nrows, lim.rows), ("table.columns", ncols, lim.columns),
                              ("table.document_cells", total, lim.document_cells)):
        if value > limit:
            raise ReadError(name, f"工作表「{sheet}」：{exceeded(key, value, limit)}")


def _part(ws) -> str:
    """The zip member of a read-only sheet (openpyxl keeps it as ``_worksheet_path``)."""
    return str(getattr(ws, "_worksheet_path", "")).lstrip("/")


def _formulas(wbf) -> dict[str, dict[tuple[int, int], str]]:
    """Each sheet's formulas by cell, from the workbook opened with formulas (not values)."""
    out: dict[str, dict[tuple[int, int], str]] = {}
    try:
        for ws in wbf.worksheets:
            found = out.setdefault(ws.title, {})
            for row in ws.iter_rows():
                for cell in row:
                    v = getattr(cell, "value", None)
                    if isinstance(v, str) and v.startswith("="):
                        found[(cell.row, cell.column)] = v
    finally:
        wbf.close()
    return out


_BODY_SIZE = 11.0  # Excel's default font size: a title is bold and at least 2 points larger


def _read_sheet(ws, g: _SheetGrid, formulas: dict[tuple[int, int], str], name: str, notes: list[ReaderNote],
                total: int) -> int:
    """Values (as shown), borders and title rows of one sheet into ``g``; returns the workbook's
    running cell count (checked against the limits as the rows stream in)."""
    nrows = max((m[2] for m in g.merges), default=0)
    ncols = max((m[3] for m in g.merges), default=0)
    for row in ws.iter_rows():
        first_text = True
        for cell in row:
            r, c = getattr(cell, "row", None), getattr(cell, "column", None)
            if r is None or c is None:  # an empty filler cell of the read-only reader
                continue
            total += 1
            if r > nrows or c > ncols:
                nrows, ncols = max(nrows, r), max(ncols, c)
                _check_size(name, ws.title, nrows, ncols, total)
            b = cell.border if cell.has_style else None
            if b is not None and any(s is not None and s.style for s in (b.left, b.right, b.top, b.bottom)):
                g.bordered.add((r, c))
            v = cell.value
            if v is None and (r, c) in formulas:
                notes.append(ReaderNote(
                    "formula-no-value",
                    f"单元格 {cell.coordinate} 的公式 {formulas[(r, c)]} 没有保存计算结果，按空白读取（请在 Excel/WPS 中打开并保存后重试）",
                    Loc(f"{name}!{ws.title}", r)))
            t = _text(v, cell.number_format)
            if t:
                g.text[(r, c)] = t
                if first_text:
                    first_text = False
                    f = cell.font
                    if f is not None and f.b and f.sz and float(f.sz) >= _BODY_SIZE + 2:
                        g.bold_big.add(r)
        if total > current().table.document_cells:
            _check_size(name, ws.title, nrows, ncols, total)
    _check_size(name, ws.title, nrows, ncols, total)
    g.nrows, g.ncols = nrows, ncols
    return total


def read_xlsx(path: Path, name: str | None = None) -> Document:
    name = name or path.name
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    merges: dict[str, list[tuple[int, int, int, int]]] = {}
    with SafeZip(path, name) as z:
        if not z.has("xl/workbook.xml"):
            raise ReadError(name, "缺少部件 xl/workbook.xml（工作簿），文件不完整或已损坏")
        has_formulas = False
        for n in sorted(z.names):
            if not n.lower().endswith((".xml", ".rels")):
                continue
            data = z.read(n)
            check_xml(data, name, n)
            if n.startswith("xl/worksheets/"):
                merges[n] = check_merges(data, name, n)
                has_formulas = has_formulas or b"<f" in data
    # opened as files, not by name: openpyxl refuses a name not ending in .xlsx, and the type
    # is decided by the content (a workbook saved as ".xls" or ".et" is still a workbook)
    data = path.read_bytes()
    try:
        wb = openpyxl.load_workbook(io.BytesIO(data), data_only=True, read_only=True)
        with library_errors(name, "工作簿的公式"):
            formulas = _formulas(openpyxl.load_workbook(io.BytesIO(data), data_only=False, read_only=True)) if has_formulas else {}
    except ReadError:
        raise
    except (InvalidFileException, KeyError, OSError, ValueError, TypeError, IndexError, AttributeError) as e:
        raise ReadError(name, f"工作簿无法读取（{type(e).__name__}: {e}）") from None
    except Exception as e:  # openpyxl raises many things on broken files
        raise ReadError(name, f"工作簿无法读取（{type(e).__name__}: {e}）") from None
    ids = IdSource()
    notes: list[ReaderNote] = []
    blocks: list[Block] = []
    total = 0
    try:
        for ws in wb.worksheets:
            if ws.sheet_state != "visible":
                notes.append(ReaderNote("hidden-sheet", f"隐藏的工作表「{ws.title}」未读取", Loc(name, 1)))
                continue
            g = _SheetGrid(ws.title, 0, 0)
            g.merges = merges.get(_part(ws), [])
            with library_errors(name, f"工作表「{ws.title}」"):
                total = _read_sheet(ws, g, formulas.get(ws.title, {}), name, notes, total)
            blocks.extend(_blocks(g, name, ids, notes))
    finally:
        wb.close()
    return Document(name, blocks, "xlsx", notes)


def read_xls(path: Path, name: str | None = None) -> Document:
    """Old binary workbooks (.xls, BIFF8) through xlrd (merges and borders need formatting_info)."""
    name = name or path.name
    import xlrd

    try:
        log = io.StringIO()  # xlrd's own warnings, kept as notes instead of printed
        book = xlrd.open_workbook(str(path), formatting_info=True, on_demand=True, logfile=log)
    except xlrd.biffh.XLRDError as e:
        raise ReadError(name, f"Excel 97-2003 工作簿（.xls）无法读取（{e}）") from None
    except Exception as e:
        raise ReadError(name, f"Excel 97-2003 工作簿（.xls）无法读取（{type(e).__name__}: {e}）") from None
    ids = IdSource()
    notes: list[ReaderNote] = []
    blocks: list[Block] = []
    total = 0
    try:
        for si in range(book.nsheets):
            with library_errors(name, f"第 {si + 1} 个工作表"):
                sh = book.sheet_by_index(si)
            if getattr(sh, "visibility", 0):
                notes.append(ReaderNote("hidden-sheet", f"隐藏的工作表「{sh.name}」未读取", Loc(name, 1)))
                continue
            total += sh.nrows * sh.ncols
            _check_size(name, sh.name, sh.nrows, sh.ncols, total)
            g = _SheetGrid(sh.name, sh.nrows, sh.ncols)
            for r in range(sh.nrows):
                for c in range(sh.ncols):
                    cell = sh.cell(r, c)
                    xf = book.xf_list[cell.xf_index] if cell.xf_index is not None and cell.xf_index < len(book.xf_list) else None
                    if xf is not None:
                        bd = xf.border
                        if bd.left_line_style or bd.right_line_style or bd.top_line_style or bd.bottom_line_style:
                            g.bordered.add((r + 1, c + 1))
                    t = ""
                    if cell.ctype == xlrd.XL_CELL_TEXT:
                        t = cell.value
                    elif cell.ctype == xlrd.XL_CELL_NUMBER:
                        fmt = None
                        if xf is not None and xf.format_key in book.format_map:
                            fmt = book.format_map[xf.format_key].format_str
                        v = cell.value
                        t = format_number(int(v) if float(v).is_integer() and fmt in (None, "General") else v, fmt)
                    elif cell.ctype == xlrd.XL_CELL_DATE:
                        try:
                            t = _text(xlrd.xldate.xldate_as_datetime(cell.value, book.datemode), None)
                        except Exception:
                            t = str(cell.value)
                    elif cell.ctype == xlrd.XL_CELL_BOOLEAN:
                        t = "TRUE" if cell.value else "FALSE"
                    if t:
                        g.text[(r + 1, c + 1)] = t
            g.merges = [(r0 + 1, c0 + 1, r1, c1) for r0, r1, c0, c1 in sh.merged_cells]
            _check_merge_areas(name, sh.name, g.merges)
            blocks.extend(_blocks(g, name, ids, notes))
            book.unload_sheet(si)
    finally:
        book.release_resources()
    notes += [ReaderNote("library-warning", f"读取库提示：{line.strip()[:200]}", Loc(name, 1))
              for line in log.getvalue().splitlines()[:20] if line.strip()]
    return Document(name, blocks, "xls", notes)


def _check_merge_areas(name: str, sheet: str, merges: list[tuple[int, int, int, int]]) -> None:
    lim = current().table
    total = 0
    for r0, c0, r1, c1 in merges:
        area = max(r1 - r0 + 1, 0) * max(c1 - c0 + 1, 0)
        total += area
        if area > lim.merged_cells or total > lim.document_cells:
            key, value, limit = (("table.merged_cells", area, lim.merged_cells) if area > lim.merged_cells
                                 else ("table.document_cells", total, lim.document_cells))
            raise ReadError(name, f"工作表「{sheet}」的合并区域：{exceeded(key, value, limit)}")
