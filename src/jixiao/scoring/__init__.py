"""Scoring engine (评分复核): recompute every score and grade under rule sets kept as data."""

from .engine import score_package, score_report, score_table
from .report import SCHEMA_ID, PackageScore, ScoreReport, TableScore
from .rulesets import RuleSet, RuleSetError, available, detect, load_ruleset

__all__ = ["score_package", "score_report", "score_table", "SCHEMA_ID", "PackageScore", "ScoreReport", "TableScore",
           "RuleSet", "RuleSetError", "available", "detect", "load_ruleset"]
