"""Time the parts of the rows stage of `qa-align score` on the map stage's results kept by
``scripts/bench_reduce.py --keep``, one part after the other over every document, in this
process: what the rows stage would keep in the main process and what it could hand to workers.

    PYTHONPATH=$PWD .venv/bin/python scripts/bench_rows.py /tmp/held.pickle [--every N] [--csv OUT.csv]

The parts, by process time: the batch rules' keys combined (``keys``, the summaries a worker
would need, and their size pickled); each document loaded again (``result``); the batch rules'
flags and the pairs made (``rows``); the late rules (``late``); the trained score (``score``, in
blocks as ``batch.with_model_score`` gives it); the CSV written (``csv``, ``output.CsvWriter``);
and what a split of the rows over worker processes would add: each document's scored pairs
pickled (``pickle``, in the worker) and loaded again (``unpickle``, in the main process), with
their size. The settings are the default ones (the cue classifier on, as ``bench_score.py``
runs); similarity and identifiability are not made (the fit is not run): each pair gets 0.5 and
0.5, so the score's input has the shape of a real run's. ``--every N`` takes every Nth
document; ``--csv`` keeps the CSV written. Prints nothing of the documents.
"""

from __future__ import annotations

import argparse
import itertools
import os
import pickle
import sys
import tempfile
import time
from collections.abc import Callable
from typing import Any


def parts(held: list, every: int = 1, csv: str | None = None) -> tuple[dict[str, float], dict[str, float]]:
    """The process seconds of each part of the rows stage over ``held`` (results as
    ``document_rules.hold`` gives them, ``Problem`` ones skipped), and the sizes (MB of the
    summaries and of the pairs pickled, documents, pairs)."""
    from qa_align import batch
    from qa_align.document_rules import Held
    from qa_align.output import CsvWriter
    from qa_align.rules import get_rules
    from qa_align.settings import Settings

    settings = Settings()
    rules = get_rules(settings.rules)
    steps = {r.name: r.batch for r in rules if r.batch is not None}
    late = [r for r in rules if r.late]
    model = batch.score_model(settings, rules)
    seconds: dict[str, float] = {}

    def timed(name: str, work: Callable[[], Any]) -> Any:
        start = time.process_time()
        out = work()
        seconds[name] = time.process_time() - start
        return out

    kept = [h for h in held if isinstance(h, Held)]
    summaries = timed(
        "keys", lambda: {n: s.combine((h.keys().get(n) for h in kept), settings) for n, s in steps.items()}
    )
    sizes = {"summaries MB": len(pickle.dumps(summaries, protocol=pickle.HIGHEST_PROTOCOL)) / 2**20}
    chosen = kept[::every]
    documents = timed("result", lambda: [h.result() for h in chosen])
    values = itertools.repeat((0.5, 0.5))
    flagged = timed(
        "rows", lambda: [list(batch.rows(d, steps, summaries, values, settings)) for d in documents]
    )
    flagged = timed("late", lambda: [list(batch.with_late_rules(p, late, settings)) for p in flagged])
    flat = [p for pairs in flagged for p in pairs]
    scored = timed("score", lambda: flat if model is None else list(batch.with_model_score(flat, model)))

    def written() -> None:
        with tempfile.TemporaryDirectory() as tmp:
            writer = CsvWriter(csv or os.path.join(tmp, "rows.csv"))
            for p in scored:
                writer.add(p)
            writer.close()

    timed("csv", written)
    by_document, at = [], 0
    for pairs in flagged:
        by_document.append(scored[at : at + len(pairs)])
        at += len(pairs)
    blobs = timed("pickle", lambda: [pickle.dumps(p, protocol=pickle.HIGHEST_PROTOCOL) for p in by_document])
    timed("unpickle", lambda: [pickle.loads(b) for b in blobs])
    sizes.update({"pairs MB": sum(map(len, blobs)) / 2**20, "documents": len(chosen), "pairs": len(flat)})
    return seconds, sizes


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("held", help="the map stage's results kept by scripts/bench_reduce.py --keep")
    p.add_argument("--every", type=int, default=1, help="take every Nth document (default all)")
    p.add_argument("--csv", help="keep the CSV written here")
    args = p.parse_args(argv)
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from bench_reduce import load_kept

    _, held = load_kept(args.held)
    seconds, sizes = parts(held, args.every, args.csv)
    print(f"{sizes['documents']:.0f} documents, {sizes['pairs']:.0f} pairs")
    print("part        process s")
    for name, s in seconds.items():
        print(f"  {name:10s} {s:8.2f}")
    stage = sum(seconds[k] for k in ("result", "rows", "late", "score", "csv"))
    print(f"  {'rows stage':10s} {stage:8.2f}  (result + rows + late + score + csv)")
    print(f"summaries pickled {sizes['summaries MB']:.1f} MB; the pairs pickled {sizes['pairs MB']:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
