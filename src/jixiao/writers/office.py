"""LibreOffice (``soffice --headless``) conversions: .docx/.xlsx/.html -> .pdf.

Used for the optional PDF of the review report and for rendering samples; every
call gets its own user profile so that concurrent runs do not collide.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path


class OfficeError(RuntimeError):
    pass


def soffice() -> str | None:
    """Path of the LibreOffice binary, or None when it is not installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def to_pdf(src: Path, outdir: Path, timeout: int = 180) -> Path:
    # HTML is opened as a Writer document (not Writer/Web), which lays out headings and tables faithfully
    """Convert ``src`` to PDF in ``outdir`` (fonts are embedded by LibreOffice)."""
    exe = soffice()
    if exe is None:
        raise OfficeError("未找到 LibreOffice（soffice），无法生成 PDF；请安装 libreoffice-writer/-calc")
    outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="jixiao-lo-") as profile:
        cmd = [exe, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
               *(["--infilter=HTML (StarWriter)"] if src.suffix.lower() in (".html", ".htm") else []),
               "--convert-to", "pdf", "--outdir", str(outdir), str(src)]
        try:
            r = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            raise OfficeError(f"LibreOffice 转换 {src.name} 超时（{timeout} 秒）") from None
    out = outdir / (src.stem + ".pdf")
    if r.returncode != 0 or not out.exists():
        raise OfficeError(f"LibreOffice 转换 {src.name} 失败：{(r.stderr or r.stdout).strip()[:300]}")
    return out
