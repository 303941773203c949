"""What reading found wrong with the figures themselves (读取): a number beyond the limits."""

from __future__ import annotations

from typing import Iterable

from ..model import Package
from .finding import Finding, finding, rule

BASIS = "数字应在合理范围内（输入上限见 jixiao/limits.toml）"


@rule("VAL-001", "reading", "error", "数值超出合理范围", BASIS)
def out_of_range(pkg: Package) -> Iterable[Finding]:
    """A figure with more digits than any budget figure has (e.g. a 44-digit amount, 1e308
    in a spreadsheet cell) is not read as a number; the reader notes it (diagnostic
    ``value-range``) and this rule reports it where it stands.

    >>> from jixiao.model import Diagnostic, Package, Where
    >>> p = Package(source="a.txt", diagnostics=[Diagnostic(code="value-range", message="数值超出合理范围：「1」",
    ...             where=Where(file="a.txt", line=3))])
    >>> [f.rule for f in out_of_range(p)], list(out_of_range(Package(source="b.txt")))
    (['VAL-001'], [])
    """
    for d in pkg.diagnostics:
        if d.code == "value-range":
            yield finding("VAL-001", pkg, form="package", where=d.where, actual=d.message.split("「", 1)[-1].split("」")[0],
                          message=f"{d.message}；请核对该数字（多打、粘贴错误或单位错误）")


@rule("VAL-002", "reading", "warning", "同一材料重复提交", "一套材料中每份文件只应提交一次")
def duplicate_files(pkg: Package) -> Iterable[Finding]:
    """Two files of one package with the same content (the .txt and the .docx of one package, a
    file saved twice): the reader keeps the first and notes the other (diagnostic
    ``duplicate``), so no finding is counted twice; this rule says so.

    >>> from jixiao.model import Diagnostic, Package, Where
    >>> p = Package(source="a.txt", diagnostics=[Diagnostic(code="duplicate", message="b.docx 与 a.txt 内容相同",
    ...             where=Where(file="b.docx", line=0))])
    >>> [f.rule for f in duplicate_files(p)], list(duplicate_files(Package(source="b.txt")))
    (['VAL-002'], [])
    """
    for d in pkg.diagnostics:
        if d.code == "duplicate":
            yield finding("VAL-002", pkg, form="package", where=d.where,
                          message=f"{d.message}；请确认是否误放了同一材料的两份文件，审核只按一份计")
