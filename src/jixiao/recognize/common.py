"""Helpers shared by the form recognisers: captions, footers, amounts."""

from __future__ import annotations

import re
from decimal import Decimal

from ..grid import Cell, Loc, Paragraph
from ..model import Footer
from ..values import OUT_OF_RANGE, Amount, MoneyUnit, is_blank, parse_amount, parse_number, parse_percent, squash
from .context import Context, where

_FOOTER_FIELDS = [
    ("filler", re.compile(r"填(?:表|报)人[:：]\s*(.*?)(?=\s*(?:填报日期|填表日期|联系电话|单位负责人|$))")),
    ("fill_date", re.compile(r"填(?:报|表)日期[:：]\s*(.*?)(?=\s*(?:联系电话|单位负责人|$))")),
    ("phone", re.compile(r"联系电话[:：]\s*(.*?)(?=\s*(?:单位负责人|$))")),
    ("head", re.compile(r"单位负责人(?:签字)?[:：]\s*(.*?)$")),
]
FOOTER = re.compile(r"^\s*填(?:表|报)(?:人|日期)")


def parse_footer(p: Paragraph) -> Footer:
    """"填表人：莫艳萍   填报日期：6月4日  联系电话：…  单位负责人签字：…"."""
    values: dict[str, str | None] = {}
    for key, pat in _FOOTER_FIELDS:
        m = pat.search(p.text)
        values[key] = (m.group(1).strip() or None) if m else None
    return Footer(where=where(p.loc), **values)


def amount(text: str | None, unit: MoneyUnit | None, ctx: Context, loc: Loc) -> Amount | None:
    """Parse an amount cell, reporting odd writing (e.g. "37,70.00") as a diagnostic."""
    p = parse_amount(text, unit)
    _report(p.warnings, ctx, loc)
    if p.value is None:
        return None
    return Amount(value=p.value, unit=MoneyUnit(p.unit) if p.unit else None)


def number(text: str | None, ctx: Context, loc: Loc) -> Decimal | None:
    p = parse_number(text)
    _report(p.warnings, ctx, loc)
    return p.value


def _report(warnings: list[str], ctx: Context, loc: Loc) -> None:
    """Odd writing of a figure -> "value"; a figure beyond the number limits -> "value-range"."""
    for w in warnings:
        ctx.warn("value-range" if w.startswith(OUT_OF_RANGE) else "value", w, loc)


def percent(text: str | None, ctx: Context, loc: Loc) -> Decimal | None:
    if is_blank(text):
        return None
    p = parse_percent(text)
    if p.value is None and p.warnings and p.warnings[0].startswith(OUT_OF_RANGE):
        _report(p.warnings, ctx, loc)
    elif p.value is None:
        ctx.warn("value", f"执行率/比率无法读取：「{text}」", loc)
    return p.value


def next_value_cell(cells: list[Cell], i: int, is_label) -> Cell | None:
    """The first non-blank cell after ``cells[i]`` that is not itself a label."""
    for c in cells[i + 1:]:
        if c.is_blank:
            continue
        if is_label(c.text):
            return None
        return c
    return None


def clean_text(text: str | None) -> str | None:
    """Cell text for the model: trimmed, line breaks of the layout removed."""
    if text is None:
        return None
    # every run of blanks holding a line break goes, the break with it; written with split and
    # strip, linear where the pattern [\s]*\n[\s]* went quadratic on a million-space line
    lines = text.split("\n")
    if len(lines) > 1:
        text = "".join([lines[0].rstrip(), *(ln.strip() for ln in lines[1:-1]), lines[-1].lstrip()])
    s = text.strip(" \t\u3000\r\n")
    return s or None


_PURE_NUMBER = re.compile(r"^[+-]?\d+(?:\.\d+)?$")


def is_pure_number(text: str | None) -> bool:
    return bool(_PURE_NUMBER.match(squash(text)))
