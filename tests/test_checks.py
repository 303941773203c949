"""Review engine: findings a careful reviewer makes on the seeds, verified by hand.

Each expected finding names the seed lines and the arithmetic a person did.  The
"must not flag" cases pin true statements that a careless checker would report.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao import load
from jixiao.checks import RULES, check
from jixiao.example import example_text
from seedlib import package

S000, S001, S002, S003, S004 = (
    "000_a1e8d29c7864ba8d.txt", "001_7c0e03b398c44046.txt", "002_667c629c576ffe37.txt",
    "003_c0781168737441b9.txt", "004_dc9c9a078db0651c.txt",
)


def findings(seed: str):
    return check(package(seed))


def find(seed: str, rule: str, **match):
    out = []
    for f in findings(seed):
        if f.rule != rule:
            continue
        if all(str(getattr(f, k)) == str(v) if k != "message" else v in f.message for k, v in match.items()):
            out.append(f)
    return out


# ----------------------------------------------------------- the four examples


def test_001_three_public_parts():
    # 001 lines 44/49/64/69: 三公经费 2021 决算数 46.72; parts 24.27 + 0.00 + 22.48 = 46.75
    (f,) = find(S001, "SUM-001", column="2021年决算数")
    assert (f.expected, f.actual, f.severity) == ("46.75", "46.72", "error")
    assert f.where.line == 43


def test_003_execution_rate_of_renshe_zhuanxiang():
    # 003 line 937: 全年预算数 150.8, 全年执行数 12.6, 执行率 "100%"; 12.6 / 150.8 = 8.355…% -> 8.36%
    (f,) = find(S003, "RATE-001", table="人社专项支出")
    assert (f.expected, f.actual, f.severity) == ("8.36%", "100%", "error")


def test_002_share_of_state_capital_income():
    # 002 line 23: 3 / 12493.388108 = 0.02401…% -> 0.02%, written "占 0.01%"
    (f,) = find(S002, "NAR-001", actual="0.01%")
    assert f.expected == "0.02%" and f.severity == "error"


def test_004_output_weights_exceed_cap():
    # 004 lines 198-318: 产出指标(50分) with 8 indicator rows of 分值 10 each = 80
    (f,) = find(S004, "SCORE-003", table="岳阳市君山区人力资源和社会保障局", row="产出指标")
    assert (f.expected, f.actual) == ("50", "80")
    # labels 50 + 30 + 10 + 执行 10 = 100 = 总分分值 (lines 201, 323, 449, 479): the weights are off
    assert "应调整其下指标的分值，使合计为 50 分" in f.message


# --------------------------------------------------------------- other genuine slips


@pytest.mark.parametrize("table,expected,actual", [
    ("人才开发基金", "99", "100"),      # lines 2369ff: indicators 89 + funds 10 = 99, 总分 100
    ("其他优抚支出", "97", "100"),      # indicators 88 + funds 9 = 97, 总分 100 (line 1799)
    ("劳动保障专项经费", "95", "94"),   # indicators 86 + funds 9 = 95, 总分 94 (line 2181)
])
def test_000_total_scores(table, expected, actual):
    (f,) = find(S000, "SCORE-005", table=table)
    assert (f.expected, f.actual) == (expected, actual)


def test_000_funds_do_not_add_up():
    # 000 人才开发基金 lines 2388-2410: 当年财政拨款 7.2 + 上年结转 5.2 = 12.4 executed, total says 12.42
    (f,) = find(S000, "SUM-005", table="人才开发基金", column="全年执行数")
    assert (f.expected, f.actual) == ("12.4", "12.42")


def test_000_truncated_rate_is_info():
    # 000 line 2022: 122.5 / 131.33 = 93.2765…%, written 93.27% (truncated, not rounded)
    (f,) = find(S000, "RATE-001", table="劳动保障专项经费")
    assert f.severity == "info" and f.expected == "93.28%"


def test_000_benefit_cap_40_with_30_points():
    # 000 lines 494-551: 效益指标（40 分）, rows 6+6+6+6+6 = 30
    # the weights (执行 10 + 产出 50 + 效益 30 + 满意度 10) make the 总分分值 100, the labels
    # (10 + 50 + 40 + 10 = 110) do not: the label is the slip, to be corrected to 30
    fs = find(S000, "SCORE-003", row="效益指标")
    assert {(f.table, f.column, f.expected, f.actual) for f in fs} >= {("衡山县人力资源和社会保障局", "一级指标标注", "30", "40")}
    assert all("应是标注有误，应为 30 分" in f.message for f in fs)
    assert len(fs) == 3  # the department table and project tables 1 and 2 (lines 723, 935)


def test_000_cost_written_as_lower_bound():
    # 000 line 457: 成本指标「事业单位公开招考工作」 target "≥74.63万元"
    assert find(S000, "IND-005", row="事业单位公开招考工作", actual="≥74.63万元")


def test_001_project_in_yuan_differs_from_basic_data():
    # 001 line 1329: 老年体协经费 全年执行数 300000 元 = 30 万元; 基础数据表 line 86: 25.00 万元
    (f,) = find(S001, "XT-001", table="老年体协经费")
    assert Decimal(f.actual) == Decimal("30") and Decimal(f.expected) == Decimal("25.00")


def test_001_weights_99():
    # 001 老年体协经费: 质量指标 weight 9 (line 1406): indicators 30+9+10+30+10 = 89, + funds 10 = 99
    (f,) = find(S001, "SCORE-004", table="老年体协经费")
    assert (f.expected, f.actual) == ("100", "99")


def test_001_public_funds_parts_exceed_total():
    # 001 lines 24-41: 公用经费 2022 346.63; 其中 345.46 + 48.62 + 3.82 = 397.90
    fs = find(S001, "SUM-003")
    assert {f.column for f in fs} == {"2022年预算数", "2022年决算数"}
    assert all(Decimal(f.actual) == Decimal("397.90") for f in fs)


def test_003_funds_total_vs_current_year():
    # 003 lines 937-938: 全年预算数 total 150.8 but 当年财政拨款 112.6 and nothing else
    (f,) = find(S003, "SUM-005", table="人社专项支出", column="全年预算数")
    assert (f.expected, f.actual) == ("112.6", "150.8")


def test_003_project_split_one_cent_off():
    # 003 line 828: 项目支出 2687.74; 公开03 合计 (line 211) and 基础数据表 (line 797) say 2687.75
    fs = find(S003, "XT-003", column="项目支出")
    assert len(fs) == 2 and all(f.expected == "2687.75" and f.actual == "2687.74" for f in fs)


def test_003_shortfall_with_full_score():
    # 003 line 1186: 高级职称评审通过人数 target 80人, actual 76人, scored 15 of 15
    assert find(S003, "IND-002", row="高级职称评审通过人数")


def test_003_missing_satisfaction():
    # 003 就业专项资金 (line 1040): 满意度指标 label at 1066 with no indicator row
    assert find(S003, "IND-007", table="就业专项资金", row="满意度指标")


def test_003_rounding_in_final_accounts_is_info_only():
    # 003 公开02 line 169: 208 = 3199.52, its 款 2035.03 + 288.14 + 761.73 + 74.84 + 39.80 = 3199.54:
    # within 6 × 0.005 of rounding -> info, never an error
    fs = find(S003, "FA-001", row="208 社会保障和就业支出")
    assert fs and all(f.severity == "info" for f in fs)
    assert not [f for f in findings(S003) if f.rule.startswith("FA-") and f.severity == "error"]


def test_003_listed_parts_rounding():
    # 003 line 754: 8 items sum to 749.86, 实际支出 749.85 -> info
    (f,) = find(S003, "NAR-006", actual="749.85")
    assert f.severity == "info" and f.expected == "749.86"


def test_004_report_three_public_vs_basic_data():
    # 004 line 887: "“三公”经费0.80万元"; 基础数据表 lines 18-21: 2023 决算数 1.13
    (f,) = find(S004, "NAR-004")
    assert (f.expected, f.actual) == ("1.13", "0.80")


def test_004_project_split_vs_basic_data():
    # 004 line 166: 项目支出：306.22; 基础数据表 line 51: 306.23
    (f,) = find(S004, "XT-003")
    assert (f.expected, f.actual) == ("306.23", "306.22")


def test_004_rate_target_above_100():
    # 004 line 338: 终生保障率 "100%以上"
    assert find(S004, "IND-004", row="年满60周岁并符合待遇领取人员终生保障率")


def test_002_contradicting_three_public_rates():
    # 002 line 33 "完成预算的 63.86%" vs line 193 "控制率为 76.63%"
    (f,) = find(S002, "NAR-005")
    assert {f.expected, f.actual} == {"63.86%", "76.63%"}


# ------------------------------------------------------------- must NOT be flagged


def _rules_at(seed, rule, severity=("error", "warning")):
    return [f for f in findings(seed) if f.rule == rule and f.severity in severity]


def test_true_statements_are_not_flagged():
    # 003 公开01 (lines 109-136): 支出合计 4133.00 = 155.50 + 402.80 + 129.00 + 3199.52 + 147.39 + 23.90 + 74.89
    assert not [f for f in findings(S003) if f.rule == "FA-002" and f.table.startswith("公开01")]
    # 000 line 12: 控制率 78% = 82 / 105 = 78.10%; 001 line 11: 95.08% = 116 / 122
    assert not find(S000, "RATE-002") and not find(S001, "RATE-002")
    # 003 line 825: 4133 / 4415.73 = 93.597% -> "93.6%"; line 1132: 396.2 / 595.86 = 66.49%
    assert not find(S003, "RATE-001", table="株洲市人力资源和社会保障局")
    assert not find(S003, "RATE-001", table="助学金")
    # 001 lines 73-121: 项目支出 694.08 = 20.50+30.00+552.93+40.00+16.00+0+0+0+34.65
    assert not find(S001, "SUM-004")
    # 003 lines 797-810: 2853.37 = 303.12 + 2550.25; 2550.25 = Σ nine projects
    assert not find(S003, "SUM-004")
    # 003: 公开01 本年支出合计 = 公开03 合计 = 公开04 = 公开05 = 4133.00
    assert not find(S003, "FA-004")
    # 003 公开06 line 398 + 公开05 line 314: 1259.34 + 185.91 = 1445.25
    assert not [f for f in _rules_at(S003, "FA-005") if "人员经费" in (f.row or "")]
    # 003 line 590: 34.49 − 13.74 = 20.75; 13.74 / 20.75 = 66.2%; line 612: 24.33 / 210.24 = 11.6%
    assert not find(S003, "NAR-002")
    # 003 line 486: 4133.00 / 2230.21 = 185.3%; line 512: 860.01 / 875.42 = 98.2%
    assert not find(S003, "NAR-003")
    # 002 lines 25-29: 6.5%, 93.5%, 6.3%, 0.3%, 95.9% (783.801051 / 817.444551), 4.1%
    assert [f.actual for f in find(S002, "NAR-001")] == ["0.01%", "99.9%"]
    # 002 line 21: 817.444551 + 11675.94356 = 12493.388111 vs 12493.388108: 项目支出 written to 5 decimals
    assert not _rules_at(S002, "NAR-006")
    # 001 lines 49-61: 公务用车 24.27 = 0.00 + 24.27; 000: 三公 8.06 = 1 + 7.06, 16.7 = 1 + 15.7, 2.7 = 1 + 1.7
    assert not find(S001, "SUM-002") and not find(S000, "SUM-001")
    # 003 就业专项资金 749.85 in its table (line 1045) and in 基础数据表 (line 805)
    assert not find(S003, "XT-001")
    # 基本/项目支出 in the prose agree with the tables: 000 line 3995 budget 1041.65 and 决算 1093.87
    # (基础数据表 lines 104-107), line 4003 665.21 / 654.94 (lines 54-57); 003 lines 466/580/678/686/692
    # 1445.25 and 2687.75 (公开03 line 211); 004 line 882 988.30 and line 900 306.22 (自评表 lines 162/166);
    # 003 line 760 "项目支出8.7万元" is one named project's spending, not the unit's
    assert not find(S000, "NAR-007") and not find(S003, "NAR-007") and not find(S004, "NAR-007")


def test_seeds_summary_counts():
    # Errors found per seed: the slips above.  002 has one error (0.01%).
    errors = {s: sum(1 for f in findings(s) if f.severity == "error") for s in (S000, S001, S002, S003, S004)}
    assert errors[S002] == 1
    assert all(n > 0 for n in errors.values())


# ------------------------------------------------- every rule fires and stays quiet


TSV_FINAL = """## 收入支出决算总表
公开 01 表
金额单位：万元
收入\t\t\t支出\t\t
项目\t行次\t金额\t项目\t行次\t金额
一、一般公共预算财政拨款收入\t1\t100.00\t一、一般公共服务支出\t31\t100.00
本年收入合计\t27\t100.00\t本年支出合计\t57\t{total01}
## 支出决算表
公开 03 表
金额单位：万元
科目代码\t科目名称\t本年支出合计\t基本支出\t项目支出
栏次\t项目\t1\t2\t3
合计\t\t100.00\t60.00\t40.00
201\t一般公共服务支出\t100.00\t60.00\t40.00
20101\t人大事务\t100.00\t60.00\t{item}
## 2024 年度部门（单位）整体支出绩效自评表
预算部门、单位名称\t示例局
年度预算申请 (万元)\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分
\t年度资金总额\t100\t100\t{executed}\t10\t{rate}\t10
"""


def _load_text(tmp_path: Path, text: str, name: str = "x.txt"):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return load(p)


def _variant(old: str, new: str) -> str:
    text = example_text()
    assert old in text, old
    return text.replace(old, new, 1)


FIRES = {
    # rule: (how to build a package where it fires)
    "SUM-001": ("example", None),                       # deliberate slip of the example: 10.60 vs 5.50 + 5.00
    "SCORE-005": ("example", None),                     # deliberate slip: 90 + 10 = 100 vs 98
    "SUM-002": ("variant", ("\t公车运行维护\n\t6.00\n\t6.00\n\t5.50", "\t公车运行维护\n\t6.00\n\t6.00\n\t5.40")),
    "SUM-003": ("variant", ("\t其中：办公经费\n\t20.00\n\t21.00\n\t20.50", "\t其中：办公经费\n\t20.00\n\t21.00\n\t60.50")),
    "SUM-004": ("variant", ("\t2、人才引进专项经费\n\t100.00", "\t2、人才引进专项经费\n\t90.00")),
    "SUM-005": ("variant", ("\t其中：当年财政拨款\n\t210.00\n\t210.00\n\t205.00", "\t其中：当年财政拨款\n\t210.00\n\t210.00\n\t200.00")),
    "RATE-001": ("variant", ("\t99.51%", "\t95.51%")),
    "RATE-002": ("variant", ("\t90%", "\t80%")),
    "SCORE-001": ("variant", ("\t97.62%\n\t10", "\t97.62%\n\t8")),
    "SCORE-002": ("variant", ("\t≥90%\n\t93%\n\t10\n\t9", "\t≥90%\n\t93%\n\t10\n\t12")),
    "SCORE-003": ("variant", ("\t城镇新增就业人数\n\t≥1000人\n\t1080人\n\t20", "\t城镇新增就业人数\n\t≥1000人\n\t1080人\n\t25")),
    "SCORE-004": ("variant", ("\t城镇新增就业人数\n\t≥1000人\n\t1080人\n\t20", "\t城镇新增就业人数\n\t≥1000人\n\t1080人\n\t25")),
    "XT-001": ("variant", ("\t2、人才引进专项经费\n\t100.00\n\t110.00\n\t105.00", "\t2、人才引进专项经费\n\t100.00\n\t110.00\n\t104.00")),
    "XT-002": ("seed", S003),                           # 公开09 columns collapsed: says so (info)
    "XT-003": ("variant", ("项目支出：320.00", "项目支出：330.00")),
    "XT-004": ("tsv", dict(total01="100.00", item="40.00", executed="90", rate="90%")),
    "FA-001": ("tsv", dict(total01="100.00", item="30.00", executed="100", rate="100%")),
    "FA-002": ("tsv", dict(total01="120.00", item="40.00", executed="100", rate="100%")),
    "FA-003": ("seed", S003),                           # 公开03 line 224: 1222.98 + 1976.55 = 3199.53 (info)
    "FA-004": ("tsv", dict(total01="120.00", item="40.00", executed="100", rate="100%")),
    "FA-005": ("seed", S003),                           # 公开06 line 369: 302 items sum to 185.92 (info)
    "NAR-001": ("seed", S002),
    "NAR-002": ("variant", ("增长0.7%", "增长1.7%")),
    "NAR-003": ("variant", ("完成预算的96.9%", "完成预算的97.9%")),
    "NAR-004": ("variant", ("部门整体支出绩效自评得分为99分", "部门整体支出绩效自评得分为96分")),
    "NAR-005": ("seed", S002),
    "NAR-006": ("seed", S003),
    "NAR-007": ("variant", ("部分项目支出进度偏慢。", "2024年决算项目支出330.00万元，部分项目支出进度偏慢。")),
    "IND-001": ("variant", ("\t引进人才人数\n\t≥20人", "\t引进人才人数\n\t若干")),
    "IND-002": ("variant", ("\t≥2000人次\n\t1800人次\n\t20\n\t18", "\t≥2000人次\n\t1800人次\n\t20\n\t20")),
    "IND-003": ("variant", ("\t10\n\t9\n\t个别服务对象反映办事时间较长", "\t10\n\t9\n\t")),
    "IND-004": ("variant", ("\t补贴发放及时率\n\t≥95%", "\t补贴发放及时率\n\t≥105%")),
    "IND-005": ("variant", ("\t≤210万元", "\t按实际发生")),
    "IND-006": ("seed", S000),                          # 核工业特殊困难群体帮扶解困资金 (line 998): 9 rows copied
    "IND-007": ("seed", S003),
    # a 44-digit 公用经费 figure (a paste slip): beyond the number limits of jixiao/limits.toml
    "VAL-001": ("variant", ("\t其中：办公经费\n\t20.00", "\t其中：办公经费\n\t2000000000000000000000000000000000000000000.00")),
    # the example saved twice in one folder
    "VAL-002": ("twice", None),
}


def _build(kind, arg, tmp_path):
    if kind == "example":
        return _load_text(tmp_path, example_text())
    if kind == "variant":
        return _load_text(tmp_path, _variant(*arg))
    if kind == "seed":
        return package(arg)
    if kind == "twice":
        from jixiao.pipeline import load_many

        for name in ("a.txt", "b.txt"):
            (tmp_path / name).write_text(example_text(), encoding="utf-8")
        (pkg,) = load_many([tmp_path])
        return pkg
    return _load_text(tmp_path, TSV_FINAL.format(**arg))


def test_every_rule_has_a_firing_case():
    assert set(FIRES) == set(RULES)


@pytest.mark.parametrize("rule_id", sorted(FIRES))
def test_rule_fires(rule_id, tmp_path):
    kind, arg = FIRES[rule_id]
    pkg = _build(kind, arg, tmp_path)
    assert [f for f in check(pkg) if f.rule == rule_id], rule_id


QUIET_TSV = dict(total01="100.00", item="40.00", executed="100", rate="100%")


@pytest.mark.parametrize("rule_id", sorted(RULES))
def test_rule_quiet_on_clean_packages(rule_id, tmp_path):
    # The example package is clean except for its two deliberate slips (SUM-001, SCORE-005),
    # which are checked quiet on seeds that have no such slip (000 三公, 001 totals).
    if rule_id == "SUM-001":
        assert not [f for f in check(package(S000)) if f.rule == rule_id]
        return
    if rule_id == "SCORE-005":
        assert not [f for f in check(package(S001)) if f.rule == rule_id]
        return
    for pkg in (_load_text(tmp_path, example_text()), _load_text(tmp_path, TSV_FINAL.format(**QUIET_TSV), "y.txt")):
        assert not [f for f in check(pkg) if f.rule == rule_id], (rule_id, pkg.source)


# ------------------------------------------------------------------------ outputs


def test_rules_doc_is_generated_from_the_code():
    from jixiao.checks.render import rules_markdown

    doc = (Path(__file__).resolve().parents[1] / "docs" / "rules.md").read_text(encoding="utf-8")
    assert doc == rules_markdown()
    for r in RULES.values():
        assert r.doc, f"{r.id} has no docstring"


def test_check_schema_in_docs_is_current():
    import json

    from jixiao.checks.render import check_schema

    committed = json.loads((Path(__file__).resolve().parents[1] / "docs" / "check.schema.json").read_text(encoding="utf-8"))
    assert committed == check_schema()


def test_check_cli_outputs_and_exit_codes(tmp_path):
    import json

    from typer.testing import CliRunner

    from jixiao.cli import app

    ex = tmp_path / "ex.txt"
    ex.write_text(example_text(), encoding="utf-8")
    runner = CliRunner()
    html, js = tmp_path / "r.html", tmp_path / "r.json"
    r = runner.invoke(app, ["check", str(ex), "--html", str(html), "--json", str(js)])
    assert r.exit_code == 1  # the example's two deliberate errors
    assert "SUM-001" in r.output and "SCORE-005" in r.output
    doc = json.loads(js.read_text(encoding="utf-8"))
    assert doc["schema"] == "jixiao.check/1"
    assert doc["reviews"][0]["counts"]["error"] == 2
    page = html.read_text(encoding="utf-8")
    assert "审核意见" in page and "三公经费" in page
    assert "<script" not in page and "http" not in page.replace("http-equiv", "")  # self-contained
    assert runner.invoke(app, ["check", str(ex), "--fail-on", "none"]).exit_code == 0
    clean = tmp_path / "clean.txt"
    clean.write_text(example_text().replace("\t12.50\n\t12.00\n\t10.60", "\t12.50\n\t12.00\n\t10.50")
                     .replace("\t总分\n\t100\n\t98\n\t\n\n\n填表人：张三   填报日期：3月15日  联系电话：0000-0000000     单位负责人签字：李四\n附件四",
                              "\t总分\n\t100\n\t100\n\t\n\n\n填表人：张三   填报日期：3月15日  联系电话：0000-0000000     单位负责人签字：李四\n附件四"),
                     encoding="utf-8")
    r = runner.invoke(app, ["check", str(clean)])
    assert r.exit_code == 0, r.output
    assert runner.invoke(app, ["check", str(ex), "--fail-on", "warning", "--only", "XT-003"]).exit_code == 0
