"""review55's lows (helper lows54, session 54): the bench (``scripts/bench_score.py``) leaves the machine's idle
figure out where /proc/stat cannot be read ("?", not "idle 0.0") and knows a process's role by its pid and start
time (a pid used again is another process); ... Each test fails on 98eba134 except those told guards (they pass
there too)."""

from __future__ import annotations

import pytest

from tests.conftest import SHARED, needs_shared
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


# ---------------------------------------------------------------- holding's "will be considered through" (3)


def _considered_examples() -> list[str]:
    """The quoted sentences holding "will be considered through" in the comment over that entry of ``en.toml``'s
    ``holding`` list, in their order (whitespace made single)."""
    import re

    from tests.conftest import ROOT

    text = (ROOT / "qa_align" / "lexicons" / "en.toml").read_text(encoding="utf-8")
    end = text.index('"will be considered as part of", "will be considered during"')
    block = text[text.rindex("# the matter asked put to a review", 0, end) : end]
    comment = " ".join(line.strip().lstrip("#").strip() for line in block.splitlines())
    return [q for q in re.findall(r'"([^"]+)"', comment) if "will be considered through" in q]


@pytest.mark.slow
@needs_shared
def test_the_comments_example_of_will_be_considered_through_is_flagged():
    """The comment's example of "will be considered through" is a sentence the phrase flags in the answer it
    comes from (98eba134: 1824794's, read as beside the thing asked: no flag); the sentence the comment gives as
    not flagged is not (that half a guard)."""
    from qa_align.pipeline import iter_scored
    from qa_align.readers import read_paths
    from qa_align.settings import Settings

    ids = {"1740345", "1759648", "1759726", "1789377", "1824794"}  # the uk-commons answers holding the phrase
    docs = [d for d in read_paths([SHARED / "uk-commons"], only=ids) if d.doc_id in ids]
    assert {d.doc_id for d in docs} == ids
    settings = Settings(rules=("holding",), jobs=1, similarity_model=None, score_model="none")
    flagged = {}
    for sp in iter_scored(docs, settings):
        cues = {e.text for f in sp.flags if f.name == "holding" for e in f.evidence}
        flagged[sp.document.doc_id] = "will be considered through" in cues
    examples = _considered_examples()
    assert len(examples) >= 1

    def holding(sentence: str) -> str:
        (doc,) = [d for d in docs if sentence in " ".join(d.text.split())]
        return doc.doc_id

    first = holding(examples[0])
    assert flagged[first], first
    for other in examples[1:]:  # told as not flagged: the matter considered beside the one asked
        assert not flagged[holding(other)]


# ---------------------------------------------------------------- a DataFrame's columns not named (4)


def test_two_columns_of_a_name_not_asked_for_do_not_stop_a_frame():
    """Two "notes" columns that ``columns`` does not name: the frame reads as it does without them (no column
    not named is read; 98eba134: a ``ConfigError`` for the call); two of a name it names stay refused (guard)."""
    from qa_align import api
    from qa_align.errors import ConfigError
    from qa_align.readers.tabular import Columns, read_frame
    from tests.test_lows52 import _frame

    columns = Columns(id="nr", question="question", answer="answer", language="en")
    plain = read_frame(_frame(), columns)
    frame = _frame()
    frame.insert(3, "notes", ["a", "b", "c"])
    frame.insert(4, "notes", ["x", "y", "z"], allow_duplicates=True)
    frame.insert(5, 2024, [1, 2, 3])
    frame.insert(6, "2024", [4, 5, 6])  # (one name as read)
    assert read_frame(frame, columns) == plain
    assert [type(d).__name__ for d in plain] == ["Document", "Document", "Problem"]
    df = api.score(frame, columns=columns)
    assert df["doc_id"].tolist() == ["11", "12"]
    frame.insert(7, "answer", ["Yes.", "No.", "Maybe."], allow_duplicates=True)
    with pytest.raises(ConfigError, match=r"two columns or more named 'answer'\s"):
        read_frame(frame, columns)


# ---------------------------------------------------------------- the stage marks (5)


def _scored_frame():
    import qa_align
    from qa_align.readers.tabular import Columns
    from tests.test_lows52 import _frame

    return qa_align.score_frame(
        _frame(), columns=Columns(id="nr", question="question", answer="answer", language="en")
    )


def test_an_api_caller_logging_at_info_sees_no_stage_marks(caplog):
    """A notebook's ``logging.basicConfig(level=logging.INFO)``: the API logs no "stage: " line (98eba134: the
    pipeline's marks, at INFO); what else it tells at INFO is still told (the unanswered question)."""
    import logging

    import qa_align
    from qa_align.readers.tabular import Columns
    from tests.test_lows52 import _frame

    columns = Columns(id="nr", question="question", answer="answer", language="en")
    with caplog.at_level(logging.INFO):
        _scored_frame()
        qa_align.score(_frame(), columns=columns)
    messages = [r.getMessage() for r in caplog.records]
    assert not [m for m in messages if m.startswith("stage: ")]
    assert any("no answer" in m for m in messages)


def test_the_stage_marks_are_at_debug_on_their_own_logger(caplog):
    """The marks are logged at DEBUG on ``qa_align.stages`` (what the bench's ``qa-align -v`` and scripts turn on):
    98eba134 logged them at INFO on the modules' loggers."""
    import logging

    with caplog.at_level(logging.DEBUG, logger="qa_align.stages"):
        _scored_frame()
    marks = [r for r in caplog.records if r.getMessage().startswith("stage: ")]
    assert marks and {(r.name, r.levelno) for r in marks} == {("qa_align.stages", logging.DEBUG)}
    assert marks[0].getMessage() == "stage: reading, the first documents (before the map's workers start)"


def test_the_bench_reads_the_marks_of_qa_align_v(tmp_path):
    """``qa-align -v score`` shows the marks and the bench reads them as its stages, the rest of the log kept
    (a guard, but for the DEBUG level, which 98eba134 printed as INFO)."""
    import subprocess
    import sys

    from tests.conftest import CORPUS, ROOT
    from tests.test_speed47 import _bench_score

    out = tmp_path / "scores.csv"
    cmd = [sys.executable, "-m", "qa_align", "-v", "score", str(CORPUS / "uk-commons"), "-q", "-o", str(out)]
    run = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert run.returncode in (0, 1), run.stderr
    assert "qa-align: DEBUG: stage: reading, the first documents" in run.stderr
    stages: list = []
    other: list = []
    _bench_score()._read_stages(iter(run.stderr.splitlines(keepends=True)), stages, other)
    assert [s for _, s in stages][0] == "reading, the first documents (before the map's workers start)"
    assert len(stages) >= 3 and not [line for line in other if "stage: " in line]
