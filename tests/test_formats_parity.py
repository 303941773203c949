"""The same package gives the same model whatever format it arrives in.

The .docx and .xlsx versions of each seed are generated from the seed's text
export (tests/fixtures/build.py: merged 一级/二级 labels, funds block, block
labels re-created as vertical merges), the PDF is printed from the .docx by
LibreOffice.  The models are compared as normalised dumps (tests/fixtures/
parity.py): positions, source names and the readers' own notes left out; for
PDF whitespace inside strings too (a PDF keeps no hand-made line breaks).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from jixiao.pipeline import load
from seedlib import seed_path

sys.path.insert(0, str(Path(__file__).parent / "fixtures"))
import build  # noqa: E402
from parity import diff, normalise  # noqa: E402

SEEDS = {"000": "000_a1e8d29c7864ba8d.txt", "001": "001_7c0e03b398c44046.txt", "003": "003_c0781168737441b9.txt"}
# 003 is a PDF-to-Markdown export whose merged cells were collapsed: the text model reads it by
# anchors (inexact columns); a real Word/Excel/PDF table has trustworthy columns, so the
# indicator rows whose cells the export shifted are read differently.  Rebuilding the original
# merged layout from the model is the next step (see the report).
COLLAPSED = {"003"}
# A merged 绩效指标 label running over a page break in the 001 PDF leaves its last glyph in the
# cell at the top of the next page (read as extra text of the first indicator there).
PDF_KNOWN = {"001"}


@pytest.fixture(scope="session")
def fixtures(tmp_path_factory):
    out = tmp_path_factory.mktemp("formats")
    made: dict[tuple[str, str], Path] = {}

    def get(seed: str, fmt: str) -> Path:
        if (seed, fmt) not in made:
            src = seed_path(SEEDS[seed])
            grid = build.seed_grid(src)
            made[(seed, "docx")] = made.get((seed, "docx")) or build.build_docx(grid, out / f"{src.stem}.docx")
            if fmt == "xlsx":
                made[(seed, fmt)] = build.build_xlsx(grid, out / f"{src.stem}.xlsx")
            elif fmt == "pdf":
                if build.soffice() is None:
                    pytest.skip("LibreOffice (soffice) not installed: PDF fixtures cannot be printed")
                made[(seed, fmt)] = build.build_pdf(made[(seed, "docx")], out)
        return made[(seed, fmt)]

    return get


@pytest.mark.parametrize("fmt", ["docx", "xlsx", "pdf"])
@pytest.mark.parametrize("seed", sorted(SEEDS))
def test_same_model_as_text_export(seed, fmt, fixtures):
    if seed in COLLAPSED:
        pytest.xfail("seed 003: merged cells collapsed in the text export (see COLLAPSED)")
    if fmt == "pdf" and seed in PDF_KNOWN:
        pytest.xfail("merged label split over a page break in the PDF (see PDF_KNOWN)")
    path = fixtures(seed, fmt)
    squash = fmt == "pdf"
    want = normalise(load(seed_path(SEEDS[seed])), squash_space=squash)
    got = normalise(load(path), squash_space=squash)
    problems = diff(want, got)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("seed", sorted(SEEDS))
def test_collapsed_seed_agrees_outside_the_indicator_trees(seed, fixtures):
    """For 003 everything but the evaluations agrees in every format (narratives with
    their headings, 决算 tables, basic data)."""
    want = normalise(load(seed_path(SEEDS[seed])), squash_space=True)
    for fmt in ("docx", "xlsx", "pdf"):
        if fmt == "pdf" and build.soffice() is None:
            continue
        got = normalise(load(fixtures(seed, fmt)), squash_space=True)
        for key in ("basic_data", "final_accounts", "narratives", "toc", "unit_name", "year"):
            problems = diff(want[key], got[key], path=f"{fmt}:{key}")
            assert not problems, "\n".join(problems)


def test_xls_from_libreoffice_reads_like_xlsx(fixtures, tmp_path):
    if build.soffice() is None:
        pytest.skip("LibreOffice (soffice) not installed")
    xlsx = fixtures("000", "xlsx")
    xls = build.convert(xlsx, tmp_path, "xls")
    want = normalise(load(xlsx))
    problems = diff(want, normalise(load(xls)))
    assert not problems, "\n".join(problems)
