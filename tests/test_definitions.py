"""Form definitions as data: a new template family is one TOML file, no code change.

The fixture below is a made-up province's form whose title and column labels appear in
no shipped definition ("资金项目绩效考评表", 考评项目, 计划值, 实现值, 标准分, 考评分); the
expected values are the ones written in the spec rows here.
"""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from fixtures.families.render import render
from fixtures.families.spec import C, Spec
from jixiao.datafile import DataFileError
from jixiao.definitions import load_definitions
from jixiao.pipeline import load

NEW_FAMILY = Spec(
    id="example-new",
    title="2025年度资金项目绩效考评表",
    captions=["单位：万元"],
    xlsx_col="C",
    rows=[
        ["考评项目", C("农村道路养护补助", 6)],
        ["主管部门", C("某县交通运输局", 2), "实施单位", C("某县公路中心", 3)],
        [C("资金情况", 2), "全年预算数", "全年执行数", "执行率", "标准分", "考评分"],
        [C("年度资金总额", 2), "50.00", "45.00", "90.00%", "10", "9"],
        ["考核维度", "考核要点", "考评内容", "计划值", "实现值", "标准分", "考评分"],
        ["产出", "数量", "养护里程", "≥120公里", "126公里", "50", "50"],
        ["效益", "社会效益", "道路通行状况", "改善", "改善", "40", "38"],
        [C("总分", 5), "100", "97"],
    ],
)

DEFINITION = """
id = "example-new"
extends = "evaluation-base"
kind = "project"
title = "某省资金项目绩效考评表（测试用）"

[detect]
titles = ["资金项目绩效考评表$"]
priority = 20

[fields]
name = ["考评项目"]

[funds.columns]
weight = ["标准分"]
score = ["考评分"]

[indicators.columns]
level1 = ["考核维度"]
level2 = ["考核要点"]
name = ["考评内容"]
target = ["计划值"]
actual = ["实现值"]
weight = ["标准分"]
score = ["考评分"]
"""


@pytest.mark.parametrize("fmt", ["docx", "xlsx"])
def test_new_family_is_one_data_file(tmp_path, fmt):
    forms = tmp_path / "forms"
    forms.mkdir()
    (forms / "example-new.toml").write_text(DEFINITION, encoding="utf-8")
    path = render(NEW_FAMILY, tmp_path / f"new.{fmt}")

    assert load(path).evaluations == []  # unknown to the shipped definitions
    pkg = load(path, load_definitions(forms))
    (ev,) = pkg.evaluations
    assert ev.form == "example-new"
    assert ev.name == "农村道路养护补助"        # row "考评项目"
    assert ev.supervisor == "某县交通运输局"    # row "主管部门"
    assert ev.year == 2025                       # title "2025年度…"
    total = ev.fund("total")                     # row "年度资金总额"
    assert (total.adjusted_budget.value, total.executed.value) == (D("50.00"), D("45.00"))
    assert (total.rate, total.weight, total.score) == (D("90.00"), D("10"), D("9"))
    got = [(i.level1, i.level2, i.name, i.target.text, i.actual.text, i.weight, i.score) for i in ev.indicators]
    assert got == [
        ("产出", "数量", "养护里程", "≥120公里", "126公里", D("50"), D("50")),          # row "产出"
        ("效益", "社会效益", "道路通行状况", "改善", "改善", D("40"), D("38")),          # row "效益"
    ]
    assert (ev.total_weight, ev.total_score) == (D("100"), D("97"))                     # row "总分"
    assert pkg.unplaced == []


def test_extends_merges_and_detection_is_not_inherited(tmp_path):
    (tmp_path / "child.toml").write_text('id = "child"\nextends = "national-project"\ntitle = "子模板"\n', encoding="utf-8")
    defs = load_definitions(tmp_path)
    child, parent = defs["child"], defs["national-project"]
    assert child.funds.columns == parent.funds.columns  # inherited from evaluation-base via national-project
    assert child.detect.titles == [] and parent.detect.titles  # detect is never inherited
    assert defs.evaluation_candidates("2024年度项目支出绩效自评表")[0].id != "child"


def test_bad_definition_is_one_line_error(tmp_path):
    (tmp_path / "bad.toml").write_text('id = "bad"\nfamily = "evaluation"\ntitle = "x"\nkind = "nonsense"\n', encoding="utf-8")
    with pytest.raises(DataFileError) as e:
        load_definitions(tmp_path)
    assert "表单定义「bad」无法读取" in str(e.value) and "\n" not in str(e.value)
    (tmp_path / "bad.toml").write_text('id = "bad"\nextends = "bad"\n', encoding="utf-8")
    with pytest.raises(DataFileError, match="循环"):
        load_definitions(tmp_path)


def test_every_shipped_definition_loads_and_has_a_detection():
    defs = load_definitions()
    for d in defs.concrete:
        assert d.detect.titles or d.tables, d.id
        assert d.source, d.id


def test_forms_doc_is_current():
    from pathlib import Path

    from jixiao.definitions import forms_markdown

    doc = (Path(__file__).resolve().parents[1] / "docs" / "forms.md").read_text(encoding="utf-8")
    assert doc == forms_markdown(), "run: jixiao forms --markdown > docs/forms.md"
