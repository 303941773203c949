"""Value parsing: amounts, percentages and targets, as they are written in packages.

Examples are the spellings met in the seeds (line numbers given) plus the
variants a clerk types (full-width spaces, dashes, thousands separators).
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jixiao.values import (
    Amount,
    Comparison,
    MoneyUnit,
    is_blank,
    is_placeholder,
    money_unit_in,
    parse_amount,
    parse_number,
    parse_percent,
    parse_target,
)

D = Decimal


@pytest.mark.parametrize(
    "text,value,unit",
    [
        ("1706.86", D("1706.86"), None),          # 000 line 151
        ("4,133.00", D("4133.00"), None),         # 003 line 109
        ("3,199.52", D("3199.52"), None),         # 003 line 116
        ("　144000", D("144000"), None),          # 001 line 342 (full-width space)
        ("33.99　", D("33.99"), None),            # 001 line 46
        ("      9.90", D("9.90"), None),          # 001 line 71
        ("4133 万元", D("4133"), "万元"),          # 003 line 827
        ("0.00", D("0.00"), None),
        ("-12.5", D("-12.5"), None),
        ("1,259.34", D("1259.34"), None),         # 003 line 398
        ("12,516.86万元", D("12516.86"), "万元"),
        ("6000元", D("6000"), "元"),
    ],
)
def test_amounts(text, value, unit):
    p = parse_amount(text)
    assert p.value == value
    assert p.unit == unit
    assert p.warnings == []


def test_malformed_thousands_separator_is_read_and_reported():
    # 001 line 144: "37,70.00" is 3770.00 (2801.21 + 968.79), written with a misplaced comma
    p = parse_amount("37,70.00")
    assert p.value == D("3770.00")
    assert len(p.warnings) == 1 and "37,70.00" in p.warnings[0]


@pytest.mark.parametrize("text", ["", "   ", "　", "——", "—", "-", "---", "/", None])
def test_blank_amounts(text):
    assert parse_amount(text).value is None
    assert is_blank(text)


def test_default_unit_from_label_and_cell_unit_wins():
    assert parse_amount("14.4", MoneyUnit.WAN).unit == "万元"
    assert parse_amount("6000元", MoneyUnit.WAN).unit == "元"


def test_text_is_not_an_amount():
    p = parse_amount("按实际支出数代发")  # 000 line 437
    assert p.value is None and p.warnings


def test_amount_conversion_is_exact():
    assert Amount(value=D("144000"), unit=MoneyUnit.YUAN).to(MoneyUnit.WAN) == D("14.4")
    assert Amount(value=D("14.40"), unit=MoneyUnit.WAN).to(MoneyUnit.YUAN) == D("144000")


@pytest.mark.parametrize(
    "text,value",
    [("100%", D("100")), ("93.6%", D("93.6")), ("95.08%　", D("95.08")), ("66.49%", D("66.49")), ("　100%", D("100"))],
)
def test_percentages(text, value):
    assert parse_percent(text).value == value


def test_percent_rejects_plain_numbers():
    assert parse_percent("100").value is None


@pytest.mark.parametrize("text,value", [("10", D("10")), ("　9 ", D("9")), ("99.36", D("99.36")), ("", None)])
def test_numbers(text, value):
    assert parse_number(text).value == value


@pytest.mark.parametrize("text", ["……", ".....", "....", "…", "。。。"])
def test_placeholders(text):
    assert is_placeholder(text)


def test_placeholder_is_not_text():
    assert not is_placeholder("合规")
    assert not is_placeholder("")


@pytest.mark.parametrize(
    "text,unit",
    [("项目资金\n（万元）", MoneyUnit.WAN), ("填报单位： （盖章）  （2022年度）  单位：元", MoneyUnit.YUAN),
     ("金额单位：万元", MoneyUnit.WAN), ("经费控制情况（万元）", MoneyUnit.WAN), ("项目支出名称", None)],
)
def test_money_unit_in_labels(text, unit):
    assert money_unit_in(text) == unit


# ------------------------------------------------------------------ targets


@pytest.mark.parametrize(
    "text,cmp,values,unit",
    [
        ("≥95%", Comparison.GE, [D("95")], "%"),                   # 000 line 347
        ("≧99%", Comparison.GE, [D("99")], "%"),                   # 000 line 518
        ("≤41.55万元", Comparison.LE, [D("41.55")], "万元"),        # 000 line 407
        ("<40 万元", Comparison.LT, [D("40")], "万元"),             # 003 line 927
        ("5.4%以内", Comparison.LE, [D("5.4")], "%"),              # 004 line 204
        ("95%以上", Comparison.GE, [D("95")], "%"),                # 004 line 214
        ("达95%以上", Comparison.GE, [D("95")], "%"),              # 004 line 452
        ("2592元/年/人", Comparison.EQ, [D("2592")], "元/年/人"),   # 000 line 1118
        ("12人", Comparison.EQ, [D("12")], "人"),                  # 000 line 656
        ("4000 人 次", Comparison.EQ, [D("4000")], "人次"),        # 003 line 1139
        ("≥1.6万人", Comparison.GE, [D("1.6")], "万人"),           # 003 line 944
        ("城镇登记失业率低于5%。", Comparison.LT, [D("5")], "%"),    # 001 line 237
        ("全市参保人数达到362万人以上", Comparison.GE, [D("362")], "万人"),  # 001 line 409
        ("群众满意度90%以上。", Comparison.GE, [D("90")], "%"),      # 001 line 301
        ("90 天之内", Comparison.LE, [D("90")], "天"),              # 003 line 922
        ("150", Comparison.EQ, [D("150")], None),                 # 003 line 1164
    ],
)
def test_quantitative_targets(text, cmp, values, unit):
    t = parse_target(text)
    assert t.kind == "quantitative"
    assert t.comparison == cmp
    assert [q.value for q in t.quantities] == values
    assert t.unit == unit


def test_several_quantities():
    # 000 line 237: three counts with their own units
    t = parse_target("8场、6次、4次")
    assert t.kind == "quantitative"
    assert [(q.value, q.unit) for q in t.quantities] == [(D("8"), "场"), (D("6"), "次"), (D("4"), "次")]


def test_range():
    t = parse_target("80%-90%")
    assert t.comparison == Comparison.RANGE
    assert [q.value for q in t.quantities] == [D("80"), D("90")]
    assert t.unit == "%"


@pytest.mark.parametrize(
    "text",
    ["以实际招考人数为准", "合规", "及时支出", "按实际支出数代发", "影响力提升明显", "12月底完成",
     "公开、平等、竞争、择优", "按A类人才200万元、B类100万元"],
)
def test_qualitative_targets(text):
    t = parse_target(text)
    assert t.kind == "qualitative"
    assert t.text == text
    assert t.quantities == []


@pytest.mark.parametrize("text", ["", "　", "……", None])
def test_empty_targets(text):
    assert parse_target(text).kind == "empty"


# ---------------------------------------------------------- properties


@given(st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False, allow_infinity=False))
def test_grouped_amounts_round_trip(d):
    text = f"{d:,.2f}"
    p = parse_amount(text)
    assert p.value == d
    assert p.warnings == []


@given(st.decimals(min_value=0, max_value=10**6, places=2, allow_nan=False, allow_infinity=False),
       st.sampled_from(["≥", "≤", "<", ">"]), st.sampled_from(["%", "万元", "人", "次"]))
def test_targets_round_trip(d, sign, unit):
    t = parse_target(f"{sign}{d}{unit}")
    assert t.kind == "quantitative"
    assert t.value == d
    assert t.unit == unit


@given(st.text(max_size=30))
def test_parsers_never_raise(s):
    parse_amount(s)
    parse_percent(s)
    parse_number(s)
    parse_target(s)
