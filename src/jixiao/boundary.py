"""The error boundary (错误边界): what escapes a stage becomes one line naming the file and stage.

Every stage of the pipeline (read, recognise, check, score, write) runs inside
:func:`guard` for each package.  A :class:`~jixiao.readers.errors.ReadError` passes
through (it already is the one-line error); anything else — a bug, a library's
surprise on a hostile file — becomes an :class:`InternalError`, itself a
``ReadError``, so callers that handle bad files handle this too.  Inside the review
engine a rule that raises becomes an ``INTERNAL-<rule>`` finding instead
(:func:`jixiao.checks.internal`) and the other rules run on.

For developers, ``JIXIAO_DEBUG=1`` (or ``--debug``) lets the original exception out
with its traceback.
"""

from __future__ import annotations

import contextlib
import os
import traceback
from pathlib import Path
from typing import Iterator

from .atomic import OutputError
from .readers.errors import ReadError

STAGES = {"read": "读取", "recognise": "识别", "check": "审核", "score": "评分", "write": "写出"}
_PACKAGE_ROOT = Path(__file__).resolve().parent
_DEBUG = {"on": False}


def debug() -> bool:
    """Whether exceptions should escape with their traceback (developers)."""
    return _DEBUG["on"] or os.environ.get("JIXIAO_DEBUG", "") not in ("", "0")


def set_debug(on: bool) -> None:
    _DEBUG["on"] = on


def place(e: BaseException) -> str:
    """Where ``e`` was raised, as the innermost frame inside jixiao: "checks/narrative.py:133 growth"
    (the frame that called out, for an exception raised in a library)."""
    found = "?"
    for fs in traceback.extract_tb(e.__traceback__):
        try:
            rel = Path(fs.filename).resolve().relative_to(_PACKAGE_ROOT)
        except ValueError:
            continue
        found = f"{rel.as_posix()}:{fs.lineno} {fs.name}"
    return found


class InternalError(ReadError):
    """An unexpected exception in one stage for one file (内部错误), as a one-line error."""

    def __init__(self, path: str, stage: str, original: BaseException, kind: str | None = None,
                 where: str | None = None):
        self.stage = stage
        self.original = original
        self.kind = kind or type(original).__name__
        self.place = where or place(original)
        what = str(original).splitlines()[0][:160] if str(original) else ""
        super().__init__(path, f"{STAGES.get(stage, stage)}时出现内部错误：{self.kind}"
                               f"{('：' + what) if what else ''}（{self.place}）；"
                               "请把该文件反馈给 jixiao 维护人员，其余材料不受影响")

    def __reduce__(self):
        """Across processes the original exception travels as its type and text."""
        return (_restore, (self.path, self.stage, self.kind, str(self.original), self.place))


def _restore(path: str, stage: str, kind: str, text: str, where: str) -> InternalError:
    return InternalError(path, stage, RuntimeError(text), kind=kind, where=where)


@contextlib.contextmanager
def guard(stage: str, path: str) -> Iterator[None]:
    """Run one stage for one file; what escapes becomes a one-line :class:`ReadError`."""
    try:
        yield
    except (ReadError, OutputError):  # already the one-line error of a bad file / a failed write
        raise
    except MemoryError:
        raise ReadError(path, f"{STAGES.get(stage, stage)}时内存不足（文件过大或结构异常），已跳过") from None
    except RecursionError as e:
        if debug():
            raise
        raise ReadError(path, f"{STAGES.get(stage, stage)}时结构嵌套过深（{place(e)}），已跳过") from None
    except Exception as e:
        if debug():
            raise
        raise InternalError(path, stage, e) from e
