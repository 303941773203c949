"""Input limits (输入上限): one documented policy, kept as data (``limits.toml``).

Every reader asks :func:`current` for the limits in force before it trusts a size
read from a file: a file's bytes, a zip member's unpacked size, a table's span and
merged area, a PDF's pages and decompressed streams, a document's cells and text, the
files of a folder, and the digits of any number.  A limit reached is a one-line
:class:`~jixiao.readers.errors.ReadError` naming the file, the place and the limit
(:func:`exceeded` words it); a number beyond its limits is read as no number and
reported ("数值超出合理范围"), never an exception.

A run lays its own TOML file over the shipped one (``--limits FILE``, same keys,
any subset) with :func:`load_limits` and :func:`use`.
"""

from __future__ import annotations

import contextlib
import contextvars
import tomllib
from decimal import Decimal
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterator

from pydantic import BaseModel, ConfigDict, PositiveFloat, PositiveInt, ValidationError

from .datafile import DataFileError, merge


class _Part(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class FileLimits(_Part):
    text_bytes: PositiveInt
    binary_bytes: PositiveInt
    folder_files: PositiveInt


class ZipLimits(_Part):
    members: PositiveInt
    member_bytes: PositiveInt
    xml_part_bytes: PositiveInt
    total_bytes: PositiveInt
    ratio: PositiveInt


class TableLimits(_Part):
    columns: PositiveInt
    rows: PositiveInt
    merged_cells: PositiveInt
    document_cells: PositiveInt
    text_chars: PositiveInt


class PdfLimits(_Part):
    pages: PositiveInt
    stream_bytes: PositiveInt
    total_stream_bytes: PositiveInt


class NumberLimits(_Part):
    integer_digits: PositiveInt
    fraction_digits: PositiveInt

    def plausible(self, d: Decimal) -> bool:
        """A finite number whose integer and fraction digits are within the limits."""
        if not d.is_finite():
            return False
        _, digits, exp = d.as_tuple()
        assert isinstance(exp, int)
        integer = max(len(digits) + exp, 0)
        fraction = max(-exp, 0)
        return integer <= self.integer_digits and fraction <= self.fraction_digits


class OutputLimits(_Part):
    forms: PositiveInt


class GuardLimits(_Part):
    wall_seconds: PositiveFloat
    memory_bytes: PositiveInt


class Limits(_Part):
    """The limits in force (输入上限)."""

    file: FileLimits
    zip: ZipLimits
    table: TableLimits
    pdf: PdfLimits
    number: NumberLimits
    output: OutputLimits
    guard: GuardLimits


NAMES = {
    "file.text_bytes": "文本导出大小", "file.binary_bytes": "文件大小", "file.folder_files": "文件夹内文件数",
    "zip.members": "zip 成员数", "zip.member_bytes": "zip 成员解压大小", "zip.xml_part_bytes": "XML 部件解压大小",
    "zip.total_bytes": "zip 解压总大小", "zip.ratio": "压缩比",
    "table.columns": "表格列数", "table.rows": "表格行数", "table.merged_cells": "合并单元格面积",
    "table.document_cells": "文档单元格总数", "table.text_chars": "文档文字量",
    "pdf.pages": "PDF 页数", "pdf.stream_bytes": "PDF 内容流解压大小", "pdf.total_stream_bytes": "PDF 内容流解压总大小",
    "number.integer_digits": "数字整数位数", "number.fraction_digits": "数字小数位数",
    "output.forms": "写出的附件表张数",
    "guard.wall_seconds": "单个文件处理时间（秒）", "guard.memory_bytes": "单个文件处理内存",
}


def exceeded(key: str, value: int, limit: int) -> str:
    """The one-line reason for a limit reached: "表格列数 2000000000 超过上限 1000（table.columns）"."""
    return f"{NAMES.get(key, key)} {value} 超过上限 {limit}（输入上限 {key}，可用 --limits 调整）"


def _parse(text: str, where: str) -> dict:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise DataFileError(f"输入上限文件 {where} 无法读取：{e}") from None


def _build(data: dict, where: str) -> Limits:
    try:
        return Limits.model_validate(data)
    except ValidationError as e:
        first = e.errors()[0]
        place = ".".join(str(x) for x in first["loc"])
        raise DataFileError(f"输入上限文件 {where}：{place} {first['msg']}（共 {e.error_count()} 处错误）") from None


@lru_cache(maxsize=1)
def shipped() -> Limits:
    """The shipped policy, ``jixiao/limits.toml``."""
    text = (resources.files("jixiao") / "limits.toml").read_text(encoding="utf-8")
    return _build(_parse(text, "limits.toml"), "limits.toml")


def load_limits(path: str | Path | None) -> Limits:
    """The shipped limits with a file's keys laid over them (``None``: the shipped ones)."""
    if path is None:
        return shipped()
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise DataFileError(f"输入上限文件 {p} 无法读取：{e}") from None
    return _build(merge(shipped().model_dump(), _parse(text, str(p))), str(p))


_CURRENT: contextvars.ContextVar[Limits | None] = contextvars.ContextVar("jixiao_limits", default=None)


def current() -> Limits:
    """The limits in force for this run (the shipped ones unless :func:`use` says otherwise)."""
    return _CURRENT.get() or shipped()


@contextlib.contextmanager
def use(limits: Limits) -> Iterator[Limits]:
    """Run a block under ``limits``."""
    token = _CURRENT.set(limits)
    try:
        yield limits
    finally:
        _CURRENT.reset(token)


def set_default(limits: Limits) -> None:
    """Make ``limits`` the policy of this process (a worker process, a command-line run)."""
    _CURRENT.set(limits)
