"""Recognise 部门整体支出绩效自评表 and 项目支出绩效自评表.

Both forms share one layout: header fields (单位/项目名称, 主管部门, 实施单位),
the funds block, 年度总体目标 and the indicator tree ending in 总分.  Rows are
recognised by what their cells say; positions are trusted only when the reader
vouches for them (``Table.exact_columns``), otherwise values are located from
anchors (the 执行率 percentage, the trailing 分值/得分 numbers).
"""

from __future__ import annotations

import re

from ..grid import Cell, Paragraph, Row, Table
from ..model import Evaluation, FundsRow, Goals, Indicator
from ..values import MoneyUnit, is_blank, is_placeholder, money_unit_in, parse_target, squash
from . import labels as L
from .common import FOOTER, amount, clean_text, is_pure_number, next_value_cell, number, parse_footer, percent
from .context import Context, where
from .segment import Segment

_FIELD_LABELS: list[tuple[str, re.Pattern[str]]] = [
    ("name", re.compile(r"^项目(支出)?名称$")),
    ("unit_name", re.compile(r"^(市级|县级|省级)?预算部门(?:[、（(]?单位[）)]?)?名称$|^部门名称$|^单位名称$|^部门[(（]单位[)）]名称$")),
    ("supervisor", re.compile(r"^主管部门$")),
    ("implementer", re.compile(r"^实施单位$")),
]
_GOALS = re.compile(r"^(年度总体目标|年度总目标|整体绩效目标|年度总体目标目标)$")
_GOALS_HEADER_EXPECTED = re.compile(r"^(预期目标|年度目标)")
_GOALS_HEADER_ACTUAL = re.compile(r"^实际完成情况")
_DUTIES = re.compile(r"^部门职能职责概述$")
_SPLIT_HEADER = re.compile(r"^按(收入|支出)性质分[:：]?$")
_TOTAL = re.compile(r"^总分$|^合计$")
_INDICATOR_AREA = re.compile(r"绩效指标$|^绩效指标")


def _field_of(text: str) -> str | None:
    s = squash(text)
    for key, pat in _FIELD_LABELS:
        if pat.match(s):
            return key
    return None


def _is_label(text: str) -> bool:
    s = squash(text)
    return bool(_field_of(text) or s in L.FUNDS_COLUMNS or _GOALS.match(s))


class _Reader:
    def __init__(self, seg: Segment, ctx: Context):
        self.seg = seg
        self.ctx = ctx
        kind = "department" if seg.kind == "department_evaluation" else "project"
        assert seg.title is not None
        self.ev = Evaluation(kind=kind, title=clean_text(seg.title.text) or "", where=where(seg.title.loc),
                             year=L.year_in(seg.title.text))
        ctx.place(seg.title)
        self.caption_unit: MoneyUnit | None = None
        self.label_unit: MoneyUnit | None = None
        self.funds_order: list[str] = []
        self.total_positions: dict[str, int] | None = None
        self.total_len = 0
        self.split_mode = False
        self.goals_pending = False
        self.ind_columns: dict[str, int] | None = None
        self.ind_len = 0
        self.level1: str | None = None
        self.level2: str | None = None
        self.level1_explicit = False
        self.done = False
        self.exact = ctx.exact
        self.funds_header_positions: dict[str, int] = {}

    # ------------------------------------------------------------ driver
    def run(self) -> Evaluation:
        for b in self.seg.blocks:
            if isinstance(b, Paragraph):
                self.paragraph(b)
            else:
                self.table(b)
        self.finish_units()
        return self.ev

    def paragraph(self, p: Paragraph) -> None:
        s = squash(p.text)
        if FOOTER.match(s):
            self.ev.footer = parse_footer(p)
            self.ctx.place(p)
        elif L.CAPTION.search(s):
            self.caption(p.text)
            self.ctx.place(p)
        elif s.startswith(("说明", "注", "备注")):
            self.ev.notes.append(p.text.strip())
            self.ctx.place(p)

    def caption(self, text: str) -> None:
        self.ev.captions.append(clean_text(text) or "")
        u = money_unit_in(text)
        if u:
            self.caption_unit = u
        self.ev.year = self.ev.year or L.year_in(text)

    def table(self, t: Table) -> None:
        self.exact = t.exact_columns
        for row in t.rows:
            if self.done:
                return
            self.row(row)

    # --------------------------------------------------------------- rows
    def row(self, row: Row) -> None:
        cells = row.cells
        sq = [squash(c.text) for c in cells]
        if self.ind_columns is not None:
            if any(_TOTAL.match(s) for s in sq):
                self.total_row(row)
            else:
                self.indicator_row(row)
            return
        if any(re.search(r"一级指标", s) for s in sq) and any(re.search(r"三级指标", s) for s in sq):
            self.indicator_header(row)
            return
        if len(row.non_blank()) == 1 and _INDICATOR_AREA.search(squash(row.non_blank()[0].text)):
            self.ctx.place(row.non_blank()[0])  # the merged "绩效指标" column label on a row of its own
            return
        if len(row.non_blank()) == 1 and L.CAPTION.search(sq[[i for i, c in enumerate(cells) if not c.is_blank][0]]):
            c = row.non_blank()[0]
            self.caption(c.text)
            self.ctx.place(c)
            return
        if self.goals_pending and not any(_GOALS.match(s) for s in sq):
            if self.goals_row(row):
                return
        for i, c in enumerate(cells):
            s = sq[i]
            if not s or c.id in self.ctx.placed:
                continue
            key = _field_of(c.text)
            if key:
                self.ctx.place(c)
                v = next_value_cell(cells, i, _is_label)
                if v is not None:
                    setattr(self.ev, key, clean_text(v.text))
                    self.ctx.place(v)
                continue
            if s in L.FUNDS_COLUMNS:
                self.funds_header(row)
                return
            if any(p.match(s) for _, p in L.FUNDS_ROWS) and not s.endswith(("：", ":")):
                self.funds_row(row, i)
                return
            if _SPLIT_HEADER.match(s):
                self.split_mode = True
                self.ctx.place(c)
                continue
            m = L.SPLIT.match(s)
            if m and (self.split_mode or self.ev.kind == "department"):
                self.split_cell(c, m)
                continue
            if _GOALS.match(s):
                self.ctx.place(c)
                self.goals_pending = True
                self.split_mode = False
                rest = [x for x in cells[i + 1:] if not x.is_blank and not L.SPLIT.match(squash(x.text))]
                if rest and not any(_GOALS_HEADER_EXPECTED.match(squash(x.text)) for x in rest):
                    # "整体绩效目标 | text" (no 预期/实际 split)
                    self.ev.goals = Goals(expected=clean_text(rest[0].text), where=where(row.loc))
                    self.ctx.place(rest[0])
                    self.goals_pending = False
                elif rest:
                    self.goals_row(Row(rest, row.loc))
                continue
            if _GOALS_HEADER_EXPECTED.match(s) or _GOALS_HEADER_ACTUAL.match(s):
                # a goals header whose 年度总体目标 label is missing
                self.goals_pending = True
                self.goals_row(Row([x for x in cells[i:] if not x.is_blank], row.loc))
                return
            if _DUTIES.match(s):
                self.ctx.place(c)
                v = next_value_cell(cells, i, _is_label)
                if v is not None:
                    self.ev.duties = clean_text(v.text)
                    self.ctx.place(v)
                continue
            if i == 0 or re.search(r"[（(](万元|元)[)）]$", s):
                u = money_unit_in(c.text)
                if u and re.search(r"预算申请|项目资金|资金", s):
                    self.label_unit = u
                    self.ctx.place(c)

    # ------------------------------------------------------------- funds
    def funds_header(self, row: Row) -> None:
        order: list[str] = []
        self.funds_header_positions: dict[str, int] = {}
        for i, c in enumerate(row.cells):
            s = squash(c.text)
            if s in L.FUNDS_COLUMNS:
                order.append(L.FUNDS_COLUMNS[s])
                self.funds_header_positions[L.FUNDS_COLUMNS[s]] = i
                self.ctx.place(c)
            elif s and c.id not in self.ctx.placed:
                u = money_unit_in(c.text)
                if u:
                    self.label_unit = u
                    self.ctx.place(c)
        self.funds_order = order

    def funds_row(self, row: Row, label_index: int) -> None:
        cells = row.cells
        label_cell = cells[label_index]
        s = squash(label_cell.text)
        key = next(k for k, p in L.FUNDS_ROWS if p.match(s))
        self.ctx.place(label_cell)
        fr = FundsRow(key=key, label=clean_text(label_cell.text) or s, where=where(row.loc))
        values: dict[str, Cell] = {}
        inline = re.match(r"^(?:年度)?资金总额[:：](.+)$", s)
        order = self.funds_order or L.STANDARD_FUNDS_ORDER
        if key == "total":
            rate_idx = next((i for i in range(label_index + 1, len(cells)) if re.search(r"\d[%％]$", squash(cells[i].text))), None)
            if rate_idx is not None and "rate" in order:
                r = order.index("rate")
                keys = list(order)
                if keys[-1] == "rate":
                    keys.append("score")
                for k_i, k in enumerate(keys):
                    ci = rate_idx + (k_i - r)
                    if label_index < ci < len(cells):
                        values[k] = cells[ci]
            else:
                self.positional_funds(cells, label_index, order, values)
            self.total_positions = {k: cells.index(c) for k, c in values.items()}
            self.total_len = len(cells)
        elif self.total_positions and len(cells) == self.total_len:
            for k, ci in self.total_positions.items():
                if ci != label_index:
                    values[k] = cells[ci]
        else:
            self.positional_funds(cells, label_index, order, values)
        unit = self.unit()
        loc = row.loc
        for k, c in values.items():
            if c.is_blank:
                self.ctx.place(c)
                continue
            if k in ("initial_budget", "adjusted_budget", "executed"):
                setattr(fr, k, amount(c.text, unit, self.ctx, c.loc))
            elif k == "rate":
                fr.rate = percent(c.text, self.ctx, c.loc)
            else:
                setattr(fr, k, number(c.text, self.ctx, c.loc))
            self.ctx.place(c)
        if inline:
            fr.adjusted_budget = amount(inline.group(1), unit, self.ctx, loc)
        self.ev.funds.append(fr)

    def positional_funds(self, cells: list[Cell], label_index: int, order: list[str], values: dict[str, Cell]) -> None:
        pos = getattr(self, "funds_header_positions", None)
        if self.exact and pos and all(p < len(cells) for p in pos.values()):
            for k, p in pos.items():
                if p > label_index:
                    values[k] = cells[p]
            return
        rest = cells[label_index + 1:]
        amounts = [c for c in rest if not c.is_blank]
        for k, c in zip(order, amounts):
            values[k] = c

    def split_cell(self, c: Cell, m: re.Match[str]) -> None:
        name = m.group(1)
        value = amount(m.group(2), self.unit(), self.ctx, c.loc) if not is_blank(m.group(2)) else None
        target = self.ev.by_nature if name in L.SPLIT_NATURE else self.ev.by_source
        target[L.split_key(name)] = value
        self.ctx.place(c)

    # ------------------------------------------------------------- goals
    def goals_row(self, row: Row) -> bool:
        cells = row.non_blank()
        if not cells:
            return True
        sq = [squash(c.text) for c in cells]
        if any(_GOALS_HEADER_EXPECTED.match(s) or _GOALS_HEADER_ACTUAL.match(s) for s in sq):
            g = self.ev.goals or Goals(where=where(row.loc))
            for c, s in zip(cells, sq):
                if _GOALS_HEADER_EXPECTED.match(s):
                    rest = re.sub(r"^\s*(预期目标|年度目标)\s*", "", c.text.strip())
                    if rest:
                        g.expected = clean_text(rest)
                    self.ctx.place(c)
                elif _GOALS_HEADER_ACTUAL.match(s):
                    rest = re.sub(r"^\s*实际完成情况\s*", "", c.text.strip())
                    if rest:
                        g.actual = clean_text(rest)
                    self.ctx.place(c)
            self.ev.goals = g
            if g.expected or g.actual:
                self.goals_pending = False
            return True
        if any(re.search(r"一级指标|三级指标", s) for s in sq):
            self.goals_pending = False
            return False
        g = self.ev.goals or Goals(where=where(row.loc))
        if g.expected is None:
            g.expected = clean_text(cells[0].text)
            if len(cells) > 1:
                g.actual = clean_text(cells[1].text)
        else:  # the 实际完成情况 cell came on its own after a blank line
            g.actual = clean_text(cells[0].text)
        for c in cells[:2]:
            self.ctx.place(c)
        self.ev.goals = g
        self.goals_pending = g.actual is None
        return True

    # -------------------------------------------------------- indicators
    def indicator_header(self, row: Row) -> None:
        cols: dict[str, int] = {}
        for i, c in enumerate(row.cells):
            s = squash(c.text)
            for key, pat in L.INDICATOR_COLUMNS:
                if key not in cols and pat.search(s):
                    cols[key] = i
                    self.ctx.place(c)
                    break
            else:
                if _INDICATOR_AREA.search(s):
                    self.ctx.place(c)
        self.ind_columns = cols
        self.ind_len = len(row.cells)
        self.goals_pending = False

    def set_label(self, c: Cell, level: int) -> None:
        name, cap = L.split_cap(c.text)
        self.ctx.place(c)
        if level == 1:
            # a new 一级 closes the current 二级, unless that 二级 belongs to it (the
            # 一级 label of a collapsed merged cell may come a row after its first 二级)
            if name != self.level1 and L.LEVEL2_FAMILY.get(self.level2 or "") != name:
                self.level2 = None
            self.level1, self.level1_explicit = name, True
            if cap is not None:
                self.ev.level1_caps[name] = cap
        else:
            self.level2 = name

    def indicator_row(self, row: Row) -> None:
        cells = row.cells
        cols = self.ind_columns or {}
        offset = len(cells) - self.ind_len  # the header may lack the merged "绩效指标" column
        if self.exact and "weight" in cols and offset >= 0 and all(c.is_blank for c in cells[:offset]):
            get = {k: cells[i + offset] for k, i in cols.items() if i + offset < len(cells)}
            extra = [c for i, c in enumerate(cells) if i - offset not in cols.values() and not c.is_blank]
            for k, c in (("level1", get.get("level1")), ("level2", get.get("level2"))):
                if c is not None and not c.is_blank:
                    self.set_label(c, 1 if k == "level1" else 2)
        else:
            get, extra = self.anchor_parse(cells)
        name_cell = get.get("name")
        values = [get.get(k) for k in ("target", "actual", "weight", "score")]
        name_text = clean_text(name_cell.text) if name_cell is not None else None
        has_values = any(c is not None and not c.is_blank and not is_placeholder(c.text) for c in values)
        if (not name_text or is_placeholder(name_text)) and not has_values:
            if any(not c.is_blank for c in cells):
                self.ev.placeholder_rows.append(row.loc.line)
            for c in cells:
                if is_placeholder(c.text):
                    self.ctx.place(c)
            for c in extra:
                if L.label_level(c.text):
                    self.set_label(c, L.label_level(c.text) or 2)
            return
        for c in [name_cell, *values, get.get("deviation")]:
            if c is not None:
                self.ctx.place(c)
        for c in extra:
            self.ctx.place(c)
        ind = Indicator(
            level1=self.row_level1(),
            level2=self.level2,
            name=name_text or "",
            target=parse_target(get["target"].text if get.get("target") else None),
            actual=parse_target(get["actual"].text if get.get("actual") else None),
            weight=number(get["weight"].text, self.ctx, row.loc) if get.get("weight") else None,
            score=number(get["score"].text, self.ctx, row.loc) if get.get("score") else None,
            deviation=clean_text(get["deviation"].text) if get.get("deviation") else None,
            not_applicable=bool(name_text and "不适用" in name_text),
            extra=[clean_text(c.text) or "" for c in extra if clean_text(c.text) != name_text],
            where=where(row.loc),
        )
        self.ev.indicators.append(ind)

    def row_level1(self) -> str | None:
        """The 一级 of the current row.  Where merged cells were collapsed (inexact
        columns) an 一级 label may sit a row early or late, so a standard 二级
        label's family decides (数量指标 -> 产出指标, 社会效益指标 -> 效益指标 …)."""
        family = L.LEVEL2_FAMILY.get(self.level2 or "")
        if not self.exact and family:
            return family
        return self.level1

    def anchor_parse(self, cells: list[Cell]) -> tuple[dict[str, Cell], list[Cell]]:
        """Read a row whose columns may be shifted: 分值/得分 are the last two plain
        numbers (a text after them is 偏差原因), 年度指标值/实际完成值 the two cells
        before 分值, 三级指标 the text before those; 一级/二级 labels by vocabulary."""
        get: dict[str, Cell] = {}
        n = len(cells)
        nums = [i for i in range(n) if is_pure_number(cells[i].text)]
        last_text = max((i for i in range(n) if not cells[i].is_blank), default=-1)
        if nums and last_text > nums[-1]:
            get["deviation"] = cells[last_text]
        if nums:
            s_i = nums[-1]
            if s_i - 1 in nums:
                w_i = s_i - 1
                get["score"] = cells[s_i]
            else:
                w_i = s_i
            get["weight"] = cells[w_i]
            if w_i - 1 >= 0:
                get["actual"] = cells[w_i - 1]
            if w_i - 2 >= 0:
                get["target"] = cells[w_i - 2]
            lead = cells[: max(w_i - 2, 0)]
        else:
            lead = cells
        labels: list[Cell] = []
        texts: list[Cell] = []
        for c in lead:
            if c.is_blank:
                continue
            if L.label_level(c.text):
                labels.append(c)
            else:
                texts.append(c)
        l1 = [c for c in labels if L.label_level(c.text) == 1]
        l2 = [c for c in labels if L.label_level(c.text) == 2]
        for c in l1:
            self.set_label(c, 1)
        for c in l2[1:]:
            self.ev.spilled_labels.append(L.split_cap(c.text)[0])  # spilled from a collapsed merged cell
            self.ctx.place(c)
        if l2:
            self.set_label(l2[0], 2)
        extra: list[Cell] = []
        if texts:
            get["name"] = texts[-1]
            extra = texts[:-1]
        return get, extra

    def total_row(self, row: Row) -> None:
        cells = row.cells
        idx = next(i for i, c in enumerate(cells) if _TOTAL.match(squash(c.text)))
        self.ctx.place(cells[idx])
        nums = [c for c in cells[idx + 1:] if is_pure_number(c.text)]
        if nums:
            self.ev.total_weight = number(nums[0].text, self.ctx, row.loc)
            self.ctx.place(nums[0])
        if len(nums) > 1:
            self.ev.total_score = number(nums[1].text, self.ctx, row.loc)
            self.ctx.place(nums[1])
        self.done = True

    # ------------------------------------------------------------- units
    def unit(self) -> MoneyUnit | None:
        return self.caption_unit or self.label_unit

    def finish_units(self) -> None:
        self.ev.money_unit = self.unit()
        if self.caption_unit and self.label_unit and self.caption_unit != self.label_unit:
            self.ev.money_unit_conflict = (
                f"表头注明「单位：{self.caption_unit.value}」，资金栏标注「（{self.label_unit.value}）」；按表头单位读取"
            )
            assert self.seg.title is not None
            self.ctx.warn("unit-conflict", self.ev.money_unit_conflict, self.seg.title.loc)


def recognise_evaluation(seg: Segment, ctx: Context) -> Evaluation:
    return _Reader(seg, ctx).run()
