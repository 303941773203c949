"""Reader for PDF files with a text layer (pdfplumber) -> cell grid.

* Tables are found from their ruling lines.  Each table is turned into the
  Word text-export layout the recognisers know: one cell per drawn cell, a
  cell spanning columns is one cell with ``col_span``, a cell spanning rows is
  one cell with ``row_span`` and every row below it keeps a blank placeholder.
* A table that runs over a page break is joined again: the header row a
  word processor repeats on each page is dropped, and a row split by the page
  break (its text continuing in the same columns at the top of the next page)
  becomes one row again, and a row-spanning label (绩效指标, 一级指标 …) left open
  at the break takes back the cell it continues in at the top of the next page.
* Text outside tables becomes paragraphs: wrapped lines are joined (a line
  that reaches the right margin goes on in the next, unless that one is
  indented; margins are measured per page size, forms often being on landscape
  pages); lines in a larger font are headings.  Page numbers in the margins
  are dropped.
* A scanned PDF (no text layer) and one whose text comes out as "(cid:NNN)"
  glyph numbers (no ToUnicode map) are refused as needing OCR: never garbage.

A PDF keeps no record of line breaks made by hand inside a cell, so a cell's
lines are joined when a line fills the cell's width and kept apart otherwise.
``Loc.line`` counts text lines and table rows through the document.
"""

from __future__ import annotations

import re
import statistics
import zlib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..grid import Block, Cell, Document, IdSource, Loc, Paragraph, ReaderNote, Row, Table
from ..limits import NAMES, current, exceeded
from .errors import ReadError

_STREAM = re.compile(rb"stream\r?\n")
_INFLATE_STEP = 1 << 20


def _inflated(data: bytes, start: int, cap: int) -> int:
    """How many bytes the deflate stream at ``start`` unpacks to, counting no further than ``cap``
    (a stream that is not deflate, or is damaged, counts what came out)."""
    d = zlib.decompressobj()
    total, pos, tail = 0, start, b""
    try:
        while not d.eof and total <= cap:
            if tail:
                chunk = tail
            elif pos < len(data):
                chunk, pos = data[pos:pos + 65536], pos + 65536
            else:
                break
            total += len(d.decompress(chunk, _INFLATE_STEP))
            tail = d.unconsumed_tail
    except zlib.error:
        pass
    return total


def _count_pages(pdf, name: str) -> None:
    """Refuse a PDF with more pages than the limit before pdfplumber makes a page object for each
    (a page tree naming one page 50,000 times); the tree is walked lazily and left at the limit."""
    from pdfminer.pdfpage import PDFPage

    cap = current().pdf.pages
    n = 0
    for _ in PDFPage.create_pages(pdf.doc):
        n += 1
        if n > cap:
            raise ReadError(name, f"{NAMES['pdf.pages']}超过上限 {cap}（输入上限 pdf.pages，可用 --limits 调整）")


_KIDS = re.compile(rb"/Kids\s*\[")


def _check_kids(data: bytes, name: str, cap: int) -> None:
    """A page-tree node listing more kids than the page limit has more pages than the limit
    (each kid holds at least one); refused before pdfminer parses and walks it (a node naming
    one page 50,000 times took minutes)."""
    for m in _KIDS.finditer(data):
        end = data.find(b"]", m.end())
        if end < 0:
            end = len(data)
        if data.count(b"R", m.end(), end) > cap:
            raise ReadError(name, f"{NAMES['pdf.pages']}超过上限 {cap}（页面树的一个节点列出 "
                                  f"{data.count(b'R', m.end(), end)} 个子页面；输入上限 pdf.pages，可用 --limits 调整）")


def check_streams(path: Path, name: str) -> None:
    """Refuse a PDF whose compressed streams unpack beyond the limits, before pdfminer
    unpacks them whole in memory (a 1 GB deflate stream in a small file)."""
    lim = current().pdf
    data = path.read_bytes()
    _check_kids(data, name, lim.pages)
    total = 0
    for m in _STREAM.finditer(data):
        if b"FlateDecode" not in data[max(0, m.start() - 512):m.start()]:
            continue
        size = _inflated(data, m.end(), lim.stream_bytes)
        if size > lim.stream_bytes:
            raise ReadError(name, f"文件第 {m.start()} 字节处的内容流："
                                  f"{exceeded('pdf.stream_bytes', size, lim.stream_bytes)}，疑似压缩炸弹")
        total += size
        if total > lim.total_stream_bytes:
            raise ReadError(name, f"{exceeded('pdf.total_stream_bytes', total, lim.total_stream_bytes)}，疑似压缩炸弹")
_PAGE_NO = re.compile(r"^[-—–\s]*\d{1,4}[-—–\s]*$|^第\s*\d+\s*页(\s*[/，,]?\s*共\s*\d+\s*页)?$|^\d+\s*/\s*\d+$")
_CID = re.compile(r"\(cid:\d+\)")
_TABLE_SETTINGS = {"vertical_strategy": "lines", "horizontal_strategy": "lines", "snap_tolerance": 3,
                   "join_tolerance": 3, "intersection_tolerance": 3}


@dataclass
class _Line:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float


@dataclass
class _PCell:
    bbox: tuple[float, float, float, float]
    cell: Cell
    row: int
    chars: list = field(default_factory=list)


@dataclass
class _PTable:
    page: int
    bbox: tuple[float, float, float, float]
    rows: list[list[_PCell | None]]  # per row: the drawn cells starting there (None = covered)
    grid_rows: list[list]  # Row objects, built later


# A wide gap between two characters of a line becomes about one space per half em; never more
# than MAX_GAP_SPACES (wider than any printed line), since a damaged text matrix or font size
# puts a character thousands of ems away (a flipped byte gave lines of millions of spaces, 1.4 GB)
MAX_GAP_SPACES = 200


def _gap_spaces(gap: float, size: float) -> int:
    if not size > 0:  # also NaN
        return 1
    n = gap / (size * 0.5)
    if not n < MAX_GAP_SPACES:  # also NaN and infinity
        return MAX_GAP_SPACES
    return max(1, round(n))


def _lines_of(chars: list[dict]) -> list[_Line]:
    """Group chars into text lines (top-to-bottom, left-to-right), with spaces where gaps are wide."""
    if not chars:
        return []
    chars = sorted(chars, key=lambda c: (round(c["top"]), c["x0"]))
    clusters: list[list[dict]] = []
    for c in sorted(chars, key=lambda c: c["top"]):
        if clusters:
            last = clusters[-1]
            ref = last[0]
            if abs(c["top"] - ref["top"]) <= max(2.0, ref["size"] * 0.4):
                last.append(c)
                continue
        clusters.append([c])
    out: list[_Line] = []
    for cl in clusters:
        cl.sort(key=lambda c: c["x0"])
        parts: list[str] = []
        prev = None
        for c in cl:
            t = c["text"]
            if prev is not None:
                gap = c["x0"] - prev["x1"]
                if gap > max(prev["size"], c["size"]) * 0.25 and not t.isspace() and parts and not parts[-1].isspace():
                    parts.append(" " * _gap_spaces(gap, c["size"]) if gap > c["size"] * 0.9 else " ")
            parts.append(t)
            prev = c
        text = "".join(parts)
        sizes = [c["size"] for c in cl if not c["text"].isspace()] or [cl[0]["size"]]
        ink = [c for c in cl if not c["text"].isspace()] or cl  # trailing spaces do not reach the margin
        out.append(_Line(text, min(c["x0"] for c in ink), max(c["x1"] for c in ink), min(c["top"] for c in cl),
                         max(c["bottom"] for c in cl), statistics.median(sizes)))
    return out


def _cell_text(chars: list[dict], bbox) -> str:
    lines = _lines_of(chars)
    if not lines:
        return ""
    right = bbox[2]
    out = lines[0].text.strip()
    for prev, ln in zip(lines, lines[1:]):
        full = prev.x1 >= right - 6 - 1.3 * prev.size
        sep = "" if full else "\n"
        if full and prev.text[-1:].isascii() and prev.text[-1:].isalnum() and ln.text[:1].isascii() and ln.text[:1].isalnum():
            sep = " "
        out += sep + ln.text.strip()
    return "\n".join(x.rstrip() for x in out.split("\n"))


class _Reader:
    def __init__(self, name: str):
        self.name = name
        self.ids = IdSource()
        self.notes: list[ReaderNote] = []
        self.line_no = 0
        self.table_no: dict[int, int] = {}  # Table.id -> its number in document order (表1, 表2 …)

    def loc(self, place: str | None = None) -> Loc:
        self.line_no += 1
        return Loc(self.name, self.line_no, place)

    def add_rows(self, table: Table, rows, pno: int) -> None:
        """Rows of a table drawn on page ``pno``, placed as a PDF viewer shows them."""
        k = self.table_no.setdefault(table.id, len(self.table_no) + 1)
        for g in rows:
            loc = self.loc(f"第{pno}页 表{k} 第{len(table.rows) + 1}行")
            for c, _ in g:
                c.loc = loc
            table.rows.append(Row([c for c, _ in g], loc))

    def table(self, page_no: int, t, chars: list[dict]) -> tuple[_PTable, list[dict]]:
        """The table's cells, and the characters inside its frame that fall in no cell
        (a "公开03表" mark drawn in a merged blank row): those are read as text."""
        rows = t.rows
        ncols = max((len(r.cells) for r in rows), default=0)
        col_x0: list[float] = []
        for ci in range(ncols):
            xs = [r.cells[ci][0] for r in rows if ci < len(r.cells) and r.cells[ci] is not None]
            col_x0.append(min(xs) if xs else (col_x0[-1] if col_x0 else t.bbox[0]))
        pcells: list[_PCell] = []
        prow: list[list[_PCell | None]] = []
        for ri, r in enumerate(rows):
            line: list[_PCell | None] = []
            for ci in range(ncols):
                bb = r.cells[ci] if ci < len(r.cells) else None
                if bb is None:
                    line.append(None)
                    continue
                span = sum(1 for cj in range(ci, ncols) if col_x0[cj] < bb[2] - 1)
                pc = _PCell(bb, Cell(self.ids(), "", Loc(self.name, 0), col_span=max(span, 1)), ri)
                pcells.append(pc)
                line.append(pc)
            prow.append(line)
        # chars into cells (by their centre)
        stray: list[dict] = []
        for ch in chars:
            cx, cy = (ch["x0"] + ch["x1"]) / 2, (ch["top"] + ch["bottom"]) / 2
            for pc in pcells:
                b = pc.bbox
                if b[0] <= cx <= b[2] and b[1] <= cy <= b[3]:
                    pc.chars.append(ch)
                    break
            else:
                stray.append(ch)
        for pc in pcells:
            pc.cell.text = _cell_text(pc.chars, pc.bbox)
        pt = _PTable(page_no, t.bbox, prow, [])
        pt.col_x0 = col_x0  # type: ignore[attr-defined]
        return pt, stray

    def grid_rows(self, pt: _PTable) -> list[list[tuple[Cell, _PCell | None]]]:
        """Rows in the Word export layout: heads as cells, covered-from-above as blank placeholders."""
        out: list[list[tuple[Cell, _PCell | None]]] = []
        heads: list[_PCell] = []
        col_x0 = pt.col_x0  # type: ignore[attr-defined]
        for ri, line in enumerate(pt.rows):
            row: list[tuple[Cell, _PCell | None]] = []
            ci = 0
            while ci < len(line):
                pc = line[ci]
                if pc is not None:
                    row.append((pc.cell, pc))
                    heads.append(pc)
                    ci += pc.cell.col_span
                    continue
                x = col_x0[ci] + 1
                h = next((p for p in heads if p.row < ri and p.bbox[0] - 1 <= x <= p.bbox[2] and p.bbox[3] > _row_mid(pt, ri)), None)
                if h is not None and abs(h.bbox[0] - col_x0[ci]) < 2:
                    h.cell.row_span += 1
                    row.append((Cell(self.ids(), "", h.cell.loc, col_span=h.cell.col_span), None))
                    ci += h.cell.col_span
                else:
                    ci += 1
            out.append(row)
        return out


_STRAY_LEAD = 0.5  # points above a table's top edge where text found in its frame is placed


def _row_mid(pt: _PTable, ri: int) -> float:
    tops = [p.bbox[1] for p in pt.rows[ri] if p is not None]
    bottoms = [p.bbox[3] for p in pt.rows[ri] if p is not None]
    if tops:
        return (min(tops) + min(bottoms)) / 2
    return pt.bbox[1]


def read_pdf(path: Path, name: str | None = None) -> Document:
    name = name or path.name
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError

    check_streams(path, name)
    try:
        pdf = pdfplumber.open(path)
        _count_pages(pdf, name)
        pages = pdf.pages
    except Exception as e:  # pdfplumber wraps pdfminer errors
        inner = getattr(e, "args", [None])[0] if e.args else e
        if isinstance(e, (PDFPasswordIncorrect, PDFEncryptionError)) or isinstance(inner, (PDFPasswordIncorrect, PDFEncryptionError)) \
                or "password" in str(e).lower() or "encrypt" in str(e).lower():
            raise ReadError(name, "文件已加密（需要密码），无法读取；请提供未加密的版本") from None
        if isinstance(e, PDFSyntaxError) or isinstance(inner, PDFSyntaxError):
            raise ReadError(name, f"文件已损坏或不完整（{inner}）") from None
        raise ReadError(name, f"文件无法读取（{type(e).__name__}: {e}）") from None
    try:
        return _read(pdf, pages, name)
    except ReadError:
        raise
    except Exception as e:
        msg = str(e)
        if "password" in msg.lower() or "encrypt" in msg.lower():
            raise ReadError(name, "文件已加密（需要密码），无法读取；请提供未加密的版本") from None
        raise ReadError(name, f"文件无法读取（{type(e).__name__}: {e}）") from None
    finally:
        pdf.close()


def _read(pdf, pages, name: str) -> Document:
    lim = current().pdf
    if len(pages) > lim.pages:
        raise ReadError(name, exceeded("pdf.pages", len(pages), lim.pages))
    r = _Reader(name)
    items: list[tuple[int, float, object]] = []  # (page, top, _Line | _PTable)
    all_chars = 0
    cid_chars = 0
    images = 0
    sizes: Counter[float] = Counter()
    page_boxes: list[tuple[float, float]] = []
    table_x: dict[int, list[float]] = {}  # page -> x0, x1 of each table on it
    for pno, page in enumerate(pages, start=1):
        if pno > 1:
            pages[pno - 2].close()  # a page's layout objects are freed once it is read
        chars = [c for c in page.chars]
        images += len(page.images)
        all_chars += len(chars)
        cid_chars += sum(1 for c in chars if _CID.search(c["text"]))
        page_boxes.append((page.height, page.width))
        if not chars:
            continue
        tables = page.find_tables(_TABLE_SETTINGS)
        tables = [t for t in tables if t.rows]
        in_table: list[list[dict]] = [[] for _ in tables]
        free: list[dict] = []
        for ch in chars:
            cx, cy = (ch["x0"] + ch["x1"]) / 2, (ch["top"] + ch["bottom"]) / 2
            for ti, t in enumerate(tables):
                b = t.bbox
                if b[0] <= cx <= b[2] and b[1] <= cy <= b[3]:
                    in_table[ti].append(ch)
                    break
            else:
                free.append(ch)
        for ti, t in enumerate(tables):
            table_x.setdefault(pno, []).extend([t.bbox[0], t.bbox[2]])
            pt, stray = r.table(pno, t, in_table[ti])
            items.append((pno, t.bbox[1], pt))
            for k, ln in enumerate(_lines_of(stray)):  # read just before the table they sit in
                if ln.text.strip():
                    items.append((pno, t.bbox[1] - _STRAY_LEAD + k * _STRAY_LEAD / 100, ln))
        for ln in _lines_of(free):
            if not ln.text.strip():
                continue
            if _PAGE_NO.match(ln.text.strip()) and (ln.top > page.height * 0.88 or ln.bottom < page.height * 0.08):
                continue  # page number in the margin
            items.append((pno, ln.top, ln))
            sizes[round(ln.size, 1)] += len(ln.text)
    if all_chars == 0:
        what = "扫描件（只有图像，没有文字层）" if images else "没有文字层"
        raise ReadError(name, f"PDF 是{what}，需要先做 OCR 文字识别才能读取")
    if cid_chars > 0.2 * all_chars:
        raise ReadError(name, "PDF 的文字无法解码（提取出 \"(cid:NNN)\" 字形编号，缺少 ToUnicode 映射），需要 OCR 文字识别才能读取")
    items.sort(key=lambda x: (x[0], x[1]))
    body = sizes.most_common(1)[0][0] if sizes else 10.5
    # the text margins, per page size: forms often sit on landscape pages between portrait text
    by_size: dict[tuple[float, float], list[int]] = {}
    for pno, box in enumerate(page_boxes, start=1):
        by_size.setdefault((round(box[0]), round(box[1])), []).append(pno)
    margins: dict[int, tuple[float, float]] = {}
    for pnos in by_size.values():
        on = set(pnos)
        m = _margins([it[2] for it in items if it[0] in on and isinstance(it[2], _Line)],
                     [x for pno in pnos for x in table_x.get(pno, [])])
        margins.update((pno, m) for pno in pnos)
    blocks: list[Block] = []
    cur: tuple[Paragraph, _Line] | None = None
    open_table: tuple[Table, _PTable, list] | None = None
    for i, (pno, top, obj) in enumerate(items):
        if isinstance(obj, _Line):
            heading = obj.size >= body * 1.12
            if cur is not None:
                para, prev = cur
                same_kind = abs(prev.size - obj.size) < 0.6
                gap_ok = pno != getattr(prev, "page", pno) or obj.top - prev.bottom < obj.size * 0.9
                right = margins[prev.page][1]  # type: ignore[attr-defined]
                left = margins[pno][0]
                if prev.x1 >= right - 4 * prev.size and obj.x0 <= left + 0.6 * obj.size and same_kind and gap_ok:
                    sep = " " if prev.text[-1:].isascii() and prev.text[-1:].isalnum() and obj.text[:1].isascii() and obj.text[:1].isalnum() else ""
                    para.text = f"{para.text}{sep}{obj.text.strip()}"
                    obj.page = pno  # type: ignore[attr-defined]
                    cur = (para, obj)
                    continue
            p = Paragraph(r.ids(), obj.text.strip(), r.loc(f"第{pno}页"), heading_level=1 if heading else None)
            obj.page = pno  # type: ignore[attr-defined]
            blocks.append(p)
            cur = (p, obj)
            open_table = None
            continue
        pt: _PTable = obj  # type: ignore[assignment]
        cur = None
        grid = r.grid_rows(pt)
        prev_item = items[i - 1] if i else None
        if (open_table is not None and prev_item is not None and prev_item[2] is open_table[1]
                and pno > open_table[1].page and _is_continuation(open_table[0], open_table[1], pt, grid)):
            table, last_pt, last_grid = open_table
            _continue_table(r, table, last_pt, last_grid, pt, grid, pno)
            open_table = (table, pt, grid)
            continue
        table = Table(r.ids(), [], Loc(name, r.line_no + 1, f"第{pno}页"), exact_columns=True)
        r.add_rows(table, grid, pno)
        blocks.append(table)
        open_table = (table, pt, grid)
    return Document(name, blocks, "pdf", r.notes)


def _margins(lines: list[_Line], table_x: list[float]) -> tuple[float, float]:
    """Left and right text margin of pages of one size, from their lines and tables (x0, x1, …)."""
    left = min([ln.x0 for ln in lines] + table_x[0::2], default=0.0)
    # the right margin: where most long lines end (a stray overlong line must not move it)
    ends = sorted(ln.x1 for ln in lines if ln.x1 - ln.x0 > 0.6 * (max((l.x1 for l in lines), default=1) - left))
    right = max([ends[min(len(ends) - 1, int(len(ends) * 0.98))]] if ends else [] + table_x[1::2], default=0.0)
    if table_x:
        right = max(right, statistics.median(table_x[1::2]) - 8)
    return left, right


def _is_continuation(table: Table, last_pt: _PTable, pt: _PTable, grid) -> bool:
    """A table at the top of a page goes on from the table that ended the page
    before when it repeats that table's header row, or when it has the same
    columns and does not open with a full-width one-cell row (a form title)."""
    if not grid or not table.rows:
        return False
    first = [c.text for c, _ in grid[0]]
    if first == [c.text for c in table.rows[0].cells] and any(t.strip() for t in first):
        return True
    if len(grid[0]) == 1:
        return False
    a, b = last_pt.col_x0, pt.col_x0  # type: ignore[attr-defined]
    return len(a) == len(b) and all(abs(x - y) < 2 for x, y in zip(a, b))


def _continue_table(r: _Reader, table: Table, last_pt: _PTable, last_grid, pt: _PTable, grid, pno: int) -> None:
    """Append the rows of a table's continuation on the next page."""
    rows = list(zip(pt.rows, grid))
    repeated = 0  # a header of one or more rows repeated at the top of the page
    while (repeated < min(len(rows), len(table.rows))
           and [c.text for c, _ in rows[repeated][1]] == [c.text for c in table.rows[repeated].cells]
           and any(c.text.strip() for c in table.rows[repeated].cells)):
        repeated += 1
    if repeated:
        r.notes.append(ReaderNote("repeated-header", f"删除了第 {pno} 页重复的表头行", Loc(r.name, r.line_no + 1)))
        rows = rows[repeated:]
    split_row = False
    if rows and table.rows:
        # a row split by the page break: its text goes on in columns whose cell was full
        prev_row = table.rows[-1]
        prev_cells = [pc for pc in last_pt.rows[-1] if pc is not None] if last_pt.rows else []
        line, g = rows[0]
        cont = [(c, pc) for c, pc in g if pc is not None and c.text.strip()]
        full = [p for p in prev_cells if _is_full(p)]
        strong = len(cont) >= 2 and any(_n_lines(p) >= 3 for p in full)
        if cont and strong and len(g) == len(prev_row.cells) and all(_continues(pc, prev_cells) for _, pc in cont):
            for (c, pc), target in zip(g, prev_row.cells):
                if c.text.strip():
                    target.text = f"{target.text}{c.text}" if target.text else c.text
            r.notes.append(ReaderNote("row-joined", f"第 {pno} 页顶部的半行与上一页最后一行合并（跨页断行）", prev_row.loc))
            rows = rows[1:]
            split_row = True
    if rows and not split_row:  # the top row of the page: labels left open at the break go on in it
        for head in _join_open_labels(last_pt, rows[0][1]):
            r.notes.append(ReaderNote("label-joined", f"第 {pno} 页顶部单元格的文字接续上一页跨行合并的「{_short(head.text)}」",
                                      head.loc))
    r.add_rows(table, [g for _, g in rows], pno)
    r.notes.append(ReaderNote("table-joined", f"第 {pno} 页的表格接续上一页的表格", Loc(r.name, r.line_no)))


def _short(text: str, n: int = 20) -> str:
    s = "".join(text.split())
    return s if len(s) <= n else s[:n] + "…"


def _join_open_labels(last_pt: _PTable, first_row: list[tuple[Cell, _PCell | None]]) -> list[Cell]:
    """Join cells at the top of a page to the vertically merged cells left open at the break.

    A row-spanning cell (a label such as 绩效指标 or 产出指标 down the first columns) that runs
    over a page break is drawn twice: its first part down to the bottom of the table on
    the previous page, the rest as a new cell at the top of the next.  Its text is split
    between the two when it did not fit above.  A cell of the first row (after the repeated
    header) belongs to the cell above when it has the same column edges, the cell above
    reaches the bottom of its page's table, the two together span more than two rows
    (a row-spanning cell, not two ordinary rows), and either the new cell is blank or the
    text above leaves no room for another line at the bottom of its cell (it was cut
    there).  The text goes to the cell above, the spans are added and the new cell
    becomes a blank placeholder.  Returns the cells that received text.

    Geometry cannot tell a label cut at the break from a one-row cell that its text
    happens to fill, followed by a new row-spanning label at the top of the next page;
    that rare case is joined too."""
    drawn = [p for line in last_pt.rows for p in line if p is not None]
    if not drawn:
        return []
    bottom = max(p.bbox[3] for p in drawn)
    open_cells = [p for p in drawn if abs(p.bbox[3] - bottom) < 2]
    out: list[Cell] = []
    for c, pc in first_row:
        if pc is None:
            continue
        above = next((p for p in open_cells if abs(p.bbox[0] - pc.bbox[0]) < 2 and abs(p.bbox[2] - pc.bbox[2]) < 2), None)
        if above is None:
            continue
        head: _PCell = getattr(above, "joined_to", above)  # a label over three pages or more
        if head.cell.row_span + c.row_span <= 2 and above is head:
            continue
        if c.text.strip() and not _filled(above):
            continue
        if c.text.strip():
            lines = _lines_of(above.chars)
            last = lines[-1] if lines else None
            full = last is not None and last.x1 >= above.bbox[2] - 6 - 1.3 * last.size
            head.cell.text = f"{head.cell.text}{'' if full or not head.cell.text else chr(10)}{c.text}"
            out.append(head.cell)
        head.cell.row_span += c.row_span
        c.text, c.row_span = "", 1
        pc.joined_to = head  # type: ignore[attr-defined]
    return out


def _is_full(p: _PCell) -> bool:
    """The cell's text reaches its bottom edge."""
    if not p.chars:
        return False
    bottom = max(c["bottom"] for c in p.chars)
    size = max(c["size"] for c in p.chars)
    return p.bbox[3] - bottom < size * 1.6


def _filled(p: _PCell) -> bool:
    """No room is left below the cell's text for one more of its lines (the line pitch,
    paragraph spacing included, taken from the cell's own lines)."""
    lines = _lines_of(p.chars)
    if not lines:
        return False
    size = max(ln.size for ln in lines)
    room = size * 1.6
    if len(lines) >= 2:
        pitch = statistics.median(b.top - a.top for a, b in zip(lines, lines[1:]))
        room = max(room, pitch + 0.3 * size)
    return p.bbox[3] - lines[-1].bottom < room


def _n_lines(p: _PCell) -> int:
    return len(_lines_of(p.chars))


def _continues(pc: _PCell, prev_cells: list[_PCell]) -> bool:
    """True when the cell above (same columns, last row of the previous page) is
    filled down to its bottom edge: its text may run on over the page break.
    A page break between two whole rows looks the same when the row above has
    one full cell of one or two lines, so such a row is joined only on stronger
    evidence (two columns running on, or three lines or more)."""
    for p in prev_cells:
        if abs(p.bbox[0] - pc.bbox[0]) < 2 and abs(p.bbox[2] - pc.bbox[2]) < 2:
            return _is_full(p)
    return False
