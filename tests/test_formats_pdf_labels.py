"""PDF reader: a vertically merged label that runs over a page break is one cell again.

The PDF is printed by LibreOffice from a small Word table made here: a header row
repeated on each page, rows that do not break across pages (2 cm at least each), a
first-column label merged over all 16 body rows whose text (60 one-character
lines) does not fit on one page, and 一级指标-like group labels in the second column,
one of which ends exactly at the first page break.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from jixiao.grid import Table
from jixiao.readers import read_path

sys.path.insert(0, str(Path(__file__).parent / "fixtures"))
import build  # noqa: E402

pytestmark = pytest.mark.skipif(build.soffice() is None, reason="LibreOffice (soffice) not installed")

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
LABEL = "".join("甲乙丙丁戊己庚辛壬癸"[i % 10] for i in range(60))
GROUPS = {1: ("产出指标", 6), 7: ("效益指标", 6), 13: ("满意度指标", 4)}  # first row: (label, rows)
WIDTHS = [1000, 2000, 5000]  # twips


def _cell(i: int, text: str | None, merge: str | None = None) -> str:
    pr = f'<w:tcW w:w="{WIDTHS[i]}" w:type="dxa"/>'
    pr += {"restart": '<w:vMerge w:val="restart"/>', "cont": "<w:vMerge/>"}.get(merge or "", "")
    paras = "".join(f'<w:p><w:r><w:t xml:space="preserve">{t}</w:t></w:r></w:p>' for t in text.split("\n")) if text else "<w:p/>"
    return f"<w:tc><w:tcPr>{pr}</w:tcPr>{paras}</w:tc>"


def _table_xml() -> str:
    border = "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                     for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
    rows = ['<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>'
            + _cell(0, "栏") + _cell(1, "分组") + _cell(2, "内容") + "</w:tr>"]
    for r in range(1, 17):
        c0 = _cell(0, "\n".join(LABEL), "restart") if r == 1 else _cell(0, None, "cont")
        c1 = _cell(1, GROUPS[r][0], "restart") if r in GROUPS else _cell(1, None, "cont")
        rows.append('<w:tr><w:trPr><w:cantSplit/><w:trHeight w:val="1134" w:hRule="atLeast"/></w:trPr>'
                    + c0 + c1 + _cell(2, f"第{r}行") + "</w:tr>")
    return (f'<w:tbl {W}><w:tblPr><w:tblW w:w="{sum(WIDTHS)}" w:type="dxa"/><w:tblBorders>{border}</w:tblBorders>'
            '<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>'
            + "".join(f'<w:gridCol w:w="{w}"/>' for w in WIDTHS) + "</w:tblGrid>" + "".join(rows) + "</w:tbl>")


@pytest.fixture(scope="module")
def pdf(tmp_path_factory) -> Path:
    import docx
    from docx.oxml import parse_xml
    from docx.shared import Cm

    d = docx.Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = sec.top_margin = sec.bottom_margin = Cm(2)
    body = d.element.body
    body.insert(len(body) - 1, parse_xml(_table_xml()))
    out = tmp_path_factory.mktemp("pdf-labels")
    d.save(out / "labels.docx")
    return build.build_pdf(out / "labels.docx", out)


def test_label_over_page_breaks_is_one_cell(pdf):
    import pdfplumber

    from jixiao.readers.pdf import _TABLE_SETTINGS

    with pdfplumber.open(pdf) as p:  # the premise: the label runs over two page breaks
        firsts = [pg.find_tables(_TABLE_SETTINGS)[0].extract()[1] for pg in p.pages]
    assert len(firsts) == 3 and all(row[0] for row in firsts), firsts
    assert firsts[1][2] == "第13行", "the first page break is expected between rows 12 and 13"

    doc = read_path(pdf)
    (table,) = [b for b in doc.blocks if isinstance(b, Table)]
    assert [r.cells[2].text for r in table.rows] == ["内容"] + [f"第{r}行" for r in range(1, 17)]
    col0 = [r.cells[0] for r in table.rows[1:]]
    assert "".join(col0[0].text.split()) == LABEL  # the pieces of pages 2 and 3 joined in order
    assert col0[0].row_span == 16
    assert all(c.text == "" for c in col0[1:])  # no stray cell at the top of a page
    assert sum(1 for n in doc.notes if n.code == "label-joined") == 2


def test_label_ending_at_the_page_break_stays_apart(pdf):
    """效益指标 ends with the first page; 满意度指标 at the top of the next is its own label."""
    doc = read_path(pdf)
    (table,) = [b for b in doc.blocks if isinstance(b, Table)]
    col1 = [(r.cells[1].text, r.cells[1].row_span) for r in table.rows[1:] if r.cells[1].text]
    assert col1 == [v for _, v in sorted(GROUPS.items())]
