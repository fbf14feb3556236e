"""The pipeline's map over documents and its reduce stages: progress, interruption, the
per-document function."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from qa_align.document_rules import DocumentScore, map_document
from qa_align.pipeline import iter_scored
from qa_align.settings import Settings
from qa_align.types import Problem

from .conftest import CORPUS, ROOT


def test_progress_counts_documents_not_pairs_or_problems(tmp_path):
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4 not really")
    calls: list[tuple[int, int]] = []
    items = list(
        iter_scored(
            [CORPUS / "vlaams-parlement", bad, CORPUS / "be-kamer", CORPUS / "uk-commons"],
            Settings(similarity_model=None, score_model="none", jobs=1),
            progress=lambda done, total: calls.append((done, total)),
        )
    )
    docs = {(r.document.source, r.document.doc_id) for r in items if not isinstance(r, Problem)}
    pairs = sum(1 for r in items if not isinstance(r, Problem))
    assert pairs > len(docs) >= 5 and any(isinstance(r, Problem) for r in items)
    assert [d for d, _ in calls] == list(range(1, len(docs) + 1))  # one call per document
    assert all(done <= total for done, total in calls)
    assert calls[-1] == (len(docs), len(docs))


def test_the_per_document_function_is_plain(cyber_doc):
    # what a distributed engine would map: a document and settings in, plain data out
    result = map_document(cyber_doc, Settings())
    assert isinstance(result, DocumentScore)
    assert [p.pair.question.n for p in result.pairs] == ["1", "2", "3", "4", "5"]
    assert set(result.keys) == {"boilerplate"}  # the compact keys of the one batch rule
    assert len(result.pairs[0].by_rule) == len(result.rules)


def _descendants(pid: int) -> set[int]:
    out, todo = set(), [pid]
    while todo:
        p = todo.pop()
        try:
            for task in Path(f"/proc/{p}/task").iterdir():
                kids = [int(c) for c in (task / "children").read_text().split()]
                out.update(kids)
                todo += kids
        except OSError:
            continue
    return out


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _parent(pid: int) -> int | None:
    try:
        return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])
    except OSError:
        return None


# a progress line ("1 document scored of 40 read so far", "40 documents scored, all read so far": lows49)
_SCORED = re.compile(r"qa-align: (\d+) documents? scored(?: of \d+|, all) read so far")


@pytest.mark.parametrize(
    "signum, said, status",
    [
        (signal.SIGINT, "qa-align: interrupted", 130),
        # SIGTERM as Ctrl-C; unhandled, it ended the main process alone (status -15), its workers
        # left running their chunks and the output's temporary file left behind
        (signal.SIGTERM, "qa-align: terminated", 143),
    ],
    ids=["ctrl-c", "sigterm"],
)
def test_ctrl_c_or_sigterm_stops_scoring_at_once_and_leaves_no_process(tmp_path, signum, said, status):
    # a batch large enough to be mid-run when interrupted: the Belgian sample, 4,000 times
    records = [
        json.loads(x)
        for x in (CORPUS / "be-kamer" / "questions-sample.jsonl").read_text("utf-8").splitlines()
    ]
    batch = tmp_path / "questions.jsonl"
    with batch.open("w", encoding="utf-8") as fh:
        for k in range(4000):
            for r in records:
                fh.write(json.dumps({**r, "doc_id": f"{r['doc_id']}-{k}"}) + "\n")
    err = tmp_path / "stderr.txt"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = tmp_path / "out.csv"
    out.write_bytes(b"the previous run's table\n")
    cmd = [sys.executable, "-m", "qa_align", "score", str(batch), "-o", str(out), "-j", "2"]
    with err.open("w") as fh:
        proc = subprocess.Popen(cmd, stderr=fh, stdout=subprocess.DEVNULL, env=env)
    try:
        # the run's own pace, on this machine under its load of the moment: documents a second
        # between two progress lines (one every 5 s)
        seen: list[tuple[float, int]] = []
        deadline = time.monotonic() + 300
        while len(seen) < 2 and time.monotonic() < deadline:
            assert proc.poll() is None, err.read_text()
            done = [int(m.group(1)) for m in _SCORED.finditer(err.read_text())]
            if len(done) > len(seen):
                seen.append((time.monotonic(), done[-1]))
            time.sleep(0.1)
        assert len(seen) == 2, "the run did not get going"
        (t0, n0), (t1, n1) = seen
        pace = (n1 - n0) / (t1 - t0)
        children = _descendants(proc.pid)
        # the workers, mid-run: the processes the fork server started (its children)
        workers = {p for p in children if _parent(p) in children}
        assert len(workers) == 2, (children, workers)
        sent = time.monotonic()
        proc.send_signal(signum)
        # stopped: the workers ended and the output files cleaned up, said before the interpreter
        # exits (which waits on its pool's threads, and longer under load)
        while said not in err.read_text() and proc.poll() is None:
            assert time.monotonic() - sent < 300, "no interrupt after 300 s"
            time.sleep(0.05)
        took = time.monotonic() - sent
        left_running = [p for p in workers if _alive(p)]
        code = proc.wait(timeout=120)
        exited = time.monotonic() - sent
    finally:
        if proc.poll() is None:
            proc.kill()
    assert code == status
    # the workers ended, not left to finish the chunks under way, before the run says it stopped
    assert left_running == []
    # at once: sooner than the two workers take to score half a chunk each (64 documents,
    # ``workers.map_chunks``) at the run's own pace, and within a second however fast the run
    # (at 400 documents a second that half chunk takes 0.16 s, about what polling the output
    # file takes under load). Ending the workers takes hundredths of a second; letting them finish
    # the chunks under way takes seconds (measured: 2-3 s at about 60 documents a second), the
    # chunks in flight or the batch longer. A loaded machine slows the pace and the stopping alike.
    limit = max(1.0, 64 / pace)
    assert took < limit, f"took {took:.2f} s to stop (limit {limit:.2f} s at {pace:.0f} documents a second)"
    # and the prompt is back as soon: the interpreter's exit waits on its pool's threads (measured
    # 0.2 s under load; 1-3 s while the workers were left to finish their chunks)
    limit = max(5.0, 128 / pace)
    assert exited < limit, (
        f"took {exited:.2f} s to exit (limit {limit:.2f} s at {pace:.0f} documents a second)"
    )
    lines = [x for x in err.read_text().splitlines() if not _SCORED.match(x)]
    assert lines == [said]
    # the previous output as it was, no temporary file left
    assert out.read_bytes() == b"the previous run's table\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.csv", "questions.jsonl", "stderr.txt"]
    # and the fork server with them; under load its end may still be on its way
    end = time.monotonic() + 60
    while any(_alive(p) for p in children) and time.monotonic() < end:
        time.sleep(0.1)
    assert not [p for p in children if _alive(p)]


def test_a_held_result_is_the_result_again(cyber_doc):
    # what the batch stages hold of a document (bytes) gives back its pairs, flags and keys
    from qa_align.document_rules import Held, Packed, hold
    from qa_align.similarity import pair_text

    result = map_document(cyber_doc, Settings())
    held = hold(Packed(cyber_doc), result, texts=True)
    assert isinstance(held, Held) and isinstance(held.document, bytes) and isinstance(held.sent, bytes)
    again = held.result()
    assert again.document == cyber_doc
    assert again.pairs == result.pairs and again.rules == result.rules
    assert held.keys() == result.keys
    assert held.texts == tuple(pair_text(cyber_doc, p.pair) for p in result.pairs)
    assert held.texts[0].question.startswith(result.pairs[0].pair.question.text)
