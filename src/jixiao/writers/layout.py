"""Form layouts as data, and the model -> form grid step shared by the .docx and .xlsx writers.

A layout (``templates/forms/*.toml``) names the labels, column headers, row labels,
column widths and which cells span which grid columns.  :func:`form_grids` turns a
package into :class:`FormGrid` s: title, captions, rows of cells with column spans
and vertical merges, notes and the 填表人 footer.  The renderers only draw grids.

The grid follows the official templates *and* the Word text export the recognisers
read, so a written form reads back into the same model: one cell per logical
column of a row, a merged label once with blank continuation cells below it.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from decimal import Decimal
from importlib import resources
from pathlib import Path
from typing import Any

from ..model import BasicData, Evaluation, Footer, Package
from ..values import MoneyUnit, squash
from .figures import plain


@dataclass
class GCell:
    """One cell of a form grid.

    ``kind`` tells a spreadsheet how to store it: ``text``, ``label`` (bold, centred),
    ``money``/``number`` (``value`` holds the Decimal) or ``percent`` (``value`` in
    percent points).  ``cont`` marks the continuation of the cell above (vertical merge).
    """

    text: str = ""
    span: int = 1
    kind: str = "text"
    value: Decimal | None = None
    cont: bool = False
    corrected: bool = False


@dataclass
class FormGrid:
    key: str  # basic_data, department, project
    sheet: str
    marker: str
    title: str
    widths: list[int]
    captions: list[str] = field(default_factory=list)
    rows: list[list[GCell]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    footer: str = ""

    @property
    def columns(self) -> int:
        return len(self.widths)


# ------------------------------------------------------------------ layouts


def load_layout(name: str, templates: Path | None = None) -> dict[str, Any]:
    """The layout ``name`` (basic_data, department, project): from ``templates/forms/``
    of a province's folder when it has one, else the bundled file."""
    if templates is not None:
        p = Path(templates) / "forms" / f"{name}.toml"
        if not p.exists():
            p = Path(templates) / f"{name}.toml"
        if p.exists():
            return tomllib.loads(p.read_text(encoding="utf-8"))
    text = resources.files("jixiao").joinpath(f"templates/forms/{name}.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def _fmt(template: str, **values: Any) -> str:
    class _Blank(dict):
        def __missing__(self, key: str) -> str:
            return ""

    return template.format_map(_Blank({k: ("" if v is None else v) for k, v in values.items()}))


def _check_spans(layout: dict, spans: list[int], what: str) -> list[int]:
    total = len(layout["widths"])
    if sum(spans) != total:
        raise ValueError(f"表式 {layout.get('sheet', '')} 的「{what}」各格跨列合计 {sum(spans)}，应为 {total}")
    return spans


# ---------------------------------------------------------------- cells

DASH = "——"  # the official templates' mark of a cell with nothing to report


def money_cell(a, unit: MoneyUnit | None, corrected: bool = False) -> GCell:
    if a is None:
        return GCell(kind="money")
    text = plain(a.value)
    if a.unit is not None and unit is not None and a.unit != unit:
        return GCell(text=f"{text}{a.unit.value}", kind="text", corrected=corrected)
    return GCell(text=text, kind="money", value=a.value, corrected=corrected)


def number_cell(d: Decimal | None, corrected: bool = False) -> GCell:
    return GCell(text=plain(d), kind="number", value=d, corrected=corrected) if d is not None else GCell(kind="number")


def percent_cell(d: Decimal | None, corrected: bool = False) -> GCell:
    return GCell(text=f"{plain(d)}%", kind="percent", value=d, corrected=corrected) if d is not None else GCell(kind="percent")


def label(text: str, span: int = 1) -> GCell:
    return GCell(text=text, span=span, kind="label")


def cont(span: int = 1) -> GCell:
    return GCell(span=span, cont=True)


def _spanned(cells: list[GCell], spans: list[int]) -> list[GCell]:
    for c, s in zip(cells, spans):
        c.span = s
    return cells


def footer_text(layout: dict, f: Footer | None) -> str:
    f = f or Footer(where={"file": "", "line": 0})
    return _fmt(layout["footer"]["text"], filler=f.filler, fill_date=f.fill_date, phone=f.phone, head=f.head)


# ------------------------------------------------------------ 基础数据表


def basic_data_grid(bd: BasicData, pkg: Package, layout: dict, corrected: set[str] | None = None) -> FormGrid:
    year = pkg.year or ""
    prev = pkg.year - 1 if pkg.year else ""
    unit = bd.money_unit or MoneyUnit.WAN
    g = FormGrid("basic_data", layout["sheet"], layout["marker"],
                 bd.title or _fmt(layout["title"], year=year), layout["widths"], captions=list(bd.captions),
                 notes=list(bd.notes), footer=footer_text(layout, bd.footer))
    st = layout["staffing"]
    spans = _check_spans(layout, st["spans"], "财政供养人员情况")
    g.rows.append(_spanned([label(st["label"])] + [label(_fmt(h, year=year)) for h in st["headers"]], spans))
    s = bd.staffing
    g.rows.append(_spanned([cont(), number_cell(s.authorized if s else None), number_cell(s.actual if s else None),
                            percent_cell(s.control_rate if s else None)], spans))
    ct = layout["control"]
    spans = _check_spans(layout, ct["spans"], "经费控制情况")
    columns = bd.columns or [_fmt(c, year=year, prev=prev) for c in ct["default_columns"]]
    g.rows.append(_spanned([label(_fmt(ct["label"], unit=unit.value))] + [label(c) for c in columns], spans))
    dashes = ct.get("dashes", {})
    for r in bd.rows:
        vals = list(r.values) + [None] * (len(columns) - len(r.values))
        cells = [GCell(text=r.label)] + [money_cell(v, unit) for v in vals[: len(columns)]]
        for j in dashes.get(r.key, []):
            # the template's own "——" (nothing to report there): the reader reads it as no figure,
            # so it is put back from the layout, where the package has no figure either
            if j < len(columns) and vals[j] is None:
                cells[1 + j] = GCell(text=DASH, kind="money")
        g.rows.append(_spanned(cells, spans))
    b = layout["buildings"]
    spans = _check_spans(layout, b["spans"], "楼堂馆所控制情况")
    g.rows.append(_spanned([label(_fmt(b["label"], year=year))] + [label(h) for h in b["headers"]], spans))
    bc = bd.buildings
    if bc is not None and any(v is not None for k, v in bc if k != "where"):
        vals = [number_cell(bc.approved_area), number_cell(bc.actual_area), percent_cell(bc.area_control_rate),
                money_cell(bc.budget_investment, MoneyUnit.WAN), money_cell(bc.actual_investment, MoneyUnit.WAN),
                percent_cell(bc.investment_control_rate)]
    else:
        vals = [GCell(text=DASH) for _ in b["headers"]]
    g.rows.append(_spanned([cont()] + vals, spans))
    fr = layout["frugality"]
    g.rows.append(_spanned([label(fr["label"]), GCell(text=bd.frugality_measures or "")],
                           _check_spans(layout, fr["spans"], "厉行节约保障措施")))
    return g


# ------------------------------------------------------------------ 自评表


def _pairs(ev: Evaluation) -> set[tuple[str, str]]:
    return {(squash(x.level1), squash(x.level2)) for x in ev.indicators}


def _fits(pairs: set[tuple[str, str]], tree: dict[str, list[str]]) -> bool:
    return all(l1 in tree and l2 in map(squash, tree[l1]) for l1, l2 in pairs)


def _official_tree(ev: Evaluation, ind: dict, pkg: Package | None = None) -> dict[str, list[str]]:
    """The official 一级 -> 二级 rows (``[[indicators.official]]`` of the layout) of the template
    version ``ev`` follows, keyed by squashed 一级 name; empty when it follows none.

    A version fits a form when every (一级, 二级) pair of its indicators is one of the version's
    rows.  A package's forms share one template, so of the versions that fit ``ev`` the one that
    fits most forms of ``pkg`` wins (seed 004: its 部门整体 form puts 成本指标 under 产出指标, so
    its project form, which would fit either, gets that version's rows); then the one that leaves
    fewest rows to add, then the first listed.  The rows matter only for forms that kept the
    template's empty rows, see :func:`_with_official_rows`."""
    pairs = _pairs(ev)
    others = [_pairs(e) for e in (pkg.evaluations if pkg is not None else [ev]) if e.indicators]
    best: tuple[int, int, dict[str, list[str]]] | None = None
    for version in ind.get("official", []):
        tree = {squash(k): list(v) for k, v in version["tree"].items()}
        if not _fits(pairs, tree):
            continue
        forms = sum(1 for o in others if _fits(o, tree))
        missing = sum(len(tree[l1]) for l1 in {p[0] for p in pairs}) - len(pairs)
        if best is None or (-forms, missing) < best[:2]:
            best = (-forms, missing, tree)
    return best[2] if best else {}


def _with_official_rows(ev: Evaluation, ind: dict,
                        pkg: Package | None = None) -> list[tuple[str | None, str | None, int | None]]:
    """(一级, 二级, index in ``ev.indicators`` or None for an empty official row) in form order.

    The reader keeps a template row left empty (a 二级 label with no 三级指标 and no figures, e.g.
    社会成本指标 / 生态环境成本指标 of seed 003) only as a line number in ``placeholder_rows``, not
    as an indicator, so the grid could not write it.  When the form kept such rows, the official
    二级 rows of its template version (:func:`_official_tree`) missing from each 一级 block the
    form has are put back, empty, in their official place.  Blocks the form does not have are not
    added, nor are rows added to forms that kept no empty rows (the filer removed them)."""
    out: list[tuple[str | None, str | None, int | None]] = [
        (x.level1, x.level2, i) for i, x in enumerate(ev.indicators)]
    tree = _official_tree(ev, ind, pkg) if ev.placeholder_rows else {}
    if not tree:
        return out
    done: set[str] = set()
    result: list[tuple[str | None, str | None, int | None]] = []
    k = 0
    while k < len(out):
        level1 = out[k][0]
        end = k
        while end < len(out) and out[end][0] == level1:
            end += 1
        block = out[k:end]
        key = squash(level1)
        if key in tree and key not in done:
            done.add(key)
            official = [squash(x) for x in tree[key]]
            present = {squash(e[1]) for e in block}
            for pos, name in enumerate(tree[key]):
                if official[pos] in present:
                    continue
                # before the first row of a later official 二级, else at the end of the block
                at = next((j for j, e in enumerate(block) if official.index(squash(e[1])) > pos), len(block))
                block.insert(at, (level1, name, None))
        result.extend(block)
        k = end
    return result


def _indicator_rows(ev: Evaluation, layout: dict, corrected: set[str],
                    pkg: Package | None = None) -> list[list[GCell]]:
    ind = layout["indicators"]
    rows: list[list[GCell]] = [[label(ind["label"])] + [label(h) for h in ind["headers"]]]
    prev: tuple[str | None, str | None] | None = None
    for level1, level2, i in _with_official_rows(ev, ind, pkg):
        same1 = prev is not None and level1 is not None and level1 == prev[0]
        same2 = same1 and level2 is not None and level2 == prev[1]
        if same1:
            l1 = cont()
        elif level1 and level1 in ev.level1_caps:
            l1 = label(_fmt(ind["cap"], name=level1, cap=plain(ev.level1_caps[level1])))
        else:
            l1 = label(level1 or "")
        l2 = cont() if same2 else label(level2 or "")
        if i is None:  # an official row the form left empty
            rows.append([cont(), l1, l2, GCell(), GCell(), GCell(), number_cell(None), number_cell(None), GCell()])
        else:
            x = ev.indicators[i]
            rows.append([cont(), l1, l2, GCell(text=x.name), GCell(text=x.target.text), GCell(text=x.actual.text),
                         number_cell(x.weight), number_cell(x.score, corrected=f"indicator:{i}" in corrected),
                         GCell(text=x.deviation or "")])
        prev = (level1, level2)
    used = {x.level1 for x in ev.indicators}
    for name, cap in ev.level1_caps.items():
        if name not in used:  # a capped 一级指标 without indicators: its label row on its own
            rows.append([cont(), label(_fmt(ind["cap"], name=name, cap=plain(cap)))] +
                        [GCell() for _ in ind["headers"][1:]])
    return rows


def sheet_name(ev: Evaluation, layout: dict, n: int) -> str:
    """The sheet name of a 自评表: the layout's ``sheet`` with ``{name}`` (the project's name, spaces
    and line breaks made single spaces) and ``{n}`` (its number); ``sheet_unnamed`` (项目{n}) when
    the sheet is named by ``{name}`` and the project has none.  Excel's own limits (31
    characters, forbidden characters, unique names) are the workbook writer's."""
    name = " ".join((ev.name or "").split())
    sheet = " ".join(_fmt(layout["sheet"], n=n, name=name).split())
    if not sheet or ("{name}" in layout["sheet"] and not name):
        sheet = _fmt(layout.get("sheet_unnamed", "{n}"), n=n)
    return sheet


def evaluation_grid(ev: Evaluation, pkg: Package, layout: dict, n: int = 1,
                    corrected: set[str] | None = None) -> FormGrid:
    """部门整体 or 项目 自评表.  ``corrected`` names the figures replaced by the scoring engine
    (``funds:rate``, ``funds:score``, ``indicator:N``, ``total``) so that they are marked."""
    corrected = corrected or set()
    year = ev.year or pkg.year or ""
    unit = ev.money_unit or MoneyUnit.WAN
    g = FormGrid(ev.kind if ev.kind == "department" else "project", sheet_name(ev, layout, n), layout["marker"],
                 ev.title or _fmt(layout["title"], year=year), layout["widths"], captions=list(ev.captions),
                 notes=list(ev.notes), footer=footer_text(layout, ev.footer))
    for f in layout["fields"]["rows"]:
        spans = _check_spans(layout, f["spans"], f["label"])
        cells = [label(f["label"]), GCell(text=getattr(ev, f["key"]) or "")]
        if "key2" in f:
            cells += [label(f["label2"]), GCell(text=getattr(ev, f["key2"]) or "")]
        g.rows.append(_spanned(cells, spans))
    fl = layout["funds"]
    spans = _check_spans(layout, fl["spans"], "资金")
    g.rows.append(_spanned([label(_fmt(fl["label"], unit=unit.value)), GCell()] + [label(h) for h in fl["headers"]],
                           spans))
    labels = dict((k, v) for k, v in fl["rows"])
    present = {f.key: f for f in ev.funds}
    keys = [k for k, _ in fl["rows"] if k in present] or list(fl["default_rows"])
    for k in keys:
        f = present.get(k)
        lab = f.label if f is not None else labels[k]
        if f is None:
            cells = [GCell(kind="money") for _ in range(3)] + [GCell() for _ in range(3)]
        else:
            cells = [money_cell(f.initial_budget, unit), money_cell(f.adjusted_budget, unit),
                     money_cell(f.executed, unit), number_cell(f.weight),
                     percent_cell(f.rate, corrected=k == "total" and "funds:rate" in corrected),
                     number_cell(f.score, corrected=k == "total" and "funds:score" in corrected)]
        g.rows.append(_spanned([cont(), GCell(text=lab)] + cells, spans))
    if "split" in layout:
        sp = layout["split"]
        spans = _check_spans(layout, sp["spans"], "按收入/支出性质分")
        src = list(sp["source"]) + [k for k in ev.by_source if k not in sp["source"]]
        nat = list(sp["nature"]) + [k for k in ev.by_nature if k not in sp["nature"]]
        g.rows.append(_spanned([cont(), label(sp["source_header"]), label(sp["nature_header"])], spans))
        for i in range(max(len(src), len(nat))):
            cells: list[GCell] = [cont()]
            for names, values in ((src, ev.by_source), (nat, ev.by_nature)):
                if i < len(names):
                    a = values.get(names[i])
                    amount = "" if a is None else plain(a.value) + (a.unit.value if a.unit and a.unit != unit else "")
                    prefix = sp["first_prefix"] if i == 0 else ""
                    cells.append(GCell(text=f"{prefix}{names[i]}：{amount}"))
                else:
                    cells.append(GCell())
            g.rows.append(_spanned(cells, spans))
    if "duties" in layout and ev.duties:
        d = layout["duties"]
        g.rows.append(_spanned([label(d["label"]), GCell(text=ev.duties)], _check_spans(layout, d["spans"], d["label"])))
    go = layout["goals"]
    spans = _check_spans(layout, go["spans"], go["label"])
    g.rows.append(_spanned([label(go["label"])] + [label(h) for h in go["headers"]], spans))
    goals = ev.goals
    g.rows.append(_spanned([cont(), GCell(text=(goals.expected if goals else None) or ""),
                            GCell(text=(goals.actual if goals else None) or "")], spans))
    g.rows.extend(_indicator_rows(ev, layout, corrected, pkg))
    t = layout["total"]
    g.rows.append(_spanned([label(t["label"]), number_cell(ev.total_weight),
                            number_cell(ev.total_score, corrected="total" in corrected), GCell()],
                           _check_spans(layout, t["spans"], t["label"])))
    return g


def form_grids(pkg: Package, templates: Path | None = None,
               corrected: dict[int, set[str]] | None = None) -> list[FormGrid]:
    """Every form of the package in the official order: 基础数据表, 部门整体自评表, 项目自评表 ×N.
    ``corrected`` maps an evaluation's index in ``pkg.evaluations`` to its corrected figures.
    More forms than the limit ``output.forms`` is a one-line error (a python-docx or openpyxl
    tree of thousands of forms takes gigabytes)."""
    from ..limits import current, exceeded
    from ..readers.errors import ReadError

    count, cap = len(pkg.basic_data) + len(pkg.evaluations), current().output.forms
    if count > cap:
        raise ReadError(pkg.source, f"附件表无法写出：{exceeded('output.forms', count, cap)}")
    corrected = corrected or {}
    out: list[FormGrid] = []
    bl = load_layout("basic_data", templates)
    for bd in pkg.basic_data:
        out.append(basic_data_grid(bd, pkg, bl))
    dl, pl = load_layout("department", templates), load_layout("project", templates)
    n = 0
    for i, ev in enumerate(pkg.evaluations):
        if ev.kind == "department":
            out.append(evaluation_grid(ev, pkg, dl, corrected=corrected.get(i)))
    for i, ev in enumerate(pkg.evaluations):
        if ev.kind == "project":
            n += 1
            out.append(evaluation_grid(ev, pkg, pl, n=n, corrected=corrected.get(i)))
    return out


def grid_positions(row: list[GCell]) -> list[int]:
    """The first grid column of each cell of a row."""
    pos, col = [], 0
    for c in row:
        pos.append(col)
        col += c.span
    return pos


def merge_ranges(g: "FormGrid") -> list[tuple[int, int, int, int]]:
    """(first row, first column, last row, last column) of every merged cell of a form grid:
    a cell spans ``span`` columns and the rows below it marked ``cont`` in its column."""
    positions = [grid_positions(row) for row in g.rows]
    out: list[tuple[int, int, int, int]] = []
    for ri, row in enumerate(g.rows):
        for c, p in zip(row, positions[ri]):
            if c.cont:
                continue
            k = ri + 1
            while k < len(g.rows) and p in positions[k] and g.rows[k][positions[k].index(p)].cont:
                k += 1
            if c.span > 1 or k - 1 > ri:
                out.append((ri, p, k - 1, p + c.span - 1))
    return out
