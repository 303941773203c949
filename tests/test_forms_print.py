"""附件 forms ready to print: .xlsx row heights that fit the wrapped text, print area, sheets
named by project; every official row and the template's "——" marks kept in both outputs.

The example package is jixiao.example (no ../shared needed); seed 003 is read from
../shared/seeds and skipped when that is missing (as in test_writers.py).
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

import jixiao
from jixiao.example import example_text
from jixiao.writers import forms_docx, forms_xlsx
from seedlib import SEEDS

openpyxl = pytest.importorskip("openpyxl")
docx = pytest.importorskip("docx")

SEED_003 = "003_c0781168737441b9.txt"
DEFAULT_HEIGHT = 15.0  # Excel's default row height (points)

# seed 003 (株洲市人社局 2024): the 项目支出名称 row of each 项目支出绩效自评表, by line
SEED_003_PROJECTS = [
    "专业技术人员职业资格考试考务经费",  # line 859
    "职业技能鉴定考试考务经费",  # line 886
    "劳动能力鉴定经费",  # line 910
    "人社专项支出",  # line 934
    "人力资源和社会保障专项支出",  # line 959
    "市直事业单位公开招聘专项经费",  # line 994
    "社保基金监管专项资金",  # line 1018
    "就业专项资金",  # line 1042
    "人才队伍建设专项经费",  # line 1078
    "中职学校奖学金",  # line 1107
    "助学金",  # line 1129
    "事业单位集中引才工作经费",  # line 1154
    "其他零星追加项目",  # line 1175
]


def _load_text(tmp_path: Path, text: str, name: str = "example.txt"):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return jixiao.load(p)


@pytest.fixture
def example(tmp_path):
    return _load_text(tmp_path, example_text())


def _xlsx(pkg):
    return openpyxl.load_workbook(io.BytesIO(forms_xlsx(pkg)))


def _docx(pkg):
    return docx.Document(io.BytesIO(forms_docx(pkg)))


def _find(ws, text: str):
    return next((c for row in ws.iter_rows() for c in row if c.value == text), None)


def _seed(name: str) -> Path:
    p = SEEDS / name
    if not p.exists():
        pytest.skip(f"seed {name} not available (../shared/seeds)")
    return p


# ------------------------------------------------------------------ .xlsx


def test_rows_with_long_text_are_high_enough(tmp_path):
    # the 厉行节约保障措施 of example.py, 30 times over: about 1,000 CJK characters in the
    # merged cell of six columns (11 + 11 + 11 + 11 + 11 + 13 = 68 layout units)
    short = "严格执行中央八项规定精神，压减一般性支出。"
    pkg = _load_text(tmp_path, example_text().replace(short, short * 30))
    ws = _xlsx(pkg)["基础数据表"]
    cell = _find(ws, short * 30)
    assert cell is not None
    height = ws.row_dimensions[cell.row].height
    # 21 CJK characters = 42 width units each time, 1,260 in all, over about 77 Excel characters:
    # at least 16 lines, far above one line
    assert height is not None and height > DEFAULT_HEIGHT
    assert height >= 16 * 13.5
    # a one-line row stays at about one line
    label = _find(ws, "三公经费")
    assert ws.row_dimensions[label.row].height < 2 * DEFAULT_HEIGHT


def test_a_long_indicator_grows_its_own_row(tmp_path):
    # a very long 三级指标 of the first project: its row grows, the next one does not
    name = "补贴发放人次"
    long = name + "（按人社部门核定的名单逐人审核后发放，含线上申领和线下申领两种渠道）" * 6
    pkg = _load_text(tmp_path, example_text().replace(name, long, 1))
    ws = _xlsx(pkg).worksheets[2]  # 就业创业服务补贴
    cell = _find(ws, long)
    other = _find(ws, "补贴发放准确率")
    assert ws.row_dimensions[cell.row].height > 3 * ws.row_dimensions[other.row].height


def test_print_area_is_the_form(example):
    wb = _xlsx(example)
    for ws in wb.worksheets:
        assert ws.print_area, ws.title
        footer = max(c.row for row in ws.iter_rows() for c in row
                     if isinstance(c.value, str) and c.value.startswith("填表人"))
        last = openpyxl.utils.get_column_letter(ws.max_column)
        assert ws.print_area.endswith(f"!$A$1:${last}${footer}"), (ws.title, ws.print_area)
        assert ws.page_setup.orientation == "landscape" and ws.page_setup.fitToWidth == 1


def test_sheets_are_named_by_project(example):
    # example.py, example_text(): the two projects p1 and p2
    assert _xlsx(example).sheetnames == ["基础数据表", "部门整体自评表", "就业创业服务补贴", "人才引进专项经费"]


def test_long_and_colliding_project_names_are_cut_and_made_unique(tmp_path):
    long = "二〇二四年度就业创业服务补贴及职业技能提升行动专项资金（第一批）"  # 32 characters
    text = example_text().replace("就业创业服务补贴", long).replace("人才引进专项经费", long + "续")
    names = _xlsx(_load_text(tmp_path, text)).sheetnames
    assert len(long) > 31
    assert names[2] == long[:31]
    assert names[3].endswith("（2）") and names[3].startswith(long[:27]) and len(names[3]) <= 31
    assert len(set(names)) == 4


def test_a_project_without_name_keeps_its_number(example):
    last = max(i for i, e in enumerate(example.evaluations) if e.kind == "project")  # 人才引进专项经费
    evs = [e.model_copy(update={"name": None}) if i == last else e for i, e in enumerate(example.evaluations)]
    names = _xlsx(example.model_copy(update={"evaluations": evs})).sheetnames
    assert names == ["基础数据表", "部门整体自评表", "就业创业服务补贴", "项目2"]


# ------------------------------------------------------------ both outputs


def test_template_dashes_are_kept(example):
    # example.py, basic_data(): ["政府采购金额", "——", "40.00", "38.00"] (上年决算数 "——")
    ws = _xlsx(example)["基础数据表"]
    label = _find(ws, "政府采购金额")
    assert ws.cell(label.row, 2).value == "——"
    rows = [[c.text for c in r.cells] for r in _docx(example).tables[0].rows]
    row = next(r for r in rows if r[0] == "政府采购金额")
    assert row[1] == "——" and "40.00" in row


def test_seed_003_sheets_are_named_by_project():
    pkg = jixiao.load(_seed(SEED_003))
    assert _xlsx(pkg).sheetnames == ["基础数据表", "部门整体自评表"] + SEED_003_PROJECTS


def test_seed_003_empty_official_rows_are_written():
    pkg = jixiao.load(_seed(SEED_003))
    wb = _xlsx(pkg)
    doc = _docx(pkg)
    # seed 003 lines 852-853 (部门整体自评表) and 880-881 (专业技术人员职业资格考试考务经费):
    # 社会成本指标 / 生态环境成本指标 under 成本指标, with nothing filled in
    for k, sheet in ((1, "部门整体自评表"), (2, "专业技术人员职业资格考试考务经费")):
        ws = wb[sheet]
        for name in ("社会成本指标", "生态环境成本指标"):
            cell = _find(ws, name)
            assert cell is not None, (sheet, name)
            assert all(ws.cell(cell.row, c).value is None for c in range(cell.column + 1, ws.max_column + 1))
        texts = {c.text for r in doc.tables[k].rows for c in r.cells}
        assert {"社会成本指标", "生态环境成本指标"} <= texts, sheet


def test_seed_004_project_gets_the_rows_of_its_packages_template():
    # seed 004 (君山区 2023), 项目支出绩效自评表 社保基金督查专项经费: lines 628 and 658 are the
    # 时效指标 and 成本指标 rows of 产出指标, left empty ("……"); its 部门整体 form puts 成本指标
    # under 产出指标 (line 292), so the project form is drawn with that version's rows
    pkg = jixiao.load(_seed("004_dc9c9a078db0651c.txt"))
    (name,) = [e.name for e in pkg.evaluations if e.kind == "project"]
    ws = _xlsx(pkg)[name.strip()]
    for label in ("时效指标", "成本指标"):
        cell = _find(ws, label)
        assert cell is not None, label
        assert ws.cell(cell.row, cell.column + 1).value is None  # no 三级指标
    assert _find(ws, "经济成本指标") is None  # not the other version's 成本指标 block


def test_docx_forms_are_chinese_with_page_numbers(tmp_path):
    # python-docx's default template declares ja-JP (Japanese glyph forms in LibreOffice)
    from docx.oxml.ns import qn

    p = tmp_path / "example.txt"
    p.write_text(example_text(), encoding="utf-8")
    doc = docx.Document(io.BytesIO(forms_docx(jixiao.load(p))))
    langs = [e.get(qn("w:eastAsia")) for e in doc.styles.element.iter(qn("w:lang"))]
    assert "zh-CN" in langs and "ja-JP" not in langs
    for section in doc.sections:
        assert [t.text.strip() for t in section.footer._element.iter(qn("w:instrText"))] == ["PAGE"]
