"""python-docx helpers shared by the report and form writers (fonts, language, page setup, page
numbers, shading)."""

from __future__ import annotations

import re

from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

BODY_FONT = "宋体"
HEADING_FONT = "黑体"
LATIN_FONT = "Times New Roman"
CORRECTED_FILL = "FFF2CC"  # light yellow: a figure replaced by the scoring engine
EAST_ASIA_LANG = "zh-CN"  # python-docx's default template says ja-JP: Japanese glyph forms in LibreOffice
PAGE_NUMBER_DASHES = ("— ", " —")  # "— 1 —", the page number of official documents (GB/T 9704)
PAGE_NUMBER_SIZE = 14  # 四号

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


# w:rPr children that come after w:lang, w:settings children that come after w:themeFontLang
# (both schema sequences): a new element goes before the first of them
_AFTER_LANG = tuple(qn(t) for t in ("w:eastAsianLayout", "w:specVanish", "w:oMath"))
_AFTER_THEME_FONT_LANG = tuple(qn(t) for t in (
    "w:clrSchemeMapping", "w:doNotIncludeSubdocsInStats", "w:doNotAutoCompressPictures", "w:forceUpgrade",
    "w:captions", "w:readModeInkLockDown", "w:smartTagType", "sl:schemaLibrary", "w:shapeDefaults",
    "w:doNotEmbedSmartTags", "w:decimalSymbol", "w:listSeparator"))


def _child(parent, tag: str, after: tuple[str, ...] = ()):
    """The ``tag`` child of ``parent``, made (before the first element of ``after``) if missing."""
    el = parent.find(qn(tag))
    if el is None:
        el = OxmlElement(tag)
        later = next((e for e in parent if e.tag in after), None)
        if later is None:
            parent.append(el)
        else:
            later.addprevious(el)
    return el


def set_east_asia_language(doc, lang: str = EAST_ASIA_LANG) -> None:
    """Declare the East Asian text of ``doc`` as ``lang`` (default run properties in styles.xml and
    the theme font language in settings.xml), so that Word and LibreOffice draw Chinese glyphs."""
    defaults = _child(doc.styles.element, "w:docDefaults")
    rpr = _child(_child(defaults, "w:rPrDefault"), "w:rPr")
    _child(rpr, "w:lang", _AFTER_LANG).set(qn("w:eastAsia"), lang)
    _child(doc.settings.element, "w:themeFontLang", _AFTER_THEME_FONT_LANG).set(qn("w:eastAsia"), lang)


def _fld_char(kind: str):
    el = OxmlElement("w:fldChar")
    el.set(qn("w:fldCharType"), kind)
    return el


def _text_el(tag: str, text: str):
    el = OxmlElement(tag)
    el.set(qn("xml:space"), "preserve")
    el.text = text
    return el


def _field_runs(paragraph, instruction: str, font: str, size: float) -> None:
    """A field (PAGE, NUMPAGES …) as Word writes it, one run each: begin, instruction, separate,
    result (shown until the reader updates the field), end."""
    for el in (_fld_char("begin"), _text_el("w:instrText", f" {instruction} "), _fld_char("separate"),
               _text_el("w:t", "1"), _fld_char("end")):
        run = paragraph.add_run()
        set_run_font(run, font, size)
        run._element.append(el)


def page_number_footer(section, font: str = BODY_FONT, size: float = PAGE_NUMBER_SIZE,
                       dashes: tuple[str, str] = PAGE_NUMBER_DASHES) -> None:
    """A centred footer "— N —" with N the PAGE field, in ``section`` (its own, not the previous one's)."""
    footer = section.footer
    footer.is_linked_to_previous = False
    p = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_run_font(p.add_run(dashes[0]), font, size)
    _field_runs(p, "PAGE", font, size)
    set_run_font(p.add_run(dashes[1]), font, size)


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
