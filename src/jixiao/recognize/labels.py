"""Domain vocabulary used to recognise forms and rows by what the cells say.

Kept as data so that a new template's wording is a one-line addition.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ..definitions import Definitions, FormDefinition, load_definitions
from ..values import squash

# ------------------------------------------------------------ form titles

# Forms that are not read through a form definition: the 基础数据表 and the narratives.
# (kind, pattern on the squashed text).  Order matters: first match wins.
FORM_TITLES: list[tuple[str, re.Pattern[str]]] = [
    ("basic_data", re.compile(r"基础数据表$")),
    ("self_report", re.compile(r"自评报告$")),
    ("final_account_notes", re.compile(r"决算情况说明$")),
    ("glossary", re.compile(r"^名词解释$")),
    ("overview", re.compile(r"^概况$")),
]
ACCOUNT_MARK = re.compile(r"^公开0?(\d{1,2})表$")
FINAL_TABLE_MARK = ACCOUNT_MARK
MARKER = re.compile(r"^(附件[一二三四五六七八九十\d]*|附件|第[一二三四五六七八九十]+部分|部门决算表)$")
TOC = re.compile(r"^目录$")
CAPTION = re.compile(r"填报单位|^编制(?:单位|部门)[:：]|^预算单位[:：]|^单位[:：]|金额单位|^部门[:：]|^(预算)?主管部门[:：]|^单位名称[:：]|^[（(]\d{4}\s*年度?[)）]$")
_NUMBERED = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．])")


def title_kind(text: str, defs: Definitions | None = None) -> str | None:
    """The segment kind a form title opens: basic_data, department_evaluation,
    project_evaluation, final_account_table, budget_table, account_mark (a bare
    "公开0N表"), a narrative kind, or None when the text is not a form title."""
    s = squash(text).replace("*", "")
    if not s or len(s) > 60 or s.endswith(("。", "；", "，")):
        return None
    if _NUMBERED.match(s):
        return None  # a numbered heading inside a form, not a form title
    defs = defs or load_definitions()
    if s not in defs.titles:
        defs.titles[s] = _title_kind(s, defs)
    return defs.titles[s]


def _title_kind(s: str, defs: Definitions) -> str | None:
    if FORM_TITLES[0][1].search(s):
        return "basic_data"
    cands = defs.evaluation_candidates(s)
    if cands:
        return f"{evaluation_kind(cands[0], s)}_evaluation"
    for kind, pat in FORM_TITLES[1:]:
        if pat.search(s):
            return kind
    found = defs.account_table(s)
    if found is not None:
        return "final_account_table" if found[0].family == "final_accounts" else "budget_table"
    if ACCOUNT_MARK.match(s):
        return "account_mark"
    return None


def evaluation_kind(d: FormDefinition, title: str) -> str:
    """project or department: the definition's kind, or 部门整体 words in the title."""
    if any(w in squash(title) for w in d.detect.department_titles):
        return "department"
    return d.kind or "project"


_YEAR = re.compile(r"((?:19|20)\d{2})\s*年\s*(?:度|(?:[省市区县]级)?(?:部门|单位)(?:预算|决算)|(?:预算|决算)(?:公开)?)")


def year_in(text: str | None) -> int | None:
    """The year a title or caption names: "2024年度", "（2023年度）", "2024 年度部门决算",
    "2026年区级部门预算", "2019年预算公开" — never a date such as "2024年6月"."""
    m = _YEAR.search(text or "")
    return int(m.group(1)) if m else None


# ------------------------------------------------------- indicator tree

LEVEL1 = ("产出指标", "效益指标", "满意度指标", "成本指标")

# 二级指标 -> the 一级指标 family it belongs to (财预〔2020〕10号 templates).
LEVEL2_FAMILY: dict[str, str] = {
    "数量指标": "产出指标",
    "质量指标": "产出指标",
    "时效指标": "产出指标",
    "成本指标": "产出指标",
    "经济效益指标": "效益指标",
    "社会效益指标": "效益指标",
    "生态效益指标": "效益指标",
    "可持续影响指标": "效益指标",
    "服务对象满意度指标": "满意度指标",
    "经济成本指标": "成本指标",
    "社会成本指标": "成本指标",
    "生态环境成本指标": "成本指标",
}

_CAP = re.compile(r"^(.*?)[（(](\d{1,6}(?:\.\d{1,6})?)分[）)]$")


def split_cap(text: str) -> tuple[str, Decimal | None]:
    """"产出指标\\n(50 分)" -> ("产出指标", 50)."""
    s = squash(text)
    m = _CAP.match(s)
    if m:
        return m.group(1), Decimal(m.group(2))
    return s, None


def label_level(text: str) -> int | None:
    """1 or 2 when the text is a standard 一级/二级 label, else None."""
    name, _ = split_cap(text)
    if name in LEVEL1:
        return 1
    if name in LEVEL2_FAMILY:
        return 2
    return None


# ------------------------------------------------------------ funds block

FUNDS_COLUMNS: dict[str, str] = {
    "年初预算数": "initial_budget",
    "全年预算数": "adjusted_budget",
    "全年执行数": "executed",
    "执行数": "executed",
    "分值": "weight",
    "执行率": "rate",
    "资金执行率": "rate",
    "得分": "score",
    "自评得分": "score",
}
STANDARD_FUNDS_ORDER = ["initial_budget", "adjusted_budget", "executed", "weight", "rate", "score"]

FUNDS_ROWS: list[tuple[str, re.Pattern[str]]] = [
    ("total", re.compile(r"^(年度)?资金总额")),
    ("current_year", re.compile(r"^(其中[:：])?当年财政拨款")),
    ("carryover", re.compile(r"^(其中[:：])?上年结转(资金)?")),
    ("other", re.compile(r"^(其中[:：])?其他资金$")),
]

SPLIT = re.compile(
    r"^(?:其中[:：])?(一般公共预算(?:收入)?|政府性基金(?:拨款)?|纳入专户管理的非税收入(?:拨款)?|其他资金|基本支出|项目支出)[:：](.*)$"
)
SPLIT_NATURE = {"基本支出", "项目支出"}
_SPLIT_KEYS = {"一般公共预算收入": "一般公共预算", "政府性基金": "政府性基金拨款", "纳入专户管理的非税收入": "纳入专户管理的非税收入拨款"}


def split_key(label: str) -> str:
    """Canonical name of a 按收入性质/按支出性质 line ("一般公共预算收入" -> "一般公共预算")."""
    return _SPLIT_KEYS.get(label, label)

INDICATOR_COLUMNS: list[tuple[str, re.Pattern[str]]] = [
    ("level1", re.compile(r"^一级指标")),
    ("level2", re.compile(r"^二级指标")),
    ("name", re.compile(r"^三级指标")),
    ("target", re.compile(r"指标值$")),
    ("actual", re.compile(r"完成值$")),
    ("weight", re.compile(r"^分值$")),
    ("score", re.compile(r"得分$")),
    ("deviation", re.compile(r"^偏差")),
]

# --------------------------------------------------------- basic data rows

# (key, pattern on the label with numbering removed).  First match wins.
CONTROL_ROWS: list[tuple[str, re.Pattern[str]]] = [
    ("basic_adjustment", re.compile(r"基本支出预算调整")),
    ("basic", re.compile(r"部门基本支出$|^基本支出$")),
    ("three_public", re.compile(r"三公经费")),
    ("vehicle", re.compile(r"公务用车购置(和|及)(运行)?维护")),
    ("vehicle_purchase", re.compile(r"公.?车购置$")),
    ("vehicle_operation", re.compile(r"公.?车运行维护")),
    ("overseas", re.compile(r"出国")),
    ("reception", re.compile(r"公务接待")),
    ("project", re.compile(r"^(部门)?项目支出$")),
    ("project_business", re.compile(r"业务工作经费")),
    ("project_operation", re.compile(r"运行维护经费")),
    ("project_special", re.compile(r"专项资金[(（].*一行[)）]$|^(省级|市级|县级)专项资金")),
    ("public_funds", re.compile(r"^公用经费$")),
    ("office", re.compile(r"^办公经费$")),
    ("utilities_travel", re.compile(r"水费|电费|差旅费")),
    ("meeting_training", re.compile(r"会议费|培训费")),
    ("procurement", re.compile(r"政府采购")),
]
PROJECT_SECTION_KEYS = {"project", "project_business", "project_operation", "project_special"}

_NUMBERING = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|\d+[、.．]|其中[:：])+")


def control_label(text: str) -> str:
    """Strip numbering, "其中：" and trailing colons from a 经费控制 row label."""
    s = squash(text)
    s = _NUMBERING.sub("", s)
    return s.rstrip(":：")


def control_key(label: str) -> str | None:
    for key, pat in CONTROL_ROWS:
        if pat.search(label):
            return key
    return None
