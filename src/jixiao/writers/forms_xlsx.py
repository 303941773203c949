"""附件 forms as an Excel workbook (.xlsx): one sheet per form, merged cells as in the
official templates, numbers stored as numbers with the decimals they were written with.

Pure function :func:`forms_xlsx` : package -> bytes.
"""

from __future__ import annotations

import copy
import io
import re
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
    """Cell styles of a sheet, each made once through openpyxl's API and then copied.

    Assigning ``Font``/``Alignment``/``Border`` objects hashes them into the workbook's style
    tables on every cell (about 0.15 ms each); a form of a few thousand rows took seconds.  The
    style of the first cell of each kind is kept (``cell._style``, openpyxl's index array, the
    documented way its own ``copy_worksheet`` shares styles) and given to the others.
    """

    def __init__(self) -> None:
        self._made: dict[tuple, object] = {}

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


def _line(ws, r: int, text: str, ncols: int, *, size: int = 10, bold: bool = False, center: bool = False,
          merge: bool = False) -> None:
    cell = ws.cell(row=r, column=1, value=xml_text(text))
    cell.font = Font(name=_FONT, size=size, bold=bold)
    cell.alignment = Alignment(horizontal="center" if center else "left", vertical="center")
    if merge:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)


_NOT_IN_TITLE = re.compile(r"[\\/?*\[\]:\x00-\x1f]")


def sheet_title(name: str) -> str:
    """A sheet name Excel accepts: no \\ / ? * [ ] : or control characters, at most 31 characters."""
    return _NOT_IN_TITLE.sub("_", xml_text(name))[:31].strip("'") or "表"


def add_sheet(wb: Workbook, g: FormGrid, title: str) -> None:
    ws = wb.create_sheet(title=sheet_title(title))
    n = g.columns
    for i, w in enumerate(g.widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w * 1.15
    r = 1
    _line(ws, r, g.marker, n)
    r += 1
    _line(ws, r, g.title, n, size=16, bold=True, center=True, merge=True)
    ws.row_dimensions[r].height = 28
    r += 1
    for c in g.captions:
        _line(ws, r, c, n)
        r += 1
    first = r
    positions = [grid_positions(row) for row in g.rows]
    styles = _Styles()
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
    for r0, c0, r1, c1 in merge_ranges(g):
        ws.merge_cells(start_row=first + r0, start_column=c0 + 1, end_row=first + r1, end_column=c1 + 1)
    r = first + len(g.rows)
    for note in g.notes:
        _line(ws, r, note, n, size=9)
        r += 1
    _line(ws, r, g.footer, n)
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
    used: set[str] = set()
    for g in grids:
        if note and corrected and any(corrected.values()):
            g.notes = g.notes + [note]
        title = g.sheet
        k = 2
        while title in used:
            title = f"{g.sheet}（{k}）"
            k += 1
        used.add(title)
        add_sheet(wb, g, title)
    if not grids:
        ws = wb.create_sheet("说明")
        ws["A1"] = "材料中没有可写出的附件表（基础数据表、部门整体或项目支出绩效自评表）。"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
