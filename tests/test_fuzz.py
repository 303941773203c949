"""Fuzzing in CI: a short fixed-seed campaign of bench/fuzz.py, and a property test on raw bytes.

The campaign runs the whole pipeline (read, recognise, check, score, terminal and JSON
rendering, on some inputs the writers) over mutated packages in worker processes, and
asserts no crash, no hang and no memory case.  Its corpus is the bundled example and the
.docx / .xlsx (and, with LibreOffice, one .pdf) fixtures built from it, plus the seed
packages of ../shared when present.  A failure lists the crashes grouped by place with a
reproducer: ``python bench/fuzz.py --replay SEED INDEX --formats ... --no-real --pdf-sources 1``.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import fuzz  # noqa: E402

from jixiao.model import Package  # noqa: E402
from jixiao.pipeline import load  # noqa: E402
from jixiao.readers import ReadError  # noqa: E402

CI_SEED = 20240601
CI_COUNT = int(os.environ.get("JIXIAO_FUZZ_COUNT", "800"))


def test_fuzz_campaign_no_crash_hang_or_memory():
    shared = fuzz.SHARED if fuzz.SHARED.is_dir() else None
    sm = fuzz.campaign(seed=CI_SEED, count=CI_COUNT, workers=2, timeout=15, mem_mb=1024,
                       formats={"txt", "docx", "xlsx", "pdf"}, out=None, shared=shared, real=False,
                       pdf_sources=1, writers_every=20, quiet=True)
    assert sm.inputs == CI_COUNT
    problems = []
    if sm.crashes:
        problems.append(f"{len(sm.crashes)} crash place(s):")
        problems += fuzz.crash_lines(sm.crashes)
    if sm.hangs:
        problems.append("hangs: " + " ".join(f"({h[0]},{h[1]})" for h in sm.hangs))
    if sm.memory:
        problems.append("memory: " + " ".join(f"({m[0]},{m[1]}: {m[2]})" for m in sm.memory))
    if problems:
        problems.append(f"replay: python bench/fuzz.py --replay SEED INDEX --formats {','.join(sm.formats)}"
                        f" --no-real --pdf-sources 1{'' if shared else ' --no-shared'}")
    assert not problems, "\n" + "\n".join(problems) + "\n\n" + fuzz.report(sm)


# ----------------------------------------------------------------------------- any bytes

PREFIXES = [b"", b"PK\x03\x04", b"%PDF-1.4\n", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
            "附件一\n\n2024年度部门整体支出绩效自评表\n\t预算部门、单位\n\t示例局\n\n".encode("utf-8"),
            b"\xef\xbb\xbf", b"\xff\xfe"]
MEMBERS = ["[Content_Types].xml", "word/document.xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml",
           "xl/_rels/workbook.xml.rels", "_rels/.rels", "xl/sharedStrings.xml"]


def _zip(members: list[tuple[str, bytes]]) -> bytes:
    """A well-formed zip of random members (duplicate names allowed)."""
    return fuzz.write_zip([fuzz.ZMember(name.encode(), data) for name, data in members])


RAW = st.builds(lambda p, b: p + b, st.sampled_from(PREFIXES), st.binary(max_size=4096))
ZIPS = st.lists(st.tuples(st.sampled_from(MEMBERS), st.binary(max_size=1024)), min_size=1, max_size=4).map(_zip)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=st.one_of(RAW, RAW, RAW, ZIPS), ext=st.sampled_from([".txt", ".docx", ".xlsx", ".pdf", ".xls", ""]))
def test_any_bytes_end_in_a_package_or_a_one_line_read_error(data: bytes, ext: str):
    with tempfile.TemporaryDirectory(prefix="jixiao-prop-") as tmp:
        p = Path(tmp) / f"input{ext}"
        p.write_bytes(data)
        try:
            pkg = load(p)
        except ReadError as e:
            assert type(e).__name__ != "InternalError", f"internal error: {e}"
            assert len(str(e).splitlines()) == 1, f"not one line: {str(e)!r}"
        else:
            assert isinstance(pkg, Package)
