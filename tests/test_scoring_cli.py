"""``jixiao score`` (registered on a fresh Typer app), its JSON output and the committed schema."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from typer.testing import CliRunner

from jixiao.cli_score import register
from jixiao.scoring.report import SCHEMA_ID
from jixiao.scoring.schema import schema_text, score_schema
from seedlib import seed_path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "example_package.txt"
runner = CliRunner()


def _app() -> typer.Typer:
    app = typer.Typer()

    @app.callback()
    def main() -> None:  # a group, so that "score" is a sub-command as in jixiao's app
        pass

    register(app)
    return app


def test_schema_in_docs_is_current():
    assert (ROOT / "docs" / "score.schema.json").read_text(encoding="utf-8") == schema_text()


def test_score_example_text_and_json(tmp_path):
    out = tmp_path / "s.json"
    r = runner.invoke(_app(), ["score", str(EXAMPLE), "--json", str(out)])
    assert r.exit_code == 0, r.output
    assert "评分规则集：national-project" in r.output
    assert "汇总" in r.output
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["schema"] == SCHEMA_ID
    (pkg,) = doc["packages"]
    assert set(pkg) == set(score_schema()["$defs"]["PackageScore"]["properties"])
    assert len(pkg["tables"]) == 3   # example: 1 部门整体 + 2 项目 tables
    # scores stay exact in JSON: Decimal is written as a string
    assert isinstance(pkg["tables"][0]["execution"]["recomputed"], str)


def test_score_seed_shows_difference_with_reason():
    r = runner.invoke(_app(), ["score", str(seed_path("003_c0781168737441b9.txt")), "--rules", "national-project"])
    assert r.exit_code == 0, r.output
    out = r.output.replace("\n", "")
    # seed 003 line 944: ≥1.6万人 / 1.35万人 / 10 / 2 -> 1.35/1.6 × 10 = 8.44
    assert "全市新增农村劳动力转移就业人数" in out and "计 8.44 分，填报 2 分" in out
    assert "由 --rules 指定" in out


def test_list_rules_and_unknown_rules():
    r = runner.invoke(_app(), ["score", "--list-rules"])
    assert r.exit_code == 0 and "hebei-department" in r.output and "national-project" in r.output
    r = runner.invoke(_app(), ["score", str(EXAMPLE), "--rules", "nowhere"])
    assert r.exit_code == 2 and "nowhere" in r.output


def test_unreadable_file_is_one_line_error(tmp_path):
    f = tmp_path / "empty.txt"
    f.write_bytes(b"")
    r = runner.invoke(_app(), ["score", str(f)])
    assert r.exit_code == 1 and "empty.txt" in r.output and "Traceback" not in r.output
