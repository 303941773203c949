"""python-docx helpers shared by the report and form writers (fonts, page setup, shading)."""

from __future__ import annotations

import re

from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

BODY_FONT = "宋体"
HEADING_FONT = "黑体"
LATIN_FONT = "Times New Roman"
CORRECTED_FILL = "FFF2CC"  # light yellow: a figure replaced by the scoring engine

# Characters XML 1.0 (and so Word and Excel files) cannot hold: C0 controls but TAB/LF/CR,
# lone surrogates, U+FFFE/U+FFFF.  A source cell may carry them (a paste from another program);
# they are written as U+FFFD, visibly, instead of failing the whole document.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(text: str) -> str:
    """``text`` as an Office file can hold it (see ``_NOT_XML``)."""
    return _NOT_XML.sub("\ufffd", text) if text else text


def _east_asia(rpr, east_asia: str) -> None:
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    fonts.set(qn("w:eastAsia"), east_asia)


def set_run_font(run, east_asia: str = BODY_FONT, size: float | None = None, bold: bool | None = None) -> None:
    run.font.name = LATIN_FONT
    _east_asia(run._element.get_or_add_rPr(), east_asia)
    if size is not None:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold


def set_style_font(style, east_asia: str = BODY_FONT, size: float | None = None) -> None:
    style.font.name = LATIN_FONT
    _east_asia(style.element.get_or_add_rPr(), east_asia)
    if size is not None:
        style.font.size = Pt(size)


def page_setup(section, landscape: bool, margin_cm: float = 2.0) -> None:
    width, height = Cm(21.0), Cm(29.7)
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = height, width
    else:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = width, height
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(margin_cm))


# w:tcPr children that come after w:shd in the schema (CT_TcPr is a sequence: Word refuses a
# document whose elements are out of order)
_AFTER_SHD = tuple(qn(t) for t in ("w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText",
                                    "w:vAlign", "w:hideMark", "w:headers", "w:cellIns", "w:cellDel",
                                    "w:cellMerge", "w:tcPrChange"))


def shade(tc, fill: str = CORRECTED_FILL) -> None:
    """Fill the table cell element ``tc`` (a ``w:tc``) with ``fill``."""
    tcpr = tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    later = next((e for e in tcpr if e.tag in _AFTER_SHD), None)
    if later is None:
        tcpr.append(shd)
    else:
        later.addprevious(shd)
