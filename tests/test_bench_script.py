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

# the bench's ``measure`` on a command that would run two minutes, with its SIGTERM handler
_PROGRAM = """
import signal, sys
sys.path.insert(0, {scripts!r})
import bench_score
signal.signal(signal.SIGTERM, bench_score._stop_on_sigterm)
bench_score.measure([sys.executable, "-c", "import time; time.sleep(120)"])
"""


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
def test_sigterm_to_the_bench_ends_the_run_it_measures():
    bench = subprocess.Popen([sys.executable, "-c", _PROGRAM.format(scripts=str(SCRIPTS))])
    try:
        deadline = time.monotonic() + 60
        children: list[int] = []
        while not children and time.monotonic() < deadline:
            time.sleep(0.2)
            children = _children(bench.pid)
        assert children, "the bench never started its child"
        os.kill(bench.pid, signal.SIGTERM)
        bench.wait(60)
        assert bench.returncode != 0
        for child in children:
            end = time.monotonic() + 10
            while _alive(child) and time.monotonic() < end:
                time.sleep(0.1)
            assert not _alive(child), f"the measured run {child} outlived the bench"
    finally:
        if bench.poll() is None:
            bench.kill()
            bench.wait()
