"""Real published 部门决算 / 部门预算 documents (../shared/real/) read into the model.

Every expected value comes from tests/expected/real_documents.py, where each was read by a
person from the page itself (page and place noted there), with tools that are not jixiao's.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from expected.real_documents import DOCUMENTS
from jixiao.pipeline import load
from jixiao.recognize import recognise
from jixiao.readers import read_path
from jixiao.values import squash

REAL = Path(__file__).resolve().parents[2] / "shared" / "real"
pytestmark = pytest.mark.skipif(not REAL.is_dir(), reason="../shared/real is not beside the checkout")

# Tables of r10 that the hand-read list left without a key because the key list given to the
# reader had none for them; jixiao's budget definition names them (forms/budget.toml).
EXTRA_KEYS = {
    "财政拨款支出预算表（功能科目）": "budget_fiscal_expenditure",
    "财政拨款基本支出预算表（经济科目）": "budget_fiscal_basic",
    "一般公共预算机关运行经费支出预算表": "budget_office_operation",
}


def _doc(name: str) -> dict:
    return next(d for d in DOCUMENTS if d["file"].startswith(name))


@pytest.fixture(scope="module")
def packages() -> dict:
    return {}


def _load(packages: dict, name: str):
    if name not in packages:
        packages[name] = load(REAL / _doc(name)["file"])
    return packages[name]


def _tables(pkg, doc):
    return pkg.final_accounts if doc["doc_kind"] == "final_accounts" else pkg.budget_tables


def _expected_tables(doc: dict) -> list[dict]:
    out = []
    for t in doc["tables"]:
        key = t["key"] or EXTRA_KEYS.get(t["title"] or "")
        if key:
            out.append({**t, "key": key})
    return out


def _column_matches(column: str, wanted: str) -> bool:
    """The hand-read column ("支出/决算数") names, in order, parts of jixiao's column name."""
    have = [squash(p) for p in column.split("/")]
    i = 0
    for part in (squash(p) for p in wanted.split("/")):
        while i < len(have) and have[i] != part:
            i += 1
        if i == len(have):
            return False
        i += 1
    return True


def _value(table, row: str | None, column: str):
    want_row = squash(row) if row else None
    for line in table.lines:
        names = {squash(line.name), squash("/".join(line.labels)), (line.code or "")}
        if want_row is not None and want_row not in names and want_row.replace(" ", "") not in names:
            continue
        for col, a in line.amounts.items():
            if a is not None and _column_matches(col, column):
                return a.value
    return None


NAMES = ["r02", "r03", "r04", "r09", "r10", "r12"]


@pytest.mark.parametrize("name", NAMES)
def test_document_kind_unit_year(packages, name):
    doc, pkg = _doc(name), _load(packages, name)
    assert pkg.document_kind == doc["doc_kind"]
    assert pkg.year == doc["year"]
    assert bool(pkg.template) == doc["template"]
    if doc["template"]:
        assert pkg.unit_name is None  # never "上海市 XX 局" read as a unit
    else:
        assert pkg.unit_name == doc["unit"]


@pytest.mark.parametrize("name", NAMES)
def test_every_table_recognised_in_order(packages, name):
    doc, pkg = _doc(name), _load(packages, name)
    want = _expected_tables(doc)
    got = _tables(pkg, doc)
    assert [t.kind for t in got] == [t["key"] for t in want]
    other = pkg.budget_tables if doc["doc_kind"] == "final_accounts" else pkg.final_accounts
    assert other == []  # a 预算 is never read as a 决算, nor the other way round
    for t, w in zip(got, want):
        if w.get("unit"):
            assert t.money_unit is not None and t.money_unit.value == w["unit"], w["title"]
        if w.get("mark"):
            assert f"{t.code}表" == w["mark"]
        if w.get("empty"):
            assert t.empty, w["title"]


@pytest.mark.parametrize("name", ["r02", "r03", "r09", "r10"])
def test_table_facts(packages, name):
    doc, pkg = _doc(name), _load(packages, name)
    got = _tables(pkg, doc)
    missing = []
    for t, w in zip(got, _expected_tables(doc)):
        for row, column, value in w["facts"]:
            v = _value(t, row, column)
            if v != value:
                missing.append(f"{w['title']} [{row} | {column}]: {v} != {value}")
    assert not missing, "\n".join(missing)


def test_units_table_of_r02_is_reported_not_dropped(packages):
    # r02 p6: 部门决算单位构成 (序号 | 单位名称 | 备注) fits no form: kept and reported
    pkg = _load(packages, "r02")
    (u,) = pkg.unrecognised_tables
    assert u.header == ["序号", "单位名称", "备注"]
    assert any(d.code == "unrecognised-table" for d in pkg.diagnostics)


def test_recognise_is_pure():
    doc = read_path(REAL / _doc("r10")["file"])
    first, second = recognise(doc), recognise(doc)
    assert first == second
