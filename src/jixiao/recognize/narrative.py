"""Recognise narratives: 自评报告, 决算情况说明, 概况, 名词解释.

Paragraphs are kept verbatim and grouped into sections by heading numbering
(一、 / （一） / 1. 1、 / （1）).  A report that scores itself item by item
("（N 分）… 故此项得 X 分", the Hebei 部门整体 framework) also yields a score tree.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ..grid import Paragraph, Table
from ..model import Narrative, RawTable, ScoreItem, Section
from ..values import squash
from .common import clean_text
from .context import Context, where
from .segment import Segment

# (style, pattern, section level)
NUMBERING: list[tuple[str, re.Pattern[str], int]] = [
    ("cn", re.compile(r"^[一二三四五六七八九十]+[、.．]"), 1),
    ("pcn", re.compile(r"^[（(][一二三四五六七八九十]+[）)]"), 2),
    ("dcomma", re.compile(r"^\d+、"), 3),
    ("ddot", re.compile(r"^\d+[.．](?!\d)"), 3),
    ("pd", re.compile(r"^[（(]\d+[）)]"), 4),
]
_CHAPTER_WORDS = re.compile(r"(情况|问题|措施|说明|结论|概况|建议|分析|等级)$")
_CAP = re.compile(r"[（(]\s*(\d{1,6}(?:\.\d{1,6})?)\s*分\s*[）)]")
_SCORE = re.compile(r"故此项得分?\s*(\d{1,6}(?:\.\d{1,6})?)\s*分")
_TOTAL = re.compile(r"(?:评价得分|自评得分|绩效自评得分)(?:为|是|：|:)?\s*(\d+(?:\.\d+)?)\s*分")
_GRADE = re.compile(r"(?:评价)?等级为[“\"]?(优秀|优|良好|良|中|合格|差)")


def numbering_of(text: str) -> tuple[str, str, int] | None:
    s = squash(text)
    for style, pat, level in NUMBERING:
        m = pat.match(s)
        if m:
            return style, m.group(0), level
    return None


def heading_info(p: Paragraph) -> tuple[str | None, str | None, int] | None:
    """(style, numbering, level) when the paragraph is a heading, else None."""
    s = squash(p.text)
    if not s:
        return None
    num = numbering_of(p.text)
    short = len(s) <= 40 and not s.endswith(("。", "；", ";", "，"))
    if num and (short or p.heading_level):
        return num[0], num[1], num[2]
    if p.heading_level and len(s) <= 60:
        return None, None, 1
    if short and len(s) <= 20 and _CHAPTER_WORDS.search(s) and not re.search(r"\d", s):
        return None, None, 1
    if short and len(s) <= 20 and _CAP.search(s):
        return "plain", None, 4  # an unnumbered scored group such as "履职效益（15 分）"
    return None


class _Builder:
    def __init__(self, seg: Segment, ctx: Context, kind: str):
        assert seg.title is not None
        self.seg = seg
        self.ctx = ctx
        self.n = Narrative(kind=kind, title=clean_text(seg.title.text) or "", where=where(seg.title.loc))
        ctx.place(seg.title)
        self.stack: list[Section] = []

    def run(self) -> Narrative:
        title_prefix = [b for b in self.seg.blocks[:1] if isinstance(b, Paragraph) and b.loc.line < self.seg.title.loc.line]
        for b in self.seg.blocks:
            if isinstance(b, Table):
                self.n.tables.append(RawTable(where=where(b.loc), rows=[[c.text for c in r.cells] for r in b.rows]))
                for r in b.rows:
                    self.ctx.place(*r.cells)
                continue
            if b in title_prefix:
                self.n.title = f"{clean_text(b.text)}{self.n.title}"
                self.ctx.place(b)
                continue
            self.paragraph(b)
        self.n.score_tree = score_tree(self.n)
        text = "\n".join(p for s in self.n.all_sections() for p in [s.heading, *s.paragraphs])
        m = list(_TOTAL.finditer(text))
        if m:
            self.n.stated_total = Decimal(m[-1].group(1))
        g = _GRADE.search(text)
        if g:
            self.n.stated_grade = g.group(1)
        return self.n

    def paragraph(self, p: Paragraph) -> None:
        self.ctx.place(p)
        info = heading_info(p)
        if info is None:
            if self.stack:
                self.stack[-1].paragraphs.append(p.text)
            else:
                self.n.preamble.append(p.text)
            return
        style, numbering, level = info
        sec = Section(heading=p.text.strip(), numbering=numbering, level=level, where=where(p.loc))
        while self.stack and self.stack[-1].level >= level:
            self.stack.pop()
        (self.stack[-1].children if self.stack else self.n.sections).append(sec)
        self.stack.append(sec)


def score_tree(n: Narrative) -> list[ScoreItem]:
    """Build the score breakdown from "（N 分）" headings and "故此项得 X 分" text.

    Nesting follows the numbering styles in the order they first appear inside
    the scored part (reports number it inconsistently, so fixed levels would
    misplace items); an unnumbered capped heading is its own style.
    """
    flat = n.all_sections()
    start = next((i for i, s in enumerate(flat) if _CAP.search(s.heading)), None)
    if start is None:
        return []
    depth_of: dict[str, int] = {}
    roots: list[ScoreItem] = []
    stack: list[tuple[int, ScoreItem]] = []
    top_style = None
    for s in flat[start:]:
        num = numbering_of(s.heading)
        style = num[0] if num else "plain"
        if style == "cn" and top_style != "cn" and s is not flat[start]:
            break  # the next chapter (四、评价结论…) ends the scored part
        if top_style is None:
            top_style = style
        if style not in depth_of:
            depth_of[style] = stack[-1][0] + 1 if stack else 0
        depth = depth_of[style]
        cap_m = _CAP.search(s.heading)
        label = _CAP.sub("", s.heading)
        if num:
            label = re.sub(r"^\s*" + re.escape(num[1]).replace("\\ ", r"\s*"), "", label.strip())
        label = label.strip()
        scores = [m for p in s.paragraphs for m in _SCORE.finditer(p)]
        item = ScoreItem(
            label=label,
            cap=Decimal(cap_m.group(1)) if cap_m else None,
            score=Decimal(scores[-1].group(1)) if scores else None,
            where=s.where,
        )
        while stack and stack[-1][0] >= depth:
            stack.pop()
        (stack[-1][1].children if stack else roots).append(item)
        stack.append((depth, item))
    return roots


def recognise_narrative(seg: Segment, ctx: Context, kind: str) -> Narrative:
    return _Builder(seg, ctx, kind).run()
