"""Writers (输出): the standard outputs written from the model.

=====================  ==================================================================
module                 output
=====================  ==================================================================
:mod:`.report_docx`    自评报告 (.docx), chapters 一 … 八, figures computed from the model
:mod:`.forms_docx`     附件 forms (.docx): 基础数据表, 部门整体 and 项目支出绩效自评表
:mod:`.forms_xlsx`     the same forms as a workbook (.xlsx), one sheet per form
:mod:`.review`         review report (审核意见): HTML, optional PDF
:mod:`.notice_docx`    审核意见 / 整改通知 (.docx) the 财政局 sends the unit (only when asked: ``notice``)
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
from .notice_docx import NoticeOptions, notice_docx, notice_name
from .report_docx import report_docx
from .review import review_data, review_html, review_pdf

__all__ = ["write_outputs", "Written", "report_docx", "forms_docx", "forms_xlsx", "review_data", "review_html",
           "review_pdf", "corrected_package", "OUTPUT_NAMES", "notice_docx", "notice_name", "NoticeOptions"]

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


def _put(path: Path, data: bytes) -> None:
    """Write one file inside the temporary folder (the folder as a whole is atomic)."""
    with open(path, "wb") as f:
        f.write(data)


def write_outputs(pkg: Package, outdir: str | Path, *, corrected: bool = False, pdf: bool = False,
                  rules: RuleSet | None = None, templates: Path | None = None,
                  only: set[str] | None = None, replace: bool = False,
                  source: str | Path | None = None, notice: NoticeOptions | None = None) -> Written:
    """Write the 自评报告, the 附件 forms (.docx, .xlsx) and the review report into ``outdir``.

    ``corrected`` fills the scoring engine's recomputed figures (marked) into the forms and
    the report; the review always compares the package *as filed* with the recomputation.

    The set is written as one unit (:func:`jixiao.atomic.replace_folder`): built in a hidden
    folder beside ``outdir`` with a manifest (:data:`jixiao.atomic.MANIFEST_NAME`), then
    renamed into place; missing parent folders are created.  An ``outdir`` that already
    holds files raises :class:`jixiao.atomic.OutputError` unless ``replace`` (then the old
    set is replaced as a whole).  ``source``: the input file or folder, named with its
    sha256 in the manifest (the package's own file names are always recorded).

    ``only={"notice"}`` writes the 审核意见 / 整改通知 (.docx, :func:`notice_name`) with
    ``notice`` (bureau, 文号, deadline); it is never part of the default set."""
    from ..atomic import MANIFEST_NAME, replace_folder

    out = Path(outdir)
    written = Written()
    kinds = only or {"report", "forms", "review"}
    names: list[str] = []

    def build(tmp: Path) -> None:  # runs after the target is checked (a refused folder costs nothing)
        scored = score_package(pkg, rules)  # detects the rule set (and says why) unless one is given
        ruleset = rules or detect(pkg)[0]
        body, marks = pkg, {}
        if corrected:
            body, marks = corrected_package(pkg, ruleset, scored)
            written.corrected = marks
        if "report" in kinds:
            _put(tmp / OUTPUT_NAMES["report"], report_docx(body, ruleset, templates))
            names.append(OUTPUT_NAMES["report"])
        if "forms" in kinds:
            note = CORRECTED_NOTE if corrected else None
            for key, fn in (("forms_docx", forms_docx), ("forms_xlsx", forms_xlsx)):
                _put(tmp / OUTPUT_NAMES[key], fn(body, templates, marks, note))
                names.append(OUTPUT_NAMES[key])
        if "review" in kinds:
            html = review_html([review_data(pkg, check(pkg), scored, ruleset)], templates)
            _put(tmp / OUTPUT_NAMES["review_html"], html.encode("utf-8"))
            names.append(OUTPUT_NAMES["review_html"])
            if pdf:
                from .office import OfficeError

                try:
                    data = review_pdf(html)
                except OfficeError as e:
                    written.warnings.append(str(e))
                else:
                    _put(tmp / OUTPUT_NAMES["review_pdf"], data)
                    names.append(OUTPUT_NAMES["review_pdf"])
        if "notice" in kinds:
            _put(tmp / notice_name(pkg), notice_docx(pkg, check(pkg), scored, notice, templates))
            names.append(notice_name(pkg))

    replace_folder(out, build, replace, sources=[source] if source is not None else None,
                   extra={"package": {"source": pkg.source, "unit": pkg.unit_name, "year": pkg.year}})
    written.files = [out / n for n in names] + [out / MANIFEST_NAME]
    return written
