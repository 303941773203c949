"""The incremental cache (增量处理): an unchanged file is not read again (``--incremental DIR``).

A result is stored under a key made of the job's digest (jixiao version, definitions,
rule sets, limits and options: :meth:`jixiao.batch.Job.digest`) and the SHA-256 of every
file of the unit of work (a file alone in its folder, or all the files of a folder), so a
changed byte, a new version or other options make a new key and the old entry is simply
not found.  Entries are JSON (never pickle: a cache folder is data, not code), written
atomically, one file each, under ``DIR/<2 hex>/<key>.json``; an entry that cannot be read
back is treated as absent.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .batch import Result

FORMAT = "jixiao.incremental/1"
_CHUNK = 1 << 20


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(_CHUNK):
            h.update(chunk)
    return h.hexdigest()


def _models() -> dict[str, Any]:
    from .checks.render import PackageReview
    from .model import Package
    from .scoring.report import PackageScore

    return {"parse": Package, "check": PackageReview, "score": PackageScore}


class Cache:
    """Results stored by content (see the module docstring)."""

    def __init__(self, folder: str | Path, kind: str):
        self.folder = Path(folder)
        self.kind = kind
        self.hits = 0
        self.misses = 0

    def _key(self, digest: str, files: list[Path]) -> str | None:
        h = hashlib.sha256(f"{FORMAT}\n{digest}\n".encode())
        try:
            for f in files:
                h.update(f"{f.name}\0{file_sha256(f)}\n".encode())
        except OSError:
            return None  # unreadable now: it is read (and reported) the ordinary way
        return h.hexdigest()

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, digest: str, files: list[Path]) -> list[Result] | None:
        """The stored results of these files under this digest, or None."""
        key = self._key(digest, files)
        if key is None:
            self.misses += 1
            return None
        try:
            entries = json.loads(self._path(key).read_text(encoding="utf-8"))
            got = [self._result(e) for e in entries["results"]]
        except (OSError, ValueError, KeyError, TypeError):
            self.misses += 1
            return None
        self.hits += 1
        return got

    def put(self, digest: str, files: list[Path], results: list[Result]) -> None:
        """Store the results (a failure to store is not an error: the run is still right)."""
        from .atomic import OutputError, write_text

        key = self._key(digest, files)
        if key is None:
            return
        doc = {"format": FORMAT, "files": [str(f) for f in files], "results": [self._entry(r) for r in results]}
        try:
            write_text(self._path(key), json.dumps(doc, ensure_ascii=False), parents=True)
        except OutputError:
            pass

    def _entry(self, r: Result) -> dict:
        return {"source": r.source, "files": r.files,
                "value": r.value.model_dump(mode="json", by_alias=True) if r.value is not None else None,
                "row": r.row.model_dump(mode="json", by_alias=True) if r.row is not None else None,
                "error": [r.error.path, r.error.reason] if r.error is not None else None}

    def _result(self, e: dict) -> Result:
        from .batch import Result
        from .readers.errors import ReadError
        from .summary import SummaryRow

        value = _models()[self.kind].model_validate(e["value"]) if e["value"] is not None else None
        row = SummaryRow.model_validate(e["row"]) if e["row"] is not None else None
        error = ReadError(*e["error"]) if e["error"] is not None else None
        return Result(e["source"], dict(e["files"]), value, row, error, reused=True)
