"""Where the bench's wall time goes (speed52): ``scripts/bench_score.py --stages`` gives each process's
own CPU in each stage and the cores' idle seconds, the main process, the fork server and each worker
told apart (``_role``, ``_print_processes``); the pipeline marks its start-up and reading as stages
(``pipeline.map_documents``' "stage: " lines at INFO). Every test fails on 96574500: the bench had no
``_role`` nor ``_print_processes`` and its ``Measured`` no ``procs``; the pipeline logged no stage before
the similarity's."""

from __future__ import annotations

import logging
import subprocess
import sys
import time

from qa_align.pipeline import map_documents
from qa_align.rules import get_rules
from qa_align.settings import Settings
from tests.test_speed47 import _bench_score


def test_each_process_cpu_in_each_stage(capsys):
    """Each process's CPU in a stage is its figure at the last sample by the stage's end less its
    figure at the last sample by its start (0 for one that appeared after it); its share is that over
    the stage's wall seconds; unused is cores times wall less the processes' CPU (lows53: told "idle" before;
    the machine's idle not sampled here)."""
    bench = _bench_score()
    procs = [
        (0.1, {"main": 0.1}),
        (1.0, {"main": 0.9}),
        (2.0, {"main": 1.2, "worker 1": 0.8, "worker 2": 0.6}),
        (4.0, {"main": 1.4, "worker 1": 2.8, "worker 2": 2.6}),
    ]
    bench._print_processes("run", 0.0, 4.0, [(1.0, "map"), (2.0, "rows")], procs, 2, (1.5, 2.5))
    out = capsys.readouterr().out.splitlines()
    assert "2 cores; load 1.50 at the start, 2.50 at the end" in out[0]
    assert out[1].split()[:7] == ["1.0", "s", "unused", "1.1", "core-s", "idle", "?"]
    assert out[2].split() == ["main", "0.9", "s", "(90%)"]
    assert out[3].split()[:5] == ["1.0", "s", "unused", "0.3", "core-s"] and out[3].endswith("map")
    assert out[4].split(";") == [
        "           main 0.3 s (30%)",
        " worker 1 0.8 s (80%)",
        " worker 2 0.6 s (60%)",
    ]
    assert out[5].split()[:5] == ["2.0", "s", "unused", "0.0", "core-s"] and out[5].endswith("rows")
    assert out[6].split(";") == [
        "           main 0.2 s (10%)",
        " worker 1 2.0 s (100%)",
        " worker 2 2.0 s (100%)",
    ]
    assert out[7] == "  in all: 1.4 core-seconds unused by the tree of 8.0"


def test_roles_of_a_process_tree(tmp_path):
    """The measured process is ``main``; its child running the fork server's command is the fork
    server, whose children are workers, numbered as they are first seen; any other process is ``other``."""
    bench = _bench_score()
    done = tmp_path / "done"  # the workers live until the test has read the tree (review54: not 3 s, which a
    # loaded machine could spend starting the second worker after the first had ended)
    code = (
        "import multiprocessing as mp, os, time\n"
        "def f(x):\n    end = time.monotonic() + 60\n"
        f"    while not os.path.exists({str(done)!r}) and time.monotonic() < end:\n        time.sleep(0.05)\n"
        "if __name__ == '__main__':\n"
        "    ctx = mp.get_context('forkserver')\n"
        "    ps = [ctx.Process(target=f, args=(k,)) for k in range(2)]\n"
        "    [p.start() for p in ps]\n"
        "    [p.join() for p in ps]\n"
    )
    script = tmp_path / "tree.py"
    script.write_text(code)
    proc = subprocess.Popen([sys.executable, str(script)])
    try:
        deadline = time.monotonic() + 20
        while (
            True
        ):  # until both workers run (the tree read afresh each time; the resource tracker may come first)
            known: dict[tuple[int, int], str] = {}  # (by pid and start time: lows54)
            stats = [(p, bench._stat(p)) for p in bench._tree(proc.pid)]
            roles = sorted(bench._role(p, proc.pid, known, f) for p, f in stats if f is not None)
            if roles.count("worker 2") or time.monotonic() > deadline:
                break
            time.sleep(0.1)
    finally:
        done.touch()
        proc.wait(30)
    # the main process, the fork server, its two workers, and (Python's) the resource tracker
    assert [r for r in roles if not r.startswith("other")] == ["fork server", "main", "worker 1", "worker 2"]
    assert len(roles) - 4 <= 1  # at most the resource tracker besides


def test_measured_keeps_each_process_cpu():
    """``measure`` samples each process's own CPU by its role (``Measured.procs``) where asked (``--stages``)."""
    bench = _bench_score()
    m = bench.measure(
        [
            sys.executable,
            "-c",
            "import time\nend = time.process_time() + 0.6\nwhile time.process_time() < end: pass",
        ],
        per_process=True,
    )
    assert m.returncode == 0
    assert m.procs and all(set(cpu) == {"main"} for _, cpu in m.procs)
    assert m.procs[-1][1]["main"] >= 0.2


def test_pipeline_marks_start_up_and_reading(caplog, cyber_doc):
    """The map logs when it begins reading and when the last input was read, each a "stage: " line
    at DEBUG on ``qa_align.stages`` (INFO before lows54), in that order (a batch too small for workers: no
    mark of them between)."""
    settings = Settings()
    with caplog.at_level(logging.DEBUG, logger="qa_align.stages"):  # (at DEBUG: lows54)
        out = list(map_documents(iter([cyber_doc] * 3), settings, get_rules(settings.rules), jobs=2))
    assert len(out) == 3
    stages = [r.getMessage() for r in caplog.records if r.getMessage().startswith("stage: ")]
    assert stages == [
        "stage: reading, the first documents (before the map's workers start)",
        "stage: the map after the last input was read (3 documents)",
    ]
