"""Readers: file -> :class:`~jixiao.grid.Document`.

The file type is decided by its content (magic bytes and, for zip and OLE
containers, their members), never by the extension: many ".doc" files are
really HTML, MHT, RTF or .docx.

======================  =========================================================
content                 reader
======================  =========================================================
zip with ``word/``      :mod:`.docx` (Word, WPS saved as .docx)
zip with ``xl/``        :mod:`.xlsx` (openpyxl)
OLE, ``Workbook``       :mod:`.xlsx` ``read_xls`` (xlrd)
OLE, ``WordDocument``   :mod:`.legacy`: LibreOffice headless -> .docx
HTML / MHT / RTF        :mod:`.legacy`: LibreOffice headless -> .docx
``%PDF``                :mod:`.pdf` (pdfplumber; scanned or "(cid:NNN)" text -> needs OCR)
anything else           :mod:`.text` (UTF-8 with or without BOM, GB18030/GBK)
======================  =========================================================
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import warnings

from pathlib import Path
from typing import Iterator

from ..grid import Document, Loc, ReaderNote
from ..limits import current, exceeded
from .errors import ReadError
from .text import read_text

__all__ = ["ReadError", "read_path", "sniff", "decode"]


def decode(data: bytes, path: str) -> str:
    """Decode a text export: UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    for enc in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    raise ReadError(path, "无法识别文本编码（既不是 UTF-8 也不是 GB18030/GBK）")


def sniff(head: bytes) -> str:
    """The real type of a file from its first bytes: ``zip``, ``ole``, ``pdf``,
    ``rtf``, ``html``, ``mht`` or ``text``."""
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return "zip"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "ole"
    if b"%PDF-" in head[:1024]:
        return "pdf"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"{\\rtf"):
        return "rtf"
    low = stripped[:2048].lower()
    if low.startswith(b"mime-version") or b"\nmime-version:" in low[:1024] or b"content-type: multipart/related" in low:
        return "mht"
    if low.startswith((b"<html", b"<!doctype html", b"<?xml")) and (b"<html" in low or b"urn:schemas-microsoft-com:office" in low):
        return "html"
    if low.startswith((b"<html", b"<!doctype html")):
        return "html"
    return "text"


_KIND_NAMES = {
    "docx": "Word 文档（.docx，zip 容器）",
    "xlsx": "Excel 工作簿（.xlsx，zip 容器）",
    "pdf": "PDF 文件",
}


def _prefixed(kind: str, fn, *args) -> Document:
    """Run a reader; its errors say what the file really is (the extension may lie)."""
    try:
        return fn(*args)
    except ReadError as e:
        prefix = _KIND_NAMES[kind]
        if e.reason.startswith(prefix):
            raise
        raise ReadError(e.path, f"{prefix}：{e.reason}") from None


def read_path(path: str | Path) -> Document:
    """Read a file into a cell grid; the document records the file's SHA-256, from which
    the stable ids of its forms, rows and indicators are made."""
    with _captured() as heard:
        doc = _read(Path(path), path)
    for message in heard:
        doc.notes.append(ReaderNote("library-warning", f"读取库提示：{message}", Loc(doc.source, 1)))
    if not doc.sha256:
        doc.sha256 = file_sha256(Path(path))
    return doc


_LIBRARY_LOGGERS = ("pdfminer", "pdfplumber", "openpyxl", "xlrd", "PIL")
_MAX_HEARD = 20


@contextlib.contextmanager
def _captured() -> Iterator[list[str]]:
    """Warnings and log records of the reading libraries, kept for the document's notes
    instead of printed on the terminal (distinct messages, at most ``_MAX_HEARD``)."""
    heard: list[str] = []

    class _Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            try:
                msg = " ".join(record.getMessage().split())[:200]
            except Exception:  # a library's malformed log call is not our failure
                return
            if msg and msg not in heard and len(heard) < _MAX_HEARD:
                heard.append(msg)

    handler = _Keep(logging.WARNING)
    saved = []
    for name in _LIBRARY_LOGGERS:
        lg = logging.getLogger(name)
        saved.append((lg, lg.propagate))
        lg.addHandler(handler)
        lg.propagate = False
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            yield heard
        for w in caught:
            msg = " ".join(str(w.message).split())[:200]
            if msg and msg not in heard and len(heard) < _MAX_HEARD:
                heard.append(msg)
    finally:
        for lg, prop in saved:
            lg.removeHandler(handler)
            lg.propagate = prop


def file_sha256(p: Path) -> str:
    h = hashlib.sha256()
    with p.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _read(p: Path, path: str | Path) -> Document:
    name = p.name
    if not p.exists():
        raise ReadError(str(path), "文件不存在")
    if p.is_dir():
        raise ReadError(str(path), "这是一个文件夹，请给出文件（或使用 jixiao.pipeline.load_many 读取整个文件夹）")
    size = p.stat().st_size
    if size == 0:
        raise ReadError(name, "文件为空（0 字节）")
    with p.open("rb") as fh:
        head = fh.read(4096)
    kind = sniff(head)
    lim = current().file
    if kind != "text" and size > lim.binary_bytes:
        raise ReadError(name, exceeded("file.binary_bytes", size, lim.binary_bytes))
    if kind == "zip":
        from .safezip import SafeZip, zip_kind

        try:
            with SafeZip(p, name) as z:
                zk = zip_kind(z)
        except ReadError as e:
            raise ReadError(name, f"zip 容器（.docx/.xlsx）：{e.reason}") from None
        if zk == "docx":
            from .docx import read_docx

            return _prefixed("docx", read_docx, p, name)
        if zk == "xlsx":
            from .xlsx import read_xlsx

            return _prefixed("xlsx", read_xlsx, p, name)
        raise ReadError(name, "文件是 zip 压缩包，但不是 Word（.docx）或 Excel（.xlsx）文档")
    if kind == "pdf":
        from .pdf import read_pdf

        return _prefixed("pdf", read_pdf, p, name)
    if kind in ("ole", "rtf", "html", "mht"):
        from .legacy import read_legacy

        return read_legacy(p, name, kind)
    if size > lim.text_bytes:
        raise ReadError(name, exceeded("file.text_bytes", size, lim.text_bytes))
    data = p.read_bytes()
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ReadError(name, "文件含有二进制内容，不是文本导出")
    return read_text(decode(data, name), name)
