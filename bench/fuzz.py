"""Fuzzing harness: mutated packages through the whole pipeline, crashes grouped by place.

Usage::

    python bench/fuzz.py --seed 1 --count 2000 [--offset 0] [--workers N] [--timeout 20]
                         [--mem-mb 1024] [--out DIR] [--formats txt,docx,xlsx,pdf,xls]
                         [--writers-every 10] [--no-real] [--pdf-sources N] [--quiet]
    python bench/fuzz.py --sum [--current] [--out DIR]     # cumulative figures of all recorded runs
    python bench/fuzz.py --replay SEED INDEX [--formats ...]  # rerun one input in this process

Corpus (rebuilt at every start in a temporary folder, deterministic): the bundled example
(``jixiao.example.example_text``) and the seed text exports (``../shared/seeds``) as
.txt, the .docx / .xlsx / .pdf fixtures ``tests/fixtures/build.py`` generates from each
(PDF only when LibreOffice is installed; zip timestamps and PDF dates/ids normalised so
the bytes are the same every run), and the real PDFs / .xls of ``../shared/real`` (files
over 3 MB skipped, real PDFs drawn 5x less often than generated ones).  Without
``../shared`` the corpus is the example and its fixtures.

Input ``(seed, index)`` is made by ``random.Random(f"jixiao-fuzz:{seed}:{index}")``
(a string seed, so that (1, 1) and (2, 0) are different inputs): it picks a corpus file
and one to three mutators (bytes, text, zip container, XML part, numbers, encodings,
markup, PDF structure, OLE header; see ``MUTATORS``) and an extension (sometimes a wrong
one).  The input therefore depends on (seed, index, --formats, corpus digest); the
digest is printed and recorded, and ``--replay`` warns when it differs.

Each input runs in a worker process (``multiprocessing`` "spawn" context; the worker
regenerates the input from the corpus itself): ``pipeline.load``, ``checks.check``,
``scoring.score_package``, the terminal rendering of ``jixiao check`` and ``jixiao score``
(rich console into a StringIO), the JSON outputs, and on one input in ``--writers-every``
the writers (自评报告, forms .docx/.xlsx, review HTML, corrected package).

Outcomes: ``ok``; ``read_error`` (a one-line ``ReadError``: expected); ``crash`` (any
other exception, an ``InternalError`` (placed by its original exception), an
``INTERNAL-*`` finding (the rule is re-run with the boundary's debug switch on to get the
original exception), a ``ReadError`` whose message is not one line, a worker that dies);
``hang`` (wall time over ``--timeout``: the worker is killed and replaced); ``memory`` (a
``MemoryError``, or the worker's RSS over ``--mem-mb``: polled by the parent every 50 ms
and read as VmHWM after the input; RLIMIT_AS is set to baseline + 1.5 x the ceiling as a
backstop).  Peak memory is per input when ``/proc/self/clear_refs`` can reset VmHWM
(Linux >= 4.0), else the worker's lifetime peak (an upper bound); the output says which.

A crash's *place* is its exception type, the innermost frame inside the jixiao package
(file relative to ``src/jixiao``, line, function) and, when the exception was raised in a
library, the library frame it came from.  Each new place's first reproducer is saved in
``--out/crashes/`` and described by a line of ``--out/crashes.jsonl`` (hangs and memory
cases too); every run appends its summary to ``--out/campaigns.jsonl``.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import multiprocessing as mp
import os
import random
import re
import resource
import struct
import sys
import tempfile
import time
import traceback
import zipfile
import zlib
from collections import Counter, deque
from dataclasses import asdict, dataclass, field
from multiprocessing.connection import wait
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
SHARED = ROOT.parent / "shared"
DEFAULT_OUT = Path("/tmp/jixiao-fuzz")

ALL_FORMATS = ("txt", "docx", "xlsx", "pdf", "xls")
FORMAT_WEIGHTS = {"txt": 3.0, "docx": 3.0, "xlsx": 3.0, "pdf": 1.5, "xls": 0.7}
EXTENSIONS = {"txt": ".txt", "docx": ".docx", "xlsx": ".xlsx", "pdf": ".pdf", "xls": ".xls"}
WRONG_EXTENSIONS = [".txt", ".docx", ".xlsx", ".xlsm", ".pdf", ".xls", ".doc", ".et", ".wps", ".html", ""]
MAX_CORPUS_BYTES = 3 << 20  # real files above this are skipped
MAX_INPUT_BYTES = 48 << 20  # a mutated input is cut here
REAL_PDF_WEIGHT = 0.2
OUTCOMES = ("ok", "read_error", "crash", "hang", "memory")
POLL = 0.05  # seconds between RSS readings of busy workers
START_TIMEOUT = 180.0  # seconds a worker may take to import and warm up


# ----------------------------------------------------------------------------- corpus


@dataclass(frozen=True)
class Entry:
    name: str
    fmt: str
    path: str
    weight: float = 1.0


def _fixture_builder():
    if str(FIXTURES) not in sys.path:
        sys.path.insert(0, str(FIXTURES))
    import build  # tests/fixtures/build.py

    return build


_CORE_DATE = re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)")


def normalize(fmt: str, data: bytes) -> bytes:
    """Same bytes for the same fixture on every run: fixed zip times and document dates,
    PDF creation date and id zeroed (same length, so offsets stay right)."""
    if fmt in ("docx", "xlsx"):
        members = read_zip(data)
        if members is None:
            return data
        for m in members:
            if m.name == b"docProps/core.xml":
                m.data = _CORE_DATE.sub(rb"\g<1>2024-01-01T00:00:00Z\g<2>", m.data)
        return write_zip(members)
    if fmt == "pdf":
        data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\(D:)([^)]*)",
                      lambda m: m.group(1) + re.sub(rb"\d", b"0", m.group(2)), data)
        data = re.sub(rb"(/ID\s*\[)([^\]]*)", lambda m: m.group(1) + re.sub(rb"[0-9A-Fa-f](?=[0-9A-Fa-f]*>)", b"0", m.group(2)), data)
        data = re.sub(rb"(<xmp:\w+Date>)([^<]*)", lambda m: m.group(1) + re.sub(rb"\d", b"0", m.group(2)), data)
        data = re.sub(rb"(/DocChecksum\s*/)([0-9A-Fa-f]+)", lambda m: m.group(1) + b"0" * len(m.group(2)), data)
    return data


def build_corpus(work: Path, formats: set[str], shared: Path | None = SHARED, real: bool = True,
                 pdf_sources: int | None = None, log: Callable[[str], None] = print) -> list[Entry]:
    """The corpus files, written under ``work``.  ``pdf_sources``: build PDFs only from the
    first N text packages (the example first), as LibreOffice takes ~1 s per PDF."""
    from jixiao.example import example_text

    work.mkdir(parents=True, exist_ok=True)
    texts: list[tuple[str, Path]] = []
    ex = work / "example.txt"
    ex.write_text(example_text(), encoding="utf-8")
    texts.append(("example", ex))
    if shared is not None and (shared / "seeds").is_dir():
        texts += [(f"seed{p.stem[:3]}", p) for p in sorted((shared / "seeds").glob("*.txt"))]
    entries: list[Entry] = []
    build = _fixture_builder() if formats & {"docx", "xlsx", "pdf"} else None
    office = build is not None and build.soffice() is not None
    if "pdf" in formats and build is not None and not office:
        log("LibreOffice (soffice) not found: no generated PDF fixtures")
    for i, (label, src) in enumerate(texts):
        if "txt" in formats:
            entries.append(Entry(f"{label}.txt", "txt", str(src)))
        if build is None:
            continue
        want_pdf = "pdf" in formats and office and (pdf_sources is None or i < pdf_sources)
        try:
            res = build.build_all(src, work / label, pdf=want_pdf)
        except Exception as e:  # the builder uses jixiao itself, which may be mid-change
            log(f"fixture build failed for {src.name}: {type(e).__name__}: {e}")
            continue
        for fmt in ("docx", "xlsx", "pdf"):
            if fmt in formats and fmt in res:
                p = work / f"{label}.{fmt}"
                p.write_bytes(normalize(fmt, Path(res[fmt]).read_bytes()))
                entries.append(Entry(p.name, fmt, str(p)))
    if real and shared is not None and (shared / "real").is_dir():
        for p in sorted((shared / "real").iterdir()):
            fmt = p.suffix.lower().lstrip(".")
            if fmt not in formats or fmt not in ("pdf", "xls"):
                continue
            if p.stat().st_size > MAX_CORPUS_BYTES:
                log(f"skipped {p.name}: {p.stat().st_size >> 20} MB > {MAX_CORPUS_BYTES >> 20} MB")
                continue
            entries.append(Entry(f"real-{p.name}", fmt, str(p), REAL_PDF_WEIGHT if fmt == "pdf" else 1.0))
    return entries


class Corpus:
    def __init__(self, entries: list[Entry]):
        self.entries = entries
        self.blobs = {e.name: Path(e.path).read_bytes() for e in entries}
        self.by_fmt: dict[str, list[Entry]] = {}
        for e in entries:
            self.by_fmt.setdefault(e.fmt, []).append(e)
        self.formats = [f for f in ALL_FORMATS if f in self.by_fmt]
        h = hashlib.sha256()
        for e in entries:
            h.update(f"{e.name}|{e.fmt}|{e.weight}|".encode())
            h.update(hashlib.sha256(self.blobs[e.name]).digest())
        self.digest = h.hexdigest()[:16]

    def describe(self) -> str:
        counts = ", ".join(f"{f} {len(self.by_fmt[f])}" for f in self.formats)
        return f"{len(self.entries)} files ({counts}), digest {self.digest}"


# ----------------------------------------------------------------------------- zip container


@dataclass
class ZMember:
    """One zip member as written by :func:`write_zip`; the overrides make its headers lie."""

    name: bytes
    data: bytes = b""
    flags: int | None = None  # default: 0x800 when the name is not ASCII
    method: int = 8
    raw: bytes | None = None  # already compressed data (a bomb); ``usize``/``crc`` must be given
    usize: int | None = None  # declared uncompressed size (both headers)
    csize: int | None = None  # declared compressed size (both headers)
    crc: int | None = None
    local_usize: int | None = None  # local header only
    method_field: int | None = None  # method written in the headers (data compressed per ``method``)


def read_zip(data: bytes, max_member: int = 64 << 20) -> list[ZMember] | None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            infos = z.infolist()
            if len(infos) > 5000 or any(i.file_size > max_member for i in infos):
                return None
            return [ZMember(i.filename.encode("utf-8"), z.read(i)) for i in infos]
    except Exception:
        return None


def write_zip(members: list[ZMember], eocd_count: int | None = None, cd_offset: int | None = None) -> bytes:
    out = io.BytesIO()
    central = []
    dostime, dosdate = 0, (0 << 9) | (1 << 5) | 1  # 1980-01-01 00:00
    for m in members:
        if m.raw is not None:
            comp = m.raw
            usize = m.usize or 0
            crc = m.crc or 0
        else:
            if m.method == 0:
                comp = m.data
            else:
                co = zlib.compressobj(6, zlib.DEFLATED, -15)
                comp = co.compress(m.data) + co.flush()
            usize = len(m.data)
            crc = zlib.crc32(m.data)
        flags = m.flags if m.flags is not None else (0x800 if any(b > 0x7F for b in m.name) else 0)
        method = m.method_field if m.method_field is not None else m.method
        crc = m.crc if m.crc is not None else crc
        csize = m.csize if m.csize is not None else len(comp)
        usize = m.usize if m.usize is not None else usize
        lusize = m.local_usize if m.local_usize is not None else usize
        offset = out.tell()
        name = m.name[:0xFFFF]
        out.write(struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, flags & 0xFFFF, method & 0xFFFF, dostime, dosdate,
                              crc & 0xFFFFFFFF, csize & 0xFFFFFFFF, lusize & 0xFFFFFFFF, len(name), 0))
        out.write(name)
        out.write(comp)
        central.append(struct.pack("<4s6H3L5H2L", b"PK\x01\x02", 20, 20, flags & 0xFFFF, method & 0xFFFF, dostime,
                                   dosdate, crc & 0xFFFFFFFF, csize & 0xFFFFFFFF, usize & 0xFFFFFFFF, len(name), 0, 0, 0,
                                   0, 0, offset & 0xFFFFFFFF) + name)
    cd_start = out.tell()
    for c in central:
        out.write(c)
    cd_size = out.tell() - cd_start
    n = len(members) if eocd_count is None else eocd_count
    out.write(struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, n & 0xFFFF, n & 0xFFFF, cd_size,
                          (cd_start if cd_offset is None else cd_offset) & 0xFFFFFFFF, 0))
    return out.getvalue()


# ----------------------------------------------------------------------------- samples

NUM_RE = re.compile(r"\d+(?:[.,]\d+)*%?")
TITLE_RE = re.compile(r"单位|名称|部门|项目|局|年度|附件|表|指标|#")
FULLWIDTH = str.maketrans("0123456789.%,", "０１２３４５６７８９．％，")
NUMBERS = [
    "1" * 44, "12345678901234567890123456789012345678901234.5", "1e308", "1E+400", "-1e308", "1e-400",
    "1.7976931348623157e308", "5e-324", "1,2,3.4.5", "１２３.４５", "1２3.4", "NaN", "nan", "Infinity", "-Infinity",
    "inf", "-0", "-0.00", "0.0000000000000000000001", "9" * 400, "1_000", "0x1F", "\u221212.5", "(12.50)", "12.5%",
    "1e5%", "１００％", "2147483648", "-9223372036854775809", "١٢٣", "½", "²", "Ⅻ", "1.2.3", ",", ".", "-", "+",
    "--5", "1e", "e5", "1,,000", "０.", "1e+308万", "100.00000000000000000001", "1e-7", "99999999999999999999%",
    "4.4e44", "-1", "0", "00000000000000000000001", "1/0", "0/0", "1.0E+99999",
]
MARKUP = [
    "[bold]", "[/red]", "[/]", "[link=file:///etc/passwd]x[/link]", "[red", "]", "[[", "\\[bold]", "[/bold][/bold]",
    "\x1b[31m", "\x1b[2J", "\x1b]8;;http://example.invalid\x1b\\", "\x07", "\x08", "\r", "\x00", "\x0b", "\x0c",
    "\u202e", "\u200b", "\ufeff", "\u2028", "\u0085", "{{ 7*7 }}", "{% raw %}", "<script>alert(1)</script>", "&amp;",
    "%s%n", "{0}", "$(id)", "\t", "\u3000", "*" * 50, "# ", "<b>", "</p>", "[bookmark: _GoBack]", "\\", "\x7f",
    "\U0001F600", "\ud7ff", "[@click]", "[on red]",
]
LABELS = [
    "附件一", "附件3", "附件四", "合计", "总计", "小计", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值",
    "自评得分", "项目名称", "主管部门", "实施单位", "预算执行率", "年度总体目标", "部门整体支出绩效自评表", "项目支出绩效自评表",
    "部门整体支出绩效评价基础数据表", "总分", "100", "——", "……", "万元", "元", "得分", "公开01表", "收入支出决算总表",
    "三公经费", "绩效指标", "项目资金（万元）", "年初预算数", "全年执行数", "执行率", "偏差原因分析及改进措施", "自评报告",
    "2024年度", "0000年度", "99999年度", "预算部门、单位", "故此项得 5 分",
]
INTERESTING_BYTES = [b"\x00", b"\xff", b"\x7f", b"\x80", b"\xfe\xff", b"\xff\xfe", b"\xef\xbb\xbf", b"\r\n", b"\x1b[",
                     b"PK\x03\x04", b"%PDF-", b"<", b">", b"&", b"\xc3", b"\xed\xa0\x80", b"\xf4\x90\x80\x80"]
BIG_INTS = ["2000000000", "-1", "0", "4294967296", "99999999999999999999", "1e9", "abc", "", "65536", "-2147483649"]

Mutation = tuple[bytes, str] | None


def _pos(rng: random.Random, n: int) -> int:
    return rng.randrange(n + 1) if n >= 0 else 0


def m_flip(rng, d: bytes) -> Mutation:
    if not d:
        return None
    b = bytearray(d)
    n = rng.choice((1, 1, 2, 4, 8, 16, 64))
    for _ in range(n):
        b[rng.randrange(len(b))] ^= 1 << rng.randrange(8)
    return bytes(b), f"flip{n}"


def m_randbytes(rng, d: bytes) -> Mutation:
    if not d:
        return None
    i = rng.randrange(len(d))
    chunk = rng.randbytes(rng.randint(1, 64)) if rng.random() < 0.6 else rng.choice(INTERESTING_BYTES) * rng.randint(1, 8)
    return d[:i] + chunk + d[i + len(chunk):], f"overwrite@{i}+{len(chunk)}"


def m_insert(rng, d: bytes) -> Mutation:
    i = _pos(rng, len(d))
    r = rng.random()
    if r < 0.4:
        chunk = rng.randbytes(rng.randint(1, 256))
    elif r < 0.7 and d:
        j = rng.randrange(len(d))
        chunk = d[j:j + rng.randint(1, 4096)]
    else:
        chunk = rng.choice(INTERESTING_BYTES) * rng.randint(1, 16)
    return d[:i] + chunk + d[i:], f"insert@{i}+{len(chunk)}"


def m_delete(rng, d: bytes) -> Mutation:
    if len(d) < 2:
        return None
    i = rng.randrange(len(d))
    n = rng.randint(1, max(1, min(4096, len(d) // 4)))
    return d[:i] + d[i + n:], f"delete@{i}-{n}"


def m_truncate(rng, d: bytes) -> Mutation:
    if len(d) < 2:
        return None
    r = rng.random()
    if r < 0.4:
        cut = rng.randrange(1, len(d))
    elif r < 0.8:
        cut = len(d) - rng.randint(1, min(len(d) - 1, 1024))
    else:
        cut = rng.randrange(1, min(len(d), 200))
    return d[:cut], f"truncate@{cut}/{len(d)}"


def m_dupchunk(rng, d: bytes) -> Mutation:
    if not d:
        return None
    i = rng.randrange(len(d))
    chunk = d[i:i + rng.randint(1, 2048)]
    n = rng.choice((2, 10, 100, 1000))
    return d[:i] + chunk * n + d[i:], f"dupchunk@{i}x{n}"


# --- text exports (str level; bytes decoded as UTF-8 with surrogateescape, so any bytes round-trip)


def _text_op(fn: Callable[[random.Random, str], tuple[str, str] | None]):
    def op(rng, d: bytes) -> Mutation:
        t = d.decode("utf-8", "surrogateescape")
        r = fn(rng, t)
        if r is None:
            return None
        return r[0].encode("utf-8", "surrogateescape"), r[1]

    op.__name__ = fn.__name__
    return op


def _number_sample(rng: random.Random, tok: str) -> str:
    r = rng.random()
    if r < 0.7:
        return rng.choice(NUMBERS)
    if r < 0.8:
        return "9" * rng.randint(20, 400)
    if r < 0.9:  # full-width digits mixed in
        return "".join(c.translate(FULLWIDTH) if rng.random() < 0.5 else c for c in tok)
    return rng.choice(("{:e}", "{:.3E}", "{!r}")).format(rng.uniform(-1e300, 1e300))


def s_numbers(rng, t: str) -> tuple[str, str] | None:
    toks = list(NUM_RE.finditer(t))
    if not toks:
        i = _pos(rng, len(t))
        s = rng.choice(NUMBERS)
        return t[:i] + s + t[i:], f"numbers:insert {s[:12]!r}"
    k = min(len(toks), rng.choice((1, 1, 2, 3, 5, 20, 200)))
    chosen = sorted(rng.sample(toks, k), key=lambda m: m.start(), reverse=True)
    first = ""
    for m in chosen:
        s = _number_sample(rng, m.group())
        first = s
        t = t[:m.start()] + s + t[m.end():]
    return t, f"numbers:{k} e.g. {first[:16]!r}"


def s_markup(rng, t: str) -> tuple[str, str] | None:
    lines = t.split("\n")
    cands = [i for i, line in enumerate(lines) if TITLE_RE.search(line)] or list(range(len(lines)))
    k = rng.choice((1, 1, 2, 3, 10))
    used = []
    for _ in range(k):
        i = rng.choice(cands)
        s = rng.choice(MARKUP) * rng.choice((1, 1, 1, 3, 50))
        j = _pos(rng, len(lines[i]))
        lines[i] = lines[i][:j] + s + lines[i][j:]
        used.append(s[:10])
    return "\n".join(lines), f"markup:{used[0]!r}x{k}"


def s_labels(rng, t: str) -> tuple[str, str] | None:
    lines = t.split("\n")
    k = rng.choice((1, 2, 5, 30))
    for _ in range(k):
        i = _pos(rng, len(lines))
        lab = rng.choice(LABELS)
        r = rng.random()
        if r < 0.4:
            lines.insert(i, "\t" + lab)
        elif r < 0.7 and i < len(lines):
            lines[i] = ("\t" if lines[i].startswith("\t") else "") + lab
        else:
            lines.insert(i, lab)
    return "\n".join(lines), f"labels:{k}"


def s_lines(rng, t: str) -> tuple[str, str] | None:
    lines = t.split("\n")
    if len(lines) < 2:
        return None
    r = rng.randrange(10)
    n = len(lines)
    if r == 0:
        for _ in range(rng.randint(1, max(1, n // 10))):
            if lines:
                del lines[rng.randrange(len(lines))]
        how = "delete"
    elif r == 1:
        i = rng.randrange(n)
        j = min(n, i + rng.randint(1, 200))
        lines[i:i] = lines[i:j] * rng.choice((1, 2, 10))
        how = "duplicate"
    elif r == 2:
        i, j = rng.randrange(n), rng.randrange(n)
        lines[i], lines[j] = lines[j], lines[i]
        how = "swap"
    elif r == 3:
        lines = [x.replace("\t", "") for x in lines]
        how = "strip-tabs"
    elif r == 4:
        lines = [x.replace("\t", "    ") for x in lines]
        how = "tabs-to-spaces"
    elif r == 5:
        return "\r\n".join(lines), "lines:crlf"
    elif r == 6:
        return rng.choice(("\r", "\u2028", "\x85", "\x0b", "\n\n\n")).join(lines), "lines:separator"
    elif r == 7:
        for _ in range(rng.randint(1, 20)):
            i = rng.randrange(len(lines))
            j = _pos(rng, len(lines[i]))
            lines[i] = lines[i][:j] + "\t" * rng.randint(1, 3) + lines[i][j:]
        how = "insert-tabs"
    elif r == 8:
        i = rng.randrange(n)
        j = min(n, i + rng.randint(2, 100))
        block = lines[i:j]
        rng.shuffle(block)
        lines[i:j] = block
        how = "shuffle"
    else:
        i = rng.randrange(n)
        lines[i:i] = [""] * rng.randint(1, 50)
        how = "blank-lines"
    return "\n".join(lines), f"lines:{how}"


def s_repeat(rng, t: str) -> tuple[str, str] | None:
    if rng.random() < 0.5:
        n = rng.choice((2, 5, 20))
        return ("\n" + t) * n, f"repeat:whole x{n}"
    lines = t.split("\n")
    i = rng.randrange(len(lines))
    j = min(len(lines), i + rng.randint(1, 30))
    n = rng.choice((100, 1000, 5000))
    lines[i:i] = lines[i:j] * n
    return "\n".join(lines)[: 6 << 20], f"repeat:block {j - i} lines x{n}"


def s_longline(rng, t: str) -> tuple[str, str] | None:
    n = rng.choice((10_000, 100_000, 1_000_000))
    s = rng.choice(("1", "（", "\t", "[", "9.", "、", "a ", "一级指标")) * (n // 2 if rng.random() < 0.5 else n)
    lines = t.split("\n")
    lines.insert(rng.randrange(len(lines) + 1), s)
    return "\n".join(lines), f"longline:{len(s)}"


def m_encoding(rng, d: bytes) -> Mutation:
    t = d.decode("utf-8", "surrogateescape")
    safe = d.decode("utf-8", "replace")
    r = rng.randrange(11)
    if r == 0:
        return safe.encode("gb18030", "replace"), "enc:gb18030"
    if r == 1:
        return safe.encode("utf-16"), "enc:utf-16 bom"
    if r == 2:
        return b"\xfe\xff" + safe.encode("utf-16-be", "replace"), "enc:utf-16-be bom"
    if r == 3:
        return safe.encode("utf-16-le", "replace"), "enc:utf-16-le no bom"
    if r == 4:
        return safe.encode("utf-32"), "enc:utf-32"
    if r == 5:
        return b"\xef\xbb\xbf" * rng.choice((1, 2)) + d, "enc:utf-8 bom"
    if r == 6:
        return b"\xff\xfe" + safe.encode("gb18030", "replace"), "enc:utf-16 bom + gb18030 body"
    if r == 7:
        e = safe.encode("utf-16")
        return e[:-1], "enc:utf-16 odd length"
    if r == 8:
        half = len(safe) // 2
        return safe[:half].encode("gb18030", "replace") + safe[half:].encode("utf-8"), "enc:gb18030+utf-8"
    if r == 9:
        b = bytearray(d)
        k = rng.choice((1, 3, 30))
        for _ in range(k):
            i = rng.randrange(len(b) + 1)
            b[i:i] = rng.choice((b"\xff", b"\x80", b"\xc3", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\xc0\xaf", b"\x81\x30"))
        return bytes(b), f"enc:invalid bytes x{k}"
    del t
    return b"\xef\xbb\xbf" + safe.encode("gb18030", "replace"), "enc:utf-8 bom + gb18030 body"


# --- zip containers


def _zip_op(fn: Callable[[random.Random, list[ZMember]], tuple[list[ZMember], str, dict] | None]):
    def op(rng, d: bytes) -> Mutation:
        ms = read_zip(d)
        if not ms:
            return None
        r = fn(rng, ms)
        if r is None:
            return None
        ms, desc, kw = r
        return write_zip(ms, **kw), desc

    op.__name__ = fn.__name__
    return op


def _member_weight(name: bytes) -> float:
    n = name.decode("utf-8", "replace")
    if n == "word/document.xml":
        return 10.0
    if n.startswith("xl/worksheets/sheet"):
        return 4.0
    if n in ("xl/sharedStrings.xml", "xl/workbook.xml"):
        return 3.0
    if n.endswith((".xml", ".rels")):
        return 1.0
    return 0.2


def _pick_member(rng, ms: list[ZMember]) -> ZMember:
    return rng.choices(ms, [_member_weight(m.name) for m in ms])[0]


def z_damage(rng, ms):
    m = _pick_member(rng, ms)
    r = rng.randrange(3)
    if r == 0 and m.data:
        cut = rng.randrange(len(m.data))
        m.data = m.data[:cut]
        how = f"truncate@{cut}"
    elif r == 1 and m.data:
        b = bytearray(m.data)
        n = rng.choice((1, 4, 16))
        for _ in range(n):
            b[rng.randrange(len(b))] ^= 1 << rng.randrange(8)
        m.data = bytes(b)
        how = f"flip{n}"
    else:
        i = _pos(rng, len(m.data))
        m.data = m.data[:i] + m.data[i + rng.randint(1, 500):]
        how = f"delete@{i}"
    return ms, f"zip.damage({m.name.decode('utf-8', 'replace')}:{how})", {}


def z_remove(rng, ms):
    m = _pick_member(rng, ms)
    ms.remove(m)
    return ms, f"zip.remove({m.name.decode('utf-8', 'replace')})", {}


def z_dupname(rng, ms):
    m = _pick_member(rng, ms)
    r = rng.randrange(4)
    data = (m.data, b"", m.data[: len(m.data) // 2], rng.choice(ms).data)[r]
    dup = ZMember(m.name, data)
    if rng.random() < 0.5:
        ms.insert(0, dup)
    else:
        ms.append(dup)
    return ms, f"zip.dupname({m.name.decode('utf-8', 'replace')}:{r})", {}


BAD_NAMES = [b"word/\xff\xfe.xml", b"xl/\xc3(.xml", b"../../../../tmp/jixiao-fuzz-evil\xff", b"/etc/passwd", b"C:\\evil.xml",
             b"word/document.xml\x00.txt", b"a" * 65000, b"", b"\xed\xa0\x80", b"word//document.xml", b"WORD/DOCUMENT.XML",
             b"xl/worksheets/sheet1.xml/", b"\x1b[31mred.xml"]


def z_badname(rng, ms):
    r = rng.random()
    if r < 0.4:
        m = _pick_member(rng, ms)
        old = m.name
        m.name = old + rng.choice((b"\xc3", b"\xff", b"\x80\x80"))
        how = f"rename {old[:40].decode('utf-8', 'replace')}"
    elif r < 0.6:
        m = _pick_member(rng, ms)
        old = m.name
        m.name = old.replace(b"o", b"\xf6", 1).replace(b"e", b"\xe9", 1)  # latin-1 bytes flagged UTF-8
        how = f"latin1 {old[:40].decode('utf-8', 'replace')}"
    else:
        name = rng.choice(BAD_NAMES)
        ms.insert(rng.randrange(len(ms) + 1), ZMember(name, rng.choice(ms).data))
        how = f"add {name[:20]!r}"
    for m in ms:
        if any(b > 0x7F for b in m.name):
            m.flags = 0x800
    return ms, f"zip.badname({how})", {}


def z_sizes(rng, ms):
    m = _pick_member(rng, ms)
    r = rng.randrange(8)
    real = len(m.data)
    if r == 0:
        m.usize = rng.choice((0xFFFFFFFF, 0x7FFFFFFF, 0xFFFFFFF0))
    elif r == 1:
        m.usize = max(0, real - rng.randint(1, 100))
    elif r == 2:
        m.usize = real * 1000
    elif r == 3:
        m.csize = rng.choice((0xFFFFFFFF, 0, 1))
    elif r == 4:
        m.local_usize = 0xFFFFFFFF
    elif r == 5:
        m.crc = rng.getrandbits(32)
    elif r == 6:
        return ms, "zip.sizes(eocd count)", {"eocd_count": rng.choice((0, 1, 0xFFFF))}
    else:
        return ms, "zip.sizes(cd offset)", {"cd_offset": rng.choice((0, 0xFFFFFFFF, 12345))}
    return ms, f"zip.sizes({m.name.decode('utf-8', 'replace')}:{r})", {}


def z_method(rng, ms):
    m = _pick_member(rng, ms)
    r = rng.randrange(4)
    if r == 0:
        m.method_field = rng.choice((1, 6, 9, 12, 14, 93, 95, 98, 99))
        how = f"method {m.method_field}"
    elif r == 1:
        m.flags = (m.flags or 0) | 0x1
        how = "encrypted flag"
    elif r == 2:
        m.method = 0
        m.method_field = 8
        how = "stored data, deflate header"
    else:
        m.method_field = 0
        how = "deflate data, stored header"
    return ms, f"zip.method({m.name.decode('utf-8', 'replace')}:{how})", {}


def _bomb(prefix: bytes, fill: bytes, total: int, suffix: bytes) -> ZMember:
    co = zlib.compressobj(9, zlib.DEFLATED, -15)
    chunk = fill * ((1 << 20) // len(fill))
    parts = [co.compress(prefix)]
    crc = zlib.crc32(prefix)
    done = len(prefix)
    while done < total:
        parts.append(co.compress(chunk))
        crc = zlib.crc32(chunk, crc)
        done += len(chunk)
    parts.append(co.compress(suffix))
    crc = zlib.crc32(suffix, crc)
    done += len(suffix)
    parts.append(co.flush())
    return ZMember(b"", raw=b"".join(parts), usize=done, crc=crc)


def z_bomb(rng, ms):
    m = _pick_member(rng, ms)
    total = rng.choice((16, 64, 256)) << 20
    head = m.data[: m.data.find(b">", m.data.find(b"<w:body") if b"<w:body" in m.data else 0) + 1] or b"<x>"
    b = _bomb(head, rng.choice((b" ", b"<w:p/>", b"\x00", b"<row/>")), total, b"</x>")
    b.name = m.name
    if rng.random() < 0.5:
        b.usize = len(m.data)  # declared size lies too
    ms[ms.index(m)] = b
    return ms, f"zip.bomb({m.name.decode('utf-8', 'replace')}:{total >> 20} MiB)", {}


# --- XML parts inside a zip


def _xml_op(fn: Callable[[random.Random, str, str], tuple[str, str] | None], target: Callable[[str], float]):
    def op(rng, d: bytes) -> Mutation:
        ms = read_zip(d)
        if not ms:
            return None
        cands = [(m, w) for m in ms if (w := target(m.name.decode("utf-8", "replace"))) > 0]
        if not cands:
            return None
        m = rng.choices([c[0] for c in cands], [c[1] for c in cands])[0]
        name = m.name.decode("utf-8", "replace")
        r = fn(rng, m.data.decode("utf-8", "surrogateescape"), name)
        if r is None:
            return None
        m.data = r[0].encode("utf-8", "surrogateescape")
        return write_zip(ms), f"{r[1]}@{name}"

    op.__name__ = fn.__name__
    return op


def t_any(name: str) -> float:
    return _member_weight(name.encode()) if name.endswith((".xml", ".rels")) else 0.0


def t_document(name: str) -> float:
    return 1.0 if name == "word/document.xml" else 0.0


def t_sheet(name: str) -> float:
    return 1.0 if name.startswith("xl/worksheets/sheet") and name.endswith(".xml") else 0.0


def t_text(name: str) -> float:
    return {"word/document.xml": 10.0, "xl/sharedStrings.xml": 6.0}.get(name, 3.0 if t_sheet(name) else 0.0)


def _xml_escape(s: str, rng: random.Random) -> str:
    if rng.random() < 0.15:  # sometimes raw: control characters and "<" make the XML ill-formed
        return s
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


TEXT_SEG = re.compile(r">([^<]*[^<\s][^<]*)<")


CHARREF = re.compile(r"&#(\d+);")


def _unref(x: str) -> str:
    """Numeric character references (openpyxl writes all CJK text as "&#38468;") as characters."""
    def one(m: re.Match) -> str:
        n = int(m.group(1))
        return chr(n) if n > 0x7F and n < 0x110000 and not 0xD800 <= n < 0xE000 else m.group()

    return CHARREF.sub(one, x)


def x_text(rng, x: str, name: str):
    if rng.random() < 0.85:
        x = _unref(x)
    segs = list(TEXT_SEG.finditer(x))
    if not segs:
        return None
    r = rng.randrange(3)
    if r == 0:  # numbers inside text nodes
        toks = [(s, m) for s in segs for m in NUM_RE.finditer(s.group(1))]
        if not toks:
            return None
        k = min(len(toks), rng.choice((1, 1, 3, 10, 100)))
        chosen = sorted(rng.sample(toks, k), key=lambda p: p[0].start(1) + p[1].start(), reverse=True)
        first = ""
        for s, m in chosen:
            a = s.start(1) + m.start()
            first = _xml_escape(_number_sample(rng, m.group()), rng)
            x = x[:a] + first + x[a + len(m.group()):]
        return x, f"xml.numbers:{k} e.g. {first[:16]!r}"
    if r == 1:
        titled = [s for s in segs if TITLE_RE.search(s.group(1))] or segs
        s = rng.choice(titled)
        ins = _xml_escape(rng.choice(MARKUP) * rng.choice((1, 1, 5)), rng)
        a = s.start(1) + _pos(rng, len(s.group(1)))
        return x[:a] + ins + x[a:], f"xml.markup:{ins[:10]!r}"
    s = rng.choice(segs)
    lab = rng.choice(LABELS)
    return x[:s.start(1)] + lab + x[s.end(1):], f"xml.label:{lab}"


def x_unclosed(rng, x: str, name: str):
    r = rng.randrange(5)
    closes = [m for m in re.finditer(r"</[^>]+>", x)]
    if r == 0 and closes:
        m = rng.choice(closes)
        return x[:m.start()] + x[m.end():], f"xml.unclosed:drop {m.group()[:20]}"
    if r == 1 and closes:
        m = closes[-1]
        return x[:m.start()], "xml.unclosed:no root end"
    if r == 2:
        i = _pos(rng, len(x))
        return x[:i] + rng.choice(("<", "<w:p>", "<c r=", "<!--", "<![CDATA[", "&", "&#0;", "&#xD800;", "]]>")) + x[i:], "xml.unclosed:stray"
    if r == 3 and len(closes) > 1:
        a, b = rng.sample(closes, 2)
        if a.start() > b.start():
            a, b = b, a
        return x[:a.start()] + b.group() + x[a.end():b.start()] + a.group() + x[b.end():], "xml.unclosed:swap ends"
    i = rng.randrange(max(1, len(x)))
    return x[:i], f"xml.unclosed:cut@{i}"


def _doctype(rng) -> tuple[str, str, str]:
    """(declaration, entity reference, description)."""
    r = rng.randrange(6)
    if r == 0:
        levels = rng.choice((3, 4, 5))
        ents = ['<!ENTITY l0 "lol">'] + [f'<!ENTITY l{i} "{("&l%d;" % (i - 1)) * 10}">' for i in range(1, levels + 1)]
        return f"<!DOCTYPE x [{''.join(ents)}]>", f"&l{levels};", f"laughs{levels}"
    if r == 1:
        return '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>', "&xxe;", "xxe file"
    if r == 2:
        return '<!DOCTYPE x [<!ENTITY % p SYSTEM "file:///etc/passwd"> %p;]>', "", "parameter entity"
    if r == 3:
        return '<!DOCTYPE x SYSTEM "http://127.0.0.1:9/x.dtd">', "", "external dtd"
    if r == 4:
        return '<!DOCTYPE x [<!ENTITY a "签名">]>', "&a;", "internal entity"
    return '<!DOCTYPE x [<!ENTITY xxe SYSTEM "http://127.0.0.1:9/">]>', "&xxe;", "xxe http"


def x_doctype(rng, x: str, name: str):
    decl, ref, desc = _doctype(rng)
    m = re.match(r"\s*<\?xml[^>]*\?>", x)
    where = rng.randrange(3)
    if where == 0:
        at = m.end() if m else 0
    elif where == 1:  # late: after the root start tag
        root = re.search(r"<[A-Za-z][^>]*>", x[m.end() if m else 0:])
        at = (m.end() if m else 0) + (root.end() if root else 0)
    else:
        at = 0
    x = x[:at] + decl + x[at:]
    if ref:
        segs = list(TEXT_SEG.finditer(x, at + len(decl)))
        if segs:
            s = rng.choice(segs)
            x = x[:s.start(1)] + ref + x[s.start(1):]
    return x, f"xml.doctype:{desc}:{('decl', 'late', 'first')[where]}"


def x_gridspan(rng, x: str, name: str):
    val = rng.choice(BIG_INTS + ["2000000000"] * 3)
    spans = list(re.finditer(r'(<w:gridSpan w:val=")([^"]*)(")', x))
    if spans and rng.random() < 0.7:
        ms = rng.sample(spans, min(len(spans), rng.choice((1, 1, 5))))
        for m in sorted(ms, key=lambda m: m.start(), reverse=True):
            x = x[:m.start(2)] + val + x[m.end(2):]
        return x, f"xml.gridSpan={val!r} x{len(ms)}"
    tcs = list(re.finditer(r"<w:tc>", x))
    if not tcs:
        return None
    m = rng.choice(tcs)
    return x[:m.end()] + f'<w:tcPr><w:gridSpan w:val="{val}"/></w:tcPr>' + x[m.end():], f"xml.gridSpan+={val!r}"


def x_gridcol(rng, x: str, name: str):
    grids = list(re.finditer(r"<w:tblGrid>(.*?)</w:tblGrid>", x, re.S))
    if not grids:
        return None
    m = rng.choice(grids)
    r = rng.randrange(3)
    if r == 0:
        n = rng.choice((0, 1, 5000, 20000, 100000))
        inner = '<w:gridCol w:w="1"/>' * n
        how = f"count {n}"
    elif r == 1:
        v = rng.choice(BIG_INTS)
        inner = re.sub(r'w:w="[^"]*"', f'w:w="{v}"', m.group(1))
        how = f"w={v!r}"
    else:
        inner = m.group(1) * rng.choice((2, 100, 2000))
        how = "repeated"
    return x[:m.start(1)] + inner + x[m.end(1):], f"xml.gridCol:{how}"


def x_vmerge(rng, x: str, name: str):
    r = rng.randrange(3)
    if r == 0:
        pr = list(re.finditer(r"<w:tcPr>", x))
        if not pr:
            return None
        for m in sorted(rng.sample(pr, min(len(pr), rng.choice((1, 10, 1000)))), key=lambda m: m.start(), reverse=True):
            x = x[:m.end()] + rng.choice(('<w:vMerge/>', '<w:vMerge w:val="restart"/>', '<w:vMerge w:val="bogus"/>')) + x[m.end():]
        return x, "xml.vMerge:add"
    if r == 1:
        return x.replace('w:val="restart"', 'w:val="continue"'), "xml.vMerge:no restart"
    return re.sub(r"<w:vMerge/>", '<w:vMerge w:val="restart"/>', x), "xml.vMerge:all restart"


def x_rows(rng, x: str, name: str):
    rows = list(re.finditer(r"<w:tr[ >].*?</w:tr>", x, re.S)) or list(re.finditer(r"<row[ >].*?</row>", x, re.S))
    if not rows:
        return None
    m = rng.choice(rows)
    n = rng.choice((10, 500, 5000))
    return x[:m.end()] + m.group() * n + x[m.end():], f"xml.rows:x{n}"


def x_nest(rng, x: str, name: str):
    m = re.search(r"<w:body>", x)
    if not m:
        return None
    depth = rng.choice((50, 300, 3000))
    inner = "<w:tbl><w:tr><w:tc>" * depth + "<w:p><w:r><w:t>1</w:t></w:r></w:p>" + "</w:tc></w:tr></w:tbl>" * depth
    return x[:m.end()] + inner + x[m.end():], f"xml.nest:{depth}"


MERGE_REFS = ["A1:XFD1048576", "A1:A1048576", "A1:XFD1", "B2:A1", "A1", "ZZZ1:A", "A0:B0", "XFD1048576:XFD1048576",
              "A1:XFE1", "$A$1:$C$3", "A1:C3 D4:E5", "", "AAAAAAA1:B2", "A-1:B2"]


def x_merge(rng, x: str, name: str):
    r = rng.random()
    if r < 0.2:
        n = rng.choice((100, 5000))
        cells = "".join(f'<mergeCell ref="A1:C{i % 50 + 1}"/>' for i in range(n))
        how = f"overlapping x{n}"
    else:
        ref = rng.choice(MERGE_REFS)
        cells = f'<mergeCell ref="{ref}"/>'
        how = ref
    if "<mergeCells" in x and rng.random() < 0.7:
        x = re.sub(r"(<mergeCells[^>]*>)", lambda m: m.group(1) + cells, x, count=1)
    elif "</sheetData>" in x:
        x = x.replace("</sheetData>", f'</sheetData><mergeCells count="1">{cells}</mergeCells>', 1)
    else:
        return None
    return x, f"xml.mergeCell:{how}"


CELL_REFS = ["XFD1048576", "A1048577", "XFE1", "AAAA1", "A0", "1A", "", "a1", "A01", "A1" * 20, "Z2147483648"]


def x_cellref(rng, x: str, name: str):
    r = rng.randrange(4)
    if r == 0:
        cs = list(re.finditer(r'(<c r=")([^"]*)(")', x))
        if not cs:
            return None
        ref = rng.choice(CELL_REFS)
        for m in sorted(rng.sample(cs, min(len(cs), rng.choice((1, 1, 10)))), key=lambda m: m.start(), reverse=True):
            x = x[:m.start(2)] + ref + x[m.end(2):]
        return x, f"xml.cell r={ref[:12]!r}"
    if r == 1:
        rs = list(re.finditer(r'(<row r=")([^"]*)(")', x))
        if not rs:
            return None
        m = rng.choice(rs)
        v = rng.choice(("1048576", "2147483648", "-1", "0", "99999999999", "1"))
        return x[:m.start(2)] + v + x[m.end(2):], f"xml.row r={v}"
    if r == 2:
        ref = rng.choice(MERGE_REFS)
        if "<dimension" in x:
            return re.sub(r'<dimension ref="[^"]*"', f'<dimension ref="{ref}"', x, count=1), f"xml.dimension={ref}"
        return None
    if "</sheetData>" not in x:
        return None
    cell = f'<row r="1048576"><c r="{rng.choice(("XFD1048576", "A1048576", "XFD1"))}" t="inlineStr"><is><t>合计</t></is></c></row>'
    return x.replace("</sheetData>", cell + "</sheetData>", 1), "xml.far cell"


NUM_VALUES = ["1e308", "1E+400", "-1E+400", "NaN", "nan", "inf", "-0", "1e-400", "1" * 44, "", "abc", "0x10", "1,2,3.4.5",
              "1.7976931348623157e308", "-1e308", "9" * 400, "１２"]


def x_numval(rng, x: str, name: str):
    r = rng.randrange(4)
    if r < 2:
        vs = [m for m in re.finditer(r"(<c ([^>]*)>\s*<v>)([^<]*)(</v>)", x)
              if "t=" not in m.group(2) or 't="n"' in m.group(2)]
        if not vs:
            return None
        v = rng.choice(NUM_VALUES)
        k = rng.choice((1, 1, 5, 50))
        for m in sorted(rng.sample(vs, min(len(vs), k)), key=lambda m: m.start(), reverse=True):
            x = x[:m.start(3)] + v + x[m.end(3):]
        return x, f"xml.v={v[:12]!r} x{k}"
    if r == 2:
        ss = list(re.finditer(r'(<c [^>]*t="s"[^>]*>\s*<v>)([^<]*)(</v>)', x))
        if not ss:
            return None
        m = rng.choice(ss)
        v = rng.choice(("999999", "-1", "1.5", "abc", "4294967296"))
        return x[:m.start(2)] + v + x[m.end(2):], f"xml.shared index={v}"
    cs = list(re.finditer(r'<c r="[^"]*"', x))
    if not cs:
        return None
    m = rng.choice(cs)
    t, v = rng.choice((("b", "2"), ("e", "#DIV/0!"), ("d", "2024-13-45T99:99"), ("n", "abc"), ("str", ""), ("zz", "1")))
    tail = x[m.end():]
    # replace the cell's type and value when it has a <v>, else add both
    close = tail.find("</c>")
    end = tail.find("/>")
    if 0 <= end < (close if close >= 0 else len(tail)) and tail[:end].count(">") == 0:
        new = f'{m.group()} t="{t}"><v>{v}</v></c>'
        return x[:m.start()] + new + tail[end + 2:], f"xml.cell t={t}"
    if close < 0:
        return None
    body = re.sub(r'\s*t="[^"]*"', "", tail[:close])
    body = re.sub(r"<v>[^<]*</v>", f"<v>{v}</v>", body)
    return x[:m.start()] + m.group() + f' t="{t}"' + body + tail[close:], f"xml.cell t={t}"


def x_attrnum(rng, x: str, name: str):
    ats = list(re.finditer(r'(\s[\w:]+=")(-?\d+)(")', x))
    if not ats:
        return None
    m = rng.choice(ats)
    v = rng.choice(BIG_INTS)
    return x[:m.start(2)] + v + x[m.end(2):], f"xml.attr {m.group(1).strip()}{v!r}"


# --- PDF


def _streams(d: bytes) -> list[tuple[int, int]]:
    spans = []
    for m in re.finditer(rb"stream\r?\n", d):
        if d[max(0, m.start() - 3):m.start()] == b"end":
            continue
        end = d.find(b"endstream", m.end())
        if end > m.end():
            spans.append((m.end(), end))
    return spans


def p_streamflip(rng, d: bytes) -> Mutation:
    spans = _streams(d)
    if not spans:
        return None
    a, b = rng.choice(spans)
    buf = bytearray(d)
    n = rng.choice((1, 4, 16))
    for _ in range(n):
        i = rng.randrange(a, b)
        buf[i] ^= 1 << rng.randrange(8)
    return bytes(buf), f"pdf.streamflip{n}@{a}"


PDF_NUMS = [b"1e308", b"99999999999999999999", b"-0", b"NaN", b"1E+400", b"-99999999", b"0.000000000001", b"1" * 44]


def p_streamedit(rng, d: bytes) -> Mutation:
    spans = _streams(d)
    rng.shuffle(spans)
    for a, b in spans[:20]:
        raw = d[a:b].rstrip(b"\r\n")
        try:
            content = zlib.decompress(raw)
        except zlib.error:
            continue
        r = rng.randrange(4)
        if r == 0:
            toks = list(re.finditer(rb"-?\d+\.?\d*", content))
            if not toks:
                continue
            for m in sorted(rng.sample(toks, min(len(toks), rng.choice((1, 10, 100)))), key=lambda m: m.start(), reverse=True):
                content = content[:m.start()] + rng.choice(PDF_NUMS) + content[m.end():]
            how = "numbers"
        elif r == 1:
            content = content[: rng.randrange(len(content) + 1)]
            how = "truncate"
        elif r == 2:
            content = content + b"\n" + rng.choice((b"q ", b"[", b"<<", b"BT ", b"(")) * rng.choice((1000, 50000))
            how = "deep"
        else:
            i = _pos(rng, len(content))
            content = content[:i] + rng.randbytes(rng.randint(1, 64)) + content[i:]
            how = "garbage"
        new = zlib.compress(content)
        out = d[:a] + new + b"\n" + d[b:]
        head = out[max(0, a - 400):a]
        lm = list(re.finditer(rb"/Length\s+(\d+)(?!\s+\d+\s+R)", head))
        if lm:
            m = lm[-1]
            s = max(0, a - 400) + m.start(1)
            out = out[:s] + str(len(new)).encode() + out[s + len(m.group(1)):]
        return out, f"pdf.streamedit:{how}@{a}"
    return None


def _sub_one(rng, pattern: bytes, d: bytes, values: list[bytes], group: int = 1) -> tuple[bytes, bytes] | None:
    ms = list(re.finditer(pattern, d))
    if not ms:
        return None
    m = rng.choice(ms)
    v = rng.choice(values)
    return d[:m.start(group)] + v + d[m.end(group):], v


def p_count(rng, d: bytes) -> Mutation:
    r = _sub_one(rng, rb"/Count\s+(-?\d+)", d, [b"2000000000", b"-1", b"0", b"99999999999999999999", b"1.5", b"100000"])
    return (r[0], f"pdf.count={r[1].decode()}") if r else None


def p_xref(rng, d: bytes) -> Mutation:
    i = d.rfind(b"xref")
    j = d.rfind(b"%%EOF")
    r = rng.randrange(4)
    if r == 0 and 0 <= i < j:
        tail = d[i:j + 5]
        return d + b"\n" + tail, "pdf.xref:duplicate tail"
    if r == 1 and 0 <= i:
        off = len(d) + 1
        upd = (b"\nxref\n0 1\n0000000000 65535 f \ntrailer\n<< /Size 1 /Prev %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (off, off))
        return d + upd, "pdf.xref:prev loop"
    if r == 2 and 0 <= i < j:
        tail = d[i:j + 5]
        return d[:i] + tail + b"\n" + d[i:], "pdf.xref:duplicate inside"
    ent = list(re.finditer(rb"(\d{10}) (\d{5}) n", d))
    if not ent:
        return None
    m = rng.choice(ent)
    v = rng.choice((b"9999999999", b"0000000000", b"%010d" % rng.randrange(len(d))))
    return d[:m.start(1)] + v + d[m.end(1):], "pdf.xref:bad entry"


def p_startxref(rng, d: bytes) -> Mutation:
    r = _sub_one(rng, rb"startxref\s+(\d+)", d, [b"0", b"99999999999", b"-1", b"abc", str(len(d) // 2).encode()])
    return (r[0], f"pdf.startxref={r[1].decode()}") if r else None


def p_length(rng, d: bytes) -> Mutation:
    r = _sub_one(rng, rb"/Length\s+(\d+)(?!\s+\d+\s+R)", d, [b"0", b"99999999999", b"-1", b"1", b"2147483648"])
    return (r[0], f"pdf.length={r[1].decode()}") if r else None


def p_ref(rng, d: bytes) -> Mutation:
    r = _sub_one(rng, rb"(\d+) 0 R", d, [b"999999", b"0", b"1", b"2", b"-5", b"4294967296"])
    return (r[0], f"pdf.ref={r[1].decode()}") if r else None


def p_mediabox(rng, d: bytes) -> Mutation:
    r = _sub_one(rng, rb"/MediaBox\s*(\[[^\]]*\])", d,
                 [b"[0 0 1e308 1e308]", b"[0 0 0 0]", b"[0 0 -1 NaN]", b"[]", b"[0 0 99999999999 1]", b"[1 2]"])
    return (r[0], f"pdf.mediabox={r[1].decode()}") if r else None


def p_kids(rng, d: bytes) -> Mutation:
    m = re.search(rb"/Kids\s*\[([^\]]*)\]", d)
    if not m or not m.group(1).strip():
        return None
    n = rng.choice((10, 1000, 50000))
    return d[:m.start(1)] + (m.group(1) + b" ") * n + d[m.end(1):], f"pdf.kids x{n}"


# --- OLE (.xls)

OLE_FIELDS = [(0x1A, 2), (0x1C, 2), (0x1E, 2), (0x20, 2), (0x2C, 4), (0x30, 4), (0x38, 4), (0x3C, 4), (0x40, 4),
              (0x44, 4), (0x48, 4)]


def o_header(rng, d: bytes) -> Mutation:
    if len(d) < 512:
        return None
    off, size = rng.choice(OLE_FIELDS)
    v = rng.choice((0, 1, 0xFFFF, 0xFFFFFFFE, 0xFFFFFFFF, 0x7FFFFFFF, 12, 20, rng.getrandbits(8 * size)))
    v &= (1 << (8 * size)) - 1
    return d[:off] + v.to_bytes(size, "little") + d[off + size:], f"ole.header@{off:#x}={v:#x}"


def o_difat(rng, d: bytes) -> Mutation:
    if len(d) < 512:
        return None
    i = rng.randrange(0x4C, 0x200, 4)
    v = rng.choice((0, 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, rng.getrandbits(32), len(d) // 512 + 5))
    return d[:i] + v.to_bytes(4, "little") + d[i + 4:], f"ole.difat@{i:#x}={v:#x}"


BYTES = [("flip", m_flip, 2.0), ("overwrite", m_randbytes, 1.0), ("insert", m_insert, 1.0), ("delete", m_delete, 1.0),
         ("truncate", m_truncate, 1.5), ("dupchunk", m_dupchunk, 0.5)]
ZIP = [("z_damage", _zip_op(z_damage), 2.0), ("z_remove", _zip_op(z_remove), 1.0), ("z_dupname", _zip_op(z_dupname), 1.0),
       ("z_badname", _zip_op(z_badname), 1.0), ("z_sizes", _zip_op(z_sizes), 1.0), ("z_method", _zip_op(z_method), 0.5),
       ("z_bomb", _zip_op(z_bomb), 0.3), ("x_unclosed", _xml_op(x_unclosed, t_any), 1.0),
       ("x_doctype", _xml_op(x_doctype, t_any), 1.5), ("x_text", _xml_op(x_text, t_text), 5.0),
       ("x_attrnum", _xml_op(x_attrnum, t_any), 1.0), ("x_rows", _xml_op(x_rows, t_any), 0.5)]
MUTATORS: dict[str, list[tuple[str, Callable, float]]] = {
    "txt": [("s_numbers", _text_op(s_numbers), 3.0), ("s_markup", _text_op(s_markup), 3.0),
            ("s_labels", _text_op(s_labels), 2.0), ("s_lines", _text_op(s_lines), 2.0), ("encoding", m_encoding, 2.0),
            ("s_repeat", _text_op(s_repeat), 0.4), ("s_longline", _text_op(s_longline), 0.4)]
    + [(n, f, w / 2) for n, f, w in BYTES],
    "docx": ZIP + [("x_gridspan", _xml_op(x_gridspan, t_document), 1.5), ("x_gridcol", _xml_op(x_gridcol, t_document), 1.0),
                   ("x_vmerge", _xml_op(x_vmerge, t_document), 1.0), ("x_nest", _xml_op(x_nest, t_document), 0.4)]
    + [(n, f, w / 3) for n, f, w in BYTES],
    "xlsx": ZIP + [("x_merge", _xml_op(x_merge, t_sheet), 1.5), ("x_cellref", _xml_op(x_cellref, t_sheet), 1.5),
                   ("x_numval", _xml_op(x_numval, t_sheet), 2.5)] + [(n, f, w / 3) for n, f, w in BYTES],
    "pdf": [("p_streamflip", p_streamflip, 2.0), ("p_streamedit", p_streamedit, 2.0), ("p_count", p_count, 1.0),
            ("p_xref", p_xref, 1.0), ("p_startxref", p_startxref, 1.0), ("p_length", p_length, 1.0),
            ("p_ref", p_ref, 1.0), ("p_mediabox", p_mediabox, 0.5), ("p_kids", p_kids, 0.5)] + BYTES,
    "xls": [("o_header", o_header, 2.0), ("o_difat", o_difat, 1.0)] + BYTES,
}


@dataclass
class Sample:
    seed: int
    index: int
    entry: str
    fmt: str
    ext: str
    data: bytes
    ops: list[str]
    writers: bool

    def describe(self) -> str:
        return f"{self.entry} -> {self.ext or '(no ext)'} [{'; '.join(self.ops)}]{' +writers' if self.writers else ''}"


def make_input(corpus: Corpus, seed: int, index: int, writers_every: int = 10) -> Sample:
    """Input ``index`` of campaign ``seed``: a corpus file, mutated, with an extension."""
    rng = random.Random(f"jixiao-fuzz:{seed}:{index}")
    fmt = rng.choices(corpus.formats, [FORMAT_WEIGHTS[f] for f in corpus.formats])[0]
    pool = corpus.by_fmt[fmt]
    entry = rng.choices(pool, [e.weight for e in pool])[0]
    data = corpus.blobs[entry.name]
    ops: list[str] = []
    if rng.random() < 0.03:
        ops.append("unmutated")
    else:
        table = MUTATORS[fmt]
        for _ in range(rng.choice((1, 1, 1, 2, 2, 3))):
            name, fn, _w = rng.choices(table, [t[2] for t in table])[0]
            try:
                out = fn(rng, data)
            except Exception as e:  # a harness bug: say so in the description, go on with bytes
                ops.append(f"!{name}:{type(e).__name__}")
                out = None
            if out is None:
                name, fn, _w = rng.choices(BYTES, [t[2] for t in BYTES])[0]
                out = fn(rng, data) or (data + b"\x00", "append-nul")
            data, desc = out
            ops.append(desc)
            if len(data) > MAX_INPUT_BYTES:
                data = data[:MAX_INPUT_BYTES]
                ops.append("capped")
    ext = EXTENSIONS[fmt] if rng.random() < 0.85 else rng.choice(WRONG_EXTENSIONS)
    w = writers_every > 0 and random.Random(f"jixiao-fuzz:{seed}:{index}:writers").randrange(writers_every) == 0
    return Sample(seed, index, entry.name, fmt, ext, data, ops, w)


# ----------------------------------------------------------------------------- running one input

_PKG_DIR: Path | None = None


def _pkg_dir() -> Path:
    global _PKG_DIR
    if _PKG_DIR is None:
        import jixiao

        _PKG_DIR = Path(jixiao.__file__).resolve().parent
    return _PKG_DIR


def _short(filename: str) -> str:
    p = filename.replace("\\", "/")
    for marker in ("site-packages/", "dist-packages/"):
        if marker in p:
            return p.split(marker, 1)[1]
    m = re.search(r"/lib/python3\.\d+/(.*)", p)
    if m:
        return "stdlib/" + m.group(1)
    return Path(p).name


def one_line(s: str, n: int = 200) -> str:
    return " ".join(str(s).split())[:n]


def crash_record(e: BaseException, stage: str, fallback_place: str | None = None, note: str = "") -> dict:
    """The crash's place (type + innermost jixiao frame + library frame it came from) and text."""
    kind = type(e).__name__
    frames = traceback.extract_tb(e.__traceback__) if e.__traceback__ else []
    root = _pkg_dir()
    jx = None
    for fs in frames:
        try:
            rel = Path(fs.filename).resolve().relative_to(root)
        except ValueError:
            continue
        jx = f"{rel.as_posix()}:{fs.lineno} {fs.name}"
    lib = ""
    if frames:
        last = frames[-1]
        try:
            Path(last.filename).resolve().relative_to(root)
        except ValueError:
            lib = f"{_short(last.filename)} {last.name}"
    place = jx or fallback_place or "?"
    key = f"{kind} @ {place}" + (f" via {lib}" if lib else "")
    tb = "".join(traceback.format_exception(type(e), e, e.__traceback__))
    return {"key": key, "kind": kind, "place": place, "lib": lib, "stage": stage,
            "message": one_line(f"{note}{kind}: {e}"), "traceback": tb[-8000:]}


_PLACE_IN_MESSAGE = re.compile(r"（([^（）]+\.py:\d+ [^（）]+)）")


def _internal_finding(pkg, f) -> dict:
    """An INTERNAL-<rule> finding: re-run the rule with the boundary's debug switch on to get
    the original exception; else take type and place from the finding's text."""
    rid = f.rule.split("-", 1)[1] if "-" in f.rule else f.rule
    try:
        from jixiao import boundary
        from jixiao.checks import RULES

        rule = RULES.get(rid)
        if rule is not None:
            boundary.set_debug(True)
            try:
                rule.fn(pkg)
            except Exception as e:
                return crash_record(e, f"check:{rid}", note=f"[{f.rule}] ")
            finally:
                boundary.set_debug(False)
    except ImportError:
        pass
    m = _PLACE_IN_MESSAGE.search(f.message)
    kind = getattr(f, "actual", None) or "?"
    place = m.group(1) if m else "?"
    return {"key": f"{kind} @ {place}", "kind": str(kind), "place": place, "lib": "", "stage": f"check:{rid}",
            "message": one_line(f"[{f.rule}] {f.message}"), "traceback": ""}


class _Memory(Exception):
    pass


def run_path(path: Path, writers: bool = False) -> dict:
    """Run one file through the pipeline as the CLI does; the outcome and its crash records."""
    from jixiao.pipeline import load
    from jixiao.readers import ReadError

    crashes: list[dict] = []
    times: dict[str, float] = {}
    t0 = time.perf_counter()
    try:
        pkg = load(path)
    except MemoryError:
        return {"outcome": "memory", "note": "MemoryError in load"}
    except ReadError as e:
        ctx = e.__context__
        if type(e).__name__ == "InternalError":
            orig = getattr(e, "original", None) or e.__cause__ or e
            if isinstance(orig, MemoryError):
                return {"outcome": "memory", "note": "MemoryError in load (InternalError)"}
            rec = crash_record(orig, f"load:{getattr(e, 'stage', '?')}", fallback_place=getattr(e, "place", None))
            return {"outcome": "crash", "crashes": [rec]}
        if isinstance(ctx, MemoryError) or isinstance(e.__cause__, MemoryError):
            return {"outcome": "memory", "note": one_line(str(e))}
        text = str(e)
        if len(text.splitlines()) != 1:
            rec = crash_record(e, "load", note="multi-line error: ")
            rec["kind"] = "MultiLineReadError"
            rec["key"] = "MultiLineReadError @ " + rec["place"]
            rec["message"] = one_line(repr(text), 200)
            return {"outcome": "crash", "crashes": [rec]}
        reason = getattr(e, "reason", text)
        return {"outcome": "read_error", "reason": one_line(reason, 300),
                "recursion": isinstance(ctx, RecursionError)}
    except Exception as e:
        return {"outcome": "crash", "crashes": [crash_record(e, "load")]}

    times["load"] = time.perf_counter() - t0

    def stage(name: str, fn: Callable[[], Any]) -> Any:
        t = time.perf_counter()
        try:
            return fn()
        except MemoryError:
            raise _Memory(name) from None
        except Exception as e:
            if not _limit_error(e):  # a limit met in a writer is its one-line error, as in the CLI
                crashes.append(crash_record(e, name))
            return None
        finally:
            times[name] = time.perf_counter() - t

    try:
        from jixiao.checks import check

        findings = stage("check", lambda: check(pkg))
        for f in findings or []:
            if f.rule.startswith("INTERNAL"):
                if getattr(f, "actual", None) == "MemoryError":
                    raise _Memory(f.rule)
                crashes.append(_internal_finding(pkg, f))
        from jixiao.scoring import score_package

        scored = stage("score", lambda: score_package(pkg))
        stage("render:check", lambda: _render_check(pkg, findings or []))
        if scored is not None:
            stage("render:score", lambda: _render_score(scored))
        stage("render:read-json", lambda: json.dumps(pkg.model_dump(mode="json"), ensure_ascii=False))
        if writers:
            _run_writers(pkg, findings or [], scored, stage)
    except _Memory as m:
        return {"outcome": "memory", "note": f"MemoryError in {m}", "crashes": crashes, "stages": times}
    return {"outcome": "crash" if crashes else "ok", "crashes": crashes, "stages": times}


def _render_check(pkg, findings) -> str:
    from rich.console import Console

    from jixiao.checks.render import CheckOutput, print_review, review

    r = review(pkg, findings)
    buf = io.StringIO()
    console = Console(file=buf, soft_wrap=True, width=120, force_terminal=True, color_system="standard")
    print_review(r, console, show_info=True)
    CheckOutput(reviews=[r]).model_dump_json(indent=1, by_alias=True)
    return buf.getvalue()


def _render_score(scored) -> str:
    from rich.console import Console

    from jixiao.scoring.report import ScoreReport

    json.dumps(ScoreReport(packages=[scored]).model_dump(mode="json", by_alias=True), ensure_ascii=False)
    try:
        from jixiao.cli_score import _package_lines
    except ImportError:
        return ""
    buf = io.StringIO()
    console = Console(file=buf, width=120, force_terminal=True, color_system="standard")
    for line in _package_lines(scored, True):
        console.print(line, soft_wrap=True)
    return buf.getvalue()


def _limit_error(e: Exception) -> bool:
    """A one-line ReadError of jixiao's own (a limit such as output.forms), not an internal one."""
    from jixiao.boundary import InternalError
    from jixiao.readers import ReadError

    return isinstance(e, ReadError) and not isinstance(e, InternalError) and "\n" not in str(e)


def _run_writers(pkg, findings, scored, stage) -> None:
    from jixiao import writers as w
    from jixiao.scoring import detect

    det = stage("write:detect", lambda: detect(pkg))
    rules = det[0] if det else None
    stage("write:report_docx", lambda: w.report_docx(pkg, rules, None))
    stage("write:forms_docx", lambda: w.forms_docx(pkg, None))
    stage("write:forms_xlsx", lambda: w.forms_xlsx(pkg, None))
    if scored is not None:
        stage("write:review_html", lambda: w.review_html([w.review_data(pkg, findings, scored, rules)], None))
        fixed = stage("write:corrected", lambda: w.corrected_package(pkg, rules, scored))
        if fixed is not None:
            body, marks = fixed
            stage("write:corrected_forms", lambda: w.forms_xlsx(body, None, marks, "说明：更正数。"))
            stage("write:corrected_report", lambda: w.report_docx(body, rules, None))


# ----------------------------------------------------------------------------- worker process


def _status(field_name: str) -> int:
    """A field of /proc/self/status in bytes (0 where there is none)."""
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith(field_name + ":"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def _reset_hwm() -> bool:
    try:
        with open("/proc/self/clear_refs", "w") as fh:
            fh.write("5")
        return True
    except OSError:
        return False


def _rss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm", "rb") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def _warm_up(corpus: Corpus, work: Path) -> None:
    """Import every reader and writer and run the example once, so per-input figures
    measure the input, not first-time imports and caches."""
    import importlib

    for mod in ("jixiao.readers.docx", "jixiao.readers.pdf", "jixiao.readers.xlsx", "jixiao.writers"):
        importlib.import_module(mod)

    for fmt in ("txt", "docx", "xlsx"):
        for e in corpus.by_fmt.get(fmt, [])[:1]:
            p = work / f"warm{EXTENSIONS[fmt]}"
            p.write_bytes(corpus.blobs[e.name])
            try:
                run_path(p, writers=(fmt == "txt"))
            except Exception:
                pass
            p.unlink(missing_ok=True)


def _worker_main(conn, manifest: list[dict], opts: dict) -> None:
    try:
        os.environ.pop("JIXIAO_DEBUG", None)
        corpus = Corpus([Entry(**e) for e in manifest])
        work = Path(tempfile.mkdtemp(prefix="w", dir=opts["tmp"]))
        _warm_up(corpus, work)
        base = _status("VmSize")
        if opts.get("rlimit", True) and base:
            limit = base + int(opts["mem_mb"] * 1.5 * 2**20)
            _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
            if hard == resource.RLIM_INFINITY or hard > limit:
                resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
        exact = _reset_hwm()
        conn.send(("ready", os.getpid(), exact, _status("VmRSS")))
    except BaseException:
        conn.send(("failed", traceback.format_exc()))
        return
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        seed, index = task
        _reset_hwm()
        t0 = time.perf_counter()
        p = None
        try:
            s = make_input(corpus, seed, index, opts["writers_every"])
            p = work / f"fuzz-{seed}-{index}{s.ext}"
            p.write_bytes(s.data)
            info = {"entry": s.entry, "fmt": s.fmt, "ext": s.ext, "size": len(s.data), "ops": s.ops, "writers": s.writers}
            del s
            res = run_path(p, info["writers"])
        except MemoryError:
            res, info = {"outcome": "memory", "note": "MemoryError"}, {}
        except BaseException as e:  # a harness failure: report it as a crash of the harness
            res, info = {"outcome": "crash", "crashes": [crash_record(e, "harness")]}, {}
        finally:
            if p is not None:
                try:
                    p.unlink(missing_ok=True)
                except OSError:
                    pass
        res.update(info)
        res.update(seed=seed, index=index, seconds=time.perf_counter() - t0, hwm=_status("VmHWM"))
        try:
            conn.send(("done", res))
        except Exception as e:
            conn.send(("done", {"seed": seed, "index": index, "outcome": "crash", "seconds": 0, "hwm": 0,
                                "crashes": [crash_record(e, "harness:send")]}))


@dataclass
class _Slot:
    proc: Any
    conn: Any
    state: str = "starting"  # starting | idle | busy
    task: tuple[int, int] | None = None
    started: float = 0.0
    born: float = field(default_factory=time.monotonic)
    done: int = 0
    peak: int = 0


class Pool:
    """Worker processes fed with (seed, index); a worker past the wall time or memory
    ceiling is killed and replaced, as is one that dies."""

    def __init__(self, workers: int, manifest: list[dict], opts: dict):
        self.n = workers
        self.manifest = manifest
        self.opts = opts
        self.ctx = mp.get_context("spawn")
        self.exact_hwm = True
        self.restarts = Counter()

    def _start(self) -> _Slot:
        parent, child = self.ctx.Pipe()
        proc = self.ctx.Process(target=_worker_main, args=(child, self.manifest, self.opts), daemon=True)
        proc.start()
        child.close()
        return _Slot(proc, parent)

    @staticmethod
    def _kill(s: _Slot) -> None:
        try:
            if s.proc.is_alive():
                s.proc.kill()
            s.proc.join(5)
        except Exception:
            pass
        try:
            s.conn.close()
        except Exception:
            pass

    def run(self, seed: int, indices: list[int], on_result: Callable[[dict], None]) -> None:
        timeout = self.opts["timeout"]
        ceiling = self.opts["mem_mb"] << 20
        recycle = self.opts.get("recycle", 0)
        pending = deque(indices)
        slots = [self._start() for _ in range(min(self.n, max(1, len(indices))))]
        try:
            while pending or any(s.state == "busy" for s in slots):
                for s in slots:
                    if s.state == "idle" and pending:
                        s.task = (seed, pending.popleft())
                        s.conn.send(s.task)
                        s.state, s.started, s.peak = "busy", time.monotonic(), 0
                live = [s for s in slots if s.state in ("starting", "busy")]
                if not live:
                    raise RuntimeError("no live workers")
                ready = wait([s.conn for s in live], timeout=POLL)
                by_conn = {id(s.conn): s for s in live}
                for c in ready:
                    s = by_conn[id(c)]
                    try:
                        msg = c.recv()
                    except (EOFError, OSError):
                        self._replace(slots, s, on_result, "died")
                        continue
                    if msg[0] == "ready":
                        s.state = "idle"
                        self.exact_hwm &= bool(msg[2])
                    elif msg[0] == "failed":
                        raise RuntimeError("worker failed to start:\n" + msg[1])
                    elif msg[0] == "done":
                        res = msg[1]
                        res["peak_rss_polled"] = s.peak
                        if res.get("outcome") != "memory" and max(res.get("hwm", 0), s.peak) > ceiling:
                            res["outcome"] = "memory"
                            res["note"] = f"peak RSS {max(res.get('hwm', 0), s.peak) >> 20} MiB"
                        s.state, s.task = "idle", None
                        s.done += 1
                        on_result(res)
                        if res["outcome"] == "memory" or (recycle and s.done >= recycle):
                            self._replace(slots, s, on_result, None)
                now = time.monotonic()
                for s in list(slots):
                    if s.state == "busy":
                        rss = _rss(s.proc.pid)
                        s.peak = max(s.peak, rss)
                        if rss > ceiling:
                            self._replace(slots, s, on_result, "memory")
                        elif now - s.started > timeout:
                            self._replace(slots, s, on_result, "hang")
                        elif not s.proc.is_alive() and not s.conn.poll():
                            self._replace(slots, s, on_result, "died")
                    elif s.state == "starting" and now - s.born > START_TIMEOUT:
                        raise RuntimeError(f"a worker did not start within {START_TIMEOUT:.0f} s")
        finally:
            for s in slots:
                try:
                    if s.proc.is_alive() and s.state == "idle":
                        s.conn.send(None)
                except Exception:
                    pass
            for s in slots:
                s.proc.join(2)
                self._kill(s)

    def _replace(self, slots: list[_Slot], s: _Slot, on_result, why: str | None) -> None:
        task, started, peak = s.task, s.started, s.peak
        self._kill(s)
        exitcode = s.proc.exitcode
        slots[slots.index(s)] = self._start()
        self.restarts[why or "recycle"] += 1
        if why is None or task is None:
            return
        seed, index = task
        res = {"seed": seed, "index": index, "seconds": time.monotonic() - started, "hwm": peak,
               "peak_rss_polled": peak}
        if why == "hang":
            res["outcome"] = "hang"
        elif why == "memory":
            res.update(outcome="memory", note=f"RSS {peak >> 20} MiB over the ceiling (killed)")
        else:
            sig = f"signal {-exitcode}" if exitcode is not None and exitcode < 0 else f"exit {exitcode}"
            res.update(outcome="crash", crashes=[{"key": f"WorkerDied @ {sig}", "kind": "WorkerDied", "place": sig,
                                                   "lib": "", "stage": "?", "message": f"worker process died ({sig})",
                                                   "traceback": ""}])
        on_result(res)


# ----------------------------------------------------------------------------- campaigns


def snapshot_src(tmp: Path) -> Path:
    """Copy the jixiao package into ``tmp`` and put it first on ``sys.path``, which the spawned
    workers inherit: every worker of the run, restarted or recycled, runs the code the recorded
    digest names, even while src/ is edited during a long campaign."""
    import shutil

    snap = tmp / "src"
    shutil.copytree(_pkg_dir(), snap / "jixiao", ignore=shutil.ignore_patterns("__pycache__"))
    sys.path.insert(0, str(snap))
    return snap / "jixiao"


def src_digest() -> str:
    h = hashlib.sha256()
    root = _pkg_dir()
    for p in sorted(root.rglob("*")):
        if p.is_file() and p.suffix in (".py", ".toml", ".j2", ".html", ".json") and "__pycache__" not in p.parts:
            h.update(p.relative_to(root).as_posix().encode())
            h.update(p.read_bytes())
    return h.hexdigest()[:12]


@dataclass
class Summary:
    seed: int
    offset: int
    count: int
    workers: int
    timeout: float
    mem_mb: int
    formats: list[str]
    corpus: str = ""
    corpus_digest: str = ""
    src: str = ""
    seconds: float = 0.0
    build_seconds: float = 0.0
    inputs: int = 0
    outcomes: dict[str, int] = field(default_factory=lambda: {o: 0 for o in OUTCOMES})
    by_format: dict[str, dict[str, int]] = field(default_factory=dict)
    crashes: dict[str, dict] = field(default_factory=dict)  # key -> count, inputs, first, message, stage
    hangs: list[list] = field(default_factory=list)  # [seed, index, description]
    memory: list[list] = field(default_factory=list)
    peak_rss: int = 0
    peak_at: list[int] = field(default_factory=list)
    exact_hwm: bool = True
    read_errors: dict[str, int] = field(default_factory=dict)
    recursion_errors: int = 0
    slowest: list[list] = field(default_factory=list)  # [seconds, seed, index, outcome]
    restarts: dict[str, int] = field(default_factory=dict)
    interrupted: bool = False
    time: str = ""

    @property
    def rate(self) -> float:
        return self.inputs / self.seconds if self.seconds else 0.0

    def add(self, res: dict) -> None:
        self.inputs += 1
        o = res["outcome"]
        self.outcomes[o] = self.outcomes.get(o, 0) + 1
        fmt = res.get("fmt", "?")
        self.by_format.setdefault(fmt, {x: 0 for x in OUTCOMES})
        self.by_format[fmt][o] = self.by_format[fmt].get(o, 0) + 1
        si = [res["seed"], res["index"]]
        seen = set()
        for c in res.get("crashes") or []:
            k = c["key"]
            g = self.crashes.setdefault(k, {"count": 0, "first": si, "message": c["message"], "stage": c["stage"],
                                            "kind": c["kind"], "place": c["place"], "lib": c.get("lib", "")})
            if k not in seen:
                g["count"] += 1
                seen.add(k)
            if si[1] < g["first"][1]:
                g.update(first=si, message=c["message"], stage=c["stage"])
        if o == "hang":
            self.hangs.append(si + [res.get("input", "")])
        elif o == "memory":
            self.memory.append(si + [res.get("note", ""), res.get("input", "")])
        elif o == "read_error":
            r = re.sub(r"\d+", "N", res.get("reason", ""))[:70]
            self.read_errors[r] = self.read_errors.get(r, 0) + 1
            self.recursion_errors += bool(res.get("recursion"))
        peak = max(res.get("hwm", 0), res.get("peak_rss_polled", 0))
        if peak > self.peak_rss:
            self.peak_rss, self.peak_at = peak, si
        self.slowest.append([round(res.get("seconds", 0.0), 2), res["seed"], res["index"], o])
        self.slowest = sorted(self.slowest, reverse=True)[:8]


def crash_lines(crashes: dict[str, dict], limit: int | None = None) -> list[str]:
    out = []
    items = sorted(crashes.items(), key=lambda kv: (-kv[1]["count"], kv[0]))
    for k, g in items[:limit]:
        s, i = g["first"]
        out.append(f"  {g['count']:>5}x  {k}\n         first ({s}, {i}) [{g['stage']}]  {g['message']}")
    return out


def report(sm: Summary, out: Path | None = None) -> str:
    lines = [f"jixiao fuzz: seed {sm.seed}, inputs {sm.offset}..{sm.offset + sm.count - 1}, workers {sm.workers}, "
             f"timeout {sm.timeout:g} s, memory ceiling {sm.mem_mb} MiB, formats {','.join(sm.formats)}",
             f"corpus: {sm.corpus} (built in {sm.build_seconds:.1f} s); src digest {sm.src}",
             f"ran {sm.inputs} inputs in {sm.seconds:.1f} s: {sm.rate:.1f} inputs/s"
             + ("  (INTERRUPTED)" if sm.interrupted else ""),
             "outcomes: " + ", ".join(f"{o} {sm.outcomes.get(o, 0)}" for o in OUTCOMES)]
    for fmt in sorted(sm.by_format):
        c = sm.by_format[fmt]
        lines.append(f"  {fmt:<5} " + ", ".join(f"{o} {c.get(o, 0)}" for o in OUTCOMES))
    lines.append(f"crashes by place: {len(sm.crashes)} distinct")
    lines += crash_lines(sm.crashes)
    lines.append(f"hangs (> {sm.timeout:g} s): {len(sm.hangs)}")
    lines += [f"  ({h[0]},{h[1]})  {h[2] if len(h) > 2 else ''}" for h in sm.hangs[:30]]
    lines.append(f"memory cases (> {sm.mem_mb} MiB or MemoryError): {len(sm.memory)}")
    lines += [f"  ({m[0]},{m[1]})  {m[2]}  {m[3] if len(m) > 3 else ''}" for m in sm.memory[:30]]
    mode = "per input (VmHWM reset before each input)" if sm.exact_hwm else "upper bound (worker lifetime VmHWM)"
    at = f" at ({sm.peak_at[0]},{sm.peak_at[1]})" if sm.peak_at else ""
    lines.append(f"peak RSS: {sm.peak_rss / 2**20:.0f} MiB{at}, {mode}")
    if sm.read_errors:
        top = sorted(sm.read_errors.items(), key=lambda kv: -kv[1])[:8]
        lines.append(f"read errors (top reasons; {sm.recursion_errors} were RecursionError):")
        lines += [f"  {n:>5}x  {r}" for r, n in top]
    if sm.slowest:
        lines.append("slowest: " + ", ".join(f"({s},{i}) {t:.1f}s {o}" for t, s, i, o in sm.slowest[:5]))
    if sm.restarts:
        lines.append("worker restarts: " + ", ".join(f"{k} {v}" for k, v in sorted(sm.restarts.items())))
    if out is not None:
        lines.append(f"reproducers: {out / 'crashes'}  (replay: python bench/fuzz.py --replay SEED INDEX"
                     f" --formats {','.join(sm.formats)})")
    return "\n".join(lines)


def _save_reproducers(out: Path, corpus: Corpus, sm: Summary, results: dict[str, dict], writers_every: int) -> int:
    """The first input of each place not yet recorded in ``out/crashes.jsonl`` (and each
    hang and memory case), with a JSON line describing it."""
    out.mkdir(parents=True, exist_ok=True)
    (out / "crashes").mkdir(exist_ok=True)
    log = out / "crashes.jsonl"
    known = set()
    if log.exists():
        for line in log.read_text(encoding="utf-8").splitlines():
            try:
                known.add(json.loads(line)["key"])
            except (ValueError, KeyError):
                pass
    saved = 0
    with log.open("a", encoding="utf-8") as fh:
        for key, rec in results.items():
            if key in known:
                continue
            s = make_input(corpus, rec["seed"], rec["index"], writers_every)
            h = hashlib.sha1(key.encode()).hexdigest()[:10]
            f = out / "crashes" / f"{h}-s{s.seed}-i{s.index}{s.ext or '.bin'}"
            f.write_bytes(s.data)
            line = {"key": key, "outcome": rec["outcome"], "seed": s.seed, "index": s.index, "file": str(f),
                    "input": s.describe(), "formats": sm.formats, "corpus_digest": corpus.digest, "src": sm.src,
                    "time": sm.time, **{k: rec.get(k) for k in ("kind", "place", "lib", "stage", "message", "note")
                                        if rec.get(k) is not None},
                    "traceback": rec.get("traceback", "")}
            fh.write(json.dumps(line, ensure_ascii=False) + "\n")
            saved += 1
    return saved


def campaign(seed: int = 1, count: int = 500, offset: int = 0, workers: int | None = None, timeout: float = 20.0,
             mem_mb: int = 1024, formats: set[str] | None = None, out: Path | None = DEFAULT_OUT,
             shared: Path | None = SHARED, real: bool = True, pdf_sources: int | None = None, writers_every: int = 10,
             recycle: int = 1000, quiet: bool = False, progress_every: float = 10.0) -> Summary:
    """Run inputs ``offset .. offset+count-1`` of campaign ``seed``; the summary (also
    appended to ``out/campaigns.jsonl`` when ``out`` is given)."""
    formats = set(formats or ALL_FORMATS)
    workers = workers or max(1, len(os.sched_getaffinity(0)))
    log = (lambda m: None) if quiet else (lambda m: print(m, file=sys.stderr, flush=True))
    sm = Summary(seed, offset, count, workers, timeout, mem_mb, [f for f in ALL_FORMATS if f in formats],
                 time=time.strftime("%Y-%m-%dT%H:%M:%S"))
    with tempfile.TemporaryDirectory(prefix="jixiao-fuzz-") as tmp:
        t0 = time.perf_counter()
        entries = build_corpus(Path(tmp) / "corpus", formats, shared, real, pdf_sources, log)
        corpus = Corpus(entries)
        if not corpus.formats:
            raise RuntimeError("empty corpus")
        sm.formats = corpus.formats
        sm.build_seconds = time.perf_counter() - t0
        snapshot_src(Path(tmp))
        sm.corpus, sm.corpus_digest, sm.src = corpus.describe(), corpus.digest, src_digest()
        log(f"corpus: {sm.corpus}; starting {workers} workers")
        opts = {"tmp": tmp, "mem_mb": mem_mb, "timeout": timeout, "writers_every": writers_every, "recycle": recycle}
        pool = Pool(workers, [asdict(e) for e in entries], opts)
        first: dict[str, dict] = {}
        last = [time.perf_counter()]

        def on_result(res: dict) -> None:
            if "fmt" not in res:  # a killed or dead worker: describe its input from here
                s = make_input(corpus, res["seed"], res["index"], writers_every)
                res.update(entry=s.entry, fmt=s.fmt, ext=s.ext, size=len(s.data), ops=s.ops, writers=s.writers,
                           input=s.describe())
            sm.add(res)
            si = (res["seed"], res["index"])
            for c in res.get("crashes") or []:
                if c["key"] not in first or si[1] < first[c["key"]]["index"]:
                    first[c["key"]] = {**c, "seed": si[0], "index": si[1], "outcome": "crash"}
            if res["outcome"] in ("hang", "memory"):
                key = f"{res['outcome']} s{si[0]} i{si[1]}"
                first[key] = {"seed": si[0], "index": si[1], "outcome": res["outcome"], "note": res.get("note", ""),
                              "message": f"{res['outcome']} after {res.get('seconds', 0):.1f} s"}
            now = time.perf_counter()
            if now - last[0] > progress_every:
                last[0] = now
                log(f"[{sm.inputs}/{count}] {sm.inputs / (now - t1):.1f}/s "
                    + " ".join(f"{o}={sm.outcomes.get(o, 0)}" for o in OUTCOMES) + f" places={len(sm.crashes)}")

        t1 = time.perf_counter()
        try:
            pool.run(seed, list(range(offset, offset + count)), on_result)
        except KeyboardInterrupt:
            sm.interrupted = True
        sm.seconds = time.perf_counter() - t1
        sm.exact_hwm = pool.exact_hwm
        sm.restarts = dict(pool.restarts)
        if out is not None:
            n = _save_reproducers(out, corpus, sm, first, writers_every)
            log(f"saved {n} new reproducer(s) in {out / 'crashes'}")
            with (out / "campaigns.jsonl").open("a", encoding="utf-8") as fh:
                fh.write(json.dumps(asdict(sm), ensure_ascii=False) + "\n")
    return sm


def summarize(out: Path, current_only: bool = False) -> str:
    path = out / "campaigns.jsonl"
    if not path.exists():
        return f"no campaigns recorded in {path}"
    runs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if current_only:
        cur = src_digest()
        runs = [r for r in runs if r.get("src") == cur]
    total = Summary(0, 0, 0, 0, 0, 0, [])
    seconds = 0.0
    srcs = Counter()
    for r in runs:
        total.inputs += r["inputs"]
        seconds += r["seconds"] * r["workers"]
        srcs[r.get("src", "?")] += r["inputs"]
        for o, n in r["outcomes"].items():
            total.outcomes[o] = total.outcomes.get(o, 0) + n
        for k, g in r["crashes"].items():
            t = total.crashes.setdefault(k, {**g, "count": 0})
            t["count"] += g["count"]
        total.hangs += [h[:2] for h in r["hangs"]]
        total.memory += [m for m in r["memory"]]
        if r["peak_rss"] > total.peak_rss:
            total.peak_rss, total.peak_at = r["peak_rss"], r["peak_at"]
        total.exact_hwm &= r.get("exact_hwm", True)
    lines = [f"{len(runs)} runs, {total.inputs} inputs, {seconds / 3600:.2f} worker-hours; src versions: "
             + ", ".join(f"{s} ({n} inputs)" for s, n in srcs.most_common()),
             "outcomes: " + ", ".join(f"{o} {total.outcomes.get(o, 0)}" for o in OUTCOMES),
             f"crashes by place: {len(total.crashes)} distinct"]
    lines += crash_lines(total.crashes)
    lines.append(f"hangs: {len(total.hangs)}" + ("  " + " ".join(f"({s},{i})" for s, i in total.hangs[:50]) if total.hangs else ""))
    lines.append(f"memory cases: {len(total.memory)}" + ("  " + " ".join(f"({m[0]},{m[1]})" for m in total.memory[:50]) if total.memory else ""))
    at = f" at ({total.peak_at[0]},{total.peak_at[1]})" if total.peak_at else ""
    lines.append(f"peak RSS: {total.peak_rss / 2**20:.0f} MiB{at}"
                 + ("" if total.exact_hwm else " (some runs: worker lifetime upper bound)"))
    return "\n".join(lines)


def replay(seed: int, index: int, formats: set[str], shared: Path | None, real: bool, pdf_sources: int | None,
           writers_every: int, out: Path, writers: bool | None = None) -> dict:
    """Rerun one input in this process and print what happened, with tracebacks."""
    with tempfile.TemporaryDirectory(prefix="jixiao-replay-") as tmp:
        corpus = Corpus(build_corpus(Path(tmp) / "corpus", formats, shared, real, pdf_sources,
                                     lambda m: print(m, file=sys.stderr)))
        s = make_input(corpus, seed, index, writers_every)
        known = _recorded_digests(out, seed, index)
        if known and corpus.digest not in known:
            print(f"warning: corpus digest {corpus.digest} differs from the recorded {', '.join(sorted(known))}: "
                  "the input may not be the one that failed (use the saved reproducer file)", file=sys.stderr)
        (out / "replay").mkdir(parents=True, exist_ok=True)
        p = out / "replay" / f"fuzz-{seed}-{index}{s.ext}"
        p.write_bytes(s.data)
        print(f"input ({seed}, {index}): {s.describe()}, {len(s.data)} bytes -> {p}")
        t0 = time.perf_counter()
        res = run_path(p, s.writers if writers is None else writers)
        print(f"outcome: {res['outcome']} in {time.perf_counter() - t0:.2f} s, VmHWM {_status('VmHWM') >> 20} MiB")
        for k in ("reason", "note"):
            if res.get(k):
                print(f"{k}: {res[k]}")
        if res.get("stages"):
            print("stages: " + ", ".join(f"{k} {v:.2f}s" for k, v in res["stages"].items()))
        for c in res.get("crashes") or []:
            print(f"\n=== {c['key']} [{c['stage']}]\n{c['message']}\n{c['traceback']}")
        return res


def _recorded_digests(out: Path, seed: int, index: int) -> set[str]:
    log = out / "crashes.jsonl"
    found = set()
    if log.exists():
        for line in log.read_text(encoding="utf-8").splitlines():
            try:
                d = json.loads(line)
            except ValueError:
                continue
            if d.get("seed") == seed and d.get("index") == index and d.get("corpus_digest"):
                found.add(d["corpus_digest"])
    return found


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=500)
    ap.add_argument("--offset", type=int, default=0)
    ap.add_argument("--workers", type=int, default=None, help="default: all cores")
    ap.add_argument("--timeout", type=float, default=20.0, help="wall-time ceiling per input, seconds")
    ap.add_argument("--mem-mb", type=int, default=1024, help="peak RSS ceiling per input, MiB")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--formats", default=",".join(ALL_FORMATS))
    ap.add_argument("--writers-every", type=int, default=10, help="run the writers on 1 input in N (0: never)")
    ap.add_argument("--recycle", type=int, default=1000, help="restart a worker after N inputs (0: never)")
    ap.add_argument("--no-real", action="store_true", help="leave ../shared/real out of the corpus")
    ap.add_argument("--no-shared", action="store_true", help="corpus from the bundled example only")
    ap.add_argument("--pdf-sources", type=int, default=None, help="build PDFs from the first N text packages only")
    ap.add_argument("--quiet", action="store_true")
    ap.add_argument("--sum", action="store_true", help="cumulative figures over --out/campaigns.jsonl")
    ap.add_argument("--current", action="store_true", help="with --sum: only runs on the current src/")
    ap.add_argument("--replay", nargs=2, type=int, metavar=("SEED", "INDEX"))
    ap.add_argument("--writers", choices=("auto", "on", "off"), default="auto", help="with --replay")
    a = ap.parse_args(argv)
    formats = {f.strip() for f in a.formats.split(",") if f.strip()}
    bad = formats - set(ALL_FORMATS)
    if bad:
        ap.error(f"unknown formats: {', '.join(sorted(bad))}")
    shared = None if a.no_shared or not SHARED.is_dir() else SHARED
    if a.sum:
        print(summarize(a.out, a.current))
        return 0
    if a.replay:
        w = {"auto": None, "on": True, "off": False}[a.writers]
        res = replay(a.replay[0], a.replay[1], formats, shared, not a.no_real, a.pdf_sources, a.writers_every, a.out, w)
        return 1 if res["outcome"] in ("crash", "memory") else 0
    sm = campaign(a.seed, a.count, a.offset, a.workers, a.timeout, a.mem_mb, formats, a.out, shared, not a.no_real,
                  a.pdf_sources, a.writers_every, a.recycle, a.quiet)
    print(report(sm, a.out))
    return 1 if sm.crashes or sm.hangs or sm.memory else 0


if __name__ == "__main__":
    sys.exit(main())
