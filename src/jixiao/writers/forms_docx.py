"""附件 forms as Word (.docx): one table per form, merged cells as in the official templates.

Pure function :func:`forms_docx` : package -> bytes.  Layouts come from
``templates/forms/*.toml`` (see :mod:`.layout`).
"""

from __future__ import annotations

import copy
import io
from pathlib import Path

from docx import Document
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.document import _Body
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.table import _Cell
from docx.text.paragraph import Paragraph

from ..model import Package
from .docx_common import (HEADING_FONT, page_number_footer, page_setup, set_east_asia_language, set_run_font,
                          set_style_font, shade, xml_text)
from .layout import FormGrid, form_grids, grid_positions, merge_ranges

_USABLE_WIDTH_CM = 29.7 - 2 * 1.5
_TABLE_PT = 9
_FOOTER_PT = 10.5  # page numbers of the landscape forms: 五号, smaller than the report's 四号
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def _para(doc, text: str, *, size: float = 10.5, bold: bool = False, center: bool = False, font: str = "宋体"):
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(2)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_run_font(p.add_run(xml_text(text)), font, size, bold)
    return p


class _CellText:
    """Writes cell text from prepared ``w:pPr``/``w:rPr`` elements, copied per cell.

    Setting fonts, sizes and spacing through python-docx's properties costs about 0.5 ms per cell
    (each setter searches the element's children for its place); a form of a few thousand rows took
    seconds.  The properties are made once per (bold, centred) with the same API and copied.
    """

    def __init__(self) -> None:
        self._made: dict[tuple[bool, bool], tuple] = {}

    def _props(self, bold: bool, center: bool):
        if (bold, center) not in self._made:
            p = Paragraph(OxmlElement("w:p"), None)
            p.paragraph_format.space_after = Pt(0)
            if center:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = p.add_run()
            set_run_font(run, size=_TABLE_PT, bold=bold)
            self._made[bold, center] = (p._p.pPr, run._r.rPr)
        return self._made[bold, center]

    def fill(self, tc, text: str, *, bold: bool, center: bool) -> None:
        """Write ``text`` (lines split at newlines) into the empty ``w:tc`` element ``tc``."""
        ppr, rpr = self._props(bold, center)
        p = tc.p_lst[0]
        p.insert(0, copy.deepcopy(ppr))
        lines = text.split("\n")
        for k, line in enumerate(lines):
            r = p.makeelement(qn("w:r"))
            r.append(copy.deepcopy(rpr))
            t = r.makeelement(qn("w:t"))
            t.text = xml_text(line)
            t.set(_XML_SPACE, "preserve")
            r.append(t)
            if k < len(lines) - 1:
                r.append(r.makeelement(qn("w:br")))
            p.append(r)


def _column_props(tcs, widths) -> list:
    """The ``w:tcPr`` of a cell of each column (width, centred vertically), made once with
    python-docx on the first row and copied to every cell (see :class:`_CellText`)."""
    out = []
    for tc, width in zip(tcs, widths):
        cell = _Cell(tc, None)
        cell.width = width
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        out.append(copy.deepcopy(tc.tcPr))
    return out


def _merge(grid, widths, r0: int, c0: int, r1: int, c1: int) -> None:
    """Merge the block r0..r1 × c0..c1 the way Word stores it: ``w:gridSpan`` on the first cell of
    each row (the cells it covers removed) and ``w:vMerge`` restart/continue down the rows.

    Written here rather than with python-docx's ``_Cell.merge``, which recurses once per row (a
    form of a few thousand rows overflowed the stack) and re-walks the table on every call.  Only
    the top-left cell holds text (the others are ``cont`` in the grid), so nothing is moved.
    """
    span = c1 - c0 + 1
    for r in range(r0, r1 + 1):
        tc = grid[r][c0]
        if span > 1:
            for c in range(c0 + 1, c1 + 1):
                gone = grid[r][c]
                gone.getparent().remove(gone)
            tc.grid_span = span
            tc.width = sum(widths[c0:c1 + 1])
        if r1 > r0:
            tc.vMerge = "restart" if r == r0 else "continue"


def add_form(doc, g: FormGrid, first: bool, body=None, width=None) -> None:
    """The form ``g`` appended to ``doc`` (built in ``body``, a scratch container, when given;
    see :func:`forms_docx`; ``width``: the text width, which python-docx finds by searching the
    whole body for section properties)."""
    body = body or doc._body
    width = width or doc._block_width
    if not first:
        body.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    _para(body, g.marker, font=HEADING_FONT)
    _para(body, g.title, size=16, bold=True, center=True, font=HEADING_FONT)
    for c in g.captions:
        _para(body, c)
    ncols = g.columns
    table = body.add_table(len(g.rows), ncols, width)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    total = sum(g.widths)
    widths = [Cm(_USABLE_WIDTH_CM * w / total) for w in g.widths]
    table.autofit = False
    for i, col in enumerate(table.columns):
        col.width = widths[i]  # the table grid (w:gridCol), which LibreOffice follows
    # python-docx's table.cell() rebuilds the whole cell list on every call: take the w:tc
    # elements once, on the unmerged grid (merge ranges never overlap, so they stay valid).
    grid = [tr.tc_lst for tr in table._tbl.tr_lst]
    props = _column_props(grid[0], widths) if grid else []
    for tcs in grid:
        for i, tc in enumerate(tcs):
            tc.remove(tc.tcPr)
            tc.insert(0, copy.deepcopy(props[i]))
    # text first (on the unmerged grid), then the merges
    positions = [grid_positions(row) for row in g.rows]
    writer = _CellText()
    for ri, row in enumerate(g.rows):
        for c, p in zip(row, positions[ri]):
            if c.cont:
                continue
            tc = grid[ri][p]
            center = c.kind in ("label", "money", "number", "percent")
            writer.fill(tc, c.text, bold=c.kind == "label", center=center)
            if c.corrected:
                shade(tc)
    for r0, c0, r1, c1 in merge_ranges(g):
        _merge(grid, widths, r0, c0, r1, c1)
    for n in g.notes:
        _para(body, n, size=9)
    _para(body, g.footer, size=10.5)


def _move_into(scratch, body, sect) -> None:
    """The children of ``scratch`` moved to the end of ``body``, before ``sect`` (its w:sectPr)."""
    for el in list(scratch):
        if sect is None:
            body.append(el)
        else:
            sect.addprevious(el)


def forms_docx(pkg: Package, templates: Path | None = None, corrected: dict[int, set[str]] | None = None,
               note: str | None = None) -> bytes:
    """Every form of ``pkg`` in one .docx (landscape A4, one form per page or more)."""
    doc = Document()
    set_east_asia_language(doc)
    set_style_font(doc.styles["Normal"], size=10.5)
    page_setup(doc.sections[0], landscape=True, margin_cm=1.5)
    page_number_footer(doc.sections[0], size=_FOOTER_PT)
    grids = form_grids(pkg, templates, corrected)
    # python-docx finds the place of every new paragraph or table by scanning the whole body
    # (quadratic: 5,000 forms took minutes); each form is built in a small scratch body and its
    # elements moved in front of the section properties
    # the scratch body sits in the same XML document while in use: moving a large table between
    # two lxml documents re-resolves namespaces node by node (77 s for a 3,000-row form)
    scratch = _Body(OxmlElement("w:body"), doc)
    doc.element.append(scratch._element)
    body = doc.element.body
    sect = body.find(qn("w:sectPr"))
    width = doc._block_width
    for i, g in enumerate(grids):
        if note and corrected and any(corrected.values()):
            g.notes = g.notes + [note]
        add_form(doc, g, first=i == 0, body=scratch, width=width)
        _move_into(scratch._element, body, sect)
    doc.element.remove(scratch._element)
    if not grids:
        _para(doc, "材料中没有可写出的附件表（基础数据表、部门整体或项目支出绩效自评表）。")
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()
