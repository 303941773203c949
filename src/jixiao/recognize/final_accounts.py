"""Recognise the tables of a 部门决算 (公开01–09表) or a 部门预算 (收支总表 … 绩效目标表).

Each table: its name (from the form definitions, with or without a "公开0N表"
mark), "金额单位：万元", "部门：…", the table and its "注：" notes.  Rows are read as
a run of items: a 科目代码 (功能分类 201/20101/2010102 or 经济分类 301/30101) or a
text label, followed by its 行次 and amounts, each amount named by the header
text of its column.  Columns are grid columns (a cell spanning two columns
starts at the first), so merged headers name every column under them.  This one
reading serves the one-sided, two-sided (收入 | 支出) and three-column-group
(经济分类 | 经济分类 | …) layouts alike.
"""

from __future__ import annotations

import re

from ..definitions import AccountTableDef, FormDefinition
from ..grid import Paragraph, Row, Table
from ..model import AccountLine, AccountTable, BudgetTable, FinalAccountTable
from ..values import MoneyUnit, money_unit_in, squash
from .columns import positions
from .common import amount, clean_text
from .context import Context, where
from .labels import ACCOUNT_MARK
from .segment import Segment

CODE = re.compile(r"^\d{3}(?:\d{2}){0,2}$")
_AMOUNT = re.compile(r"^-?[\d,，]*\d(?:\.\d+)?$")
_COLUMN_NO_ROW = "栏次"
_MIN_COLUMN_NUMBERS = 3
_DEPARTMENT = re.compile(r"^(?:编制|填报|预算)?(?:部门|单位)(?:名称)?[:：](.+?)(?:(?:金额)?单位[:：].*)?$")
_UNIT_ONLY = re.compile(r"^(?:人民币)?(?:元|万元|千元|亿元)$")
_CODE_PARTS = ("类", "款", "项")
_EMPTY_NOTE = re.compile(r"(无|没有).{0,20}(收入|支出|经费|数据)|本表(为)?空表|空表")


def _is_column_numbers(row: Row) -> bool:
    nb = [squash(c.text) for c in row.cells if not c.is_blank]
    if any(s == _COLUMN_NO_ROW for s in nb):
        return True
    return bool(nb) and all(re.fullmatch(r"\d{1,2}", s) for s in nb) and len(nb) >= _MIN_COLUMN_NUMBERS


def _header_end(rows: list[Row]) -> int:
    """Index of the first data row."""
    for i, r in enumerate(rows):
        if _is_column_numbers(r):
            return i + 1
    for i, r in enumerate(rows):
        sq = [squash(c.text) for c in r.cells]
        if any(CODE.match(s) for s in sq) or any(_AMOUNT.match(s) and re.search(r"[.,，]\d|\d{4}", s) for s in sq):
            return i
    return len(rows)


def _table_code(seg: Segment, tdef: AccountTableDef | None) -> str:
    mark = seg.mark or (seg.title if seg.kind == "account_mark" else None)
    m = ACCOUNT_MARK.match(squash(mark.text)) if mark is not None else None
    if m:
        return f"公开{int(m.group(1)):02d}"
    return tdef.name if tdef is not None else squash(seg.title.text if seg.title else "")


class _Reader:
    def __init__(self, seg: Segment, ctx: Context, fdef: FormDefinition, tdef: AccountTableDef | None, cls: type[AccountTable]):
        assert seg.title is not None
        self.seg = seg
        self.ctx = ctx
        code = _table_code(seg, tdef)
        if seg.kind == "account_mark":  # a bare mark: the name, if any, is the short line above it
            head = next((b for b in seg.blocks if isinstance(b, Paragraph) and b.loc.line < seg.title.loc.line), None)
            title = clean_text(head.text) if head else (tdef.name if tdef else code)
            ctx.place(head)
        else:
            title = clean_text(seg.title.text)
        at = seg.mark or seg.title  # a table is found by its mark where it has one
        self.t = cls(kind=tdef.key if tdef else "", code=code, title=title or code, where=where(at.loc))
        ctx.place(seg.title, seg.mark)
        self.columns: dict[int, str] = {}
        self.groups: dict[int, str | None] = {}
        self.open_labels: dict[int, tuple[str, int]] = {}  # grid column -> (label, rows it still covers)

    def run(self) -> AccountTable:
        for b in self.seg.blocks:
            if isinstance(b, Table):
                self.table(b)
            elif b.id not in self.ctx.placed:
                self.paragraph(b)
        self.t.lines = [x for x in self.t.lines if x.name or x.code or x.amounts]
        self.t.empty = not any(x.amounts for x in self.t.lines)
        return self.t

    def paragraph(self, p: Paragraph) -> None:
        s = squash(p.text)
        dept = _DEPARTMENT.match(s)
        if dept and not _UNIT_ONLY.match(dept.group(1)):
            self.t.department = dept.group(1)
            self.t.money_unit = money_unit_in(p.text) or self.t.money_unit
        elif s.startswith("金额单位") or s.startswith("单位"):
            self.t.money_unit = money_unit_in(p.text) or self.t.money_unit
        elif s.startswith(("注", "说明")) or re.match(r"^\d+[.．]", s) or _EMPTY_NOTE.search(s):
            self.t.notes.append(p.text.strip())
        else:
            return
        self.ctx.place(p)

    def table(self, tb: Table) -> None:
        if not self.columns:
            end = _header_end(tb.rows)
            header, data = tb.rows[:end], tb.rows[end:]
            self.header(header)
        else:
            data = tb.rows
        for r in data:
            self.row(r)

    def header(self, header: list[Row]) -> None:
        width = max((sum(max(c.col_span, 1) for c in r.cells) for r in header), default=0)
        names: list[list[str]] = [[] for _ in range(width)]
        for r in header:
            self.t.header_rows.append([c.text for c in r.cells])
            self.ctx.place(*r.cells)
            if _is_column_numbers(r):
                continue
            for col, c in positions(r):
                t = clean_text(c.text)
                if not t or t.isdigit():
                    continue
                for k in range(col, min(col + max(c.col_span, 1), width)):
                    if t not in names[k]:
                        names[k].append(t)
        self.columns = {i: "/".join(n) for i, n in enumerate(names)}
        # a header cell spanning several grid columns names them once
        self.t.columns = [n for i, n in self.columns.items() if i == 0 or n != self.columns[i - 1]]
        self.groups = self._groups(header, width)

    @staticmethod
    def _groups(header: list[Row], width: int) -> dict[int, str | None]:
        """The top header row's group names (收入/支出, 人员经费/公用经费) over the columns below."""
        if not header:
            return {}
        top = [(col, c) for col, c in positions(header[0]) if not c.is_blank]
        if not (2 <= len(top) <= 3):
            return {}
        out: dict[int, str | None] = {}
        cur = None
        starts = dict(top)
        for i in range(width):
            if i in starts:
                cur = clean_text(starts[i].text)
            out[i] = cur
        return out

    def column(self, i: int) -> str:
        return self.columns.get(i) or f"第{i + 1}列"

    def carried(self, pos: int) -> list[str]:
        """Labels of cells merged down from rows above, left of grid column ``pos``
        (一般公共预算资金 over its 小计 / 公共财政拨款 rows)."""
        return [text for p, (text, _) in sorted(self.open_labels.items()) if p < pos]

    def remember(self, pos: int, c) -> None:
        if c.row_span > 1 and not _AMOUNT.match(squash(c.text)) and not CODE.match(squash(c.text)):
            self.open_labels[pos] = (clean_text(c.text) or "", c.row_span)

    def age_carried(self, r: Row) -> None:
        self.open_labels = {p: (t, n - 1) for p, (t, n) in self.open_labels.items() if n - 1 > 0}

    def code_parts(self, r: Row) -> tuple[str | None, set[int]]:
        """A 科目编码 printed in 类 / 款 / 项 cells ("201" "06" "01"): joined, and the cells' ids."""
        parts = [(i, c) for i, c in positions(r) if self.columns.get(i, "").rsplit("/", 1)[-1] in _CODE_PARTS]
        texts = [squash(c.text) for _, c in parts if not c.is_blank]
        if not texts or not re.fullmatch(r"\d{3}", texts[0]) or not all(re.fullmatch(r"\d{2}", t) for t in texts[1:]):
            return None, set()
        return "".join(texts), {c.id for _, c in parts}

    def row(self, r: Row) -> None:
        unit: MoneyUnit | None = self.t.money_unit
        cur: AccountLine | None = None
        expect_name = False
        label_end = -1
        code, code_cells = self.code_parts(r)
        if code is not None:
            cur = AccountLine(code=code, name="", side=self.groups.get(0), where=where(r.loc))
            self.t.lines.append(cur)
            expect_name = True
        for i, c in positions(r):
            if c.id in code_cells:
                self.ctx.place(c)
                continue
            if c.is_blank:
                continue
            s = squash(c.text)
            col = self.column(i)
            side = self.groups.get(i)
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
            elif label_end == i and cur is not None and cur.labels and not cur.amounts and cur.row_no is None and cur.code is None:
                cur.labels.append(clean_text(c.text) or "")  # a second label column (项目名称 | 小计)
            else:
                label = clean_text(c.text) or ""
                cur = AccountLine(name=label, labels=[*self.carried(i), label], side=side, where=where(r.loc))
                self.t.lines.append(cur)
            if not _AMOUNT.match(s) and not CODE.match(s):
                label_end = i + max(c.col_span, 1)  # a label in the very next column names the same line
            self.remember(i, c)
            self.ctx.place(c)
        self.age_carried(r)


def recognise_account_table(seg: Segment, ctx: Context, fdef: FormDefinition, tdef: AccountTableDef | None) -> AccountTable:
    """A 决算 (FinalAccountTable) or 预算 (BudgetTable) table, by its definition's family."""
    cls = FinalAccountTable if fdef.family == "final_accounts" else BudgetTable
    return _Reader(seg, ctx, fdef, tdef, cls).run()
