"""Benchmark: a province's batch (jixiao.batch) — packages/s, per-package p50/p95 by format,
peak memory of the whole process tree, cores used; locally and on a Dask LocalCluster.

Usage: python bench/batch.py [--n 1000 10000] [--workers N] [--cluster] [--job check]

The batch: N packages, each in its own folder, a mix of formats (MIX): the example package as
text with a different unit name in each copy (so no two files are alike), and copies of the
fixtures built from it as .docx, .xlsx and PDF (tests/fixtures/build.py; PDF needs
LibreOffice, else its share goes to text).  The whole batch is run as ``jixiao check`` runs it
(batch.run with the summary row, every result consumed and dropped).  Peak RSS is the largest
sum of the resident memory of this process and all its descendants, sampled every 0.1 s.
Per-package times are measured apart, one process, on a sample of each format.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "fixtures"))
import build  # noqa: E402

from jixiao.batch import Job, plan, run  # noqa: E402
from jixiao.example import example_text  # noqa: E402
from jixiao.executor import LocalPool, default_workers  # noqa: E402

MIX = {"txt": 0.55, "docx": 0.2, "xlsx": 0.15, "pdf": 0.1}  # share of the packages per format
SAMPLE = 30  # packages per format timed one by one
SAMPLE_EVERY = 0.1  # seconds between memory samples
UNIT = "示例县人力资源和社会保障局"


def _tree_rss(root: int) -> int:
    """Resident bytes of ``root`` and every descendant (from /proc)."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    page = os.sysconf("SC_PAGE_SIZE")
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            with open(f"/proc/{d}/stat", "rb") as f:
                fields = f.read().rsplit(b")", 1)[1].split()
            parents[int(d)] = int(fields[1])
            rss[int(d)] = int(fields[21]) * page
        except (OSError, IndexError, ValueError):
            continue
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += rss.get(pid, 0)
        todo.extend(c for c, p in parents.items() if p == pid)
    return total


class Sampler(threading.Thread):
    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.peak = 0
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.is_set():
            self.peak = max(self.peak, _tree_rss(os.getpid()))
            self.stop.wait(SAMPLE_EVERY)


def fixtures(work: Path) -> dict[str, bytes]:
    src = work / "example.txt"
    src.write_text(example_text(), encoding="utf-8")
    built = build.build_all(src, work, pdf=True)
    return {fmt: Path(p).read_bytes() for fmt, p in built.items()}


def generate(n: int, work: Path, made: dict[str, bytes]) -> dict[str, list[Path]]:
    """N package folders under ``work/batch``; the files of each format."""
    mix = {f: s for f, s in MIX.items() if f in made}
    mix["txt"] += 1 - sum(mix.values())
    text = example_text()
    out: dict[str, list[Path]] = {f: [] for f in mix}
    counts = {f: round(n * s) for f, s in mix.items()}
    counts["txt"] += n - sum(counts.values())
    i = 0
    for fmt, k in counts.items():
        for _ in range(k):
            folder = work / "batch" / f"{i // 1000:03d}" / f"{i:06d}"
            folder.mkdir(parents=True)
            path = folder / f"材料.{fmt}"
            if fmt == "txt":
                path.write_text(text.replace(UNIT, f"示例县第{i}单位"), encoding="utf-8")
            else:
                path.write_bytes(made[fmt])
            out[fmt].append(path)
            i += 1
    return out


def per_package(files: dict[str, list[Path]], job: Job) -> None:
    from jixiao.batch import finish
    from jixiao.pipeline import load

    print(f"{'format':<6} {'p50 ms':>8} {'p95 ms':>8}  (read + {job.kind}, one process, {SAMPLE} packages)")
    for fmt, paths in files.items():
        sample = paths[:SAMPLE]
        finish(load(sample[0]), job)  # warm up
        times = []
        for p in sample:
            t0 = time.perf_counter()
            finish(load(p), job)
            times.append(1000 * (time.perf_counter() - t0))
        times.sort()
        p95 = times[min(len(times) - 1, int(0.95 * len(times)))]
        print(f"{fmt:<6} {statistics.median(times):>8.1f} {p95:>8.1f}")


def batch(root: Path, n: int, job: Job, executor, label: str) -> None:
    sampler = Sampler()
    sampler.start()
    c0, t0 = os.times(), time.perf_counter()
    done = failed = 0
    for r in run(plan([root]), job, executor):
        done += 1
        failed += not r.ok
    wall = time.perf_counter() - t0
    c1 = os.times()
    sampler.stop.set()
    sampler.join()
    cpu = sum(getattr(c1, a) - getattr(c0, a) for a in ("user", "system", "children_user", "children_system"))
    cores = f"{cpu / wall:.2f}" if label == "local" else "n/a (cluster processes are not children)"
    print(f"{label:<8} N={n:<6} {done / wall:>8.1f} packages/s  {wall:>7.1f} s  peak RSS {sampler.peak / 2**20:>6.0f} MiB"
          f"  cores used {cores}  failed {failed}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--workers", type=int, default=default_workers())
    ap.add_argument("--cluster", action="store_true", help="also run on a Dask LocalCluster")
    ap.add_argument("--job", default="check", choices=["parse", "check", "score"])
    args = ap.parse_args()
    job = Job(args.job, summary=True)
    with tempfile.TemporaryDirectory(prefix="jixiao-batch-bench-") as tmp:
        work = Path(tmp)
        made = fixtures(work)
        print(f"formats {', '.join(made)}; workers {args.workers}; job {args.job} + summary row")
        for n in args.n:
            root = work / f"n{n}"
            root.mkdir()
            files = generate(n, root, made)
            if n == args.n[0]:
                per_package(files, job)
            batch(root / "batch", n, job, LocalPool(args.workers), "local")
            if args.cluster:
                from distributed import Client, LocalCluster

                from jixiao.executor import DaskExecutor

                with LocalCluster(n_workers=args.workers, threads_per_worker=1, dashboard_address=None) as cl, \
                        Client(cl) as client:
                    batch(root / "batch", n, job, DaskExecutor(client), "cluster")


if __name__ == "__main__":
    main()
