"""The 审核意见 / 整改通知 (.docx) of ``jixiao report --review-only``: read back with python-docx.

The example package (examples/example_package.txt) carries exactly two errors: SUM-001, 三公经费
2024 年决算数 10.60 vs its parts 5.50 + 5.00 = 10.50 (line 19), and SCORE-005, 人才引进专项经费
scores 90 + 10 = 100 vs 总分 98 (line 379).  Its clean variant (10.50, 总分 100) has none.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from typer.testing import CliRunner

import jixiao
from jixiao.atomic import MANIFEST_NAME
from jixiao.checks import check
from jixiao.cli import app
from seedlib import seed_path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "example_package.txt"
SEED_004 = "004_dc9c9a078db0651c.txt"
EXAMPLE_UNIT, EXAMPLE_YEAR = "示例县人力资源和社会保障局", 2024
EXAMPLE_TITLE = f"关于{EXAMPLE_UNIT}{EXAMPLE_YEAR}年度预算绩效自评材料的审核意见"
EXAMPLE_FILE = f"审核意见_{EXAMPLE_UNIT}_{EXAMPLE_YEAR}.docx"
HEADERS = ["序号", "表单", "位置", "问题", "整改要求"]
SIGNATURE_END = "日"  # the date line "　　年　　月　　日" closes the document
CLEAN_EDITS = (  # as in tests/test_checks.py::test_check_cli_outputs_and_exit_codes
    ("\t12.50\n\t12.00\n\t10.60", "\t12.50\n\t12.00\n\t10.50"),
    ("\t总分\n\t100\n\t98\n\t\n\n\n填表人：张三   填报日期：3月15日  联系电话：0000-0000000     单位负责人签字：李四\n附件四",
     "\t总分\n\t100\n\t100\n\t\n\n\n填表人：张三   填报日期：3月15日  联系电话：0000-0000000     单位负责人签字：李四\n附件四"),
)


def _clean_text() -> str:
    text = EXAMPLE.read_text(encoding="utf-8")
    for old, new in CLEAN_EDITS:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    return text


def _run(package: Path, out: Path, *options: str):
    return CliRunner().invoke(app, ["report", str(package), "-o", str(out), "--review-only", *options],
                              prog_name="jixiao")


def _notice(package: Path, out: Path, *options: str) -> tuple[Path, docx.Document]:
    r = _run(package, out, *options)
    assert r.exit_code == 0, r.output
    files = sorted(p.name for p in out.iterdir())
    assert len(files) == 2 and MANIFEST_NAME in files, files  # only the notice (and the manifest)
    path = next(out.glob("审核意见_*.docx"))
    return path, docx.Document(str(path))


def _texts(d) -> list[str]:
    return [p.text for p in d.paragraphs]


def _rows(d) -> list[list[str]]:
    """The data rows of the 问题清单 (the header checked)."""
    assert len(d.tables) == 1
    rows = [[c.text for c in r.cells] for r in d.tables[0].rows]
    assert rows[0] == HEADERS
    return rows[1:]


@pytest.fixture(scope="module")
def example(tmp_path_factory):
    out = tmp_path_factory.mktemp("notice") / "out"
    return _notice(EXAMPLE, out, "--deadline", "2025-06-30", "--bureau", "示例县财政局", "--notice-no", "12")


def test_example_title_number_and_addressee(example):
    path, d = example
    assert path.name == EXAMPLE_FILE
    texts = _texts(d)
    assert texts[0].startswith("X财绩审〔") and texts[0].endswith("〕12号")
    assert texts[1] == EXAMPLE_TITLE
    assert texts[2] == f"{EXAMPLE_UNIT}："


def test_example_verdict_is_return_for_correction(example):
    body = "\n".join(_texts(example[1]))
    assert "经审核，共发现错误2处、警告0处。" in body
    assert "审核结论：退回整改" in body and "审核通过" not in body
    assert "填报总分99分，复核总分99.95分，等级「优」" in body  # 部门整体: reported vs recomputed


def test_example_problem_table_names_both_errors_with_places(example):
    rows = _rows(example[1])
    assert [r[0] for r in rows] == ["1", "2"]
    three_public, talent = rows
    assert three_public[1] == "基础数据表"
    assert three_public[2] == "第19行，三公经费，2024 年决算数"
    assert "10.60" in three_public[3] and "5.50 + 5.00 = 10.50" in three_public[3]
    assert three_public[4].startswith("将「2024 年决算数」由 10.60 更正为 10.50")
    assert talent[1] == "项目支出绩效自评表（人才引进专项经费）"
    assert talent[2] == "第379行，总分，得分"
    assert "90 + 预算执行得分 10 = 100" in talent[3] and "98" in talent[3]
    assert talent[4].startswith("将「得分」由 98 更正为 100")


def test_example_requirements_deadline_and_signature(example):
    d = example[1]
    texts = _texts(d)
    assert "三、整改要求" in texts and "四、整改期限" in texts
    assert "请于2025年6月30日前完成整改，并报送整改情况。" in texts
    sign = d.paragraphs[-4:]
    assert [p.text.split("：")[0] for p in sign[:2]] == ["审核人", "复核人"]
    assert sign[2].text == "示例县财政局"
    assert sign[3].text.replace("\u3000", "") == "年月日" and sign[3].text.endswith(SIGNATURE_END)
    assert all(p.alignment == WD_ALIGN_PARAGRAPH.RIGHT for p in sign)


def test_defaults_blank_number_working_days_and_bureau_placeholder(tmp_path):
    _, d = _notice(EXAMPLE, tmp_path / "out")
    texts = _texts(d)
    assert texts[0].endswith("〕\u3000\u3000号")  # the clerk writes the number in
    assert "请于收到本意见之日起15个工作日内完成整改，并报送整改情况。" in texts
    assert "【待填写：财政局名称】" in texts


def test_clean_variant_passes_without_problem_rows(tmp_path):
    clean = tmp_path / "clean.txt"
    clean.write_text(_clean_text(), encoding="utf-8")
    assert not [f for f in check(jixiao.load(clean)) if f.severity == "error"]
    _, d = _notice(clean, tmp_path / "out")
    body = "\n".join(_texts(d))
    assert _texts(d)[1] == EXAMPLE_TITLE
    assert "审核结论：审核通过" in body and "退回整改" not in body
    assert "未发现需要整改的问题。" in body and "整改期限" not in body
    assert all(len(t.rows) <= 1 for t in d.tables)  # no problem rows (no table at all)
    assert d.paragraphs[-1].text.endswith(SIGNATURE_END)


def test_seed_004_lists_every_error_and_warning(tmp_path):
    seed = seed_path(SEED_004)
    findings = check(jixiao.load(seed))
    listed = [f for f in findings if f.severity in ("error", "warning")]
    _, d = _notice(seed, tmp_path / "out")
    texts = _texts(d)
    assert texts[1] == "关于岳阳市君山区人力资源和社会保障局2023年度预算绩效自评材料的审核意见"
    assert any(t.startswith("审核结论：退回整改") for t in texts)
    rows = _rows(d)
    assert len(rows) == len(listed) > 0
    assert [r[0] for r in rows] == [str(k) for k in range(1, len(rows) + 1)]
    assert ["基础数据表", "第48行，项目支出，2023年预算数"] in [r[1:3] for r in rows]  # SUM-004
    assert any(r[1] == "项目支出绩效自评表（社保基金督查专项经费）" and r[2] == "第482行，总分，得分" for r in rows)  # SCORE-005
    assert "分值结构有误，暂不复核总分和等级" in "\n".join(texts)  # recomputed totals not advisable


def test_bad_options_exit_2_and_write_nothing(tmp_path):
    out = tmp_path / "out"
    r = _run(EXAMPLE, out, "--deadline", "2025-6-30")
    assert r.exit_code == 2 and "年-月-日" in r.output
    r = _run(EXAMPLE, out, "--pdf")
    assert r.exit_code == 2 and "不能与" in r.output
    r = CliRunner().invoke(app, ["report", str(EXAMPLE), "-o", str(out), "--bureau", "某财政局"], prog_name="jixiao")
    assert r.exit_code == 2 and "只用于 --review-only" in r.output
    assert not out.exists()


def test_failed_write_leaves_nothing(tmp_path, monkeypatch):
    import jixiao.writers as writers

    def boom(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(writers, "notice_docx", boom)
    out = tmp_path / "out"
    r = _run(EXAMPLE, out)
    assert r.exit_code != 0
    assert list(tmp_path.iterdir()) == []  # neither the folder nor a hidden temporary one


@pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdftotext") is None,
                    reason="LibreOffice (soffice) or pdftotext not installed")
def test_converts_to_pdf_with_the_title(example, tmp_path):
    from jixiao.writers.office import to_pdf

    pdf = to_pdf(example[0], tmp_path)
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    flat = "".join(text.split())
    assert EXAMPLE_TITLE in flat and "退回整改" in flat and "第19行" in flat


def test_warnings_only_pass_but_listed(tmp_path):
    from jixiao.checks.finding import Finding
    from jixiao.model import Where
    from jixiao.scoring import score_package
    from jixiao.writers.notice_docx import build_notice

    clean = tmp_path / "clean.txt"
    clean.write_text(_clean_text(), encoding="utf-8")
    pkg = jixiao.load(clean)
    warning = Finding(rule="XT-003", severity="warning", category="cross-table", file=pkg.source, form="基础数据表",
                      row="项目支出：", column="2024 年决算数", message="两表不一致", where=Where(file=pkg.source, line=7))
    n = build_notice(pkg, [warning], score_package(pkg))
    assert n.passed and n.sections[0].strong == "审核结论：审核通过。"
    assert n.sections[1].rows == [["1", "基础数据表", "第7行，项目支出，2024 年决算数", "警告：两表不一致",
                                   "请核实后更正，或在自评报告中说明原因"]]
    assert [s.heading for s in n.sections] == ["一、审核结论", "二、问题清单", "三、整改要求", "四、整改期限"]


def test_file_name_without_unsafe_characters(tmp_path):
    from jixiao.writers.notice_docx import notice_name

    pkg = jixiao.load(EXAMPLE)
    assert notice_name(pkg) == EXAMPLE_FILE
    assert notice_name(pkg.model_copy(update={"unit_name": "../某局/科室", "year": None})) == "审核意见_某局_科室_未识别年度.docx"
    assert notice_name(pkg.model_copy(update={"unit_name": None})) == f"审核意见_未识别单位_{EXAMPLE_YEAR}.docx"
