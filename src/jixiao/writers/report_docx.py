"""The 自评报告 (.docx) in the standard chapter structure, every figure computed from the model.

Steps, each a pure function:

1. :func:`report_facts` — package -> figures (amounts, shares 占…%, changes 增减…%,
   execution rates, scores, grades), formatted from Decimal by :mod:`.figures`;
2. :func:`report_texts` — the text only a person can write (duties, goals achieved,
   problems, measures …), taken verbatim from the package's own 自评报告 where present, each of
   its sections mapped once into the standard outline (see the "texts" part below);
3. :func:`render_report_text` — the Jinja2 template ``templates/report/self_report.j2``
   -> lines (title, chapter and section headings, paragraphs); missing text becomes a
   marked placeholder 【待填写：…】, never invented;
4. :func:`report_docx` — lines -> .docx bytes (python-docx).
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, replace
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


def _score(pkg: Package, dept: Evaluation | None, rules: RuleSet) -> dict | None:
    """自评得分 and 等级: of the 部门整体自评表, else as the unit's own 自评报告 states them
    (its grade as written: "优秀")."""
    if dept is not None and dept.total_score is not None:
        return {"total": plain(dept.total_score), "grade": rules.grade(dept.total_score)}
    n = _self_report(pkg)
    if n is None or n.stated_total is None:
        return None
    return {"total": plain(n.stated_total), "grade": n.stated_grade or rules.grade(n.stated_total)}


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
    f["score"] = _score(pkg, dept, rules)
    f["signature"] = _signature(pkg, dept)
    return f


# ------------------------------------------------------------------ texts
#
# The unit's own 自评报告 is mapped into the standard outline section by section.  Each heading
# (without its numbering) names a topic of the outline or none; a section's paragraphs go to one
# place only (a slot of the outline, or a section of its own under its own heading) and its
# sub-sections go with it unless they name a topic of their own.  Source numbering (一、 （一）) is
# never carried: the outline numbers its own chapters and sections.

CHAPTERS = ("basic_info", "budget", "gov_fund", "performance", "problems", "measures", "application", "other")
_SECTIONED = ("basic_info", "budget", "performance")  # chapters 一 二 四, which have standard sections
_SKIP = "signature"  # 评价工作组人员名单及签字: its unit and date make the 落款
ANY, NEAR, TOP = "any", "near", "top"


@dataclass(frozen=True)
class _Topic:
    """A topic of the standard outline and the headings that name it.

    ``reach``: ANY — named at any depth, even inside another chapter (a chapter of the outline that
    the text export nested under the one before it: "9、…" under 八、); NEAR — at the first two
    levels, deeper only inside its own chapter; TOP — only as a chapter of the source.
    ``own``: the section keeps a section of its own in its chapter, under its own heading."""

    key: str
    chapter: str
    pattern: re.Pattern[str]
    reach: str = NEAR
    own: bool = False


def _topic(key: str, chapter: str, pattern: str, reach: str = NEAR, own: bool = False) -> _Topic:
    return _Topic(key, chapter, re.compile(pattern), reach, own)


# the chapters of the outline, named at any depth; of several, the one named first in the heading
# wins ("存在的问题及改进措施" opens 问题; its "（二）…改进措施" then goes to 措施)
_STRONG = (
    _topic("other", "other", r"其他需要说明", ANY),
    _topic("application", "application", r"结果.{0,10}(应用|运用).{0,8}公开|(应用|运用)(和|及|与)?公开|拟应用", ANY),
    _topic("problems", "problems", r"存在的?(主要)?问题|问题.{0,4}原因", ANY),
    _topic("measures", "measures", r"(改进|整改)的?(措施|意见|建议)|下一步.{0,6}(措施|打算|计划)", ANY),
    _topic("gov_fund", "gov_fund", r"政府性基金", ANY),
    _topic(_SKIP, "other", r"人员名单|签字|签名", ANY),
)
# the other topics, in order of precedence (the first that matches wins)
_TOPICS = (
    _topic("basic_info", "basic_info", r"^(部门|单位).{0,6}(基本情况|概况)$", TOP),
    _topic("other_budgets", "gov_fund", r"国有资本经营预算|社会保险基金预算", own=True),
    _topic("budget", "budget", r"一般公共预算|部门收支|预算收支|收支(预算|决算)?(执行)?情况"),
    _topic("performance", "performance", r"整体(支出)?绩效(自评)?情况$|^绩效情况$"),
    _topic("evaluation_work", "performance", r"评价(工作|目的|方法|过程|依据)|自评(工作|的?组织|的?方法|的?过程)",
           own=True),
    _topic("duties", "basic_info", r"职能|职责(?!履行)"),
    _topic("organisation", "basic_info", r"机构设置|机构情况|内设机构|单位构成"),
    _topic("staffing", "basic_info", r"人员编制|编制情况|人员情况"),
    _topic("overview", "basic_info", r"概况|基本情况"),
    _topic("projects", "performance", r"项目(支出)?绩效"),
    _topic("basic", "budget", r"基本支出"),
    _topic("three_public", "budget", r"三公"),
    _topic("public_funds", "budget", r"公用经费"),
    _topic("project", "budget", r"项目支出"),
    _topic("procurement", "budget", r"政府采购"),
    _topic("execution", "performance", r"预算执行"),
    _topic("achievements", "performance", r"目标.{0,4}(完成|实现)|职责履行|履职情况|指标分析|工作成效"),
    _topic("goals", "performance", r"绩效目标(、|和|及)?指标$|(整体支出|年度|总体)绩效目标$|^(年度)?(总体|绩效)目标$"),
    _topic("conclusion", "performance", r"结论|评价等级|自评得分"),
)
_BY_KEY = {t.key: t for t in (*_STRONG, *_TOPICS)}
_SCORED = re.compile(r"[（(]\s*\d+(\.\d+)?\s*分\s*[）)]")  # "预算执行（25 分）": an item of a score tree, no topic
# what a chapter's undivided text (the unit wrote it as one) speaks of: no placeholder for those sections
_UNDIVIDED = {"basic_info": ("basic_info", "overview"), "budget": ("budget",), "performance": ("performance",)}
_MENTIONS = {
    "duties": r"职能|职责|负责|贯彻|拟订", "organisation": r"内设|下设|股室|科室|处室|二级机构|所属单位",
    "staffing": r"编制|在职|人员\s*\d+\s*人", "basic": r"基本支出", "three_public": r"三公", "public_funds": r"公用经费",
    "project": r"项目支出", "execution": r"预算执行|执行率", "achievements": r"完成.{0,4}目标|目标.{0,4}(完成|实现)",
}


@dataclass
class _Sink:
    """Where paragraphs go: a slot of the outline, or a section of its own."""

    topic: _Topic
    lines: list[str]


class _Outline:
    """The unit's paragraphs by slot, and its sections of their own by chapter."""

    def __init__(self) -> None:
        self.slots: dict[str, list[str]] = {k: [] for k in _BY_KEY if k != _SKIP}
        self.extras: dict[str, list[dict]] = {c: [] for c in CHAPTERS}

    def sink(self, topic: _Topic, heading: str) -> _Sink | None:
        if topic.key == _SKIP:
            return None
        if topic.own:
            entry: dict = {"heading": heading, "paragraphs": []}
            self.extras[topic.chapter].append(entry)
            return _Sink(topic, entry["paragraphs"])
        return _Sink(topic, self.slots[topic.key])

    def intro(self, chapter: str) -> _Sink:
        """The chapter's undivided text."""
        return _Sink(_BY_KEY[chapter], self.slots[chapter])


def _bare_heading(s: Section) -> str:
    """The heading without its numbering."""
    h = s.heading.strip()
    if s.numbering and h.startswith(s.numbering):
        h = h[len(s.numbering):]
    return h.strip()


def _heading_text(s: Section, numbered: bool) -> str:
    """A heading carried into the body: list numbering (1、 （1）) kept, section numbering dropped."""
    return s.heading.strip() if numbered and s.numbering and s.level >= 3 else _bare_heading(s)


def _paras(s: Section) -> list[str]:
    out = (re.sub(r"\s*\n\s*", "", p).strip() for p in s.paragraphs)
    return [p for p in out if p and not PLACEHOLDER_RE.fullmatch(p)]


def _classify(s: Section, up: _Sink, depth: int) -> _Topic | None:
    """The topic ``s`` names, given where its parent went; None: it belongs to its parent."""
    title = squash(_bare_heading(s))
    if _SCORED.search(title):
        return None
    strong = [(m.start(), i) for i, t in enumerate(_STRONG) if (m := t.pattern.search(title))]
    if strong:
        return _STRONG[min(strong)[1]]
    for t in _TOPICS:
        if (t.reach == TOP and depth > 0) or (depth > 1 and t.chapter != up.topic.chapter):
            continue
        if t.pattern.search(title):
            return t
    return None


def _target(s: Section, up: _Sink, depth: int, out: _Outline) -> tuple[_Sink | None, bool]:
    """Where ``s`` goes and whether its heading goes with it (a heading that only repeats the
    outline's own is dropped)."""
    topic = _classify(s, up, depth)
    if topic is None:
        if up.topic.key in _SECTIONED and not up.topic.own:
            return out.sink(replace(up.topic, own=True), _bare_heading(s)), False
        return up, True
    if topic.key == up.topic.key:
        return up, up.topic.own or bool(up.lines)
    sink = out.sink(topic, _bare_heading(s))
    return sink, sink is not None and not topic.own and bool(sink.lines)


def _place(s: Section, up: _Sink, depth: int, out: _Outline, numbered: bool = True) -> _Sink | None:
    """Put ``s`` (heading where carried, paragraphs, sub-sections) into the outline; its sink."""
    sink, carried = _target(s, up, depth, out)
    if sink is not None:
        if carried:
            sink.lines.append(_heading_text(s, numbered))
        sink.lines.extend(_paras(s))
        _place_children(s.children, sink, depth + 1, out)
    return sink


def _place_children(children: list[Section], up: _Sink | None, depth: int, out: _Outline) -> None:
    """Sections in order.  A section numbered at a higher level than the sibling before it that
    named a topic ("（一）" after "1.") is taken as that sibling's sub-section; once a sibling has
    gone elsewhere, the list numbering of those that stay is dropped (it would have a gap).  At the
    top (``up`` None) a section that names no topic stays in the chapter before it."""
    chapter, last, gap = "basic_info", None, False
    for c in children:
        parent = up if up is not None else out.intro(chapter)
        named = _classify(c, parent, depth) is not None
        if not named and last is not None and c.level < last[1]:
            _place(c, last[0], depth + 1, out)
            continue
        sink = _place(c, parent, depth, out, numbered=not gap)
        if sink is not parent:
            gap = True
            if sink is not None and named:
                last, chapter = (sink, c.level), sink.topic.chapter


def _flatten(s: Section) -> list[str]:
    """A section's paragraphs and its sub-sections' headings and paragraphs, in order."""
    out = [p.strip() for p in s.paragraphs if p.strip()]
    for c in s.children:
        out.append(c.heading.strip())
        out.extend(_flatten(c))
    return out


def _self_report(pkg: Package) -> Narrative | None:
    return next((n for n in pkg.narratives if n.kind == "self_report"), None)


def _opening(n: Narrative) -> list[str]:
    """The report's opening paragraphs (before its first chapter), not its cover (title, date, 盖章)."""
    return [p.strip() for p in n.preamble if len(p.strip()) >= 30 and p.strip().endswith("。")]


def _covered(slots: dict[str, list[str]]) -> list[str]:
    """Standard sections a chapter's undivided text speaks of (no placeholder for them)."""
    out = []
    for key, pattern in _MENTIONS.items():
        chapter = _BY_KEY[key].chapter
        if any(re.search(pattern, p) for k in _UNDIVIDED[chapter] for p in slots[k]):
            out.append(key)
    return out


def report_texts(pkg: Package) -> dict[str, Any]:
    """Paragraphs a person wrote, taken verbatim from the package's 自评报告 and mapped into the
    standard outline: one list per slot (``duties``, ``basic``, ``achievements``, ``problems`` …; a
    chapter key such as ``budget`` holds the chapter's undivided text), ``extras`` (chapter -> the
    unit's sections of their own: heading, paragraphs), ``preamble`` and ``covered`` (standard
    sections the undivided text speaks of).  An empty slot gets a placeholder in the template."""
    out = _Outline()
    n = _self_report(pkg)
    if n is not None:
        _place_children(n.sections, None, 0, out)
    texts: dict[str, Any] = dict(out.slots)
    if not texts["duties"] and not texts["overview"]:
        dept = next(iter(pkg.department_evaluations), None)
        if dept is not None and dept.duties:
            texts["duties"] = [dept.duties]
    texts.update(extras=out.extras, preamble=_opening(n) if n is not None else [], covered=_covered(out.slots))
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
    env.filters["mentions"] = _mentions
    text = env.from_string(_template_text(templates)).render(f=_Dot(report_facts(pkg, rules)),
                                                             text=report_texts(pkg))
    return _number_sections([line.strip() for line in text.splitlines() if line.strip()])


def _mentions(paragraphs: list[str], needle: str) -> bool:
    """Template filter: does one of ``paragraphs`` say ``needle`` (spaces ignored: "95.35 分")?"""
    return any(squash(needle) in squash(p) for p in paragraphs)


_SECTION_NUMBER = re.compile(r"^[（(][一二三四五六七八九十]+[)）]")
_DIGITS = "零一二三四五六七八九"


def _cn(n: int) -> str:
    """1 -> 一, 10 -> 十, 12 -> 十二, 21 -> 二十一 (n < 100)."""
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _DIGITS[tens] + "十")
    return head + (_DIGITS[ones] if ones else "")


def _number_sections(lines: list[str]) -> list[str]:
    """Number the section headings of each chapter that the template leaves unnumbered: （一）（二）…"""
    out, n = [], 0
    for line in lines:
        if line.startswith(CHAPTER_MARK):
            n = 0
        elif line.startswith(SECTION_MARK):
            n += 1
            head = line[len(SECTION_MARK):]
            if not _SECTION_NUMBER.match(head):
                line = f"{SECTION_MARK}（{_cn(n)}）{head}"
        out.append(line)
    return out


class _Dot(dict):
    """Facts with attribute access in the template; a missing key is None (absent figure)."""

    def __getattr__(self, k: str) -> Any:
        v = self.get(k)
        if isinstance(v, dict):
            return _Dot(v)
        if isinstance(v, list):
            return [_Dot(x) if isinstance(x, dict) else x for x in v]
        return v


def add_text(p, text: str, font: str, size: float, bold: bool = False) -> None:
    """``text`` as runs of paragraph ``p``; a 【待填写：…】 placeholder is highlighted."""
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
    add_text(p, text, HEADING_FONT, TITLE_SIZE, bold=True)


def _right_aligned(doc, text: str, first: bool) -> None:
    """A 落款 line, right-aligned ``SIGN_RIGHT_CHARS`` characters in from the margin; the first one
    after the body has ``SIGN_GAP_LINES`` blank lines above it."""
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.paragraph_format.right_indent = Pt(SIGN_RIGHT_CHARS * BODY_SIZE)
    add_text(p, text, BODY_FONT, BODY_SIZE)
    _line_spacing(p, Pt(SIGN_GAP_LINES * LINE_PT) if first else Pt(0))


def _body_or_heading(doc, line: str) -> None:
    if line.startswith(SECTION_MARK):
        p = doc.add_paragraph(style="Heading 2")
        add_text(p, line[len(SECTION_MARK):], SECTION_FONT, BODY_SIZE, bold=True)
    elif line.startswith(CHAPTER_MARK):
        p = doc.add_paragraph(style="Heading 1")
        add_text(p, line[len(CHAPTER_MARK):], HEADING_FONT, BODY_SIZE)
    else:
        p = doc.add_paragraph()
        p.paragraph_format.first_line_indent = Pt(INDENT_CHARS * BODY_SIZE)
        add_text(p, line, BODY_FONT, BODY_SIZE)
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
