"""review55's lows (helper lows54, session 54): the bench (``scripts/bench_score.py``) leaves the machine's idle
figure out where /proc/stat cannot be read ("?", not "idle 0.0") and knows a process's role by its pid and start
time (a pid used again is another process); ... Each test fails on 98eba134 except those told guards (they pass
there too)."""

from __future__ import annotations

import pytest

from tests.test_lows53 import SERVER, _faked

# ---------------------------------------------------------------- the bench (1, 2)


def test_idle_is_left_out_where_proc_stat_cannot_be_read(monkeypatch, capsys):
    """/proc/stat unreadable: each stage's idle and the sum say "?" (98eba134: "idle 0.0", every core busy)."""
    bench, table = _faked(monkeypatch)
    read = table.read

    def no_proc_stat(path: str) -> str:
        if path.strip("/") == "proc/stat":
            raise PermissionError(path)
        return read(path)

    monkeypatch.setattr(table, "read", no_proc_stat)
    m = bench.measure(["qa-align"], per_process=True)
    assert m.idle and all(v is None for _, v in m.idle)
    bench._print_processes("run", 0.0, 3.0, [(1.0, "map")], m.procs, 2, (1.0, 1.0), m.idle)
    out = capsys.readouterr().out.splitlines()
    assert out[1].split()[5:8] == ["idle", "?", "(/proc/stat"]
    assert out[3].split()[5:8] == ["idle", "?", "(/proc/stat"]
    assert out[-1] == "  in all: 3.0 core-seconds unused by the tree of 6.0; idle ? (/proc/stat not read)"


def test_idle_is_left_out_where_proc_stat_holds_none_of_the_cores(monkeypatch):
    """/proc/stat read but no ``cpuN`` line of the cores this script runs on: not known, not 0.0."""
    bench, table = _faked(monkeypatch)
    monkeypatch.setattr(bench.os, "sched_getaffinity", lambda pid: {7}, raising=False)
    assert bench._machine_idle_s() is None


def test_idle_is_told_where_proc_stat_is_read(monkeypatch):
    """(Guard: passes on 98eba134 too.) Read, the idle core-seconds of the cores this script runs on."""
    bench, table = _faked(monkeypatch)
    monkeypatch.setattr(bench.os, "sched_getaffinity", lambda pid: {0}, raising=False)
    table.k = 2  # the third state: 0.5 idle seconds
    assert bench._machine_idle_s() == pytest.approx(0.5)


# main 100, its fork server 101, worker 102 (3.0 s); worker 102 ends and its pid comes again for another
# worker (start 20, 0.5 s then 1.0 s): a new role, "worker 2", with its own CPU; "worker 1" keeps its 3.0
REUSED = [
    {100: (1, 1.0, 0.0, 10, "main"), 101: (100, 0.5, 0.0, 11, SERVER), 102: (101, 3.0, 0.0, 12, SERVER)},
    {100: (1, 1.5, 0.0, 10, "main"), 101: (100, 0.5, 3.0, 11, SERVER), 102: (101, 0.5, 0.0, 20, SERVER)},
    {100: (1, 2.0, 0.0, 10, "main"), 101: (100, 0.5, 3.0, 11, SERVER), 102: (101, 1.0, 0.0, 20, SERVER)},
    {100: (1, 2.5, 0.0, 10, "main")},
]  # fmt: skip


def test_a_pid_used_again_is_another_process_with_its_own_role(monkeypatch, capsys):
    """A pid used again within the run (another start time) is a new worker: its CPU is its own, the ended
    worker's stays (98eba134: the new one took "worker 1", whose stage went to -2.5 s and was dropped)."""
    bench, _ = _faked(monkeypatch, states=REUSED, idle=(0.0, 0.0, 0.0, 0.0))
    m = bench.measure(["qa-align"], per_process=True)
    assert [sorted(cpu) for _, cpu in m.procs][-1] == ["fork server", "main", "worker 1", "worker 2"]
    assert m.procs[-1][1]["worker 1"] == pytest.approx(3.0)
    assert m.procs[-1][1]["worker 2"] == pytest.approx(1.0)
    bench._print_processes("run", 0.0, 3.0, [(0.5, "map")], m.procs, 2, (1.0, 1.0), m.idle)
    out = capsys.readouterr().out.splitlines()
    # the map (from the first sample to the last): main 1.5 s, the new worker its 1.0 s, worker 1 nothing more
    assert out[4].split(";") == [out[4].split(";")[0], " worker 2 1.0 s (40%)"]
    assert out[4].split(";")[0].split() == ["main", "1.5", "s", "(60%)"]
