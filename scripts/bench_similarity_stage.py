"""Time the similarity and identifiability stage alone, on pairs scored once and kept.

    .venv/bin/python scripts/bench_similarity_stage.py [--pairs /tmp/qa-align/pairs.pkl]
        [--model tfidf+char] [--save values.pkl] [--compare values.pkl] [DATA ...]

The first run scores DATA (default ``../shared/data``) with the rules alone (``--model none``,
no trained score) and pickles the pairs to ``--pairs``; later runs load them. Then it runs
``qa_align.similarity.similarities`` once and prints the wall and CPU seconds of the stage, pairs
a second, and the peak resident memory of the process tree during the stage (sampled every
20 ms) beside the memory the loaded pairs already held. ``--save`` keeps the values;
``--compare`` gives the largest difference from values kept by an earlier run (another
checkout: run it with that checkout's ``PYTHONPATH``) and how many pairs differ by more than
1e-6.
"""

from __future__ import annotations

import argparse
import math
import os
import pickle
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


class PeakMemory:
    """The largest resident memory of this process and its children, sampled in a thread."""

    def __init__(self, every: float = 0.02) -> None:
        import psutil

        self.process = psutil.Process(os.getpid())
        self.every = every
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def now(self) -> int:
        import psutil

        total = self.process.memory_info().rss
        for child in self.process.children(recursive=True):
            try:
                total += child.memory_info().rss
            except psutil.NoSuchProcess:
                pass
        return total

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, self.now())
            self._stop.wait(self.every)

    def __enter__(self) -> PeakMemory:
        self.peak = self.now()
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, self.now())


def load_pairs(path: Path, data: list[str]) -> list:
    if path.exists():
        with open(path, "rb") as fh:
            return pickle.load(fh)
    from qa_align import score_pairs
    from qa_align.settings import Settings

    start = time.perf_counter()
    scored, _ = score_pairs(data, Settings(similarity_model=None, score_model="none"))
    print(
        f"scored {len(scored)} pairs with the rules alone in {time.perf_counter() - start:.1f} s", flush=True
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as fh:
        pickle.dump(scored, fh, protocol=pickle.HIGHEST_PROTOCOL)
    return scored


def compare(values: list, earlier: list) -> tuple[float, int, int]:
    """(largest difference, pairs differing by more than 1e-6, pairs where one side is empty)."""
    largest, over, empty = 0.0, 0, 0
    for now, then in zip(values, earlier):
        for a, b in zip(now, then):
            if (a is None) != (b is None):
                empty += 1
            elif a is not None and not (math.isnan(a) and math.isnan(b)):
                largest = max(largest, abs(a - b))
                over += abs(a - b) > 1e-6
    return largest, over, empty


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("data", nargs="*", default=[str(ROOT.parent / "shared" / "data")])
    parser.add_argument("--pairs", type=Path, default=Path("/tmp/qa-align/pairs.pkl"))
    parser.add_argument("--model", default="tfidf+char")
    parser.add_argument("-k", type=int, default=50)
    parser.add_argument("--save", type=Path)
    parser.add_argument("--compare", type=Path)
    args = parser.parse_args(argv)

    scored = load_pairs(args.pairs, args.data)
    from qa_align.embed import get_backend
    from qa_align.similarity import similarities

    with PeakMemory() as memory:
        before = memory.now()
        wall, cpu = time.perf_counter(), time.process_time()
        values = similarities(scored, get_backend(args.model, cache=False), args.k, 0)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(
        f"{len(scored)} pairs, {args.model}: {wall:.1f} s ({len(scored) / wall:.0f} pairs a second), "
        f"CPU {cpu:.1f} s; peak memory {memory.peak / 2**30:.2f} GB "
        f"(the loaded pairs {before / 2**30:.2f} GB)"
    )
    if args.save:
        with open(args.save, "wb") as fh:
            pickle.dump(values, fh, protocol=pickle.HIGHEST_PROTOCOL)
    if args.compare:
        with open(args.compare, "rb") as fh:
            largest, over, empty = compare(values, pickle.load(fh))
        print(
            f"against {args.compare}: largest difference {largest:.3g}, {over} over 1e-6, {empty} filled on one side"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
