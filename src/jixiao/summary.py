"""The batch summary (批量汇总表): one row per package, for ``--summary FILE``.

:func:`summary_row` makes the row of a finished package from its review and score;
:func:`failed_row` the row of one that could not be read.  :func:`write_summary` writes
the rows as .xlsx, .csv or .parquet by the file's extension (atomically, like every output).
"""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

from pydantic import BaseModel

if TYPE_CHECKING:
    from .checks.render import PackageReview
    from .model import Package
    from .readers.errors import ReadError
    from .scoring.report import PackageScore

DONE = "完成"
FAILED = "未完成"


class SummaryRow(BaseModel):
    """One package in the batch summary."""

    source: str
    unit_name: str | None = None
    year: int | None = None
    forms: str = ""
    total_of: str = ""  # which table or report the totals are those of
    reported_total: Decimal | None = None
    recomputed_total: Decimal | None = None
    reported_grade: str | None = None
    recomputed_grade: str | None = None
    errors: int | None = None
    warnings: int | None = None
    infos: int | None = None
    status: str = DONE
    ruleset: str | None = None
    files: str = ""  # "name=sha256; …"
    jixiao: str = ""


# (field, Chinese header, xlsx column width): the order of the columns in every format
COLUMNS = [("unit_name", "单位", 28), ("year", "年度", 7), ("source", "文件", 40), ("forms", "表单", 36),
           ("total_of", "总分依据", 28), ("reported_total", "填报总分", 9), ("recomputed_total", "复核总分", 9),
           ("reported_grade", "填报等级", 8), ("recomputed_grade", "复核等级", 8), ("errors", "错误", 6),
           ("warnings", "警告", 6), ("infos", "提示", 6), ("status", "状态", 30), ("ruleset", "评分规则集", 18),
           ("files", "文件哈希（SHA-256）", 60), ("jixiao", "jixiao 版本", 10)]
SUFFIXES = (".xlsx", ".csv", ".parquet")
PARQUET_DIGITS, PARQUET_SCALE = 38, 10  # decimal128 of the score columns (scores have 1–2 decimals)


def _hashes(files: dict[str, str]) -> str:
    return "; ".join(f"{Path(name).name}={sha}" for name, sha in files.items())


def summary_row(pkg: Package, review: PackageReview | None, score: PackageScore | None) -> SummaryRow:
    from . import __version__
    from .batch import forms_text

    row = SummaryRow(source=pkg.source, unit_name=pkg.unit_name, year=pkg.year, forms=forms_text(pkg),
                     files=_hashes(pkg.provenance.inputs if pkg.provenance else {}), jixiao=__version__)
    if review is not None:
        row.errors, row.warnings, row.infos = (review.counts[s] for s in ("error", "warning", "info"))
    if score is not None:
        row.ruleset = score.ruleset
        main = next((g for g in score.summary if g.what.startswith("部门整体")), score.summary[0] if score.summary else None)
        if main is not None:
            row.total_of, row.reported_total, row.reported_grade = main.what, main.reported_total, main.reported_grade
            if main.advisable:
                row.recomputed_total, row.recomputed_grade = main.recomputed_total, main.recomputed_grade
            else:
                row.status = f"{DONE}（分值结构有误，暂不复核总分）"
    return row


def failed_row(source: str, error: ReadError, files: dict[str, str]) -> SummaryRow:
    from . import __version__

    return SummaryRow(source=source, status=f"{FAILED}：{error.reason}", files=_hashes(files), jixiao=__version__)


def _cells(row: SummaryRow) -> list:
    return [getattr(row, name) for name, _, _ in COLUMNS]


def summary_csv(rows: Iterable[SummaryRow]) -> bytes:
    """UTF-8 with a byte-order mark, so that Excel opens the Chinese right."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([title for _, title, _ in COLUMNS])
    for r in rows:
        w.writerow(["" if v is None else v for v in _cells(r)])
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def summary_xlsx(rows: Iterable[SummaryRow]) -> bytes:
    from openpyxl import Workbook

    from .writers.findings_xlsx import sheet

    wb = Workbook(write_only=True)
    sheet(wb, "汇总", [(title, width) for _, title, width in COLUMNS], (_cells(r) for r in rows))
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def summary_parquet(rows: Iterable[SummaryRow]) -> bytes:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise RuntimeError("写出 .parquet 需要 pyarrow：pip install 'jixiao[batch]'") from None
    rows = list(rows)
    columns = {title: [getattr(r, name) for r in rows] for name, title, _ in COLUMNS}
    money = pa.decimal128(PARQUET_DIGITS, PARQUET_SCALE)
    step = Decimal(1).scaleb(-PARQUET_SCALE)
    for name, title, _ in COLUMNS:
        if name.endswith("_total"):
            columns[title] = [None if v is None else v.quantize(step) for v in columns[title]]
    try:
        arrays = [pa.array(columns[title], type=money if name.endswith("_total") else None)
                  for name, title, _ in COLUMNS]
    except (pa.ArrowInvalid, ArithmeticError) as e:
        raise RuntimeError(f"汇总表无法写成 .parquet：{' '.join(str(e).split())}") from None
    table = pa.Table.from_arrays(arrays, names=[title for _, title, _ in COLUMNS])
    buf = pa.BufferOutputStream()
    pq.write_table(table, buf)
    return buf.getvalue().to_pybytes()


WRITERS = {".xlsx": summary_xlsx, ".csv": summary_csv, ".parquet": summary_parquet}


def summary_bytes(path: str | Path, rows: Iterable[SummaryRow]) -> bytes:
    """The rows in the format of ``path``'s extension (ValueError for any other)."""
    suffix = Path(path).suffix.lower()
    if suffix not in WRITERS:
        raise ValueError(f"汇总表只能写成 {'、'.join(SUFFIXES)}：{path}")
    return WRITERS[suffix](rows)
