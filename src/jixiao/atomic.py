"""Atomic outputs: a file or a folder of files is either written completely or not at all.

* :func:`write_bytes` / :func:`write_text` write one file: into a unique hidden temporary
  file beside the target (``.{name}.XXXX.jixiao-tmp``), flushed and fsync'ed, then
  ``os.replace``'d onto the target.  A reader (or a killed run) sees the old file or the
  new one, never a half-written one.  ``-`` is standard output; an existing special file
  (``/dev/null``, ``/dev/full``, a FIFO, a socket, a terminal) is opened and written to,
  never replaced by a regular file.  A symbolic link is followed: the file it points to
  is replaced, the link stays.  Replacing a file gives it a new inode: its permission
  bits (and, where allowed, owner) are kept, hard links to the old file are not.
* :func:`replace_folder` writes a set of files: ``build(tmpdir)`` fills a fresh hidden
  folder beside the target (``.{name}.jixiao-tmp-XXXX``, same file system), a manifest
  (:data:`MANIFEST_NAME`) is added, and the folder is renamed into place.

Parent folders: a single file's folder must exist (``parents=False``, the default;
``--json``/``--html``/``-o FILE`` name a file in an existing folder, a typo should not
create folders); ``jixiao example`` and ``jixiao report -o`` create missing parents
(``parents=True``).

Every failure is an :class:`OutputError` (path plus a one-line Chinese reason); the
temporary file or folder is removed first, the target is untouched.  Only SIGKILL (or a
power cut) can leave a hidden ``.{name}.*.jixiao-tmp`` file or ``.{name}.jixiao-tmp-*`` folder
behind (removed by hand; jixiao never deletes what another run may still be writing); the
target itself is still either the old or the new state.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import datetime as _dt
import errno
import hashlib
import json
import os
import shutil
import stat
import sys
import tempfile
from pathlib import Path
from contextlib import contextmanager
from typing import BinaryIO, Callable, Iterable, Iterator

__all__ = ["OutputError", "open_output", "write_bytes", "write_text", "replace_folder", "MANIFEST_NAME", "read_manifest"]

MANIFEST_NAME = "清单.json"
"""The manifest of a folder written by :func:`replace_folder` (jixiao version, time, input, files)."""

TMP_SUFFIX = ".jixiao-tmp"
REFUSE_NON_EMPTY = "输出文件夹已有内容，请换一个文件夹，或加 --replace 覆盖"


class OutputError(Exception):
    """An output that could not be written; ``str()`` is ``path：reason`` (one line)."""

    def __init__(self, path: str | os.PathLike, reason: str):
        reason = " ".join(str(reason).split())  # always one line
        path = str(path)
        super().__init__(f"{path}：{reason}")
        self.path = path
        self.reason = reason


# ------------------------------------------------------------------ helpers


def _reason(e: OSError, folder: str | None = None) -> str:
    """A one-line Chinese reason for an OSError met while writing."""
    n = e.errno
    if n == errno.ENOENT:
        return f"输出文件夹不存在：{folder}" if folder else "路径不存在"
    if n == errno.ENOTDIR:
        return f"输出路径中有一段不是文件夹：{folder}" if folder else "输出路径中有一段不是文件夹"
    if n == errno.EISDIR:
        return "这是一个文件夹，请给出文件名"
    if n in (errno.EACCES, errno.EPERM):
        return "没有写入权限"
    if n == errno.EROFS:
        return "文件系统只读"
    if n in (errno.ENOSPC, errno.EDQUOT):
        return "磁盘空间不足，未写出任何内容"
    if n == errno.ENAMETOOLONG:
        return "文件名太长"
    if n == errno.EPIPE:
        return "输出管道已关闭"
    name = errno.errorcode.get(n, "") if n is not None else ""
    text = e.strerror or str(e) or type(e).__name__
    return f"写入失败（{name}：{text}）" if name else f"写入失败（{text}）"


def _umask() -> int:
    try:  # Linux: read it without changing it (os.umask is process-wide, not thread-safe)
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    old = os.umask(0o022)
    os.umask(old)
    return old


def _follow(target: Path) -> Path:
    """The path to replace: a symbolic link is followed (the link stays a link)."""
    return Path(os.path.realpath(target)) if os.path.islink(target) else target


def _chmod(path: str | Path, mode: int) -> None:
    try:
        os.chmod(path, mode)
    except OSError:
        pass  # a file system without permission bits (vfat, some network shares): its default


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _ensure_folder(folder: Path, target: Path, parents: bool) -> None:
    """``folder`` (the parent of ``target``) exists, created when ``parents``; else OutputError."""
    if folder.is_dir():
        return
    if not parents:
        if folder.exists() or any(p.exists() and not p.is_dir() for p in folder.parents):
            raise OutputError(target, f"输出路径中有一段不是文件夹：{folder}")
        raise OutputError(target, f"输出文件夹不存在：{folder}")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise OutputError(target, f"输出路径中有一段不是文件夹：{folder}") from None
    except OSError as e:
        raise OutputError(target, f"无法创建输出文件夹 {folder}：{_reason(e)}") from None


def _tmp_prefix(name: str) -> str:
    return "." + name[:80] + "."  # keeps the temporary name within NAME_MAX


class _Stdout:
    """Standard output as a binary sink; a closed pipe is one OutputError."""

    def __init__(self) -> None:
        self.close()  # text printed before goes out first

    def write(self, data: bytes) -> None:
        try:
            buf = getattr(sys.stdout, "buffer", None)
            if buf is not None:
                buf.write(data)
                buf.flush()
            else:  # a text-only stream (some test harnesses)
                sys.stdout.write(data.decode("utf-8"))
        except OSError as e:
            raise OutputError("-", "标准输出已关闭" if e.errno in (errno.EPIPE, None) else _reason(e)) from None
        except ValueError:  # closed file
            raise OutputError("-", "标准输出已关闭") from None

    def close(self) -> None:
        try:
            sys.stdout.flush()
        except (OSError, ValueError):
            raise OutputError("-", "标准输出已关闭") from None


class _Special:
    """An existing device, FIFO or socket, written in place (it is never replaced)."""

    def __init__(self, target: Path):
        self.target = target
        try:
            self.f = open(target, "wb", buffering=0)
        except OSError as e:
            raise self._error(e) from None

    def _error(self, e: OSError) -> OutputError:
        if e.errno in (errno.ENOSPC, errno.EDQUOT):
            return OutputError(self.target, "设备空间不足，写入未完成")
        if e.errno == errno.ENXIO:
            return OutputError(self.target, "特殊文件没有读取方（管道或套接字），无法写入")
        return OutputError(self.target, _reason(e))

    def write(self, data: bytes) -> None:
        view = memoryview(data)
        try:
            while view:
                view = view[self.f.write(view):]
        except OSError as e:
            raise self._error(e) from None

    def close(self) -> None:
        self.f.close()


# --------------------------------------------------------------- one file


@contextmanager
def open_output(target: str | os.PathLike, *, parents: bool = False) -> Iterator[BinaryIO]:
    """A binary sink for ``target`` that is renamed into place when the ``with`` block ends
    without an exception (see the module docstring), so a result can be written piece by
    piece (JSON Lines, a streamed document) and still never be seen half-written.

    ``-`` is standard output and special files are written in place.  Any OSError met while
    writing becomes an :class:`OutputError`; on any exception the temporary file is removed
    and the target is untouched.  ``parents``: create missing parent folders."""
    if str(target) == "-":
        sink = _Stdout()
        yield sink  # type: ignore[misc]
        sink.close()
        return
    shown = Path(target)  # the path as given, for messages
    path = _follow(shown)
    try:
        st: os.stat_result | None = os.stat(path)
    except FileNotFoundError:
        st = None
    except NotADirectoryError:
        raise OutputError(shown, f"输出路径中有一段不是文件夹：{path.parent}") from None
    except OSError as e:
        raise OutputError(shown, _reason(e, str(path.parent))) from None
    if st is not None and stat.S_ISDIR(st.st_mode):
        raise OutputError(shown, "这是一个文件夹，请给出文件名")
    if st is not None and not stat.S_ISREG(st.st_mode):
        special = _Special(path)
        try:
            yield special  # type: ignore[misc]
        finally:
            special.close()
        return
    folder = path.parent
    _ensure_folder(folder, shown, parents)
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=_tmp_prefix(path.name), suffix=TMP_SUFFIX)
        with os.fdopen(fd, "wb") as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        _chmod(tmp, stat.S_IMODE(st.st_mode) if st is not None else 0o666 & ~_umask())
        if st is not None and hasattr(os, "chown") and (st.st_uid != os.geteuid() or st.st_gid != os.getegid()):
            try:
                os.chown(tmp, st.st_uid, st.st_gid)
            except OSError:
                pass  # not allowed: the new file is ours
        os.replace(tmp, path)
        tmp = None
        _fsync_dir(folder)
    except OSError as e:
        raise OutputError(shown, _reason(e, str(folder))) from None
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass


def write_bytes(target: str | os.PathLike, data: bytes, *, parents: bool = False) -> None:
    """Write ``data`` to ``target`` atomically (see :func:`open_output`); raise :class:`OutputError`.

    ``parents``: create missing parent folders (default: a missing folder is an error)."""
    with open_output(target, parents=parents) as f:
        f.write(data)


def write_text(target: str | os.PathLike, text: str, *, parents: bool = False) -> None:
    """:func:`write_bytes` of ``text`` encoded as UTF-8."""
    write_bytes(target, text.encode("utf-8"), parents=parents)


# ------------------------------------------------------------- a folder


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file() and not p.is_symlink())


def _source_entry(src: str | os.PathLike) -> dict:
    p = Path(src)
    entry: dict = {"name": p.name or str(p)}
    try:
        if p.is_file():
            entry["sha256"] = _sha256(p)
            entry["size"] = p.stat().st_size
        elif p.is_dir():
            entry["files"] = [{"name": f.relative_to(p).as_posix(), "sha256": _sha256(f)} for f in _files(p)]
    except OSError:
        pass  # unreadable now: the name alone
    return entry


def _manifest(root: Path, sources: Iterable[str | os.PathLike] | None, extra: dict | None) -> dict:
    from . import __version__

    return {
        "jixiao": __version__,
        "written": _dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "sources": [_source_entry(s) for s in (sources or [])],
        **(extra or {}),
        "files": [{"name": f.relative_to(root).as_posix(), "size": f.stat().st_size, "sha256": _sha256(f)}
                  for f in _files(root) if f.relative_to(root).as_posix() != MANIFEST_NAME],
    }


def read_manifest(folder: str | os.PathLike) -> dict:
    """The manifest of a folder written by :func:`replace_folder` (raises OSError / ValueError)."""
    return json.loads((Path(folder) / MANIFEST_NAME).read_text(encoding="utf-8"))


_RENAME_EXCHANGE = 2
_renameat2 = None


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths atomically (Linux ``renameat2(RENAME_EXCHANGE)``); False when unsupported."""
    global _renameat2
    if not sys.platform.startswith("linux"):
        return False
    if _renameat2 is None:
        try:
            libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
            fn = libc.renameat2
            fn.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
            fn.restype = ctypes.c_int
            _renameat2 = fn
        except (OSError, AttributeError):
            _renameat2 = False
    if not _renameat2:
        return False
    AT_FDCWD = -100
    if _renameat2(AT_FDCWD, os.fsencode(a), AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    n = ctypes.get_errno()
    if n in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP, errno.EOPNOTSUPP):
        return False  # file system or kernel without RENAME_EXCHANGE: fall back to two renames
    raise OSError(n, os.strerror(n), str(b))


def _is_ours(e: OSError, tmp: Path) -> bool:
    """An OSError about the output (rather than, say, an unreadable template)."""
    if e.errno in (errno.ENOSPC, errno.EDQUOT, errno.EROFS):
        return True
    return e.filename is None or str(e.filename).startswith(str(tmp))


def replace_folder(target: str | os.PathLike, build: Callable[[Path], object], replace: bool = False, *,
                   sources: Iterable[str | os.PathLike] | None = None, extra: dict | None = None,
                   parents: bool = True) -> Path:
    """Write a set of files into ``target`` as one unit; return ``target``.

    ``build(tmpdir)`` writes everything into a fresh hidden folder beside the target; the
    manifest :data:`MANIFEST_NAME` (jixiao version, time, ``sources`` with their sha256,
    every file with size and sha256, plus the keys of ``extra``) is added; then the folder takes the target's name:

    * target absent, or an empty folder: one ``rename`` (atomic);
    * target a non-empty folder: :class:`OutputError` unless ``replace``; with ``replace``
      the two folders are swapped by ``renameat2(RENAME_EXCHANGE)`` (atomic, Linux) and the
      old one is removed.  Where that call is missing, the old folder is renamed aside and
      the new one renamed in: between those two renames (microseconds) the target name is
      absent; at no instant does it hold a mix of old and new files;
    * target a file: :class:`OutputError`.

    ``parents``: create the target's missing parent folders (default yes).  On any failure
    the temporary folder is removed and the target is untouched; OSErrors about the output
    become :class:`OutputError`, every other exception is re-raised after the clean-up."""
    shown = Path(target)
    path = _follow(shown)
    path = Path(os.path.abspath(path))  # "." and "x/.." get a name
    if not path.name:
        raise OutputError(shown, "请给出输出文件夹的名称")

    def state() -> str:
        try:
            st = os.stat(path)
        except FileNotFoundError:
            return "absent"
        except NotADirectoryError:
            raise OutputError(shown, f"输出路径中有一段不是文件夹：{path.parent}") from None
        except OSError as e:
            raise OutputError(shown, _reason(e, str(path.parent))) from None
        if not stat.S_ISDIR(st.st_mode):
            raise OutputError(shown, "已有同名文件，不是文件夹；请换一个输出文件夹")
        try:
            with os.scandir(path) as it:
                return "full" if any(True for _ in it) else "empty"
        except OSError as e:
            raise OutputError(shown, _reason(e, str(path))) from None

    if state() == "full" and not replace:
        raise OutputError(shown, REFUSE_NON_EMPTY)
    _ensure_folder(path.parent, shown, parents)
    try:
        tmp = Path(tempfile.mkdtemp(dir=path.parent, prefix=_tmp_prefix(path.name) + "jixiao-tmp-"))
    except OSError as e:
        raise OutputError(shown, _reason(e, str(path.parent))) from None
    old: Path | None = None
    try:
        build(tmp)
        (tmp / MANIFEST_NAME).write_text(json.dumps(_manifest(tmp, sources, extra), ensure_ascii=False, indent=1) + "\n",
                                         encoding="utf-8")
        for f in _files(tmp):  # durable before the rename makes them visible
            with open(f, "rb") as fh:
                os.fsync(fh.fileno())
        _fsync_dir(tmp)
        try:
            mode = stat.S_IMODE(os.stat(path).st_mode)
        except OSError:
            mode = 0o777 & ~_umask()
        _chmod(tmp, mode)
        now = state()
        if now == "full" and not replace:
            raise OutputError(shown, REFUSE_NON_EMPTY)
        if now != "full":
            try:
                os.rename(tmp, path)  # replaces an empty folder atomically
            except OSError as e:
                if e.errno in (errno.ENOTEMPTY, errno.EEXIST):
                    raise OutputError(shown, REFUSE_NON_EMPTY) from None
                raise
            tmp = None  # type: ignore[assignment]
        elif _exchange(tmp, path):
            old, tmp = tmp, None  # type: ignore[assignment]  # tmp now holds the old set
        else:
            aside = Path(tempfile.mkdtemp(dir=path.parent, prefix=_tmp_prefix(path.name) + "jixiao-old-"))
            try:
                os.rename(path, aside)  # replaces the empty placeholder
            except BaseException:
                os.rmdir(aside)
                raise
            try:
                os.rename(tmp, path)
            except BaseException:
                os.rename(aside, path)  # put the old set back
                raise
            old, tmp = aside, None  # type: ignore[assignment]
        _fsync_dir(path.parent)
    except OutputError:
        raise
    except OSError as e:
        if tmp is not None and _is_ours(e, tmp):
            raise OutputError(shown, _reason(e, str(path.parent))) from None
        raise
    finally:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    return shown
