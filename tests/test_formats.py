"""Word / Excel / PDF / legacy readers: the grid they make and the one-line
errors for files that cannot be read (truncated zip, missing part, encrypted
PDF, empty file, a ".doc" that is really HTML, scanned or undecodable PDFs)."""

from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path

import pytest

from jixiao.grid import Paragraph, Table
from jixiao.pipeline import load, load_many
from jixiao.readers import ReadError, read_path, sniff
from jixiao.readers.xlsx import format_number

sys.path.insert(0, str(Path(__file__).parent / "fixtures"))
import build  # noqa: E402

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _docx(path: Path, body: str, extra: dict[str, str] | None = None) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        z.writestr("word/document.xml", f'<?xml version="1.0"?><w:document {W}><w:body>{body}</w:body></w:document>')
        for k, v in (extra or {}).items():
            z.writestr(k, v)
    return path


def _p(t: str) -> str:
    return f"<w:p><w:r><w:t>{t}</w:t></w:r></w:p>"


def _tc(t: str, span: int = 1, vmerge: str | None = None) -> str:
    pr = (f'<w:gridSpan w:val="{span}"/>' if span > 1 else "") + (
        "" if vmerge is None else ("<w:vMerge/>" if vmerge == "continue" else f'<w:vMerge w:val="{vmerge}"/>'))
    return f"<w:tc><w:tcPr>{pr}</w:tcPr>{_p(t) if t else '<w:p/>'}</w:tc>"


def _error(path) -> str:
    with pytest.raises(ReadError) as e:
        read_path(path)
    msg = str(e.value)
    assert "\n" not in msg and Path(path).name in msg, msg
    return msg


# ------------------------------------------------------------------ docx grid


def test_docx_merges_become_one_cell_with_spans_and_placeholders(tmp_path):
    body = (
        _p("2024年度项目支出绩效自评表")
        + "<w:tbl>"
        + "<w:tr>" + _tc("项目名称") + _tc("示例项目", span=3) + "</w:tr>"
        + "<w:tr>" + _tc("产出指标", vmerge="restart") + _tc("数量指标") + _tc("a") + _tc("1") + "</w:tr>"
        + "<w:tr>" + _tc("", vmerge="continue") + _tc("质量指标") + _tc("b") + _tc("2") + "</w:tr>"
        + "</w:tbl>" + _p("填表人：某某")
    )
    doc = read_path(_docx(tmp_path / "t.docx", body))
    p0, table, p1 = doc.blocks
    assert isinstance(p0, Paragraph) and isinstance(table, Table) and p1.text == "填表人：某某"
    assert table.exact_columns
    assert [r.texts() for r in table.rows] == [["项目名称", "示例项目"], ["产出指标", "数量指标", "a", "1"],
                                               ["", "质量指标", "b", "2"]]
    assert table.rows[0].cells[1].col_span == 3
    assert table.rows[1].cells[0].row_span == 2  # the merged 一级 label holds its text once


def test_docx_nested_table_and_repeated_header(tmp_path):
    nested = "<w:tbl><w:tr>" + _tc("内1") + _tc("内2") + "</w:tr></w:tbl>"
    head = "<w:tr><w:trPr><w:tblHeader/></w:trPr>" + _tc("一级指标") + _tc("二级指标") + _tc("三级指标") + "</w:tr>"
    body = ("<w:tbl>" + head + "<w:tr>" + _tc("a") + _tc("b") + f"<w:tc>{_p('c')}{nested}</w:tc>" + "</w:tr>"
            + head + "<w:tr>" + _tc("d") + _tc("e") + _tc("f") + "</w:tr></w:tbl>")
    doc = read_path(_docx(tmp_path / "n.docx", body))
    outer, inner = list(doc.tables())
    assert [r.texts() for r in outer.rows] == [["一级指标", "二级指标", "三级指标"], ["a", "b", "c"], ["d", "e", "f"]]
    assert inner.rows[0].texts() == ["内1", "内2"]
    assert {n.code for n in doc.notes} >= {"nested-table", "repeated-header"}


def test_docx_by_content_not_extension(tmp_path):
    p = _docx(tmp_path / "really-docx.doc", _p("2024年度某某局部门整体支出绩效自评报告"))
    assert read_path(p).layout == "docx"


# ------------------------------------------------------------------ xlsx


def test_number_formats():
    assert format_number(1234.5, "#,##0.00") == "1,234.50"
    assert format_number(0.814, "0.0%") == "81.4%"
    assert format_number(10, "General") == "10"
    assert format_number(1706.86, "General") == "1706.86"
    assert format_number(0.1 + 0.2, "General") == "0.3"


def test_xlsx_merged_ranges_and_uncached_formula(tmp_path):
    from openpyxl import Workbook
    from openpyxl.styles import Border, Side

    wb = Workbook()
    ws = wb.active
    ws["A1"] = "2024年度项目支出绩效自评表"
    thin = Side(style="thin")
    for r in range(2, 5):
        for c in range(1, 4):
            ws.cell(row=r, column=c).border = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A2"], ws["B2"] = "项目名称", "示例"
    ws.merge_cells("B2:C2")
    ws["A3"], ws["B3"], ws["C3"] = "产出指标", "数量指标", 5
    ws["B4"], ws["C4"] = "质量指标", "=C3*2"
    ws.merge_cells("A3:A4")
    p = tmp_path / "w.xlsx"
    wb.save(p)
    doc = read_path(p)
    (table,) = doc.tables()
    assert doc.blocks[0].text == "2024年度项目支出绩效自评表"
    assert [r.texts() for r in table.rows] == [["项目名称", "示例"], ["产出指标", "数量指标", "5"], ["", "质量指标", ""]]
    assert table.rows[1].cells[0].row_span == 2 and table.rows[0].cells[1].col_span == 2
    (note,) = [n for n in doc.notes if n.code == "formula-no-value"]
    assert "C4" in note.message and "=C3*2" in note.message


# ------------------------------------------------------------------ errors


def test_zero_byte_file(tmp_path):
    p = tmp_path / "empty.docx"
    p.write_bytes(b"")
    assert "0 字节" in _error(p)


def test_truncated_zip(tmp_path):
    full = _docx(tmp_path / "full.docx", _p("x") * 2000)
    cut = tmp_path / "truncated.docx"
    cut.write_bytes(full.read_bytes()[: full.stat().st_size // 2])
    assert "zip" in _error(cut)


def test_docx_missing_main_part(tmp_path):
    p = tmp_path / "nopart.docx"
    with zipfile.ZipFile(p, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/styles.xml", f"<w:styles {W}/>")
    assert "word/document.xml" in _error(p)


def test_zip_bomb_is_refused(tmp_path):
    p = tmp_path / "bomb.docx"
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", b"\0" * (250 * 1024 * 1024))
    assert "炸弹" in _error(p)


def _encrypted_pdf() -> bytes:
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
            b"<< /Filter /Standard /V 1 /R 2 /O <" + b"11" * 32 + b"> /U <" + b"22" * 32 + b"> /P -4 >>"]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for i, o in enumerate(objs, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Encrypt 4 0 R /ID [<" % (len(objs) + 1) + b"ab" * 16
              + b"> <" + b"ab" * 16 + b">] >>\nstartxref\n%d\n%%%%EOF\n" % xref)
    return out.getvalue()


def test_encrypted_pdf(tmp_path):
    p = tmp_path / "secret.pdf"
    p.write_bytes(_encrypted_pdf())
    assert "加密" in _error(p)


def test_pdf_without_text_layer_needs_ocr(tmp_path):
    p = tmp_path / "scan.pdf"
    p.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                  b"2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                  b"3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj\n"
                  b"trailer << /Root 1 0 R >>\n%%EOF\n")
    assert "OCR" in _error(p)


def test_doc_that_is_really_html_without_libreoffice(tmp_path, monkeypatch):
    from jixiao.readers import legacy

    p = tmp_path / "report.doc"
    p.write_bytes("<html><body><p>2024年度部门整体支出绩效自评报告</p></body></html>".encode())
    assert sniff(p.read_bytes()[:100]) == "html"
    monkeypatch.setattr(legacy, "soffice", lambda: None)
    msg = _error(p)
    assert "HTML" in msg and "LibreOffice" in msg


@pytest.mark.skipif(build.soffice() is None, reason="LibreOffice (soffice) not installed")
def test_doc_that_is_really_html_is_converted(tmp_path):
    p = tmp_path / "report.doc"
    p.write_bytes("<html><body><p>2024年度示例局部门整体支出绩效自评报告</p><table border=1><tr><td>编制数</td>"
                  "<td>10</td></tr></table></body></html>".encode())
    doc = read_path(p)
    assert any("自评报告" in b.text for b in doc.paragraphs())
    assert [r.texts() for r in next(doc.tables()).rows] == [["编制数", "10"]]


def test_encrypted_office_file(tmp_path):
    p = tmp_path / "locked.docx"
    p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100 + "EncryptedPackage".encode("utf-16-le") + b"\0" * 400)
    assert "加密" in _error(p)


def test_sniff():
    assert sniff(b"PK\x03\x04rest") == "zip"
    assert sniff(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1") == "ole"
    assert sniff(b"%PDF-1.7") == "pdf"
    assert sniff(b"{\\rtf1\\ansi") == "rtf"
    assert sniff(b"MIME-Version: 1.0\r\nContent-Type: multipart/related") == "mht"
    assert sniff("\t项目名称".encode()) == "text"


# ------------------------------------------------------------------ folders


def test_load_many_groups_a_folder_by_unit_and_year(tmp_path):
    from jixiao.example import example_text

    text = example_text()
    cut = text.index("附件二")
    folder = tmp_path / "pkg"
    folder.mkdir()
    (folder / "附件1.txt").write_text(text[:cut], encoding="utf-8")
    (folder / "附件2-4.txt").write_text(text[cut:], encoding="gb18030")
    (folder / "~$lock.docx").write_bytes(b"junk")
    whole = load_many([folder])
    assert len(whole) == 1
    one = load(tmp_path / "pkg" / "附件2-4.txt")
    assert whole[0].unit_name == one.unit_name and whole[0].year == one.year
    assert len(whole[0].basic_data) == 1 and len(whole[0].evaluations) == len(one.evaluations)
    errors: list[ReadError] = []
    (folder / "bad.pdf").write_bytes(b"")
    assert len(load_many([folder], errors=errors)) == 1 and len(errors) == 1
