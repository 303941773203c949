"""The reviewer's worklist as Excel (审核问题清单): every finding of many packages, one per row.

Pure function :func:`findings_xlsx` : reviews -> bytes.  Sheet 问题清单 holds one row per
finding (unit, year, file, form, table, place, rule, severity, expected, actual, message,
suggestion and an empty 处理情况 column for the reviewer); sheet 汇总 one row per package.
Written in openpyxl's write-only mode, so a province's tens of thousands of findings stream.
"""

from __future__ import annotations

import io

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from ..checks.finding import SEVERITY_NAMES, Finding
from ..checks.render import SEVERITY_ORDER, PackageReview
from .docx_common import xml_text
from .review import suggestion

FINDING_COLUMNS = [("单位", 28), ("年度", 7), ("文件", 24), ("表单", 18), ("表格", 22), ("位置", 16), ("规则", 10),
                   ("级别", 6), ("应为", 14), ("填报", 14), ("问题", 60), ("建议", 40), ("处理情况", 20)]
SUMMARY_COLUMNS = [("单位", 28), ("年度", 7), ("文件", 40), ("错误", 7), ("警告", 7), ("提示", 7), ("合计", 7)]
_HEADER_FILL = "D9E1F2"
_FONT = "宋体"


def _place(f: Finding) -> str:
    """Where the clerk finds it: the place in the original (表3 第5行 第2列, Sheet!C12, 第2页 …),
    then the row and column labels."""
    at = f.where.shown() if f.where else ""
    return "，".join(p for p in (at, f.row, f.column) if p)


def sheet(wb: Workbook, title: str, columns: list[tuple[str, int]], rows) -> None:
    ws = wb.create_sheet(title)
    for i, (_, width) in enumerate(columns):
        ws.column_dimensions[get_column_letter(i + 1)].width = width
    ws.freeze_panes = "A2"
    header = []
    for name, _ in columns:
        c = WriteOnlyCell(ws, value=name)
        c.font = Font(name=_FONT, bold=True)
        c.fill = PatternFill("solid", fgColor=_HEADER_FILL)
        header.append(c)
    ws.append(header)
    body_font = Font(name=_FONT)
    wrap = Alignment(wrap_text=True, vertical="top")
    n = 0
    for row in rows:
        cells = []
        for v in row:
            c = WriteOnlyCell(ws, value=xml_text(v) if isinstance(v, str) else v)
            c.font, c.alignment = body_font, wrap
            cells.append(c)
        ws.append(cells)
        n += 1
    ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{n + 1}"


def _finding_rows(reviews: list[PackageReview]):
    for r in reviews:
        for f in sorted(r.findings, key=lambda x: (SEVERITY_ORDER[x.severity], x.where.line if x.where else 0)):
            yield [r.unit_name or "", r.year, f.file, f.form, f.table or "", _place(f), f.rule,
                   SEVERITY_NAMES[f.severity], f.expected or "", f.actual or "", f.message, suggestion(f), ""]


def _summary_rows(reviews: list[PackageReview]):
    for r in reviews:
        c = r.counts
        yield [r.unit_name or "", r.year, r.source, c["error"], c["warning"], c["info"],
               c["error"] + c["warning"] + c["info"]]


def findings_xlsx(reviews: list[PackageReview]) -> bytes:
    """All findings of ``reviews`` as a workbook: 问题清单 and 汇总."""
    wb = Workbook(write_only=True)
    sheet(wb, "问题清单", FINDING_COLUMNS, _finding_rows(reviews))
    sheet(wb, "汇总", SUMMARY_COLUMNS, _summary_rows(reviews))
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
