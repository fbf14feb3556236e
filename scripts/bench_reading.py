"""The main process's reading path during ``score``, timed alone: process CPU seconds.

    PYTHONPATH=$PWD .venv/bin/python scripts/bench_reading.py [DATA_DIR] [--profile N] [--pdfs]

Reads every document of DATA_DIR (default ``../shared/data``) as ``score -j 2`` does in its main
process (``pipeline.iter_documents`` with two reading workers for the PDF and Word files, each
document pickled as it is sent to a map worker, ``document_rules.Packed``), and prints this process's
CPU seconds (the PDFs' own are the workers'), the wall and the load. ``--profile N``: cProfile with
process time, the N largest by own time and by cumulative time. ``--pdfs``: the PDF files instead,
each read here as a reading worker reads it (its reader found by its content, then read).
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import time
from pathlib import Path


def _documents(data: str) -> int:
    from qa_align.document_rules import Packed
    from qa_align.pipeline import iter_documents
    from qa_align.types import Document

    count = 0
    for item in iter_documents([data], jobs=2):
        if isinstance(item, Document):
            Packed(item)
            count += 1
    return count


def _pdfs(data: str) -> int:
    from qa_align.readers import read_paths

    return sum(1 for path in sorted(Path(data).rglob("*.pdf")) for _ in read_paths([path], jobs=1))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "data", nargs="?", default=str(Path(__file__).resolve().parents[2] / "shared" / "data")
    )
    parser.add_argument("--profile", type=int, default=0, metavar="N")
    parser.add_argument("--pdfs", action="store_true")
    args = parser.parse_args(argv)
    run = _pdfs if args.pdfs else _documents
    profile = cProfile.Profile(time.process_time) if args.profile else None
    cpu, wall = time.process_time(), time.perf_counter()
    if profile is not None:
        profile.enable()
    count = run(args.data)
    if profile is not None:
        profile.disable()
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    what = "PDF files" if args.pdfs else "documents"
    print(
        f"{count} {what}: {cpu:.2f} s of CPU in this process, {wall:.2f} s wall, load {os.getloadavg()[0]:.1f}"
    )
    if profile is not None:
        stats = pstats.Stats(profile)
        stats.sort_stats("tottime").print_stats(args.profile)
        stats.sort_stats("cumtime").print_stats(args.profile)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
