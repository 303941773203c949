"""Split a document into form segments by their titles (按表名切分).

A segment is a form title plus the blocks up to the next title.  Titles are
found by what they say (…基础数据表, the title patterns of the form
definitions, …自评报告, the names of the 决算/预算 tables, 公开0N表 …), whether
they stand as a paragraph or as a one-cell first row of a table (Word exports
often put the title inside the table).

Segmenting is pure: the document is never changed; a table whose first rows are
lifted out as titles is copied without them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ..definitions import Definitions, load_definitions
from ..grid import Block, Document, Paragraph, Table
from ..values import squash
from .context import Context
from .labels import CAPTION, MARKER, TOC, title_kind

_PART = re.compile(r"^第[一二三四五六七八九十]+部分")
_SENTENCE_END = ("。", "；", "：", ":", "，")
ACCOUNT_KINDS = ("final_account_table", "budget_table", "account_mark")
_MAX_PART_HEADING = 60
_LINES_PER_CELL = 1000
_NOTES_HEADING = re.compile(r"^.{0,30}(情况说明|相关说明|编制说明|其他.{0,6}说明)$")


@dataclass
class Segment:
    kind: str
    title: Paragraph | None
    blocks: list[Block] = field(default_factory=list)
    mark: Paragraph | None = None  # the "公开0N表" mark of a 决算/预算 table

    def has_table(self) -> bool:
        return any(isinstance(b, Table) for b in self.blocks)


@dataclass
class Segmentation:
    segments: list[Segment]
    markers: list[Paragraph]
    toc: list[Paragraph]


def _lift_titles(table: Table, defs: Definitions) -> list[Block]:
    """Leading title/caption rows of a table as paragraphs, then (a copy of) the table
    without them.  A title row is a row of one cell naming a form (its lines may add a
    caption: "收支预算总表⏎部门：某某厅"), or a row of captions only (部门：… | 单位：万元);
    blank rows before them go with them."""
    out: list[Block] = []
    i = 0
    lifted = 0
    while i < len(table.rows):
        cells = table.rows[i].non_blank()
        paras = _title_row(cells, defs)
        if paras is None and cells:
            break
        out.extend(paras or [])
        i += 1
        lifted = i if paras else lifted
    i = lifted
    out = out if lifted else []
    if i < len(table.rows):
        out.append(table if i == 0 else replace(table, rows=table.rows[i:]))
    return out


def _title_row(cells: list, defs: Definitions) -> list[Paragraph] | None:
    """The paragraphs a title or caption row stands for, or None if it is neither."""
    if not cells:
        return []
    if len(cells) == 1:
        lines = [ln.strip() for ln in cells[0].text.splitlines() if ln.strip()] or [cells[0].text.strip()]
        if title_kind(lines[0], defs) or CAPTION.search(squash(lines[0])):
            if len(lines) > 1 and not all(title_kind(x, defs) or CAPTION.search(squash(x)) for x in lines[1:]):
                lines = [" ".join(lines)] if not title_kind(lines[0], defs) else lines
            return [Paragraph(_line_id(cells[0].id, k), ln, cells[0].loc) for k, ln in enumerate(lines)]
        return None
    if all(CAPTION.search(squash(c.text)) for c in cells):
        return [Paragraph(c.id, c.text.strip(), c.loc) for c in cells]
    return None


def _line_id(cell_id: int, k: int) -> int:
    """Ids for the lines of one title cell: the cell's own id, then ids no reader hands out."""
    return cell_id if k == 0 else -(cell_id * _LINES_PER_CELL + k)


def _is_short_title_line(b: Block) -> bool:
    if not isinstance(b, Paragraph):
        return False
    s = squash(b.text)
    return 0 < len(s) <= 40 and not s.endswith(_SENTENCE_END) and not re.search(r"\d+\.\d", s)


def _only_cover(blocks: list[Block]) -> bool:
    """True when a narrative so far holds only cover-page lines (name, seal, date)."""
    return all(isinstance(b, Paragraph) and len(squash(b.text)) <= 40 for b in blocks)


class _Splitter:
    def __init__(self, ctx: Context, defs: Definitions):
        self.ctx = ctx
        self.defs = defs
        self.segments: list[Segment] = [Segment("preamble", None)]
        self.markers: list[Paragraph] = []
        self.toc: list[Paragraph] = []
        self.in_toc = False
        self.toc_parts: set[str] = set()

    def run(self, doc: Document) -> Segmentation:
        for b in doc.blocks:
            for x in _lift_titles(b, self.defs) if isinstance(b, Table) else [b]:
                if not (isinstance(x, Paragraph) and self.paragraph(x)):
                    self.segments[-1].blocks.append(x)
        return Segmentation([s for s in self.segments if s.title is not None or s.blocks], self.markers, self.toc)

    def paragraph(self, b: Paragraph) -> bool:
        """Handle a paragraph that opens or marks something; False to keep it as content."""
        s = squash(b.text).replace("*", "")
        if self.in_toc and self.toc_line(b, s):
            return True
        if TOC.match(s):
            self.in_toc = True
            self.toc.append(b)
            self.ctx.place(b)
            return True
        if MARKER.match(s) or (_PART.match(s) and len(s) <= 12):
            self.markers.append(b)
            self.ctx.place(b)
            return True
        if _PART.match(s) and len(s) <= _MAX_PART_HEADING:
            # "第三部分 某某局2024年度部门决算情况说明": a part of its own, whatever came before
            self.segments.append(Segment("final_account_notes" if "说明" in s else "other", b))
            return True
        kind = title_kind(b.text, self.defs)
        cur = self.segments[-1]
        if kind is None:
            if cur.kind in ACCOUNT_KINDS and cur.has_table() and _NOTES_HEADING.match(s):
                # "其他相关情况说明", "第三部分 情况说明" after the last table: prose of its own
                self.segments.append(Segment("final_account_notes" if cur.kind != "budget_table" else "other", b))
                return True
            return False
        if kind == cur.kind == "self_report" and _only_cover(cur.blocks):
            cur.blocks.append(b)  # the cover page repeats the report title on the first page
            return True
        if kind in ACCOUNT_KINDS and cur.kind in ACCOUNT_KINDS and not cur.has_table():
            self.join_account_title(cur, kind, b)
            return True
        seg = Segment(kind, b, mark=b if kind == "account_mark" else None)
        # A title split over two lines ("2024年度某某局" / "部门整体支出绩效自评报告"),
        # or a table heading just above its "公开01表" mark, belongs to the new segment.
        if cur.blocks and _is_short_title_line(cur.blocks[-1]) and (
            kind in ACCOUNT_KINDS or re.search(r"年度", cur.blocks[-1].text)
        ):
            seg.blocks.append(cur.blocks.pop())
        self.segments.append(seg)
        return True

    def join_account_title(self, cur: Segment, kind: str, b: Paragraph) -> None:
        """A table's name and its 公开0N表 mark, in either order, open one segment."""
        if kind == "account_mark":
            cur.mark = b
            cur.blocks.append(b)
            return
        if cur.kind == "account_mark":
            cur.kind, cur.title = kind, b
            return
        cur.blocks.append(b)  # a second name line before the table (subtitle): kept as content

    def toc_line(self, b: Paragraph, s: str) -> bool:
        part = _PART.match(s)
        if part and part.group(0) in self.toc_parts:
            self.in_toc = False
            return False
        if len(s) <= 60:
            if part:
                self.toc_parts.add(part.group(0))
            self.toc.append(b)
            self.ctx.place(b)
            return True
        self.in_toc = False
        return False


def segment(doc: Document, ctx: Context, defs: Definitions | None = None) -> Segmentation:
    return _Splitter(ctx, defs or load_definitions()).run(doc)
