"""Writers: 自评报告, 附件 forms (.docx/.xlsx), review report; round trip through jixiao's readers.

Expected figures are those of the synthetic example package (src/jixiao/example.py),
worked out by hand in the comments, or seed figures with their line numbers.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

import jixiao
from jixiao.writers import OUTPUT_NAMES, corrected_package, forms_docx, forms_xlsx, report_docx, write_outputs
from jixiao.writers.figures import change, percent, ratio, share
from jixiao.writers.layout import form_grids
from jixiao.writers.report_docx import render_report_text
from jixiao.writers.review import review_data, review_html
from seedlib import SEEDS

sys.path.insert(0, str(Path(__file__).parent / "fixtures"))
from parity import layout_only  # noqa: E402  (shared with the format parity tests)

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "example_package.txt"
SEED_FILES = sorted(SEEDS.glob("0*.txt")) if SEEDS.exists() else []


@pytest.fixture(scope="module")
def pkg():
    return jixiao.load(EXAMPLE)


def _readable(fmt: str) -> None:
    """Skip unless jixiao.readers can read ``fmt`` (the readers are written separately)."""
    mod = {"docx": "jixiao.readers.docx", "xlsx": "jixiao.readers.xlsx"}[fmt]
    try:
        __import__(mod)
    except ImportError as e:
        pytest.skip(f"jixiao.readers cannot read .{fmt} yet ({e}); round trip runs when the reader lands")


# ----------------------------------------------------------------- figures


def test_percentages_round_half_up_from_decimal():
    assert share(Decimal("705.00"), Decimal("1015.00")) == "69.46%"  # 705/1015 = 0.694581…
    assert percent(Decimal("0.125"), 2) == "0.13%"  # half up, not banker's rounding
    assert percent(Decimal("0.125"), 2) != "0.12%"
    assert ratio(Decimal(1), Decimal(0)) is None
    c = change(Decimal("10.60"), Decimal("12.50"))  # 三公经费: 12.50 -> 10.60
    assert c == {"word": "减少", "trend": "下降", "amount": "1.90", "percent": "15.20%"}  # 1.90/12.50 = 15.2%


# ----------------------------------------------------------------- report


def test_report_figures_are_computed_from_the_model(pkg):
    text = "\n".join(render_report_text(pkg))
    # 基础数据表 of example.py: 编制 50, 在职 45 -> 90.00%
    assert "本部门核定编制50名，2024年实际在职45人，在职人数占编制数的90.00%。" in text
    # 部门基本支出预算调整 700.00 -> 705.00: +5.00 (0.71%); share of 全年执行数 1015.00: 69.46%
    assert "基本支出预算700.00万元，决算705.00万元，较预算增加5.00万元（增长0.71%），占部门支出总额1015.00万元的69.46%" in text
    # 三公经费 12.50 (2023) -> 10.60 (2024): -1.90, -15.20%
    assert "较上年减少1.90万元（下降15.20%）" in text
    # 项目支出 320.00 -> 310.00: 96.88%, share 310/1015 = 30.54%
    assert "项目支出预算320.00万元，决算310.00万元，完成预算的96.88%，占部门支出总额的30.54%" in text
    assert "就业创业服务补贴：预算210.00万元，决算205.00万元，完成预算的97.62%" in text  # 205/210
    # 部门整体自评表: 1015/1020 = 99.51%; 总分 99 -> 优 (>= 90)
    assert "预算执行率99.51%" in text
    assert "部门整体支出绩效自评得分为99分，评价等级为“优”。" in text
    # the one indicator below its 分值 (满意度 10 -> 9) with the reason the table gives
    assert "服务对象满意度：年度指标值≥90%，实际完成值93%，分值10分，得9分。偏差原因：个别服务对象反映办事时间较长" in text


def test_report_takes_human_text_from_the_package_and_marks_the_rest(pkg):
    lines = render_report_text(pkg)
    heads = [x[2:] for x in lines if x.startswith("# ")]
    assert heads == ["一、部门基本情况", "二、一般公共预算支出情况", "三、政府性基金预算支出情况", "四、部门整体支出绩效情况",
                     "五、存在的问题及原因分析", "六、下一步改进措施", "七、部门整体支出绩效自评结果拟应用和公开情况",
                     "八、其他需要说明的情况"]
    text = "\n".join(lines)
    assert "部分项目支出进度偏慢。" in text  # 四、存在的问题 of the example's report
    assert "加快项目支出进度，提高资金使用效益。" in text  # 五、下一步改进措施
    assert "实际完成情况：城镇新增就业和参保扩面任务全面完成。" in text  # 部门整体自评表 年度总体目标
    assert "【待填写：自评结果拟应用和公开情况】" in text  # nothing in the package: placeholder, not invented
    assert "【待填写：其他需要说明的情况（没有则写“无”）】" in text


def test_report_without_forms_is_all_placeholders_never_invented(pkg):
    empty = pkg.model_copy(update={"basic_data": [], "evaluations": [], "narratives": []})
    text = "\n".join(render_report_text(empty))
    assert "【待填写：存在的问题及原因分析】" in text and "【待填写：部门整体支出绩效自评得分和评价等级】" in text
    assert "%" not in text  # no figure without a source


def test_report_docx_reads_back_as_a_self_report(tmp_path, pkg):
    _readable("docx")
    p = tmp_path / "r.docx"
    p.write_bytes(report_docx(pkg))
    back = jixiao.load(p)
    (n,) = [x for x in back.narratives if x.kind == "self_report"]
    assert n.title == "2024年度示例县人力资源和社会保障局部门整体支出绩效自评报告"
    assert [s.heading for s in n.sections][0] == "一、部门基本情况" and len(n.sections) == 8
    assert n.stated_total == Decimal("99") and n.stated_grade == "优"
    assert back.unplaced == []


# ------------------------------------------------------------------ forms


def test_form_grid_merges_like_the_official_template(pkg):
    grids = form_grids(pkg)
    assert [g.key for g in grids] == ["basic_data", "department", "project", "project"]
    g = grids[2]  # 就业创业服务补贴
    assert all(sum(c.span for c in row) == g.columns for row in g.rows)  # every row spans the whole table
    col0 = [row[0] for row in g.rows]
    funds = next(i for i, c in enumerate(col0) if c.text.startswith("项目资金"))
    assert col0[funds].text == "项目资金\n（万元）"  # unit in the header
    # the funds label spans its header and the 4 funds rows (年度资金总额, 当年财政拨款, 上年结转, 其他)
    assert [c.cont for c in col0[funds + 1: funds + 6]] == [True, True, True, True, False]
    assert g.footer.startswith("填表人：张三") and "填报日期：3月15日" in g.footer


def test_xlsx_has_merged_cells_units_and_footer(pkg):
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.load_workbook(io.BytesIO(forms_xlsx(pkg)))
    # project sheets named by the example's 项目支出名称 (附件三, first and second form)
    assert wb.sheetnames == ["基础数据表", "部门整体自评表", "就业创业服务补贴", "人才引进专项经费"]
    ws = wb["就业创业服务补贴"]
    cells = {c.value: c.coordinate for row in ws.iter_rows() for c in row if isinstance(c.value, str)}
    merged = {str(r) for r in ws.merged_cells.ranges}
    top = cells["产出指标\n（50 分）"]  # 一级 spans its three 二级 rows (数量, 质量, 成本)
    assert any(m.startswith(top + ":") and int(m.split(":")[1][1:]) - int(top[1:]) == 2 for m in merged)
    funds = cells["项目资金\n（万元）"]
    assert any(m.startswith(funds + ":") and int(m.split(":")[1][1:]) - int(funds[1:]) == 4 for m in merged)
    footer = [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str) and c.value.startswith("填表人")]
    assert footer and "张三" in footer[0]
    # amounts are numbers with two decimals; the rate is a percentage
    values = {c.coordinate: c for row in ws.iter_rows() for c in row}
    total_row = int(cells["年度资金总额"][1:])
    assert Decimal(str(values[f"E{total_row}"].value)) == Decimal("210.00")  # 全年预算数
    assert values[f"H{total_row}"].number_format == "0.00%"


def test_docx_forms_have_vertical_merges(pkg):
    from docx import Document

    doc = Document(io.BytesIO(forms_docx(pkg)))
    assert len(doc.tables) == 4
    xml = doc.tables[2]._tbl.xml
    assert 'w:vMerge w:val="restart"' in xml and "w:gridSpan" in xml


def _forms_dump(p):
    return layout_only(p.model_dump(mode="json", include={"basic_data", "evaluations"}))


@pytest.mark.parametrize("fmt", ["docx", "xlsx"])
def test_forms_round_trip_example(tmp_path, pkg, fmt):
    _readable(fmt)
    f = tmp_path / f"forms.{fmt}"
    f.write_bytes((forms_docx if fmt == "docx" else forms_xlsx)(pkg))
    back = jixiao.load(f)
    assert back.unplaced == [] and back.diagnostics == []
    assert _forms_dump(back) == _forms_dump(pkg)
    assert back.unit_name == "示例县人力资源和社会保障局" and back.year == 2024


@pytest.mark.parametrize("fmt", ["docx", "xlsx"])
@pytest.mark.parametrize("seed", [p.name for p in SEED_FILES] or ["(no seeds)"])
def test_forms_round_trip_seeds(tmp_path, seed, fmt):
    if seed == "(no seeds)":
        pytest.skip("seeds not available (../shared/seeds)")
    _readable(fmt)
    src = jixiao.load(SEEDS / seed)
    f = tmp_path / f"forms.{fmt}"
    f.write_bytes((forms_docx if fmt == "docx" else forms_xlsx)(src))
    back = jixiao.load(f)
    assert back.unplaced == []
    assert _forms_dump(back) == _forms_dump(src)


def test_corrected_fills_recomputed_figures(pkg):
    fixed, marks = corrected_package(pkg)
    p2 = fixed.project_evaluations[1]  # 人才引进专项经费
    # execution 105.00/110.00 = 95.4545…% -> 9.55 of 10 (national rule: 2 decimals, half up)
    assert p2.fund("total").score == Decimal("9.55")
    # indicators 25 + 25 + 30 + 10 = 90, plus 9.55 = 99.55 (the package wrote 98)
    assert p2.total_score == Decimal("99.55")
    assert {"funds:score", "total"} <= marks[2]
    assert pkg.project_evaluations[1].total_score == Decimal("98")  # the input is untouched


# ----------------------------------------------------------------- review


def test_review_lists_findings_and_score_differences_by_form(pkg):
    data = review_data(pkg)
    forms = [(g["form"], g["table"]) for g in data["groups"]]
    assert forms[0][0] == "基础数据表"  # 三公经费 10.60 vs parts 5.50 + 5.00 = 10.50
    sum_row = data["groups"][0]["findings"][0]
    assert "10.50" in sum_row["suggestion"] and "第19行" in sum_row["location"]
    talent = next(g for g in data["groups"] if g["table"] == "人才引进专项经费")
    assert any("98" in s["reported"] and "100" in s["recomputed"] for s in talent["scores"])  # 90 + 10 ≠ 98
    html = review_html([data])
    assert "<script" not in html and "怎样阅读本意见" in html and "建议更正" in html


# -------------------------------------------------------------------- CLI


def test_cli_report_writes_all_outputs(tmp_path):
    app = typer.Typer()
    from jixiao.cli_report import register

    register(app)

    @app.command()
    def _other() -> None:  # a second command keeps "report" a sub-command, as in jixiao's app
        pass

    r = CliRunner().invoke(app, ["report", str(EXAMPLE), "-o", str(tmp_path / "out"), "--corrected"])
    assert r.exit_code == 0, r.output
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert names == sorted([OUTPUT_NAMES[k] for k in ("report", "forms_docx", "forms_xlsx", "review_html")]
                           + ["清单.json"])  # the set's manifest (jixiao.atomic.MANIFEST_NAME)
    assert "已按复核结果更正" in r.output


@pytest.mark.parametrize("seed", [p.name for p in SEED_FILES] or ["(no seeds)"])
def test_reports_for_all_seeds(tmp_path, seed):
    if seed == "(no seeds)":
        pytest.skip("seeds not available (../shared/seeds)")
    pkg = jixiao.load(SEEDS / seed)
    w = write_outputs(pkg, tmp_path, corrected=True)
    assert {p.name for p in w.files} >= {OUTPUT_NAMES["report"], OUTPUT_NAMES["review_html"]}
    lines = render_report_text(pkg)
    assert sum(1 for x in lines if x.startswith("# ")) == 8


def test_seed_000_report_uses_its_own_figures_and_text():
    p = SEEDS / "000_a1e8d29c7864ba8d.txt"
    if not p.exists():
        pytest.skip("seed 000 not available")
    text = "\n".join(render_report_text(jixiao.load(p)))
    # seed 000 line 4076-4078: 八、其他需要说明的情况 / 无
    assert "# 八、其他需要说明的情况\n无" in text
    # seed 000 line 4071-4073 (七、): the text about 应用和公开 is kept verbatim
    assert "部门整体支出绩效评价得分为88分" in text


# ------------------------------------------------------------ LibreOffice


def _pdf_text_and_pages(pdf: Path) -> tuple[str, int]:
    if shutil.which("pdftotext") and shutil.which("pdfinfo"):
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
        pages = int(next(x for x in info.splitlines() if x.startswith("Pages:")).split()[1])
        return text, pages
    pdfplumber = pytest.importorskip("pdfplumber", reason="neither poppler-utils (pdftotext) nor pdfplumber")
    with pdfplumber.open(pdf) as d:
        return "\n".join(pg.extract_text() or "" for pg in d.pages), len(d.pages)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) not installed")
def test_docx_opens_in_libreoffice(tmp_path, pkg):
    from jixiao.writers.office import to_pdf

    w = write_outputs(pkg, tmp_path / "out", only={"report", "forms"})
    by = {p.name: p for p in w.files}
    text, pages = _pdf_text_and_pages(to_pdf(by[OUTPUT_NAMES["report"]], tmp_path / "pdf"))
    assert 2 <= pages <= 6
    squashed = "".join(text.split())
    assert "一、部门基本情况" in squashed and "八、其他需要说明的情况" in squashed
    assert "占部门支出总额1015.00万元的69.46%" in squashed
    text, pages = _pdf_text_and_pages(to_pdf(by[OUTPUT_NAMES["forms_docx"]], tmp_path / "pdf2"))
    assert pages >= 4  # 基础数据表, 部门整体自评表 and two 项目支出绩效自评表, one page or more each
    assert "项目支出绩效自评表" in "".join(text.split())


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) not installed")
def test_review_pdf_embeds_its_font(tmp_path, pkg):
    w = write_outputs(pkg, tmp_path, only={"review"}, pdf=True)
    pdf = tmp_path / OUTPUT_NAMES["review_pdf"]
    assert pdf in w.files, w.warnings
    assert b"/FontFile" in pdf.read_bytes()  # fonts embedded, not referenced
    text, pages = _pdf_text_and_pages(pdf)
    assert pages >= 1 and "审核意见" in "".join(text.split())


def test_sample_pictures_are_small():
    for name in ("report.png", "forms.png", "review.png"):
        p = ROOT / "docs" / "samples" / name
        assert p.exists(), f"run scripts/render_samples.py ({name})"
        assert p.stat().st_size < 200 * 1024
