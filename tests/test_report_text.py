"""The 自评报告 .docx of seed 001 (衡阳市人社局 2022): units written once and right, Chinese
language, page numbers in the footer, the 落款 (unit with its seal, date) at the end.

Seed 001 is the package whose 项目支出绩效自评表 are in 元 ("单位：元") while its 基础数据表 and
部门整体自评表 are in 万元: the case where a unit used to be written twice ("144000.00元万元").
"""

from __future__ import annotations

import io
import re
import zipfile

import pytest
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from lxml import etree
from seedlib import seed_path

from jixiao.pipeline import load
from jixiao.writers import report_docx

SEED_001 = "001_7c0e03b398c44046.txt"
SEED_002 = "002_667c629c576ffe37.txt"
# seed 001 line 136 (部门整体支出绩效自评表, 部门名称) and lines 320/322 (主管部门, 实施单位)
UNIT_001 = "衡阳市人力资源和社会保障局"


@pytest.fixture(scope="module")
def docx_bytes() -> bytes:
    return report_docx(load(seed_path(SEED_001)))


@pytest.fixture(scope="module")
def paragraphs(docx_bytes) -> list:
    return Document(io.BytesIO(docx_bytes)).paragraphs


@pytest.fixture(scope="module")
def text(paragraphs) -> str:
    return "\n".join(p.text for p in paragraphs)


def _xml(docx_bytes: bytes, part: str):
    with zipfile.ZipFile(io.BytesIO(docx_bytes)) as z:
        return etree.fromstring(z.read(part))


# ------------------------------------------------------------------ units


def test_no_unit_is_written_twice(text):
    assert "元万元" not in text and "万元万元" not in text and "元元" not in text


def test_a_blank_carries_no_unit(text):
    assert not re.search(r"——\s*(万元|元)", text)
    # seed 001 lines 142-147: the 部门整体自评表 gives 全年预算 and 执行数 (37,70.00), no 年初预算数
    assert "年初预算——，全年预算3770.00万元" in text


def test_project_amount_in_yuan_as_its_table_declares(text):
    # seed 001 line 2140 "单位：元", line 2144 项目 事业单位公开招聘工作经费, lines 2168-2171
    # 年度资金总额: 年初预算 1239800, 全年预算 1239800, 全年执行 1239800
    assert re.findall(r"1239800\.00[元万]*", text) == ["1239800.00元", "1239800.00元"]
    assert "事业单位公开招聘工作经费：全年预算1239800.00元，全年执行1239800.00元，" in text


def test_basic_data_amount_in_wan_as_its_table_declares(text):
    # seed 001 line 2 "单位：万元", lines 18-21 一、部门基本支出: 2022年预算数 2801.21, 决算数 2801.21
    assert re.findall(r"2801\.21[元万]*", text) == ["2801.21万元", "2801.21万元"]
    assert "基本支出预算2801.21万元，决算2801.21万元" in text


# ------------------------------------------------------------------ language


def test_document_language_is_chinese(docx_bytes):
    styles = _xml(docx_bytes, "word/styles.xml")
    langs = styles.findall(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}")
    assert [x.get(qn("w:eastAsia")) for x in langs] == ["zh-CN"]
    settings = _xml(docx_bytes, "word/settings.xml")
    assert [x.get(qn("w:eastAsia")) for x in settings.iter(qn("w:themeFontLang"))] == ["zh-CN"]
    for part in ("word/styles.xml", "word/settings.xml"):
        assert b"ja-JP" not in etree.tostring(_xml(docx_bytes, part))


# ------------------------------------------------------------------ page numbers


def test_every_section_has_a_centred_page_number(docx_bytes):
    doc = Document(io.BytesIO(docx_bytes))
    assert doc.sections
    for section in doc.sections:
        footer = section.footer
        assert not footer.is_linked_to_previous
        instructions = [t.text.strip() for t in footer._element.iter(qn("w:instrText"))]
        assert instructions == ["PAGE"]
        kinds = [f.get(qn("w:fldCharType")) for f in footer._element.iter(qn("w:fldChar"))]
        assert kinds == ["begin", "separate", "end"]
        (p,) = [p for p in footer.paragraphs if p.text.strip()]
        assert p.alignment == WD_ALIGN_PARAGRAPH.CENTER
        assert p.text == "— 1 —"  # "— N —", N the field's result until the reader updates it


# ------------------------------------------------------------------ 落款


def test_report_ends_with_unit_seal_and_blank_date(paragraphs):
    *_, unit, date = paragraphs
    assert unit.text == f"{UNIT_001}（盖章）"
    # seed 001 carries no date (no 填报日期, no 自评报告 of its own): left for the clerk
    assert re.fullmatch(r"\s*年\s+月\s+日", date.text)
    assert unit.alignment == date.alignment == WD_ALIGN_PARAGRAPH.RIGHT


def test_date_of_the_package_own_report_is_kept():
    # seed 002 lines 294-296: its 自评报告 ends with 高邑县人力资源和社会保障局 / 2025年5月24日
    *_, unit, date = Document(io.BytesIO(report_docx(load(seed_path(SEED_002))))).paragraphs
    assert unit.text == "高邑县人力资源和社会保障局（盖章）"
    assert date.text == "2025年5月24日"
