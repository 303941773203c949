"""The one error every reader raises: a file that cannot be read at all."""

from __future__ import annotations


class ReadError(Exception):
    """A file that cannot be read; the message names the file and the reason (one line)."""

    def __init__(self, path: str, reason: str):
        reason = " ".join(str(reason).split())  # always one line
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason

    def __reduce__(self):  # crosses process boundaries (the worker pool) intact
        return (ReadError, (self.path, self.reason))
