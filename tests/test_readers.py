"""The text reader: layouts, continuation lines, encodings and unreadable files."""

from __future__ import annotations

import zipfile

import pytest

from jixiao.grid import Paragraph, Table
from jixiao.readers import ReadError, read_path
from jixiao.readers.text import detect_layout, read_text

CELL_LINES = (
    "附件一\n"
    "\n"
    "2024年度项目支出绩效自评表\n"
    "\t项目支\n出名称\n"
    "\t示例项目\n"
    "\n"
    "\t年度总体目标\n"
    "\t第一段\n"
    "\n"
    "第二段\n"
    "\t实际\n"
    "\n"
    "\n"
    "填表人：某某\n"
)


def test_cell_lines_layout_rows_cells_and_continuations():
    doc = read_text(CELL_LINES, "x.txt")
    assert doc.layout == "cell-lines"
    kinds = [type(b).__name__ for b in doc.blocks]
    assert kinds == ["Paragraph", "Paragraph", "Table", "Paragraph"]
    table = doc.blocks[2]
    assert isinstance(table, Table) and table.exact_columns
    assert [r.texts() for r in table.rows] == [
        ["项目支\n出名称", "示例项目"],
        # a blank line followed by a line without TAB continues the cell (a paragraph break in it)
        ["年度总体目标", "第一段\n\n第二段", "实际"],
    ]
    assert table.rows[1].cells[1].loc.line == 9  # "\t第一段" is the 9th line of the text above


def test_full_width_space_line_is_content_not_a_separator():
    doc = read_text("\t效益\n指标\n\u3000\n\t经济效益指标\n", "x.txt")
    (table,) = doc.tables()
    assert len(table.rows) == 1 and len(table.rows[0].cells) == 2


def test_table_ends_at_attachment_marker_even_right_after_a_cell():
    # 000 line 1410-1411: "\t100" then " 附件三" with no blank line
    doc = read_text("\t总分\n\t100\n 附件三\n\n2024年度项目支出绩效自评表\n\t项目支出名称\n\tA\n", "x.txt")
    texts = [b.text if isinstance(b, Paragraph) else "T" for b in doc.blocks]
    assert texts == ["T", "附件三", "2024年度项目支出绩效自评表", "T"]


def test_row_split_by_exporter_is_joined_back():
    # 001 lines 283-295: a merged 一级 label and the rest of its row, split by two blank lines
    rows = ["\ta\n\tb\n\tc\n\td"] * 3
    text = "\n\n".join(rows) + "\n\n\tx\n\ty\n\n\n\tz\n\tw\n"
    doc = read_text(text, "x.txt")
    (table,) = doc.tables()
    assert [len(r.cells) for r in table.rows] == [4, 4, 4, 4]
    assert table.rows[-1].texts() == ["x", "y", "z", "w"]
    assert any(n.code == "row-joined" for n in doc.notes)


def test_bookmark_artefact_is_removed_and_noted():
    doc = read_text("\t二、部门项目支出\n\t[bookmark: _GoBack]694.08\u3000\n", "x.txt")
    (table,) = doc.tables()
    assert table.rows[0].cells[1].text == "694.08\u3000".rstrip(" ")
    assert [n.code for n in doc.notes] == ["bookmark"]


def test_tsv_layout_headings_tags_and_page_breaks():
    text = (
        "# 2024年度部门决算\n"
        "## **收入决算表**\n"
        "科目代码\t科目名称\t金额\n"
        "201\t<b>一般公共服务支出</b>\t155.50\n"
        "\n"
        "20101\t人大事务\t1.50\n"
        "注：本表反映收入情况。\n"
    )
    doc = read_text(text, "y.txt")
    assert doc.layout == "tsv"
    p1, p2, table, note = doc.blocks
    assert (p1.text, p1.heading_level) == ("2024年度部门决算", 1)
    assert (p2.text, p2.heading_level) == ("收入决算表", 2)
    assert not table.exact_columns
    assert [r.texts() for r in table.rows] == [
        ["科目代码", "科目名称", "金额"], ["201", "一般公共服务支出", "155.50"], ["20101", "人大事务", "1.50"],
    ]
    assert note.text == "注：本表反映收入情况。"


def test_layout_detection_is_by_content():
    assert detect_layout(["\ta", "\tb", "x\ty"]) == "cell-lines"
    assert detect_layout(["a\tb\tc", "d\te"]) == "tsv"


def test_encodings(tmp_path):
    text = "2024年度部门整体支出绩效自评表\n\t部门名称\n\t示例局\n"
    for enc, name in (("utf-8", "a.txt"), ("utf-8-sig", "b.txt"), ("gb18030", "c.txt"), ("gbk", "d.txt")):
        p = tmp_path / name
        p.write_bytes(text.encode(enc))
        doc = read_path(p)
        assert doc.blocks[0].text == "2024年度部门整体支出绩效自评表", enc


def _error(path) -> str:
    with pytest.raises(ReadError) as e:
        read_path(path)
    return str(e.value)


def test_unreadable_files_give_one_line_errors(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert "empty.txt" in _error(empty) and "0 字节" in _error(empty)
    assert "不存在" in _error(tmp_path / "missing.txt")
    assert "文件夹" in _error(tmp_path)
    z = tmp_path / "package.doc"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("word/document.xml", "<w:document/>")
    msg = _error(z)
    assert "package.doc" in msg and "zip" in msg and "\n" not in msg
    pdf = tmp_path / "r.txt"
    pdf.write_bytes(b"%PDF-1.7\n...")
    assert "PDF" in _error(pdf)
    binary = tmp_path / "b.txt"
    binary.write_bytes(b"abc\x00\x01\x02")
    assert "二进制" in _error(binary)
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\xfa\x00" * 0 + bytes([0x81, 0x20, 0xff]) * 10)
    assert "编码" in _error(bad)


# Any text at all is read and recognised without an exception: problems become data.
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from jixiao.recognize import recognise  # noqa: E402

_PIECES = st.sampled_from([
    "\t", "\n", "\n\n", "\n\n\n", "附件三", "2024年度项目支出绩效自评表", "项目支出名称", "年度资金总额", "100%", "10",
    "一级指标", "二级指标", "三级指标", "产出指标(50 分)", "总分", "……", "37,70.00", "公开 01 表", "201", "合计",
    "一、", "（一）", "故此项得 5 分", "（10 分）", "占 5%", "≥95%", "\u3000", "#", "<b>", "填表人：某",
])


@settings(max_examples=150, deadline=None)
@given(st.lists(_PIECES, max_size=60).map("".join))
def test_any_text_is_read_without_exception(text):
    from jixiao.checks import check
    from jixiao.scoring import score_package

    pkg = recognise(read_text(text, "fuzz.txt"))
    assert pkg.source == "fuzz.txt"
    check(pkg)
    score_package(pkg)


def test_a_folder_is_read_in_natural_order(tmp_path):
    # 测试2 before 测试10 (plain string order put 测试10 first)
    from jixiao.example import example_text
    from jixiao.pipeline import load_many

    for n in (10, 2, 1):
        text = example_text().replace("示例县人力资源和社会保障局", f"测试{n}单位")
        (tmp_path / f"测试{n}.txt").write_text(text, encoding="utf-8")
    assert [p.unit_name for p in load_many([tmp_path])] == ["测试1单位", "测试2单位", "测试10单位"]
