"""The --json outputs validate against their committed schemas (docs/*.schema.json), which say
``$schema``/``$id`` and type every money or score figure as a decimal string, never a float."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from jixiao.cli import app

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "example_package.txt"
KINDS = {"parse": "package", "check": "check", "score": "score"}


def _schema(kind: str) -> dict:
    return json.loads((ROOT / "docs" / f"{kind}.schema.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("command", sorted(KINDS))
def test_output_validates_against_its_schema(command, tmp_path):
    out = tmp_path / "out.json"
    CliRunner().invoke(app, [command, str(EXAMPLE), "--json", str(out)])
    doc = json.loads(out.read_text(encoding="utf-8"))
    schema = _schema(KINDS[command])
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] == f"urn:jixiao:{doc['schema']}"
    jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker()).validate(doc)


def test_a_float_where_a_decimal_belongs_is_refused():
    schema = _schema("score")
    validator = jsonschema.Draft202012Validator(schema)
    doc = {"schema": "jixiao.score/1", "packages": []}
    validator.validate(doc)
    change = schema["$defs"]["GradeChange"]
    decimal = next(a for a in change["properties"]["reported_total"]["anyOf"] if a.get("type") == "string")
    assert decimal["format"] == "decimal"
    sub = jsonschema.Draft202012Validator(decimal)
    assert sub.is_valid("144000.00") and not sub.is_valid(144000.0) and not sub.is_valid("1.4e5")
