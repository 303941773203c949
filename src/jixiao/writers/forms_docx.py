"""附件 forms as Word (.docx): one table per form, merged cells as in the official templates.

Pure function :func:`forms_docx` : package -> bytes.  Layouts come from
``templates/forms/*.toml`` (see :mod:`.layout`).
"""

from __future__ import annotations

import io
from pathlib import Path

from docx import Document
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

from ..model import Package
from .docx_common import HEADING_FONT, page_setup, set_run_font, set_style_font, shade, xml_text
from .layout import FormGrid, form_grids, grid_positions, merge_ranges

_USABLE_WIDTH_CM = 29.7 - 2 * 1.5
_TABLE_PT = 9


def _para(doc, text: str, *, size: float = 10.5, bold: bool = False, center: bool = False, font: str = "宋体"):
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(2)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_run_font(p.add_run(xml_text(text)), font, size, bold)
    return p


def _fill(cell, text: str, *, bold: bool, center: bool) -> None:
    p = cell.paragraphs[0]
    p.paragraph_format.space_after = Pt(0)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    lines = text.split("\n")
    for k, line in enumerate(lines):
        run = p.add_run(xml_text(line))
        set_run_font(run, size=_TABLE_PT, bold=bold)
        if k < len(lines) - 1:
            run.add_break()
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def add_form(doc, g: FormGrid, first: bool) -> None:
    if not first:
        doc.add_page_break()
    _para(doc, g.marker, font=HEADING_FONT)
    _para(doc, g.title, size=16, bold=True, center=True, font=HEADING_FONT)
    for c in g.captions:
        _para(doc, c)
    ncols = g.columns
    table = doc.add_table(rows=len(g.rows), cols=ncols)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    total = sum(g.widths)
    widths = [Cm(_USABLE_WIDTH_CM * w / total) for w in g.widths]
    table.autofit = False
    for i, col in enumerate(table.columns):
        col.width = widths[i]  # the table grid (w:gridCol), which LibreOffice follows
    # python-docx's table.cell() rebuilds the whole cell list on every call: take it once,
    # on the unmerged grid (the merge ranges never overlap, so these cells stay valid).
    grid_cells = [list(r.cells) for r in table.rows]
    for row_cells in grid_cells:
        for i, c in enumerate(row_cells):
            c.width = widths[i]
    # text first (on the unmerged grid), then the merges
    positions = [grid_positions(row) for row in g.rows]
    for ri, row in enumerate(g.rows):
        for c, p in zip(row, positions[ri]):
            if c.cont:
                continue
            cell = grid_cells[ri][p]
            center = c.kind in ("label", "money", "number", "percent")
            _fill(cell, c.text, bold=c.kind == "label", center=center)
            if c.corrected:
                shade(cell)
    for r0, c0, r1, c1 in merge_ranges(g):
        grid_cells[r0][c0].merge(grid_cells[r1][c1])
    for n in g.notes:
        _para(doc, n, size=9)
    _para(doc, g.footer, size=10.5)


def forms_docx(pkg: Package, templates: Path | None = None, corrected: dict[int, set[str]] | None = None,
               note: str | None = None) -> bytes:
    """Every form of ``pkg`` in one .docx (landscape A4, one form per page or more)."""
    doc = Document()
    set_style_font(doc.styles["Normal"], size=10.5)
    page_setup(doc.sections[0], landscape=True, margin_cm=1.5)
    grids = form_grids(pkg, templates, corrected)
    for i, g in enumerate(grids):
        if note and corrected and any(corrected.values()):
            g.notes = g.notes + [note]
        add_form(doc, g, first=i == 0)
    if not grids:
        _para(doc, "材料中没有可写出的附件表（基础数据表、部门整体或项目支出绩效自评表）。")
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()
