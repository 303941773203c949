"""Opening Office zip containers defensively (zip bombs, truncated files, missing parts)."""

from __future__ import annotations

import zipfile
from pathlib import Path

from .errors import ReadError

MAX_MEMBERS = 5_000
MAX_TOTAL_UNCOMPRESSED = 400 * 1024 * 1024  # all members together
MAX_MEMBER_UNCOMPRESSED = 200 * 1024 * 1024  # one member
MAX_RATIO = 200  # uncompressed / compressed for a big member


class SafeZip:
    """A zip archive checked against bombs before anything is decompressed."""

    def __init__(self, path: Path, name: str):
        self.name = name
        try:
            self.zf = zipfile.ZipFile(path)
        except zipfile.BadZipFile as e:
            raise ReadError(name, f"zip 容器已损坏或不完整（{e}）") from None
        except OSError as e:
            raise ReadError(name, f"无法打开文件（{e}）") from None
        infos = self.zf.infolist()
        if len(infos) > MAX_MEMBERS:
            raise ReadError(name, f"zip 容器成员过多（{len(infos)} 个，上限 {MAX_MEMBERS}），疑似恶意文件")
        total = 0
        for i in infos:
            total += i.file_size
            if i.file_size > MAX_MEMBER_UNCOMPRESSED or (
                i.file_size > 10 * 1024 * 1024 and i.file_size > MAX_RATIO * max(i.compress_size, 1)
            ):
                raise ReadError(name, f"zip 成员 {i.filename} 解压后过大（{i.file_size} 字节），疑似压缩炸弹")
        if total > MAX_TOTAL_UNCOMPRESSED:
            raise ReadError(name, f"zip 容器解压后总计 {total} 字节，超过上限，疑似压缩炸弹")
        self.names = {i.filename for i in infos}

    def has(self, member: str) -> bool:
        return member in self.names

    def read(self, member: str, what: str = "") -> bytes:
        if member not in self.names:
            raise ReadError(self.name, f"缺少部件 {member}{what}，文件不完整或已损坏")
        info = self.zf.getinfo(member)
        try:
            with self.zf.open(info) as fh:
                data = fh.read(info.file_size + 1)
        except (zipfile.BadZipFile, EOFError, OSError, ValueError) as e:  # CRC error, truncated member
            raise ReadError(self.name, f"部件 {member} 已损坏（{e}）") from None
        except Exception as e:  # zlib.error and friends
            raise ReadError(self.name, f"部件 {member} 已损坏（{type(e).__name__}: {e}）") from None
        if len(data) > info.file_size:
            raise ReadError(self.name, f"部件 {member} 的实际大小与目录不符，疑似恶意文件")
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
