"""The command line speaks Chinese: help pages, usage errors, --version, shared options.

Before this change the help was typer's ("Usage:", "Options", "Show this message and exit.",
type tags like ``<list[Path]>``) and usage errors were click's ("No such option", "Missing
option"); ``check --rules`` meant rule ids but ``score --rules`` a rule set; ``-q`` was on parse
only; ``schema --kind score`` was refused; there was no ``--version``.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from typer.testing import CliRunner

import jixiao
from jixiao.cli import app

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "example_package.txt"
COMMANDS = ["", "parse", "check", "rules", "forms", "schema", "example", "score", "report"]

# Latin words a Chinese help page may hold, each a name the user types or sees as such:
# file formats and programs, the command names, the key `extends` written in definition
# files, and the literal values of --kind and --only.
ALLOWED = {"JSON", "HTML", "PDF", "TOML", "CPU", "LibreOffice", "Excel", "jixiao", "extends", "Dask", "tcp",
           "Lines",  # JSON Lines, the format's own name
           *filter(None, COMMANDS), "package", "review"}
# option names (--fail-on, -j), file names and paths (.txt, forms/*.toml, docs/rules.md),
# rule ids (XT-003)
_NAMES = re.compile(r"--?[A-Za-z][\w-]*|[\w*]*[./][\w./*-]+|\b[A-Z]{2}-\d{3}\b")

class _Runner(CliRunner):
    def invoke(self, app, args, **kw):
        return super().invoke(app, args, prog_name="jixiao", **kw)


runner = _Runner()


def _english_words(text: str) -> set[str]:
    return set(re.findall(r"[A-Za-z]{2,}", _NAMES.sub(" ", text))) - ALLOWED


@pytest.mark.parametrize("command", COMMANDS)
def test_every_help_page_is_chinese(command):
    r = runner.invoke(app, [*command.split(), "--help"], env={"COLUMNS": "1000"})  # no wrapping inside names
    assert r.exit_code == 0, r.output
    assert r.output.startswith(f"用法：jixiao {command}".rstrip()), r.output[:80]
    assert _english_words(r.output) == set(), r.output
    assert "显示本帮助并退出" in r.output


def test_the_english_word_finder_finds_english():
    # the test above is only worth anything if it sees typer's words
    assert _english_words("Usage: jixiao check [OPTIONS] <list[Path]>  Show this message and exit.") >= {
        "Usage", "OPTIONS", "Show", "message", "list", "Path"}
    assert _english_words("--fail-on 级别  forms/*.toml  .txt/.docx  XT-003") == set()


@pytest.mark.parametrize("args, words", [
    (["check", "--nope"], ["没有选项 --nope"]),
    (["chek"], ["没有命令 chek", "check"]),
    (["check", "-j", "0", "x.txt"], ["--workers", "不小于 1"]),
    (["check", "--json"], ["--json", "缺少值"]),
    (["report", "x.txt"], ["缺少选项", "--out"]),
    (["check"], ["缺少参数 材料"]),
    (["schema", "extra", "more"], ["多余的参数：extra more"]),
    (["check", "--info=yes", "x.txt"], ["--info", "不带值"]),
])
def test_usage_errors_are_one_chinese_line_with_status_2(args, words):
    exe = Path(sys.executable).with_name("jixiao")
    r = subprocess.run([str(exe), *args], capture_output=True, text=True, timeout=60)
    assert r.returncode == 2, r.stderr
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("错误"), r.stderr
    for w in words:
        assert w in lines[0], lines[0]
    assert _english_words(lines[0]) - set(args) == set(), lines[0]
    assert "Traceback" not in r.stderr and r.stdout == ""


def test_version_is_the_package_version():
    with open(ROOT / "pyproject.toml", "rb") as f:
        declared = tomllib.load(f)["project"]["version"]
    for flag in ("--version", "-V"):
        r = runner.invoke(app, [flag])
        assert r.exit_code == 0 and r.output.strip() == f"jixiao {declared}" == f"jixiao {jixiao.__version__}"


def test_no_arguments_shows_the_help():
    r = runner.invoke(app, [])
    assert r.output.startswith("用法：jixiao [选项] 命令") and "命令：" in r.output


def test_quiet_and_only_mean_the_same_on_every_command():
    # the example carries two errors (its 自评报告 and forms disagree on purpose; see example.py)
    full = runner.invoke(app, ["check", str(EXAMPLE)])
    quiet = runner.invoke(app, ["check", str(EXAMPLE), "-q"])
    assert full.exit_code == quiet.exit_code == 1
    assert quiet.output.strip().splitlines() == [full.output.strip().splitlines()[0]]
    assert "错误 2" in quiet.output
    # --only takes rule ids (formerly check's --rules); an unknown id is status 2
    assert runner.invoke(app, ["check", str(EXAMPLE), "--only", "XT-003", "--fail-on", "警告"]).exit_code == 0
    assert runner.invoke(app, ["check", str(EXAMPLE), "--only", "NOPE-1"]).exit_code == 2
    # --rules is the scoring rule set wherever it appears
    assert runner.invoke(app, ["score", str(EXAMPLE), "-q", "--rules", "nowhere"]).exit_code == 2
    s = runner.invoke(app, ["score", str(EXAMPLE), "-q"])
    assert s.exit_code == 0 and "汇总" in s.output and "另有" not in s.output


def test_fail_on_takes_chinese_and_english_levels():
    for level in ("警告", "warning"):
        assert runner.invoke(app, ["check", str(EXAMPLE), "--only", "XT-003", "--fail-on", level]).exit_code == 0
    for level in ("无", "none"):
        assert runner.invoke(app, ["check", str(EXAMPLE), "--fail-on", level]).exit_code == 0
    bad = runner.invoke(app, ["check", str(EXAMPLE), "--fail-on", "严重"])
    assert bad.exit_code == 2 and "错误、警告 或 无" in bad.output


def test_schema_of_the_score_output():
    r = runner.invoke(app, ["schema", "--kind", "score"])
    assert r.exit_code == 0
    s = json.loads(r.output)
    assert s["title"] == "jixiao score --json output" and {"schema", "packages"} <= set(s["properties"])


def test_rules_are_listed_with_chinese_severities():
    r = runner.invoke(app, ["rules"])
    assert r.exit_code == 0 and " 错误 " in r.output
    assert not re.search(r"\b(error|warning|info)\b", r.output)
