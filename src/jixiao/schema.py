"""JSON Schema of ``jixiao parse --json`` (exported to docs/package.schema.json)."""

from __future__ import annotations

from pydantic import BaseModel

from .model import Package

SCHEMA_ID = "jixiao.package/1"


class ParseOutput(BaseModel):
    """What ``jixiao parse --json`` writes: one package per input file."""

    schema_: str
    packages: list[Package]


def package_schema() -> dict:
    s = ParseOutput.model_json_schema(mode="serialization")
    s["title"] = "jixiao parse --json output"
    s["properties"]["schema"] = s["properties"].pop("schema_")
    s["properties"]["schema"]["const"] = SCHEMA_ID
    s["required"] = ["schema", "packages"]
    return s
