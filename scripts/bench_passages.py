"""Benchmark of the passages stage alone (``similarity._best_passages``) on the texts of the map
stage's results kept by ``scripts/bench_reduce.py --keep``: one block after the other
(``_PASSAGE_THREADS`` 0) against each block prepared in the interpreter while the block before is
finished and compared in a thread (1), alternated in one process on one fitted space.

    PYTHONPATH=$PWD .venv/bin/python scripts/bench_passages.py /tmp/held.pickle [PAIRS]
    (PAIRS: the first that many pairs with an answer; default all)

Prints for each pass its wall time, the process's CPU and the main thread's CPU (where the cores
are free, the stage's wall is about the larger of the main thread's CPU and the rest), with the
load average; a first pass one block after the other is not counted (each new word of the
passages is numbered once, by the first pass). Checks that both ways give the same numbers.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import numpy as np


def main(argv: list[str]) -> int:
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__)
        return 0 if argv else 2
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_reduce import load_kept

    from qa_align import similarity
    from qa_align.embed import get_backend
    from qa_align.settings import Settings

    _, held = load_kept(argv[0])
    texts = [t for h in held for t in getattr(h, "texts", ()) if t is not None]
    del held
    if len(argv) > 1:
        texts = texts[: int(argv[1])]
    questions, answers, n = [p.question for p in texts], [p.answer for p in texts], len(texts)
    backend = get_backend(Settings().similarity_model)
    if hasattr(backend, "processes"):
        backend.processes = 1
    start = time.perf_counter()
    backend.fit(questions + answers)
    X = backend.embed(questions + answers)
    print(f"{n} pairs, fitted in {time.perf_counter() - start:.1f} s", flush=True)
    if hasattr(backend, "processes"):  # fitted in this process; the passages' thread is used from 2 on
        backend.processes = 2
    similarity._PASSAGE_THREADS = 0
    similarity._best_passages(X, backend, texts, answers, n)  # not counted: new words numbered once
    found: dict[int, np.ndarray] = {}
    for threads in (1, 0, 1, 0):
        similarity._PASSAGE_THREADS = threads
        load = os.getloadavg()[0]
        cpu, wall, main_cpu = time.process_time(), time.perf_counter(), time.thread_time()
        best = similarity._best_passages(X, backend, texts, answers, n)
        wall, cpu, main_cpu = (
            time.perf_counter() - wall,
            time.process_time() - cpu,
            time.thread_time() - main_cpu,
        )
        print(
            f"threads {threads}: wall {wall:7.2f} s  process CPU {cpu:7.2f} s  main thread CPU {main_cpu:7.2f} s"
            f"  (load {load:.1f})",
            flush=True,
        )
        if threads in found and not np.array_equal(found[threads], best):
            print("error: two passes of the same way differ", file=sys.stderr)
            return 1
        found[threads] = best
    same = np.array_equal(found[0], found[1])
    print("the same numbers both ways" if same else "error: the two ways differ")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
