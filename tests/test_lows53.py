"""review54's lows (helper lows53, session 53): the bench's sampler (``scripts/bench_score.py``) keeps the CPU
of processes that ended, so that the tree's CPU never goes down and no stage's CPU is below 0, samples each
process only with ``--stages``, and tells the machine's idle cores from the cores the tree left unused (read
from a fake process table: no timing); ``missing_answer`` reads the attribution ``align`` made of an
unnumbered answer from the pair; a DataFrame with two columns of one name and a pandas Series given to the API
are refused, saying why; each cue model has its own lock; the serial map marks where it reads its inputs.
Each test fails on 9a7024ce except those told guards (they pass there too)."""

from __future__ import annotations

import io
import threading
import types

import pytest

from tests.test_speed47 import _bench_score

TICK = None  # set from the bench module (``_TICK``)


class _Table:
    """A fake /proc: a list of states, each {pid: (parent, own CPU s, waited-for children's CPU s, start,
    command)}, and the machine's idle seconds per state; ``sleep`` moves to the next state."""

    def __init__(self, bench, states: list[dict], idle: list[float]) -> None:
        self.bench, self.states, self.idle, self.k = bench, states, idle, 0
        self.clock = 0.0
        self.done = threading.Event()

    @property
    def now(self) -> dict:
        return self.states[min(self.k, len(self.states) - 1)]

    def sleep(self, seconds: float) -> None:
        self.k += 1
        self.clock += 1.0
        if self.k >= len(self.states):
            self.done.set()

    def perf_counter(self) -> float:
        return self.clock

    def read(self, path: str) -> str:
        tick = self.bench._TICK
        parts = path.strip("/").split("/")
        if parts == ["proc", "stat"]:
            ticks = int(self.idle[min(self.k, len(self.idle) - 1)] * tick)
            return f"cpu  1 0 1 {ticks} 0 0 0 0 0 0\ncpu0 1 0 1 {ticks} 0 0 0 0 0 0\n"
        pid = int(parts[1])
        if pid not in self.now:
            raise FileNotFoundError(path)
        parent, own, children, start, cmd = self.now[pid]
        if parts[2] == "stat":
            fields = ["S", str(parent), *["0"] * 9, str(int(own * tick)), "0", str(int(children * tick)), "0"]
            fields += ["20", "0", "1", "0", str(start)]
            return f"{pid} (python) " + " ".join(fields)
        if parts[2] == "task" and parts[-1] == "children":
            return " ".join(str(p) for p, v in self.now.items() if v[0] == pid)
        if parts[2] == "smaps_rollup":
            return "Pss: 1024 kB\n"
        if parts[2] == "status":
            return "VmHWM: 2048 kB\n"
        if parts[2] == "cmdline":
            return cmd
        raise FileNotFoundError(path)

    def path(self, table):
        class FakePath:
            def __init__(self, name) -> None:
                self.name = str(name)

            def __truediv__(self, other):
                return FakePath(f"{self.name}/{other}")

            def read_text(self) -> str:
                return table.read(self.name)

            def read_bytes(self) -> bytes:
                return table.read(self.name).encode()

            def iterdir(self):
                parts = self.name.strip("/").split("/")
                if int(parts[1]) not in table.now:
                    raise FileNotFoundError(self.name)
                return iter([FakePath(f"{self.name}/{parts[1]}")])

        return FakePath


class _Proc:
    """A fake ``Popen``: pid 100, running until the table's states are spent."""

    def __init__(self, table: _Table) -> None:
        self.table, self.pid, self.returncode = table, 100, None
        self.stderr = io.StringIO("")

    def poll(self):
        if self.table.done.is_set():
            self.returncode = 0
        return self.returncode

    def wait(self, timeout=None):
        if not self.table.done.wait(timeout):
            raise TimeoutError
        self.returncode = 0
        return 0


SERVER = "python -c from multiprocessing.forkserver import main; main(...)"
# main 100; its fork server 101; workers 102, 103. Worker 102 ends, reaped by the fork server (its
# children's CPU 3.5: the 3.0 last seen and 0.5 after); then the fork server ends unreaped, worker 103 with
# it: the live processes' CPU falls from 9.5 to 2.0 (the -158.4 s stage of review54)
STATES = [
    {100: (1, 1.0, 0.0, 10, "main"), 101: (100, 0.5, 0.0, 11, SERVER), 102: (101, 3.0, 0.0, 12, SERVER),
     103: (101, 2.0, 0.0, 13, SERVER)},
    {100: (1, 1.5, 0.0, 10, "main"), 101: (100, 0.5, 3.5, 11, SERVER), 103: (101, 4.0, 0.0, 13, SERVER)},
    {100: (1, 2.0, 0.0, 10, "main")},
    {100: (1, 2.5, 0.0, 10, "main")},
]  # fmt: skip


def _faked(monkeypatch, states=STATES, idle=(0.0, 0.5, 0.5, 1.5)):
    bench = _bench_score()
    table = _Table(bench, states, list(idle))
    monkeypatch.setattr(bench, "Path", table.path(table))
    monkeypatch.setattr(
        bench, "time", types.SimpleNamespace(sleep=table.sleep, perf_counter=table.perf_counter)
    )
    fake_subprocess = types.SimpleNamespace(
        Popen=lambda *a, **k: _Proc(table), DEVNULL=None, PIPE=None, TimeoutExpired=TimeoutError
    )
    monkeypatch.setattr(bench, "subprocess", fake_subprocess)
    return bench, table


def test_the_trees_cpu_never_goes_down_where_processes_end(monkeypatch):
    """Each sample's tree CPU is at least the last one's: the fork server's and its workers' CPU kept once
    they ended (every process at its last sample: 2.0 + 0.5 + 3.0 + 4.0), and the main process's own after."""
    bench, table = _faked(monkeypatch)
    samples: list = []
    bench._sample_tree(_Proc(table), [0.0, 0.0], samples)
    assert [round(s[2], 2) for s in samples] == [6.5, 9.5, 9.5, 10.0]
    assert [round(s[3], 2) for s in samples] == [1.0, 1.5, 2.0, 2.5]  # the main process's own


def test_no_stage_has_less_than_no_cpu(monkeypatch, capsys):
    bench, table = _faked(monkeypatch)
    samples: list = []
    bench._sample_tree(_Proc(table), [0.0, 0.0], samples)
    bench._print_stages("run", 0.0, 3.5, [(1.5, "map after"), (2.5, "similarity")], samples)
    out = capsys.readouterr().out.splitlines()
    cpus = [float(line.split("cpu")[1].split()[0]) for line in out[1:4]]
    assert cpus == [3.0, 0.0, 0.5]  # (base: 3.0, -7.5, 0.5)


def test_each_process_is_sampled_only_with_stages(monkeypatch):
    """``measure`` reads each process's role and CPU (its command line once a process) only when asked
    (``--stages``): review54 found it sampled on every run."""
    bench, _ = _faked(monkeypatch)
    m = bench.measure(["qa-align"])
    assert m.procs == [] and m.samples
    bench, _ = _faked(monkeypatch)
    m = bench.measure(["qa-align"], per_process=True)
    assert [sorted(cpu) for _, cpu in m.procs][0] == ["fork server", "main", "worker 1", "worker 2"]


def test_idle_is_the_machines_not_what_the_tree_left(monkeypatch, capsys):
    """Idle is the machine's idle core-seconds (/proc/stat), not the cores' time the tree did not use (which
    other processes' time fills on a loaded machine): 0.5 s idle in the first two seconds, 1.0 s after."""
    bench, _ = _faked(monkeypatch)
    m = bench.measure(["qa-align"], per_process=True)
    bench._print_processes("run", 0.0, 3.0, [(1.0, "map")], m.procs, 2, (1.0, 1.0), m.idle)
    out = capsys.readouterr().out.splitlines()
    assert out[1].split()[:8] == ["1.0", "s", "unused", "0.0", "core-s", "idle", "0.5", "core-s"]
    assert out[3].split()[:8] == ["2.0", "s", "unused", "3.0", "core-s", "idle", "1.0", "core-s"]
    assert out[-1] == "  in all: 3.0 core-seconds unused by the tree of 6.0; idle 1.5"


def test_a_measured_run_counts_its_cpu_once_it_ended():
    """(Guard: passes on 9a7024ce too where a sample came between the loop's end and the exit.) The last
    sample, once the run ended and was reaped, holds the CPU the kernel counted of it (``getrusage``), at least
    the 0.4 s its loop burned (the samples taken while it ran lag by up to one), and is at the run's end."""
    import sys

    bench = _bench_score()
    code = "import time\nend = time.process_time() + 0.4\nwhile time.process_time() < end: pass"
    m = bench.measure([sys.executable, "-c", code])
    assert m.returncode == 0
    assert m.samples[-1][2] >= 0.4
    assert m.samples[-1][0] <= m.start + m.wall


def test_the_flag_of_a_unit_passed_over_reads_what_align_found(monkeypatch):
    """``missing_answer`` names the sentences ``align`` found beside the unit passed over (carried on the
    pair): it makes the answer's attribution no more (once a flag before); the flag as before
    (``test_unserved52``)."""
    import qa_align.rules.core as core
    from qa_align.align import align
    from qa_align.pipeline import score_document
    from qa_align.settings import Settings
    from tests.conftest import be_doc
    from tests.test_unserved52 import CGVS_A, CGVS_Q

    doc = be_doc(CGVS_Q, CGVS_A)
    made = []
    real = core.attribute
    monkeypatch.setattr(core, "attribute", lambda *a, **k: made.append(a) or real(*a, **k))
    scored = score_document(doc, Settings(rules=("missing_answer",), recycled_across_documents=False))
    (flag,) = [f for sp in scored for f in sp.flags if f.name == "missing_answer"]
    assert made == []  # 9a7024ce: made again for the flag
    assert [doc.text[e.start : e.end][:20] for e in flag.evidence] == [
        "Het College van proc",
        "Bijgevolg zal het co",
    ]
    pairs = align(doc)
    assert [p.passed is not None for p in pairs] == [False, True, False]
    assert [s.units for s in pairs[1].passed] == [("1",), ("3",)]


def test_a_pair_is_the_same_whatever_align_found_beside_it():
    """(Guard.) ``Pair.passed`` is not compared: a pair made again without it is the same pair."""
    from qa_align.align import align
    from qa_align.types import Pair
    from tests.conftest import be_doc
    from tests.test_unserved52 import CGVS_A, CGVS_Q

    pair = align(be_doc(CGVS_Q, CGVS_A))[1]
    again = Pair(pair.question, pair.segments, pair.method)
    assert again == pair and hash(again) == hash(pair)


# a DataFrame given to the API


def _frame(names):
    from tests.test_lows52 import _frame as frame

    out = frame()
    out.columns = names
    return out


def test_a_dataframe_with_two_columns_of_one_name_is_refused_naming_it():
    """pandas' ``to_dict`` keeps one of two same-named columns (a warning aside): which answer was read is
    not said; now a ``ConfigError`` naming the column (9a7024ce: the rows read, one column dropped)."""
    from qa_align import api
    from qa_align.errors import ConfigError
    from qa_align.readers.tabular import Columns, read_frame

    columns = Columns(id="nr", question="question", answer="answer", language="en")
    frame = _frame(["nr", "question", "answer"])
    frame.insert(3, "answer", ["Yes.", "No.", "Maybe."], allow_duplicates=True)
    with pytest.raises(ConfigError, match=r"two columns or more named 'answer'"):
        read_frame(frame, columns)
    # a column named 2024 and one named "2024" are one name as read (``rename(columns=str)``)
    with pytest.raises(ConfigError, match=r"named '2024'"):
        api.score(_frame(["nr", 2024, "2024"]), columns=Columns(id="nr", question="2024", answer="2024"))


def test_a_dataframe_whose_columns_are_numbers_is_read_by_their_names_as_text():
    """(Guard.) Columns named 0, 1, 2 are found as "0", "1", "2", as a file's header is: the frame's columns
    renamed (``read_frame``'s ``rename(columns=str)``; removed, no row is read)."""
    from qa_align.readers.tabular import Columns, read_frame
    from qa_align.types import Document

    out = read_frame(_frame([0, 1, 2]), Columns(id="0", question="1", answer="2", language="en"))
    assert [d.doc_id for d in out if isinstance(d, Document)] == ["11", "12"]


def test_a_pandas_series_is_refused_not_read_as_its_values():
    """A Series (a frame's column or row) given as the inputs, or in their list, is a ``TypeError`` saying so
    (9a7024ce: its values read as paths, each "no such file or folder")."""
    from qa_align import api

    column = _frame(["nr", "question", "answer"])["question"]
    with pytest.raises(TypeError, match=r"not a pandas Series \(a column or a row of a frame"):
        api.score(column)
    with pytest.raises(TypeError, match=r"not a pandas Series"):
        api.read([column])


def test_what_is_made_of_a_lexicon_is_kept_with_it_and_each_lexicon_has_its_own():
    """(Guard.) ``Lexicon.made``: one thing made per lexicon and maker, kept (the same object again); another
    lexicon makes its own; ``core._holding_words`` so, each language's words its own."""
    from qa_align.lexicon import load_lexicon
    from qa_align.rules import core

    nl, en = load_lexicon("nl"), load_lexicon("en")
    assert core._holding_words(en) is core._holding_words(en)
    assert core._holding_words(nl) is core._holding_words(nl)
    assert core._holding_words(nl) == core._read_holding_words(nl) != core._holding_words(en)
    calls = []

    def make(lexicon):
        calls.append(lexicon.language if hasattr(lexicon, "language") else lexicon)
        return object()

    first = en.made(make)
    assert en.made(make) is first and nl.made(make) is not first and nl.made(make) is nl.made(make)
    assert len(calls) == 2


# each cue model its own lock


def _tiny_model():
    import numpy as np

    from qa_align.cues import CUES, _LanguageModel

    features = ["w information", "w held", "b information held"]
    k = len(CUES)
    return _LanguageModel(features, np.ones(3), np.ones((3, k)), np.zeros(k), np.full(k, 0.5))


def test_one_models_probabilities_do_not_wait_for_anothers():
    """Two models scored from two threads: while one holds its stores (here, made to wait inside them until
    the other has scored), the other scores (9a7024ce: one module-level lock for every model, so the
    second waited for the first, which here gave up after 60 s)."""
    a, b = _tiny_model(), _tiny_model()
    a_inside, b_done = threading.Event(), threading.Event()
    waited = []
    batch_columns = a.batch_columns

    def slow(todo):  # model a, inside its lock: until model b has scored
        a_inside.set()
        waited.append(b_done.wait(60))
        return batch_columns(todo)

    a.batch_columns = slow
    first = threading.Thread(target=a.sentence_probabilities, args=([("The information is not held.", ())],))
    first.start()
    assert a_inside.wait(30)
    second = threading.Thread(
        target=lambda: (b.sentence_probabilities([("The information is held.", ())]), b_done.set())
    )
    second.start()
    first.join(30)
    second.join(30)
    assert waited == [True]
    assert b_done.is_set()


def test_a_model_pickles_without_its_lock_and_gets_one_of_its_own():
    """A model pickled and read again scores the same, with a lock of its own (the lock is left out of the
    pickle; 9a7024ce: no lock of its own)."""
    import pickle

    import numpy as np

    a = _tiny_model()
    again = pickle.loads(pickle.dumps(a))
    sentences = [("The information is not held.", ())]
    assert np.array_equal(again.sentence_probabilities(sentences), a.sentence_probabilities(sentences))
    assert getattr(again, "_lock", None) is not getattr(a, "_lock", None)


# the serial map's marks


@pytest.mark.parametrize("jobs", [1, 2])
def test_the_serial_map_marks_where_it_maps_while_reading(caplog, cyber_doc, monkeypatch, jobs):
    """In this process (one job, or processes not to be had), a batch large enough for workers is read a
    chunk at a time, each mapped after it is read: after the first documents, the map while the inputs are
    read, then after the last was read (when the map takes the last chunk, before mapping it). 9a7024ce: no
    mark between, the first stage ("before the map's workers start") holding the map of all but the last chunk.
    (Here 2 documents make a batch for workers and a chunk is 2.)"""
    import logging

    from qa_align import pipeline
    from qa_align.pipeline import map_documents
    from qa_align.rules import get_rules
    from qa_align.settings import Settings

    monkeypatch.setattr(pipeline, "MIN_PARALLEL_DOCS", 2)
    monkeypatch.setattr(pipeline, "CHUNK", 2)
    monkeypatch.setattr(pipeline, "unavailable", lambda: "not here")  # (jobs 2: processes not to be had)
    settings = Settings(rules=("missing_answer",))
    marks = []
    with caplog.at_level(logging.DEBUG, logger="qa_align.stages"):  # (at DEBUG: lows54)
        for _ in map_documents(iter([cyber_doc] * 5), settings, get_rules(settings.rules), jobs=jobs):
            marks.append(len([r for r in caplog.records if r.getMessage().startswith("stage: ")]))
    stages = [r.getMessage() for r in caplog.records if r.getMessage().startswith("stage: ")]
    assert stages == [
        "stage: reading, the first documents (before the map's workers start)",
        "stage: the map in this process while the inputs are read (no worker processes)",
        "stage: the map after the last input was read (5 documents)",
    ]
    assert marks == [2, 2, 2, 2, 3]  # the last mark once the fifth document was read, before it was mapped
