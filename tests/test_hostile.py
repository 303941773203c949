"""Hostile and broken input: each reproducer of the hostile-input issue, built here, small.

Every case ends in a model (with a finding where the input is wrong) or in a one-line
error naming the file, the place and the limit; never a traceback, a hang or a leak.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
import zlib
from decimal import Decimal
from pathlib import Path

import pytest
from rich.console import Console

from jixiao.checks import check
from jixiao.checks.render import print_review, review
from jixiao.example import example_text
from jixiao.executor import InProcess, LocalPool
from jixiao.limits import load_limits, shipped, use
from jixiao.pipeline import load, load_many
from jixiao.readers import ReadError
from jixiao.scoring import score_package

ROOT = Path(__file__).resolve().parents[1]
FORTY_FOUR = "2" + "0" * 40 + "0.00"  # 44 characters: 42 integer digits


def _text(tmp_path: Path, text: str, name: str = "pkg.txt") -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def _error(fn, *args) -> str:
    with pytest.raises(ReadError) as e:
        fn(*args)
    msg = str(e.value)
    assert "\n" not in msg, msg
    return msg


def _everything(pkg) -> list:
    """Check, score and render a package the way the command line does."""
    findings = check(pkg)
    score_package(pkg)
    print_review(review(pkg, findings), Console(file=io.StringIO(), width=100))
    return findings


# ------------------------------------------------------------------ numbers


def test_a_44_digit_amount_is_a_finding_not_an_exception(tmp_path):
    # the example's 办公经费 2023 决算数 20.00 (line 70 of examples/example_package.txt) made 44 digits
    text = example_text().replace("\t其中：办公经费\n\t20.00", f"\t其中：办公经费\n\t{FORTY_FOUR}", 1)
    pkg = load(_text(tmp_path, text))
    found = [f for f in _everything(pkg) if f.rule == "VAL-001"]
    assert len(found) == 1 and found[0].severity == "error"
    assert "数值超出合理范围" in found[0].message and found[0].where.line == 70


def test_huge_numbers_in_narrative_and_scores_do_not_raise(tmp_path):
    text = example_text()
    text = text.replace("\t公车运行维护\n\t6.00", "\t公车运行维护\n\t1" + "9" * 60, 1)
    text += "\n本年支出" + "9" * 50 + "万元，占总支出的" + "1" * 30 + "%。自评得分为" + "9" * 40 + "分。\n"
    pkg = load(_text(tmp_path, text))
    assert not [f for f in _everything(pkg) if f.rule.startswith("INTERNAL")]


def test_1e308_in_a_spreadsheet_cell_is_a_finding(tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["2024年度部门整体支出绩效评价基础数据表"])
    ws.append(["经费控制情况（万元）", "2023 年决算数", "2024 年预算数", "2024 年决算数"])
    ws.append(["三公经费", 1e308, 12.0, 10.6])
    ws["B3"].number_format = "0.00"
    p = tmp_path / "big.xlsx"
    wb.save(p)
    pkg = load(p)
    _everything(pkg)
    assert any(d.code == "value-range" for d in pkg.diagnostics)


def test_an_amount_with_no_unit_anywhere_is_compared_without_raising():
    from jixiao.checks.cross import in_wan
    from jixiao.model import Amount
    from jixiao.values import MoneyUnit

    # 144000 元 = 14.4 万元 (a cell with no unit of its own, in a table whose unit is 元)
    assert in_wan(Amount(value=Decimal("144000")), MoneyUnit.YUAN) == Decimal("14.4")
    assert in_wan(Amount(value=Decimal("144000")), None) is None  # no unit anywhere: not compared


# ------------------------------------------------------------------ containers


def _docx(tmp_path: Path, document_xml_edit) -> Path:
    from docx import Document

    d = Document()
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text = "项目名称"
    t.cell(0, 1).text = "示例"
    src = tmp_path / "src.docx"
    d.save(src)
    return _rezip(src, tmp_path / "bad.docx", "word/document.xml", document_xml_edit)


def _rezip(src: Path, out: Path, member: str, edit) -> Path:
    """``src`` copied to ``out`` with one member's bytes passed through ``edit``."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            zout.writestr(info, edit(data) if info.filename == member else data)
    return out


def test_docx_grid_span_of_two_billion_is_refused_at_once(tmp_path):
    def span(xml: bytes) -> bytes:
        return xml.replace(b"<w:tcPr>", b'<w:tcPr><w:gridSpan w:val="2000000000"/>', 1)

    p = _docx(tmp_path, span)
    t0 = time.perf_counter()
    msg = _error(load, p)
    assert time.perf_counter() - t0 < 5
    assert "表格列数" in msg and "table.columns" in msg


def test_xml_entity_declared_after_the_first_4_kb_is_refused(tmp_path):
    def entity(xml: bytes) -> bytes:
        pad = b"<!-- " + b"x" * 8000 + b" -->"
        return xml.replace(b"<w:body>", pad + b'<!DOCTYPE d [<!ENTITY e SYSTEM "file:///etc/passwd">]><w:body>', 1)

    msg = _error(load, _docx(tmp_path, entity))
    assert "DOCTYPE" in msg or "实体" in msg


def test_xlsx_merge_of_the_whole_sheet_is_refused_before_openpyxl(tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    wb.active["A1"] = "x"
    src = tmp_path / "src.xlsx"
    wb.save(src)
    whole = b'<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells></worksheet>'
    out = _rezip(src, tmp_path / "merge.xlsx", "xl/worksheets/sheet1.xml", lambda x: x.replace(b"</worksheet>", whole))
    t0 = time.perf_counter()
    msg = _error(load, out)
    assert time.perf_counter() - t0 < 5
    assert "A1:XFD1048576" in msg and "table.merged_cells" in msg


def test_zip_member_name_flagged_utf8_that_is_not(tmp_path):
    p = tmp_path / "names.docx"
    with zipfile.ZipFile(p, "w") as z:
        z.writestr("word/document.xml", "<w:document/>")
    data = bytearray(p.read_bytes())
    name = b"word/document.xml"
    for start in [m.start() for m in re.finditer(re.escape(name), bytes(data))]:
        data[start:start + 4] = b"\xff\xfe\xfd\xfc"  # not UTF-8
    # set the UTF-8 flag (bit 11) in the local header and the central directory entry
    for sig, off in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        i = bytes(data).find(sig)
        flags = int.from_bytes(data[i + off:i + off + 2], "little") | 0x800
        data[i + off:i + off + 2] = flags.to_bytes(2, "little")
    p.write_bytes(bytes(data))
    assert "编码" in _error(load, p)


def test_a_deflate_bomb_in_a_pdf_is_refused_before_pdfminer(tmp_path):
    # a 4 MiB stream of zeros packs into a few KB; under a 1 MiB stream limit it is refused
    stream = zlib.compress(b"0" * (4 << 20), 9)
    pdf = (b"%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
           b"2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n"
           b"3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R>> endobj\n"
           b"4 0 obj <</Length " + str(len(stream)).encode() + b" /Filter /FlateDecode>>\nstream\n" + stream +
           b"\nendstream endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n")
    p = tmp_path / "bomb.pdf"
    p.write_bytes(pdf)
    small = load_limits(None).model_copy(update={"pdf": shipped().pdf.model_copy(update={"stream_bytes": 1 << 20})})
    with use(small):
        msg = _error(load, p)
    assert "pdf.stream_bytes" in msg


def _pages_pdf(n: int) -> bytes:
    kids = " ".join(f"{3 + i} 0 R" for i in range(n))
    objs = [b"1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n",
            f"2 0 obj <</Type /Pages /Kids [{kids}] /Count {n}>> endobj\n".encode()]
    objs += [f"{3 + i} 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 200 200]>> endobj\n".encode() for i in range(n)]
    return b"%PDF-1.4\n" + b"".join(objs) + b"trailer <</Root 1 0 R>>\n%%EOF\n"


def test_a_pdf_of_two_thousand_pages_is_refused_by_its_page_count(tmp_path):
    p = tmp_path / "pages.pdf"
    p.write_bytes(_pages_pdf(2000))  # 2,000 empty pages: far above the 300-page limit
    t0 = time.perf_counter()
    msg = _error(load, p)
    assert "pdf.pages" in msg and "300" in msg
    assert time.perf_counter() - t0 < 5  # refused while the page tree is walked, not after


def test_a_text_export_above_the_size_limit_is_refused_without_reading_it(tmp_path):
    p = tmp_path / "huge.txt"
    with p.open("wb") as fh:
        fh.truncate(shipped().file.text_bytes + 1)  # sparse: nothing is written, the size is what counts
    assert "file.text_bytes" in _error(load, p)


def test_limits_file_overrides_only_its_keys_and_bad_files_are_one_line(tmp_path):
    f = tmp_path / "lim.toml"
    f.write_text("[pdf]\npages = 3\n", encoding="utf-8")
    lim = load_limits(f)
    assert lim.pdf.pages == 3 and lim.zip == shipped().zip
    f.write_text("[pdf]\npages = -1\n", encoding="utf-8")
    from jixiao.datafile import DataFileError

    with pytest.raises(DataFileError) as e:
        load_limits(f)
    assert "pdf.pages" in str(e.value) and "\n" not in str(e.value)


# ------------------------------------------------------------------ containment


def test_a_link_out_of_a_folder_package_is_refused_and_never_read(tmp_path):
    pkg = tmp_path / "pkg"
    pkg.mkdir()
    _text(pkg, example_text(), "附件1.txt")
    secret = tmp_path / "secret.txt"
    secret.write_text("root:x:0:0:SECRET-LINE\n", encoding="utf-8")
    (pkg / "附件2.txt").symlink_to(secret)
    errors: list[ReadError] = []
    pkgs = load_many([pkg], errors)
    assert len(pkgs) == 1 and len(errors) == 1 and "链接" in errors[0].reason
    assert "SECRET-LINE" not in pkgs[0].model_dump_json()


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_a_failed_conversion_leaves_no_copy_in_tmp(tmp_path):
    bad = tmp_path / "bad.doc"
    bad.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "WordDocument".encode("utf-16-le") + os.urandom(3000))
    before = set(Path(tempfile.gettempdir()).glob("jixiao-conv-*"))
    try:  # LibreOffice may refuse the file or read it as text; either way nothing is left behind
        load(bad)
    except ReadError as e:
        assert "\n" not in str(e)
    assert set(Path(tempfile.gettempdir()).glob("jixiao-conv-*")) == before


# ------------------------------------------------------------------ boundary and guard


def test_a_rule_that_raises_is_one_internal_finding_and_the_others_stay(tmp_path, monkeypatch):
    from jixiao.checks.finding import RULES

    pkg = load(ROOT / "examples" / "example_package.txt")
    before = {f.rule for f in check(pkg)}
    r = RULES["SUM-001"]

    def broken(_pkg):
        raise ZeroDivisionError("boom")

    monkeypatch.setitem(RULES, "SUM-001", type(r)(r.id, r.category, r.severity, r.title, r.basis, broken))
    after = check(pkg)
    rules = {f.rule for f in after}
    assert "INTERNAL-SUM-001" in rules and "SUM-001" not in rules
    assert before - {"SUM-001"} <= rules  # the example's other slips are still found (SCORE-005 …)


def test_an_exception_in_a_stage_is_a_one_line_error_naming_the_stage(tmp_path, monkeypatch):
    import jixiao.pipeline as pipeline

    def broken(*a, **k):
        raise KeyError("oops")

    monkeypatch.setattr(pipeline, "recognise", broken)
    msg = _error(load, ROOT / "examples" / "example_package.txt")
    assert "识别时出现内部错误" in msg and "KeyError" in msg


def _sleep(x):
    time.sleep(x)
    return x


def _hog(n):
    return len(bytearray(n))


def _die(_):
    os._exit(7)


def test_the_guard_stops_a_slow_item_and_a_greedy_item_and_goes_on():
    # 3 s of wall time: on a loaded machine a worker may take a second to start allocating
    lim = shipped().model_copy(update={"guard": shipped().guard.model_copy(update={"wall_seconds": 3.0,
                                                                                  "memory_bytes": 300 << 20})})
    pool = LocalPool(2, lim)
    got = {o.index: o for o in pool.imap(_sleep, [0.0, 8.0, 0.1])}
    assert [got[i].status for i in range(3)] == ["ok", "timeout", "ok"]
    assert "guard.wall_seconds" in got[1].message
    got = {o.index: o for o in pool.imap(_hog, [10, 2 << 30, 10])}
    assert [got[i].status for i in range(3)] == ["ok", "memory", "ok"]
    got = {o.index: o for o in pool.imap(_die, [1])}
    assert got[0].status == "crashed"


def test_in_process_and_pool_read_the_same_packages():
    seeds = ROOT.parent / "shared" / "seeds"
    paths = [ROOT / "examples"] + ([seeds] if seeds.is_dir() else [])
    a = load_many(paths, [], executor=InProcess())
    b = load_many(paths, [], executor=LocalPool(2))
    assert [p.model_dump_json() for p in a] == [p.model_dump_json() for p in b]


# ------------------------------------------------------------------ messages


def _cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    exe = Path(sys.executable).with_name("jixiao")
    return subprocess.run([str(exe), *args], capture_output=True, text=True, cwd=cwd, timeout=120)


def test_errors_are_one_line_however_long_and_names_are_escaped(tmp_path):
    long_name = tmp_path / ("很长的文件名" * 12 + "\x1b[31m[bold]\n.txt")
    long_name.write_bytes(b"\x00\x01\x02" * 100)  # binary: not a text export
    r = _cli("check", str(long_name))
    assert r.returncode == 1
    lines = [ln for ln in r.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1, r.stderr
    assert "\x1b" not in r.stderr and "\\x1b" in lines[0] and "[bold]" in lines[0]


def test_a_unit_name_with_brackets_prints(tmp_path):
    text = example_text().replace("示例县人力资源和社会保障局", "示例县[bold]人社局[/red]")
    p = _text(tmp_path, text)
    r = _cli("check", str(p))
    assert "Traceback" not in r.stderr and "[bold]人社局[/red]" in r.stdout


def test_a_bad_rule_set_is_one_line(tmp_path):
    f = tmp_path / "bad.toml"
    f.write_text('extends = "national-project"\n[execution]\nweight = "abc"\n', encoding="utf-8")
    r = _cli("score", str(ROOT / "examples" / "example_package.txt"), "--rules", str(f))
    assert r.returncode == 2
    assert len(r.stderr.strip().splitlines()) == 1 and "execution.weight" in r.stderr


def test_check_with_one_worker_or_all_cores_says_the_same():
    one = _cli("check", "-j", "1", str(ROOT / "examples"), "--fail-on", "none")
    every = _cli("check", str(ROOT / "examples"), "--fail-on", "none")
    assert one.returncode == every.returncode == 0
    assert one.stdout == every.stdout and "SCORE-005" in one.stdout  # the example's deliberate slip


def test_control_characters_and_brackets_in_names_reach_the_written_files(tmp_path):
    from docx import Document as Docx
    from openpyxl import load_workbook

    from jixiao.writers import write_outputs

    # a project name pasted with a control character and sheet-name brackets (a clerk's paste slip)
    text = example_text().replace("人才引进专项经费", "人才引进[专项]\x01经费/补助")
    pkg = load(_text(tmp_path, text))
    written = write_outputs(pkg, tmp_path / "out")
    names = {p.name for p in written.files}
    assert {"自评报告.docx", "附件表.docx", "附件表.xlsx"} <= names
    wb = load_workbook(tmp_path / "out" / "附件表.xlsx")
    assert all(not set(t) & set("[]:/\\?*\x01") for t in wb.sheetnames)
    body = "\n".join(p.text for t in Docx(tmp_path / "out" / "附件表.docx").tables for r in t.rows for p in r.cells[0].paragraphs)
    assert "\x01" not in body


def test_a_page_tree_node_with_more_kids_than_the_page_limit_is_refused_at_once(tmp_path):
    one = (b"%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
           b"2 0 obj <</Type /Pages /Kids [" + b"3 0 R " * 50000 + b"] /Count 1>> endobj\n"
           b"3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 200 200]>> endobj\n"
           b"trailer <</Root 1 0 R>>\n%%EOF\n")
    p = tmp_path / "kids.pdf"
    p.write_bytes(one)  # one page named 50,000 times: pdfminer walks it for minutes
    t0 = time.perf_counter()
    assert "pdf.pages" in _error(load, p)
    assert time.perf_counter() - t0 < 5


def test_a_two_million_character_cell_is_printed_cut_and_fast(tmp_path):
    # an indicator name pasted 2,000,000 characters long (rich's highlighter took minutes on it)
    p = _text(tmp_path, example_text().replace("引进人才人数", "引进人才人数" + "x" * 2_000_000, 1))
    t0 = time.perf_counter()
    r = _cli("score", str(p), "--all")
    assert time.perf_counter() - t0 < 30 and "Traceback" not in r.stderr
    assert max(len(line) for line in r.stdout.splitlines()) < 2000 and "（共 " in r.stdout


def test_a_report_paragraph_spread_into_millions_of_spaces_is_checked_in_linear_time(tmp_path):
    # a PDF whose font widths were damaged comes out as words between runs of blanks; the
    # narrative patterns allow \s* between words and went quadratic on such runs
    spread = "人才队伍规模" + "".join(" " * 200_000 + ch for ch in "标居持伍居革控事人")
    p = _text(tmp_path, example_text().replace("加快项目支出进度，提高资金使用效益。", spread, 1))
    pkg = load(p)
    t0 = time.perf_counter()
    _everything(pkg)
    assert time.perf_counter() - t0 < 10


def test_a_workbook_whose_name_says_xls_is_read_by_its_content(tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.append(["2024年度部门整体支出绩效评价基础数据表"])
    wb.active.append(["三公经费", 12.5, 12.0, 10.6])
    p = tmp_path / "基础数据表.xls"  # a .xlsx saved under the old extension (openpyxl refuses the name)
    wb.save(p)
    doc_text = load(p).model_dump_json()
    assert "10.6" in doc_text or "10.60" in doc_text


# one continuation row of the example's 部门整体 indicator table (一级 and its 分值 left blank:
# the row belongs to 产出指标 above it, a vertical merge when the form is written)
_QUALITY_ROW = "\t\n\t\n\t质量指标\n\t资金支出合规性\n\t合规\n\t合规\n\t15\n\t15\n\t\n\n"


def test_a_form_of_three_thousand_rows_under_one_heading_is_written_and_reads_back(tmp_path):
    # python-docx's merge recursed once per merged row (RecursionError from the fuzzer on a
    # 20-times-repeated package); the forms are now merged in the XML directly
    from jixiao.writers import forms_docx, forms_xlsx

    text = example_text()
    assert _QUALITY_ROW in text
    pkg = load(_text(tmp_path, text.replace(_QUALITY_ROW, _QUALITY_ROW * 3000, 1)))
    t0 = time.perf_counter()
    out = tmp_path / "附件.docx"
    out.write_bytes(forms_docx(pkg))
    (tmp_path / "附件.xlsx").write_bytes(forms_xlsx(pkg))
    assert time.perf_counter() - t0 < 30
    back = load(out).department_evaluations[0].indicators
    # the example's four other indicators and the 3,000 copies, all under 产出指标/质量指标
    assert len(back) == 3004
    assert sum(1 for i in back if (i.level1, i.level2, i.name) == ("产出指标", "质量指标", "资金支出合规性")) == 3000


def test_a_share_sentence_repeated_two_thousand_times_is_checked_in_linear_time(tmp_path):
    # the named base of every "占基本支出的 N%" was searched by re-reading the whole narrative
    # (fuzz input (10,3664): a block of seed 002 repeated 1,000 times took over 120 s)
    anchor = "2024年基本支出预算700.00万元，决算705.00万元，较上年增加5.00万元，增长0.7%。"
    text = example_text()
    assert anchor in text
    share = "其中人员经费600.00万元，占基本支出的90.0%。\n\n"
    pkg = load(_text(tmp_path, text.replace(anchor, anchor + "\n\n" + share * 2000, 1)))
    t0 = time.perf_counter()
    found = [f for f in check(pkg) if f.rule == "NAR-001"]
    assert time.perf_counter() - t0 < 10
    # 600 ÷ 700 (基本支出预算 of the same section) = 85.71%, not 90.0%: one finding per sentence
    assert len(found) == 2000 and all(f.expected == "85.71%" and f.actual == "90.0%" for f in found)


def test_a_final_account_block_repeated_thousands_of_times_is_checked_in_linear_time():
    # fuzz input (10,30701): 3 lines of seed 003's 公开02表 repeated 5,000 times; every 类 summed
    # every 款 of the table again (5,000 × 5,000 sums and allowances: over 120 s)
    from jixiao.checks.final_accounts import function_hierarchy
    from jixiao.model import AccountLine, FinalAccountTable, Package, Where
    from jixiao.values import Amount, MoneyUnit

    unit = MoneyUnit.WAN
    at = Where(file="x.txt", line=1)

    def line(code, value):
        return AccountLine(code=code, name="社会保障和就业支出", amounts={"本年支出": Amount(value=Decimal(value), unit=unit)},
                           where=at)

    lines = [x for _ in range(3000) for x in (line("208", "10.00"), line("20801", "1.00"))]
    table = FinalAccountTable(kind="general_public_expenditure", code="公开02", title="一般公共预算财政拨款支出决算表",
                              where=at, columns=["本年支出"], lines=lines)
    pkg = Package(source="x.txt", layout="text", final_accounts=[table])
    t0 = time.perf_counter()
    found = list(function_hierarchy(pkg))
    assert time.perf_counter() - t0 < 10
    # each of the 3,000 类 208 lines (10.00) against its 3,000 款 lines of 1.00 each: 3,000.00
    assert len(found) == 3000 and all(f.expected == "3000.00" and f.actual == "10.00" for f in found)


def test_a_character_thousands_of_ems_away_is_not_millions_of_spaces():
    # fuzz input (10,3651): a flipped byte in a PDF's text matrix put characters far apart at a tiny
    # size; each gap became gap / half an em spaces (lines of millions, 1.4 GB, 104 s)
    from jixiao.readers.pdf import MAX_GAP_SPACES, _lines_of

    def ch(text, x0, size):
        return {"text": text, "x0": x0, "x1": x0 + size, "top": 100.0, "bottom": 100.0 + size, "size": size}

    (line,) = _lines_of([ch("甲", 10.0, 0.01), ch("乙", 1e9, 0.01), ch("丙", float("inf"), 0.01)])
    assert line.text == "甲" + " " * MAX_GAP_SPACES + "乙" + " " * MAX_GAP_SPACES + "丙"
    (normal,) = _lines_of([ch("甲", 10.0, 10.0), ch("乙", 40.0, 10.0)])
    assert normal.text == "甲" + " " * 4 + "乙"  # a 20-point gap at 10 points: four half-ems


def test_a_zip_that_asks_for_a_newer_zip_version_is_one_line(tmp_path):
    # fuzz input (10,10265): "version needed to extract" damaged to 14.8 in the central
    # directory; zipfile raises NotImplementedError, which escaped the reader
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("word/document.xml", "<w:document/>")
    data = bytearray(buf.getvalue())
    cd = data.index(b"PK\x01\x02")
    data[cd + 6:cd + 8] = (148).to_bytes(2, "little")
    p = tmp_path / "报告.docx"
    p.write_bytes(bytes(data))
    msg = _error(load, p)
    assert "无法读取的格式" in msg and "14.8" in msg and "\n" not in msg


def test_a_cell_of_a_million_blanks_is_read_in_linear_time(tmp_path):
    # fuzz input (10,19687): a 1,000,000-character line in an indicator row; the cell cleaner's
    # pattern [\s]*\n[\s]* went quadratic on it (over 120 s)
    text = example_text()
    assert "个别服务对象反映办事时间较长" in text
    p = _text(tmp_path, text.replace("个别服务对象反映办事时间较长", "个别" + " " * 1_000_000 + "较长", 1))
    t0 = time.perf_counter()
    pkg = load(p)
    assert time.perf_counter() - t0 < 10
    deviations = [i.deviation for e in pkg.evaluations for i in e.indicators if i.deviation]
    assert any(d.startswith("个别 ") and d.endswith(" 较长") for d in deviations)


def test_more_forms_than_the_output_limit_is_one_line_and_nothing_written(tmp_path):
    # fuzz input (10,16481): a block repeated 5,000 times gave 5,003 forms; written as .docx they
    # took 2.2 GB.  The example has 4 forms (基础数据表, 部门整体, two projects); a limit of 2:
    limits = tmp_path / "limits.toml"
    limits.write_text("[output]\nforms = 2\n", encoding="utf-8")
    out = tmp_path / "输出"
    r = _cli("--limits", str(limits), "report", str(_text(tmp_path, example_text())), "-o", str(out))
    lines = r.stderr.strip().splitlines()
    assert r.returncode == 1 and len(lines) == 1 and "写出的附件表张数 4 超过上限 2" in lines[0], r.stderr
    assert not out.exists() or not any(out.iterdir())
