"""JSON Schema of ``jixiao parse --json`` (exported to docs/package.schema.json)."""

from __future__ import annotations

from pydantic import BaseModel
from pydantic.json_schema import GenerateJsonSchema

from .model import Package

SCHEMA_ID = "jixiao.package/1"
JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
DECIMAL_PATTERN = r"^-?\d+(\.\d+)?$"


class _Schema(GenerateJsonSchema):
    """Money and scores are decimals written as strings ("144000.00"), never floats: say so."""

    def decimal_schema(self, schema):
        out = super().decimal_schema(schema)
        if out.get("type") == "string":
            out.update(format="decimal", pattern=DECIMAL_PATTERN)
        return out


def output_schema(model: type[BaseModel], title: str, schema_id: str) -> dict:
    """The JSON Schema of an output document: ``$schema``, ``$id`` (from the output's own
    ``schema`` value, e.g. ``urn:jixiao:jixiao.check/1``), decimals typed as such."""
    s = model.model_json_schema(mode="serialization", by_alias=True, schema_generator=_Schema)
    props = s["properties"]
    if "schema_" in props:
        props["schema"] = props.pop("schema_")
    props["schema"]["const"] = schema_id
    return {"$schema": JSON_SCHEMA_DIALECT, "$id": f"urn:jixiao:{schema_id}", **s, "title": title}


class ParseOutput(BaseModel):
    """What ``jixiao parse --json`` writes: one package per input file."""

    schema_: str
    packages: list[Package]


def package_schema() -> dict:
    s = output_schema(ParseOutput, "jixiao parse --json output", SCHEMA_ID)
    s["required"] = ["schema", "packages"]
    return s
