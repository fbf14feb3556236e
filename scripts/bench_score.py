"""Benchmark of scoring end to end: documents per second and peak memory of
`qa-align score PATH... --all` (every rule, the default similarity backend, the trained score).

    .venv/bin/python scripts/bench_score.py [--rerun] [--cues-both] [--stages] [--csv OUT.csv] [PATH...]
        [-- extra qa-align options]
    (default PATH: ../shared/data; ``--csv``: keep the score table there, to compare runs)

Each measurement starts from an empty cache (a first run); ``--rerun`` runs the same command a
second time on that cache and prints both. ``--cues-both`` measures with the cue classifier
(``--cues learned``, the default) and without it (``--cues lexicon``, the lexicon's phrases
alone), one after the other in the same invocation, and prints what the classifier costs.

Runs the command line in a child process and prints wall time, documents and records read,
documents per second and peak memory: the largest single process (its peak resident set) and the
whole process tree (the child and its worker processes) as the peak of the sum of their
proportional set sizes (PSS: pages shared after a fork counted once), sampled every 0.2 s.
Then where the time and the memory go: each stage the pipeline logs ("stage: ..." at DEBUG on
``qa_align.stages``, shown by ``qa-align -v``) with its seconds and the peak tree PSS while it ran.

``--stages``: also each process's own CPU seconds in each stage and how busy it was (its CPU over
the stage's wall seconds: 100% a core), the main process, the fork server and each worker in the
order they appeared (each process sampled so only with ``--stages``), the core-seconds the tree left
unused (cores times wall, less the tree's CPU: on a shared machine other processes' time among them)
and the machine's idle core-seconds (/proc/stat: no process used them; "?" where it cannot be read), the
load told beside. The pipeline's own marks split the first stage: start-up (imports, the settings, until
reading begins), the first documents read before the map's workers start, the map while the inputs are
read (in the workers, or in this process: "no worker processes"), and the map after the last input was
read (its tail). The tree's CPU never goes down: a process that ended is kept at its last sample, and once the
run ended, what the kernel counted of it.
"""

from __future__ import annotations

import contextlib
import csv
import dataclasses
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _tree(pid: int) -> list[int]:
    """``pid`` and its descendants (Linux /proc)."""
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        try:
            for task in Path(f"/proc/{p}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            continue
    return out


def _pss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _hwm_mb(pid: int) -> float:
    """The process's own peak resident set so far (VmHWM)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


_TICK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def _stat(pid: int) -> list[str] | None:
    """``pid``'s /proc/PID/stat fields from the state on (field 3), None when it is gone."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return stat[stat.rindex(")") + 2 :].split()


def _cpu_s(pid: int, fields: list[str] | None = None) -> float:
    """The CPU seconds of ``pid`` (user and system, all its threads) with those of its children
    it has waited for (Linux /proc/PID/stat: utime, stime, cutime, cstime); ``fields``: its
    ``_stat`` read already."""
    fields = _stat(pid) if fields is None else fields
    return sum(int(v) for v in fields[11:15]) / _TICK if fields else 0.0


def _role(pid: int, main: int, known: dict[tuple[int, int], str], fields: list[str]) -> str:
    """What ``pid`` of the measured tree is: ``main``, ``fork server``, ``worker N`` (the fork server's
    Nth child seen, numbered as they appear: a pool's workers, a reading pool's, a fit's) or ``other N``;
    ``fields``: its ``_stat`` read this sample. Known by its pid and its start time (lows54: by its pid
    alone, a pid used again within a run took the ended process's role, and its lower CPU made that role's
    stage negative, dropped from the table), as the tree's CPU knows it."""
    key = (pid, int(fields[19]))
    if key not in known:
        if pid == main:
            known[key] = "main"
        else:
            parent = int(fields[1])
            try:
                cmd = Path(f"/proc/{pid}/cmdline").read_bytes()
            except OSError:
                cmd = b""
            roles = {p: r for (p, _), r in known.items()}  # (a parent is alive: its pid is its own)
            # the fork server is the main process's child; its workers are forks of it (the same command)
            if parent == main and b"forkserver import main" in cmd:
                known[key] = "fork server"
            elif roles.get(parent) == "fork server":
                known[key] = f"worker {1 + sum(r.startswith('worker') for r in known.values())}"
            else:  # (the resource tracker, a child of a worker)
                known[key] = f"other {1 + sum(r.startswith('other') for r in known.values())}"
    return known[key]


def _sample_tree(
    proc: subprocess.Popen,
    peak: list[float],
    samples: list[tuple[float, ...]],
    procs: list[tuple[float, dict[str, float]]] | None = None,
    children_before: float | None = None,
    idle: list[tuple[float, float | None]] | None = None,
) -> None:
    """``peak``: [whole tree's PSS, largest single process's peak RSS], sampled; ``samples``:
    (time, tree PSS, the tree's CPU seconds so far, the main process's own) of each sample. The
    tree's CPU never goes down (lows53: a stage of -158.4 s where the fork server ended unreaped, its
    workers' CPU with it): it is the largest of two counts, each short of the truth, and of the last
    sample's: the live processes' CPU with their waited-for children's (a worker that ended counted in
    its parent once reaped), and every process seen so far (by pid and start time) at its last sample,
    those that ended kept. ``children_before``: this script's children's CPU (``_children_cpu_s``)
    before the run started; given, a last sample once the run ended and was reaped adds what the
    kernel counted of it (its own CPU and its waited-for descendants'). ``procs``, when given
    (``--stages``): (time, each process's own CPU seconds so far by its ``_role``) of each sample; a
    process that ended keeps its last figure; ``idle``, when given: (time, the machine's idle
    core-seconds so far, ``_machine_idle_s``, None where /proc/stat was not read) of each sample."""
    known: dict[tuple[int, int], str] = {}  # (pid, start time): its role
    last: dict[str, float] = {}
    seen: dict[tuple[int, int], float] = {}  # (pid, start time): its own CPU at its last sample
    cpu = main = 0.0
    while proc.poll() is None:
        pids = _tree(proc.pid)
        pss = sum(_pss_mb(p) for p in pids)
        live = 0.0
        own, read = {}, {}
        for p in pids:
            fields = _stat(p)  # read once a sample: its CPU with its children's, its own, its start
            if fields is not None:  # (gone since ``_tree`` read it: its last figure stays)
                read[p] = fields
                live += _cpu_s(p, fields)
                own[p] = _own_cpu_s(p, fields)
                start = int(fields[19])  # clock ticks after boot: a pid used again is another process
                seen[p, start] = max(seen.get((p, start), 0.0), own[p])
        cpu = max(cpu, live, sum(seen.values()))
        main = max(main, own.get(proc.pid, 0.0))
        now = time.perf_counter()
        if procs is not None:
            for p, fields in read.items():  # (one not read this sample keeps its last figure)
                if own[p] > 0 or p == proc.pid:
                    last[_role(p, proc.pid, known, fields)] = own[p]
            procs.append((now, dict(last)))
        if idle is not None:
            idle.append((now, _machine_idle_s()))
        samples.append((now, pss, cpu, main))
        peak[0] = max(peak[0], pss)
        peak[1] = max([peak[1], *(_hwm_mb(p) for p in pids)])
        time.sleep(0.2)
    if children_before is not None:  # the run ended and was reaped (``poll``): what the kernel counted of it
        samples.append((time.perf_counter(), 0.0, max(cpu, _children_cpu_s() - children_before), main))


def _children_cpu_s() -> float:
    """The CPU seconds (user and system) of this script's children that ended and were waited for, with
    their own waited-for descendants' (``resource.getrusage(RUSAGE_CHILDREN)``)."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _machine_idle_s() -> float | None:
    """The idle core-seconds so far (idle and waiting for input or output) of the cores this script may
    run on (/proc/stat's ``cpuN`` lines): what no process used, this tree's or another's. None where
    /proc/stat cannot be read or holds none of those cores (lows54: 0.0 was given, printed "idle 0.0" as
    if every core had been busy)."""
    cores = os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else None
    total, found = 0, False
    try:
        lines = Path("/proc/stat").read_text().splitlines()
    except OSError:
        return None
    for line in lines:
        name, *values = line.split() or [""]
        if name.startswith("cpu") and name[3:].isdigit() and (cores is None or int(name[3:]) in cores):
            try:
                total += int(values[3]) + int(values[4])
            except (IndexError, ValueError):
                return None
            found = True
    return total / _TICK if found else None


def _own_cpu_s(pid: int, fields: list[str] | None = None) -> float:
    """``pid``'s own CPU seconds (user and system, its threads), its children's left out; ``fields``:
    its ``_stat`` read already."""
    fields = _stat(pid) if fields is None else fields
    return sum(int(v) for v in fields[11:13]) / _TICK if fields else 0.0


def _read_stages(stream, stages: list[tuple[float, str]], other: list[str]) -> None:
    """The child's log: each "stage: " line with the time it came (at DEBUG, lows54: INFO before, as a
    qa_align of then logs them); the other lines kept, those at INFO or DEBUG aside."""
    for line in stream:
        level, found, what = line.partition(": stage: ")
        if found and level.endswith(("DEBUG", "INFO")):
            stages.append((time.perf_counter(), what.strip()))
        elif "INFO: " not in line and "DEBUG: " not in line:
            other.append(line)


# the first stage, up to the pipeline's first mark: the reading and the map, or with ``pipeline``'s marks
# of start-up and reading (speed52) the start-up alone (imports, settings)
FIRST = "reading and the per-document stage (map, in worker processes), or with the marks start-up alone"


def _print_stages(label: str, start: float, end: float, stages: list, samples: list) -> None:
    marks = [(start, FIRST), *stages, (end, "")]
    print(
        f"{label}: where the time and the memory go (wall seconds; CPU seconds of the process tree and of"
        " the main process, from 0.2 s samples; peak tree PSS while the stage ran):"
    )

    def at(t: float) -> tuple[float, float]:  # the CPU so far at the last sample by ``t``
        before = [(cpu, own) for s, _, cpu, own in samples if s <= t]
        return before[-1] if before else (0.0, 0.0)

    for (t0, what), (t1, _) in zip(marks, marks[1:]):
        during = [pss for t, pss, *_ in samples if t0 <= t <= t1]
        (c0, o0), (c1, o1) = at(t0), at(t1)
        print(
            f"  {t1 - t0:6.1f} s  cpu {c1 - c0:6.1f} s  main {o1 - o0:6.1f} s"
            f"  {max(during, default=0.0):6.0f} MB  {what}"
        )
    total = at(end)
    print(f"  in all: cpu {total[0]:.1f} s of the tree, {total[1]:.1f} s of the main process (sampled)")


def _print_processes(
    label: str,
    start: float,
    end: float,
    stages: list,
    procs: list[tuple[float, dict[str, float]]],
    cores: int,
    load: tuple[float, float],
    idle: list[tuple[float, float | None]] | None = None,
) -> None:
    """``--stages``: each process's own CPU in each stage (from the samples at or before the stage's
    start and end) and its share of the stage's wall time; the core-seconds the tree left unused (cores
    times wall, less its processes' CPU: on a shared machine other processes' time among them) and, from
    ``idle`` (``_machine_idle_s`` sampled), those the machine left idle (no process used them: lows53,
    "idle" was the first, 27.4 of 41.5 core-seconds at load 3.9)."""
    marks = [(start, FIRST), *stages, (end, "")]
    print(
        f"{label}: each process's own CPU seconds in each stage and how busy it was (CPU over wall; "
        f"{cores} cores; load {load[0]:.2f} at the start, {load[1]:.2f} at the end; unused: cores times wall "
        "less the tree's CPU, other processes' time included; idle: the machine's idle cores):"
    )

    def at(t: float) -> dict[str, float]:
        before = [cpu for s, cpu in procs if s <= t]
        return before[-1] if before else {}

    def idle_at(t: float) -> float | None:  # (None: /proc/stat not read at that sample)
        before = [v for s, v in idle or () if s <= t]
        return before[-1] if before else (idle[0][1] if idle else None)

    unused_all = 0.0
    idle_all: float | None = 0.0
    for (t0, what), (t1, _) in zip(marks, marks[1:]):
        c0, c1 = at(t0), at(t1)
        wall = t1 - t0
        used = {r: c1[r] - c0.get(r, 0.0) for r in c1 if c1[r] - c0.get(r, 0.0) >= 0.05}
        unused = max(0.0, cores * wall - sum(used.values()))
        unused_all += unused
        i0, i1 = idle_at(t0), idle_at(t1)
        seen = i0 is not None and i1 is not None
        idle_all = idle_all + i1 - i0 if seen and idle_all is not None else None
        each = "; ".join(
            f"{r} {c:.1f} s ({c / wall:.0%})" if wall > 0 else f"{r} {c:.1f} s" for r, c in used.items()
        )
        if not idle:
            told = "idle      ? (not sampled)"
        else:  # (lows54: /proc/stat unread, the figure is left out rather than 0.0, every core busy)
            told = f"idle {i1 - i0:6.1f} core-s" if seen else "idle      ? (/proc/stat not read)"
        print(f"  {wall:6.1f} s  unused {unused:6.1f} core-s  {told}  {what}")
        print(f"           {each or 'no process sampled'}")
    if not idle:
        machine = ""
    else:
        machine = f"; idle {idle_all:.1f}" if idle_all is not None else "; idle ? (/proc/stat not read)"
    print(
        f"  in all: {unused_all:.1f} core-seconds unused by the tree of {cores * (end - start):.1f}{machine}"
    )


def main(argv: list[str]) -> int:
    extra: list[str] = []
    if "--" in argv:
        k = argv.index("--")
        argv, extra = argv[:k], argv[k + 1 :]
    if any(a in ("-h", "--help") for a in argv):
        print(__doc__)
        return 0
    unknown = [
        a for a in argv if a.startswith("-") and a not in ("--rerun", "--cues-both", "--stages", "--csv")
    ]
    if unknown:
        print(f"unknown option {unknown[0]} (options of qa-align itself go after --)", file=sys.stderr)
        return 2
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, _on_signal)
    rerun = "--rerun" in argv
    both = "--cues-both" in argv
    per_process = "--stages" in argv
    keep = None
    if "--csv" in argv:
        k = argv.index("--csv")
        keep, argv = Path(argv[k + 1]), argv[:k] + argv[k + 2 :]
    paths = [a for a in argv if a not in ("--rerun", "--cues-both", "--stages")] or [
        str(ROOT.parent / "shared" / "data")
    ]
    variants = (
        [("cues learned", ["--cues", "learned"]), ("cues off", ["--cues", "lexicon"])] if both else [("", [])]
    )
    rates: dict[str, float] = {}
    for name, cues in variants:
        with tempfile.TemporaryDirectory() as tmp:
            env = {**os.environ, "QA_ALIGN_CACHE": str(Path(tmp) / "cache")}  # an empty cache: a first run
            for run in ("first run", "re-run") if rerun else ("run",):
                label = f"{name}, {run}" if name else run
                out = keep.with_name(f"{keep.stem}.{cues[-1]}{keep.suffix}") if keep and both else keep
                rate = _run(paths, [*cues, *extra], out or Path(tmp) / "scores.csv", env, label, per_process)
                if rate is None:
                    return 1
                rates[label] = rate
    if both:
        on, off = (
            rates[f"cues learned, {'first run' if rerun else 'run'}"],
            rates[f"cues off, {'first run' if rerun else 'run'}"],
        )
        print(
            f"the cue classifier: {on:.0f} records/s with it, {off:.0f} without ({on / off:.0%} of the speed)"
        )
    return 0


@dataclass(frozen=True)
class Measured:
    """One command run in a child process: when it started, its wall time and exit status, its
    standard error (the stage lines aside), the peak whole-tree PSS and largest process (MB),
    and the stage marks and memory samples that ``_print_stages`` reads."""

    start: float
    wall: float
    returncode: int
    stderr: str
    tree_mb: float
    largest_mb: float
    stages: list[tuple[float, str]]
    samples: list[tuple[float, ...]]
    procs: list[tuple[float, dict[str, float]]] = dataclasses.field(default_factory=list)
    idle: list[tuple[float, float | None]] = dataclasses.field(default_factory=list)


def measure(cmd: list[str], env: dict | None = None, per_process: bool = False) -> Measured:
    """Run ``cmd`` and measure it: wall time, peak memory of its process tree sampled every
    0.2 s, and the stages it logs; with ``per_process`` (``--stages``) each process's CPU by its role and
    the machine's idle time too (lows53: sampled, each process's command line read, on every run)."""
    start = time.perf_counter()
    if _STOP.is_set():  # stopped between two runs
        raise KeyboardInterrupt
    children_before = _children_cpu_s()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)
    peak = [0.0, 0.0]
    samples: list[tuple[float, ...]] = []
    procs: list[tuple[float, dict[str, float]]] = []
    idle: list[tuple[float, float | None]] = []
    stages: list[tuple[float, str]] = []
    other: list[str] = []
    sampler = threading.Thread(
        target=_sample_tree,
        args=(
            proc,
            peak,
            samples,
            procs if per_process else None,
            children_before,
            idle if per_process else None,
        ),
        daemon=True,
    )
    reader = threading.Thread(target=_read_stages, args=(proc.stderr, stages, other), daemon=True)
    sampler.start()
    reader.start()
    while True:
        try:
            proc.wait(0.2)
            break
        except subprocess.TimeoutExpired:
            if _STOP.is_set():  # Ctrl-C or SIGTERM (``_on_signal``): the run stopped with this script
                _stop(proc)
                raise KeyboardInterrupt from None
    wall = time.perf_counter() - start
    sampler.join()
    reader.join()
    if samples and samples[-1][0] > start + wall:  # the sample once it was reaped: the run's CPU at its end
        samples[-1] = (start + wall, *samples[-1][1:])
    return Measured(
        start, wall, proc.returncode, "".join(other), peak[0], peak[1], stages, samples, procs, idle
    )


GRACE = 30.0  # seconds a stopped run is given to end its workers before it is killed
_STOP = threading.Event()  # Ctrl-C or SIGTERM came (``_on_signal``): the measured run is to be ended


def _on_signal(signum: int, frame: object) -> None:
    """Ctrl-C or SIGTERM to this script: remembered, and ``measure`` ends the run it measures and
    stops. Nothing is raised here, so the signal cannot land between starting the run and watching
    it (by default SIGTERM would end this script at once and leave the run going)."""
    _STOP.set()


def _stop(proc: subprocess.Popen) -> None:
    """End the measured command as ``kill`` would (``qa-align`` ends its workers on SIGTERM); if it
    has not gone in ``GRACE`` seconds, kill it and every process under it, so that nothing is left behind. A
    second signal meanwhile changes nothing (``_on_signal`` only remembers it)."""
    if proc.poll() is not None:
        return
    proc.terminate()
    try:
        proc.wait(GRACE)
        return
    except subprocess.TimeoutExpired:
        pass
    for pid in _tree(proc.pid):
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.kill(pid, signal.SIGKILL)
    proc.wait()


def read_counts(out: Path) -> tuple[int, int]:
    """The documents a score table ``out`` holds, and the records or files its errors file
    reports (read but not scored)."""
    with out.open(encoding="utf-8") as fh:
        docs = {(r["source"], r["doc_id"]) for r in csv.DictReader(fh)}
    errors = out.with_name(out.stem + ".errors.csv")
    return len(docs), sum(1 for _ in errors.open(encoding="utf-8")) - 1 if errors.exists() else 0


def _run(
    paths: list[str], extra: list[str], out: Path, env: dict, label: str, per_process: bool = False
) -> float | None:
    """One measured run; its records a second, None when the command failed."""
    load_before = os.getloadavg()[0]
    m = measure(
        [sys.executable, "-m", "qa_align", "-v", "score", *paths, "--all", "-o", str(out), "-q", *extra],
        env,
        per_process,
    )
    if m.returncode not in (0, 1):
        print(m.stderr, file=sys.stderr)
        return None
    docs, not_scored = read_counts(out)
    records = docs + not_scored
    wall = m.wall
    print(f"{label}: documents scored: {docs}; records and files read: {records}")
    print(
        f"{label}: load average (1 min) {load_before:.2f} at the start, {os.getloadavg()[0]:.2f} at the end"
    )
    print(f"{label}: wall: {wall:.1f} s; {records / wall:.0f} records/s ({docs / wall:.0f} documents/s)")
    # this run's peak (getrusage's children figure would carry a first run's over)
    print(
        f"{label}: peak memory: largest process {m.largest_mb:.0f} MB; whole process tree {m.tree_mb:.0f} MB (PSS)"
    )
    _print_stages(label, m.start, m.start + wall, m.stages, m.samples)
    if per_process:
        cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
        _print_processes(
            label,
            m.start,
            m.start + wall,
            m.stages,
            m.procs,
            cores,
            (load_before, os.getloadavg()[0]),
            m.idle,
        )
    return records / wall


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except KeyboardInterrupt:
        print("bench_score: stopped; the measured run ended", file=sys.stderr)
        sys.exit(130)
