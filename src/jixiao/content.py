"""What a package says, apart from where it was read from (材料内容): for spotting the same
material filed twice, and for sorting names as people read them.

:func:`content_key` hashes the figures of a package's forms (基础数据表, 自评表, 决算/预算
tables), or its narratives' text when it has no form, with every position, id and source name
left out and whitespace removed from strings: the .txt export and the .docx of one package give
the same key.  :func:`natural_key` sorts "测试2" before "测试10".
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Any

from .model import Package

# fields that say where or how something was read, not what it says
_LOCATION_KEYS = frozenset({"where", "id", "placeholder_rows", "spilled_labels", "money_unit_conflict"})
_FORM_FIELDS = ("basic_data", "evaluations", "final_accounts", "budget_tables")
_WS = re.compile(r"\s+")
_DIGITS = re.compile(r"(\d+)")


def _plain(o: Any) -> Any:
    if isinstance(o, dict):
        return {k: _plain(v) for k, v in o.items() if k not in _LOCATION_KEYS}
    if isinstance(o, list):
        return [_plain(x) for x in o]
    if isinstance(o, str):
        return _WS.sub("", o)
    return o


def _narrative_text(pkg: Package) -> str:
    def walk(secs) -> str:
        return "".join(s.heading + "".join(s.paragraphs) + walk(s.children) for s in secs)

    return _WS.sub("", "".join(n.title + "".join(n.preamble) + walk(n.sections) for n in pkg.narratives))


def content_key(pkg: Package) -> str | None:
    """SHA-256 of what ``pkg`` says (its forms' figures, else its narratives' text); None when it
    says nothing (no form and no text)."""
    forms = {f: _plain(pkg.model_dump(mode="json", include={f})[f]) for f in _FORM_FIELDS}
    if any(forms.values()):
        body = json.dumps([pkg.unit_name, pkg.year, forms], ensure_ascii=False, sort_keys=True)
    else:
        body = _narrative_text(pkg)
        if not body:
            return None
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def natural_key(name: str | Path) -> list:
    """Sort key reading digit runs as numbers: 测试2 < 测试10, 附件3 < 附件12.

    >>> sorted(["测试10", "测试2", "附件1"], key=natural_key)
    ['测试2', '测试10', '附件1']
    """
    return [int(t) if i % 2 else t for i, t in enumerate(_DIGITS.split(str(name)))]
