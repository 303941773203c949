"""Review engine (审核): registered rules run over a typed package, producing findings.

Importing this package registers every rule family (one module per concept).
"""

from __future__ import annotations

from ..model import Package
from . import arithmetic, cross, final_accounts, indicators, narrative  # noqa: F401  (register rules)
from .finding import RULES, SEVERITY_ORDER, Finding, Rule

__all__ = ["check", "RULES", "Finding", "Rule"]


def check(pkg: Package, only: set[str] | None = None) -> list[Finding]:
    """Run every registered rule (or those in ``only``) and return the findings, ordered by
    form, table and source line."""
    out: list[Finding] = []
    for r in RULES.values():
        if only and r.id not in only:
            continue
        out.extend(r.fn(pkg))
    return sorted(out, key=lambda f: (f.form, f.table or "", f.where.line if f.where else 0, SEVERITY_ORDER[f.severity], f.rule))
