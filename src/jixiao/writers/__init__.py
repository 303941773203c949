"""Writers (输出): the standard outputs written from the model.

=====================  ==================================================================
module                 output
=====================  ==================================================================
:mod:`.report_docx`    自评报告 (.docx), chapters 一 … 八, figures computed from the model
:mod:`.forms_docx`     附件 forms (.docx): 基础数据表, 部门整体 and 项目支出绩效自评表
:mod:`.forms_xlsx`     the same forms as a workbook (.xlsx), one sheet per form
:mod:`.review`         review report (审核意见): HTML, optional PDF
=====================  ==================================================================

Layouts and the report text are files under ``jixiao/templates/`` (``forms/*.toml``,
``report/self_report.j2``, ``review_report.html``); a province passes its own folder
as ``templates``.  :func:`write_outputs` writes them all into a folder.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..checks import check
from ..model import Package
from ..scoring import RuleSet, detect, score_package
from .corrected import corrected_package
from .forms_docx import forms_docx
from .forms_xlsx import forms_xlsx
from .report_docx import report_docx
from .review import review_data, review_html, review_pdf

__all__ = ["write_outputs", "Written", "report_docx", "forms_docx", "forms_xlsx", "review_data", "review_html",
           "review_pdf", "corrected_package", "OUTPUT_NAMES"]

OUTPUT_NAMES = {
    "report": "自评报告.docx",
    "forms_docx": "附件表.docx",
    "forms_xlsx": "附件表.xlsx",
    "review_html": "审核意见.html",
    "review_pdf": "审核意见.pdf",
}
CORRECTED_NOTE = "说明：底色标示的数字为按评分规则复核后的更正数。"


@dataclass
class Written:
    files: list[Path] = field(default_factory=list)
    corrected: dict[int, set[str]] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def _atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    tmp.replace(path)


def write_outputs(pkg: Package, outdir: str | Path, *, corrected: bool = False, pdf: bool = False,
                  rules: RuleSet | None = None, templates: Path | None = None,
                  only: set[str] | None = None) -> Written:
    """Write the 自评报告, the 附件 forms (.docx, .xlsx) and the review report into ``outdir``.

    ``corrected`` fills the scoring engine's recomputed figures (marked) into the forms and
    the report; the review always compares the package *as filed* with the recomputation."""
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    scored = score_package(pkg, rules)  # detects the rule set (and says why) unless one is given
    rules = rules or detect(pkg)[0]
    written = Written()
    body, marks = pkg, {}
    if corrected:
        body, marks = corrected_package(pkg, rules, scored)
        written.corrected = marks
    kinds = only or {"report", "forms", "review"}
    if "report" in kinds:
        p = out / OUTPUT_NAMES["report"]
        _atomic(p, report_docx(body, rules, templates))
        written.files.append(p)
    if "forms" in kinds:
        note = CORRECTED_NOTE if corrected else None
        for key, fn in (("forms_docx", forms_docx), ("forms_xlsx", forms_xlsx)):
            p = out / OUTPUT_NAMES[key]
            _atomic(p, fn(body, templates, marks, note))
            written.files.append(p)
    if "review" in kinds:
        html = review_html([review_data(pkg, check(pkg), scored, rules)], templates)
        p = out / OUTPUT_NAMES["review_html"]
        _atomic(p, html.encode("utf-8"))
        written.files.append(p)
        if pdf:
            from .office import OfficeError

            try:
                p = out / OUTPUT_NAMES["review_pdf"]
                _atomic(p, review_pdf(html))
                written.files.append(p)
            except OfficeError as e:
                written.warnings.append(str(e))
    return written
