"""The unit (部门/单位) and year of a package, from its forms, captions and cover (封面信息).

Votes are collected from every place that names them: the evaluation forms' header
fields, the tables' "部门：" / "预算主管部门：" captions, report titles and the cover
lines before the first form ("上海市普陀区规划和自然 / 资源局 / 2024 年度部门决算").  A cover year
that disagrees with a form's own year is reported.  An unfilled template (上海市 XX 局,
x,xxx) is reported as a template and never read as a unit called "XX".
"""

from __future__ import annotations

import re
from collections import Counter

from ..definitions import Definitions
from ..grid import Document, Paragraph
from ..model import Package
from ..values import squash
from .context import Context
from .labels import year_in

UNIT_SUFFIX = r"(?:局|委员会|委|办公室|办公厅|办|院|中心|厅|部|会|所|站|馆|校|队|社|处|署|政府)"
_UNIT = re.compile(rf"([^\s\d:：,，。；（）()]{{2,40}}{UNIT_SUFFIX}(?:[（(]本级[)）])?)")
_CAPTION_UNIT = re.compile(r"^(?:填报单位|预算主管部门|主管部门|部门|单位名称|编制部门|编制单位|预算单位)[:：]\s*(.+?)(?:\s+(?:金额)?单位[:：].*)?$")
PLACEHOLDER = re.compile(r"X{2,}|x,xxx|×{2,}|＊{2,}", re.IGNORECASE)
COVER_LINES = 12
_TITLE_YEAR = re.compile(r"^((?:19|20)\d{2})年")
_WEIGHT_FORM, _WEIGHT_OTHER = 3, 1


def _cover_text(doc: Document) -> str:
    """The short lines before the first table or 目录, joined (a name may wrap)."""
    lines: list[str] = []
    for b in doc.blocks[:COVER_LINES]:
        if not isinstance(b, Paragraph):
            break
        s = squash(b.text)
        if s in ("目录",) or len(s) > 40:
            break
        lines.append(s)
    return "".join(lines)


def _cover_unit(cover: str) -> str | None:
    head = re.split(r"(?:19|20)\d{2}\s*年", cover)[0]
    m = _UNIT.search(head)
    return m.group(1) if m else None


def identify(pkg: Package, doc: Document, ctx: Context, defs: Definitions) -> None:
    names: Counter[str] = Counter()
    for e in pkg.evaluations:
        fdef = defs.by_id.get(e.form or "")
        for label in fdef.filing_unit if fdef else []:
            if e.fields.get(label):
                names[e.fields[label]] += _WEIGHT_FORM
        for n in (e.unit_name, e.supervisor if e.kind == "project" else None):
            if n:
                names[n] += _WEIGHT_FORM if n == e.unit_name else _WEIGHT_OTHER
    for n in pkg.narratives:
        if n.kind == "self_report":
            m = re.search(r"(?:\d{4}\s*年度)?\s*([^\s\d]{2,40}?(?:局|委|办|院|中心|厅|部))", n.title)
            if m:
                names[m.group(1)] += _WEIGHT_OTHER
    cover = _cover_text(doc)
    if not names:  # no form names the unit: captions, table headers, the cover
        for e in pkg.evaluations:
            for cap in e.captions:
                m = _CAPTION_UNIT.match(squash(cap))
                if m:
                    names[m.group(1)] += _WEIGHT_OTHER
        for t in [*pkg.final_accounts, *pkg.budget_tables]:
            if t.department:
                names[squash(t.department)] += _WEIGHT_OTHER
        cover_unit = _cover_unit(cover)
        if cover_unit:
            names[cover_unit] += _WEIGHT_FORM
    _template(pkg, doc, ctx, cover)
    if names and not pkg.template:  # a blank template names no unit
        best = names.most_common(1)[0][0]
        pkg.unit_name = None if PLACEHOLDER.search(best) else best
    _year(pkg, ctx, doc, cover)


def _year(pkg: Package, ctx: Context, doc: Document, cover: str) -> None:
    years: Counter[int] = Counter()
    for e in pkg.evaluations:
        if e.year:
            years[e.year] += 1
    for b in pkg.basic_data:
        y = year_in(b.title)
        if y:
            years[y] += 1
    for n in pkg.narratives:
        y = year_in(n.title)
        if y:
            years[y] += 1
    for t in [*pkg.final_accounts, *pkg.budget_tables]:
        m = _TITLE_YEAR.match(squash(t.title))  # "2025年预算单位财务收支预算总表"
        if m:
            years[int(m.group(1))] += 1
    cover_year = year_in(cover)
    if years:
        pkg.year = years.most_common(1)[0][0]
    elif cover_year:
        pkg.year = cover_year
    if cover_year and years and cover_year not in years:
        first = next(b for b in doc.blocks if isinstance(b, Paragraph))
        ctx.warn("year-conflict", f"封面年度为 {cover_year} 年，表内年度为 "
                 f"{'、'.join(str(y) for y in sorted(years))} 年，请核对", first.loc)


def _template(pkg: Package, doc: Document, ctx: Context, cover: str) -> None:
    """Placeholders of an unfilled template in the cover, captions or cells."""
    found: list[str] = []
    texts = [cover] + [p.text for p in list(doc.paragraphs())[:200]] + [c.text for c in doc.cells()]
    for t in texts:
        snippet = squash(t)[:40]
        if PLACEHOLDER.search(t or "") and snippet not in found:
            found.append(snippet)
    if len(found) >= 2 or (found and PLACEHOLDER.search(cover)):
        pkg.template = found[:20]
        first = next((b for b in doc.blocks), None)
        if first is not None:
            ctx.warn("template", f"这是一份未填写的模板（占位符：{'；'.join(found[:3])}），不按单位材料读取数值",
                     first.loc, "warning")
