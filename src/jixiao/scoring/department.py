"""Score a 部门整体 report's own score tree (投入 / 过程 / 产出 / 效果 …).

The report states "（N 分）" caps and "故此项得 X 分" item scores; the tree is recomputed
bottom-up, every node checked against its cap (written in the report, else the rule set's
framework), and the sum compared with the stated 评价得分 and 等级.
"""

from __future__ import annotations

from decimal import Decimal

from ..model import Narrative, ScoreItem
from .report import ItemScore, NarrativeScore
from .rulesets import FrameworkGroup, FrameworkItem, RuleSet
from .text import num


def _match(label: str, specs: list[FrameworkItem] | list[FrameworkGroup]) -> FrameworkItem | None:
    return next((s for s in specs if any(m in label for m in s.match)), None)


def _score_item(item: ScoreItem, spec: FrameworkItem | None) -> ItemScore:
    sub_specs = spec.items if isinstance(spec, FrameworkGroup) else []
    children = [_score_item(c, _match(c.label, sub_specs)) for c in item.children]
    if item.cap is not None:
        cap, cap_source = item.cap, "report"
    elif spec is not None:
        cap, cap_source = spec.cap, "ruleset"
    else:
        cap, cap_source = None, "none"
    notes: list[str] = []
    if item.cap is not None and spec is not None and spec.cap != item.cap:
        notes.append(f"报告标注 {num(item.cap)} 分，规则集为 {num(spec.cap)} 分")
    if cap_source == "ruleset":
        notes.append(f"报告未标注分值，按规则集 {num(cap)} 分")
    status = "match"
    if children:
        parts = [c.computed for c in children if c.computed is not None]
        computed = sum(parts, Decimal(0)) if parts else None
        how = f"子项 {' + '.join(num(p) for p in parts)} = {num(computed)}"
        child_caps = [c.cap for c in children]
        if cap is not None and all(c is not None for c in child_caps) and sum(child_caps, Decimal(0)) != cap:
            notes.append(f"子项分值合计 {num(sum(child_caps, Decimal(0)))} 与分值 {num(cap)} 不符")
        if item.score is not None and item.score != computed:
            status = "differs"
            notes.append(f"报告写得 {num(item.score)} 分，与子项合计不符")
    else:
        computed = item.score
        how = f"得 {num(computed)} 分" if computed is not None else "未写得分"
        if computed is None:
            status = "unscorable"
    if cap is not None and computed is not None and computed > cap:
        status = "over_cap"
        notes.append(f"得分超过分值 {num(cap)}")
    cap_text = f"（分值 {num(cap)}）" if cap is not None else "（分值未标注）"
    reason = how + cap_text + ("；" + "；".join(notes) if notes else "")
    return ItemScore(line=item.where.line, label=item.label, cap=cap, cap_source=cap_source, reported=item.score,
                     computed=computed, status=status, reason=reason, children=children)


def score_narrative(n: Narrative, rules: RuleSet) -> NarrativeScore:
    """Recompute a report's score tree and compare it with the stated total and grade."""
    items = [_score_item(i, _match(i.label, rules.framework)) for i in n.score_tree]
    parts = [i.computed for i in items if i.computed is not None]
    total = sum(parts, Decimal(0)) if parts else None
    missing = [g.name for g in rules.framework if not any(any(m in i.label for m in g.match) for i in items)]
    msg = f"各项得分 {' + '.join(num(p) for p in parts)} = {num(total)}"
    if n.stated_total is not None:
        matches = total == n.stated_total
        msg += f"，报告评价得分 {num(n.stated_total)} 分" + ("，一致" if matches else "，不一致")
    else:
        matches = None
        msg += "，报告未写评价得分"
    if missing:
        msg += f"；报告缺少规则集中的「{'」「'.join(missing)}」"
    grade = rules.grade(total)
    stated = rules.grade_name(n.stated_grade)
    if stated is not None:
        msg += f"；报告等级「{n.stated_grade}」，按得分应为「{grade}」" + ("" if stated == grade else "，不一致")
    return NarrativeScore(line=n.where.line, title=n.title, items=items, computed_total=total,
                          stated_total=n.stated_total, stated_grade=n.stated_grade, recomputed_grade=grade,
                          matches=matches, message=msg)
