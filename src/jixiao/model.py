"""The typed package (绩效自评材料): what every later stage works on.

One :class:`Package` per source file.  Each form keeps the place it came from
(:class:`Where`) so that findings can point a clerk to the exact row.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, Field

from .values import Amount, MoneyUnit, Target


class Where(BaseModel):
    """Location in the source: file and line (or row) number, and where it can, the place as the
    original shows it (what a clerk finds in Word, Excel or a PDF viewer)."""

    file: str
    line: int
    place: str | None = Field(None, description="the place in the original's own terms: 表3 第5行 第2列 (.docx), "
                                                "Sheet1!C12 (.xlsx), 第2页 表1 第4行 (.pdf); none for text exports")

    def shown(self) -> str:
        """The place for a message: the original's own terms, else the line."""
        return self.place or (f"第{self.line}行" if self.line else "")


class Diagnostic(BaseModel):
    """A problem noticed while reading (读取提示), e.g. a malformed amount."""

    code: str
    message: str
    where: Where
    severity: Literal["info", "warning", "error"] = "warning"


class Unplaced(BaseModel):
    """A cell or paragraph that no recogniser could place (未归位内容)."""

    text: str
    where: Where
    context: str = Field(description="the form or block it was found in")


# ------------------------------------------------------------ 基础数据表


class Staffing(BaseModel):
    """财政供养人员情况: 编制数, 实际在职人数, 控制率."""

    authorized: Decimal | None = None
    actual: Decimal | None = None
    control_rate: Decimal | None = Field(None, description="percent points as written, e.g. 78 for 78%")
    where: Where


class ControlRow(BaseModel):
    """One 经费控制 row (三公经费, 项目支出, 公用经费 …) with its three year columns."""

    label: str
    key: str = Field(description="stable key, e.g. three_public, vehicle, project, project_item, public_funds")
    values: list[Amount | None] = Field(description="in the order of BasicData.columns")
    where: Where


class BuildingControl(BaseModel):
    """楼堂馆所控制情况."""

    approved_area: Decimal | None = None
    actual_area: Decimal | None = None
    area_control_rate: Decimal | None = None
    budget_investment: Amount | None = None
    actual_investment: Amount | None = None
    investment_control_rate: Decimal | None = None
    where: Where


class Footer(BaseModel):
    """填表人 / 填报日期 / 联系电话 / 单位负责人签字."""

    filler: str | None = None
    fill_date: str | None = None
    phone: str | None = None
    head: str | None = None
    where: Where


class BasicData(BaseModel):
    """部门整体支出绩效评价基础数据表."""

    id: str = ""
    title: str
    where: Where
    money_unit: MoneyUnit | None = None
    staffing: Staffing | None = None
    columns: list[str] = Field(default_factory=list, description="e.g. 2023 年决算数, 2024 年预算数, 2024 年决算数")
    rows: list[ControlRow] = Field(default_factory=list)
    buildings: BuildingControl | None = None
    frugality_measures: str | None = None
    captions: list[str] = Field(default_factory=list, description="填报单位/单位 lines as written")
    notes: list[str] = Field(default_factory=list)
    footer: Footer | None = None

    def row(self, key: str) -> ControlRow | None:
        return next((r for r in self.rows if r.key == key), None)


# ------------------------------------------------------ 自评表 (部门整体 / 项目)


class FundsRow(BaseModel):
    """One row of the funds block (资金情况): 年度资金总额, 当年财政拨款, 上年结转资金, 其他资金,
    or, by template, 中央补助 / 省级 / 市级 / 县级 / 地方资金."""

    id: str = ""
    key: str = Field(description="row role of the form definition: total, current_year, carryover, other, "
                                 "central, provincial, municipal, county, local")
    label: str
    initial_budget: Amount | None = Field(None, description="年初预算数")
    adjusted_budget: Amount | None = Field(None, description="全年预算数")
    executed: Amount | None = Field(None, description="全年执行数")
    weight: Decimal | None = Field(None, description="分值")
    rate: Decimal | None = Field(None, description="执行率 in percent points")
    score: Decimal | None = Field(None, description="得分")
    note: str | None = Field(None, description="原因 (why the execution differs), where the form has that column")
    breakdown: dict[str, dict[str, Amount | None]] = Field(
        default_factory=dict,
        description="sub-columns of a two-row header, by role: {'executed': {'财政资金': …, '其他资金': …}}")
    where: Where


class Goals(BaseModel):
    """年度总体目标: 预期目标 vs 实际完成情况."""

    expected: str | None = None
    actual: str | None = None
    where: Where


class Indicator(BaseModel):
    """A 三级指标 row of the indicator tree (绩效指标)."""

    id: str = ""
    level1: str | None = Field(None, description="一级指标")
    level2: str | None = Field(None, description="二级指标")
    name: str = Field(description="三级指标")
    target: Target = Field(description="年度指标值")
    actual: Target = Field(description="实际完成值")
    weight: Decimal | None = Field(None, description="分值")
    score: Decimal | None = Field(None, description="得分")
    deviation: str | None = Field(None, description="偏差原因分析及改进措施")
    rubric: str | None = Field(None, description="评分标准, where the form has that column")
    not_applicable: bool = Field(False, description="不适用此项指标")
    extra: list[str] = Field(default_factory=list, description="other text in the row (shifted duplicates)")
    where: Where


class Evaluation(BaseModel):
    """部门整体支出绩效自评表 (kind=department) or 项目支出绩效自评表 (kind=project)."""

    id: str = ""
    form: str | None = Field(None, description="the form definition it was read with (jixiao/forms/<id>.toml)")
    kind: Literal["department", "project"]
    title: str
    where: Where
    name: str | None = Field(None, description="项目名称, or the unit name for department tables")
    unit_name: str | None = Field(None, description="预算部门、单位名称")
    supervisor: str | None = Field(None, description="主管部门")
    implementer: str | None = Field(None, description="实施单位")
    fields: dict[str, str] = Field(default_factory=dict, description="other header fields (项目类别 …) as written")
    year: int | None = None
    money_unit: MoneyUnit | None = None
    money_unit_conflict: str | None = Field(None, description="when caption and label name different units")
    funds: list[FundsRow] = Field(default_factory=list)
    by_source: dict[str, Amount | None] = Field(default_factory=dict, description="按收入性质分")
    by_nature: dict[str, Amount | None] = Field(default_factory=dict, description="按支出性质分")
    duties: str | None = Field(None, description="部门职能职责概述")
    goals: Goals | None = None
    level1_caps: dict[str, Decimal] = Field(default_factory=dict, description="cap written in the 一级 label")
    indicators: list[Indicator] = Field(default_factory=list)
    placeholder_rows: list[int] = Field(default_factory=list, description="lines of empty template rows")
    total_weight: Decimal | None = Field(None, description="总分 row, 分值")
    total_score: Decimal | None = Field(None, description="总分 row, 得分")
    footer: Footer | None = None
    captions: list[str] = Field(default_factory=list, description="填报单位/单位/年度 lines as written")
    notes: list[str] = Field(default_factory=list)
    spilled_labels: list[str] = Field(
        default_factory=list, description="extra 二级 labels a collapsed layout left on rows without indicators"
    )

    def fund(self, key: str) -> FundsRow | None:
        return next((f for f in self.funds if f.key == key), None)

    def counted(self) -> list[Indicator]:
        return [i for i in self.indicators if not i.not_applicable]


# ------------------------------------------------------------ narratives


class ScoreItem(BaseModel):
    """A scored item of a report's score breakdown: "（N 分）… 故此项得 X 分"."""

    label: str
    cap: Decimal | None = None
    score: Decimal | None = None
    where: Where
    children: list["ScoreItem"] = Field(default_factory=list)

    def total(self) -> Decimal | None:
        if self.score is not None:
            return self.score
        parts = [c.total() for c in self.children]
        parts = [p for p in parts if p is not None]
        return sum(parts, Decimal(0)) if parts else None


class Section(BaseModel):
    """A section of a narrative, opened by a numbered heading (一、(一) 1. (1))."""

    heading: str
    numbering: str | None = None
    level: int
    where: Where
    paragraphs: list[str] = Field(default_factory=list)
    children: list["Section"] = Field(default_factory=list)


class RawTable(BaseModel):
    """A table kept cell by cell where no form applies (e.g. signatories)."""

    where: Where
    rows: list[list[str]]


class Narrative(BaseModel):
    """自评报告, 决算情况说明, 概况, 名词解释: prose kept verbatim, by section."""

    id: str = ""
    kind: Literal["self_report", "final_account_notes", "overview", "glossary", "other"]
    title: str
    where: Where
    preamble: list[str] = Field(default_factory=list, description="paragraphs before the first heading")
    sections: list[Section] = Field(default_factory=list)
    tables: list[RawTable] = Field(default_factory=list)
    score_tree: list[ScoreItem] = Field(default_factory=list)
    stated_total: Decimal | None = Field(None, description="评价得分 stated in the text")
    stated_grade: str | None = None

    def all_sections(self) -> list[Section]:
        out: list[Section] = []

        def walk(ss: list[Section]) -> None:
            for s in ss:
                out.append(s)
                walk(s.children)

        walk(self.sections)
        return out


# ------------------------------------------------------------ 部门决算


class AccountLine(BaseModel):
    """A row (or one side of a two-sided row) of a 决算 or 预算 table."""

    id: str = ""
    code: str | None = Field(None, description="科目代码: 功能分类 201/20101/2010102 or 经济分类 301/30101")
    name: str
    labels: list[str] = Field(default_factory=list, description="every label of the row, outermost first, where "
                              "a row is named by several columns (一般公共预算资金 / 小计)")
    row_no: str | None = Field(None, description="行次")
    amounts: dict[str, Amount | None] = Field(default_factory=dict, description="column name -> amount")
    side: str | None = Field(None, description="收入/支出 for two-sided tables")
    where: Where


class AccountTable(BaseModel):
    """A table of accounts (决算表 / 预算表): header, lines by 科目, notes."""

    id: str = ""
    kind: str = Field("", description="the table of its family by name: income_expenditure_summary, three_public, "
                                      "budget_summary … (jixiao/forms/final-accounts.toml, budget.toml)")
    code: str = Field(description="the mark as printed (公开01 …), or the table's standard name when none is printed")
    title: str
    where: Where
    money_unit: MoneyUnit | None = None
    department: str | None = None
    columns: list[str] = Field(default_factory=list)
    header_rows: list[list[str]] = Field(default_factory=list)
    lines: list[AccountLine] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)
    empty: bool = Field(False, description="printed with no figures (e.g. no 政府性基金 spending: 本单位无…)")

    def by_code(self, code: str) -> AccountLine | None:
        return next((x for x in self.lines if x.code == code), None)

    @property
    def marked(self) -> bool:
        return self.code.startswith("公开")

    @property
    def label(self) -> str:
        """The table as findings name it: "公开01 收入支出决算总表", or the title alone."""
        return f"{self.code} {self.title}" if self.marked else self.title

    @property
    def short(self) -> str:
        """The table in a sentence: "公开01表", or "「收入支出决算总表」"."""
        return f"{self.code}表" if self.marked else f"「{self.title}」"


class FinalAccountTable(AccountTable):
    """部门决算 公开01–09表 (决算表)."""


class BudgetTable(AccountTable):
    """部门预算公开表 (预算表): 收支总表 … 绩效目标表; never a 决算."""


class UnrecognisedTable(BaseModel):
    """A table that matches no form definition (未识别表格): kept cell by cell and reported."""

    id: str = ""
    title: str | None = Field(None, description="the line above it, when there is one")
    header: list[str] = Field(description="its first row's cells")
    rows: list[list[str]]
    where: Where


class Provenance(BaseModel):
    """How a result was made: program version, definitions and inputs (来源记录)."""

    jixiao: str
    definitions: list[str] = Field(default_factory=list, description="id@version of the form definitions in force")
    inputs: dict[str, str] = Field(default_factory=dict, description="file name -> SHA-256")


# ------------------------------------------------------------- package


class Package(BaseModel):
    """Everything read from one file (or, later, one folder) of a unit and year."""

    source: str = Field(description="the file name, or the names joined with ' + ' for a folder package")
    sources: list[str] = Field(default_factory=list, description="every file of the package")
    layout: str
    id: str = Field("", description="stable id: the first 16 hex digits of the file's SHA-256")
    document_kind: Literal["evaluation", "final_accounts", "budget", "mixed", "unknown"] = "unknown"
    unit_name: str | None = None
    year: int | None = None
    template: list[str] = Field(default_factory=list, description="placeholders showing an unfilled template (XX, x,xxx)")
    attachments: list[str] = Field(default_factory=list, description="附件 markers as written")
    basic_data: list[BasicData] = Field(default_factory=list)
    evaluations: list[Evaluation] = Field(default_factory=list)
    narratives: list[Narrative] = Field(default_factory=list)
    final_accounts: list[FinalAccountTable] = Field(default_factory=list)
    budget_tables: list[BudgetTable] = Field(default_factory=list)
    unrecognised_tables: list[UnrecognisedTable] = Field(default_factory=list)
    provenance: Provenance | None = None
    toc: list[str] = Field(default_factory=list, description="table of contents lines (目录)")
    unplaced: list[Unplaced] = Field(default_factory=list)
    diagnostics: list[Diagnostic] = Field(default_factory=list)

    @property
    def department_evaluations(self) -> list[Evaluation]:
        return [e for e in self.evaluations if e.kind == "department"]

    @property
    def project_evaluations(self) -> list[Evaluation]:
        return [e for e in self.evaluations if e.kind == "project"]

    def forms_found(self) -> dict[str, int]:
        return {
            "basic_data": len(self.basic_data),
            "department_evaluation": len(self.department_evaluations),
            "project_evaluation": len(self.project_evaluations),
            "self_report": sum(1 for n in self.narratives if n.kind == "self_report"),
            "final_account_table": len(self.final_accounts),
            "final_account_notes": sum(1 for n in self.narratives if n.kind == "final_account_notes"),
        }

    def tables_found(self) -> dict[str, int]:
        """Tables beyond the performance forms: 预算表 and tables no definition recognised."""
        return {"budget_table": len(self.budget_tables), "unrecognised_table": len(self.unrecognised_tables)}

    def final_account(self, kind: str) -> FinalAccountTable | None:
        """The 决算 table of a kind (income_expenditure_summary … three_public)."""
        return next((t for t in self.final_accounts if t.kind == kind), None)
