"""Benchmark of writing the score table: pairs a second, file size and the writer's extra peak
memory of each output format (``.csv``, ``.parquet``, ``.sqlite``).

    .venv/bin/python scripts/bench_output.py [COPIES]    (default 2000)

The pairs of ``corpus/`` are scored once, then written COPIES times over (each copy's documents
with their own ids, so the SQLite file gets a documents row per copy): with the default, about
90,000 pairs of 32,000 documents, the size of the UK half of ``../shared/data``. Each format is
written in a child process; its peak resident set is compared with the one it had before writing
(the scored pairs loaded, pandas and pyarrow imported), so the figure is what the writer adds.
The copies repeat the same texts, which Parquet's dictionary encoding stores once: its size here
says nothing of a real batch's.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_CHILD = """
import dataclasses, json, resource, sys, time
import pandas, pyarrow.parquet, sqlite3  # imported before the measure: what the writers add is their data
import qa_align

copies, path = int(sys.argv[1]), sys.argv[2]
scored, _ = qa_align.score_pairs("corpus", qa_align.Settings(similarity_model=None))

def pairs():
    for k in range(copies):
        docs = {}
        for sp in scored:
            d = sp.document
            if id(d) not in docs:
                docs[id(d)] = dataclasses.replace(d, doc_id=f"{d.doc_id}-{k}")
            yield dataclasses.replace(sp, document=docs[id(d)])

before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.perf_counter()
qa_align.write_results(pairs(), path)
took = time.perf_counter() - start
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"pairs": copies * len(scored), "seconds": took, "extra_kb": max(0, after - before)}))
"""


def main() -> None:
    copies = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    print(
        f"{'format':8s} {'pairs':>8s} {'seconds':>8s} {'pairs/s':>9s} {'MB on disk':>10s} {'extra peak MB':>14s}"
    )
    with tempfile.TemporaryDirectory() as tmp:
        for suffix in ("csv", "parquet", "sqlite"):
            path = Path(tmp) / f"scores.{suffix}"
            done = subprocess.run(
                [sys.executable, "-c", _CHILD, str(copies), str(path)],
                cwd=ROOT,
                capture_output=True,
                text=True,
                check=True,
            )
            r = json.loads(done.stdout.strip().splitlines()[-1])
            size = path.stat().st_size / 1e6
            print(
                f"{suffix:8s} {r['pairs']:8d} {r['seconds']:8.1f} {r['pairs'] / r['seconds']:9.0f} "
                f"{size:10.1f} {r['extra_kb'] / 1024:14.1f}"
            )
    print(
        f"(peak resident set: {resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024:.0f} MB at most)"
    )


if __name__ == "__main__":
    main()
