"""The same package gives the same model whatever format it arrives in.

The .docx and .xlsx versions of each seed are generated from the seed's text
export (tests/fixtures/build.py: merged 一级/二级 labels, funds block, block
labels re-created as vertical merges), the PDF is printed from the .docx by
LibreOffice.  The models are compared as normalised dumps (tests/fixtures/
parity.py): positions, source names and the readers' own notes left out; for
PDF whitespace inside strings too (a PDF keeps no hand-made line breaks).

Every seed is compared.  Seed 003 is a PDF-to-Markdown export whose merged cells were collapsed (inexact
columns): a table built from its grid is no official form.  Its fixtures get
their forms from jixiao's form writers instead (the official merged layout,
drawn from the text model), everything else from the grid; the comparison then
also leaves out what only the source layout had (``parity.layout_only``, as in
the writers' round-trip tests).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from jixiao.pipeline import load
from jixiao.readers import read_path
from seedlib import seed_path

sys.path.insert(0, str(Path(__file__).parent / "fixtures"))
import build  # noqa: E402
from parity import diff, layout_only, normalise  # noqa: E402

SEEDS = {"000": "000_a1e8d29c7864ba8d.txt", "001": "001_7c0e03b398c44046.txt", "002": "002_667c629c576ffe37.txt",
         "003": "003_c0781168737441b9.txt", "004": "004_dc9c9a078db0651c.txt"}
FORMATS = ["docx", "xlsx", "pdf"]


@pytest.fixture(scope="session")
def fixtures(tmp_path_factory):
    """Path of a seed's fixture in a format, built once per session."""
    out = tmp_path_factory.mktemp("formats")
    made: dict[tuple[str, str], Path] = {}

    def get(seed: str, fmt: str) -> Path:
        if (seed, fmt) not in made:
            src = seed_path(SEEDS[seed])
            if (seed, "docx") not in made or fmt == "xlsx":
                grid = build.seed_grid(src)
                made[(seed, "docx")] = made.get((seed, "docx")) or build.build_docx(grid, out / f"{src.stem}.docx")
                if fmt == "xlsx":
                    made[(seed, fmt)] = build.build_xlsx(grid, out / f"{src.stem}.xlsx")
            if fmt == "pdf":
                if build.soffice() is None:
                    pytest.skip("LibreOffice (soffice) not installed: PDF fixtures cannot be printed")
                made[(seed, fmt)] = build.build_pdf(made[(seed, "docx")], out)
        return made[(seed, fmt)]

    return get


@pytest.fixture(scope="session")
def dumps(fixtures):
    """Normalised dump of a seed read from ``fmt`` ("txt": the text export), read once per session.
    ``squash`` (whitespace inside strings removed) is used for comparisons with a PDF."""
    cache: dict[tuple[str, str, bool], dict] = {}

    def get(seed: str, fmt: str, squash: bool) -> dict:
        key = (seed, fmt, squash)
        if key not in cache:
            path = seed_path(SEEDS[seed]) if fmt == "txt" else fixtures(seed, fmt)
            cache[key] = normalise(load(path), squash_space=squash)
        return cache[key]

    return get


def _redrawn(seed: str) -> bool:
    return build.forms_redrawn(read_path(seed_path(SEEDS[seed])))


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("seed", sorted(SEEDS))
def test_same_model_as_text_export(seed, fmt, dumps):
    squash = fmt == "pdf"
    want, got = dumps(seed, "txt", squash), dumps(seed, fmt, squash)
    if _redrawn(seed):  # forms drawn by the writers: layout-only differences left out
        want, got = layout_only(want), layout_only(got)
    problems = diff(want, got)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("seed", sorted(SEEDS))
def test_narratives_and_final_accounts_come_through_unchanged(seed, dumps):
    """Everything outside the forms agrees in every format without the layout-only
    allowance, also where the forms were redrawn (003: narratives with their headings,
    决算 公开01–09表, contents, 附件 marks)."""
    for fmt in FORMATS:
        if fmt == "pdf" and build.soffice() is None:
            continue
        want, got = dumps(seed, "txt", True), dumps(seed, fmt, True)
        for key in ("final_accounts", "narratives", "toc", "attachments", "unit_name", "year"):
            problems = diff(want[key], got[key], path=f"{fmt}:{key}")
            assert not problems, "\n".join(problems)
    if seed == "003":
        want = dumps(seed, "txt", True)
        assert len(want["final_accounts"]) == 9 and len(want["narratives"]) >= 4


def test_xls_from_libreoffice_reads_like_xlsx(fixtures, tmp_path):
    if build.soffice() is None:
        pytest.skip("LibreOffice (soffice) not installed")
    xlsx = fixtures("000", "xlsx")
    xls = build.convert(xlsx, tmp_path, "xls")
    want = normalise(load(xlsx))
    problems = diff(want, normalise(load(xls)))
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("fmt", ["docx", "xlsx"])
def test_the_text_export_and_another_format_of_one_package_are_read_once(fixtures, tmp_path, fmt):
    """Seed 000 filed twice in one folder (its text export and its .docx or .xlsx): one package,
    the second file noted as a duplicate (VAL-002), and no finding counted twice."""
    import shutil

    from jixiao.checks import check
    from jixiao.pipeline import load_many

    txt = seed_path(SEEDS["000"])
    alone = sorted(f.rule for f in check(load(txt)))
    folder = tmp_path / "材料"
    folder.mkdir()
    shutil.copy(txt, folder / "000.txt")
    shutil.copy(fixtures("000", fmt), folder / f"000.{fmt}")
    (pkg,) = load_many([folder])
    assert len(pkg.sources) == 1  # the first in name order (000.docx, 000.txt, 000.xlsx) is kept
    got = sorted(f.rule for f in check(pkg))
    assert got == sorted([*alone, "VAL-002"])
