"""Executors (执行器): run one function over many items in guarded worker processes.

One small interface, :class:`Executor` (``imap(fn, items)`` yielding :class:`Outcome`\\ s
as they finish), with two implementations: :class:`LocalPool` (worker processes on
this machine, the default) and :class:`InProcess` (no workers: tests, debugging, a
single small file where isolation is not wanted).  The command line, the batch
runner and the workspace's import worker all use it, so a Dask cluster can stand in
behind the same interface.

Each item runs under the guard of :mod:`jixiao.limits` (``[guard]``): a wall-time and
a memory ceiling.  A worker that passes either is killed and replaced, the item gets
a one-line outcome (``timeout`` / ``memory``), and the run goes on.  A worker that
dies (a crash in a C library) is replaced the same way (``crashed``).
"""

from __future__ import annotations

import multiprocessing as mp
import os
import time
import traceback
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any, Callable, Iterable, Iterator, Literal, Protocol

from .limits import Limits, current, set_default

Status = Literal["ok", "error", "timeout", "memory", "crashed"]
_POLL = 0.2  # seconds between memory readings of the workers


@dataclass
class Outcome:
    """What became of one item: its value, or the one-line reason it has none."""

    index: int
    status: Status
    value: Any = None
    error: BaseException | None = None
    message: str = ""
    seconds: float = 0.0
    peak_rss: int = 0  # bytes, as last seen by the parent (0 where it cannot be read)


class Executor(Protocol):
    def imap(self, fn: Callable[[Any], Any], items: Iterable[Any]) -> Iterator[Outcome]: ...


def default_workers() -> int:
    """All cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def _rss(pid: int) -> int:
    """Resident memory of a process in bytes, from /proc (0 where there is none)."""
    try:
        with open(f"/proc/{pid}/statm", "rb") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


class InProcess:
    """Run items one after the other in this process (no ceilings beyond the limits)."""

    def imap(self, fn: Callable[[Any], Any], items: Iterable[Any]) -> Iterator[Outcome]:
        for i, item in enumerate(items):
            t0 = time.perf_counter()
            try:
                yield Outcome(i, "ok", fn(item), seconds=time.perf_counter() - t0)
            except Exception as e:  # handed to the caller as data, as a worker's would be
                yield Outcome(i, "error", error=e, message=str(e), seconds=time.perf_counter() - t0)


def _worker(conn: Connection, limits: Limits) -> None:
    set_default(limits)
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        i, fn, item = task
        try:
            reply = (i, "ok", fn(item), None)
        except MemoryError:
            reply = (i, "memory", None, None)
        except Exception as e:
            reply = (i, "error", None, _portable(e))
        try:
            conn.send(reply)
        except Exception as e:  # a value that cannot be pickled
            conn.send((i, "error", None, RuntimeError(f"结果无法传回：{type(e).__name__}")))


def _portable(e: BaseException) -> BaseException:
    """The exception itself when it pickles (ReadError does), else a RuntimeError with its text."""
    import pickle

    try:
        pickle.loads(pickle.dumps(e))
        return e
    except Exception:
        tb = traceback.format_exception_only(type(e), e)[-1].strip()
        return RuntimeError(tb)


@dataclass
class _Slot:
    proc: Any
    conn: Connection
    task: tuple[int, Any] | None = None
    started: float = 0.0
    peak: int = 0


class LocalPool:
    """Worker processes on this machine, each item under a wall-time and memory ceiling."""

    def __init__(self, workers: int | None = None, limits: Limits | None = None):
        self.workers = workers or default_workers()
        self.limits = limits or current()
        method = "fork" if "fork" in mp.get_all_start_methods() else "spawn"
        self.ctx = mp.get_context(method)

    def _start(self) -> _Slot:
        parent, child = self.ctx.Pipe()
        proc = self.ctx.Process(target=_worker, args=(child, self.limits), daemon=True)
        proc.start()
        child.close()
        return _Slot(proc, parent)

    @staticmethod
    def _stop(slot: _Slot) -> None:
        if slot.proc.is_alive():
            slot.proc.kill()
        slot.proc.join(5)
        slot.conn.close()

    def imap(self, fn: Callable[[Any], Any], items: Iterable[Any]) -> Iterator[Outcome]:
        """Items are taken from ``items`` only as workers fall idle (at most one per worker in
        flight), so a generator of large items is never held whole."""
        guard = self.limits.guard
        queue = enumerate(items)
        slots: list[_Slot] = []
        busy = 0
        exhausted = False
        try:
            while True:
                while not exhausted and (busy < len(slots) or len(slots) < self.workers):
                    nxt = next(queue, None)  # feed an idle worker, starting one if none is idle
                    if nxt is None:
                        exhausted = True
                        break
                    s = next((x for x in slots if x.task is None), None)
                    if s is None:
                        s = self._start()
                        slots.append(s)
                    s.task, s.started, s.peak = nxt, time.perf_counter(), 0
                    s.conn.send((nxt[0], fn, nxt[1]))
                    busy += 1
                if busy == 0:
                    return
                ready = wait([s.conn for s in slots if s.task is not None], timeout=_POLL)
                now = time.perf_counter()
                for k, s in enumerate(slots):
                    if s.task is None:
                        continue
                    i = s.task[0]
                    if s.conn in ready:
                        try:
                            _, status, value, error = s.conn.recv()
                        except (EOFError, OSError):
                            code = s.proc.exitcode
                            slots[k] = self._replace(s)
                            busy -= 1
                            yield Outcome(i, "crashed", message=f"处理进程意外退出（退出码 {code}）",
                                          seconds=now - s.started, peak_rss=s.peak)
                            continue
                        s.task = None
                        busy -= 1
                        if status == "memory":
                            slots[k] = self._replace(s)
                        yield Outcome(i, status, value, error, _message(status, error, guard), now - s.started, s.peak)
                        continue
                    s.peak = max(s.peak, _rss(s.proc.pid))
                    # memory first: a greedy item is often slow too (paging in what it took)
                    over = ("memory" if s.peak > guard.memory_bytes
                            else "timeout" if now - s.started > guard.wall_seconds else None)
                    if over:
                        slots[k] = self._replace(s)
                        busy -= 1
                        yield Outcome(i, over, message=_message(over, None, guard), seconds=now - s.started,
                                      peak_rss=s.peak)
        finally:
            for s in slots:
                try:
                    s.conn.send(None)
                except OSError:
                    pass
                self._stop(s)

    def _replace(self, slot: _Slot) -> _Slot:
        self._stop(slot)
        return self._start()


def _message(status: Status, error: BaseException | None, guard) -> str:
    if status == "timeout":
        return f"处理超时（超过 {guard.wall_seconds} 秒，输入上限 guard.wall_seconds），已停止并跳过"
    if status == "memory":
        return f"处理占用内存超过 {guard.memory_bytes // (1024 * 1024)} MB（输入上限 guard.memory_bytes），已停止并跳过"
    return str(error) if error is not None else ""


def _on_worker(limits: Limits, fn: Callable[[Any], Any], item: Any) -> tuple[Status, Any]:
    """One item on a Dask worker, under the run's limits; its outcome as data."""
    set_default(limits)
    try:
        return "ok", fn(item)
    except MemoryError:
        return "memory", None
    except Exception as e:
        return "error", _portable(e)


class DaskExecutor:
    """Items on a Dask distributed cluster (``--scheduler tcp://HOST:8786``, or a ``Client``).

    The same interface as :class:`LocalPool`; at most ``in_flight`` items per worker thread
    are submitted at a time, so a long generator of items is never held whole.  The input
    limits travel with every item.  Ceilings: a worker that passes its Dask memory limit is
    restarted by its nanny and the item is reported ``crashed``; a per-item wall-time
    ceiling is not enforced on a cluster (Dask cannot stop a running task).  The workers
    must see the files under the same paths as this machine (shared storage)."""

    def __init__(self, scheduler: Any, limits: Limits | None = None, in_flight: int = 2):
        self.scheduler = scheduler
        self.limits = limits or current()
        self.in_flight = in_flight

    def _client(self):
        from distributed import Client

        if isinstance(self.scheduler, Client):
            return self.scheduler, False
        return Client(self.scheduler, set_as_default=False), True

    def imap(self, fn: Callable[[Any], Any], items: Iterable[Any]) -> Iterator[Outcome]:
        from distributed import as_completed

        client, own = self._client()
        try:
            window = max(1, self.in_flight * sum(client.nthreads().values()))
            queue = enumerate(items)
            started: dict[Any, tuple[int, float]] = {}
            pending = as_completed()

            def submit() -> bool:
                nxt = next(queue, None)
                if nxt is None:
                    return False
                fut = client.submit(_on_worker, self.limits, fn, nxt[1], pure=False)
                started[fut] = (nxt[0], time.perf_counter())
                pending.add(fut)
                return True

            while len(started) < window and submit():
                pass
            for fut in pending:
                i, t0 = started.pop(fut)
                yield self._outcome(fut, i, time.perf_counter() - t0)
                fut.release()
                submit()
        finally:
            if own:
                client.close()

    def _outcome(self, fut: Any, i: int, seconds: float) -> Outcome:
        try:
            status, value = fut.result()
        except Exception as e:  # the worker died (KilledWorker) or the task could not run
            return Outcome(i, "crashed", message=f"集群处理进程出错：{type(e).__name__}", seconds=seconds)
        if status == "ok":
            return Outcome(i, "ok", value, seconds=seconds)
        return Outcome(i, status, error=value, message=_message(status, value, self.limits.guard), seconds=seconds)
