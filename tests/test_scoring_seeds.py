"""Recomputed scores of the seeds against arithmetic done by hand from the seed text.

Each expected number has its seed line and the arithmetic next to it; nothing is copied from
the program's output.  Line numbers are 1-based lines of the seed files.
"""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from jixiao.scoring import load_ruleset, score_package
from seedlib import package

S000, S001, S002 = "000_a1e8d29c7864ba8d.txt", "001_7c0e03b398c44046.txt", "002_667c629c576ffe37.txt"
S003, S004 = "003_c0781168737441b9.txt", "004_dc9c9a078db0651c.txt"
NATIONAL = load_ruleset("national-project")


def _scored(seed, rules=None):
    return score_package(package(seed), rules)


def _table(ps, line):
    (t,) = [t for t in ps.tables if t.line == line]
    return t


def _indicator(t, name, line):
    cands = [i for i in t.indicators if i.name == name]
    assert cands, name
    return min(cands, key=lambda i: abs(i.line - line))


# ------------------------------------------------------------------------------ rule detection


def test_rule_set_detection():
    assert _scored(S000).ruleset == "hengshan"          # unit 衡山县人力资源和社会保障局 (line 137)
    assert _scored(S001).ruleset == "national-project"  # 衡阳: no local convention
    assert _scored(S002).ruleset == "hebei-department"  # score tree 投入/过程/产出/效果 (lines 145, 171, 241, 255)
    assert _scored(S003).ruleset == "zhuzhou"           # unit 株洲市人力资源和社会保障局 (line 823)
    assert _scored(S004).ruleset == "national-project"


# ------------------------------------------------------------------------------ seed 003 (株洲)


def test_003_department_99_36():
    t = _table(_scored(S003), 821)
    # line 825: 全年预算数 4415.73, 全年执行数 4133, 分值 10, 执行率 93.6%, 得分 9.36
    # 4133 / 4415.73 = 0.935972…; × 10 = 9.35972… -> 9.36 (two decimals, 株洲)
    assert t.execution.recomputed == D("9.36")
    assert t.execution.status == "match"
    # lines 834-850: 5+5+10+5 + 10+10 + 10+10 + 5+5 + 10 + 5 = 90, every target met
    # (≤210.25万元 vs 185.91万元 on line 850 is within the cost target)
    assert t.reported_sum.indicator_sum == D("90")
    # 9.36 + 90 = 99.36 = 总分 line 855
    assert t.reported_sum.matches is True
    assert t.recomputed_total == D("99.36")
    assert (t.reported_grade, t.recomputed_grade) == ("优", "优")


def test_003_zhuxuejin_6_65():
    t = _table(_scored(S003), 1127)
    # line 1132: 全年预算数 595.86, 全年执行数 396.2, 执行率 66.49%, 得分 6.65
    # 396.2 / 595.86 = 0.664921…; × 10 = 6.64921… -> 6.65
    assert t.execution.recomputed == D("6.65") and t.execution.status == "match"
    # reported indicators lines 1139-1148: 15+20+5+5+10+10+20 = 85; 85 + 6.65 = 91.65 = 总分 line 1150
    assert t.reported_sum.indicator_sum == D("85")
    assert t.reported_sum.matches is True and t.reported_total == D("91.65")
    # but line 1139 "4000 人次 / 3962 人次 / 20 / 15": 3962/4000 × 20 = 19.81, not 15,
    # so the recomputed total is 91.65 - 15 + 19.81 = 96.46
    assert _indicator(t, "助学金受助人次", 1139).recomputed == D("19.81")
    assert t.recomputed_total == D("96.46")


def test_003_execution_rate_inconsistent_with_amounts():
    t = _table(_scored(S003), 932)
    # line 937: 全年预算数 150.8, 全年执行数 12.6, yet 执行率 100% and 得分 10
    # 12.6 / 150.8 = 0.083554…; × 10 = 0.83554… -> 0.84
    assert t.execution.recomputed == D("0.84")
    assert t.execution.status == "differs"
    assert t.execution.computed_rate == D("8.36")   # 8.3554…% -> 8.36%
    assert "与金额不符" in t.execution.reason


def test_003_blank_execution_score_is_implied_from_total():
    t = _table(_scored(S003), 1016)
    # line 1021: 20 / 19.25 / 10 / 96.25%, 得分 cell missing; 总分 89.62 (line 1038)
    # indicators lines 1028-1036: 15+15+0+10+10+10+10+10 = 80 -> implied execution 89.62 - 80 = 9.62
    assert t.execution.reported is None and t.execution.status == "missing"
    assert t.reported_sum.matches is None and "9.62" in t.reported_sum.message
    # 19.25/20 × 10 = 9.625 -> 9.63 with ROUND_HALF_UP: one hundredth above the implied 9.62
    assert t.execution.recomputed == D("9.63")
    assert t.recomputed_total == D("89.63")


# Partly met quantitative indicators under national-project: (seed, table line, name, indicator line,
# recomputed, reported) with the arithmetic.
PARTLY_MET = [
    # line 944: ≥1.6万人 / 1.35万人 / 10 / 2: 1.35/1.6 = 0.84375; × 10 = 8.4375 -> 8.44
    (S003, 932, "全市新增农村劳动力转移就业人数", 944, "8.44", "2"),
    # line 969: ≥1600 人 / 994 人 / 10 / 5: 994/1600 = 0.62125; × 10 = 6.2125 -> 6.21
    (S003, 957, "评审人数", 969, "6.21", "5"),
    # line 869: 17 场 / 10 场 / 10 / 5: 10/17 = 0.588235…; × 10 = 5.88235… -> 5.88
    (S003, 857, "组织考试场次", 869, "5.88", "5"),
    # line 870: 8 万人 / 5 万人 / 10 / 5: 5/8 = 0.625; × 10 = 6.25
    (S003, 857, "服务考生人数", 870, "6.25", "5"),
    # line 1164: 150 / 125 / 20 / 15: 125/150 = 0.83333…; × 20 = 16.6666… -> 16.67
    (S003, 1152, "公开招聘人数", 1164, "16.67", "15"),
    # line 1186: 80人 / 76人 / 15 / 15: 76/80 = 0.95; × 15 = 14.25 (reported generously as 15)
    (S003, 1173, "高级职称评审通过人数", 1186, "14.25", "15"),
    # lines 787-791: 服务企业满意度 95 / 90 / 10 / 8: 90/95 = 0.947368…; × 10 = 9.47368… -> 9.47
    (S001, 632, "服务企业满意度", 782, "9.47", "8"),
    # lines 456-460: 事业单位公开招考工作 ≥74.63万元 / ≥69.46万元 / 3 / 2:
    # 69.46/74.63 = 0.930725…; × 3 = 2.79217… -> 2.79
    (S000, 135, "事业单位公开招考工作", 453, "2.79", "2"),
    # lines 396-400: 基本支出 ≤1041.65万元 / ≤1093.87万元 / 3 / 3: over the cost target,
    # A/B = 1041.65/1093.87 = 0.952261…; × 3 = 2.85678… -> 2.86
    (S000, 135, "基本支出", 393, "2.86", "3"),
    # line 1030: 第三方审计 1 次 / 0 / 10 / 0: zero actual -> 0
    (S003, 1016, "第三方审计", 1030, "0", "0"),
]


@pytest.mark.parametrize("seed,table,name,line,recomputed,reported", PARTLY_MET)
def test_partly_met_quantitative_national(seed, table, name, line, recomputed, reported):
    i = _indicator(_table(_scored(seed, NATIONAL), table), name, line)
    assert i.reported == D(reported)
    assert i.recomputed == D(recomputed), i.reason
    assert i.status == ("match" if recomputed == reported else "differs")


def test_reason_gives_the_arithmetic():
    i = _indicator(_table(_scored(S003, NATIONAL), 932), "全市新增农村劳动力转移就业人数", 944)
    assert "≥1.6万人" in i.reason and "1.35万人" in i.reason and "B/A" in i.reason
    assert "计 8.44 分" in i.reason and "填报 2 分" in i.reason


# ------------------------------------------------------------------------------ seed 000 (衡山)


def test_000_department_88():
    t = _table(_scored(S000), 135)
    sums = {r.level1: r.reported for r in t.level1_sums}
    # line 156 执行率得分 10; 产出 lines 222-483: 2+1×9 + 1×6 + 3 + (3+2+2+3+3+2+2+2+2+1) = 11+6+3+22 = 42;
    # 效益 lines 504-544: 6+6+5+6+5 = 28 (经济效益 不适用, line 497); 满意度 line 554: 8
    assert sums == {"预算执行率": D("10"), "产出指标": D("42"), "效益指标": D("28"), "满意度指标": D("8")}
    # 10 + 42 + 28 + 8 = 88 = 总分 line 567
    assert t.reported_sum.matches is True and t.reported_total == D("88")
    # lines 494-495 "效益指标（40分）"; the weights (10 + 90 under the labels) make the full 100, so
    # the label is the slip, and the recomputed total stays advisable
    assert t.structure == ["效益指标标注 40 分，其下指标分值合计 30；指标分值合计与满分 100 相符，是一级指标的标注有误"]
    assert t.advisable is True and t.structure_fix is None


def test_000_whole_points_round_down():
    ps = _scored(S000)
    # lines 806-812: 12.85 / 10.46 / 81.4% / 8: 10.46/12.85 = 0.814007…; × 10 = 8.14 -> whole points 8
    assert _table(ps, 786).execution.recomputed == D("8")
    # lines 1433-1439: 41.55 / 40.8 / 98.2% / 9: 40.8/41.55 = 0.981949…; × 10 = 9.819… -> 9 (rounded down)
    e = _table(ps, 1413).execution
    assert (e.recomputed, e.status) == (D("9"), "match")
    # under the national rule (two decimals, half up) the same row is 9.82, not the reported 9
    e = _table(_scored(S000, NATIONAL), 1413).execution
    assert (e.recomputed, e.status) == (D("9.82"), "differs")


@pytest.mark.parametrize("line,indicators,execution,total", [
    (1617, "88", "9", "100"),   # 20+10+9+9 + 10+10+10 + 10 = 88; 88 + 9 = 97, written 100 (line 1799)
    (1997, "86", "9", "94"),    # 10+15+8+13 + 10+10+10 + 10 = 86; 86 + 9 = 95, written 94 (line 2181)
    (2369, "89", "10", "100"),  # 5+5+5+5+10+5+15 + 10+10+10 + 9 = 89; 89 + 10 = 99, written 100 (line 2581)
])
def test_000_reported_sums_that_do_not_add_up(line, indicators, execution, total):
    sc = _table(_scored(S000), line).reported_sum
    assert (sc.indicator_sum, sc.execution, sc.total, sc.matches) == (D(indicators), D(execution), D(total), False)


# ------------------------------------------------------------------------------ seed 004 (君山)


def test_004_project_sum_and_weights():
    t = _table(_scored(S004), 482)
    # indicators 15+15+15+10+15+15+15 = 100 (lines 573…789) + funds 得分 10 (line 512) = 110, 总分 100 (line 846)
    assert (t.reported_sum.indicator_sum, t.reported_sum.execution, t.reported_sum.matches) == (D(100), D(10), False)
    # weights 100 + 10 = 110 against 总分分值 100 (line 845)
    assert any("110" in s and "总分分值 100" in s for s in t.structure)


def test_004_total_above_the_full_score_is_never_advised():
    # 部门整体自评表 (line 132): 产出指标 labelled (50分) (line 201) over eight indicators of 10
    # (lines 203-293: 城镇登记失业率 … 公益性岗位补贴人均标准) = 80; 效益指标 （30分） (line 323)
    # over 10 + 5 = 15; 满意度 （10分） (line 449) over one of 5; 执行率 分值 10; 总分分值 100.
    # Labels 50 + 30 + 10 + 10 = 100 agree with the full score, the weights (110) do not.
    t = _table(_scored(S004), 132)
    assert t.full_score == D(100) and t.recomputed_total == D(110)
    assert t.advisable is False and t.recomputed_grade is None
    assert "产出指标标注 50 分，其下指标分值合计 80" in t.structure_fix and "应按标注调整" in t.structure_fix
    line = next(g for g in _scored(S004).summary if g.line == 132)
    assert line.advisable is False and line.recomputed_grade is None


def test_004_corrected_forms_keep_the_reported_total():
    from jixiao.writers import corrected_package

    fixed, changed = corrected_package(package(S004))
    dept = next(i for i, e in enumerate(fixed.evaluations) if e.where.line == 132)
    # 总分 row of the department table (lines 478-480): 分值 100, 得分 99 as filed; never "110"
    assert fixed.evaluations[dept].total_score == D(99) and "total" not in changed[dept]


# ------------------------------------------------------------------------------ seed 002 (河北)


def test_002_score_tree_95_35():
    (n,) = _scored(S002).narratives
    groups = {i.label: i.computed for i in n.items}
    # 投入 (line 145): 7 + 3 + 2 + 3.75 + 2 = 17.75 (lines 151, 155, 161, 165, 169)
    # 过程 (line 171): (2×7 + 4 + 5 = 23) + (2+2+1+1.6 = 6.6) + (4+4 = 8) = 37.6
    # 产出 (line 241): 10 + 10 + 5 = 25; 效果 (line 255): 9 + 6 = 15
    assert groups == {"投入指标": D("17.75"), "过程（执行）指标": D("37.6"), "产出指标": D("25"), "效果指标": D("15")}
    # 17.75 + 37.6 + 25 + 15 = 95.35 = "评价得分为 95.35 分" (line 271)
    assert n.computed_total == D("95.35") and n.stated_total == D("95.35") and n.matches is True
    # 95.35 >= 90 -> 优, stated "优秀" (line 271)
    assert n.recomputed_grade == "优"
    # caps not written for 产出/效果 (lines 241, 255) come from the rule set: 25 and 15
    by_label = {i.label: i for i in n.items}
    assert (by_label["产出指标"].cap, by_label["产出指标"].cap_source) == (D(25), "ruleset")
    assert (by_label["投入指标"].cap, by_label["投入指标"].cap_source) == (D(20), "report")
    assert all(i.status == "match" for i in n.items)


# ------------------------------------------------------------------------------ every table


@pytest.mark.parametrize("seed", [S000, S001, S003, S004])
def test_every_table_has_a_sum_check(seed):
    ps = _scored(seed)
    assert len(ps.tables) == len(package(seed).evaluations)
    for t in ps.tables:
        assert t.reported_sum.message
        assert t.recomputed_total is not None
    assert len(ps.summary) == len(ps.tables) + len(ps.narratives)
