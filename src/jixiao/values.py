"""Value parsing (数值解析): amounts, percentages and indicator targets.

Pure functions from cell text to typed values.  Money is ``Decimal`` with an
explicit unit (元/万元); nothing here ever uses float.  Problems are returned as
warnings next to the value, never raised.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from enum import Enum

from pydantic import BaseModel

from .limits import current

# Characters that are layout, not content: ASCII/full-width/no-break spaces.
_SPACES = re.compile(r"[\s\u3000\u00a0\u2002\u2003\u2009\u200b\ufeff]+")
_BLANK_MARKS = {"", "—", "——", "———", "-", "--", "---", "–", "/", "无", "／"}
_DOTS = re.compile(r"^[.。…·．]+$")


class MoneyUnit(str, Enum):
    """Money unit (金额单位)."""

    YUAN = "元"
    WAN = "万元"
    YI = "亿元"

    @property
    def in_yuan(self) -> Decimal:
        return {"元": Decimal(1), "万元": Decimal(10000), "亿元": Decimal(100000000)}[self.value]


class Amount(BaseModel):
    """An amount of money (金额) with its unit."""

    value: Decimal
    unit: MoneyUnit | None = None

    def to(self, unit: MoneyUnit) -> Decimal:
        """The value expressed in ``unit`` (exact; no rounding)."""
        if self.unit is None:
            raise ValueError("amount has no unit")
        return self.value * self.unit.in_yuan / unit.in_yuan


class Parsed(BaseModel):
    """A parsed number plus any warnings about how it was written."""

    value: Decimal | None = None
    unit: str | None = None
    warnings: list[str] = []


def squash(text: str | None) -> str:
    """Remove every kind of space and line break (for comparing labels)."""
    return _SPACES.sub("", text or "")


def is_blank(text: str | None) -> bool:
    """Empty, a dash placeholder ("——") or only spaces."""
    return squash(text) in _BLANK_MARKS


def is_placeholder(text: str | None) -> bool:
    """An empty template row marker: "……", ".....", "...." and the like."""
    s = squash(text)
    return bool(s) and bool(_DOTS.match(s))


_NUM = re.compile(r"^[+-]?(?:\d[\d,，]*)?(?:\.\d+)?$")
_UNIT_SUFFIX = re.compile(r"(万元|亿元|元)$")


def _to_decimal(s: str) -> tuple[Decimal | None, list[str]]:
    warnings: list[str] = []
    if not s or not _NUM.match(s) or not re.search(r"\d", s):
        return None, warnings
    if "," in s or "，" in s:
        intpart = re.split(r"\.", s)[0].lstrip("+-")
        groups = re.split(r"[,，]", intpart)
        well_formed = 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])
        if not well_formed:
            warnings.append(f"千分位分隔符位置异常：「{s}」按 {re.sub(r'[,，]', '', s)} 读取")
        s = re.sub(r"[,，]", "", s)
    try:
        d = Decimal(s)
    except InvalidOperation:
        return None, warnings
    if not plausible(d):
        return None, [out_of_range(s)]
    return d, warnings


OUT_OF_RANGE = "数值超出合理范围"


def out_of_range(s: str) -> str:
    """The warning for a number beyond the limits (:mod:`jixiao.limits`), e.g. 44 digits."""
    n = current().number
    shown = s if len(s) <= 40 else s[:20] + "…" + s[-8:]
    return (f"{OUT_OF_RANGE}：「{shown}」（整数超过 {n.integer_digits} 位或小数超过 {n.fraction_digits} 位），"
            "未作为数字读取")


def plausible(d: Decimal) -> bool:
    """Within the number limits in force (digits and magnitude)."""
    return current().number.plausible(d)


def parse_number(text: str | None) -> Parsed:
    """A plain number such as a score (分值/得分): "10", "　9 ", "99.36"."""
    s = squash(text)
    if s in _BLANK_MARKS:
        return Parsed()
    value, warnings = _to_decimal(s)
    return Parsed(value=value, warnings=warnings)


def parse_amount(text: str | None, default_unit: MoneyUnit | None = None) -> Parsed:
    """An amount: "1,706.86", "37,70.00" (malformed, read as 3770.00 with a warning),
    "4133 万元", "　144000", "——" (blank).  The unit written in the cell wins over
    ``default_unit`` (from the row label or table header)."""
    s = squash(text)
    if s in _BLANK_MARKS:
        return Parsed()
    unit = default_unit.value if default_unit else None
    m = _UNIT_SUFFIX.search(s)
    if m:
        unit = m.group(1)
        s = s[: m.start()]
    value, warnings = _to_decimal(s)
    if value is None:
        return Parsed(warnings=warnings or [f"不是金额：「{text}」"])
    return Parsed(value=value, unit=unit, warnings=warnings)


_PERCENT = re.compile(r"^([+-]?\d+(?:\.\d+)?)[%％]$")


def parse_percent(text: str | None) -> Parsed:
    """A percentage such as an execution rate (执行率) "93.6%": value in percent
    points (93.6), unit "%"."""
    s = squash(text)
    if s in _BLANK_MARKS:
        return Parsed()
    m = _PERCENT.match(s)
    if not m:
        return Parsed(warnings=[f"不是百分比：「{text}」"])
    d = Decimal(m.group(1))
    if not plausible(d):
        return Parsed(warnings=[out_of_range(m.group(1))])
    return Parsed(value=d, unit="%")


def money_unit_in(text: str | None) -> MoneyUnit | None:
    """The money unit named in a label or caption: "项目资金（万元）", "单位：元"."""
    s = squash(text)
    m = re.search(r"(?:单位[:：]|[（(])\s*(万元|亿元|元)", s)
    if m:
        return MoneyUnit(m.group(1))
    return None


# ------------------------------------------------------------------ targets


class Comparison(str, Enum):
    """How an actual value is compared with the target (指标值的比较方式)."""

    GE = ">="
    GT = ">"
    LE = "<="
    LT = "<"
    EQ = "="
    RANGE = "range"


class Quantity(BaseModel):
    value: Decimal
    unit: str | None = None


class Target(BaseModel):
    """A parsed indicator value (年度指标值 or 实际完成值).

    ``kind`` is ``quantitative`` (one or more numbers with units and a
    comparison), ``qualitative`` (text such as "合规", "及时支出",
    "以实际招考人数为准") or ``empty``.  ``text`` is always the original.
    """

    kind: str
    text: str
    comparison: Comparison | None = None
    quantities: list[Quantity] = []

    @property
    def value(self) -> Decimal | None:
        return self.quantities[0].value if self.quantities else None

    @property
    def unit(self) -> str | None:
        return self.quantities[0].unit if self.quantities else None


_GE_PREFIX = ("≥", "≧", ">=", "＞=", "不低于", "不少于", "大于等于", "达到", "达", "超过", "高于", "大于", ">", "＞")
_LE_PREFIX = ("≤", "≦", "<=", "＜=", "不高于", "不超过", "不大于", "小于等于", "控制在", "低于", "小于", "<", "＜")
_STRICT = {"超过": Comparison.GT, "高于": Comparison.GT, "大于": Comparison.GT, ">": Comparison.GT, "＞": Comparison.GT,
           "低于": Comparison.LT, "小于": Comparison.LT, "<": Comparison.LT, "＜": Comparison.LT}
_GE_SUFFIX = ("以上", "及以上", "以上。")
_LE_SUFFIX = ("以内", "之内", "以下", "及以下")
# A unit is short and names a measure, not an action ("12月底完成" is a date, not 12 月底完成).
_UNIT_OK = re.compile(r"^(?:[%‰]|[\u4e00-\u9fffA-Za-z/²㎡·]{1,8})?$")
_NOT_UNIT = re.compile(r"完成|发放|拨付|到位|底|前|内|按|为准")
_QTY = re.compile(r"(\d+(?:\.\d+)?)\s*([%％‰]|[^\d\s、，,；;。.~～\-至到]*)")
_RANGE = re.compile(r"^(\d+(?:\.\d+)?)\s*([^\d\s~～\-至到]*)\s*(?:~|～|-|—|至|到)\s*(\d+(?:\.\d+)?)\s*(\S*)$")


def _unit(u: str) -> str | None:
    u = u.strip().rstrip("。.")
    if u in ("％",):
        return "%"
    return u or None


_DIGITS = re.compile(r"\d+(?:\.\d+)?")


def parse_target(text: str | None) -> Target:
    """Parse an indicator value: "≥95%", "≧99%", "≤41.55万元", "<40 万元", "5.4%以内",
    "95%以上", "2592元/年/人", "8场、6次、4次", "城镇登记失业率低于5%。",
    "以实际招考人数为准" (qualitative), "合规", "及时支出"."""
    original = (text or "").strip().strip("\u3000")
    s = squash(text).rstrip("。.")
    if not s or is_placeholder(s) or s in _BLANK_MARKS:
        return Target(kind="empty", text=original)
    comparison: Comparison | None = None
    body = s
    # A descriptive lead-in ("城镇登记失业率低于5%") keeps its comparison word.
    for words, cmp in ((_GE_PREFIX, Comparison.GE), (_LE_PREFIX, Comparison.LE)):
        for w in words:
            i = body.find(w)
            if i >= 0 and re.match(r"\s*\d", body[i + len(w):]):
                comparison = _STRICT.get(w, cmp)
                body = body[i + len(w):]
                break
        if comparison:
            break
    for words, cmp in ((_GE_SUFFIX, Comparison.GE), (_LE_SUFFIX, Comparison.LE)):
        for w in words:
            if body.endswith(w):
                comparison = comparison or cmp
                body = body[: -len(w)]
                break
    if any(not plausible(Decimal(x)) for x in _DIGITS.findall(body)):
        return Target(kind="qualitative", text=original)
    m = _RANGE.match(body)
    if m and comparison is None:
        u1, u2 = _unit(m.group(2)), _unit(m.group(4))
        return Target(kind="quantitative", text=original, comparison=Comparison.RANGE,
                      quantities=[Quantity(value=Decimal(m.group(1)), unit=u1 or u2),
                                  Quantity(value=Decimal(m.group(3)), unit=u2 or u1)])
    if comparison is not None and not re.match(r"^\d", body):
        lead = re.match(r"^\D+(?=\d)", body)  # "群众满意度90%以上": a description, then the figure
        if lead:
            body = body[lead.end():]
    if not re.match(r"^\d", body):
        return Target(kind="qualitative", text=original)
    parts = re.split(r"[、，,；;]", body)
    quantities: list[Quantity] = []
    for p in parts:
        q = re.fullmatch(r"(\d+(?:\.\d+)?)(.*)", p)
        if not q or not _UNIT_OK.match(q.group(2)) or _NOT_UNIT.search(q.group(2)):
            return Target(kind="qualitative", text=original)
        quantities.append(Quantity(value=Decimal(q.group(1)), unit=_unit(q.group(2))))
    return Target(kind="quantitative", text=original, comparison=comparison or Comparison.EQ, quantities=quantities)
