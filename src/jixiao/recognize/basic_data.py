"""Recognise 部门整体支出绩效评价基础数据表 (the basic data sheet)."""

from __future__ import annotations

import re

from ..grid import Cell, Paragraph, Row, Table
from ..model import BasicData, BuildingControl, ControlRow, Staffing
from ..values import MoneyUnit, is_blank, is_placeholder, money_unit_in, parse_percent, squash
from . import labels as L
from .common import FOOTER, amount, clean_text, number, parse_footer
from .context import Context, where
from .segment import Segment

_YEAR_COL = re.compile(r"^(\d{4})年(决算数|预算数)$")


class _Reader:
    def __init__(self, seg: Segment, ctx: Context):
        assert seg.title is not None
        self.seg = seg
        self.ctx = ctx
        self.bd = BasicData(title=clean_text(seg.title.text) or "", where=where(seg.title.loc))
        ctx.place(seg.title)
        self.state = "start"
        self.col_pos: list[int] = []
        self.section: str | None = None

    def run(self) -> BasicData:
        for b in self.seg.blocks:
            if isinstance(b, Paragraph):
                self.paragraph(b)
            else:
                for row in b.rows:
                    self.row(row, b)
        return self.bd

    def paragraph(self, p: Paragraph) -> None:
        s = squash(p.text)
        if FOOTER.match(s):
            self.bd.footer = parse_footer(p)
        elif L.CAPTION.search(s):
            self.bd.captions.append(clean_text(p.text) or "")
            self.bd.money_unit = money_unit_in(p.text) or self.bd.money_unit
        elif s.startswith(("说明", "注")):
            self.bd.notes.append(p.text.strip())
        else:
            return
        self.ctx.place(p)

    def row(self, row: Row, table: Table) -> None:
        cells = row.cells
        sq = [squash(c.text) for c in cells]
        nb = [c for c in cells if not c.is_blank]
        if not nb:
            if self.state == "buildings":
                self.state = "after"  # the 楼堂馆所 row left blank (no completed project)
            return
        if any(s.startswith("厉行节约保障措施") for s in sq):
            i = next(i for i, s in enumerate(sq) if s.startswith("厉行节约保障措施"))
            self.ctx.place(cells[i])
            rest = [c for c in cells[i + 1:] if not c.is_blank]
            if rest:
                self.bd.frugality_measures = clean_text("\n".join(c.text for c in rest))
                self.ctx.place(*rest)
            self.state = "after"
            return
        if any("编制数" in s for s in sq):
            self.ctx.place(*nb)
            self.state = "staffing"
            return
        if self.state == "staffing":
            vals = [c for c in nb]
            st = Staffing(where=where(row.loc))
            nums = [c for c in vals if not squash(c.text).endswith(("%", "％"))]
            rate = [c for c in vals if squash(c.text).endswith(("%", "％"))]
            if len(nums) > 0:
                st.authorized = number(nums[0].text, self.ctx, row.loc)
            if len(nums) > 1:
                st.actual = number(nums[1].text, self.ctx, row.loc)
            if rate:
                st.control_rate = parse_percent(rate[0].text).value
            self.bd.staffing = st
            self.ctx.place(*vals)
            self.state = "start"
            return
        years = [i for i, s in enumerate(sq) if _YEAR_COL.match(s)]
        if len(years) >= 2:
            self.col_pos = years
            self.bd.columns = [clean_text(cells[i].text) or "" for i in years]
            u = money_unit_in(cells[0].text)
            if u:
                self.bd.money_unit = u
            self.ctx.place(*nb)
            self.state = "control"
            return
        if any("楼堂馆所" in s for s in sq):
            self.ctx.place(*nb)
            self.state = "buildings"
            return
        if self.state == "buildings":
            self.buildings(row, nb)
            self.state = "after"
            return
        if self.state == "control":
            self.control_row(row, table)

    def control_row(self, row: Row, table: Table) -> None:
        cells = row.cells
        label_cell = cells[0] if not cells[0].is_blank else next((c for c in cells if not c.is_blank), None)
        if label_cell is None:
            return
        label = L.control_label(label_cell.text)
        if not label or is_placeholder(label):
            key = "placeholder"
        else:
            key = L.control_key(label) or ("project_item" if self.section == "project" else "other")
        if key in L.PROJECT_SECTION_KEYS:
            self.section = "project"
        elif key not in ("project_item", "placeholder", "other"):
            self.section = None
        if key == "project_item" and re.match(r"^\d+、$", squash(label_cell.text)):
            key = "placeholder"
        unit = self.bd.money_unit
        li = cells.index(label_cell)
        if self.col_pos and len(cells) > self.col_pos[-1]:
            value_cells: list[Cell | None] = [cells[i] for i in self.col_pos]
        else:
            rest = [c for c in cells[li + 1:] if not c.is_blank]
            value_cells = list(rest[: len(self.col_pos) or 3])
            value_cells += [None] * ((len(self.col_pos) or 3) - len(value_cells))
        values = []
        for c in value_cells:
            if c is None or is_blank(c.text):
                values.append(None)
            else:
                values.append(amount(c.text, unit, self.ctx, c.loc))
        self.ctx.place(label_cell, *[c for c in value_cells if c is not None])
        for c in cells:
            if is_placeholder(c.text):
                self.ctx.place(c)
        self.bd.rows.append(
            ControlRow(label=clean_text(label_cell.text) or label, key=key, values=values, where=where(row.loc))
        )

    def buildings(self, row: Row, nb: list[Cell]) -> None:
        vals = [c for c in row.cells]
        if vals and vals[0].is_blank:
            vals = vals[1:]
        texts = [c.text if c is not None else None for c in vals] + [None] * 6
        unit = MoneyUnit.WAN

        def pct(t: str | None):
            return parse_percent(t).value if t and squash(t).endswith("%") else number(t, self.ctx, row.loc) if t else None

        self.bd.buildings = BuildingControl(
            approved_area=number(texts[0], self.ctx, row.loc),
            actual_area=number(texts[1], self.ctx, row.loc),
            area_control_rate=pct(texts[2]),
            budget_investment=amount(texts[3], unit, self.ctx, row.loc),
            actual_investment=amount(texts[4], unit, self.ctx, row.loc),
            investment_control_rate=pct(texts[5]),
            where=where(row.loc),
        )
        self.ctx.place(*nb)


def recognise_basic_data(seg: Segment, ctx: Context) -> BasicData:
    return _Reader(seg, ctx).run()
