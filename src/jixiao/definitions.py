"""Form definitions (表单定义) as data: one TOML file per template family in ``jixiao/forms/``.

A definition says how a form is *detected* (title patterns, labels its table must
hold, a priority among families whose titles overlap) and how it is *read*: the
header fields with their synonyms, the funds block (column roles, sub-columns,
row roles), the indicator block (column roles, 一级 names, how a cap is written),
the total row.  The 决算 and 预算 families list their tables by name.  Files may
``extends`` another (merged key by key, ``detect`` never inherited); a folder of
definitions given at run time adds families or replaces shipped ones, so a new
template is a new file, not new code.

Patterns are regular expressions on a cell's text with all white space removed.
A label matches a synonym when its whole text does, or its text without trailing
brackets ("全年预算数（A）", "项目资金（万元）") or leading numbering ("一、").
"""

from __future__ import annotations

import re
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from . import datafile
from .values import squash

FOLDER = "forms"
WHAT = "表单定义"

_TRAILING_BRACKETS = re.compile(r"(?:[（(][^（()）]*[)）])+$")
_LEADING_NUMBER = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|\d+[、.．]|[（(][一二三四五六七八九十\d]+[)）])")


def label_variants(text: str | None) -> list[str]:
    """The forms of a label that synonyms are matched against."""
    s = squash(text).replace("*", "")
    out = [s]
    for v in (_TRAILING_BRACKETS.sub("", s), _LEADING_NUMBER.sub("", s)):
        if v and v not in out:
            out.append(v)
    both = _TRAILING_BRACKETS.sub("", _LEADING_NUMBER.sub("", s))
    if both and both not in out:
        out.append(both)
    return out


class Vocabulary(BaseModel):
    """Roles, each with its synonyms: ``{"executed": ["全年执行数", "执行数"]}``.  Order matters:
    a label is given the first role any of whose synonyms matches it."""

    model_config = ConfigDict(extra="forbid")
    roles: dict[str, list[str]] = Field(default_factory=dict)

    @cached_property
    def _compiled(self) -> list[tuple[str, re.Pattern[str]]]:
        return [(role, re.compile(f"(?:{'|'.join(pats)})")) for role, pats in self.roles.items() if pats]

    def role(self, text: str | None) -> str | None:
        key = text or ""
        if key not in self._seen:
            self._seen[key] = next((role for v in label_variants(text) for role, pat in self._compiled if pat.fullmatch(v)), None)
        return self._seen[key]

    @cached_property
    def _seen(self) -> dict[str, str | None]:
        """Labels already looked up (a form repeats its labels on every page)."""
        return {}

    def names(self, role: str) -> list[str]:
        return self.roles.get(role, [])


def _vocab(value: Any) -> Vocabulary:
    return value if isinstance(value, Vocabulary) else Vocabulary(roles=dict(value or {}))


class Words(BaseModel):
    """A list of synonyms (e.g. the labels of the 总分 row)."""

    patterns: list[str] = Field(default_factory=list)

    @cached_property
    def _re(self) -> re.Pattern[str] | None:
        return re.compile(f"(?:{'|'.join(self.patterns)})") if self.patterns else None

    def match(self, text: str | None) -> bool:
        return self._re is not None and any(self._re.fullmatch(v) for v in label_variants(text))


class Detect(BaseModel):
    """When a form follows this definition."""

    model_config = ConfigDict(extra="forbid")
    titles: list[str] = Field(default_factory=list, description="patterns searched in the title")
    labels: list[str] = Field(default_factory=list, description="texts that must all appear in the form's cells")
    department_titles: list[str] = Field(default_factory=list, description="title words that make it a 部门整体 form")
    document: list[str] = Field(default_factory=list, description="words on a cover or caption that make a document this kind")
    priority: int = 0

    @cached_property
    def _titles(self) -> list[re.Pattern[str]]:
        return [re.compile(p) for p in self.titles]

    def title_matches(self, title: str) -> bool:
        """A title pattern found in the title, also without a trailing bracket ("…自评表（2023年度）")."""
        return any(p.search(v) for v in label_variants(title) for p in self._titles)


class Funds(BaseModel):
    """The funds block (项目资金 / 年度预算申请)."""

    block: list[str] = Field(default_factory=list)
    subtotal: list[str] = Field(default_factory=list)
    columns: dict[str, list[str]] = Field(default_factory=dict)
    rows: dict[str, list[str]] = Field(default_factory=dict)

    @cached_property
    def column_vocab(self) -> Vocabulary:
        return _vocab(self.columns)

    @cached_property
    def row_vocab(self) -> Vocabulary:
        return _vocab(self.rows)

    @cached_property
    def block_words(self) -> Words:
        return Words(patterns=self.block)

    @cached_property
    def subtotal_words(self) -> Words:
        return Words(patterns=self.subtotal)


class Goals(BaseModel):
    labels: list[str] = Field(default_factory=list)
    expected: list[str] = Field(default_factory=list)
    actual: list[str] = Field(default_factory=list)
    blocks: list[str] = Field(default_factory=list, description="block labels around the goals (项目基本情况)")


class Indicators(BaseModel):
    """The indicator block (绩效指标)."""

    area: list[str] = Field(default_factory=list)
    cap: str = r"^(.*?)[（(](\d+(?:\.\d+)?)分[）)]$"
    level1: list[str] = Field(default_factory=list)
    level2_family: dict[str, str] = Field(default_factory=dict)
    columns: dict[str, list[str]] = Field(default_factory=dict)

    @cached_property
    def column_vocab(self) -> Vocabulary:
        return _vocab(self.columns)

    @cached_property
    def area_words(self) -> Words:
        return Words(patterns=self.area)

    @cached_property
    def cap_re(self) -> re.Pattern[str]:
        return re.compile(self.cap)


class Total(BaseModel):
    labels: list[str] = Field(default_factory=list)

    @cached_property
    def words(self) -> Words:
        return Words(patterns=self.labels)


class AccountTableDef(BaseModel):
    """One table of the 决算 or 预算 family, known by its name."""

    key: str
    name: str
    titles: list[str]

    @cached_property
    def _re(self) -> list[re.Pattern[str]]:
        return [re.compile(p) for p in self.titles]

    def match_length(self, title: str) -> int:
        """How much of the title this table's name covers (0: not at all); the longest wins,
        so 财政拨款收入支出决算总表 is not taken for 收入支出决算总表."""
        return max((m.end() - m.start() for v in label_variants(title) for p in self._re if (m := p.search(v))), default=0)


Family = Literal["evaluation", "final_accounts", "budget"]


class FormDefinition(BaseModel):
    """One template family and version (表单定义), as loaded after ``extends``."""

    model_config = ConfigDict(extra="forbid")
    id: str
    title: str
    family: Family
    source: str = ""
    version: str | None = None
    extends: str | None = None
    abstract: bool = False
    kind: Literal["project", "department"] | None = None
    detect: Detect = Detect()
    fields: dict[str, list[str]] = Field(default_factory=dict)
    filing_unit: list[str] = Field(default_factory=list, description="other header fields that name the unit filing the form")
    funds: Funds = Funds()
    goals: Goals = Goals()
    indicators: Indicators = Indicators()
    total: Total = Total()
    tables: list[AccountTableDef] = Field(default_factory=list)
    numbering: dict[str, str] = Field(default_factory=dict)
    layout: dict[str, Any] = Field(default_factory=dict, description="the official layout the writers draw")
    path: str = Field("", description="the file it was loaded from")

    @cached_property
    def field_vocab(self) -> Vocabulary:
        return _vocab(self.fields)

    @cached_property
    def goals_words(self) -> tuple[Words, Words, Words]:
        return Words(patterns=self.goals.labels), Words(patterns=self.goals.expected), Words(patterns=self.goals.actual)

    @cached_property
    def goals_blocks(self) -> Words:
        return Words(patterns=self.goals.blocks)

    @cached_property
    def level2_names(self) -> set[str]:
        return set(self.indicators.level2_family)

    def split_cap(self, text: str) -> tuple[str, Any]:
        """"产出指标\\n(50 分)" -> ("产出指标", Decimal("50"))."""
        from decimal import Decimal

        s = squash(text)
        m = self.indicators.cap_re.match(s)
        return (m.group(1), Decimal(m.group(2))) if m else (s, None)

    def label_level(self, text: str) -> int | None:
        """1 or 2 when the text is one of this form's 一级/二级 names, else None."""
        name, _ = self.split_cap(text)
        if name in self.indicators.level1:
            return 1
        if name in self.indicators.level2_family:
            return 2
        return None

    def table_for(self, title: str) -> AccountTableDef | None:
        best = max(self.tables, key=lambda t: t.match_length(title), default=None)
        return best if best is not None and best.match_length(title) else None

    def table_by_number(self, number: int) -> AccountTableDef | None:
        key = self.numbering.get(str(number))
        return next((t for t in self.tables if t.key == key), None)

    def required_labels_present(self, texts: set[str]) -> bool:
        return all(any(label in t for t in texts) for label in self.detect.labels)


class Definitions:
    """The definitions in force for a run: shipped families plus any from a folder."""

    def __init__(self, defs: list[FormDefinition]):
        self.all = defs
        self.by_id = {d.id: d for d in defs}
        self.concrete = sorted((d for d in defs if not d.abstract), key=lambda d: (-d.detect.priority, d.id))
        self.titles: dict[str, str | None] = {}  # title_kind of texts already seen
        self.folder: str | None = None  # set by load_definitions: where the extra files came from
        self.loaded = False

    def __reduce__(self):
        """Sent to a worker process as the folder it came from, loaded there once and kept
        (the compiled patterns and caches are not pickled with every task)."""
        if self.loaded:
            return (load_definitions, (self.folder,))
        return (Definitions, (self.all,))

    def __getitem__(self, key: str) -> FormDefinition:
        return self.by_id[key]

    def family(self, family: Family) -> list[FormDefinition]:
        return [d for d in self.concrete if d.family == family]

    def evaluation_candidates(self, title: str) -> list[FormDefinition]:
        """Evaluation families whose title patterns match, most specific first."""
        return [d for d in self.family("evaluation") if d.detect.title_matches(title)]

    def choose_evaluation(self, title: str, texts: set[str]) -> FormDefinition | None:
        """The family of an evaluation form: the first (by priority) whose title matches and
        whose required labels are all among the form's cell texts."""
        return next((d for d in self.evaluation_candidates(title) if d.required_labels_present(texts)), None)

    def account_table(self, title: str) -> tuple[FormDefinition, AccountTableDef] | None:
        """The 决算 or 预算 table a title names.  决算 names win where a title says 决算."""
        s = squash(title)
        order: list[Family] = ["final_accounts", "budget"] if "决算" in s else ["budget"]
        for fam in order:
            for d in self.family(fam):
                t = d.table_for(s)
                if t is not None:
                    return d, t
        return None

    def fingerprint(self) -> list[str]:
        """Which definitions a result was made with: ``id@version`` of every family."""
        return [f"{d.id}@{d.version or '-'}" for d in self.concrete]


def _load(extra: Path | None) -> Definitions:
    files = datafile.files(FOLDER, extra)
    out = []
    for name in sorted(files):
        raw = datafile.load_raw(name, files, WHAT)
        raw.setdefault("id", name)
        try:
            d = FormDefinition.model_validate({**raw, "path": str(files[name])})
        except ValueError as e:
            raise datafile.DataFileError(f"{WHAT}「{name}」无法读取：{datafile.invalid(e)}") from e
        out.append(d)
    return Definitions(out)


@lru_cache(maxsize=8)
def _cached(extra: str | None) -> Definitions:
    return _load(Path(extra) if extra else None)


def load_definitions(extra: str | Path | None = None) -> Definitions:
    """The shipped definitions, plus (and overridden by) the ``*.toml`` of ``extra``.
    Loaded once per folder and kept."""
    key = str(Path(extra).resolve()) if extra else None
    defs = _cached(key)
    defs.folder, defs.loaded = key, True
    return defs


# ------------------------------------------------------------------ documentation

_FAMILY_NAMES = {"evaluation": "绩效自评表", "final_accounts": "部门决算", "budget": "部门预算"}


def _codes(patterns: list[str]) -> str:
    return "、".join(f"`{p}`".replace("|", "\\|") for p in patterns) or "—"


def forms_markdown(defs: Definitions | None = None) -> str:
    """docs/forms.md: every shipped family, how it is detected and what it reads."""
    defs = defs or load_definitions()
    out = ["# Form definitions (表单定义)", "",
           "Generated by `jixiao forms --markdown` from `src/jixiao/forms/*.toml`; do not edit by hand.",
           "A definition is tried when a title pattern is found in a form's title; among those that match,",
           "the first by priority whose required labels all appear in the form's cells is used.",
           "A folder of one's own (`--forms DIR`) adds families or replaces shipped ones by id.", ""]
    out += ["| id | family | kind | title | detected by title | required labels | priority | extends |",
            "|---|---|---|---|---|---|---|---|"]
    for d in defs.concrete:
        by_title = _codes(d.detect.titles) if d.family == "evaluation" else "each table by its name (below)"
        out.append(f"| `{d.id}` | {_FAMILY_NAMES[d.family]} | {d.kind or '—'} | {d.title} | {by_title} "
                   f"| {'、'.join(d.detect.labels) or '—'} | {d.detect.priority} | {d.extends or '—'} |")
    for d in defs.all:
        out += ["", f"## `{d.id}` — {d.title}", "", f"Source: {d.source or '—'}."]
        if d.abstract:
            out.append("Abstract: shared vocabulary for the families that extend it.")
        if d.detect.document:
            out.append(f"A document is of this kind when its cover says: {'、'.join(d.detect.document)}.")
        sections = [("Header fields", d.fields), ("Funds columns", d.funds.columns), ("Funds rows", d.funds.rows),
                    ("Indicator columns", d.indicators.columns)]
        for name, vocab in sections:
            if vocab:
                out += ["", f"{name}:", ""] + [f"- `{role}`: {_codes(pats)}" for role, pats in vocab.items()]
        if d.indicators.level1:
            out += ["", f"一级指标: {'、'.join(d.indicators.level1)}; cap written as `{d.indicators.cap}`."]
        if d.filing_unit:
            out.append(f"The unit filing the form is named in: {'、'.join(d.filing_unit)}.")
        if d.tables:
            out += ["", "| table | name | title patterns |", "|---|---|---|"]
            out += [f"| `{t.key}` | {t.name} | {_codes(t.titles)} |" for t in d.tables]
    return "\n".join(out) + "\n"
