"""Readers: file -> :class:`~jixiao.grid.Document`.

The file type is decided by its content (magic bytes), not its extension.
Only text exports are read so far; Word, Excel and PDF packages get a clear
error naming the file until their readers land.
"""

from __future__ import annotations

from pathlib import Path

from ..grid import Document
from .text import read_text

MAX_TEXT_BYTES = 50 * 1024 * 1024  # a text export larger than this is not a package

_MAGIC = [
    (b"PK\x03\x04", "zip（.docx/.xlsx）"),
    (b"\xd0\xcf\x11\xe0", "OLE（.doc/.xls/.wps/.et）"),
    (b"%PDF", "PDF"),
    (b"{\\rtf", "RTF"),
]


class ReadError(Exception):
    """A file that cannot be read; the message names the file and the reason."""

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


def decode(data: bytes, path: str) -> str:
    """Decode a text export: UTF-8 (with or without BOM), else GB18030."""
    for enc in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    raise ReadError(path, "无法识别文本编码（既不是 UTF-8 也不是 GB18030/GBK）")


def read_path(path: str | Path) -> Document:
    p = Path(path)
    name = str(path)
    if not p.exists():
        raise ReadError(name, "文件不存在")
    if p.is_dir():
        raise ReadError(name, "这是一个文件夹，请给出文件")
    size = p.stat().st_size
    if size == 0:
        raise ReadError(name, "文件为空（0 字节）")
    with p.open("rb") as fh:
        head = fh.read(8)
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            raise ReadError(name, f"文件实际是 {kind} 格式，暂不支持读取此格式（目前仅支持文本导出 .txt）")
    if size > MAX_TEXT_BYTES:
        raise ReadError(name, f"文件过大（{size} 字节），超过文本导出上限 {MAX_TEXT_BYTES} 字节")
    data = p.read_bytes()
    if b"\x00" in data[:4096]:
        raise ReadError(name, "文件含有二进制内容，不是文本导出")
    return read_text(decode(data, name), p.name)
