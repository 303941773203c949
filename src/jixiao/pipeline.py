"""The pipeline in one place: file -> cell grid -> recognised forms -> typed package."""

from __future__ import annotations

from pathlib import Path

from .model import Package
from .readers import ReadError, read_path
from .recognize import recognise

__all__ = ["load", "ReadError"]


def load(path: str | Path) -> Package:
    """Read one file into a :class:`Package`.  Raises :class:`ReadError` (with the
    file name and reason) when the file cannot be read at all; every problem in a
    readable file is reported in ``Package.diagnostics`` / ``Package.unplaced``."""
    return recognise(read_path(path))
