"""Review engine (审核): registered rules run over a typed package, producing findings.

Importing this package registers every rule family (one module per concept).
"""

from __future__ import annotations

from ..model import Package
from ..boundary import debug, place
from . import arithmetic, cross, final_accounts, indicators, narrative, reading  # noqa: F401  (register rules)
from .finding import FORM_NAMES, RULES, SEVERITY_ORDER, Finding, Rule

__all__ = ["check", "RULES", "Finding", "Rule"]


def check(pkg: Package, only: set[str] | None = None) -> list[Finding]:
    """Run every registered rule (or those in ``only``) and return the findings, ordered by
    form, table and source line."""
    out: list[Finding] = []
    for r in RULES.values():
        if only and r.id not in only:
            continue
        try:
            out.extend(r.fn(pkg))
        except Exception as e:  # one rule's fault never hides the other rules' findings
            if debug():
                raise
            out.append(internal(r, pkg, e))
    return sorted(out, key=lambda f: (f.form, f.table or "", f.where.line if f.where else 0, SEVERITY_ORDER[f.severity], f.rule))


def internal(r: Rule, pkg: Package, e: Exception) -> Finding:
    """The finding that stands for a rule that raised (``INTERNAL-<rule id>``, error)."""
    return Finding(rule=f"INTERNAL-{r.id}", severity="error", category="internal", file=pkg.source,
                   form=FORM_NAMES["package"], message=f"审核规则 {r.id}（{r.title}）运行出错，本条规则的结果不完整："
                   f"{type(e).__name__}（{place(e)}）；请把本材料反馈给 jixiao 维护人员", actual=type(e).__name__)
