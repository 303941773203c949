"""JSON Schema of ``jixiao score --json`` (kept at docs/score.schema.json).

Regenerate with ``python -m jixiao.scoring.schema docs/score.schema.json``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from .report import SCHEMA_ID, ScoreReport


def score_schema() -> dict:
    from ..schema import output_schema

    s = output_schema(ScoreReport, "jixiao score --json output", SCHEMA_ID)
    s["required"] = ["schema", "packages"]
    return s


def schema_text() -> str:
    return json.dumps(score_schema(), ensure_ascii=False, indent=1) + "\n"


if __name__ == "__main__":  # pragma: no cover
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    if out:
        from ..atomic import OutputError, write_text

        try:
            write_text(out, schema_text())
        except OutputError as e:
            sys.exit(f"错误 {e}")
    else:
        sys.stdout.write(schema_text())
