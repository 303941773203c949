"""Reader for Word .docx (and WPS files saved as .docx): file -> cell grid.

The table XML is walked directly (``w:tbl/w:tr/w:tc``) instead of python-docx's
``row.cells``, which repeats a merged cell's text across its span and fails on
some WPS files ("no tc element at grid_offset").  The grid follows the Word
text export, the reference layout of the recognisers:

* one :class:`~jixiao.grid.Cell` per ``w:tc``; a cell spanning columns
  (``w:gridSpan``) is one cell with ``col_span``;
* a vertically merged cell (``w:vMerge`` restart … continue) is one cell with
  ``row_span`` holding the text once; every row it covers keeps a *blank
  placeholder* cell in its place, so that positions line up as in the export;
* paragraphs between tables come in document order; nested tables become
  tables of their own right after the table holding them; a one-cell table
  used as a frame around a whole form is unwrapped;
* a header row repeated further down (a copy made at a page break) is dropped
  with a note; two tables split at a page break where the second repeats the
  first's header row are joined again.

``Loc.line`` is the paragraph number in the document (every ``w:p`` counted,
those in tables too), so that each block's number grows in document order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from lxml import etree

from ..grid import Block, Cell, Document, IdSource, Loc, Paragraph, ReaderNote, Row, Table
from ..limits import current, exceeded
from .errors import ReadError
from .safezip import SafeZip

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_comments=True,
                          load_dtd=False, dtd_validation=False)
_DECLARATIONS = (b"<!ENTITY", b"<!DOCTYPE", b"<\x00!\x00E\x00N\x00T\x00I\x00T\x00Y", b"<\x00!\x00D\x00O\x00C\x00T\x00Y\x00P\x00E")
_HEADING_NAME = re.compile(r"^(?:heading|标题)\s*(\d)$", re.I)
_BOOKMARK = re.compile(r"\[bookmark:[^\]]*\]")


def _local(tag) -> str:
    if not isinstance(tag, str):
        return ""
    return tag.rpartition("}")[2]


def _attr(el, name: str) -> str | None:
    """A ``w:`` attribute by local name (transitional or strict namespace)."""
    for k, v in el.attrib.items():
        if k.rpartition("}")[2] == name:
            return v
    return None


def _child(el, name: str):
    for c in el:
        if _local(c.tag) == name:
            return c
    return None


def _count(text: str | None, default: int) -> int:
    """A span or skip count written in the XML ("3"); anything else is the default."""
    try:
        return int(text) if text is not None and len(text) < 12 else default
    except ValueError:
        return default


def check_xml(data: bytes, name: str, member: str) -> None:
    """Refuse a part with a DTD or entity declaration anywhere in it (Office never writes one;
    entities are how XML bombs and external-file leaks are built)."""
    if any(d in data for d in _DECLARATIONS):
        raise ReadError(name, f"部件 {member} 含有 XML 文档类型或实体声明（DOCTYPE/ENTITY），拒绝读取")


def parse_xml(data: bytes, name: str, member: str):
    check_xml(data, name, member)
    try:
        return etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as e:
        raise ReadError(name, f"部件 {member} 不是有效的 XML（{e}）") from None


def main_part(z: SafeZip, name: str, default: str, rel_suffix: str = "/officeDocument") -> str:
    """The main part named by ``_rels/.rels`` (falls back to the usual name)."""
    if z.has("_rels/.rels"):
        root = parse_xml(z.read("_rels/.rels"), name, "_rels/.rels")
        for rel in root:
            if (_attr(rel, "Type") or "").endswith(rel_suffix):
                target = (_attr(rel, "Target") or "").lstrip("/")
                if target:
                    return target
    return default


@dataclass
class _Style:
    name: str
    outline: int | None
    based_on: str | None


class _Reader:
    def __init__(self, name: str, styles: dict[str, _Style]):
        self.name = name
        self.styles = styles
        self.ids = IdSource()
        self.notes: list[ReaderNote] = []
        self.para_no = 0
        self.table_no = 0  # tables in document order, nested ones included (表1, 表2 …)
        self.limits = current().table
        self.cells = 0

    # ------------------------------------------------------------ styles
    def heading_level(self, p) -> int | None:
        ppr = _child(p, "pPr")
        if ppr is None:
            return None
        ol = _child(ppr, "outlineLvl")
        if ol is not None:
            v = _attr(ol, "val")
            if v and v.isdigit() and int(v) < 9:
                return int(v) + 1
        ps = _child(ppr, "pStyle")
        sid = _attr(ps, "val") if ps is not None else None
        seen = set()
        while sid and sid not in seen:
            seen.add(sid)
            st = self.styles.get(sid)
            if st is None:
                m = _HEADING_NAME.match(sid)
                return int(m.group(1)) if m else None
            if st.outline is not None:
                return st.outline + 1
            m = _HEADING_NAME.match(st.name)
            if m:
                return int(m.group(1))
            sid = st.based_on
        return None

    # -------------------------------------------------------------- text
    def para_text(self, p) -> str:
        out: list[str] = []

        def walk(el) -> None:
            for c in el:
                tag = _local(c.tag)
                if tag == "t":
                    out.append(c.text or "")
                elif tag == "tab":
                    out.append("\t")
                elif tag in ("br", "cr"):
                    if _attr(c, "type") not in ("page", "column"):
                        out.append("\n")
                elif tag == "noBreakHyphen":
                    out.append("-")
                elif tag in ("delText", "instrText", "pPr", "rPr", "fldData", "Fallback", "txbxContent", "drawing",
                             "pict", "object"):
                    continue  # deleted text, field codes, properties, text boxes (read apart)
                else:
                    walk(c)

        walk(p)
        text = "".join(out)
        if "[bookmark:" in text:
            text = _BOOKMARK.sub("", text)
        return text

    def loc(self) -> Loc:
        n = max(self.para_no, 1)
        return Loc(self.name, n, f"第{n}段")

    # ------------------------------------------------------------ blocks
    def blocks(self, container) -> list[Block]:
        out: list[Block] = []
        for el in container:
            tag = _local(el.tag)
            if tag == "p":
                self.para_no += 1
                text = self.para_text(el)
                loc = self.loc()
                for line in text.split("\n"):
                    if line.strip():
                        out.append(Paragraph(self.ids(), line.strip(), loc, heading_level=self.heading_level(el)))
                for tb in el.iter():
                    if _local(tb.tag) == "txbxContent" and not any(_local(a.tag) == "Fallback" for a in tb.iterancestors()):
                        out.extend(self.blocks(tb))
            elif tag == "tbl":
                out.extend(self.table(el))
            elif tag in ("sdt", "sdtContent", "customXml", "smartTag", "ins", "moveTo"):
                out.extend(self.blocks(el if tag != "sdt" else (_child(el, "sdtContent") or [])))
        return out

    def table(self, tbl) -> list[Block]:
        rows: list[Row] = []
        nested: list[Block] = []
        header_rows: set[int] = set()
        active: dict[int, Cell] = {}  # grid column -> restart cell of a vertical merge
        start = self.para_no + 1
        self.table_no += 1
        k = self.table_no
        table = Table(self.ids(), rows, Loc(self.name, start, f"表{k}"), exact_columns=True)
        for tr in self._rows(tbl):
            trpr = _child(tr, "trPr")
            col = 0
            if trpr is not None:
                gb = _child(trpr, "gridBefore")
                col = _count(_attr(gb, "val"), 0) if gb is not None else 0
                if _child(trpr, "tblHeader") is not None:
                    header_rows.add(len(rows))
            if len(rows) >= self.limits.rows:
                raise ReadError(self.name, f"表格（正文第 {start} 段起）：{exceeded('table.rows', len(rows) + 1, self.limits.rows)}")
            row = Row([], Loc(self.name, self.para_no + 1, f"表{k} 第{len(rows) + 1}行"))
            seen_in_row: set[int] = set()
            touched: set[int] = set()
            for tc in self._cells(tr):
                tcpr = _child(tc, "tcPr")
                span, vmerge, hmerge = 1, None, None
                if tcpr is not None:
                    gs = _child(tcpr, "gridSpan")
                    if gs is not None:
                        span = max(1, _count(_attr(gs, "val"), 1))
                    vm = _child(tcpr, "vMerge")
                    if vm is not None:
                        vmerge = _attr(vm, "val") or "continue"
                    hm = _child(tcpr, "hMerge")
                    if hm is not None:
                        hmerge = _attr(hm, "val") or "continue"
                if col + span > self.limits.columns:
                    raise ReadError(self.name, f"第 {len(rows) + 1} 行的表格（正文第 {start} 段起）："
                                               f"{exceeded('table.columns', col + span, self.limits.columns)}")
                self.cells += 1
                if self.cells > self.limits.document_cells:
                    raise ReadError(self.name, exceeded("table.document_cells", self.cells, self.limits.document_cells))
                text, inner, loc = self.cell_content(tc)
                loc = Loc(loc.file, loc.line, f"表{k} 第{len(rows) + 1}行 第{col + 1}列")
                if hmerge == "continue" and row.cells:
                    # legacy horizontal merge: the cell belongs to the one on its left
                    row.cells[-1].col_span += span
                    if text.strip():
                        row.cells[-1].text = f"{row.cells[-1].text}\n{text}".strip("\n")
                    col += span
                    nested.extend(inner)
                    continue
                if vmerge == "continue" and col in active:
                    touched.add(col)
                    head = active[col]
                    if id(head) not in seen_in_row:
                        head.row_span += 1
                        seen_in_row.add(id(head))
                    placeholder = Cell(self.ids(), "", loc, col_span=span)
                    row.cells.append(placeholder)
                    if text.strip():  # text in a continued cell: keep it, never drop
                        head.text = f"{head.text}\n{text}" if head.text else text
                else:
                    cell = Cell(self.ids(), text, loc, col_span=span)
                    row.cells.append(cell)
                    for c in range(col, col + span):
                        active.pop(c, None)
                    if vmerge is not None:  # restart (or a continue with nothing to continue)
                        active[col] = cell
                        touched.add(col)
                col += span
                nested.extend(inner)
            # a column without a continued cell in this row ends its merge
            for c in list(active):
                if c not in touched:
                    del active[c]
            rows.append(row)
        # a one-cell table framing a whole form: unwrap it
        if len(rows) == 1 and len(rows[0].cells) == 1 and nested:
            frame_content: list[Block] = []
            if rows[0].cells[0].text.strip():
                c = rows[0].cells[0]
                frame_content.extend(Paragraph(self.ids(), t.strip(), c.loc) for t in c.text.split("\n") if t.strip())
            frame_content.extend(nested)
            return frame_content
        self._drop_repeated_headers(table, header_rows)
        if nested:
            self.notes.append(ReaderNote("nested-table", "表格单元格内嵌套的表格已作为单独表格读出，紧随其所在表格之后", table.loc))
        return [table, *nested]

    def _rows(self, tbl):
        return self._children(tbl, "tr")

    def _cells(self, tr):
        return self._children(tr, "tc")

    def _children(self, el, wanted: str):
        """Child elements named ``wanted``, looking through content controls and tracked insertions."""
        for child in el:
            tag = _local(child.tag)
            if tag == wanted:
                yield child
            elif tag in ("sdt", "customXml", "ins"):
                inner = _child(child, "sdtContent") if tag == "sdt" else child
                if inner is not None:
                    yield from self._children(inner, wanted)

    def cell_content(self, tc) -> tuple[str, list[Block], Loc]:
        lines: list[str] = []
        nested: list[Block] = []
        first: Loc | None = None
        for el in tc:
            tag = _local(el.tag)
            if tag == "p":
                self.para_no += 1
                first = first or self.loc()
                lines.append(self.para_text(el))
            elif tag == "tbl":
                nested.extend(self.table(el))
            elif tag in ("sdt", "customXml"):
                inner = _child(el, "sdtContent") if tag == "sdt" else el
                if inner is not None:
                    for p in inner.iter():
                        if _local(p.tag) == "p":
                            self.para_no += 1
                            first = first or self.loc()
                            lines.append(self.para_text(p))
        text = "\n".join(x.rstrip(" \r\t") for x in "\n".join(lines).split("\n"))
        return text.strip("\n"), nested, first or self.loc()

    def _drop_repeated_headers(self, table: Table, header_rows: set[int]) -> None:
        """Drop later copies of a table's header row (made when a table was split
        at a page break and pasted back, or converted from a PDF)."""
        if not table.rows:
            return
        head = table.rows[0].texts()
        if len([t for t in head if t.strip()]) < 2:
            return
        kept = [table.rows[0]]
        for r in table.rows[1:]:
            if r.texts() == head and (0 in header_rows or len(head) >= 3):
                self.notes.append(ReaderNote("repeated-header", "删除了表格中重复出现的表头行（跨页重复）", r.loc))
                continue
            kept.append(r)
        table.rows = kept


def join_split_tables(blocks: list[Block], notes: list[ReaderNote]) -> list[Block]:
    """Join a table with the next one when nothing but blank space lies between
    and the second starts with the first's header row (a table split at a page
    break, with its header repeated)."""
    out: list[Block] = []
    for b in blocks:
        prev = out[-1] if out else None
        if (
            isinstance(b, Table)
            and isinstance(prev, Table)
            and b.rows
            and prev.rows
            and len([t for t in prev.rows[0].texts() if t.strip()]) >= 2
            and b.rows[0].texts() == prev.rows[0].texts()
        ):
            notes.append(ReaderNote("table-joined", "跨页拆开的表格已接续（删除了重复的表头行）", b.loc))
            prev.rows.extend(b.rows[1:])
            continue
        out.append(b)
    return out


def _styles(z: SafeZip, name: str, part: str) -> dict[str, _Style]:
    if not z.has(part):
        return {}
    root = parse_xml(z.read(part), name, part)
    out: dict[str, _Style] = {}
    for st in root:
        if _local(st.tag) != "style":
            continue
        sid = _attr(st, "styleId")
        if not sid:
            continue
        nm = _child(st, "name")
        based = _child(st, "basedOn")
        ppr = _child(st, "pPr")
        ol = _child(ppr, "outlineLvl") if ppr is not None else None
        lvl = _attr(ol, "val") if ol is not None else None
        out[sid] = _Style(
            name=(_attr(nm, "val") or "") if nm is not None else "",
            outline=int(lvl) if lvl and lvl.isdigit() and int(lvl) < 9 else None,
            based_on=_attr(based, "val") if based is not None else None,
        )
    return out


def read_docx(path: Path, name: str | None = None) -> Document:
    name = name or path.name
    with SafeZip(path, name) as z:
        part = main_part(z, name, "word/document.xml")
        if not z.has(part) and not z.has("word/document.xml"):
            raise ReadError(name, f"缺少部件 {part}（Word 正文），文件不完整或已损坏")
        part = part if z.has(part) else "word/document.xml"
        root = parse_xml(z.read(part), name, part)
        styles_part = str(PurePosixPath(part).parent / "styles.xml")
        styles = _styles(z, name, styles_part)
    body = next((el for el in root if _local(el.tag) == "body"), None)
    if body is None:
        raise ReadError(name, f"部件 {part} 中没有正文（w:body），不是有效的 Word 文档")
    r = _Reader(name, styles)
    blocks = join_split_tables(r.blocks(body), r.notes)
    return Document(name, blocks, "docx", r.notes)
