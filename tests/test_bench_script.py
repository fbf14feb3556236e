"""scripts/bench_score.py leaves no measured run behind when it is stopped."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

SCRIPTS = Path(__file__).resolve().parent.parent / "scripts"

# the bench's ``measure`` on a command that would run two minutes, with the bench's signal handlers
_PROGRAM = """
import signal, sys
sys.path.insert(0, {scripts!r})
import bench_score
bench_score.GRACE = 2.0
for signum in (signal.SIGINT, signal.SIGTERM):
    signal.signal(signum, bench_score._on_signal)
bench_score.measure([sys.executable, "-c", {child!r}])
"""
# a run that ends at SIGTERM
_PLAIN = "import time; time.sleep(120)"
# a run that ignores SIGTERM and has a worker of its own, which ignores it too
_STUBBORN = (
    "import signal, subprocess, sys, time; signal.signal(signal.SIGTERM, signal.SIG_IGN); "
    "subprocess.Popen([sys.executable, '-c', 'import signal, time; "
    "signal.signal(signal.SIGTERM, signal.SIG_IGN); time.sleep(120)']); time.sleep(120)"
)


def _children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(p) for p in path.read_text().split()] if path.exists() else []


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads the process tree from /proc")
@pytest.mark.parametrize(
    "child, grandchildren, signals",
    [(_PLAIN, 0, 1), (_STUBBORN, 1, 1), (_STUBBORN, 1, 2)],
    ids=["ends-at-sigterm", "ignores-sigterm", "second-signal"],
)
def test_stopping_the_bench_ends_the_run_it_measures(child, grandchildren, signals):
    bench = subprocess.Popen([sys.executable, "-c", _PROGRAM.format(scripts=str(SCRIPTS), child=child)])
    tree: list[int] = []
    try:
        deadline = time.monotonic() + 60
        while len(tree) < 1 + grandchildren and time.monotonic() < deadline:
            time.sleep(0.1)
            tree = _children(bench.pid)
            tree += [g for c in tree for g in _children(c)]
        assert len(tree) == 1 + grandchildren, "the bench never started its run"
        for _ in range(signals):
            os.kill(bench.pid, signal.SIGTERM)
            time.sleep(0.5)
        bench.wait(60)
        assert bench.returncode != 0
        for pid in tree:
            end = time.monotonic() + 10
            while _alive(pid) and time.monotonic() < end:
                time.sleep(0.1)
            assert not _alive(pid), f"process {pid} of the measured run outlived the bench"
    finally:
        if bench.poll() is None:
            bench.kill()
            bench.wait()
        for pid in tree:
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads the process tree from /proc")
def test_a_signal_right_as_the_run_starts_still_ends_it():
    # the bench stopped as soon as its run exists, twenty times: no run is left
    for _ in range(20):
        bench = subprocess.Popen([sys.executable, "-c", _PROGRAM.format(scripts=str(SCRIPTS), child=_PLAIN)])
        children: list[int] = []
        while not children and bench.poll() is None:
            children = _children(bench.pid)
        os.kill(bench.pid, signal.SIGTERM)
        bench.wait(60)
        for pid in children:
            end = time.monotonic() + 10
            while _alive(pid) and time.monotonic() < end:
                time.sleep(0.05)
            assert not _alive(pid), f"the measured run {pid} outlived the bench"


def _bench():
    sys.path.insert(0, str(SCRIPTS))
    try:
        import bench_score
    finally:
        sys.path.remove(str(SCRIPTS))
    return bench_score


def test_help_prints_the_usage_and_runs_nothing(capsys):
    bench_score = _bench()
    assert bench_score.main(["--help"]) == 0
    assert "bench_score.py [--rerun] [--cues-both]" in capsys.readouterr().out


def test_an_unknown_option_is_a_clear_error_not_a_path(capsys):
    bench_score = _bench()
    # "--jobs 2" before "--" used to be taken for a path to score
    assert bench_score.main(["--jobs", "2"]) == 2
    assert "unknown option --jobs" in capsys.readouterr().err
