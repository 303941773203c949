"""Recognition: cell grid (:class:`~jixiao.grid.Document`) -> typed :class:`~jixiao.model.Package`.

The document is cut into segments by form titles, each segment goes to the
recogniser of its kind, and whatever no recogniser placed is listed in
``Package.unplaced``.
"""

from __future__ import annotations

import re
from collections import Counter

from ..grid import Document, Paragraph, Table
from ..model import Diagnostic, Package, Unplaced
from ..values import squash
from .basic_data import recognise_basic_data
from .common import clean_text
from .context import Context, where
from .evaluation import recognise_evaluation
from .final_accounts import recognise_final_table
from .labels import year_in
from .narrative import recognise_narrative
from .segment import Segment, segment

_NARRATIVE_KINDS = {
    "self_report": "self_report",
    "final_account_notes": "final_account_notes",
    "glossary": "glossary",
    "overview": "overview",
}


def recognise(doc: Document) -> Package:
    exact = all(t.exact_columns for t in doc.tables())
    ctx = Context(source=doc.source, exact=exact)
    seg = segment(doc, ctx)
    pkg = Package(source=doc.source, sources=[doc.source], layout=doc.layout)
    pkg.attachments = [p.text.strip() for p in seg.markers]
    pkg.toc = [p.text.strip() for p in seg.toc]
    for s in seg.segments:
        _dispatch(s, pkg, ctx)
    _identify(pkg)
    pkg.diagnostics = [
        Diagnostic(code=n.code, message=n.message, where=where(n.loc), severity="info") for n in doc.notes
    ] + ctx.diagnostics
    pkg.unplaced = _unplaced(seg.segments, ctx)
    return pkg


def _dispatch(s: Segment, pkg: Package, ctx: Context) -> None:
    if s.kind == "preamble":
        paras = [b for b in s.blocks if isinstance(b, Paragraph)]
        if paras or any(isinstance(b, Table) for b in s.blocks):
            title = Paragraph(paras[0].id if paras else -1, paras[0].text if paras else "", paras[0].loc if paras else s.blocks[0].loc)
            pre = Segment("other", title, s.blocks[1:] if paras and s.blocks[0] is paras[0] else s.blocks)
            pkg.narratives.append(recognise_narrative(pre, ctx, "other"))
        return
    if s.kind == "basic_data":
        pkg.basic_data.append(recognise_basic_data(s, ctx))
    elif s.kind in ("department_evaluation", "project_evaluation"):
        pkg.evaluations.append(recognise_evaluation(s, ctx))
    elif s.kind == "final_account_table":
        pkg.final_accounts.append(recognise_final_table(s, ctx))
    else:
        pkg.narratives.append(recognise_narrative(s, ctx, _NARRATIVE_KINDS.get(s.kind, "other")))


def _identify(pkg: Package) -> None:
    """The unit (部门/单位) and year of the package, from what its forms say."""
    names = Counter()
    for e in pkg.evaluations:
        for n in (e.unit_name, e.supervisor if e.kind == "project" else None):
            if n:
                names[n] += 3 if n == e.unit_name else 1
    for n in pkg.narratives:
        if n.kind == "self_report":
            m = re.search(r"(?:\d{4}\s*年度)?\s*([^\s\d]{2,40}?(?:局|委|办|院|中心|厅|部))", n.title)
            if m:
                names[m.group(1)] += 1
    if names:
        pkg.unit_name = names.most_common(1)[0][0]
    years = Counter()
    for e in pkg.evaluations:
        if e.year:
            years[e.year] += 1
    for b in pkg.basic_data:
        y = year_in(b.title)
        if y:
            years[y] += 1
    for n in pkg.narratives:
        y = year_in(n.title)
        if y:
            years[y] += 1
    if years:
        pkg.year = years.most_common(1)[0][0]


def _unplaced(segments: list[Segment], ctx: Context) -> list[Unplaced]:
    out: list[Unplaced] = []
    for s in segments:
        context = clean_text(s.title.text) if s.title is not None and s.title.text else s.kind
        for b in s.blocks:
            if isinstance(b, Paragraph):
                if b.id not in ctx.placed and squash(b.text):
                    out.append(Unplaced(text=b.text.strip(), where=where(b.loc), context=context or s.kind))
            else:
                for r in b.rows:
                    for c in r.cells:
                        if not c.is_blank and c.id not in ctx.placed:
                            out.append(Unplaced(text=c.text.strip(), where=where(c.loc), context=context or s.kind))
    return out
