"""The typed model of each seed against values a person read from the seed text.

The expectations live in ``tests/expected/seed_*.py``; every value there has a
comment naming the seed line it was read from.  Nothing here is copied from
the program's output.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from seedlib import expected, package, pct, value

EVAL_MODULES = ["seed_000", "seed_001", "seed_003_evaluations", "seed_004"]
FUND_KEYS = {"initial": "initial_budget", "adjusted": "adjusted_budget", "executed": "executed",
             "weight": "weight", "rate": "rate", "score": "score"}


def _evals(module: str):
    exp = expected(module)
    pkg = package(exp.SEED)
    return exp, pkg


def _cases():
    for m in EVAL_MODULES:
        exp = expected(m)
        for i, _ in enumerate(exp.EVALUATIONS):
            yield pytest.param(m, i, id=f"{m}-table{i}")


@pytest.mark.parametrize("module", ["seed_000", "seed_001", "seed_002", "seed_004"])
def test_forms_found(module):
    exp = expected(module)
    assert package(exp.SEED).forms_found() == exp.FORMS


def test_forms_found_003():
    # 003 holds the nine 公开 tables, one 决算情况说明, one 自评报告, one 基础数据表,
    # one 部门整体自评表 and 13 项目表 (seed README; titles at lines 100…438, 454, 664, 786, 821, 857…1173)
    exp = expected("seed_003_evaluations")
    forms = package(exp.SEED).forms_found()
    assert forms == {"basic_data": 1, "department_evaluation": 1, "project_evaluation": 13,
                     "self_report": 1, "final_account_table": 9, "final_account_notes": 1}


@pytest.mark.parametrize("module", EVAL_MODULES)
def test_unit_and_year(module):
    exp, pkg = _evals(module)
    assert pkg.unit_name == exp.UNIT_NAME
    assert pkg.year == exp.YEAR


@pytest.mark.parametrize("module", EVAL_MODULES)
def test_basic_data(module):
    exp, pkg = _evals(module)
    want = exp.BASIC_DATA
    (bd,) = pkg.basic_data
    st = want["staffing"]
    assert bd.staffing.authorized == st["authorized"]
    assert bd.staffing.actual == st["actual"]
    assert bd.staffing.control_rate == pct(st["control_rate"])
    got = [(r.label, *[value(v) for v in r.values]) for r in bd.rows if r.key != "frugality"]
    assert got == [tuple(r) for r in want["rows"]]
    if "filler" in want:
        assert (bd.footer.filler if bd.footer else None) == want["filler"]
    if "fill_date" in want:
        assert (bd.footer.fill_date if bd.footer else None) == want["fill_date"]


@pytest.mark.parametrize("module,index", list(_cases()))
def test_evaluation_table(module, index):
    exp, pkg = _evals(module)
    want = exp.EVALUATIONS[index]
    ev = pkg.evaluations[index]
    assert ev.kind == want["kind"]
    assert ev.where.line == want["line"]
    if want["kind"] == "project":
        assert ev.name == want["name"]
    else:
        assert ev.unit_name == want["name"]
    for key in ("supervisor", "implementer"):
        if key in want:
            assert getattr(ev, key) == want[key], key
    if "money_unit" in want:
        assert ev.money_unit is not None and ev.money_unit.value == want["money_unit"]
    for row_key, cols in want.get("funds", {}).items():
        fr = ev.fund(row_key)
        assert fr is not None, row_key
        for col, v in cols.items():
            got = getattr(fr, FUND_KEYS[col])
            got = got.value if hasattr(got, "value") else got
            want_v = pct(v) if col == "rate" else v
            assert got == want_v, f"{row_key}.{col}"
    for split in ("by_source", "by_nature"):
        for k, v in want.get(split, {}).items():
            assert value(getattr(ev, split).get(k)) == v, f"{split}.{k}"
    if "level1_caps" in want:
        assert ev.level1_caps == want["level1_caps"]
    if want.get("indicator_counts") is not None:
        counts: dict[str, int] = {}
        for ind in ev.counted():
            counts[ind.level1] = counts.get(ind.level1, 0) + 1
        expected_counts = {k: v for k, v in want["indicator_counts"].items() if v}
        assert counts == expected_counts
    if "not_applicable" in want:
        assert sum(1 for i in ev.indicators if i.not_applicable) == want["not_applicable"]
    assert sum((i.weight or Decimal(0)) for i in ev.counted()) == want["weight_sum"]
    assert sum((i.score or Decimal(0)) for i in ev.counted()) == want["score_sum"]
    assert ev.total_weight == want["total_weight"]
    assert ev.total_score == want["total_score"]


def _samples():
    for m in EVAL_MODULES:
        exp = expected(m)
        for j, s in enumerate(exp.SAMPLE_INDICATORS):
            yield pytest.param(m, j, id=f"{m}-line{s['line']}")


@pytest.mark.parametrize("module,j", list(_samples()))
def test_sample_indicator(module, j):
    exp, pkg = _evals(module)
    s = exp.SAMPLE_INDICATORS[j]
    ev = pkg.evaluations[s["table"]]
    candidates = [i for i in ev.indicators if i.name == s["name"]]
    assert candidates, f"no indicator named {s['name']!r}"
    ind = min(candidates, key=lambda i: abs(i.where.line - s["line"]))
    assert ind.level1 == s["level1"]
    assert ind.level2 == s["level2"]
    assert ind.target.text == s["target"]
    assert ind.actual.text == s["actual"]
    assert ind.weight == s["weight"]
    assert ind.score == s["score"]
    assert ind.deviation == s["deviation"]


def test_frugality_measures_after_a_blank_buildings_row():
    # 004 lines 119-127: the 楼堂馆所 value row is blank, then "厉行节约保障措施 | 深入贯彻落实…"
    bd = package("004_dc9c9a078db0651c.txt").basic_data[0]
    assert bd.buildings is None
    assert bd.frugality_measures.startswith("深入贯彻落实中央八项规定")
    # 003 lines 817-819: 楼堂馆所 values all 0, then the measures "1、提高政治站位,勤俭办理一切事务。…"
    bd = package("003_c0781168737441b9.txt").basic_data[0]
    assert bd.buildings.approved_area == 0 and bd.buildings.budget_investment.value == 0
    assert bd.frugality_measures.startswith("1、提高政治站位")
