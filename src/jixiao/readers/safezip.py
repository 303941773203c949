"""Opening Office zip containers defensively (zip bombs, truncated files, missing parts)."""

from __future__ import annotations

import zipfile
from pathlib import Path

from ..limits import current, exceeded
from .errors import ReadError

BIG_MEMBER = 10 * 1024 * 1024  # members above this are held to the compression-ratio limit


def _is_xml(member: str) -> bool:
    return member.lower().endswith((".xml", ".rels", ".vml"))


def _shown(member: str) -> str:
    """A member name fit for a one-line message (control characters escaped, length capped)."""
    s = member.encode("unicode_escape").decode("ascii") if not member.isprintable() else member
    return s if len(s) <= 80 else s[:77] + "…"


class SafeZip:
    """A zip archive checked against bombs before anything is decompressed."""

    def __init__(self, path: Path, name: str):
        self.name = name
        lim = current().zip
        try:
            self.zf = zipfile.ZipFile(path)
        except zipfile.BadZipFile as e:
            raise ReadError(name, f"zip 容器已损坏或不完整（{e}）") from None
        except UnicodeDecodeError:
            raise ReadError(name, "zip 容器的成员名编码错误（标为 UTF-8 但不是），文件已损坏或被篡改") from None
        except NotImplementedError as e:  # a version or feature zipfile cannot read ("zip file version 14.8")
            raise ReadError(name, f"zip 容器使用了无法读取的格式（{e}），文件已损坏或不是 Office 文档") from None
        except (OSError, ValueError, EOFError, OverflowError) as e:
            raise ReadError(name, f"zip 容器无法打开（{type(e).__name__}：{e}）") from None
        infos = self.zf.infolist()
        if len(infos) > lim.members:
            raise ReadError(name, f"zip 容器{exceeded('zip.members', len(infos), lim.members)}，疑似恶意文件")
        total = 0
        for i in infos:
            total += i.file_size
            cap = lim.xml_part_bytes if _is_xml(i.filename) else lim.member_bytes
            if i.file_size > cap:
                key = "zip.xml_part_bytes" if cap == lim.xml_part_bytes else "zip.member_bytes"
                raise ReadError(name, f"zip 成员 {_shown(i.filename)}：{exceeded(key, i.file_size, cap)}，疑似压缩炸弹")
            if i.file_size > BIG_MEMBER and i.file_size > lim.ratio * max(i.compress_size, 1):
                ratio = i.file_size // max(i.compress_size, 1)
                raise ReadError(name, f"zip 成员 {_shown(i.filename)}：{exceeded('zip.ratio', ratio, lim.ratio)}，疑似压缩炸弹")
        if total > lim.total_bytes:
            raise ReadError(name, f"zip 容器{exceeded('zip.total_bytes', total, lim.total_bytes)}，疑似压缩炸弹")
        self.names = {i.filename for i in infos}

    def has(self, member: str) -> bool:
        return member in self.names

    def read(self, member: str, what: str = "") -> bytes:
        if member not in self.names:
            raise ReadError(self.name, f"缺少部件 {_shown(member)}{what}，文件不完整或已损坏")
        info = self.zf.getinfo(member)
        try:
            with self.zf.open(info) as fh:
                data = fh.read(info.file_size + 1)
        except (zipfile.BadZipFile, EOFError, OSError, ValueError) as e:  # CRC error, truncated member
            raise ReadError(self.name, f"部件 {_shown(member)} 已损坏（{e}）") from None
        except Exception as e:  # zlib.error, NotImplementedError (compression type 99) and friends
            raise ReadError(self.name, f"部件 {_shown(member)} 已损坏（{type(e).__name__}: {e}）") from None
        if len(data) > info.file_size:
            raise ReadError(self.name, f"部件 {_shown(member)} 的实际大小与目录不符，疑似恶意文件")
        return data

    def close(self) -> None:
        self.zf.close()

    def __enter__(self) -> "SafeZip":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def zip_kind(z: SafeZip) -> str | None:
    """``docx``, ``xlsx`` or None, from the members (never from the file name)."""
    if z.has("word/document.xml") or any(n.startswith("word/") for n in z.names):
        return "docx"
    if z.has("xl/workbook.xml") or any(n.startswith("xl/") for n in z.names):
        return "xlsx"
    return None
