"""The 自评报告 (.docx) in the standard chapter structure, every figure computed from the model.

Steps, each a pure function:

1. :func:`report_facts` — package -> figures (amounts, shares 占…%, changes 增减…%,
   execution rates, scores, grades), formatted from Decimal by :mod:`.figures`;
2. :func:`report_texts` — the text only a person can write (duties, goals achieved,
   problems, measures …), taken verbatim from the package's own 自评报告 where present;
3. :func:`render_report_text` — the Jinja2 template ``templates/report/self_report.j2``
   -> lines (title, chapter and section headings, paragraphs); missing text becomes a
   marked placeholder 【待填写：…】, never invented;
4. :func:`report_docx` — lines -> .docx bytes (python-docx).
"""

from __future__ import annotations

import io
import re
from decimal import Decimal
from importlib import resources
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX, WD_LINE_SPACING
from docx.shared import Pt, RGBColor
from jinja2 import Environment, StrictUndefined

from ..model import BasicData, Evaluation, Narrative, Package, Section
from ..scoring import RuleSet, detect
from ..values import MoneyUnit, squash
from .docx_common import (BODY_FONT, HEADING_FONT, page_number_footer, page_setup, set_east_asia_language, set_run_font,
                          set_style_font, xml_text)
from .figures import change, in_unit, money, percent, plain, ratio, share

PLACEHOLDER = "【待填写：{}】"
PLACEHOLDER_RE = re.compile(r"【待填写：[^】]*】")
BLANK = "——"  # a figure the package does not give

# line marks of the rendered text (see templates/report/self_report.j2)
TITLE_MARK, CHAPTER_MARK, SECTION_MARK, RIGHT_MARK = "= ", "# ", "## ", ">> "
# layout of the .docx, in points unless named otherwise
SECTION_FONT = "楷体"
TITLE_SIZE, BODY_SIZE = 18, 14  # 小二 title, 四号 text
TITLE_SPACE_AFTER, HEADING_SPACE_BEFORE = 18, 6
LINE_PT = 26  # exact line spacing
INDENT_CHARS = 2  # first-line indent of a paragraph
SIGN_RIGHT_CHARS = 2  # 落款 stands this many characters in from the right margin
SIGN_GAP_LINES = 2  # blank lines between the last paragraph and the 落款
MARGIN_CM = 2.5
_ZERO = Decimal(0)


def ph(what: str) -> str:
    """A marked placeholder for text only a person can write."""
    return PLACEHOLDER.format(what)


# ------------------------------------------------------------------ figures


def _amount(d: Decimal | None, unit: MoneyUnit) -> str:
    """An amount with the unit of its table, written once: "144000.00元"; a blank is "——", no unit."""
    return BLANK if d is None else money(d) + unit.value


def _change(new: Decimal | None, old: Decimal | None, unit: MoneyUnit) -> dict | None:
    """:func:`.figures.change` with its amount in ``unit`` ("增加5.00万元")."""
    c = change(new, old)
    return None if c is None else dict(c, amount=c["amount"] + unit.value)


def _row_values(bd: BasicData | None, key: str,
                unit: MoneyUnit | None) -> tuple[Decimal | None, Decimal | None, Decimal | None] | None:
    """(上年决算, 本年预算, 本年决算) of a 基础数据表 row, in ``unit``."""
    if bd is None:
        return None
    r = bd.row(key)
    if r is None:
        return None
    vals = [in_unit(v, unit) for v in r.values] + [None, None, None]
    if all(v is None for v in vals[:3]):
        return None
    return vals[0], vals[1], vals[2]


def _budget_final(bd: BasicData | None, key: str, unit: MoneyUnit, total: Decimal | None = None) -> dict | None:
    v = _row_values(bd, key, unit)
    if v is None:
        return None
    prev, budget, final = v
    return {"prev": _amount(prev, unit), "budget": _amount(budget, unit), "final": _amount(final, unit),
            "vs_budget": _change(final, budget, unit), "vs_prev": _change(final, prev, unit),
            "rate": percent(ratio(final, budget)) if ratio(final, budget) is not None else None,
            "share": share(final, total) if total and final is not None else None}


def _short(ev: Evaluation) -> list[dict]:
    """Indicators scored below their 分值, with the 偏差原因 the table gives (if any)."""
    out = []
    for i in ev.counted():
        if i.weight is not None and i.score is not None and i.score < i.weight:
            out.append({"name": i.name, "target": i.target.text or BLANK, "actual": i.actual.text or BLANK,
                        "weight": plain(i.weight), "score": plain(i.score), "reason": i.deviation})
    return out


def _funds(ev: Evaluation, unit: MoneyUnit) -> dict | None:
    """年度资金总额 of a 自评表: amounts in ``unit``, 执行率, 分值, 得分."""
    fr = ev.fund("total")
    if fr is None:
        return None
    adjusted, executed = in_unit(fr.adjusted_budget, unit), in_unit(fr.executed, unit)
    r = ratio(executed, adjusted)
    return {"initial": _amount(in_unit(fr.initial_budget, unit), unit), "adjusted": _amount(adjusted, unit),
            "executed": _amount(executed, unit), "rate": percent(r) if r is not None else BLANK,
            "weight": plain(fr.weight) or BLANK, "score": plain(fr.score)}


def _project(ev: Evaluation, unit: MoneyUnit, rules: RuleSet) -> dict:
    """One 项目支出绩效自评表; its amounts in the unit its own table declares (else ``unit``)."""
    fu = _funds(ev, ev.money_unit or unit) or {"adjusted": BLANK, "executed": BLANK, "rate": BLANK}
    return {"name": ev.name or ev.title, "adjusted": fu["adjusted"], "executed": fu["executed"],
            "rate": fu["rate"], "total": plain(ev.total_score) or BLANK, "grade": rules.grade(ev.total_score) or BLANK,
            "goals_actual": ev.goals.actual if ev.goals else None, "short": _short(ev)}


_FULL_DATE = re.compile(r"(\d{4})\s*[年./-]\s*(\d{1,2})\s*[月./-]\s*(\d{1,2})\s*日?")


def _date(text: str | None) -> str | None:
    """``text`` if it is a complete date, as "2025年6月4日"; a date without its year ("6月4日")
    is not completed by guess."""
    m = _FULL_DATE.fullmatch((text or "").strip())
    return f"{m[1]}年{int(m[2])}月{int(m[3])}日" if m else None


def _filing_date(pkg: Package) -> str | None:
    """The date of the package's own 自评报告 (a paragraph that is only a date, on its cover or after
    its last section), else the first complete 填报日期 of its forms; None when there is none."""
    n = _self_report(pkg)
    tail = _flatten(n.sections[-1])[-1:] if n is not None and n.sections else []
    candidates = [*(n.preamble if n is not None else []), *tail]
    candidates += [t.footer.fill_date for t in [*pkg.basic_data, *pkg.evaluations] if t.footer is not None]
    return next((d for d in map(_date, candidates) if d), None)


def _signature(pkg: Package, dept: Evaluation | None) -> dict:
    """落款: the unit that seals the report and the date (None: left for the clerk)."""
    name = pkg.unit_name or (dept.unit_name or dept.name if dept is not None else None)
    return {"unit": name or ph("单位名称"), "date": _filing_date(pkg)}


_THREE_PUBLIC_PARTS = (("vehicle", "公务用车购置和维护经费"), ("overseas", "因公出国（境）费"),
                       ("reception", "公务接待费"))


def _total_spent(bd: BasicData | None, dept: Evaluation | None, unit: MoneyUnit) -> Decimal | None:
    """部门支出总额: the department table's 全年执行数, else 基本支出 + 项目支出 决算."""
    if dept is not None and dept.fund("total") is not None:
        total = in_unit(dept.fund("total").executed, unit)
        if total is not None:
            return total
    b, p = _row_values(bd, "basic_adjustment", unit), _row_values(bd, "project", unit)
    if b and p and b[2] is not None and p[2] is not None:
        return b[2] + p[2]
    return None


def _three_public(bd: BasicData | None, unit: MoneyUnit) -> dict | None:
    """“三公”经费 with its parts (决算)."""
    f = _budget_final(bd, "three_public", unit)
    if f is not None:
        finals = ((name, _row_values(bd, key, unit)) for key, name in _THREE_PUBLIC_PARTS)
        f["parts"] = [{"label": name, "final": _amount(v[2], unit)} for name, v in finals if v and v[2] is not None]
    return f


def _project_spending(bd: BasicData | None, unit: MoneyUnit, total: Decimal | None) -> dict | None:
    """项目支出 with one line per project row of the 基础数据表."""
    f = _budget_final(bd, "project", unit, total)
    if f is None or bd is None:
        return f
    items = []
    for r in bd.rows:
        if r.key != "project_item":
            continue
        vals = [in_unit(v, unit) for v in r.values] + [None, None, None]
        rr = ratio(vals[2], vals[1])
        items.append({"label": re.sub(r"^\s*\d+\s*[、.．]\s*", "", r.label), "budget": _amount(vals[1], unit),
                      "final": _amount(vals[2], unit), "rate": percent(rr) if rr is not None else None})
    f["lines"] = items
    return f


def _dept_facts(dept: Evaluation, unit: MoneyUnit, rules: RuleSet) -> dict:
    """部门整体支出绩效自评表: funds, goals, indicators by 一级, those scored short, total, grade."""
    levels: dict[str, dict] = {}
    for i in dept.counted():
        name = i.level1 or "其他指标"
        lv = levels.setdefault(name, {"name": name, "count": 0, "weight": _ZERO, "score": _ZERO})
        lv["count"] += 1
        lv["weight"] += i.weight or _ZERO
        lv["score"] += i.score or _ZERO
    return {
        "funds": _funds(dept, unit),
        "goals_expected": dept.goals.expected if dept.goals else None,
        "goals_actual": dept.goals.actual if dept.goals else None,
        "count": len(dept.counted()),
        "levels": [dict(v, weight=plain(v["weight"]), score=plain(v["score"])) for v in levels.values()],
        "short": _short(dept),
        "total": plain(dept.total_score) if dept.total_score is not None else None,
        "grade": rules.grade(dept.total_score) if dept.total_score is not None else None,
    }


def report_facts(pkg: Package, rules: RuleSet | None = None) -> dict[str, Any]:
    """Every figure of the report, computed from the model and formatted from Decimal.

    An amount is a string with its unit ("705.00万元", "144000.00元": the unit its table declares),
    a missing one is "——" without unit; the template writes no unit of its own."""
    rules = rules or detect(pkg)[0]
    bd = pkg.basic_data[0] if pkg.basic_data else None
    depts = pkg.department_evaluations
    dept = depts[0] if depts else None
    unit = (bd.money_unit if bd else None) or (dept.money_unit if dept else None) or MoneyUnit.WAN
    year = pkg.year or (dept.year if dept else None)
    total = _total_spent(bd, dept, unit)
    f: dict[str, Any] = {
        "title": f"{year or ''}年度{pkg.unit_name or ''}部门整体支出绩效自评报告",
        "year": year or "", "unit": unit.value, "total_spent": _amount(total, unit),
    }
    st = bd.staffing if bd else None
    if st is not None and st.authorized is not None and st.actual is not None:
        f["staffing"] = {"authorized": plain(st.authorized), "actual": plain(st.actual),
                         "rate": share(st.actual, st.authorized) if st.authorized else None}
    f["basic"] = _budget_final(bd, "basic_adjustment", unit, total) or _budget_final(bd, "basic", unit, total)
    f["three_public"] = _three_public(bd, unit)
    f["public_funds"] = _budget_final(bd, "public_funds", unit)
    f["project"] = _project_spending(bd, unit, total)
    f["procurement"] = _budget_final(bd, "procurement", unit)
    gf = dept.by_source.get("政府性基金拨款") if dept is not None else None
    f["fund_budget"] = _amount(in_unit(gf, unit), unit) if gf is not None else None
    f["dept"] = _dept_facts(dept, unit, rules) if dept is not None else None
    f["projects"] = [_project(ev, unit, rules) for ev in pkg.project_evaluations]
    f["signature"] = _signature(pkg, dept)
    return f


# ------------------------------------------------------------------ texts

_TEXT_KEYS: list[tuple[str, re.Pattern[str]]] = [
    ("duties", re.compile(r"职能|职责(?!履行)")),
    ("organisation", re.compile(r"机构设置|机构情况")),
    ("gov_fund", re.compile(r"政府性基金")),
    ("achievements", re.compile(r"绩效目标完成情况|目标完成情况|职责履行情况")),
    ("problems", re.compile(r"存在的?问题")),
    ("measures", re.compile(r"改进措施|整改措施|改进意见")),
    ("application", re.compile(r"结果.*应用|应用.*公开")),
    ("other", re.compile(r"其他需要说明")),
]


def _flatten(s: Section) -> list[str]:
    out = [p.strip() for p in s.paragraphs if p.strip()]
    for c in s.children:
        out.append(c.heading.strip())
        out.extend(_flatten(c))
    return out


def _self_report(pkg: Package) -> Narrative | None:
    return next((n for n in pkg.narratives if n.kind == "self_report"), None)


def report_texts(pkg: Package) -> dict[str, list[str]]:
    """Paragraphs a person wrote, by topic, taken verbatim from the package's 自评报告.
    A topic with nothing in the package is an empty list (the template puts a placeholder)."""
    texts: dict[str, list[str]] = {k: [] for k, _ in _TEXT_KEYS}
    n = _self_report(pkg)
    if n is not None:
        for s in n.all_sections():
            heading = squash(s.heading)
            for key, pat in _TEXT_KEYS:
                if not texts[key] and pat.search(heading):
                    paras = _flatten(s)
                    if paras:
                        texts[key] = [p for p in paras if not PLACEHOLDER_RE.fullmatch(p.strip())]
                    break
    if not texts["duties"]:
        dept = next(iter(pkg.department_evaluations), None)
        if dept is not None and dept.duties:
            texts["duties"] = [dept.duties]
    return texts


# ------------------------------------------------------------------ render


def _template_text(templates: Path | None) -> str:
    if templates is not None:
        for p in (Path(templates) / "report" / "self_report.j2", Path(templates) / "self_report.j2"):
            if p.exists():
                return p.read_text(encoding="utf-8")
    return resources.files("jixiao").joinpath("templates/report/self_report.j2").read_text(encoding="utf-8")


def render_report_text(pkg: Package, rules: RuleSet | None = None, templates: Path | None = None) -> list[str]:
    """The report as lines: ``= title``, ``# chapter``, ``## section``, ``>> right-aligned`` (落款) or a
    paragraph."""
    env = Environment(trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True, undefined=StrictUndefined,
                      autoescape=False)
    env.globals["ph"] = ph
    text = env.from_string(_template_text(templates)).render(f=_Dot(report_facts(pkg, rules)),
                                                             text=report_texts(pkg))
    return [line.strip() for line in text.splitlines() if line.strip()]


class _Dot(dict):
    """Facts with attribute access in the template; a missing key is None (absent figure)."""

    def __getattr__(self, k: str) -> Any:
        v = self.get(k)
        if isinstance(v, dict):
            return _Dot(v)
        if isinstance(v, list):
            return [_Dot(x) if isinstance(x, dict) else x for x in v]
        return v


def _add_text(p, text: str, font: str, size: float, bold: bool = False) -> None:
    pos = 0
    for m in PLACEHOLDER_RE.finditer(text):
        if m.start() > pos:
            set_run_font(p.add_run(xml_text(text[pos:m.start()])), font, size, bold)
        run = p.add_run(xml_text(m.group(0)))
        set_run_font(run, font, size, bold)
        run.font.highlight_color = WD_COLOR_INDEX.YELLOW
        pos = m.end()
    if pos < len(text):
        set_run_font(p.add_run(xml_text(text[pos:])), font, size, bold)


def _style_fonts(doc) -> None:
    set_style_font(doc.styles["Normal"], BODY_FONT, BODY_SIZE)
    for name, font in (("Heading 1", HEADING_FONT), ("Heading 2", SECTION_FONT)):
        st = doc.styles[name]
        set_style_font(st, font, BODY_SIZE)
        st.font.color.rgb = RGBColor(0, 0, 0)
        st.font.bold = name == "Heading 2"


def _title(doc, text: str) -> None:
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_after = Pt(TITLE_SPACE_AFTER)
    _add_text(p, text, HEADING_FONT, TITLE_SIZE, bold=True)


def _right_aligned(doc, text: str, first: bool) -> None:
    """A 落款 line, right-aligned ``SIGN_RIGHT_CHARS`` characters in from the margin; the first one
    after the body has ``SIGN_GAP_LINES`` blank lines above it."""
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.paragraph_format.right_indent = Pt(SIGN_RIGHT_CHARS * BODY_SIZE)
    _add_text(p, text, BODY_FONT, BODY_SIZE)
    _line_spacing(p, Pt(SIGN_GAP_LINES * LINE_PT) if first else Pt(0))


def _body_or_heading(doc, line: str) -> None:
    if line.startswith(SECTION_MARK):
        p = doc.add_paragraph(style="Heading 2")
        _add_text(p, line[len(SECTION_MARK):], SECTION_FONT, BODY_SIZE, bold=True)
    elif line.startswith(CHAPTER_MARK):
        p = doc.add_paragraph(style="Heading 1")
        _add_text(p, line[len(CHAPTER_MARK):], HEADING_FONT, BODY_SIZE)
    else:
        p = doc.add_paragraph()
        p.paragraph_format.first_line_indent = Pt(INDENT_CHARS * BODY_SIZE)
        _add_text(p, line, BODY_FONT, BODY_SIZE)
    heading = line.startswith((CHAPTER_MARK, SECTION_MARK))
    _line_spacing(p, Pt(HEADING_SPACE_BEFORE) if heading else Pt(0))


def _line_spacing(p, space_before) -> None:
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(LINE_PT)
    pf.space_before = space_before
    pf.space_after = Pt(0)


def lines_to_docx(lines: list[str]) -> bytes:
    """The lines of :func:`render_report_text` as a .docx: A4, Chinese (zh-CN), page numbers."""
    doc = Document()
    set_east_asia_language(doc)
    _style_fonts(doc)
    page_setup(doc.sections[0], landscape=False, margin_cm=MARGIN_CM)
    previous = ""
    for line in lines:
        if line.startswith(TITLE_MARK):
            _title(doc, line[len(TITLE_MARK):])
        elif line.startswith(RIGHT_MARK):
            _right_aligned(doc, line[len(RIGHT_MARK):], first=not previous.startswith(RIGHT_MARK))
        else:
            _body_or_heading(doc, line)
        previous = line
    for section in doc.sections:
        page_number_footer(section)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def report_docx(pkg: Package, rules: RuleSet | None = None, templates: Path | None = None) -> bytes:
    """The 自评报告 of ``pkg`` as .docx bytes."""
    return lines_to_docx(render_report_text(pkg, rules, templates))
