"""Data files with ``extends`` (规则集、表单定义): TOML merged key by key.

Rule sets (``rulesets/*.toml``) and form definitions (``forms/*.toml``) are both
kept as data and both may ``extends`` another file of their kind.  This module is
the one place where such files are found and merged: tables merge key by key,
lists and scalars of the child replace the parent's, and ``detect`` is never
inherited (a child says for itself when it applies).
"""

from __future__ import annotations

import tomllib
from decimal import Decimal
from importlib import resources
from pathlib import Path
from typing import Any

NOT_INHERITED = ("detect", "abstract")


class DataFileError(ValueError):
    """A data file that does not exist, cannot be parsed or extends in a circle."""


def merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    """``over`` laid on ``base``: nested tables merged, everything else replaced."""
    out = dict(base)
    for k, v in over.items():
        out[k] = merge(out[k], v) if isinstance(v, dict) and isinstance(out.get(k), dict) else v
    return out


def files(folder: str, extra: Path | None = None) -> dict[str, Any]:
    """The shipped files of ``jixiao/<folder>/``, plus those of ``extra`` (they win on a clash),
    by name without ``.toml``."""
    roots: list[Any] = [resources.files("jixiao") / folder]
    if extra is not None:
        roots.append(extra)
    out: dict[str, Any] = {}
    for root in roots:
        out.update({p.name[: -len(".toml")]: p for p in root.iterdir() if p.name.endswith(".toml")})
    return out


def load_raw(name: str, available: dict[str, Any], what: str, seen: tuple[str, ...] = ()) -> dict[str, Any]:
    """The file ``name`` with its ``extends`` chain merged in (``what`` names the kind in errors)."""
    if name not in available:
        raise DataFileError(f"没有名为「{name}」的{what}；可用：{'、'.join(sorted(available))}")
    if name in seen:
        raise DataFileError(f"{what} extends 循环：{' -> '.join((*seen, name))}")
    try:
        data = tomllib.loads(available[name].read_text(encoding="utf-8"), parse_float=Decimal)
    except tomllib.TOMLDecodeError as e:
        raise DataFileError(f"{what}「{name}」无法读取：{e}") from e
    parent = data.get("extends")
    if parent:
        base = load_raw(parent, available, what, (*seen, name))
        for key in NOT_INHERITED:
            base.pop(key, None)
        data = merge(base, data)
    return data


def invalid(e: Exception) -> str:
    """One line for a data file's content error: the first field at fault and its message
    (a pydantic validation error is otherwise a screenful)."""
    errors = getattr(e, "errors", None)
    if callable(errors):
        try:
            items = errors()
        except Exception:  # not a pydantic error after all
            items = []
        if items:
            first = items[0]
            place = ".".join(str(x) for x in first.get("loc", ())) or "（顶层）"
            more = f"（共 {len(items)} 处错误）" if len(items) > 1 else ""
            return f"{place}：{first.get('msg', '')}{more}"
    return " ".join(str(e).split())
