"""Atomic outputs (jixiao.atomic): complete or absent, never half-written; one-line errors.

Every expectation here can be checked by hand: what is on disk after a failure (the
previous content, no temporary file), what a special file stays, what the command line
prints on standard error, and, after SIGKILL at random moments, that a target is either
its previous state or the complete new one (sha256 of every file named in the manifest).
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import random
import signal
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from jixiao import atomic
from jixiao.atomic import MANIFEST_NAME, OutputError, read_manifest, replace_folder, write_bytes, write_text
from jixiao.example import example_text

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "example_package.txt"
_SCRIPT = Path(sys.executable).with_name("jixiao")
JIXIAO = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-c", "from jixiao.cli import main; main()"]


def _leftovers(folder: Path) -> list[str]:
    """Temporary entries of jixiao.atomic left in ``folder``."""
    return sorted(p.name for p in folder.iterdir() if ".jixiao-" in p.name)


def _one_line(e: OutputError) -> None:
    assert "\n" not in str(e) and str(e).startswith(f"{e.path}：")


# ------------------------------------------------------------ one file


def test_missing_folder_is_an_error_and_creates_nothing(tmp_path):
    with pytest.raises(OutputError) as ei:
        write_text(tmp_path / "nodir" / "x.json", "{}")
    _one_line(ei.value)
    assert "输出文件夹不存在" in ei.value.reason
    assert list(tmp_path.iterdir()) == []


def test_parents_true_creates_the_missing_folders(tmp_path):
    write_text(tmp_path / "a" / "b" / "x.txt", "内容", parents=True)
    assert (tmp_path / "a" / "b" / "x.txt").read_text(encoding="utf-8") == "内容"
    assert _leftovers(tmp_path / "a" / "b") == []


def test_a_file_in_the_path_is_an_error(tmp_path):
    (tmp_path / "f").write_text("keep")
    for parents in (False, True):
        with pytest.raises(OutputError) as ei:
            write_text(tmp_path / "f" / "x.txt", "x", parents=parents)
        _one_line(ei.value)
        assert "不是文件夹" in ei.value.reason
    assert (tmp_path / "f").read_text() == "keep"


def test_a_folder_named_as_the_target(tmp_path):
    (tmp_path / "d").mkdir()
    with pytest.raises(OutputError) as ei:
        write_text(tmp_path / "d", "x")
    _one_line(ei.value)
    assert "文件夹" in ei.value.reason
    assert (tmp_path / "d").is_dir() and list((tmp_path / "d").iterdir()) == []
    assert _leftovers(tmp_path) == []


class _FullFile:
    """A file object whose write fails like a full disk."""

    def __init__(self, f):
        self.f = f

    def write(self, data):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    def __getattr__(self, name):
        return getattr(self.f, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.f.close()


def test_disk_full_keeps_the_previous_file_and_leaves_no_temporary(tmp_path, monkeypatch):
    target = tmp_path / "x.json"
    target.write_text("previous")
    real = os.fdopen
    monkeypatch.setattr(atomic.os, "fdopen", lambda *a, **k: _FullFile(real(*a, **k)))
    with pytest.raises(OutputError) as ei:
        write_text(target, "new content")
    monkeypatch.undo()
    _one_line(ei.value)
    assert ei.value.reason == "磁盘空间不足，未写出任何内容"
    assert target.read_text() == "previous"
    assert _leftovers(tmp_path) == []


@pytest.mark.parametrize("err, reason", [(errno.EACCES, "没有写入权限"), (errno.EROFS, "文件系统只读"),
                                         (errno.ENOSPC, "磁盘空间不足，未写出任何内容")])
def test_failing_rename_keeps_the_previous_file(tmp_path, monkeypatch, err, reason):
    target = tmp_path / "x.html"
    target.write_text("previous")

    def refuse(*a, **k):
        raise OSError(err, os.strerror(err))

    monkeypatch.setattr(atomic.os, "replace", refuse)
    with pytest.raises(OutputError) as ei:
        write_text(target, "new")
    monkeypatch.undo()
    _one_line(ei.value)
    assert ei.value.reason == reason
    assert target.read_text() == "previous"
    assert _leftovers(tmp_path) == []


def test_no_permission_to_create_the_temporary(tmp_path, monkeypatch):
    def refuse(*a, **k):
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr(atomic.tempfile, "mkstemp", refuse)
    with pytest.raises(OutputError) as ei:
        write_text(tmp_path / "x.json", "x")
    assert ei.value.reason == "没有写入权限"


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root writes into a chmod 555 folder")
def test_read_only_folder(tmp_path):
    ro = tmp_path / "ro"
    ro.mkdir()
    (ro / "x.json").write_text("previous")
    ro.chmod(0o555)
    try:
        with pytest.raises(OutputError) as ei:
            write_text(ro / "x.json", "new")
        assert ei.value.reason == "没有写入权限"
        assert (ro / "x.json").read_text() == "previous" and _leftovers(ro) == []
    finally:
        ro.chmod(0o755)


def test_unknown_oserror_is_one_line_with_its_errno_name(tmp_path, monkeypatch):
    def fail(*a, **k):
        raise OSError(errno.EIO, "Input/output\nerror")

    monkeypatch.setattr(atomic.os, "replace", fail)
    with pytest.raises(OutputError) as ei:
        write_text(tmp_path / "x", "x")
    _one_line(ei.value)
    assert "EIO" in ei.value.reason


def test_permission_bits_are_kept_and_new_files_follow_the_umask(tmp_path):
    old = tmp_path / "old.json"
    old.write_text("x")
    old.chmod(0o640)
    write_text(old, "y")
    assert stat.S_IMODE(old.stat().st_mode) == 0o640 and old.read_text() == "y"
    mask = os.umask(0o027)
    try:
        write_text(tmp_path / "new.json", "z")
    finally:
        os.umask(mask)
    assert stat.S_IMODE((tmp_path / "new.json").stat().st_mode) == 0o640  # 0o666 & ~0o027


def test_a_symbolic_link_is_followed_and_stays_a_link(tmp_path):
    (tmp_path / "real.json").write_text("old")
    (tmp_path / "link.json").symlink_to("real.json")
    write_text(tmp_path / "link.json", "new")
    assert (tmp_path / "link.json").is_symlink()
    assert (tmp_path / "real.json").read_text() == "new"


@pytest.mark.skipif(not Path("/dev/null").exists(), reason="no /dev/null")
def test_dev_null_is_written_to_and_stays_a_device():
    write_text("/dev/null", "x" * 100_000)
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full")
def test_dev_full_is_a_real_disk_full_error_and_stays_a_device():
    with pytest.raises(OutputError) as ei:
        write_text("/dev/full", "x")
    _one_line(ei.value)
    assert "空间不足" in ei.value.reason
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs")
def test_a_fifo_is_written_to_and_stays_a_fifo(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    data = "审核意见\n".encode() * 50_000  # larger than a pipe buffer
    write_bytes(fifo, data)
    reader.join(10)
    assert got == [data]
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert _leftovers(tmp_path) == []


def test_dash_is_standard_output(capfdbinary):
    write_bytes("-", "标准输出\n".encode())
    assert capfdbinary.readouterr().out == "标准输出\n".encode()


# ------------------------------------------------------------- folders


def _sha(p: Path) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()


def _complete(folder: Path) -> dict:
    """The folder's manifest, after checking that the folder holds exactly its files, intact."""
    m = read_manifest(folder)
    names = {f["name"] for f in m["files"]}
    assert {p.name for p in folder.iterdir()} == names | {MANIFEST_NAME}
    for f in m["files"]:
        p = folder / f["name"]
        assert p.stat().st_size == f["size"] and _sha(p) == f["sha256"], f["name"]
    return m


def _build(files: dict[str, bytes]):
    def build(tmp: Path) -> None:
        for name, data in files.items():
            (tmp / name).write_bytes(data)
    return build


def test_folder_absent_is_created_with_a_manifest(tmp_path):
    src = tmp_path / "input.txt"
    src.write_text("材料")
    out = tmp_path / "a" / "out"
    replace_folder(out, _build({"一.txt": b"1", "二.txt": b"22"}), sources=[src])
    m = _complete(out)
    assert sorted(f["name"] for f in m["files"]) == ["一.txt", "二.txt"]
    assert m["sources"] == [{"name": "input.txt", "sha256": _sha(src), "size": src.stat().st_size}]
    assert _leftovers(tmp_path / "a") == []


def test_folder_parents_false_needs_the_parent(tmp_path):
    with pytest.raises(OutputError) as ei:
        replace_folder(tmp_path / "nodir" / "out", _build({"x": b"x"}), parents=False)
    assert "输出文件夹不存在" in ei.value.reason and list(tmp_path.iterdir()) == []


def test_empty_folder_is_replaced(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    replace_folder(out, _build({"x": b"x"}))
    assert (out / "x").read_bytes() == b"x" and _leftovers(tmp_path) == []


def test_non_empty_folder_is_refused_without_replace(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "old.txt").write_text("old")
    with pytest.raises(OutputError) as ei:
        replace_folder(out, _build({"x": b"x"}))
    _one_line(ei.value)
    assert "--replace" in ei.value.reason
    assert [p.name for p in out.iterdir()] == ["old.txt"] and _leftovers(tmp_path) == []


@pytest.mark.parametrize("exchange", [True, False], ids=["renameat2", "two-renames"])
def test_non_empty_folder_is_replaced_as_a_whole(tmp_path, monkeypatch, exchange):
    if not exchange:
        monkeypatch.setattr(atomic, "_exchange", lambda a, b: False)
    out = tmp_path / "out"
    out.mkdir()
    (out / "old.txt").write_text("old")
    replace_folder(out, _build({"new.txt": b"new"}), replace=True)
    assert {p.name for p in out.iterdir()} == {"new.txt", MANIFEST_NAME}
    assert _leftovers(tmp_path) == []


def test_a_file_named_as_the_folder_is_refused(tmp_path):
    (tmp_path / "out").write_text("keep")
    with pytest.raises(OutputError):
        replace_folder(tmp_path / "out", _build({"x": b"x"}), replace=True)
    assert (tmp_path / "out").read_text() == "keep" and _leftovers(tmp_path) == []


def test_a_failing_build_leaves_the_target_untouched(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "old.txt").write_text("old")

    def build(tmp: Path) -> None:
        (tmp / "half.docx").write_bytes(b"half")
        raise RuntimeError("writer failed")

    with pytest.raises(RuntimeError):
        replace_folder(out, build, replace=True)

    def full(tmp: Path) -> None:
        (tmp / "half.docx").write_bytes(b"half")
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    with pytest.raises(OutputError) as ei:
        replace_folder(out, full, replace=True)
    assert ei.value.reason == "磁盘空间不足，未写出任何内容"
    assert [p.name for p in out.iterdir()] == ["old.txt"] and _leftovers(tmp_path) == []


# -------------------------------------------------------- command line


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "COLUMNS": "200", "NO_COLOR": "1"}
    return subprocess.run([*JIXIAO, *args], cwd=cwd, capture_output=True, text=True, env=env, timeout=60)


def _one_error_line(r: subprocess.CompletedProcess) -> str:
    lines = [x for x in r.stderr.splitlines() if x.strip()]
    assert "Traceback" not in r.stderr and len(lines) == 1, r.stderr
    assert lines[0].startswith("错误 "), r.stderr
    return lines[0]


@pytest.mark.parametrize("option", ["--json", "--html"])
def test_cli_check_into_a_missing_folder(tmp_path, option):
    r = _run("check", str(EXAMPLE), option, "nodir/x.out", cwd=tmp_path)
    assert r.returncode == 2
    assert "输出文件夹不存在" in _one_error_line(r)
    assert list(tmp_path.iterdir()) == []


def test_cli_check_json_onto_a_folder(tmp_path):
    (tmp_path / "d").mkdir()
    r = _run("check", str(EXAMPLE), "--json", "d", cwd=tmp_path)
    assert r.returncode == 2 and "文件夹" in _one_error_line(r)
    assert list((tmp_path / "d").iterdir()) == [] and _leftovers(tmp_path) == []


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full")
def test_cli_json_to_dev_full(tmp_path):
    r = _run("check", str(EXAMPLE), "--json", "/dev/full", cwd=tmp_path)
    assert r.returncode == 2 and "空间不足" in _one_error_line(r)
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)


def test_cli_example_creates_its_folders(tmp_path):
    r = _run("example", "sub/dir/x.txt", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "sub" / "dir" / "x.txt").read_text(encoding="utf-8") == example_text()
    (tmp_path / "f").write_text("keep")
    r = _run("example", "f/x.txt", cwd=tmp_path)
    assert r.returncode == 2 and "不是文件夹" in _one_error_line(r)
    assert (tmp_path / "f").read_text() == "keep"


def test_cli_schema_into_a_missing_folder(tmp_path):
    r = _run("schema", "-o", "nodir/s.json", cwd=tmp_path)
    assert r.returncode == 2 and "输出文件夹不存在" in _one_error_line(r)


def test_cli_report_onto_a_file(tmp_path):
    (tmp_path / "f").write_text("keep")
    r = _run("report", str(EXAMPLE), "-o", "f", cwd=tmp_path)
    assert r.returncode == 2
    _one_error_line(r)
    assert (tmp_path / "f").read_text() == "keep" and _leftovers(tmp_path) == []


def test_cli_report_into_a_non_empty_folder(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "旧文件.txt").write_text("old")
    r = _run("report", str(EXAMPLE), "-o", "out", cwd=tmp_path)
    assert r.returncode == 2 and "--replace" in _one_error_line(r)
    assert [p.name for p in out.iterdir()] == ["旧文件.txt"] and _leftovers(tmp_path) == []
    r = _run("report", str(EXAMPLE), "-o", "out", "--replace", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    m = _complete(out)  # the old file is gone, every new file is the one the manifest names
    assert m["sources"][0]["sha256"] == _sha(EXAMPLE)
    assert "旧文件.txt" not in {p.name for p in out.iterdir()} and _leftovers(tmp_path) == []


# ---------------------------------------------------------- SIGKILL


def _killed(args: list[str], cwd: Path, delay: float) -> None:
    p = subprocess.Popen([*JIXIAO, *args], cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(delay)
    p.send_signal(signal.SIGKILL)
    p.wait(30)


def _timed(args: list[str], cwd: Path) -> float:
    t = time.monotonic()
    subprocess.run([*JIXIAO, *args], cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=60)
    return time.monotonic() - t


def test_report_killed_at_random_moments_is_old_or_complete(tmp_path):
    rng = random.Random(20241202)
    out = tmp_path / "out"
    # previous state: a different, smaller set (review only)
    assert _run("report", str(EXAMPLE), "-o", "out", "--only", "review", cwd=tmp_path).returncode == 0
    old = _complete(out)
    full = ["report", str(EXAMPLE), "-o", "out", "--replace"]
    took = _timed(full, tmp_path)
    new = _complete(out)
    assert len(new["files"]) == 4 and len(old["files"]) == 1
    assert _run("report", str(EXAMPLE), "-o", "out", "--only", "review", "--replace", cwd=tmp_path).returncode == 0
    seen = set()
    for i in range(10):
        fresh = i % 3 == 2  # now and then into an absent folder
        target = tmp_path / f"fresh{i}" if fresh else out
        args = [*full[:3], target.name, *full[4:]]
        _killed(args, tmp_path, rng.uniform(0.05, took * 1.1))
        if fresh and not target.exists():
            seen.add("absent")
            continue
        m = _complete(target)
        kind = "new" if len(m["files"]) == 4 else "old"
        assert kind == "new" or not fresh
        assert [f["name"] for f in m["files"]] == [f["name"] for f in (new if kind == "new" else old)["files"]]
        seen.add(kind)
        if kind == "new" and not fresh:  # back to the previous state for the next kill
            assert _run("report", str(EXAMPLE), "-o", "out", "--only", "review", "--replace",
                        cwd=tmp_path).returncode == 0
    assert seen  # (which states were hit depends on timing; every one seen was whole)


def test_check_outputs_killed_at_random_moments_are_old_or_complete(tmp_path):
    rng = random.Random(7)
    args = ["check", str(EXAMPLE), "--json", "out.json", "--html", "out.html", "--fail-on", "none"]
    took = _timed(args, tmp_path)
    new_json, new_html = (tmp_path / "out.json").read_text("utf-8"), (tmp_path / "out.html").read_text("utf-8")
    json.loads(new_json)
    assert new_html.rstrip().endswith("</html>")
    for _ in range(10):
        (tmp_path / "out.json").write_text('{"old": true}')
        (tmp_path / "out.html").write_text("<html>old</html>")
        _killed(args, tmp_path, rng.uniform(0.05, took * 1.1))
        got_json = (tmp_path / "out.json").read_text("utf-8")
        assert got_json in ('{"old": true}', new_json)
        json.loads(got_json)
        assert (tmp_path / "out.html").read_text("utf-8") in ("<html>old</html>", new_html)
