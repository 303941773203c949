"""Recognise the 部门决算 公开01–09表.

Each table: title heading, "公开 0N 表" mark, "金额单位：万元", "部门：…", the
table and its "注：" notes.  Rows are read as a run of items: a 科目代码 (功能分类
201/20101/2010102 or 经济分类 301/30101) or a text label, followed by its 行次
and amounts, each amount named by the header text of its column.  This one
reading serves the one-sided (02/03/05/07/08), two-sided (01/04) and
three-column-group (06) layouts alike.
"""

from __future__ import annotations

import re

from ..grid import Paragraph, Row, Table
from ..model import AccountLine, FinalAccountTable
from ..values import MoneyUnit, money_unit_in, squash
from .common import amount, clean_text
from .context import Context, where
from .labels import FINAL_TABLE_MARK
from .segment import Segment

CODE = re.compile(r"^\d{3}(?:\d{2}){0,2}$")
_AMOUNT = re.compile(r"^-?[\d,，]*\d(?:\.\d+)?$")
_COLUMN_NO_ROW = "栏次"


def _is_column_numbers(row: Row) -> bool:
    nb = [squash(c.text) for c in row.cells if not c.is_blank]
    if any(s == _COLUMN_NO_ROW for s in nb):
        return True
    return bool(nb) and all(re.fullmatch(r"\d{1,2}", s) for s in nb) and len(nb) >= 3


def _header_end(rows: list[Row]) -> int:
    """Index of the first data row."""
    for i, r in enumerate(rows):
        if _is_column_numbers(r):
            return i + 1
    for i, r in enumerate(rows):
        sq = [squash(c.text) for c in r.cells]
        if any(CODE.match(s) for s in sq) or any(re.search(r"\.\d", s) and _AMOUNT.match(s) for s in sq):
            return i
    return len(rows)


class _Reader:
    def __init__(self, seg: Segment, ctx: Context):
        assert seg.title is not None
        self.seg = seg
        self.ctx = ctx
        m = FINAL_TABLE_MARK.match(squash(seg.title.text))
        code = f"公开{int(m.group(1)):02d}" if m else squash(seg.title.text)
        head = next((b for b in seg.blocks if isinstance(b, Paragraph) and b.loc.line < seg.title.loc.line), None)
        title = clean_text(head.text) if head else code
        self.t = FinalAccountTable(code=code, title=title or code, where=where(seg.title.loc))
        ctx.place(seg.title, head)

    def run(self) -> FinalAccountTable:
        for b in self.seg.blocks:
            if isinstance(b, Table):
                self.table(b)
            elif b.id not in self.ctx.placed:
                self.paragraph(b)
        return self.t

    def paragraph(self, p: Paragraph) -> None:
        s = squash(p.text)
        if s.startswith("金额单位") or s.startswith("单位"):
            self.t.money_unit = money_unit_in(p.text) or self.t.money_unit
        elif s.startswith("部门"):
            self.t.department = re.sub(r"^部门[:：]\s*", "", p.text.strip()) or None
        elif s.startswith(("注", "说明")) or re.match(r"^\d+[.．]", s):
            self.t.notes.append(p.text.strip())
        else:
            return
        self.ctx.place(p)

    def table(self, tb: Table) -> None:
        if not self.t.columns:
            end = _header_end(tb.rows)
            header, data = tb.rows[:end], tb.rows[end:]
            width = max((len(r.cells) for r in tb.rows), default=0)
            names: list[list[str]] = [[] for _ in range(width)]
            for r in header:
                self.t.header_rows.append([c.text for c in r.cells])
                self.ctx.place(*r.cells)
                if _is_column_numbers(r):
                    continue
                for i, c in enumerate(r.cells):
                    t = clean_text(c.text)
                    if t and t not in names[i] and not t.isdigit():
                        names[i].append(t)
            self.t.columns = ["/".join(n) for n in names]
            self.groups = self._groups(header)
        else:
            data = tb.rows
        for r in data:
            self.row(r)

    def _groups(self, header: list[Row]) -> list[str | None]:
        """The top header row's group names (收入/支出, 人员经费/公用经费) carried right."""
        width = len(self.t.columns)
        if not header:
            return [None] * width
        top = header[0].cells
        nb = [c for c in top if not c.is_blank]
        if not (2 <= len(nb) <= 3):
            return [None] * width
        out: list[str | None] = []
        cur = None
        for i in range(width):
            if i < len(top) and not top[i].is_blank:
                cur = clean_text(top[i].text)
            out.append(cur)
        return out

    def column(self, i: int) -> str:
        return self.t.columns[i] if i < len(self.t.columns) else f"第{i + 1}列"

    def row(self, r: Row) -> None:
        unit: MoneyUnit | None = self.t.money_unit
        cur: AccountLine | None = None
        expect_name = False
        for i, c in enumerate(r.cells):
            if c.is_blank:
                continue
            s = squash(c.text)
            col = self.column(i)
            side = self.groups[i] if i < len(self.groups) else None
            if CODE.match(s) and "行次" not in col:
                cur = AccountLine(code=s, name="", side=side, where=where(r.loc))
                self.t.lines.append(cur)
                expect_name = True
            elif _AMOUNT.match(s):
                if cur is None:
                    cur = AccountLine(name="", side=side, where=where(r.loc))
                    self.t.lines.append(cur)
                if "行次" in col and re.fullmatch(r"\d+", s):
                    cur.row_no = s
                else:
                    cur.amounts[col] = amount(c.text, unit, self.ctx, c.loc)
                expect_name = False
            elif expect_name and cur is not None:
                cur.name = clean_text(c.text) or ""
                expect_name = False
            elif s == _COLUMN_NO_ROW:
                pass
            else:
                cur = AccountLine(name=clean_text(c.text) or "", side=side, where=where(r.loc))
                self.t.lines.append(cur)
            self.ctx.place(c)
        # An empty left side of a two-sided row leaves a bare 行次: nothing to keep.
        self.t.lines = [x for x in self.t.lines if x.name or x.code or x.amounts]


def recognise_final_table(seg: Segment, ctx: Context) -> FinalAccountTable:
    return _Reader(seg, ctx).run()

