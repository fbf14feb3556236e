"""Time the reduce stages of `qa-align score` alone (the similarity fit, the passages,
identifiability, the batch rules' keys, the rows with their late rules, score and output file),
on the map stage's results kept once in a pickle.

    # once: a whole run, its map stage's results kept (each document as the batch stages hold it)
    PYTHONPATH=$PWD .venv/bin/python scripts/bench_reduce.py --keep /tmp/held.pickle -- \\
        score ../shared/data/be-kamer-2017 --all -j 1 -q -o /tmp/be.csv
    # then, as often as needed: the same command, the map stage replaced by the kept results
    PYTHONPATH=$PWD .venv/bin/python scripts/bench_reduce.py --held /tmp/held.pickle [--profile 40] -- \\
        score ../shared/data/be-kamer-2017 --all -j 1 -q -o /tmp/be.csv

The arguments after ``--`` are those of `qa-align` (the same ones both times: the settings must be
those the results were made with; the kept file holds the code's fingerprint too, and a replay by other
code says so, or ends with a clear error where the results no longer fit the code). With ``--held`` the documents are not read: the kept results
go to the batch stages as the map stage would give them, and the output file is written as the
command writes it. Prints each stage's process time (``time.process_time``: every thread of this
process; a child process's time is not counted, so give it ``-j 1`` for the whole CPU) and wall
time, the CPU of the whole process tree (``tree_cpu``: workers included) and the share of the
machine's cores it kept busy, the tree's peak PSS while the stage ran, and the peak resident
memory of this process; ``--profile N`` prints the N functions of the reduce stages
with the most time of their own, and with the most in all (cProfile); ``--sampled N`` the N with
the most samples of the process's CPU (``bench_map.Sampler``, a sample a millisecond: no cost per
call). Prints nothing of the documents.
"""

from __future__ import annotations

import argparse
import logging
import os
import pickle
import resource
import sys
import threading
import time
from pathlib import Path

_TICK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def _ticks(pid: int | str) -> int:
    """A process's CPU in clock ticks: its own (every thread) and that of its children it has
    waited for (``/proc/PID/stat``: utime, stime, cutime, cstime); 0 where it is gone."""
    try:
        with open(f"/proc/{pid}/stat") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
    except OSError:
        return 0
    return sum(int(f) for f in fields[11:15])


def _descendants(pid: int) -> list[int]:
    out: list[int] = []
    todo = [pid]
    while todo:
        p = todo.pop()
        try:
            tasks = os.listdir(f"/proc/{p}/task")
        except OSError:
            continue
        for t in tasks:
            try:
                with open(f"/proc/{p}/task/{t}/children") as fh:
                    kids = [int(k) for k in fh.read().split()]
            except OSError:
                continue
            out.extend(kids)
            todo.extend(kids)
    return out


def tree_cpu() -> float:
    """The CPU seconds of this process and every process under it, those ended included where
    their parent has waited for them (the fork server waits for the workers it started): what the
    whole run has used of the machine's cores, to set beside the wall time. Linux only (0
    elsewhere)."""
    me = os.getpid()
    return sum(_ticks(p) for p in [me, *_descendants(me)]) / _TICK


class _Stages(logging.Handler):
    """The process time, wall time and the process tree's CPU (``tree_cpu``) at each "stage: "
    message of the pipeline's log."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)  # (the stage marks at DEBUG: lows54)
        self.marks: list[tuple[float, float, float, str]] = []

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if message.startswith("stage: "):
            self.marks.append((time.process_time(), time.perf_counter(), tree_cpu(), message[7:]))


def _short(stage: str) -> str:
    for key, name in (
        ("fitted", "fit"),
        ("passages", "passages"),
        ("identifiability", "identifiability"),
        ("keys", "keys"),
        ("rows", "rows"),
    ):
        if key in stage:
            return name
    return stage[:40]


def load_kept(path: str) -> tuple[str, list]:
    """The code fingerprint (``runcache.fingerprint``) and the map stage's results kept in ``path``
    by ``--keep``; "unknown" for a file kept before the fingerprint was kept with them (a bare list)."""
    with open(path, "rb") as fh:
        kept = pickle.load(fh)
    return (kept["fingerprint"], kept["results"]) if isinstance(kept, dict) else ("unknown", kept)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--keep", help="run the command whole and keep its map stage's results here")
    p.add_argument("--held", help="run the command on the map stage's results kept here")
    p.add_argument(
        "--profile", type=int, default=0, help="profile the reduce stages: the N dearest functions"
    )
    p.add_argument(
        "--sampled", type=int, default=0, help="sample the reduce stages' CPU: the top N functions"
    )
    p.add_argument("argv", nargs=argparse.REMAINDER)
    args = p.parse_args()
    argv = args.argv[1:] if args.argv[:1] == ["--"] else args.argv
    if bool(args.keep) == bool(args.held):
        p.error("give --keep or --held")

    from qa_align import cli, pipeline, runcache

    original = pipeline.map_documents
    other_code = None  # the kept results' code fingerprint, where it is not this code's
    if args.keep:

        def kept(*a, **k):
            results = list(original(*a, **k))
            with open(args.keep, "wb") as fh:
                pickle.dump(
                    {"fingerprint": runcache.fingerprint(), "results": results},
                    fh,
                    protocol=pickle.HIGHEST_PROTOCOL,
                )
            print(f"kept {len(results)} results in {args.keep}", file=sys.stderr)
            return iter(results)

        pipeline.map_documents = kept
    else:
        stamp, held = load_kept(args.held)
        if stamp != runcache.fingerprint():
            other_code = stamp
            print(
                f"note: {args.held} was kept by other code (fingerprint {stamp[:12]}, this code "
                f"{runcache.fingerprint()[:12]}): check its output against a fresh run before trusting it",
                file=sys.stderr,
            )

        def replayed(*a, **k):
            return iter(held)

        pipeline.map_documents = replayed

    stages = _Stages()
    log = logging.getLogger("qa_align")
    log.addHandler(stages)
    log.setLevel(logging.INFO)
    logging.getLogger("qa_align.stages").setLevel(logging.DEBUG)  # the stage marks (lows54)
    profiler = None
    if args.profile and args.held:
        import cProfile

        profiler = cProfile.Profile(time.process_time)
        profiler.enable()
    sampler = None
    if args.sampled and args.held:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from bench_map import Sampler

        sampler = Sampler().__enter__()
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_score import _pss_mb, _tree

    pss: list[tuple[float, float]] = []  # (time, the process tree's PSS) every 0.2 s
    running = threading.Event()
    running.set()

    def sample_pss() -> None:
        while running.is_set():
            pss.append((time.perf_counter(), sum(_pss_mb(p) for p in _tree(os.getpid()))))
            time.sleep(0.2)

    threading.Thread(target=sample_pss, daemon=True).start()
    start = (time.process_time(), time.perf_counter(), tree_cpu())
    try:
        cli.main(argv)
    except (ValueError, TypeError, AttributeError) as e:
        if other_code is None:
            raise
        # the map stage's results changed form since they were kept (a field more in each pair)
        raise SystemExit(
            f"error: the results kept in {args.held} do not replay on this code ({type(e).__name__}: {e});"
            " keep them again with --keep"
        ) from e
    finally:
        end = (time.process_time(), time.perf_counter(), tree_cpu())
        running.clear()
        if profiler is not None:
            profiler.disable()
        if sampler is not None:
            sampler.__exit__(None, None, None)
        marks = [(*start, "map (kept)" if args.held else "reading and map"), *stages.marks]
        # tree: this process and its workers; cores: the tree's CPU over the wall time (2.00 is
        # both cores of a two-core machine busy with the run)
        # PSS: the tree's peak proportional set size while the stage ran (workers included)
        print("stage            CPU s    wall s   tree s  cores   PSS MB")
        for (cpu, wall, tree, name), (cpu2, wall2, tree2, _) in zip(marks, [*marks[1:], (*end, "")]):
            spent = wall2 - wall
            share = (tree2 - tree) / spent if spent > 0 else 0.0
            peak = max((m for t, m in pss if wall <= t <= wall2), default=0.0)
            print(
                f"  {_short(name):15s} {cpu2 - cpu:7.2f} {spent:8.2f} {tree2 - tree:8.2f} {share:6.2f} {peak:8.0f}"
            )
        first = stages.marks[0] if stages.marks else start
        reduce_cpu, reduce_wall, reduce_tree = (end[i] - first[i] for i in range(3))
        share = reduce_tree / reduce_wall if reduce_wall > 0 else 0.0
        print(f"  {'reduce in all':15s} {reduce_cpu:7.2f} {reduce_wall:8.2f} {reduce_tree:8.2f} {share:6.2f}")
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
        print(f"peak resident memory of this process {peak} MB")
        if profiler is not None:
            import pstats

            stats = pstats.Stats(profiler, stream=sys.stdout)
            stats.sort_stats("tottime").print_stats(args.profile)
            stats.sort_stats("cumulative").print_stats(args.profile)
        if sampler is not None:
            print(sampler.table(args.sampled))


if __name__ == "__main__":
    main()
