"""附件 forms as an Excel workbook (.xlsx): one sheet per form, merged cells as in the
official templates, numbers stored as numbers with the decimals they were written with.

Pure function :func:`forms_xlsx` : package -> bytes.
"""

from __future__ import annotations

import copy
import io
import math
import re
import unicodedata
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from ..model import Package
from .docx_common import CORRECTED_FILL, xml_text
from .figures import places_of
from .layout import FormGrid, GCell, form_grids, grid_positions, merge_ranges

_THIN = Side(style="thin", color="000000")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_FONT = "宋体"


def _number_format(c: GCell) -> str:
    places = places_of(c.value)
    dec = "0" if places == 0 else "0." + "0" * places
    if c.kind == "percent":
        return dec + "%"
    if c.kind == "money":
        return "#,##" + dec if places else "#,##0"
    return dec


class _Styles:
    """Cell styles of a workbook, each made once through openpyxl's API and then copied.

    Assigning ``Font``/``Alignment``/``Border`` objects hashes them into the workbook's style
    tables on every cell (about 0.15 ms each); a form of a few thousand rows took seconds.  The
    style of the first cell of each kind is kept (``cell._style``, openpyxl's index array, the
    documented way its own ``copy_worksheet`` shares styles) and given to the others.
    """

    def __init__(self) -> None:
        self._made: dict[tuple, object] = {}

    def line(self, cell, size: int, bold: bool, center: bool) -> None:
        """A line of text above or below a form (marker, title, captions, notes, footer)."""
        key = ("line", size, bold, center)
        made = self._made.get(key)
        if made is not None:
            cell._style = copy.copy(made)
            return
        cell.font = Font(name=_FONT, size=size, bold=bold)
        cell.alignment = Alignment(horizontal="center" if center else "left", vertical="center")
        self._made[key] = copy.copy(cell._style)

    def apply(self, cell, c: GCell | None) -> None:
        key = None if c is None else (c.kind in ("label", "money", "number", "percent"),
                                      c.kind == "label", cell.number_format, c.corrected)
        made = self._made.get(key)
        if made is not None:
            cell._style = copy.copy(made)
            return
        cell.border = _BORDER
        if c is not None:
            centred, bold, _, corrected = key
            cell.alignment = Alignment(horizontal="center" if centred else "left", vertical="center",
                                       wrap_text=True)
            cell.font = Font(name=_FONT, size=10, bold=bold)
            if corrected:
                cell.fill = PatternFill("solid", fgColor=CORRECTED_FILL)
        self._made[key] = copy.copy(cell._style)


def _store(ws, r: int, col: int, c: GCell, styles: _Styles) -> None:
    cell = ws.cell(row=r, column=col)
    if c.kind in ("money", "number", "percent") and c.value is not None:
        cell.value = c.value / Decimal(100) if c.kind == "percent" else c.value
        cell.number_format = _number_format(c)
    else:
        cell.value = xml_text(c.text) if c.text else None
        if c.text:
            cell.number_format = "@"
    styles.apply(cell, c)


def _line(ws, styles: _Styles, r: int, text: str, ncols: int, *, size: int = 10, bold: bool = False,
          center: bool = False, merge: bool = False) -> None:
    cell = ws.cell(row=r, column=1, value=xml_text(text))
    styles.line(cell, size, bold, center)
    if merge:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)


_NOT_IN_TITLE = re.compile(r"[\\/?*\[\]:\x00-\x1f]")
MAX_TITLE = 31  # Excel's longest sheet name


def sheet_title(name: str) -> str:
    """A sheet name Excel accepts: spaces and line breaks made single spaces, no \\ / ? * [ ] : or
    control characters, at most 31 characters."""
    name = " ".join(xml_text(name).split())
    return _NOT_IN_TITLE.sub("_", name)[:MAX_TITLE].strip("' ") or "表"


def unique_title(name: str, used: set[str], tried: dict[str, int] | None = None) -> str:
    """:func:`sheet_title` of ``name``, unique among ``used`` (casefolded names, as Excel compares
    them; the new one is added): a name taken, often only once cut to 31 characters, gets （2）,
    （3）… within the 31 characters.  ``tried`` remembers the last number given per name, so that
    thousands of sheets of one name do not count up from 2 each time."""
    base = sheet_title(name)
    title, k = base, (tried or {}).get(base.casefold(), 1) + 1
    while title.casefold() in used:
        suffix = f"（{k}）"
        title = base[: MAX_TITLE - len(suffix)].rstrip("' ") + suffix
        k += 1
    if tried is not None:
        tried[base.casefold()] = k - 1
    used.add(title.casefold())
    return title


# ------------------------------------------------------------- row heights

WIDTH_SCALE = 1.15  # Excel column width (characters) per width unit of the layout
WIDE_UNITS = 2  # width units of a CJK, full-width or 宋体-wide character (a digit or Latin letter: 1)
CELL_MARGIN_UNITS = 1.0  # the cell's inner margins, left and right together
LINE_HEIGHT_PT = 13.5  # one line of 10 pt 宋体 in Excel
ROW_PADDING_PT = 3.0  # above and below the text of a cell
MIN_ROW_HEIGHT_PT = 15.0  # Excel's default row height: one-line rows keep it
MAX_ROW_HEIGHT_PT = 409.0  # Excel's highest row


def text_width(line: str) -> int:
    """Width units of one line of text: :data:`WIDE_UNITS` for an East Asian wide or full-width
    character, and for an ambiguous one (“ ” — …), which 宋体 draws full width; 1 for others."""
    return sum(WIDE_UNITS if unicodedata.east_asian_width(ch) in "WFA" else 1 for ch in line)


def wrapped_lines(text: str, width: float) -> int:
    """Lines ``text`` takes when wrapped in a cell ``width`` Excel characters wide: each of its
    lines (split at line breaks) takes its width units over the usable width, rounded up.

    An estimate: Excel breaks at words and glyph widths vary, so a line may end a little early.
    Only the characters that can still change the (capped) height are measured."""
    usable = max(width - CELL_MARGIN_UNITS, 1.0)
    most = math.ceil(MAX_ROW_HEIGHT_PT / LINE_HEIGHT_PT)
    lines = 0
    for line in text.split("\n"):
        lines += max(1, math.ceil(text_width(line[: int(usable * (most + 1))]) / usable))
        if lines >= most:
            return most
    return lines


def row_heights(g: FormGrid, merges: list[tuple[int, int, int, int]] | None = None) -> list[float]:
    """The height (points) of each grid row that shows its wrapped text in full.

    A cell's width is that of the columns it spans; a cell merged down over several rows shares
    its height out among them (what they lack is added evenly); ``merges`` are
    :func:`~.layout.merge_ranges` of ``g`` when already at hand.  Heights run from
    :data:`MIN_ROW_HEIGHT_PT` to :data:`MAX_ROW_HEIGHT_PT`."""
    widths = [w * WIDTH_SCALE for w in g.widths]
    down = {(r0, c0): r1 for r0, c0, r1, _ in (merge_ranges(g) if merges is None else merges) if r1 > r0}

    def need(c: GCell, p: int) -> float:
        lines = wrapped_lines(c.text, sum(widths[p:p + c.span])) if c.text else 1
        return lines * LINE_HEIGHT_PT + ROW_PADDING_PT

    heights = [MIN_ROW_HEIGHT_PT] * len(g.rows)
    tall: list[tuple[int, int, float]] = []
    for ri, row in enumerate(g.rows):
        for c, p in zip(row, grid_positions(row)):
            if c.cont or not c.text:
                continue
            if (ri, p) in down:
                tall.append((ri, down[ri, p], need(c, p)))
            else:
                heights[ri] = max(heights[ri], need(c, p))
    for r0, r1, h in tall:
        lack = h - sum(heights[r0:r1 + 1])
        if lack > 0:
            for r in range(r0, r1 + 1):
                heights[r] += lack / (r1 - r0 + 1)
    return [min(h, MAX_ROW_HEIGHT_PT) for h in heights]


def add_sheet(wb: Workbook, g: FormGrid, title: str, styles: _Styles | None = None,
              names: tuple[set[str], dict[str, int]] | None = None) -> None:
    """The form ``g`` on a new sheet named ``title`` (:func:`unique_title` among the workbook's
    sheets), ready to print: rows as high as their wrapped text, the form's cells as the print
    area, landscape A4, one page wide.  ``styles`` and ``names`` are shared by the sheets of one
    workbook (made here when not given)."""
    styles = styles or _Styles()
    used, tried = names or ({t.casefold() for t in wb.sheetnames}, {})
    ws = wb.create_sheet(title=unique_title(title, used, tried))
    n = g.columns
    for i, w in enumerate(g.widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w * WIDTH_SCALE
    r = 1
    _line(ws, styles, r, g.marker, n)
    r += 1
    _line(ws, styles, r, g.title, n, size=16, bold=True, center=True, merge=True)
    ws.row_dimensions[r].height = 28
    r += 1
    for c in g.captions:
        _line(ws, styles, r, c, n)
        r += 1
    first = r
    positions = [grid_positions(row) for row in g.rows]
    for ri, row in enumerate(g.rows):
        rr = first + ri
        filled = set()
        for c, p in zip(row, positions[ri]):
            if not c.cont:
                _store(ws, rr, p + 1, c, styles)
                filled.add(p + 1)
        for col in range(1, n + 1):
            if col not in filled:
                styles.apply(ws.cell(row=rr, column=col), None)
    merges = merge_ranges(g)
    for r0, c0, r1, c1 in merges:
        ws.merge_cells(start_row=first + r0, start_column=c0 + 1, end_row=first + r1, end_column=c1 + 1)
    for ri, h in enumerate(row_heights(g, merges)):
        ws.row_dimensions[first + ri].height = h
    r = first + len(g.rows)
    for note in g.notes:
        _line(ws, styles, r, note, n, size=9)
        r += 1
    _line(ws, styles, r, g.footer, n)
    ws.print_area = f"A1:{get_column_letter(n)}{r}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.print_options.horizontalCentered = True


def forms_xlsx(pkg: Package, templates: Path | None = None, corrected: dict[int, set[str]] | None = None,
               note: str | None = None) -> bytes:
    """Every form of ``pkg`` in one workbook, one sheet per form."""
    wb = Workbook()
    wb.remove(wb.active)
    grids = form_grids(pkg, templates, corrected)
    styles, names = _Styles(), (set(), {})
    for g in grids:
        if note and corrected and any(corrected.values()):
            g.notes = g.notes + [note]
        add_sheet(wb, g, g.sheet, styles, names)  # named by the layout (a project by its name), made unique there
    if not grids:
        ws = wb.create_sheet("说明")
        ws["A1"] = "材料中没有可写出的附件表（基础数据表、部门整体或项目支出绩效自评表）。"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
