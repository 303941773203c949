"""The score report (评分结果): what ``jixiao score`` prints and writes as JSON.

Every recomputed number sits next to the reported one (填报) with a reason in Chinese.
``status`` says how they compare:

- ``match``: the recomputed score equals the reported one (for a qualitative indicator:
  the reported score lies in the band the rule set allows);
- ``differs``: they differ; ``reason`` gives the arithmetic;
- ``unscorable``: the indicator cannot be scored mechanically (vague text, units that do
  not compare): the reported score is kept, never a guess;
- ``missing``: nothing was reported (e.g. a blank 得分 cell) but a score was computed;
- ``not_applicable``: 不适用此项指标, dropped.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, Field

Status = Literal["match", "differs", "unscorable", "missing", "not_applicable"]

SCHEMA_ID = "jixiao.score/1"


class IndicatorScore(BaseModel):
    """One 三级指标: reported (填报) vs recomputed (复核) score."""

    line: int = Field(description="line of the indicator row in the source file")
    level1: str | None = None
    level2: str | None = None
    name: str
    target: str = Field(description="年度指标值 as written")
    actual: str = Field(description="实际完成值 as written")
    weight: Decimal | None = Field(None, description="分值")
    reported: Decimal | None = Field(None, description="填报得分")
    recomputed: Decimal | None = Field(None, description="复核得分 (the reported score when unscorable)")
    status: Status
    method: str = Field(description="rule applied: ge_ratio, le_ratio, eq, range, over_achievement, "
                                    "qualitative_band, unscorable, not_applicable")
    reason: str = Field(description="the arithmetic or why it cannot be scored, in Chinese")


class ExecutionScore(BaseModel):
    """预算执行率得分: 全年执行数 / 全年预算数 × 分值."""

    line: int | None = None
    weight: Decimal | None = Field(None, description="分值 (from the table, else the rule set)")
    adjusted_budget: Decimal | None = Field(None, description="全年预算数")
    executed: Decimal | None = Field(None, description="全年执行数")
    reported_rate: Decimal | None = Field(None, description="填报执行率, percent points")
    computed_rate: Decimal | None = Field(None, description="执行数/预算数, percent points, 2 decimals")
    reported: Decimal | None = None
    recomputed: Decimal | None = None
    status: Status
    reason: str


class SumCheck(BaseModel):
    """填报的指标得分合计 + 执行率得分 vs 填报总分."""

    indicator_sum: Decimal
    execution: Decimal | None = Field(None, description="reported execution score; None when left blank")
    total: Decimal | None = Field(None, description="填报总分")
    matches: bool | None = Field(None, description="None when the total or the execution score is missing")
    message: str


class Level1Sum(BaseModel):
    """Subtotal of one 一级指标 (or 预算执行率): 分值, reported and recomputed scores."""

    level1: str
    weight: Decimal
    reported: Decimal
    recomputed: Decimal


class TableScore(BaseModel):
    """One 自评表 (部门整体 or 项目) scored under a rule set."""

    kind: Literal["department", "project"]
    line: int
    title: str
    name: str | None = None
    indicators: list[IndicatorScore]
    execution: ExecutionScore
    reported_sum: SumCheck
    level1_sums: list[Level1Sum] = Field(default_factory=list, description="预算执行率 first, then each 一级指标")
    rescale: Decimal = Field(Decimal(1), description="factor applied for 不适用 indicators carrying a 分值")
    reported_total: Decimal | None = None
    recomputed_total: Decimal | None = None
    reported_grade: str | None = Field(None, description="grade of the reported total")
    recomputed_grade: str | None = Field(None, description="grade of the recomputed total; None when not advisable")
    full_score: Decimal | None = Field(None, description="满分: the form's 总分 分值, else the rule set's weights")
    advisable: bool = Field(True, description="the recomputed total can be advised: the weights add up to the "
                                              "full score and the total is not above it")
    structure_fix: str | None = Field(None, description="which block of the weights is off, when not advisable")
    structure: list[str] = Field(default_factory=list, description="分值结构 remarks (weights vs caps, vs rule set)")

    @property
    def differences(self) -> list[IndicatorScore]:
        return [i for i in self.indicators if i.status in ("differs", "missing")]


class ItemScore(BaseModel):
    """A node of a report's score tree (投入/过程/产出/效果 and their sub-items)."""

    line: int
    label: str
    cap: Decimal | None = Field(None, description="cap written in the report, else from the rule set")
    cap_source: Literal["report", "ruleset", "none"] = "none"
    reported: Decimal | None = Field(None, description="score written for this item (故此项得 X 分)")
    computed: Decimal | None = Field(None, description="sum of the children, or the item's own score")
    status: Literal["match", "differs", "over_cap", "unscorable"]
    reason: str
    children: list["ItemScore"] = Field(default_factory=list)


class NarrativeScore(BaseModel):
    """A 自评报告 that scores itself item by item (e.g. the Hebei 部门整体 framework)."""

    line: int
    title: str
    items: list[ItemScore]
    computed_total: Decimal | None = None
    stated_total: Decimal | None = Field(None, description="评价得分 stated in the report")
    stated_grade: str | None = None
    recomputed_grade: str | None = None
    matches: bool | None = None
    message: str


class GradeChange(BaseModel):
    """Summary line: reported vs recomputed grade of one table or report."""

    what: str
    line: int
    reported_total: Decimal | None
    recomputed_total: Decimal | None
    reported_grade: str | None
    recomputed_grade: str | None
    advisable: bool = True


class PackageScore(BaseModel):
    """Everything scored in one package (one input file)."""

    source: str
    unit_name: str | None = None
    year: int | None = None
    ruleset: str
    ruleset_reason: str = Field(description="why this rule set (given with --rules, or detected)")
    tables: list[TableScore] = Field(default_factory=list)
    narratives: list[NarrativeScore] = Field(default_factory=list)
    summary: list[GradeChange] = Field(default_factory=list)


class ScoreReport(BaseModel):
    """What ``jixiao score --json`` writes."""

    schema_: str = Field(SCHEMA_ID, alias="schema")
    packages: list[PackageScore]

    model_config = {"populate_by_name": True}
