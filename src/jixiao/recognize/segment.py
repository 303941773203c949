"""Split a document into form segments by their titles (按表名切分).

A segment is a form title plus the blocks up to the next title.  Titles are
found by what they say (…基础数据表, …自评表, …自评报告, 公开0N表 …), whether
they stand as a paragraph or as a one-cell first row of a table (Word exports
often put the title inside the table).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..grid import Block, Document, Paragraph, Table
from ..values import squash
from .context import Context
from .labels import CAPTION, MARKER, TOC, title_kind

_PART = re.compile(r"^第[一二三四五六七八九十]+部分")
_SENTENCE_END = ("。", "；", "：", ":", "，")


@dataclass
class Segment:
    kind: str
    title: Paragraph | None
    blocks: list[Block] = field(default_factory=list)


@dataclass
class Segmentation:
    segments: list[Segment]
    markers: list[Paragraph]
    toc: list[Paragraph]


def _lift_titles(table: Table) -> list[Block]:
    """Turn leading one-cell title/caption rows of a table into paragraphs."""
    out: list[Block] = []
    while table.rows:
        cells = table.rows[0].non_blank()
        if len(cells) != 1:
            break
        text = cells[0].text.strip()
        if not (title_kind(text) or CAPTION.search(squash(text))):
            break
        out.append(Paragraph(cells[0].id, text, cells[0].loc))
        table.rows.pop(0)
    if table.rows:
        out.append(table)
    return out


def _is_short_title_line(b: Block) -> bool:
    if not isinstance(b, Paragraph):
        return False
    s = squash(b.text)
    return 0 < len(s) <= 40 and not s.endswith(_SENTENCE_END) and not re.search(r"\d+\.\d", s)


def _only_cover(blocks: list[Block]) -> bool:
    """True when a narrative so far holds only cover-page lines (name, seal, date)."""
    return all(isinstance(b, Paragraph) and len(squash(b.text)) <= 40 for b in blocks)


def segment(doc: Document, ctx: Context) -> Segmentation:
    blocks: list[Block] = []
    for b in doc.blocks:
        blocks.extend(_lift_titles(b) if isinstance(b, Table) else [b])

    segments: list[Segment] = [Segment("preamble", None)]
    markers: list[Paragraph] = []
    toc: list[Paragraph] = []
    in_toc = False
    toc_parts: set[str] = set()

    for b in blocks:
        if isinstance(b, Paragraph):
            s = squash(b.text).replace("*", "")
            if in_toc:
                part = _PART.match(s)
                if part and part.group(0) in toc_parts:
                    in_toc = False
                elif len(s) <= 60:
                    if part:
                        toc_parts.add(part.group(0))
                    toc.append(b)
                    ctx.place(b)
                    continue
                else:
                    in_toc = False
            if TOC.match(s):
                in_toc = True
                toc.append(b)
                ctx.place(b)
                continue
            if MARKER.match(s) or (_PART.match(s) and len(s) <= 12):
                markers.append(b)
                ctx.place(b)
                continue
            kind = title_kind(b.text)
            if kind is not None:
                cur = segments[-1]
                if kind == cur.kind == "self_report" and _only_cover(cur.blocks):
                    # the cover page repeats the report title on the first page
                    cur.blocks.append(b)
                    continue
                seg = Segment(kind, b)
                # A title split over two lines ("2024年度某某局" / "部门整体支出绩效自评报告"),
                # or a table heading just above its "公开01表" mark, belongs to the new segment.
                if cur.blocks and _is_short_title_line(cur.blocks[-1]) and (
                    kind == "final_account_table" or re.search(r"年度", cur.blocks[-1].text)
                ):
                    seg.blocks.append(cur.blocks.pop())
                segments.append(seg)
                continue
        segments[-1].blocks.append(b)
    return Segmentation([s for s in segments if s.title is not None or s.blocks], markers, toc)
