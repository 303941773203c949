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
from .docx_common import BODY_FONT, HEADING_FONT, page_setup, set_run_font, set_style_font, xml_text
from .figures import change, in_unit, money, percent, plain, ratio, share

PLACEHOLDER = "【待填写：{}】"
PLACEHOLDER_RE = re.compile(r"【待填写：[^】]*】")
_ZERO = Decimal(0)


def ph(what: str) -> str:
    """A marked placeholder for text only a person can write."""
    return PLACEHOLDER.format(what)


# ------------------------------------------------------------------ figures


def _row_values(bd: BasicData | None, key: str) -> tuple[Decimal | None, Decimal | None, Decimal | None] | None:
    """(上年决算, 本年预算, 本年决算) of a 基础数据表 row, in the table's unit."""
    if bd is None:
        return None
    r = bd.row(key)
    if r is None:
        return None
    vals = [in_unit(v, bd.money_unit) for v in r.values] + [None, None, None]
    if all(v is None for v in vals[:3]):
        return None
    return vals[0], vals[1], vals[2]


def _budget_final(bd: BasicData | None, key: str, total: Decimal | None = None) -> dict | None:
    v = _row_values(bd, key)
    if v is None:
        return None
    prev, budget, final = v
    return {"prev": money(prev), "budget": money(budget), "final": money(final),
            "vs_budget": change(final, budget), "vs_prev": change(final, prev),
            "rate": percent(ratio(final, budget)) if ratio(final, budget) is not None else None,
            "share": share(final, total) if total and final is not None else None}


def _short(ev: Evaluation) -> list[dict]:
    """Indicators scored below their 分值, with the 偏差原因 the table gives (if any)."""
    out = []
    for i in ev.counted():
        if i.weight is not None and i.score is not None and i.score < i.weight:
            out.append({"name": i.name, "target": i.target.text or "——", "actual": i.actual.text or "——",
                        "weight": plain(i.weight), "score": plain(i.score), "reason": i.deviation})
    return out


def _funds(ev: Evaluation, unit: MoneyUnit | None) -> dict | None:
    fr = ev.fund("total")
    if fr is None:
        return None
    adjusted, executed = in_unit(fr.adjusted_budget, unit), in_unit(fr.executed, unit)
    r = ratio(executed, adjusted)
    return {"initial": money(in_unit(fr.initial_budget, unit)), "adjusted": money(adjusted),
            "executed": money(executed), "rate": percent(r) if r is not None else "——",
            "weight": plain(fr.weight) or "——", "score": plain(fr.score)}


def report_facts(pkg: Package, rules: RuleSet | None = None) -> dict[str, Any]:
    """Every figure of the report, computed from the model and formatted from Decimal."""
    rules = rules or detect(pkg)[0]
    bd = pkg.basic_data[0] if pkg.basic_data else None
    depts = pkg.department_evaluations
    dept = depts[0] if depts else None
    unit = (bd.money_unit if bd else None) or (dept.money_unit if dept else None) or MoneyUnit.WAN
    year = pkg.year or (dept.year if dept else None)
    # 部门支出总额: the department table's 全年执行数, else 基本支出 + 项目支出 决算
    total: Decimal | None = None
    if dept is not None and dept.fund("total") is not None:
        total = in_unit(dept.fund("total").executed, unit)
    if total is None:
        b, p = _row_values(bd, "basic_adjustment"), _row_values(bd, "project")
        if b and p and b[2] is not None and p[2] is not None:
            total = b[2] + p[2]
    f: dict[str, Any] = {
        "title": f"{year or ''}年度{pkg.unit_name or ''}部门整体支出绩效自评报告",
        "year": year or "", "unit": unit.value, "total_spent": money(total),
    }
    st = bd.staffing if bd else None
    if st is not None and st.authorized is not None and st.actual is not None:
        f["staffing"] = {"authorized": plain(st.authorized), "actual": plain(st.actual),
                         "rate": share(st.actual, st.authorized) if st.authorized else None}
    f["basic"] = _budget_final(bd, "basic_adjustment", total) or _budget_final(bd, "basic", total)
    f["three_public"] = _budget_final(bd, "three_public")
    if f["three_public"] and bd is not None:
        parts = []
        for key, name in (("vehicle", "公务用车购置和维护经费"), ("overseas", "因公出国（境）费"), ("reception", "公务接待费")):
            v = _row_values(bd, key)
            if v is not None and v[2] is not None:
                parts.append({"label": name, "final": money(v[2])})
        f["three_public"]["parts"] = parts
    f["public_funds"] = _budget_final(bd, "public_funds")
    f["project"] = _budget_final(bd, "project", total)
    if f["project"] and bd is not None:
        items = []
        for r in bd.rows:
            if r.key != "project_item":
                continue
            vals = [in_unit(v, bd.money_unit) for v in r.values] + [None, None, None]
            label = re.sub(r"^\s*\d+\s*[、.．]\s*", "", r.label)
            rr = ratio(vals[2], vals[1])
            items.append({"label": label, "budget": money(vals[1]), "final": money(vals[2]),
                          "rate": percent(rr) if rr is not None else None})
        f["project"]["lines"] = items
    f["procurement"] = _budget_final(bd, "procurement")
    gf = dept.by_source.get("政府性基金拨款") if dept is not None else None
    f["fund_budget"] = money(in_unit(gf, unit)) if gf is not None else None
    f["dept"] = None
    if dept is not None:
        levels: dict[str, dict] = {}
        for i in dept.counted():
            name = i.level1 or "其他指标"
            lv = levels.setdefault(name, {"name": name, "count": 0, "weight": _ZERO, "score": _ZERO})
            lv["count"] += 1
            lv["weight"] += i.weight or _ZERO
            lv["score"] += i.score or _ZERO
        f["dept"] = {
            "funds": _funds(dept, unit),
            "goals_expected": dept.goals.expected if dept.goals else None,
            "goals_actual": dept.goals.actual if dept.goals else None,
            "count": len(dept.counted()),
            "levels": [dict(v, weight=plain(v["weight"]), score=plain(v["score"])) for v in levels.values()],
            "short": _short(dept),
            "total": plain(dept.total_score) if dept.total_score is not None else None,
            "grade": rules.grade(dept.total_score) if dept.total_score is not None else None,
        }
    projects = []
    for ev in pkg.project_evaluations:
        fu = _funds(ev, ev.money_unit or unit) or {"adjusted": "——", "executed": "——", "rate": "——"}
        eu = (ev.money_unit or unit).value
        projects.append({
            "name": ev.name or ev.title, "adjusted": fu["adjusted"] + ("" if eu == unit.value else eu)
            if fu["adjusted"] != "——" else "——",
            "executed": fu["executed"] + ("" if eu == unit.value else eu) if fu["executed"] != "——" else "——",
            "rate": fu["rate"], "total": plain(ev.total_score) or "——",
            "grade": rules.grade(ev.total_score) or "——",
            "goals_actual": ev.goals.actual if ev.goals else None, "short": _short(ev),
        })
    f["projects"] = projects
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
    """The report as lines: ``= title``, ``# chapter``, ``## section`` or a paragraph."""
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


def lines_to_docx(lines: list[str]) -> bytes:
    doc = Document()
    set_style_font(doc.styles["Normal"], BODY_FONT, 14)
    for name in ("Heading 1", "Heading 2"):
        st = doc.styles[name]
        set_style_font(st, HEADING_FONT if name == "Heading 1" else "楷体", 14)
        st.font.color.rgb = RGBColor(0, 0, 0)
        st.font.bold = name == "Heading 2"
    page_setup(doc.sections[0], landscape=False, margin_cm=2.5)
    for line in lines:
        if line.startswith("= "):
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.space_after = Pt(18)
            _add_text(p, line[2:], HEADING_FONT, 18, bold=True)
            continue
        if line.startswith("## "):
            p = doc.add_paragraph(style="Heading 2")
            _add_text(p, line[3:], "楷体", 14, bold=True)
        elif line.startswith("# "):
            p = doc.add_paragraph(style="Heading 1")
            _add_text(p, line[2:], HEADING_FONT, 14)
        else:
            p = doc.add_paragraph()
            p.paragraph_format.first_line_indent = Pt(28)
            _add_text(p, line, BODY_FONT, 14)
        pf = p.paragraph_format
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(26)
        pf.space_before = Pt(0) if not line.startswith("#") else Pt(6)
        pf.space_after = Pt(0)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def report_docx(pkg: Package, rules: RuleSet | None = None, templates: Path | None = None) -> bytes:
    """The 自评报告 of ``pkg`` as .docx bytes."""
    return lines_to_docx(render_report_text(pkg, rules, templates))
