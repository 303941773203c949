"""Regenerate the sample pictures under docs/samples/ from the bundled example package.

    /work/venv/bin/python scripts/render_samples.py [--out docs/samples]

Writes the outputs of ``jixiao report examples/example_package.txt`` into a temporary
folder, converts each to PDF with LibreOffice (``soffice --headless --convert-to pdf``)
and renders its first page at 60 dpi with ``pdftoppm -png -r 60 -f 1 -l 1`` (or, where
poppler-utils is not installed, with pypdfium2, which pdfplumber brings along).
Never run on seed text: the samples show only the synthetic example.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from jixiao import load  # noqa: E402
from jixiao.writers import OUTPUT_NAMES, write_outputs  # noqa: E402
from jixiao.writers.office import to_pdf  # noqa: E402

SAMPLES = {  # picture -> output
    "report.png": OUTPUT_NAMES["report"],
    "forms.png": OUTPUT_NAMES["forms_docx"],
    "forms-xlsx.png": OUTPUT_NAMES["forms_xlsx"],
    "review.png": OUTPUT_NAMES["review_html"],
}


def first_page_png(pdf: Path, png: Path, dpi: int = 60) -> None:
    if shutil.which("pdftoppm"):
        stem = png.with_suffix("")
        subprocess.run(["pdftoppm", "-png", "-r", str(dpi), "-f", "1", "-l", "1", "-singlefile", str(pdf), str(stem)],
                       check=True)
        return
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    try:
        doc[0].render(scale=dpi / 72).to_pil().convert("RGB").save(png, optimize=True)
    finally:
        doc.close()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "samples")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    pkg = load(ROOT / "examples" / "example_package.txt")
    with tempfile.TemporaryDirectory(prefix="jixiao-samples-") as d:
        written = write_outputs(pkg, Path(d) / "out", corrected=True)
        by_name = {p.name: p for p in written.files}
        for png, name in SAMPLES.items():
            pdf = to_pdf(by_name[name], Path(d) / "pdf" / png)
            first_page_png(pdf, args.out / png)
            print(f"{args.out / png}  ({(args.out / png).stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
