"""The one error every reader raises: a file that cannot be read at all."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Iterator


class ReadError(Exception):
    """A file that cannot be read; the message names the file and the reason (one line)."""

    def __init__(self, path: str, reason: str):
        reason = " ".join(str(reason).split())  # always one line
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason

    def __reduce__(self):  # crosses process boundaries (the worker pool) intact
        return (ReadError, (self.path, self.reason))


_PACKAGE = str(Path(__file__).resolve().parents[1])


def _raised_in_library(e: BaseException) -> bool:
    """Whether ``e`` was raised inside a third-party library (its innermost frame is not jixiao's)."""
    tb = e.__traceback__
    last = None
    while tb is not None:
        last = tb
        tb = tb.tb_next
    return last is not None and not str(Path(last.tb_frame.f_code.co_filename).resolve()).startswith(_PACKAGE)


@contextlib.contextmanager
def library_errors(name: str, what: str) -> Iterator[None]:
    """A reading library that fails on a damaged file (openpyxl, xlrd, pdfminer parse lazily, so
    this happens while rows are read) is a one-line :class:`ReadError`; an exception raised in
    jixiao's own code is left to the error boundary, which reports it as internal."""
    try:
        yield
    except ReadError:
        raise
    except MemoryError:
        raise
    except Exception as e:
        if not _raised_in_library(e):
            raise
        text = " ".join(str(e).split())[:160]
        raise ReadError(name, f"{what}已损坏或格式异常，无法读取（{type(e).__name__}{('：' + text) if text else ''}）") from None
