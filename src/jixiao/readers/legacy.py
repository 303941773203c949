"""Legacy and disguised formats: .doc/.wps/.et (OLE), RTF, HTML and MHT saved as ".doc".

The real type comes from the content (:func:`jixiao.readers.sniff`).  An OLE
workbook (.xls/.et) is read directly with xlrd; Word 97-2003 (.doc/.wps), RTF,
HTML and MHT are converted to .docx with LibreOffice headless when it is
installed, and refused with a one-line error naming the missing tool when not.
A password-protected Office file (OLE ``EncryptedPackage``) is refused.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from ..grid import Document
from ..limits import current
from .errors import ReadError

CONVERSION_SHARE = 0.8  # LibreOffice may use this share of the per-file guard's wall time


def timeout() -> float:
    """Seconds a conversion may take: within the per-file ceiling (limits ``guard.wall_seconds``),
    so that a slow conversion is reported as such rather than as the file's time running out."""
    return current().guard.wall_seconds * CONVERSION_SHARE
_KINDS = {"ole": "OLE（Word 97-2003 .doc / WPS .wps）", "rtf": "RTF", "html": "HTML（网页）", "mht": "MHT（单一网页）"}


def _utf16(name: str) -> bytes:
    return name.encode("utf-16-le")


def ole_kind(data: bytes) -> str:
    """``encrypted``, ``xls``, ``doc``, ``ppt`` or ``unknown`` from the OLE directory names."""
    if _utf16("EncryptedPackage") in data:
        return "encrypted"
    if _utf16("Workbook") in data or _utf16("Book") in data:
        return "xls"
    if _utf16("WordDocument") in data:
        return "doc"
    if _utf16("PowerPoint Document") in data:
        return "ppt"
    return "unknown"


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert_to(path: Path, name: str, target: str, what: str) -> Path:
    """Convert with LibreOffice headless into a temporary folder; returns the new file."""
    exe = soffice()
    if exe is None:
        raise ReadError(name, f"文件实际是 {what} 格式，需要 LibreOffice（soffice）转换后读取，但本机未安装 LibreOffice")
    out = Path(tempfile.mkdtemp(prefix="jixiao-conv-"))
    try:
        return _convert(exe, path, name, target, what, out)
    except BaseException:  # the copy of the input never outlives a failed conversion
        shutil.rmtree(out, ignore_errors=True)
        raise


def _word_suffix(path: Path) -> str:
    s = path.suffix.lower()
    return s if s in (".doc", ".wps", ".dot", ".wpt") else ".doc"


def _convert(exe: str, path: Path, name: str, target: str, what: str, out: Path) -> Path:
    src = out / ("input" + {"html": ".html", "mht": ".mht", "rtf": ".rtf"}.get(target, _word_suffix(path)))
    shutil.copyfile(path, src)
    prof = out / "profile"
    try:
        subprocess.run(
            [exe, f"-env:UserInstallation=file://{prof}", "--headless", "--norestore", "--convert-to", "docx:MS Word 2007 XML",
             "--outdir", str(out), str(src)],
            check=True, capture_output=True, timeout=timeout(), env={**os.environ, "HOME": str(prof)},
        )
    except subprocess.TimeoutExpired:
        raise ReadError(name, f"文件实际是 {what} 格式，LibreOffice 转换超时（{timeout():.0f} 秒）") from None
    except subprocess.CalledProcessError as e:
        err = (e.stderr or b"").decode("utf-8", "replace").strip().splitlines()
        raise ReadError(name, f"文件实际是 {what} 格式，LibreOffice 转换失败（{err[-1] if err else e.returncode}）") from None
    res = out / "input.docx"
    if not res.exists() or res.stat().st_size == 0:
        raise ReadError(name, f"文件实际是 {what} 格式，LibreOffice 未能转换（文件可能已损坏）")
    return res


def read_legacy(path: Path, name: str, kind: str) -> Document:
    from .docx import read_docx

    if kind == "ole":
        data = path.read_bytes()
        ok = ole_kind(data)
        if ok == "encrypted":
            raise ReadError(name, "文件已加密（需要密码），无法读取；请提供未加密的版本")
        if ok == "xls":
            from .xlsx import read_xls

            return read_xls(path, name)
        if ok == "ppt":
            raise ReadError(name, "文件实际是 PowerPoint 演示文稿，不是预算绩效材料的格式")
    what = _KINDS[kind]
    res = convert_to(path, name, kind, what)
    try:
        doc = read_docx(res, name)
    except ReadError as e:
        raise ReadError(name, f"文件实际是 {what} 格式，转换后仍无法读取：{e.reason}") from None
    finally:
        shutil.rmtree(res.parent, ignore_errors=True)
    doc.layout = f"docx (converted from {kind})"
    return doc
