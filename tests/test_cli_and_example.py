"""The CLI on the bundled example, the JSON output and its schema, unplaced cells."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from typer.testing import CliRunner

from jixiao import load
from jixiao.cli import app
from jixiao.example import example_text
from jixiao.schema import SCHEMA_ID, package_schema
from seedlib import package

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "example_package.txt"
runner = CliRunner()


def test_committed_example_is_what_the_generator_writes():
    assert EXAMPLE.read_text(encoding="utf-8") == example_text()


def test_example_package_model():
    # The figures below are the ones written in jixiao/example.py (synthetic package).
    p = load(EXAMPLE)
    assert p.unit_name == "示例县人力资源和社会保障局" and p.year == 2024
    assert p.forms_found() == {"basic_data": 1, "department_evaluation": 1, "project_evaluation": 2,
                               "self_report": 1, "final_account_table": 0, "final_account_notes": 0}
    assert p.unplaced == [] and p.diagnostics == []
    bd = p.basic_data[0]
    assert bd.frugality_measures == "严格执行中央八项规定精神，压减一般性支出。"
    assert bd.buildings is None  # the 楼堂馆所 row is left blank in the example
    assert [v.value for v in bd.row("three_public").values] == [Decimal("12.50"), Decimal("12.00"), Decimal("10.60")]
    assert [r.label for r in bd.rows if r.key == "project_item"] == ["1、就业创业服务补贴", "2、人才引进专项经费"]
    dept = p.department_evaluations[0]
    assert dept.fund("total").rate == Decimal("99.51")
    assert dept.level1_caps == {"产出指标": 50, "效益指标": 30, "满意度指标": 10}
    p2 = p.project_evaluations[1]
    assert p2.name == "人才引进专项经费" and p2.total_score == Decimal("98")
    assert sum(i.score for i in p2.indicators) == Decimal("90")


def test_parse_prints_summary_and_unplaced_counts():
    r = runner.invoke(app, ["parse", str(EXAMPLE)])
    assert r.exit_code == 0, r.output
    assert "示例县人力资源和社会保障局" in r.output
    assert "项目自评表×2" in r.output
    assert "未归位单元格 0" in r.output


def test_parse_json_matches_schema_shape(tmp_path):
    out = tmp_path / "m.json"
    r = runner.invoke(app, ["parse", str(EXAMPLE), "--json", str(out)])
    assert r.exit_code == 0, r.output
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["schema"] == SCHEMA_ID
    (pkg,) = doc["packages"]
    schema_props = package_schema()["$defs"]["Package"]["properties"]
    assert set(pkg) == set(schema_props)
    # money stays exact in JSON: Decimal is written as a string
    fund = pkg["evaluations"][0]["funds"][0]
    assert fund["adjusted_budget"] == {"value": "1020.00", "unit": "万元"}


def test_schema_in_docs_is_current():
    committed = json.loads((ROOT / "docs" / "package.schema.json").read_text(encoding="utf-8"))
    assert committed == package_schema()


def test_unreadable_file_is_one_line_error_and_exit_1(tmp_path):
    f = tmp_path / "empty.txt"
    f.write_bytes(b"")
    r = runner.invoke(app, ["parse", str(f)])
    assert r.exit_code == 1
    assert "empty.txt" in r.output and "0 字节" in r.output
    assert "Traceback" not in r.output


def test_junk_cell_is_reported_unplaced(tmp_path):
    f = tmp_path / "x.txt"
    cell = "\t严格执行中央八项规定精神，压减一般性支出。"
    assert cell in example_text()
    f.write_text(example_text().replace(cell, cell + "\n\n\t神秘单元格", 1), encoding="utf-8")
    p = load(f)
    assert [u.text for u in p.unplaced] == ["神秘单元格"]


# Every seed is read with no unplaced cell: each cell and paragraph of the five seeds lands in
# the model (decorative captions, markers and the table of contents included).
@pytest.mark.parametrize("seed", ["000_a1e8d29c7864ba8d.txt", "001_7c0e03b398c44046.txt", "002_667c629c576ffe37.txt",
                                  "003_c0781168737441b9.txt", "004_dc9c9a078db0651c.txt"])
def test_seed_unplaced_count(seed):
    assert len(package(seed).unplaced) == 0


def test_001_diagnostics():
    # 001: "[bookmark: _GoBack]" on line 74, the split 效益指标 row (lines 283-295), "37,70.00" on
    # lines 144, 145 and 155, and 18 project tables captioned 单位：元 under a （万元） label.
    codes = [d.code for d in package("001_7c0e03b398c44046.txt").diagnostics]
    assert codes.count("bookmark") == 1
    assert codes.count("row-joined") == 1
    assert codes.count("value") == 3
    assert codes.count("unit-conflict") == 18
