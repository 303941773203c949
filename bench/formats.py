"""Benchmark: files per second and peak memory per input format, on the fixtures
generated from the seeds (tests/fixtures/build.py).

Usage: python bench/formats.py [ROUNDS]   (needs ../shared/seeds; PDF needs LibreOffice)

Each file is read through the whole pipeline (read + recognise) ROUNDS times;
peak memory is the tracemalloc peak of Python allocations while reading one
file, the largest over the files of the format.
"""

from __future__ import annotations

import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "fixtures"))
import build  # noqa: E402

from jixiao.pipeline import load  # noqa: E402

SEEDS = ["000_a1e8d29c7864ba8d.txt", "001_7c0e03b398c44046.txt", "003_c0781168737441b9.txt"]


def main(rounds: int = 3) -> None:
    files: dict[str, list[Path]] = {"txt": [], "docx": [], "xlsx": [], "pdf": []}
    with tempfile.TemporaryDirectory(prefix="jixiao-bench-") as tmp:
        for s in SEEDS:
            src = build.SEEDS / s
            if not src.exists():
                sys.exit(f"seed {src} not found")
            for fmt, p in build.build_all(src, Path(tmp), pdf=True).items():
                files[fmt].append(p)
        print(f"{'format':<6} {'files':>5} {'files/s':>9} {'ms/file':>8} {'peak MiB':>9}  (rounds={rounds})")
        for fmt, paths in files.items():
            if not paths:
                print(f"{fmt:<6} skipped (LibreOffice not installed)")
                continue
            for p in paths:
                load(p)  # warm up imports
            t0 = time.perf_counter()
            for _ in range(rounds):
                for p in paths:
                    load(p)
            dt = time.perf_counter() - t0
            n = rounds * len(paths)
            peak = 0
            for p in paths:
                tracemalloc.start()
                load(p)
                peak = max(peak, tracemalloc.get_traced_memory()[1])
                tracemalloc.stop()
            print(f"{fmt:<6} {len(paths):>5} {n / dt:>9.2f} {1000 * dt / n:>8.0f} {peak / 2**20:>9.1f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3)
