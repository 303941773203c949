"""The 审核意见 / 整改通知 (.docx) a finance bureau (财政局) sends a unit after reviewing its package.

Steps, each a pure function:

1. :func:`build_notice` — package, findings (:func:`jixiao.checks.check`) and scores
   (:func:`jixiao.scoring.score_package`) -> :class:`Notice`: 文号, title, addressee, the
   sections 审核结论 (counts, reported vs recomputed totals and grades where advisable,
   verdict 审核通过 / 退回整改), 问题清单 (errors and warnings, not 提示), 整改要求,
   整改期限, and the signature lines;
2. :func:`render_notice` — :class:`Notice` -> .docx bytes in the GB/T 9704 style
   (方正小标宋 title, 黑体 headings, 仿宋 text, A4 with the standard margins, "— N —").

The fixed wording is ``templates/notice.toml``; a ``templates`` folder given by the user may
hold its own ``notice.toml`` (its keys override the built-in ones).
"""

from __future__ import annotations

import datetime as _dt
import io
import re
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from ..checks.finding import SEVERITY_NAMES, SEVERITY_ORDER, Finding
from ..checks.render import review
from ..model import Package
from ..scoring.report import PackageScore, TableScore
from ..scoring.text import num
from .docx_common import HEADING_FONT, page_number_footer, page_setup, set_east_asia_language
from .report_docx import PLACEHOLDER, add_text
from .review import suggestion

__all__ = ["NoticeOptions", "Notice", "Section", "build_notice", "render_notice", "notice_docx", "notice_name",
           "load_wording", "chinese_date"]

WORDING_FILE = "notice.toml"
FILE_NAME = "审核意见_{unit}_{year}.docx"
FILE_NAME_UNIT_MISSING, FILE_NAME_YEAR_MISSING = "未识别单位", "未识别年度"
FILE_NAME_MAX_UNIT = 60  # characters of the unit name kept in the file name
_UNSAFE_IN_NAME = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]+')
_LABEL_END = "：:"  # a row label as written ("项目支出：") ends with a colon the place does not need
LISTED_SEVERITIES = ("error", "warning")  # 提示 (info) stays out of the 问题清单
CHINESE_NUMERALS = "一二三四五六七八九十"
NO_GRADE = "—"

# layout (GB/T 9704): points unless named otherwise
TITLE_FONT = "方正小标宋简体"
TEXT_FONT = "仿宋"
TITLE_SIZE, TEXT_SIZE, TABLE_SIZE = 22, 16, 10.5  # 二号, 三号, 五号
LINE_PT, TITLE_LINE_PT = 28, 35  # exact line spacing of the text and of the title
INDENT_CHARS = 2  # first-line indent of a paragraph
SIGN_RIGHT_CHARS = 2  # signature lines stand this many characters in from the right margin
SIGN_GAP_LINES = 2  # blank lines above the signature
MARGINS_CM = {"top_margin": 3.7, "bottom_margin": 3.5, "left_margin": 2.8, "right_margin": 2.6}
COLUMN_WIDTHS_CM = (1.2, 2.8, 2.8, 4.8, 4.0)  # 序号, 表单, 位置, 问题, 整改要求: 15.6 cm text width


@dataclass(frozen=True)
class NoticeOptions:
    """What the clerk fills in: the bureau, the 文号 number, the deadline, the date of issue."""

    bureau: str | None = None
    number: str | None = None  # the number in the 文号 ("12"), or a whole 文号 ("君财绩审〔2025〕12号")
    deadline: _dt.date | None = None  # None: the template's number of working days
    issued: _dt.date | None = None  # its year is the 文号 year; None: today


@dataclass
class Section:
    heading: str
    paragraphs: list[str]
    rows: list[list[str]] = field(default_factory=list)  # the 问题清单 table, after the paragraphs
    strong: str | None = None  # a closing paragraph in bold (the verdict)


@dataclass
class Notice:
    number: str
    title: str
    addressee: str
    opening: str
    sections: list[Section]
    signature: list[str]
    passed: bool
    headers: list[str]


# ------------------------------------------------------------------ wording


def _merge(base: dict, over: dict) -> dict:
    out = dict(base)
    for k, v in over.items():
        out[k] = _merge(out[k], v) if isinstance(v, dict) and isinstance(out.get(k), dict) else v
    return out


def load_wording(templates: Path | None = None) -> dict[str, Any]:
    """The fixed wording: the built-in ``templates/notice.toml``, overridden by ``templates/notice.toml``."""
    text = resources.files("jixiao").joinpath(f"templates/{WORDING_FILE}").read_text(encoding="utf-8")
    wording = tomllib.loads(text)
    local = Path(templates) / WORDING_FILE if templates is not None else None
    if local is not None and local.is_file():
        wording = _merge(wording, tomllib.loads(local.read_text(encoding="utf-8")))
    return wording


def chinese_date(d: _dt.date) -> str:
    """``2025-06-30`` as an official document writes it: 2025年6月30日."""
    return f"{d.year}年{d.month}月{d.day}日"


def notice_name(pkg: Package) -> str:
    """The file name: 审核意见_<单位>_<年度>.docx, without characters a file name cannot hold."""
    unit = _UNSAFE_IN_NAME.sub("_", pkg.unit_name or "").strip(" ._")[:FILE_NAME_MAX_UNIT]
    return FILE_NAME.format(unit=unit or FILE_NAME_UNIT_MISSING, year=pkg.year or FILE_NAME_YEAR_MISSING)


# ------------------------------------------------------------------ content


def _number(opts: NoticeOptions, w: dict) -> str:
    if opts.number and not opts.number.strip().isdigit():
        return opts.number.strip()
    year = (opts.issued or _dt.date.today()).year
    return w["heading"]["number"].format(year=year, number=(opts.number or "").strip() or w["heading"]["number_blank"])


def _form_cell(f: Finding, w: dict) -> str:
    if f.table and not f.table.endswith(f.form):
        return w["problems"]["form_table"].format(form=f.form, table=f.table)
    return f.form


def _place_cell(f: Finding, several_files: bool) -> str:
    bits = [f.where.file if several_files and f.where else None, f.where.shown() if f.where else None,
            (f.row or "").strip().rstrip(_LABEL_END), f.column]
    return "，".join(b for b in bits if b)


def problem_rows(findings: list[Finding], w: dict) -> list[list[str]]:
    """The 问题清单: errors, then warnings, in document order; 序号, 表单, 位置, 问题, 整改要求."""
    listed = sorted((f for f in findings if f.severity in LISTED_SEVERITIES),
                    key=lambda f: (SEVERITY_ORDER[f.severity], f.where.line if f.where else 0))
    several = len({f.where.file for f in listed if f.where}) > 1
    problem = w["problems"]["problem"]
    return [[str(k), _form_cell(f, w), _place_cell(f, several),
             problem.format(severity=SEVERITY_NAMES[f.severity], message=f.message), suggestion(f)]
            for k, f in enumerate(listed, 1)]


def _table_sentence(t: TableScore, c: dict) -> str | None:
    """Reported vs recomputed total and grade of one table; None when nothing was scored."""
    what = c[t.kind].format(name=t.name or t.title)
    if not t.advisable:
        return c["score_unadvisable"].format(what=what)
    if t.recomputed_total is None:
        return None
    grade = t.recomputed_grade or NO_GRADE
    fields = {"what": what, "reported": num(t.reported_total), "recomputed": num(t.recomputed_total), "grade": grade,
              "reported_grade": t.reported_grade or NO_GRADE, "recomputed_grade": grade}
    if t.reported_total is None:
        return c["score_missing"].format(**fields)
    return c["score_same" if t.reported_grade == t.recomputed_grade else "score_changed"].format(**fields)


def _unchanged(t: TableScore) -> bool:
    return t.advisable and t.reported_total is not None and t.reported_grade == t.recomputed_grade


def score_sentences(scored: PackageScore, c: dict) -> list[str]:
    """Each 部门整体 table; the 项目 tables whose grade changes (or cannot be advised), the rest counted."""
    out = [_table_sentence(t, c) for t in scored.tables if t.kind == "department"]
    projects = [t for t in scored.tables if t.kind == "project" and (t.recomputed_total is not None or not t.advisable)]
    same = [t for t in projects if _unchanged(t)]
    out += [_table_sentence(t, c) for t in projects if not _unchanged(t)]
    if same:
        key = "projects_same" if len(same) == len(projects) else "projects_rest"
        out.append(c[key].format(count=len(same)))
    for n in scored.narratives:
        if n.matches is False:
            out.append(c["narrative_differs"].format(reported=num(n.stated_total), recomputed=num(n.computed_total),
                                                     grade=n.recomputed_grade or NO_GRADE))
    return [s for s in out if s]


def _conclusion(counts: dict[str, int], scored: PackageScore, w: dict, heading: str) -> Section:
    c = w["conclusion"]
    errors, warnings = counts.get("error", 0), counts.get("warning", 0)
    paras = [c["counts"].format(errors=errors, warnings=warnings) if errors or warnings else c["counts_none"]]
    if counts.get("info"):
        paras.append(c["info"].format(info=counts["info"]))
    paras += score_sentences(scored, c)
    verdict = c["verdict_return"].format(errors=errors) if errors else c["verdict_pass"]
    return Section(heading, paras, strong=verdict)


def deadline_text(opts: NoticeOptions, w: dict) -> str:
    d = w["deadline"]
    if opts.deadline is not None:
        return d["date"].format(date=chinese_date(opts.deadline))
    return d["days"].format(days=d["working_days"])


def _headings(titles: list[str]) -> list[str]:
    return [f"{CHINESE_NUMERALS[k]}、{t}" for k, t in enumerate(titles)]


def _sections(counts: dict[str, int], rows: list[list[str]], scored: PackageScore, opts: NoticeOptions,
              w: dict) -> list[Section]:
    s, p, r = w["sections"], w["problems"], w["requirements"]
    if not rows:
        h = _headings([s["conclusion"], s["problems"], s["follow_up"]])
        return [_conclusion(counts, scored, w, h[0]), Section(h[1], [p["none"]]), Section(h[2], list(r["follow_up"]))]
    h = _headings([s["conclusion"], s["problems"], s["requirements"], s["deadline"]])
    todo = r["return"] if counts.get("error") else r["pass"]
    return [_conclusion(counts, scored, w, h[0]), Section(h[1], [p["intro"].format(count=len(rows))], rows),
            Section(h[2], list(todo)), Section(h[3], [deadline_text(opts, w)])]


def _signature(opts: NoticeOptions, w: dict) -> list[str]:
    sig = w["signature"]
    bureau = (opts.bureau or "").strip() or PLACEHOLDER.format(sig["bureau_placeholder"])
    return [sig["reviewer"], sig["checker"], bureau, sig["date"]]


def build_notice(pkg: Package, findings: list[Finding], scored: PackageScore, opts: NoticeOptions | None = None,
                 templates: Path | None = None) -> Notice:
    """The notice's content (pure)."""
    opts = opts or NoticeOptions()
    w = load_wording(templates)
    h = w["heading"]
    unit = pkg.unit_name or PLACEHOLDER.format(h["unit_placeholder"])
    year = str(pkg.year) if pkg.year else PLACEHOLDER.format(h["year_placeholder"])
    counts = review(pkg, findings).counts
    rows = problem_rows(findings, w)
    return Notice(number=_number(opts, w), title=h["title"].format(unit=unit, year=year), addressee=f"{unit}：",
                  opening=w["body"]["opening"].format(year=year), sections=_sections(counts, rows, scored, opts, w),
                  signature=_signature(opts, w), passed=not counts.get("error"), headers=list(w["problems"]["headers"]))


# ------------------------------------------------------------------ .docx


def _spacing(p, line_pt: float = LINE_PT, before: float = 0, after: float = 0) -> None:
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line_pt)
    pf.space_before, pf.space_after = Pt(before), Pt(after)


def _paragraph(doc, text: str, *, font: str = TEXT_FONT, bold: bool = False, indent: bool = True,
               align=None, line_pt: float = LINE_PT, after: float = 0):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    if indent:
        p.paragraph_format.first_line_indent = Pt(INDENT_CHARS * TEXT_SIZE)
    add_text(p, text, font, TITLE_SIZE if font == TITLE_FONT else TEXT_SIZE, bold)
    _spacing(p, line_pt, after=after)
    return p


def _row_flag(row, tag: str) -> None:
    """Set the on/off row property ``tag`` (w:cantSplit, w:tblHeader; w:trPr children come in any order)."""
    el = OxmlElement(tag)
    el.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(el)


def _cell(cell, text: str, width_cm: float, header: bool) -> None:
    cell.width = Cm(width_cm)
    p = cell.paragraphs[0]
    if header:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_text(p, text, HEADING_FONT if header else TEXT_FONT, TABLE_SIZE)
    p.paragraph_format.space_after = Pt(0)


def _table(doc, headers: list[str], rows: list[list[str]]) -> None:
    table = doc.add_table(rows=1 + len(rows), cols=len(headers))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for k, width in enumerate(COLUMN_WIDTHS_CM):
        table.columns[k].width = Cm(width)
    for r, values in enumerate([headers, *rows]):
        for cell, text, width in zip(table.rows[r].cells, values, COLUMN_WIDTHS_CM):
            _cell(cell, text, width, header=r == 0)
        _row_flag(table.rows[r], "w:cantSplit")  # a problem stays on one page
    _row_flag(table.rows[0], "w:tblHeader")  # the header repeats on every page


def _section(doc, s: Section, headers: list[str]) -> None:
    _paragraph(doc, s.heading, font=HEADING_FONT)
    for text in s.paragraphs:
        _paragraph(doc, text)
    if s.strong:
        _paragraph(doc, s.strong, bold=True)
    if s.rows:
        _table(doc, headers, s.rows)


def _signature_lines(doc, lines: list[str]) -> None:
    for k, text in enumerate(lines):
        p = _paragraph(doc, text, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
        p.paragraph_format.right_indent = Pt(SIGN_RIGHT_CHARS * TEXT_SIZE)
        if k == 0:
            p.paragraph_format.space_before = Pt(SIGN_GAP_LINES * LINE_PT)


def _page(doc) -> None:
    section = doc.sections[0]
    page_setup(section, landscape=False)
    for side, cm in MARGINS_CM.items():
        setattr(section, side, Cm(cm))
    page_number_footer(section)


def render_notice(n: Notice) -> bytes:
    """The notice as .docx bytes: A4, Chinese (zh-CN), GB/T 9704 fonts and margins, page numbers."""
    doc = Document()
    set_east_asia_language(doc)
    _page(doc)
    _paragraph(doc, n.number, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, after=LINE_PT)
    _paragraph(doc, n.title, font=TITLE_FONT, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER,
               line_pt=TITLE_LINE_PT, after=LINE_PT)
    _paragraph(doc, n.addressee, indent=False)
    _paragraph(doc, n.opening)
    for s in n.sections:
        _section(doc, s, n.headers)
    _signature_lines(doc, n.signature)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def notice_docx(pkg: Package, findings: list[Finding], scored: PackageScore, opts: NoticeOptions | None = None,
                templates: Path | None = None) -> bytes:
    """The 审核意见 / 整改通知 of ``pkg`` as .docx bytes."""
    return render_notice(build_notice(pkg, findings, scored, opts, templates))
