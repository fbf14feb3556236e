"""Benchmark of reading and segmenting: documents per second and peak memory per source.

    .venv/bin/python scripts/bench_read.py [DATA_DIR]   (default: ../shared/data)

Each source folder is read in a fresh process (read + segment + align, no rules), so the peak
resident memory printed is that source's own. Prints one table row per source and the total.
"""

from __future__ import annotations

import multiprocessing as mp
import resource
import sys
import time
from pathlib import Path


def _run(folder: str, queue) -> None:
    from qa_align.align import align
    from qa_align.readers import read_paths
    from qa_align.types import Problem

    start = time.perf_counter()
    docs = units = problems = 0
    for item in read_paths([folder]):
        if isinstance(item, Problem):
            problems += 1
            continue
        docs += 1
        units += len(align(item))
    elapsed = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux
    queue.put((docs, units, problems, elapsed, peak_mb))


def main(argv: list[str]) -> int:
    data = Path(argv[0] if argv else Path(__file__).resolve().parent.parent.parent / "shared" / "data")
    folders = sorted(p for p in data.iterdir() if p.is_dir())
    if not folders:
        print(f"no source folders under {data}", file=sys.stderr)
        return 2
    ctx = mp.get_context("spawn")
    print(
        f"{'source folder':22s} {'docs':>7s} {'units':>7s} {'not read':>8s} {'seconds':>8s} {'docs/s':>8s} {'peak MB':>8s}"
    )
    total = [0, 0, 0, 0.0]
    for folder in folders:
        queue = ctx.Queue()
        proc = ctx.Process(target=_run, args=(str(folder), queue))
        proc.start()
        proc.join()
        if proc.exitcode != 0:
            print(f"{folder.name:22s} failed (exit code {proc.exitcode})")
            continue
        docs, units, problems, elapsed, peak = queue.get()
        total = [total[0] + docs, total[1] + units, total[2] + problems, total[3] + elapsed]
        print(
            f"{folder.name:22s} {docs:>7d} {units:>7d} {problems:>8d} {elapsed:>8.1f} {docs / elapsed:>8.0f} {peak:>8.0f}"
        )
    docs, units, problems, elapsed = total
    print(f"{'total':22s} {docs:>7d} {units:>7d} {problems:>8d} {elapsed:>8.1f} {docs / elapsed:>8.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
