"""The batch stages after the map (similarity fit, passages, identifiability, batch keys, rows),
measured alone on the map's results kept once.

    .venv/bin/python scripts/profile_batch_stages.py make HELD.pkl OUT.csv PATH...
    .venv/bin/python scripts/profile_batch_stages.py run HELD.pkl OUT.csv [-j N] [--profile P.prof]
        [--threads1]

``make`` runs ``qa-align score PATH... --all -o OUT.csv -q -j 2`` and keeps what the map stage
gave (``document_rules.Held`` and problems) in HELD.pkl, the paths in HELD.pkl.paths. ``run``
runs the same command with the map stage replaced by those results (any checkout: run it with
that checkout's ``PYTHONPATH``; OUT.csv is then the score table of the whole command, to compare
with ``cmp``), and prints for each stage its wall time, this process's CPU time (all its threads)
and the process tree's (this process, its live descendants and the children they waited for:
/proc's utime, stime, cutime and cstime, read at each "stage:" log line), and the peak PSS of
the tree (sampled every 0.2 s). ``--profile``: cProfile of this process's main thread;
``--threads1``: the pair cosines in one thread (so the profile sees them).
"""

import logging
import os
import pickle
import sys
import time
from pathlib import Path


def tree_cpu(root: int) -> float:
    """utime+stime(+ waited children) of root and every live descendant, seconds."""
    tick = os.sysconf("SC_CLK_TCK")
    total, todo = 0, [root]
    while todo:
        p = todo.pop()
        try:
            f = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
            total += int(f[11]) + int(f[12]) + int(f[13]) + int(f[14])
            for task in Path(f"/proc/{p}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            continue
    return total / tick


def pss(root: int) -> float:
    total, todo = 0.0, [root]
    while todo:
        p = todo.pop()
        try:
            for line in Path(f"/proc/{p}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1]) / 1024
            for task in Path(f"/proc/{p}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            continue
    return total


class Marks(logging.Handler):
    def __init__(self):
        super().__init__(logging.INFO)
        self.marks = []

    def emit(self, record):
        msg = record.getMessage()
        if msg.startswith("stage: "):
            self.marks.append((msg[7:60], time.perf_counter(), time.process_time(), tree_cpu(os.getpid())))


def main():
    mode, held_path, out = sys.argv[1:4]
    rest = sys.argv[4:]
    from qa_align import cli, pipeline

    if mode == "make":
        orig = pipeline.map_documents

        def recording(*a, **k):
            got = list(orig(*a, **k))
            with open(held_path, "wb") as fh:
                pickle.dump(got, fh, protocol=pickle.HIGHEST_PROTOCOL)
            return iter(got)

        pipeline.map_documents = recording
        Path(held_path + ".paths").write_text("".join(f"{p}\n" for p in rest))
        return cli.main(["score", *rest, "--all", "-o", out, "-q", "-j", "2"])
    jobs = "2"
    if "-j" in rest:
        jobs = rest[rest.index("-j") + 1]
    prof = rest[rest.index("--profile") + 1] if "--profile" in rest else None
    if "--threads1" in rest:
        from qa_align import similarity

        similarity._THREADS = 1
    with open(held_path, "rb") as fh:
        held = pickle.load(fh)
    paths = [line.strip() for line in open(held_path + ".paths")]
    pipeline.map_documents = lambda *a, **k: iter(held)
    marks = Marks()
    logging.getLogger().addHandler(marks)
    logging.getLogger().setLevel(logging.INFO)
    logging.getLogger("qa_align").setLevel(logging.INFO)
    peak = [0.0]
    import threading

    stop = threading.Event()

    def sample():
        while not stop.is_set():
            peak[0] = max(peak[0], pss(os.getpid()))
            stop.wait(0.2)

    th = threading.Thread(target=sample, daemon=True)
    base_pss = pss(os.getpid())
    th.start()
    start = (time.perf_counter(), time.process_time(), tree_cpu(os.getpid()))
    argv = ["score", *paths, "--all", "-o", out, "-q", "-j", jobs]
    if prof:
        import cProfile

        pr = cProfile.Profile()
        pr.enable()
        rc = cli.main(argv)
        pr.disable()
        pr.dump_stats(prof)
    else:
        rc = cli.main(argv)
    end = (time.perf_counter(), time.process_time(), tree_cpu(os.getpid()))
    stop.set()
    th.join()
    rows = [("start", *start), *marks.marks, ("end", *end)]
    for (name, w0, p0, t0), (_, w1, p1, t1) in zip(rows, rows[1:]):
        print(f"{name[:45]:45s} wall {w1 - w0:6.2f}  main {p1 - p0:6.2f}  tree {t1 - t0:6.2f}")
    print(
        f"total wall {end[0] - start[0]:.2f} main {end[1] - start[1]:.2f} tree {end[2] - start[2]:.2f}"
        f"; PSS held {base_pss:.0f} MB, peak {peak[0]:.0f} MB; rc {rc}"
    )


if __name__ == "__main__":
    main()
