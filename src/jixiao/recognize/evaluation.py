"""Recognise 部门整体支出绩效自评表 and 项目支出绩效自评表.

Both forms share one layout: header fields (单位/项目名称, 主管部门, 实施单位),
the funds block, 年度总体目标 and the indicator tree ending in 总分.  Rows are
recognised by what their cells say; positions are trusted only when the reader
vouches for them (``Table.exact_columns``), otherwise values are located from
anchors (the 执行率 percentage, the trailing 分值/得分 numbers).
"""

from __future__ import annotations

import re

from ..definitions import FormDefinition
from ..grid import Cell, Paragraph, Row, Table
from ..model import Evaluation, FundsRow, Goals, Indicator
from ..values import MoneyUnit, is_blank, is_placeholder, money_unit_in, parse_target, squash
from . import columns as C
from . import labels as L
from .common import FOOTER, amount, clean_text, is_pure_number, next_value_cell, number, parse_footer, percent
from .context import Context, where
from .segment import Segment

_SPLIT_HEADER = re.compile(r"^按(收入|支出)性质分[:：]?$")
_UNTIL_NEXT = r"(.+?)(?:[（(]盖章[)）])?(?=(?:金额)?单位[:：]|填报日期|$)"
_CAPTION_FIELDS = [
    ("supervisor", re.compile(r"(?:预算)?主管部门[:：]" + _UNTIL_NEXT)),
    ("unit_name", re.compile(r"^(?:部门|单位名称|部门名称)[:：]" + _UNTIL_NEXT)),
]
STANDARD_FUNDS_ORDER = ["initial_budget", "adjusted_budget", "executed", "weight", "rate", "score"]
_MONEY_ROLES = ("initial_budget", "adjusted_budget", "executed")
MIN_INDICATOR_HEADER_ROLES = 3
_STATED_TOTAL = re.compile(r"(?:自评)?总分[:：](\d+(?:\.\d+)?)分?")


def table_texts(seg: Segment) -> set[str]:
    """Every cell text of a segment, squashed (for a definition's required labels)."""
    out = set()
    for b in seg.blocks:
        if isinstance(b, Table):
            for r in b.rows:
                out.update(squash(c.text) for c in r.cells if not c.is_blank)
    return out


class _Reader:
    def __init__(self, seg: Segment, ctx: Context, fdef: FormDefinition):
        self.seg = seg
        self.ctx = ctx
        self.d = fdef
        kind = "department" if seg.kind == "department_evaluation" else "project"
        assert seg.title is not None
        self.ev = Evaluation(kind=kind, form=fdef.id, title=clean_text(seg.title.text) or "", where=where(seg.title.loc),
                             year=L.year_in(seg.title.text))
        self.goals_label, self.goals_expected, self.goals_actual = fdef.goals_words
        self.funds_map: C.ColumnMap | None = None
        self.ind_map: C.ColumnMap | None = None
        self.sub_header_pending = False
        self.caption_total = None
        self.funds_cap = None  # "预算执行情况（20分）": the funds block's weight
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

    # ------------------------------------------------------- vocabulary
    def field_of(self, text: str) -> str | None:
        return self.d.field_vocab.role(text)

    def is_label(self, text: str) -> bool:
        return bool(self.field_of(text) or self.d.funds.column_vocab.role(text) or self.goals_label.match(text))

    def funds_row_key(self, text: str) -> str | None:
        s = squash(text)
        if s.endswith(("：", ":")) and not re.match(r"^(年度)?资金总额[:：]", s):
            return None
        return self.d.funds.row_vocab.role(s) or (
            "total" if re.match(r"^(?:年度)?资金总额[:：].+$", s) else None)

    # ------------------------------------------------------------ driver
    def run(self) -> Evaluation:
        for b in self.seg.blocks:
            if isinstance(b, Paragraph):
                self.paragraph(b)
            else:
                self.table(b)
        self.finish()
        return self.ev

    def paragraph(self, p: Paragraph) -> None:
        s = squash(p.text)
        if FOOTER.match(s):
            self.ev.footer = parse_footer(p)
            total = _STATED_TOTAL.search(s)  # "填报日期：… 总分：97.1分"
            if total:
                self.caption_total = number(total.group(1), self.ctx, p.loc)
            self.ctx.place(p)
        elif L.CAPTION.search(s) or _STATED_TOTAL.search(s):
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
        total = _STATED_TOTAL.search(squash(text))
        if total:
            self.caption_total = number(total.group(1), self.ctx, self.seg.title.loc if self.seg.title else None)
        for key, pat in _CAPTION_FIELDS:
            m = pat.search(squash(text)) if key == "supervisor" else pat.match(squash(text))
            if m and getattr(self.ev, key) is None and not is_placeholder(m.group(1)):
                setattr(self.ev, key, m.group(1))

    def table(self, t: Table) -> None:
        self.exact = t.exact_columns
        for row in t.rows:
            if self.done:
                self.after_total(row)
            else:
                self.row(row)

    def after_total(self, row: Row) -> None:
        """Rows under the 总分 row: 评价结论 / 存在问题 / 改进措施, 项目负责人：… (header fields)."""
        cells = row.cells
        for i, c in enumerate(cells):
            if c.is_blank or c.id in self.ctx.placed:
                continue
            if self.labelled_cell(c):
                continue
            if self.field_of(c.text) == "other":
                v = next_value_cell(cells, i, self.is_label)
                self.ctx.place(c)
                self.ev.fields[clean_text(c.text) or ""] = clean_text(v.text) if v is not None else ""
                self.ctx.place(v)

    def labelled_cell(self, c: Cell) -> bool:
        """A cell holding both label and value ("项目负责人：王立")."""
        m = _LABELLED_CELL.match(squash(c.text))
        if m:
            self.ev.fields[m.group(1)] = m.group(2)
            self.ctx.place(c)
        return bool(m)

    # --------------------------------------------------------------- rows
    def row(self, row: Row) -> None:
        cells = row.cells
        sq = [squash(c.text) for c in cells]
        if self.sub_header_pending:
            self.sub_header_pending = False
            if self.funds_sub_header(row):
                return
        if self.ind_columns is not None:
            if self.is_indicator_header(row):
                self.ctx.place(*row.non_blank())  # a header repeated after a page break
            elif any(self.d.total.words.match(s) for s in sq if s):
                self.total_row(row)
            else:
                self.indicator_row(row)
            return
        if self.is_indicator_header(row):
            self.indicator_header(row)
            return
        nb = row.non_blank()
        if len(nb) == 1 and self.is_area(nb[0].text):
            self.ctx.place(nb[0])  # the merged "绩效指标" column label on a row of its own
            return
        if len(nb) == 1 and L.CAPTION.search(squash(nb[0].text)):
            self.caption(nb[0].text)
            self.ctx.place(nb[0])
            return
        if self.goals_pending and not any(self.goals_label.match(s) for s in sq if s):
            if self.goals_row(row):
                return
        self.labelled_row(row, sq)

    def is_area(self, text: str) -> bool:
        return self.d.indicators.area_words.match(text)

    def is_indicator_header(self, row: Row) -> bool:
        roles = {r for _, _, r in C.header_roles(row, self.d.indicators.column_vocab)}
        return "name" in roles and len(roles) >= MIN_INDICATOR_HEADER_ROLES and bool(roles & {"level1", "level2"})

    def labelled_row(self, row: Row, sq: list[str]) -> None:
        """A row of header fields, funds, 按性质分 splits, goals or 职能职责, by its labels."""
        cells = row.cells
        for i, c in enumerate(cells):
            s = sq[i]
            if not s or c.id in self.ctx.placed:
                continue
            if self.labelled_cell(c):
                continue
            if self.d.goals_blocks.match(s):
                self.ctx.place(c)
                self.goals_pending = True
                continue
            key = self.field_of(c.text)
            if key:
                self.ctx.place(c)
                v = next_value_cell(cells, i, self.is_label)
                if v is not None:
                    if key == "other":
                        self.ev.fields[clean_text(c.text) or s] = clean_text(v.text) or ""
                    else:
                        setattr(self.ev, key, clean_text(v.text))
                    self.ctx.place(v)
                continue
            if self.d.funds.column_vocab.role(c.text) and len(C.header_roles(row, self.d.funds.column_vocab)) >= C.MIN_HEADER_ROLES:
                self.funds_header(row)
                return
            fkey = self.funds_row_key(c.text)
            if fkey:
                self.funds_row(row, i, fkey)
                return
            if _SPLIT_HEADER.match(s):
                self.split_mode = True
                self.ctx.place(c)
                continue
            m = L.SPLIT.match(s)
            if m and (self.split_mode or self.ev.kind == "department"):
                self.split_cell(c, m)
                continue
            if self.goals_label.match(s):
                self.goals_label_cell(row, i)
                continue
            if self.goals_expected.match(s) or self.goals_actual.match(s) or _GOALS_LEAD.match(s):
                # a goals header whose 年度总体目标 label is missing
                self.goals_pending = True
                self.goals_row(Row([x for x in cells[i:] if not x.is_blank], row.loc))
                return
            if _DUTIES.match(s):
                self.ctx.place(c)
                v = next_value_cell(cells, i, self.is_label)
                if v is not None:
                    self.ev.duties = clean_text(v.text)
                    self.ctx.place(v)
                continue
            if i == 0 or re.search(r"[（(](万元|元)[)）]$", s):
                u = money_unit_in(c.text)
                if u and (re.search(r"预算申请|项目资金|资金", s) or self.d.funds.block_words.match(s)):
                    self.label_unit = u
                    self.ctx.place(c)

    def goals_label_cell(self, row: Row, i: int) -> None:
        cells = row.cells
        self.ctx.place(cells[i])
        self.goals_pending = True
        self.split_mode = False
        rest = [x for x in cells[i + 1:] if not x.is_blank and not L.SPLIT.match(squash(x.text))]
        if rest and not any(self.goals_expected.match(x.text) or _GOALS_LEAD.match(squash(x.text)) for x in rest):
            # "整体绩效目标 | text" (no 预期/实际 split)
            self.ev.goals = Goals(expected=clean_text(rest[0].text), where=where(row.loc))
            self.ctx.place(rest[0])
            self.goals_pending = False
        elif rest:
            self.goals_row(Row(rest, row.loc))

    # ------------------------------------------------------------- funds
    def funds_header(self, row: Row) -> None:
        vocab = self.d.funds.column_vocab
        self.funds_map = C.build(row, vocab)
        order: list[str] = []
        self.funds_header_positions = {}
        for i, c in enumerate(row.cells):
            role = vocab.role(c.text) if not c.is_blank else None
            if role:
                order.append(role)
                self.funds_header_positions.setdefault(role, i)
                self.ctx.place(c)
            elif not c.is_blank and c.id not in self.ctx.placed:
                u = money_unit_in(c.text)
                if u:
                    self.label_unit = u
                    self.ctx.place(c)
                elif self.d.funds.block_words.match(c.text):
                    self.funds_cap = self.d.split_cap(c.text)[1]
                    self.ctx.place(c)
            if role and money_unit_in(c.text):
                self.label_unit = money_unit_in(c.text)  # "预算数（万元）"
        self.funds_order = order
        self.sub_header_pending = self.funds_map.has_spanning()

    def funds_sub_header(self, row: Row) -> bool:
        """A second header row of sub-columns (小计 / 财政资金 / 其他资金)."""
        if self.funds_map is None:
            return False
        refined = C.sub_header(self.funds_map, row, self.d.funds.column_vocab, self.d.funds.subtotal_words)
        if refined is None:
            return False
        self.funds_map = refined
        self.ctx.place(*row.non_blank())
        return True

    def funds_row(self, row: Row, label_index: int, key: str) -> None:
        cells = row.cells
        label_cell = cells[label_index]
        s = squash(label_cell.text)
        self.ctx.place(label_cell)
        fr = FundsRow(key=key, label=clean_text(label_cell.text) or s, where=where(row.loc))
        inline = re.match(r"^(?:年度)?资金总额[:：](.+)$", s)
        unit = self.unit()
        if self.exact and self.funds_map is not None and self.funds_map.columns:
            self.mapped_funds(row, label_index, fr, unit)
        else:
            self.anchored_funds(row, label_index, key, fr, unit)
        if inline:
            fr.adjusted_budget = amount(inline.group(1), unit, self.ctx, row.loc)
        self.ev.funds.append(fr)

    def mapped_funds(self, row: Row, label_index: int, fr: FundsRow, unit: MoneyUnit | None) -> None:
        """Values by the header's column map (exact columns)."""
        assert self.funds_map is not None
        label = row.cells[label_index]
        got, _ = C.read_row(self.funds_map, row)
        for col, c in got.items():
            if c is label:
                continue
            self.ctx.place(c)
            if c.is_blank:
                continue
            if col.sub is not None:
                if col.role in _MONEY_ROLES:
                    fr.breakdown.setdefault(col.role, {})[col.sub] = amount(c.text, unit, self.ctx, c.loc)
                continue
            self.set_fund_value(fr, col.role, c, unit)

    def set_fund_value(self, fr: FundsRow, role: str, c: Cell, unit: MoneyUnit | None) -> None:
        if role == "reason":
            fr.note = clean_text(c.text)
        elif role in _MONEY_ROLES:
            setattr(fr, role, amount(c.text, unit, self.ctx, c.loc))
        elif role == "rate":
            fr.rate = percent(c.text, self.ctx, c.loc)
        else:
            setattr(fr, role, number(c.text, self.ctx, c.loc))

    def anchored_funds(self, row: Row, label_index: int, key: str, fr: FundsRow, unit: MoneyUnit | None) -> None:
        """Values of a row whose columns may be shifted (merged cells collapsed): the 执行率
        percentage anchors the total row; later rows follow the total row's positions."""
        cells = row.cells
        values: dict[str, Cell] = {}
        order = self.funds_order or STANDARD_FUNDS_ORDER
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
        for k, c in values.items():
            self.ctx.place(c)
            if not c.is_blank:
                self.set_fund_value(fr, k, c, unit)

    def positional_funds(self, cells: list[Cell], label_index: int, order: list[str], values: dict[str, Cell]) -> None:
        pos = self.funds_header_positions
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
        is_head = [bool(self.goals_expected.match(s) or self.goals_actual.match(s) or _GOALS_LEAD.match(s)) for s in sq]
        if any(is_head):
            g = self.ev.goals or Goals(where=where(row.loc))
            for c, s in zip(cells, sq):
                lead = _GOALS_LEAD.match(s)
                if self.goals_expected.match(s) or self.goals_actual.match(s):
                    self.ctx.place(c)  # a column header: the texts come in the next row
                elif lead:  # "预期目标 完成…" header and text in one cell
                    rest = clean_text(c.text.strip()[len(lead.group(0)):].strip()) if c.text.strip().startswith(lead.group(0)) else None
                    if lead.group(0).startswith("实际"):
                        g.actual = rest or g.actual
                    else:
                        g.expected = rest or g.expected
                    self.ctx.place(c)
            self.ev.goals = g
            if g.expected or g.actual:
                self.goals_pending = False
            return True
        if self.is_indicator_header(row) or any(re.search(r"一级指标|三级指标", s) for s in sq):
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
        vocab = self.d.indicators.column_vocab
        self.ind_map = C.build(row, vocab)
        cols: dict[str, int] = {}
        for i, c in enumerate(row.cells):
            role = vocab.role(c.text) if not c.is_blank else None
            if role and role not in cols:
                cols[role] = i
                self.ctx.place(c)
            elif not c.is_blank and self.is_area(c.text):
                self.ctx.place(c)
        self.ind_columns = cols
        self.ind_len = len(row.cells)
        self.goals_pending = False

    def set_label(self, c: Cell, level: int) -> None:
        name, cap = self.d.split_cap(c.text)
        self.ctx.place(c)
        if level == 1:
            # a new 一级 closes the current 二级, unless that 二级 belongs to it (the
            # 一级 label of a collapsed merged cell may come a row after its first 二级)
            if name != self.level1 and self.d.indicators.level2_family.get(self.level2 or "") != name:
                self.level2 = None
            self.level1, self.level1_explicit = name, True
            if cap is not None:
                self.ev.level1_caps[name] = cap
        else:
            self.level2 = name

    def mapped_indicator(self, row: Row) -> tuple[dict[str, Cell], list[Cell]] | None:
        """The row's cells by role from the header's column map, or None when the row does
        not line up with the header (a collapsed layout: read by anchors instead)."""
        cmap = self.ind_map
        if not self.exact or cmap is None or "name" not in cmap.roles():
            return None
        offset = self.indicator_offset(row)
        if offset is None:
            return None
        got, rest = C.read_row(cmap, row, offset)
        get = {col.role: c for col, c in got.items()}
        for k, level in (("level1", 1), ("level2", 2)):
            c = get.get(k)
            if c is not None and not c.is_blank:
                self.set_label(c, level)
        return get, [c for _, c in rest if not c.is_blank]

    def indicator_offset(self, row: Row) -> int | None:
        """Grid columns the row has before the header's first: the header may lack the
        merged "绩效指标" column (by grid width, or by cell count when the header's last cell
        was stretched over the missing column); the reading that fits the columns wins."""
        assert self.ind_map is not None
        ind_cells = len(self.ind_columns or {}) and self.ind_len
        candidates = dict.fromkeys([C.width(row) - self.ind_map.width, len(row.cells) - ind_cells])
        fits = [(self.fit(row, o), o) for o in candidates
                if o >= 0 and not any(not c.is_blank for p, c in C.positions(row) if p < o)]
        return max(fits, key=lambda f: f[0])[1] if fits else None

    def fit(self, row: Row, offset: int) -> int:
        """How well a row read at ``offset`` fits its columns: numbers under 分值/得分, a text
        under 三级指标."""
        assert self.ind_map is not None
        got, _ = C.read_row(self.ind_map, row, offset)
        score = 0
        for col, c in got.items():
            if col.role in ("weight", "score") and not c.is_blank:
                score += 1 if is_pure_number(c.text) else -2
            elif col.role == "name" and not c.is_blank:
                score += -2 if is_pure_number(c.text) or self.d.label_level(c.text) else 1
        return score

    def indicator_row(self, row: Row) -> None:
        cells = row.cells
        mapped = self.mapped_indicator(row)
        get, extra = mapped if mapped is not None else self.anchor_parse(cells)
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
                if self.d.label_level(c.text):
                    self.set_label(c, self.d.label_level(c.text) or 2)
            for k in ("deviation", "rubric"):
                if get.get(k) is not None and get[k].is_blank:
                    self.ctx.place(get[k])
            return
        for c in [name_cell, *values, *(get.get(k) for k in ("deviation", "rubric", "comparison", "measure"))]:
            if c is not None:
                self.ctx.place(c)
        for c in extra:
            self.ctx.place(c)
        text = lambda k: clean_text(get[k].text) if get.get(k) is not None else None  # noqa: E731
        ind = Indicator(
            level1=self.row_level1(),
            level2=self.level2,
            name=name_text or "",
            target=parse_target(_target_text(get)),
            actual=parse_target(get["actual"].text if get.get("actual") else None),
            weight=number(get["weight"].text, self.ctx, row.loc) if get.get("weight") else None,
            score=number(get["score"].text, self.ctx, row.loc) if get.get("score") else None,
            deviation=text("deviation"),
            rubric=text("rubric"),
            not_applicable=bool(name_text and "不适用" in name_text),
            extra=[clean_text(c.text) or "" for c in extra if clean_text(c.text) != name_text],
            where=where(row.loc),
        )
        self.ev.indicators.append(ind)

    def row_level1(self) -> str | None:
        """The 一级 of the current row.  Where merged cells were collapsed (inexact
        columns) an 一级 label may sit a row early or late, so a standard 二级
        label's family decides (数量指标 -> 产出指标, 社会效益指标 -> 效益指标 …)."""
        family = self.d.indicators.level2_family.get(self.level2 or "")
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
            if self.d.label_level(c.text):
                labels.append(c)
            else:
                texts.append(c)
        l1 = [c for c in labels if self.d.label_level(c.text) == 1]
        l2 = [c for c in labels if self.d.label_level(c.text) == 2]
        for c in l1:
            self.set_label(c, 1)
        for c in l2[1:]:
            self.ev.spilled_labels.append(self.d.split_cap(c.text)[0])  # spilled from a collapsed merged cell
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
        idx = next(i for i, c in enumerate(cells) if self.d.total.words.match(c.text))
        self.ctx.place(cells[idx])
        self.done = True
        if self.mapped_total(row, cells[idx]):
            return
        nums = [c for c in cells[idx + 1:] if is_pure_number(c.text)]
        roles = self.total_roles()
        if len(roles) == 1:
            nums = nums[-1:]  # one column only (得分): the last number is it
        for k, c in zip(roles, nums):
            setattr(self.ev, f"total_{k}", number(c.text, self.ctx, row.loc))
            self.ctx.place(c)

    def total_roles(self) -> list[str]:
        """分值 and 得分 of the 总分 row in the order the header puts them (both when unknown)."""
        if self.ind_map is None:
            return ["weight", "score"]
        cols = [c for c in (self.ind_map.main("weight"), self.ind_map.main("score")) if c is not None]
        return [c.role for c in sorted(cols, key=lambda c: c.start)] or ["weight", "score"]

    def mapped_total(self, row: Row, label: Cell) -> bool:
        """分值/得分 of the 总分 row under their columns: only when every number of the row
        stands under one of them (exact columns), else the header's order decides."""
        if not self.exact or self.ind_map is None or C.width(row) != self.ind_map.width:
            return False
        got, rest = C.read_row(self.ind_map, row)
        nums = [(col, c) for col, c in got.items() if c is not label and is_pure_number(c.text)]
        if not nums or any(is_pure_number(c.text) for _, c in rest) or any(
                col.role not in ("weight", "score") for col, _ in nums):
            return False
        for col, c in nums:
            setattr(self.ev, f"total_{col.role}", number(c.text, self.ctx, row.loc))
            self.ctx.place(c)
        return True

    # ------------------------------------------------------------- units
    def unit(self) -> MoneyUnit | None:
        return self.caption_unit or self.label_unit

    def finish(self) -> None:
        """What the form states outside its cells: the unit name of a 部门整体 form as its name,
        the funds block's weight from its label, a total given only in a caption."""
        if self.ev.kind == "department" and self.ev.name is None:
            self.ev.name = self.ev.unit_name
        total = self.ev.fund("total")
        if total is not None and total.weight is None and self.funds_cap is not None:
            total.weight = self.funds_cap
        if self.ev.total_score is None and self.caption_total is not None:
            self.ev.total_score = self.caption_total
        self.finish_units()

    def finish_units(self) -> None:
        self.ev.money_unit = self.unit()
        if self.caption_unit and self.label_unit and self.caption_unit != self.label_unit:
            self.ev.money_unit_conflict = (
                f"表头注明「单位：{self.caption_unit.value}」，资金栏标注「（{self.label_unit.value}）」；按表头单位读取"
            )
            assert self.seg.title is not None
            self.ctx.warn("unit-conflict", self.ev.money_unit_conflict, self.seg.title.loc)


_GOALS_LEAD = re.compile(r"^(预期目标|年度目标|实际完成情况)")
_COMPARISONS = ("≥", "≤", "＝", "=", ">", "<", "＞", "＜", ">=", "<=")
_LABELLED_CELL = re.compile(r"^(项目负责人|财务负责人|单位负责人|填报人|填表人|联系电话|联系人)[:：]\s*(.+)$")


def _target_text(get: dict[str, Cell]) -> str | None:
    """年度指标值 as written; where the form splits it into 指标性质 | 指标值 | 度量单位 (四川),
    the three joined ("≥" "12000" "人" -> "≥12000人"; 定性/定量 is no comparison)."""
    if get.get("target") is None:
        return None
    text = clean_text(get["target"].text) or ""
    if not text:
        return get["target"].text
    cmp = squash(get["comparison"].text) if get.get("comparison") is not None else ""
    unit = squash(get["measure"].text) if get.get("measure") is not None else ""
    return f"{cmp if cmp in _COMPARISONS else ''}{text}{unit}"
_DUTIES = re.compile(r"^部门职能职责概述$")


def recognise_evaluation(seg: Segment, ctx: Context, fdef: FormDefinition) -> Evaluation:
    """An evaluation form read with its definition (which family it follows)."""
    return _Reader(seg, ctx, fdef).run()
