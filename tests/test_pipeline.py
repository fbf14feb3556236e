"""The pipeline's map over documents and its reduce stages: progress, interruption, the
per-document function."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

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


def test_ctrl_c_stops_scoring_at_once_and_leaves_no_process(tmp_path):
    # a batch large enough to be mid-run when interrupted: the Belgian sample, 2,000 times
    records = [
        json.loads(x)
        for x in (CORPUS / "be-kamer" / "questions-sample.jsonl").read_text("utf-8").splitlines()
    ]
    batch = tmp_path / "questions.jsonl"
    with batch.open("w", encoding="utf-8") as fh:
        for k in range(2000):
            for r in records:
                fh.write(json.dumps({**r, "doc_id": f"{r['doc_id']}-{k}"}) + "\n")
    err = tmp_path / "stderr.txt"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    cmd = [sys.executable, "-m", "qa_align", "score", str(batch), "-o", str(tmp_path / "out.csv"), "-j", "2"]
    with err.open("w") as fh:
        proc = subprocess.Popen(cmd, stderr=fh, stdout=subprocess.DEVNULL, env=env)
    try:
        deadline = time.monotonic() + 300
        while "documents scored" not in err.read_text() and time.monotonic() < deadline:
            assert proc.poll() is None, err.read_text()
            time.sleep(0.2)
        assert "documents scored" in err.read_text(), "the run did not get going"
        children = _descendants(proc.pid)
        assert children  # the worker processes, mid-run
        sent = time.monotonic()
        proc.send_signal(signal.SIGINT)
        code = proc.wait(timeout=30)
        took = time.monotonic() - sent
    finally:
        if proc.poll() is None:
            proc.kill()
    assert code == 130
    assert took < 5, f"took {took:.1f} s to stop"
    lines = [x for x in err.read_text().splitlines() if "documents scored" not in x]
    assert lines == ["qa-align: interrupted"]
    end = time.monotonic() + 5
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
