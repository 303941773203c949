"""Numbers in the narrative (文字与数字): shares, growth rates and completion rates stated in
自评报告 and 决算情况说明 are recomputed from the other numbers of the same passage, key
figures are compared with the tables, and two passages that disagree are reported.

Passages: a paragraph that does not end a sentence (a page break split it) is joined
with the next one before numbers are read.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Iterable, Iterator

from ..model import Narrative, Package, Section, Where
from ..values import squash
from .finding import Finding, finding, fmt, rule
from .tolerance import percent_verdict, same_figure, sum_verdict

NUM = r"(?<!\d)(\d[\d,，]{0,19}(?:\.\d{1,8})?)(?![\d])"  # within the number limits (15 digits)
AMOUNT = re.compile(NUM + r"\s*(万元|亿元|元)")
SHARE = re.compile(r"占([^，,。；;%\d]{0,20}?)(?:的)?(?:比例|比重)?(?:为)?\s*" + NUM + r"\s*%")
CHANGE = re.compile(r"(增加|减少|增长|下降|降低)\s*" + NUM + r"\s*(万元|元)\s*[，,]\s*(?:增长|下降|降低|减少|增加)(?:了)?\s*" + NUM + r"\s*%")
COMPLETION = re.compile(r"完成(?:年初)?预算(?:数)?的\s*" + NUM + r"\s*%")
_LABEL_TRIM = re.compile(r"^(其中|包括|包含|主要|以及|和|及|、|，|,|：|:|\s)+|(为|是|共|计|达|合计|：|:|\s)+$")
_CHANGE_LABEL = re.compile(r"^(较|比)|增加|减少|增长|下降|降低")
BASIS = "自评报告、决算情况说明中的数字应与表格及其计算结果一致"
UNIT_WAN = {"万元": Decimal(1), "元": Decimal("0.0001"), "亿元": Decimal(10000)}


def _dec(s: str) -> Decimal:
    return Decimal(re.sub(r"[,，]", "", s))


@dataclass
class Passage:
    text: str
    where: Where
    section: str
    narrative: Narrative


@dataclass
class Mention:
    value: Decimal  # in 万元
    start: int
    end: int
    label: str


_SPACE_RUN = re.compile(r"\s{2,}")


def _passage(text: str, where: Where, section: str, n: Narrative) -> Passage:
    # a run of blanks is one blank to every pattern here (they allow \s* between words), and
    # collapsing it keeps them linear on a PDF line spread into millions of spaces
    return Passage(_SPACE_RUN.sub(" ", text), where, section, n)


def passages(n: Narrative) -> Iterator[Passage]:
    """Paragraphs of a narrative, page-break splits joined."""

    def walk(secs: list[Section]) -> Iterator[Passage]:
        for s in secs:
            buf, first = "", None
            for p in s.paragraphs:
                buf = f"{buf}{p.strip()}"
                first = first or s.where
                if buf.endswith(("。", "！", "？", "；", "：", ":")):
                    yield _passage(buf, s.where, s.heading, n)
                    buf = ""
            if buf:
                yield _passage(buf, s.where, s.heading, n)
            yield from walk(s.children)

    if n.preamble:
        yield _passage("".join(p.strip() for p in n.preamble), n.where, n.title, n)
    yield from walk(n.sections)


def amounts(text: str) -> list[Mention]:
    out: list[Mention] = []
    prev_end = 0
    for m in AMOUNT.finditer(text):
        head = text[prev_end:m.start()]
        head = re.split(r"[，,。；;、（(]", head)[-1]
        label = _LABEL_TRIM.sub("", head)
        out.append(Mention(_dec(m.group(1)) * UNIT_WAN[m.group(2)], m.start(), m.end(), label))
        prev_end = m.end()
    return out


def _key(label: str) -> str:
    s = re.sub(r"的|比例|比重|金额|数|额", "", squash(label))
    return s


@dataclass
class _Bases:
    """A narrative's passages with their amounts keyed once (``_key`` of each label), so that a
    named base ("占基本支出的 87.1%") is looked up without re-reading the text for every share;
    a name asked again in the same section (a repeated sentence) is answered from memory."""

    passages: list[Passage]
    mentions: list[list[Mention]]
    keys: list[list[tuple[str, Decimal]]]
    by_section: dict[str, list[tuple[str, Decimal]]]
    memo: dict[tuple[str | None, str], list[Decimal]]  # (section or None for the whole text, key)

    @classmethod
    def of(cls, n: Narrative) -> "_Bases":
        ps = list(passages(n))
        ms = [amounts(p.text) for p in ps]
        keys = [[(k, m.value) for m in row if len(k := _key(m.label)) >= 2] for row in ms]
        by_section: dict[str, list[tuple[str, Decimal]]] = {}
        for p, row in zip(ps, keys):
            by_section.setdefault(p.section, []).extend(row)
        return cls(ps, ms, keys, by_section, {})

    @staticmethod
    def _match(key: str, pairs) -> list[Decimal]:
        return list(dict.fromkeys(v for k, v in pairs if key in k or k in key))

    def named(self, i: int, name: str) -> list[Decimal]:
        """Amounts whose label names ``name``: in passage ``i``, else its section, else anywhere
        (each value once)."""
        key = _key(name)
        if len(key) < 2:
            return []
        found = self._match(key, self.keys[i])
        if found:
            return found
        section = self.passages[i].section
        if (section, key) not in self.memo:
            found = self._match(key, self.by_section[section])
            if not found:
                found = self.memo.setdefault((None, key), self._match(key, (kv for row in self.keys for kv in row)))
            self.memo[section, key] = found
        return self.memo[section, key]


def _narratives(pkg: Package) -> list[Narrative]:
    return [n for n in pkg.narratives if n.kind in ("self_report", "final_account_notes", "overview")]


def _form(n: Narrative) -> str:
    return n.kind if n.kind != "overview" else "overview"


@rule("NAR-001", "narrative", "error", "“占…%”应等于该金额 ÷ 基数", BASIS)
def shares(pkg: Package) -> Iterable[Finding]:
    """Every "A 万元，占（X的）P%" is recomputed as A ÷ base: the base is the amount named X
    (searched in the passage, then the section, then the whole text) or, when no base is named,
    an earlier larger amount of the same passage.  Flagged only when no candidate base gives
    P under the tolerance policy."""
    for n in _narratives(pkg):
        bases = _Bases.of(n)
        for i, (p, ms) in enumerate(zip(bases.passages, bases.mentions)):
            for s in SHARE.finditer(p.text):
                before = [m for m in ms if m.end <= s.start() and not _CHANGE_LABEL.search(m.label)]
                if not before:
                    continue
                part = before[-1]
                gap = p.text[part.end:s.start()]
                if re.search(r"[。；;]", gap) or len(AMOUNT.sub("", gap)) > 30:
                    continue  # the share does not refer to this amount
                stated = _dec(s.group(2))
                name = s.group(1).strip()
                earlier = [m.value for m in before[:-1] if m.value > part.value]
                if _key(name):  # "占基本支出的 87.1%": the named base; the passage's total may also be meant
                    named = [c for c in bases.named(i, name) if c > part.value]
                    cands = named + earlier if named else []
                else:  # "占 35.0%": an earlier, larger amount of the passage (its total)
                    cands = earlier
                cands = [c for c in cands if c > 0]
                if not cands:
                    continue
                verdicts = [(percent_verdict(stated, part.value / c * 100), c) for c in cands]
                if any(v == "ok" for v, _ in verdicts):
                    continue
                verdict, base = next(((v, c) for v, c in verdicts if v == "rounding"), verdicts[0])
                exact = part.value / base * 100
                yield finding("NAR-001", pkg, form=_form(n), table=n.title, row=p.section, where=p.where,
                              expected=f"{fmt(exact, 2)}%", actual=f"{fmt(stated)}%",
                              severity="info" if verdict == "rounding" else None,
                              message=f"「{p.section}」：{part.label or '该项'} {fmt(part.value)} 万元“占 {fmt(stated)}%”，"
                                      f"按基数 {fmt(base)} 万元计算应为 {fmt(exact, 2)}%"
                                      + ("（截断或尾数差异）" if verdict == "rounding" else ""))


@rule("NAR-002", "narrative", "error", "“增加/减少 X 万元，增长/降低 P%”应与上年数相符", BASIS)
def growth(pkg: Package) -> Iterable[Finding]:
    """"本年 A 万元 … 增加（减少）C 万元，增长（降低）P%": the previous year is A ∓ C and P must
    equal C ÷ (A ∓ C).  A zero previous year is not a percentage: reported as info."""
    for n in _narratives(pkg):
        for p in passages(n):
            ms = amounts(p.text)
            for c in CHANGE.finditer(p.text):
                change = _dec(c.group(2)) * UNIT_WAN[c.group(3)]
                stated = _dec(c.group(4))
                before = [m for m in ms if m.end <= c.start()]
                if not before:
                    continue
                current = before[-1].value
                prev = current - change if c.group(1) in ("增加", "增长") else current + change
                if prev <= 0:
                    continue
                exact = change / prev * 100
                verdict = percent_verdict(stated, exact)
                if verdict == "ok":
                    continue
                yield finding("NAR-002", pkg, form=_form(n), table=n.title, row=p.section, where=p.where,
                              expected=f"{fmt(exact, 2)}%", actual=f"{fmt(stated)}%",
                              severity="info" if verdict == "rounding" else None,
                              message=f"「{p.section}」：本年 {fmt(current)} 万元，{c.group(1)} {fmt(change)} 万元，上年应为 {fmt(prev)} 万元，"
                                      f"变动率应为 {fmt(exact, 2)}%，文中写 {fmt(stated)}%")


def _sentences(text: str) -> list[str]:
    return re.split(r"(?<=[。；;])", text)


@rule("NAR-003", "narrative", "error", "“完成预算的 P%”应等于决算（执行）数 ÷ 预算数", BASIS)
def completion(pkg: Package) -> Iterable[Finding]:
    """In one sentence, "预算（数）为 B 万元 … 决算（执行数）为 A 万元 … 完成预算的 P%": P = A ÷ B."""
    for n in _narratives(pkg):
        for p in passages(n):
            for sent in _sentences(p.text):
                for c in COMPLETION.finditer(sent):
                    ms = amounts(sent[: c.start()])
                    budget = [m for m in ms if re.search(r"预算", m.label)]
                    actual = [m for m in ms if re.search(r"决算|执行|实际", m.label)]
                    if not budget or not actual or budget[-1].value == 0:
                        continue
                    b, a = budget[-1].value, actual[-1].value
                    stated = _dec(c.group(1))
                    exact = a / b * 100
                    verdict = percent_verdict(stated, exact)
                    if verdict == "ok":
                        continue
                    yield finding("NAR-003", pkg, form=_form(n), table=n.title, row=p.section, where=p.where,
                                  expected=f"{fmt(exact, 2)}%", actual=f"{fmt(stated)}%",
                                  severity="info" if verdict == "rounding" else None,
                                  message=f"「{p.section}」：决算 {fmt(a)} 万元 ÷ 预算 {fmt(b)} 万元 = {fmt(exact, 2)}%，文中写“完成预算的 {fmt(stated)}%”")


THREE_PUBLIC_FINAL = re.compile(r"三公”?经费(?:财政拨款)?(?:支出)?(?:决算)?(?:数)?(?:为|是)?\s*" + NUM + r"\s*(万元|元)")
THREE_PUBLIC_RATE = [
    re.compile(r"三公”?经费[^。；%]{0,40}?完成预算的\s*" + NUM + r"\s*%"),
    re.compile(r"三公(?:经费)?”?控制率(?:为)?\s*" + NUM + r"\s*%"),
]
SELF_SCORE = re.compile(r"(?:评价|自评)得分(?:为|是|：|:)?\s*" + NUM + r"\s*分")


@rule("NAR-004", "narrative", "error", "报告中的关键数字应与表格一致", BASIS)
def report_vs_tables(pkg: Package) -> Iterable[Finding]:
    """The self-evaluation score stated in the text equals the 部门整体自评表 总分; the 三公经费
    决算 stated in the text equals the 基础数据表's current-year 决算数."""
    dept = pkg.department_evaluations[0] if pkg.department_evaluations else None
    three = None
    for bd in pkg.basic_data:
        row = bd.row("three_public")
        if row is not None and row.values and row.values[-1] is not None:
            three = row.values[-1].value
    for n in _narratives(pkg):
        for p in passages(n):
            if dept is not None and dept.total_score is not None and n.kind == "self_report":
                for m in SELF_SCORE.finditer(p.text):
                    v = _dec(m.group(1))
                    if v != dept.total_score:
                        yield finding("NAR-004", pkg, form=_form(n), table=n.title, row=p.section, where=p.where,
                                      expected=fmt(dept.total_score), actual=fmt(v),
                                      message=f"「{p.section}」写自评得分 {fmt(v)} 分，部门整体支出绩效自评表总分为 {fmt(dept.total_score)} 分")
            if three is not None:
                for m in THREE_PUBLIC_FINAL.finditer(p.text):
                    if "预算" in m.group(0):
                        continue  # a budget figure, not the 决算
                    v = _dec(m.group(1)) * UNIT_WAN[m.group(2)]
                    if not same_figure(v, three):
                        yield finding("NAR-004", pkg, form=_form(n), table=n.title, row=p.section, where=p.where,
                                      expected=fmt(three), actual=fmt(v),
                                      message=f"「{p.section}」写三公经费支出 {fmt(v)} 万元，基础数据表三公经费决算数为 {fmt(three)} 万元")


@rule("NAR-005", "narrative", "warning", "同一数字在两处文字中说法不一", BASIS)
def contradictions(pkg: Package) -> Iterable[Finding]:
    """The 三公经费 execution (完成预算的 P% / 控制率 P%) stated in two places of the narratives
    must agree."""
    seen: list[tuple[Decimal, Passage]] = []
    for n in _narratives(pkg):
        for p in passages(n):
            for pat in THREE_PUBLIC_RATE:
                for m in pat.finditer(p.text):
                    seen.append((_dec(m.group(1)), p))
    for v, p in seen[1:]:
        v0, p0 = seen[0]
        if v != v0:
            yield finding("NAR-005", pkg, form=_form(p.narrative), table=p.narrative.title, row=p.section, where=p.where,
                          expected=f"{fmt(v0)}%", actual=f"{fmt(v)}%",
                          message=f"三公经费执行（控制）率前后不一：「{p0.section}」写 {fmt(v0)}%，「{p.section}」写 {fmt(v)}%")


LIST_START = re.compile(r"[，,（(]?\s*(?:其中|包含|包括)\s*[:：，,]?")
_SENTENCE_END = re.compile(r"[。；;]")
_NESTED = re.compile(r"其中")


@rule("NAR-006", "narrative", "error", "“其中”所列各项之和应等于总额", BASIS)
def listed_parts(pkg: Package) -> Iterable[Finding]:
    """"T 万元，其中：a 万元、b 万元 …" in one sentence: a + b + … = T (tolerance policy).  The
    total is the amount just before the list; when another amount of the passage fits the sum
    exactly that one was meant.  Only near misses (within 2 %) are reported, so a list that
    decomposes a different figure is not mistaken for a slip."""
    for n in _narratives(pkg):
        for p in passages(n):
            ms = amounts(p.text)  # in text order
            starts = [m.start for m in ms]
            for lm in LIST_START.finditer(p.text):
                end = _SENTENCE_END.search(p.text, lm.end())  # searched in place: a long passage is not copied
                stop = end.start() if end else len(p.text)
                nested = _NESTED.search(p.text, lm.end(), stop)
                if nested:
                    stop = nested.start()
                lo, hi = bisect.bisect_left(starts, lm.end()), bisect.bisect_left(starts, stop)
                parts = [m for m in ms[lo:hi] if not _CHANGE_LABEL.search(m.label)]
                if len(parts) < 2:
                    continue
                totals = [m for m in ms[:lo] if m.end <= lm.start() + 1]
                if len(parts) < 2 or not totals:
                    continue
                values = [m.value for m in parts]
                s_ = sum(values, Decimal(0))
                verdicts = [(sum_verdict(t.value, values), t) for t in reversed(totals)]
                if any(v == "ok" for v, _ in verdicts):
                    continue
                near = [(v, t) for v, t in verdicts if v == "rounding"] or [
                    (v, t) for v, t in verdicts[:1] if t.value and abs(t.value - s_) / t.value <= Decimal("0.02")]
                if not near:
                    continue
                verdict, total = near[0]
                yield finding("NAR-006", pkg, form=_form(n), table=n.title, row=p.section, where=p.where,
                              expected=fmt(s_), actual=fmt(total.value),
                              severity="info" if verdict == "rounding" else None,
                              message=f"「{p.section}」：{total.label or '总额'} {fmt(total.value)} 万元，其中所列 {len(values)} 项合计 "
                                      f"{' + '.join(fmt(v) for v in values)} = {fmt(s_)} 万元"
                                      + ("（尾数误差范围内）" if verdict == "rounding" else ""))


_TOPICS = {"基本支出": "basic", "项目支出": "project"}
# What may stand before "基本支出/项目支出" for the amount to be the unit's whole figure (and not
# one project's spending, "…评审项目支出 8.7 万元").
_GENERIC_PREFIX = re.compile(
    r"^(?:\d{4}\s*年度?|年初|年末|全年|本年|当年|预算|决算|安排|实际|一般公共|财政|拨款|部门|本部门|本单位|我局|"
    r"[^，,。；\d]{1,10}?局|的|为|是|共|计|[，,、：:\s])*$"
)
_BUDGET_WORDS = re.compile(r"预算")
_FINAL_WORDS = re.compile(r"决算|实际|执行数|支出总额|总支出")


def _table_figures(pkg: Package, topic: str) -> dict[str, list[tuple[str, Decimal]]]:
    """Where the tables state the year's 基本支出 / 项目支出: {"budget": [...], "final": [...]}, in 万元."""
    from .cross import _basic_data_value, _fa, _fa_total, in_wan

    out: dict[str, list[tuple[str, Decimal]]] = {"budget": [], "final": []}
    keys = ("basic_adjustment", "basic") if topic == "basic" else ("project", "project_business")
    for key in keys:
        for kind, offset in (("final", 0), ("budget", -1)):
            got = _basic_data_value(pkg, key, offset)
            if got is not None:
                out[kind].append((f"基础数据表「{got[1].label}」{got[2].columns[offset - 1]}", got[0]))
    t03 = _fa(pkg, "expenditure")
    name = "基本支出" if topic == "basic" else "项目支出"
    if t03 is not None:
        v = _fa_total(t03, name)
        if v is not None:
            out["final"].append((f"{t03.short}合计{name}", v))
    for ev in pkg.department_evaluations:
        a = ev.by_nature.get(name)
        if a is not None:
            v = in_wan(a, ev.money_unit)
            if v is None:  # no unit anywhere: not comparable
                continue
            # the 按支出性质分 split is written as budget in some packages and as final in others
            out["budget"].append((f"部门整体自评表{name}", v))
            out["final"].append((f"部门整体自评表{name}", v))
    return out


@rule("NAR-007", "narrative", "warning", "文中的基本支出、项目支出应与表格一致", BASIS)
def spending_vs_tables(pkg: Package) -> Iterable[Finding]:
    """An amount written as 基本支出 or 项目支出 in the narrative equals a table's figure for the same
    year: a budget figure (预算 nearest before it in the sentence) one of the tables' budgets, any
    other one a 决算 (公开03表, 基础数据表 决算数, 部门整体自评表 按支出性质分)."""
    figures = {t: _table_figures(pkg, t) for t in _TOPICS.values()}
    for n in _narratives(pkg):
        for p in passages(n):
            if re.search(r"项目\s*[“\"]", p.text[:60]) or "“" in p.section:
                continue  # a passage about one named project: its 项目支出 is that project's
            for sent in _sentences(p.text):
                for m in amounts(sent):
                    hit = next(((word, t) for word, t in _TOPICS.items() if m.label.endswith((word, word + "总额"))), None)
                    if hit is None or _CHANGE_LABEL.search(m.label):
                        continue
                    word, topic = hit
                    if not _GENERIC_PREFIX.match(m.label[: m.label.rfind(word)]):
                        continue
                    head = sent[: m.start]
                    b, f = [x.end() for x in _BUDGET_WORDS.finditer(head)], [x.end() for x in _FINAL_WORDS.finditer(head)]
                    kind = "budget" if b and (not f or max(b) > max(f)) else "final"
                    known = figures[topic][kind]
                    if not known or any(same_figure(m.value, v) for _, v in known):
                        continue
                    where_name, v = known[0]
                    what = "预算" if kind == "budget" else "决算"
                    yield finding("NAR-007", pkg, form=_form(n), table=n.title, row=p.section, where=p.where,
                                  expected=fmt(v), actual=fmt(m.value),
                                  message=f"「{p.section}」写{m.label}（{what}）{fmt(m.value)} 万元，{where_name}为 {fmt(v)} 万元")
