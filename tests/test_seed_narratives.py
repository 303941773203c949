"""Narratives (自评报告, 决算情况说明) and 决算 tables against hand-verified values."""

from __future__ import annotations

from decimal import Decimal

import pytest

from seedlib import expected, package
from jixiao.values import squash


def _report(module: str, kind: str = "self_report"):
    exp = expected(module)
    (n,) = [x for x in package(exp.SEED).narratives if x.kind == kind]
    return exp, n


def _heading_lines(n):
    return {s.where.line: s for s in n.all_sections()}


@pytest.mark.parametrize("module", ["seed_000", "seed_004"])
def test_report_headings(module):
    exp, n = _report(module)
    sections = _heading_lines(n)
    for line, text in exp.REPORT_HEADINGS:
        assert line in sections, f"line {line} {text!r} is not a section heading"
        assert squash(sections[line].heading) == squash(text)


def test_002_headings_and_levels():
    exp, n = _report("seed_002")
    sections = _heading_lines(n)
    for line, level, text in exp.HEADINGS:
        assert line in sections, f"line {line} {text!r}"
        assert sections[line].heading == text
        assert sections[line].level == level, text


def _tree(items):
    return [
        (i.where.line, i.label, i.cap, i.score, _tree(i.children))
        for i in items
    ]


def _want(items):
    return [(i["line"], i["label"], i["cap"], i["score"], _want(i["children"])) for i in items]


def test_002_score_tree():
    exp, n = _report("seed_002")
    assert _tree(n.score_tree) == _want(exp.SCORE_TREE)
    sums = {i.label: i.total() for i in n.score_tree}
    assert sums == exp.GROUP_SUMS
    assert sum(sums.values(), Decimal(0)) == exp.COMPUTED_TOTAL
    assert n.stated_total == exp.STATED_TOTAL
    assert n.stated_grade == exp.GRADE


def test_003_notes_sections():
    exp, n = _report("seed_003_final_accounts", "final_account_notes")
    assert n.where.line == exp.NOTES_TITLE[0]
    assert n.title == exp.NOTES_TITLE[1]
    sections = _heading_lines(n)
    for line, text in exp.NOTES_SECTIONS:
        if text.endswith("。"):
            # bold run-in headings (630, 632, 638) open a paragraph: kept as paragraph text
            assert any(p.startswith(text) for s in n.all_sections() for p in s.paragraphs), text
            continue
        assert line in sections, f"line {line} {text!r}"
        assert sections[line].heading == text


# ------------------------------------------------------------------ 决算 tables


def _final(code: str):
    exp = expected("seed_003_final_accounts")
    pkg = package(exp.SEED)
    (t,) = [x for x in pkg.final_accounts if x.code == code]
    return exp, t


@pytest.mark.parametrize("code", [f"公开0{i}" for i in range(1, 10)])
def test_final_table_identity(code):
    exp, t = _final(code)
    want = exp.FINAL_TABLES[code]
    assert t.where.line == want["line"]
    assert t.title == want["title"]
    assert t.money_unit.value == want["money_unit"]
    assert sum(1 for x in t.lines if x.code) == want["code_rows"]


def _amount(line, column: str):
    for col, a in line.amounts.items():
        if squash(column) in squash(col):
            return a.value if a else None
    return None


def test_final_code_samples():
    exp = expected("seed_003_final_accounts")
    for table, code, name, cols in exp.CODE_SAMPLES:
        _, t = _final(table)
        line = t.by_code(code)
        assert line is not None, (table, code)
        assert line.name == name
        for col, v in cols.items():
            assert _amount(line, col) == v, (table, code, col)


def test_final_01_totals():
    # 公开01 (lines 109-139): 本年收入合计 = 本年支出合计 = 总计 = 4133.00 (hand-read values in FINAL_TABLES)
    exp, t = _final("公开01")
    kf = exp.FINAL_TABLES["公开01"]["key_figures"]
    by_name = {x.name: x for x in t.lines}
    income_total, spend_total = [x for x in t.lines if x.name == "本年收入合计"], [x for x in t.lines if x.name == "本年支出合计"]
    assert _amount(income_total[0], "金额") == kf["本年收入合计"]
    assert _amount(spend_total[0], "金额") == kf["本年支出合计"]
    for label, v in kf["expenditure_by_class"].items():
        (line,) = [x for x in t.lines if x.name.endswith(label)]
        assert _amount(line, "金额") == v, label
        assert line.side == "支出"
    assert "一、一般公共预算财政拨款收入" in by_name
    assert by_name["一、一般公共预算财政拨款收入"].side == "收入"
