"""Recognition: cell grid (:class:`~jixiao.grid.Document`) -> typed :class:`~jixiao.model.Package`.

The document is cut into segments by form titles, each segment goes to the
recogniser of its kind with the form definition it follows, and whatever no
recogniser placed is listed in ``Package.unplaced``; a table that no definition
recognises is kept in ``Package.unrecognised_tables`` and reported.

:func:`recognise` is pure: it never changes the document, so recognising the same
document twice gives the same package.
"""

from __future__ import annotations

from ..definitions import Definitions, load_definitions
from ..grid import Document, Paragraph, Table
from ..model import Diagnostic, Package, Unplaced, UnrecognisedTable
from ..values import squash
from .basic_data import recognise_basic_data
from .common import clean_text
from .context import Context, where
from .cover import identify
from .evaluation import recognise_evaluation, table_texts
from .final_accounts import recognise_account_table
from .identity import assign_ids, provenance
from .labels import ACCOUNT_MARK
from .narrative import recognise_narrative
from .segment import Segment, segment

_NARRATIVE_KINDS = {
    "self_report": "self_report",
    "final_account_notes": "final_account_notes",
    "glossary": "glossary",
    "overview": "overview",
}
_OTHER_KINDS = ("preamble", "other")


def recognise(doc: Document, definitions: Definitions | None = None) -> Package:
    """The package a document holds, with its diagnostics (readers' notes included)."""
    defs = definitions or load_definitions()
    exact = all(t.exact_columns for t in doc.tables())
    ctx = Context(source=doc.source, exact=exact)
    seg = segment(doc, ctx, defs)
    pkg = Package(source=doc.source, sources=[doc.source], layout=doc.layout)
    pkg.attachments = [p.text.strip() for p in seg.markers]
    pkg.toc = [p.text.strip() for p in seg.toc]
    doc_kind = _document_kind(doc, defs)
    for s in seg.segments:
        _dispatch(s, pkg, ctx, defs, doc_kind)
    pkg.document_kind = _package_kind(pkg)
    identify(pkg, doc, ctx, defs)
    pkg.diagnostics = [
        Diagnostic(code=n.code, message=n.message, where=where(n.loc), severity="info") for n in doc.notes
    ] + ctx.diagnostics
    pkg.unplaced = _unplaced(seg.segments, ctx)
    assign_ids(pkg, doc.sha256)
    pkg.provenance = provenance(defs, {doc.source: doc.sha256})
    return pkg


def _dispatch(s: Segment, pkg: Package, ctx: Context, defs: Definitions, doc_kind: str) -> None:
    if s.kind in _OTHER_KINDS:
        _other(s, pkg, ctx)
    elif s.kind == "basic_data":
        pkg.basic_data.append(recognise_basic_data(s, ctx))
    elif s.kind in ("department_evaluation", "project_evaluation"):
        assert s.title is not None
        fdef = defs.choose_evaluation(s.title.text, table_texts(s)) or defs["generic-evaluation"]
        pkg.evaluations.append(recognise_evaluation(s, ctx, fdef))
    elif s.kind in ("final_account_table", "budget_table", "account_mark"):
        _account(s, pkg, ctx, defs, doc_kind)
    else:
        pkg.narratives.append(recognise_narrative(s, ctx, _NARRATIVE_KINDS.get(s.kind, "other")))


def _account(s: Segment, pkg: Package, ctx: Context, defs: Definitions, doc_kind: str) -> None:
    """A 决算 or 预算 table: by its printed name, else by its mark's number in a document of
    known kind.  A bare mark in a document of unknown kind stays a 决算 (the seeds' usage)."""
    assert s.title is not None
    found = None if s.kind == "account_mark" else defs.account_table(s.title.text)
    if found is None:
        head = next((b for b in s.blocks if isinstance(b, Paragraph) and b.loc.line < s.title.loc.line), None)
        found = defs.account_table(head.text) if head is not None else None
    if found is None:
        family = "budget" if doc_kind == "budget" else "final_accounts"
        fdef = defs.family(family)[0]
        m = ACCOUNT_MARK.match(squash((s.mark or s.title).text))
        found = (fdef, fdef.table_by_number(int(m.group(1))) if m else None)
    fdef, tdef = found
    table = recognise_account_table(s, ctx, fdef, tdef)
    (pkg.final_accounts if fdef.family == "final_accounts" else pkg.budget_tables).append(table)  # type: ignore[arg-type]


def _other(s: Segment, pkg: Package, ctx: Context) -> None:
    """Text outside any form (cover, 概况, a part heading): kept as a narrative of kind
    "other"; its tables are unrecognised tables, never prose."""
    paras = [b for b in s.blocks if isinstance(b, Paragraph)]
    title = s.title or (paras[0] if paras else None)
    prose = [b for b in s.blocks if isinstance(b, Paragraph) and b is not title]
    last_para: Paragraph | None = title
    for b in s.blocks:
        if isinstance(b, Paragraph):
            last_para = b
            continue
        _unrecognised(b, last_para, pkg, ctx)
    if title is None and not prose:
        return
    head = title or Paragraph(-1, "", s.blocks[0].loc)
    pkg.narratives.append(recognise_narrative(Segment("other", head, prose), ctx, "other"))


def _unrecognised(t: Table, above: Paragraph | None, pkg: Package, ctx: Context) -> None:
    rows = [[c.text for c in r.cells] for r in t.rows]
    header = [clean_text(c.text) or "" for c in t.rows[0].cells] if t.rows else []
    pkg.unrecognised_tables.append(UnrecognisedTable(
        title=clean_text(above.text) if above is not None else None, header=header, rows=rows, where=where(t.loc)))
    named = "、".join(h for h in header if h)[:80] or "（无表头）"
    ctx.warn("unrecognised-table", f"未识别的表格（{len(rows)} 行），表头：{named}；请核对是否为未收录的表样", t.loc, "info")
    for r in t.rows:
        ctx.place(*r.cells)


def _document_kind(doc: Document, defs: Definitions) -> str:
    """决算 or 预算 as the cover and captions say (for tables marked only 公开0N表)."""
    words = {fam: [w for d in defs.family(fam) for w in d.detect.document] for fam in ("final_accounts", "budget")}
    for p in list(doc.paragraphs())[:80]:
        text = p.text.replace(" ", "")
        for fam in ("budget", "final_accounts"):
            if any(w in text for w in words[fam]) and not (fam == "budget" and "决算" in text):
                return fam
    return "unknown"


def _package_kind(pkg: Package) -> str:
    kinds = [k for k, present in (
        ("evaluation", pkg.evaluations or pkg.basic_data or any(n.kind == "self_report" for n in pkg.narratives)),
        ("final_accounts", pkg.final_accounts),
        ("budget", pkg.budget_tables),
    ) if present]
    return kinds[0] if len(kinds) == 1 else ("mixed" if kinds else "unknown")


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
