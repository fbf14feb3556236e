"""Scoring and reading in worker processes give what one process gives, in the same order."""

from __future__ import annotations

from qa_align import pipeline
from qa_align.pipeline import iter_scored
from qa_align.readers import read_paths
from qa_align.settings import Settings
from qa_align.types import Problem, ScoredPair

from .conftest import CORPUS, SHARED


def _rows(items) -> list[tuple]:
    out = []
    for r in items:
        if isinstance(r, Problem):
            out.append(("problem", r.path, r.doc_id, r.reason))
            continue
        assert isinstance(r, ScoredPair)
        out.append(
            (
                r.document.source,
                r.document.doc_id,
                r.pair.question.n,
                r.pair.answer_no,
                r.pair.method,
                tuple(
                    (f.name, f.reason, tuple((e.start, e.end, e.text) for e in f.evidence)) for f in r.flags
                ),
            )
        )
    return out


def test_parallel_scoring_matches_one_process(tmp_path, monkeypatch):
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4 not really")
    inputs = [
        CORPUS / "vlaams-parlement",
        bad,
        CORPUS / "be-kamer",
        CORPUS / "uk-commons",
        CORPUS / "tweede-kamer",
    ]
    settings = Settings(similarity_model=None, score_model="none")
    one = _rows(iter_scored(inputs, settings.replace(jobs=1)))
    # the corpus is small: let it be split over processes anyway, a few documents a chunk
    monkeypatch.setattr(pipeline, "_MIN_PARALLEL_DOCS", 2)
    monkeypatch.setattr(pipeline, "_CHUNK", 3)
    assert pipeline._jobs(2, list(range(20))) == 2
    two = _rows(iter_scored(inputs, settings.replace(jobs=2)))
    assert two == one
    assert len(one) > 30  # every corpus source is in it
    # the broken PDF keeps its place: after the Flemish documents' pairs, before the Belgian ones
    k = next(i for i, r in enumerate(one) if r[0] == "problem")
    assert one[k][1] == str(bad)
    assert {r[0] for r in one[:k]} == {"vlaams-parlement"} and one[k + 1][0] == "be-kamer"


def test_early_scoring_while_reading_matches_one_process(tmp_path, monkeypatch):
    # documents are scored in forked processes while the rest are read; flags of text
    # recycled across documents are added once the whole batch is read, in their place.
    # Four Belgian records share the sentence on annexes sent to the member directly, so the
    # batch holds flags across documents that an early process could not raise alone.
    import json

    wanted = {"184523", "184524", "184743", "185583", "184924", "185606", "190872"}
    with open(SHARED / "be-kamer-2017" / "questions.jsonl", encoding="utf-8") as fh:
        records = [line for line in fh if str(json.loads(line)["doc_id"]) in wanted]
    assert len(records) == len(wanted)
    shared = tmp_path / "questions.jsonl"
    shared.write_text("".join(records), encoding="utf-8")
    inputs = [
        CORPUS / "be-kamer",
        shared,
        CORPUS / "tweede-kamer",
        CORPUS / "uk-commons",
        CORPUS / "vlaams-parlement",
    ]
    settings = Settings(similarity_model=None, score_model="none")
    one = _rows(iter_scored(inputs, settings.replace(jobs=1)))
    across = [
        r
        for r in one
        if len(r) > 5 and any(f[0] == "recycled_text" and "other document" in f[1] for f in r[5])
    ]
    assert {r[1] for r in across} >= {"184523", "184524", "184743", "185583"}
    started = []
    real_start = pipeline._EarlyScoring._start

    def start(self):
        started.append(self.upto)
        real_start(self)

    monkeypatch.setattr(pipeline._EarlyScoring, "_start", start)
    monkeypatch.setattr(pipeline, "_EARLY_MIN", 2)
    monkeypatch.setattr(pipeline, "_EARLY_MAX", 5)
    monkeypatch.setattr(pipeline, "_MIN_PARALLEL_DOCS", 2)
    monkeypatch.setattr(pipeline, "_CHUNK", 3)
    two = _rows(iter_scored(inputs, settings.replace(jobs=2)))
    assert len(started) >= 3
    assert two == one


def test_no_process_to_be_had_while_reading_leaves_the_batch_whole(monkeypatch, caplog):
    import multiprocessing.process

    inputs = [CORPUS / "be-kamer", CORPUS / "uk-commons", CORPUS / "vlaams-parlement"]
    settings = Settings(similarity_model=None, score_model="none")
    one = _rows(iter_scored(inputs, settings.replace(jobs=1)))

    real_start = multiprocessing.process.BaseProcess.start

    def refuse(self):  # no early process; the workers that score the batch afterwards start
        if self._target is pipeline._score_early:
            raise OSError(12, "Cannot allocate memory")
        real_start(self)

    monkeypatch.setattr(pipeline, "_EARLY_MIN", 2)
    monkeypatch.setattr(multiprocessing.process.BaseProcess, "start", refuse)
    with caplog.at_level("WARNING"):
        two = _rows(iter_scored(inputs, settings.replace(jobs=2)))
    assert two == one
    assert "scoring while reading stopped" in caplog.text


def test_parallel_reading_of_pdfs_keeps_the_order():
    paths = [CORPUS / "tweede-kamer", CORPUS / "vlaams-parlement", CORPUS / "be-kamer"]
    one = [(d.source, d.doc_id) for d in read_paths(paths, jobs=1)]
    two = [(d.source, d.doc_id) for d in read_paths(paths, jobs=2)]
    assert two == one
    assert one[:3] == [
        ("tweede-kamer", "00fe7edd-24c8-4857-98da-774ed3b06836"),
        ("tweede-kamer", "01bf9f06-42d0-48a6-a85f-12c9c8e14c57"),
        ("tweede-kamer", "1b2d2126-a21e-4c3e-9b18-42206b4cc791"),
    ]


def test_small_batches_and_streams_stay_in_process():
    assert pipeline._jobs(2, list(range(10))) == 1  # too few to be worth a process
    assert pipeline._jobs(2, iter(range(10_000))) == 1  # not read whole
    assert pipeline._jobs(1, list(range(10_000))) == 1


def test_cli_rejects_negative_jobs(tmp_path, capsys):
    from qa_align.cli import main

    assert main(["score", str(CORPUS / "vlaams-parlement"), "-o", str(tmp_path / "x.csv"), "-j", "-1"]) == 2
    assert "--jobs" in capsys.readouterr().err


def test_a_document_that_kills_its_process_is_reported_and_the_rest_scored(monkeypatch):
    import os

    inputs = [CORPUS / "vlaams-parlement", CORPUS / "be-kamer", CORPUS / "tweede-kamer"]
    settings = Settings(similarity_model=None, score_model="none")
    one = _rows(iter_scored(inputs, settings.replace(jobs=1)))
    real = pipeline._flag_pairs
    parent = os.getpid()

    def crashing(document, *args, **kwargs):
        if document.doc_id == "schv-8-2024-cybersecurity" and os.getpid() != parent:
            os._exit(3)  # as a segfault in a C library would end the worker
        return real(document, *args, **kwargs)

    monkeypatch.setattr(pipeline, "_flag_pairs", crashing)
    monkeypatch.setattr(pipeline, "_EARLY_MIN", 2)  # the document is first met by an early process
    monkeypatch.setattr(pipeline, "_EARLY_MAX", 4)
    monkeypatch.setattr(pipeline, "_MIN_PARALLEL_DOCS", 2)
    monkeypatch.setattr(pipeline, "_CHUNK", 3)
    two = _rows(iter_scored(inputs, settings.replace(jobs=2)))
    died = [r[2] for r in two if r[0] == "problem" and "died" in r[3]]
    assert died == ["schv-8-2024-cybersecurity"]
    # everything else, the unanswered records' problems included, is what one process gives
    rest = [r for r in two if not (r[0] == "problem" and "died" in r[3])]
    assert rest == [r for r in one if r[1] != "schv-8-2024-cybersecurity"]


def test_a_file_that_kills_its_reader_is_reported_and_the_rest_read(monkeypatch):
    import os

    import qa_align.readers as readers

    paths = [CORPUS / "tweede-kamer", CORPUS / "vlaams-parlement"]
    one = [(d.source, d.doc_id) for d in read_paths(paths, jobs=1)]
    real = readers._read_one
    parent = os.getpid()

    def crashing(item, *args):
        if str(item).endswith("01bf9f06-42d0-48a6-a85f-12c9c8e14c57.pdf") and os.getpid() != parent:
            os._exit(3)
        return real(item, *args)

    monkeypatch.setattr(readers, "_read_one", crashing)
    two = list(read_paths(paths, jobs=2))
    assert (
        isinstance(two[1], Problem)
        and "died" in two[1].reason
        and two[1].path.endswith("01bf9f06-42d0-48a6-a85f-12c9c8e14c57.pdf")
    )
    assert [(d.source, d.doc_id) for d in two if not isinstance(d, Problem)] == [
        r for r in one if r[1] != "01bf9f06-42d0-48a6-a85f-12c9c8e14c57"
    ]


def test_the_rules_load_spacy_without_torch_and_torch_still_imports():
    # thinc would import torch (about 190 MB a process) though no rule uses it
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from qa_align.analyze import matchers\n"
        "matchers('nl'); matchers('en')\n"
        "assert 'spacy' in sys.modules and 'torch' not in sys.modules\n"
        "import torch\n"
        "print(torch.tensor([1, 2]).sum().item())\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "3"
