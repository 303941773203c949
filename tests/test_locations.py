"""Findings name their place as the original shows it: 表N 第R行 in Word, Sheet!第R行 or
Sheet!C12 in Excel, 第P页 表N 第R行 in a PDF; a text export keeps its line.

Each expected place is found in the written file with another library (python-docx,
openpyxl, pdftotext): the example's 三公经费 row, which carries its deliberate slip SUM-001
(10.60 stated, 5.50 + 5.00 = 10.50).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from jixiao.checks import check
from jixiao.pipeline import load
from jixiao.writers import forms_docx, forms_xlsx

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "example_package.txt"


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    out = tmp_path_factory.mktemp("loc")
    pkg = load(EXAMPLE)
    (out / "附件.docx").write_bytes(forms_docx(pkg))
    (out / "附件.xlsx").write_bytes(forms_xlsx(pkg))
    return out


def _sum_001(path: Path):
    (f,) = [f for f in check(load(path)) if f.rule == "SUM-001"]
    return f.where


def test_word_tables_are_numbered_and_rows_counted(written):
    import docx

    doc = docx.Document(str(written / "附件.docx"))
    row = next(i for i, r in enumerate(doc.tables[0].rows, start=1) if r.cells[0].text == "三公经费")
    assert _sum_001(written / "附件.docx").shown() == f"表1 第{row}行"


def test_excel_places_name_the_sheet_and_row(written):
    import openpyxl

    ws = openpyxl.load_workbook(written / "附件.xlsx")["基础数据表"]
    row = next(c.row for c in ws["A"] if c.value == "三公经费")
    assert _sum_001(written / "附件.xlsx").shown() == f"基础数据表!第{row}行"


def test_excel_cells_are_named_as_excel_does(written):
    from jixiao.readers import read_path
    from jixiao.grid import Table

    (table, *_) = [b for b in read_path(written / "附件.xlsx").blocks if isinstance(b, Table)]
    cell = next(c for r in table.rows for c in r.cells if c.text == "三公经费")
    assert cell.loc.place.startswith("基础数据表!A") and cell.loc.place[len("基础数据表!A"):].isdigit()


def test_pdf_places_name_the_page_table_and_row(written):
    if shutil.which("soffice") is None or shutil.which("pdftotext") is None:
        pytest.skip("LibreOffice and poppler-utils are needed to print and read the PDF")
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(written),
                    str(written / "附件.docx")], check=True, capture_output=True, timeout=180)
    pdf = written / "附件.pdf"
    page1 = subprocess.run(["pdftotext", "-f", "1", "-l", "1", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "三公经费" in page1  # the basic data table is on page 1
    place = _sum_001(pdf).shown()
    # the same row as in the Word file (the PDF is printed from it)
    assert place == _sum_001(written / "附件.docx").shown().replace("表1", "第1页 表1")


def test_a_text_export_keeps_its_line():
    where = _sum_001(EXAMPLE)
    lines = EXAMPLE.read_text(encoding="utf-8").splitlines()
    assert where.place is None and lines[where.line - 1].strip() == "三公经费"
    assert where.shown() == f"第{where.line}行"
