"""Benchmark of scoring end to end: documents per second and peak memory of
`qa-align score PATH... --all` (every rule, the default similarity backend, the trained score).

    .venv/bin/python scripts/bench_score.py [PATH...] [-- extra qa-align options]
    (default PATH: ../shared/data)

Runs the command line in a child process and prints wall time, documents and records read,
documents per second and the child's peak resident memory.
"""

from __future__ import annotations

import csv
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str]) -> int:
    extra: list[str] = []
    if "--" in argv:
        k = argv.index("--")
        argv, extra = argv[:k], argv[k + 1 :]
    paths = argv or [str(ROOT.parent / "shared" / "data")]
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "scores.csv"
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "qa_align", "score", *paths, "--all", "-o", str(out), "-q", *extra],
            capture_output=True,
            text=True,
        )
        wall = time.perf_counter() - start
        if done.returncode not in (0, 1):
            print(done.stderr, file=sys.stderr)
            return done.returncode
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        with out.open(encoding="utf-8") as fh:
            docs = {(r["source"], r["doc_id"]) for r in csv.DictReader(fh)}
        errors = out.with_name("scores.errors.csv")
        not_scored = sum(1 for _ in errors.open(encoding="utf-8")) - 1 if errors.exists() else 0
    records = len(docs) + not_scored
    print(f"documents scored: {len(docs)}; records and files read: {records}")
    print(f"wall: {wall:.1f} s; {records / wall:.0f} records/s ({len(docs) / wall:.0f} documents/s)")
    print(f"peak memory: {peak_mb:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
