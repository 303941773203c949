"""Rule sets (评分规则集) kept as data: TOML files in ``jixiao/rulesets/``.

A rule set names the weights (分值), grades (评价等级), the execution score (预算执行率得分),
how indicators (绩效指标) are scored and, for a 部门整体 report, the framework of scored
groups.  A file may ``extends`` another: tables are merged key by key, lists replace.
Adding a province is adding a file; no code changes.

Rounding policy (取舍规则) lives here and only here: :meth:`Rounding.apply`.  The number of
decimals and the rounding mode (a :mod:`decimal` mode name such as ``ROUND_HALF_UP``) are
rule-set parameters of the execution score and of the indicator scores.
"""

from __future__ import annotations

import decimal
import tomllib
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field, field_validator

from .. import datafile
from ..model import Package

_ROUNDING_MODES = {
    "ROUND_HALF_UP", "ROUND_HALF_EVEN", "ROUND_HALF_DOWN", "ROUND_DOWN", "ROUND_UP", "ROUND_FLOOR", "ROUND_CEILING",
}


class Rounding(BaseModel):
    """Rounding of a score (得分取舍): decimals and a :mod:`decimal` rounding mode."""

    decimals: int = 2
    rounding: str = "ROUND_HALF_UP"

    @field_validator("rounding")
    @classmethod
    def _known_mode(cls, v: str) -> str:
        if v not in _ROUNDING_MODES:
            raise ValueError(f"unknown rounding mode {v!r}")
        return v

    def apply(self, value: Decimal) -> Decimal:
        """The one place where scores are rounded."""
        return value.quantize(Decimal(1).scaleb(-self.decimals), rounding=getattr(decimal, self.rounding))


class Grade(BaseModel):
    """A grade (评价等级): totals >= ``min`` get it (checked from the highest)."""

    name: str
    min: Decimal
    aliases: list[str] = Field(default_factory=list)


class ExecutionRule(Rounding):
    """预算执行率得分 = min(全年执行数 / 全年预算数, cap_rate) × 分值."""

    weight: Decimal = Decimal(10)
    cap_rate: Decimal = Decimal(1)


class IndicatorRule(Rounding):
    """How a quantitative indicator (定量指标) is scored."""

    eq_over: Literal["full", "ratio"] = "full"
    cost_words: list[str] = Field(default_factory=list)
    missing_actual: Literal["unscorable", "zero"] = "unscorable"
    tolerance: Decimal = Decimal(0)
    completion_rate_actual: bool = True


class QualitativeRule(BaseModel):
    """Three bands of a qualitative indicator (定性指标), in percent of 分值 (high, low)."""

    achieved: tuple[Decimal, Decimal]
    partial: tuple[Decimal, Decimal]
    not_achieved: tuple[Decimal, Decimal]
    achieved_words: list[str] = Field(default_factory=list)
    partial_words: list[str] = Field(default_factory=list)
    not_achieved_words: list[str] = Field(default_factory=list)


class NotApplicableRule(BaseModel):
    """不适用此项指标: dropped; ``rescale`` the rest when they carry a 分值."""

    rescale: bool = True


class OverAchievementRule(BaseModel):
    """Optional: actual >= ratio × target scores ``factor`` × 分值 (指标值设定明显偏低)."""

    enabled: bool = False
    ratio: Decimal = Decimal("1.5")
    factor: Decimal = Decimal("0.5")


class FrameworkItem(BaseModel):
    """A scored sub-item of a 部门整体 framework (e.g. 预算执行 25 分)."""

    name: str
    match: list[str]
    cap: Decimal


class FrameworkGroup(FrameworkItem):
    """A scored group of a 部门整体 framework (投入 / 过程 / 产出 / 效果)."""

    items: list[FrameworkItem] = Field(default_factory=list)


class Detect(BaseModel):
    """When a package shows that it follows this rule set."""

    unit_name_contains: list[str] = Field(default_factory=list)
    score_tree_framework: bool = False


class RuleSet(BaseModel):
    """A rule set (评分规则集) as loaded from its TOML file (after ``extends``)."""

    name: str
    title: str
    source: str
    extends: str | None = None
    weights: dict[str, Decimal] = Field(default_factory=dict)
    weight_groups: dict[str, str] = Field(default_factory=dict)
    grades: list[Grade]
    execution: ExecutionRule
    indicators: IndicatorRule
    qualitative: QualitativeRule
    not_applicable: NotApplicableRule = NotApplicableRule()
    over_achievement: OverAchievementRule = OverAchievementRule()
    framework: list[FrameworkGroup] = Field(default_factory=list)
    detect: Detect = Detect()

    def grade(self, total: Decimal | None) -> str | None:
        """The grade (评价等级) of a total score."""
        if total is None:
            return None
        for g in sorted(self.grades, key=lambda g: g.min, reverse=True):
            if total >= g.min:
                return g.name
        return None

    def grade_name(self, text: str | None) -> str | None:
        """A grade as written ("优秀") in this rule set's names ("优")."""
        if not text:
            return None
        for g in self.grades:
            if text == g.name or text in g.aliases:
                return g.name
        return text


class RuleSetError(ValueError):
    """A rule set that does not exist or cannot be read."""


def _files(extra: Path | None = None) -> dict[str, Any]:
    """Shipped rule sets, plus those in the folder ``extra`` (they win on a name clash)."""
    return datafile.files("rulesets", extra)


def available() -> list[str]:
    """Names of the shipped rule sets."""
    return sorted(_files())


def _raw(name: str, extra: Path | None = None) -> dict[str, Any]:
    try:
        return datafile.load_raw(name, _files(extra), "评分规则集")
    except datafile.DataFileError as e:
        raise RuleSetError(str(e)) from e


def load_ruleset(name: str) -> RuleSet:
    """A rule set by name or file (see :func:`read_ruleset`); shipped ones are read once and
    kept (a file named by path is read again each time: it may have changed)."""
    if name.endswith(".toml"):
        return read_ruleset(name)
    return _shipped(name).model_copy(deep=True)


@lru_cache(maxsize=32)
def _shipped(name: str) -> RuleSet:
    return read_ruleset(name)


def read_ruleset(name: str) -> RuleSet:
    """Load a rule set by name (``national-project``, ``hebei-department`` …) or from a
    ``.toml`` file path (its ``extends`` may name a shipped rule set or a file beside it)."""
    path = Path(name)
    if name.endswith(".toml"):
        if not path.is_file():
            raise RuleSetError(f"找不到评分规则集文件「{name}」")
        name, extra = path.stem, path.parent
    else:
        extra = None
    try:
        return RuleSet.model_validate(_raw(name, extra=extra))
    except (tomllib.TOMLDecodeError, ValueError) as e:
        if isinstance(e, RuleSetError):
            raise
        raise RuleSetError(f"评分规则集「{name}」无法读取：{datafile.invalid(e)}") from e


DEFAULT = "national-project"


def detect(pkg: Package) -> tuple[RuleSet, str]:
    """The rule set a package shows it follows, and why (in Chinese).

    A department report whose score tree matches a framework wins; then a unit name
    named in a rule set's ``detect``; otherwise the national default.
    """
    sets = [load_ruleset(n) for n in available()]
    for rs in sets:
        if rs.detect.score_tree_framework and rs.framework:
            for n in pkg.narratives:
                roots = [i.label for i in n.score_tree]
                hits = sum(1 for g in rs.framework if any(any(m in r for m in g.match) for r in roots))
                if roots and hits == len(rs.framework):
                    return rs, f"自评报告的评分结构（{'、'.join(roots)}）与规则集「{rs.name}」一致"
    for rs in sets:
        for word in rs.detect.unit_name_contains:
            if word in (pkg.unit_name or ""):
                return rs, f"单位名称含「{word}」"
    return load_ruleset(DEFAULT), "未发现地方做法，按国家默认规则"
