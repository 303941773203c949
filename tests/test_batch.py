"""The batch engine (jixiao.batch): streamed, per-folder packages, the same results on every
executor, the summary table, JSON Lines and the incremental cache."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal
from pathlib import Path

import pytest
from typer.testing import CliRunner

from jixiao.batch import Job, plan, run
from jixiao.checks import check
from jixiao.checks.render import review
from jixiao.cli import app
from jixiao.example import example_text
from jixiao.executor import InProcess, LocalPool
from jixiao.incremental import Cache
from jixiao.pipeline import load_many

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
needs_seeds = pytest.mark.skipif(not SEEDS.is_dir(), reason="needs ../shared/seeds")
runner = CliRunner()


def _corpus(tmp_path: Path) -> Path:
    """A batch of three kinds: two single-file folders, and a folder of one package in two files
    (附件1 apart from 附件2–4) plus a damaged file."""
    text = example_text()
    cut = text.index("附件二")
    root = tmp_path / "batch"
    for name in ("甲", "乙"):
        (root / name).mkdir(parents=True)
        (root / name / "材料.txt").write_text(text, encoding="utf-8")
    split = root / "丙"
    split.mkdir()
    (split / "附件1.txt").write_text(text[:cut], encoding="utf-8")
    (split / "附件2-4.txt").write_text(text[cut:], encoding="gb18030")
    (split / "坏文件.pdf").write_bytes(b"%PDF-1.7 broken")
    return root


def _dumps(results) -> list[str]:
    return [r.value.model_dump_json() if r.ok else f"{r.error.path}: {r.error.reason}" for r in results]


def test_folders_are_packages_and_never_merge(tmp_path):
    root = _corpus(tmp_path)
    got = list(run(plan([root]), Job("parse")))
    ok = [r for r in got if r.ok]
    # 甲 and 乙 hold the same unit and year but are two folders: two packages; 丙's two files are one
    assert sorted(r.source for r in ok) == sorted(["附件1.txt + 附件2-4.txt", "材料.txt", "材料.txt"])
    merged = next(r.value for r in ok if "+" in r.source)
    whole = next(r.value for r in ok if "+" not in r.source)
    assert len(merged.basic_data) == 1 and len(merged.evaluations) == len(whole.evaluations)
    (bad,) = [r for r in got if not r.ok]
    assert bad.error.path.endswith("坏文件.pdf")


def test_batch_equals_the_one_at_a_time_path(tmp_path):
    root = _corpus(tmp_path)
    paths = [root] + ([SEEDS] if SEEDS.is_dir() else [])
    expected = sorted(review(p, check(p)).model_dump_json() for p in load_many(paths, []))
    local = list(run(plan(paths), Job("check"), LocalPool(2)))
    here = list(run(plan(paths), Job("check"), InProcess()))
    assert sorted(r.value.model_dump_json() for r in local if r.ok) == expected
    assert _dumps(local) == _dumps(here)  # same results in the same order, whatever the executor


def test_the_pool_takes_items_only_as_workers_fall_idle():
    pulled = []

    def items():
        for i in range(12):
            pulled.append(i)
            yield i

    seen = 0
    for o in LocalPool(2).imap(abs, items()):
        seen += 1
        assert len(pulled) <= seen + 2  # never more than one item per worker in flight
    assert seen == 12


@needs_seeds
def test_summary_rows_of_the_seeds(tmp_path):
    out = tmp_path / "汇总.csv"
    r = runner.invoke(app, ["score", str(SEEDS), "-q", "--summary", str(out), "-j", "2"])
    assert r.exit_code == 0, r.output
    rows = {row["文件"]: row for row in csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig")))}
    assert len(rows) == 5
    # 部门整体支出绩效自评表 总分 as filed: seed 000 line 565–567 "总分 100 88"; seed 004 line 478–480 "总分 100 99"
    assert rows["000_a1e8d29c7864ba8d.txt"]["填报总分"] == "88"
    assert rows["004_dc9c9a078db0651c.txt"]["填报总分"] == "99"
    assert rows["000_a1e8d29c7864ba8d.txt"]["单位"] == "衡山县人力资源和社会保障局"
    assert rows["001_7c0e03b398c44046.txt"]["年度"] == "2022"
    import hashlib

    sha = hashlib.sha256((SEEDS / "000_a1e8d29c7864ba8d.txt").read_bytes()).hexdigest()
    assert rows["000_a1e8d29c7864ba8d.txt"]["文件哈希（SHA-256）"] == f"000_a1e8d29c7864ba8d.txt={sha}"


def test_summary_in_every_format_holds_the_same_rows(tmp_path):
    root = _corpus(tmp_path)
    for suffix in (".csv", ".xlsx", ".parquet"):
        r = runner.invoke(app, ["check", str(root), "-q", "--fail-on", "无", "--summary", str(tmp_path / f"s{suffix}")])
        assert r.exit_code == 1, r.output  # the damaged file fails the run
    with open(tmp_path / "s.csv", encoding="utf-8-sig", newline="") as f:
        table = list(csv.reader(f))
    from openpyxl import load_workbook

    xlsx = [["" if v is None else str(v) for v in row] for row in load_workbook(tmp_path / "s.xlsx").active.iter_rows(values_only=True)]
    assert xlsx == table and len(table) == 1 + 4  # header, 甲, 乙, 丙 and the damaged file
    assert sum(1 for row in table if row[12].startswith("未完成")) == 1
    pq = pytest.importorskip("pyarrow.parquet")
    frame = pq.read_table(tmp_path / "s.parquet").to_pylist()
    assert [row["文件"] for row in frame] == [row[2] for row in table[1:]]
    assert all(isinstance(row["填报总分"], (Decimal, type(None))) for row in frame)
    assert runner.invoke(app, ["check", str(root), "--summary", str(tmp_path / "s.ods")]).exit_code == 2


def test_json_document_and_json_lines_hold_the_same_packages(tmp_path):
    root = _corpus(tmp_path)
    doc, lines = tmp_path / "c.json", tmp_path / "c.jsonl"
    for target in (doc, lines):
        runner.invoke(app, ["check", str(root), "-q", "--json", str(target)])
    whole = json.loads(doc.read_text(encoding="utf-8"))
    assert whole["schema"] == "jixiao.check/1"
    each = [json.loads(x) for x in lines.read_text(encoding="utf-8").splitlines()]
    assert each == whole["reviews"] and len(each) == 3
    r = runner.invoke(app, ["score", str(root / "甲"), "--json", "-", "--lines"])
    assert [json.loads(x)["unit_name"] for x in r.stdout.splitlines()] == [whole["reviews"][0]["unit_name"]]


def test_an_unchanged_file_is_not_read_again(tmp_path):
    root = _corpus(tmp_path)
    cache_dir = tmp_path / "cache"
    first_cache = Cache(cache_dir, "check")
    first = list(run(plan([root]), Job("check", summary=True), InProcess(), first_cache))
    assert first_cache.hits == 0
    again = Cache(cache_dir, "check")
    second = list(run(plan([root]), Job("check", summary=True), InProcess(), again))
    assert again.hits == 3 and again.misses == 0  # 甲, 乙 and the folder 丙
    assert all(r.reused for r in second)
    assert _dumps(second) == _dumps(first)
    assert [r.row for r in second] == [r.row for r in first]
    (root / "乙" / "材料.txt").write_text(example_text().replace("2024", "2025", 1), encoding="utf-8")
    third = Cache(cache_dir, "check")
    list(run(plan([root]), Job("check", summary=True), InProcess(), third))
    assert (third.hits, third.misses) == (2, 1)
    other = Cache(cache_dir, "check")  # other options: another key
    list(run(plan([root]), Job("check", only=frozenset({"XT-001"})), InProcess(), other))
    assert other.hits == 0


def test_dask_cluster_gives_the_same_results(tmp_path):
    distributed = pytest.importorskip("distributed")
    from jixiao.executor import DaskExecutor

    root = _corpus(tmp_path)
    paths = [root] + ([SEEDS] if SEEDS.is_dir() else [])
    local = list(run(plan(paths), Job("score", summary=True), LocalPool(2)))
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            distributed.Client(cluster) as client:
        remote = list(run(plan(paths), Job("score", summary=True), DaskExecutor(client)))
    assert _dumps(remote) == _dumps(local)
    assert [r.row for r in remote] == [r.row for r in local]


def test_progress_lines_when_not_a_terminal(tmp_path):
    many = tmp_path / "many"
    many.mkdir()
    text = example_text()
    for i in range(25):
        (many / f"{i}").mkdir()
        (many / f"{i}" / "材料.txt").write_text(text, encoding="utf-8")
    r = runner.invoke(app, ["check", str(many), "-q", "--fail-on", "无"])
    assert r.exit_code == 0, r.output
    assert "共处理 25 个文件" in r.stderr
