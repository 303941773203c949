"""Scoring rules on hand-made indicator rows (no seed needed).

Every expected number is computed by hand in the comment next to it.
"""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from jixiao.model import Evaluation, FundsRow, Indicator, Where
from jixiao.scoring import RuleSetError, available, load_ruleset, score_table
from jixiao.scoring.indicators import score_indicator
from jixiao.scoring.rulesets import Rounding
from jixiao.values import Amount, MoneyUnit, parse_target

W = Where(file="t.txt", line=1)
NATIONAL = load_ruleset("national-project")


def ind(target: str, actual: str, weight: str | None, score: str | None, level1="产出指标", level2="数量指标",
        name="指标", na=False) -> Indicator:
    return Indicator(level1=level1, level2=level2, name=name, target=parse_target(target), actual=parse_target(actual),
                     weight=D(weight) if weight else None, score=D(score) if score else None, not_applicable=na,
                     where=W)


def test_shipped_rulesets():
    assert {"national-project", "hebei-department", "zhuzhou", "zhuzhou-strict", "hengshan"} <= set(available())
    r = NATIONAL
    # 财预〔2020〕10号: 产出 50, 效益 30, 满意度 10, 预算执行率 10
    assert r.weights == {"产出指标": 50, "效益指标": 30, "满意度指标": 10, "预算执行率": 10}
    # grades 优 >= 90, 良 80–<90, 中 60–<80, 差 < 60
    assert [r.grade(D(x)) for x in ("90", "89.99", "80", "79.99", "60", "59.99")] == ["优", "良", "良", "中", "中", "差"]
    assert r.grade_name("优秀") == "优" and r.grade_name("良好") == "良"


def test_unknown_ruleset_is_a_clear_error():
    with pytest.raises(RuleSetError, match="没有名为「henan」"):
        load_ruleset("henan")


def test_rounding_policy_is_one_place():
    # 9.625 -> 9.63 (ROUND_HALF_UP, 2 decimals); 9.82 -> 9 (ROUND_DOWN, 0 decimals)
    assert Rounding(decimals=2, rounding="ROUND_HALF_UP").apply(D("9.625")) == D("9.63")
    assert Rounding(decimals=0, rounding="ROUND_DOWN").apply(D("9.82")) == D("9")
    with pytest.raises(ValueError):
        Rounding(rounding="ROUND_NEAREST")


@pytest.mark.parametrize("target,actual,weight,expected", [
    ("≥1.6万人", "13500人", "10", "8.44"),    # 1.35万 / 1.6万 = 0.84375; × 10 = 8.4375 -> 8.44
    ("≥95%", "100%", "10", "10"),             # met -> full 10
    ("≥95%", "0%", "10", "0"),                # zero actual -> 0
    ("≤41.55万元", "40.8万元", "3", "3"),      # within A -> full 3
    ("≤40万元", "50万元", "10", "8"),          # A/B = 40/50 = 0.8; × 10 = 8
    ("≤40万元", "0万元", "10", "10"),          # zero cost is within A -> full
    ("17场", "10场", "10", "5.88"),            # "= A" short: 10/17 = 0.588235…; × 10 = 5.88
    ("260人", "295人", "5", "5"),              # "= A" exceeded: eq_over = full -> 5
    ("90-100%", "85%", "10", "9.44"),          # below the range: 85/90 = 0.9444…; × 10 = 9.44
    ("90-100%", "95%", "10", "10"),            # inside the range -> full
])
def test_quantitative(target, actual, weight, expected):
    s = score_indicator(ind(target, actual, weight, None), NATIONAL)
    assert s.recomputed == D(expected), s.reason
    assert s.status == "missing"   # nothing was reported in these rows


def test_cost_equal_target_reads_as_at_most():
    # 成本指标 "20 万元" with actual 19.25: "=" read as "≤" for a cost -> full 10 (not 19.25/20 × 10)
    s = score_indicator(ind("20 万元", "19.25", "10", "10", level1="成本指标", level2="经济成本指标"), NATIONAL)
    assert (s.recomputed, s.status) == (D("10"), "match")
    assert "成本指标" in s.reason


def test_missing_actual_and_unit_mismatch_are_unscorable():
    s = score_indicator(ind("≥95%", "", "10", "7"), NATIONAL)
    assert (s.status, s.recomputed) == ("unscorable", D("7"))      # reported score kept
    s = score_indicator(ind("2000家", "100%", "30", "30"), NATIONAL)
    assert (s.status, s.recomputed) == ("unscorable", D("30"))
    s = score_indicator(ind("365", "100", "10", "10"), NATIONAL)   # "100" is a completion rate, not 100 of 365
    assert s.status == "unscorable" and "完成率" in s.reason


def test_qualitative_bands():
    # 达成 band 100–80% of 10 = 8–10: a reported 9 stays; a reported 5 is moved to the band's low end 8
    s = score_indicator(ind("及时支出", "及时支出", "10", "9", level2="时效指标"), NATIONAL)
    assert (s.status, s.recomputed) == ("match", D("9"))
    s = score_indicator(ind("及时支出", "及时支出", "10", "5", level2="时效指标"), NATIONAL)
    assert (s.status, s.recomputed) == ("differs", D("8"))
    # 未达成 band 60–0% of 10 = 0–6: a reported 10 is moved to 6
    s = score_indicator(ind("开展第三方审计", "未开展", "10", "10"), NATIONAL)
    assert (s.status, s.recomputed) == ("differs", D("6"))
    # vague text: unscorable, reported score kept
    s = score_indicator(ind("营造清正廉洁环境", "完成度高", "30", "30"), NATIONAL)
    assert (s.status, s.recomputed) == ("unscorable", D("30"))


def test_over_achievement_is_optional():
    row = ind("2000人次", "3012人次", "20", "10")
    plain = score_indicator(row, load_ruleset("zhuzhou"))
    # 3012/2000 = 150.6% >= 150%: not cut under zhuzhou (full 20), but the reason says so
    assert plain.recomputed == D("20") and "未启用超额调减" in plain.reason
    strict = score_indicator(row, load_ruleset("zhuzhou-strict"))
    # zhuzhou-strict: 50% × 20 = 10, as 株洲 scored it (seed 003 line 920)
    assert (strict.recomputed, strict.status, strict.method) == (D("10"), "match", "over_achievement")


def _table(indicators, total_score, budget="100", executed="95", weight="10", score=None) -> Evaluation:
    fr = FundsRow(key="total", label="年度资金总额", adjusted_budget=Amount(value=D(budget), unit=MoneyUnit.WAN),
                  executed=Amount(value=D(executed), unit=MoneyUnit.WAN), weight=D(weight),
                  score=D(score) if score else None, where=W)
    return Evaluation(kind="project", title="项目支出绩效自评表", where=W, name="测试项目", funds=[fr],
                      indicators=indicators, total_weight=D(100), total_score=D(total_score))


def test_not_applicable_rescale():
    # 90 points of indicators, 10 of them 不适用 with a 分值: the other 80 scored 72
    # -> 72 × 90/80 = 81; execution 95/100 × 10 = 9.5; total 81 + 9.5 = 90.5
    rows = [ind("≥100人", "90人", "40", "36"), ind("≥100人", "90人", "40", "36"),
            ind("", "", "10", None, name="不适用此项指标", na=True)]
    t = score_table(_table(rows, "81.5"), NATIONAL)
    assert t.rescale == D(90) / D(80)
    assert t.execution.recomputed == D("9.50")
    assert t.recomputed_total == D("90.50")
    assert t.indicators[2].status == "not_applicable"


def _capped(ev: Evaluation, caps: dict[str, str]) -> Evaluation:
    return ev.model_copy(update={"level1_caps": {k: D(v) for k, v in caps.items()}})


def test_weights_above_the_full_score_give_no_advised_total():
    # 产出 60 + 60 + 效益 30 = 150 of indicators, + execution 10 = 160 against 总分分值 100;
    # labels 产出 (50分) + 效益 (40分) + 10 = 100 agree with the full score, so the weights are off
    rows = [ind("≥100人", "100人", "60", "60"), ind("≥100人", "100人", "60", "60"),
            ind("≥100人", "100人", "30", "30", level1="效益指标")]
    t = score_table(_capped(_table(rows, "95"), {"产出指标": "50", "效益指标": "40"}), NATIONAL)
    # 60 + 60 + 30 + 9.5 (95/100 × 10) = 159.5 > 100
    assert t.recomputed_total == D("159.50") and t.full_score == D(100)
    assert t.advisable is False and t.recomputed_grade is None
    assert "产出指标标注 50 分，其下指标分值合计 120" in t.structure_fix
    assert "效益指标标注 40 分，其下指标分值合计 30" in t.structure_fix and "应按标注调整" in t.structure_fix


def test_a_wrong_label_is_named_when_the_weights_make_the_full_score():
    # 产出 50 + 效益 40 of indicators + 10 = 100; label 效益 (30分) makes 90: the label is the slip
    rows = [ind("≥100人", "100人", "50", "50"), ind("≥100人", "100人", "40", "40", level1="效益指标")]
    t = score_table(_capped(_table(rows, "99.5"), {"产出指标": "50", "效益指标": "30"}), NATIONAL)
    assert t.advisable is True and t.recomputed_total == D("99.50") and t.recomputed_grade == "优"
    assert "效益指标标注 30 分，其下指标分值合计 40；指标分值合计与满分 100 相符，是一级指标的标注有误" in t.structure


def test_new_province_is_a_data_file(tmp_path):
    f = tmp_path / "jiangxi.toml"
    f.write_text('name = "jiangxi"\ntitle = "江西"\nextends = "national-project"\nsource = "赣财绩〔示例〕"\n'
                 '[qualitative]\nachieved = ["100", "80"]\npartial = ["80", "50"]\nnot_achieved = ["50", "0"]\n',
                 encoding="utf-8")
    r = load_ruleset(str(f))
    assert r.name == "jiangxi" and r.qualitative.partial == (D(80), D(50))
    assert r.execution.weight == D(10)             # inherited from national-project
    assert r.qualitative.achieved_words            # lists not restated are inherited too
    # 部分达成 band 80–50% of 10 = 5–8: a reported 4 moves to 5
    s = score_indicator(ind("全部完成", "部分完成", "10", "4"), r)
    assert (s.status, s.recomputed) == ("differs", D("5"))
