from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
VLAAMS = CORPUS / "vlaams-parlement"
CYBER = VLAAMS / "schv-8-2024-cybersecurity.txt"
PDF235 = VLAAMS / "vrg_en_antw.235.pdf"
SHARED = ROOT.parent / "shared" / "data"
# tests that read the real data of ../shared/data: skipped, saying so, where it is not
needs_shared = pytest.mark.skipif(
    not SHARED.is_dir(), reason=f"needs the shared data folder {SHARED} (../shared/data), not found"
)


@pytest.fixture(scope="session")
def cyber_text() -> str:
    return CYBER.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def cyber_doc(cyber_text):
    from qa_align.readers.vlaams import read_text

    return read_text(cyber_text, str(CYBER))


@pytest.fixture(scope="session")
def doc235():
    from qa_align import read

    (doc,) = read(PDF235, on_error="raise")
    return doc


@pytest.fixture(autouse=True)
def _own_cache(tmp_path_factory, monkeypatch):
    """Each test has its own cache folder: no run or embedding cached by another test (or by
    the user) is loaded."""
    monkeypatch.setenv("QA_ALIGN_CACHE", str(tmp_path_factory.mktemp("cache")))


@pytest.fixture
def corpus_with_broken_pdf(tmp_path) -> list[Path]:
    """The shipped corpus of the four parliaments with an unreadable PDF among its inputs."""
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4 not really")
    return [
        CORPUS / "vlaams-parlement",
        bad,
        CORPUS / "be-kamer",
        CORPUS / "uk-commons",
        CORPUS / "tweede-kamer",
    ]


def parallel_anyway(monkeypatch) -> None:
    """The corpus is small: let it be split over processes anyway, a few documents a chunk."""
    from qa_align import pipeline

    monkeypatch.setattr(pipeline, "MIN_PARALLEL_DOCS", 2)
    monkeypatch.setattr(pipeline, "CHUNK", 3)


@pytest.fixture
def map_fails_on_1860136(monkeypatch):
    """The Dask engine's map of a chunk of documents (``iter_chunk``, speed50) raising where the
    chunk holds the UK sample's second record (1860136), as a bug met in one document would."""
    from qa_align import engine

    real = engine.iter_chunk

    def broken(documents, settings=None, rules=None):
        if any(d.doc_id == "1860136" for d in documents):
            raise RuntimeError("a bug met in this document")
        yield from real(documents, settings, rules)

    monkeypatch.setattr(engine, "iter_chunk", broken)
    return real


@pytest.fixture(scope="module")
def in_process_client():
    """A Dask client of one in-process worker of one thread (for the tests of the Dask engine;
    skipped without ``distributed``)."""
    distributed = pytest.importorskip("distributed")
    with distributed.Client(
        processes=False, n_workers=1, threads_per_worker=1, dashboard_address=None
    ) as client:
        yield client


def closed_of(text: str, language: str = "nl") -> list[str]:
    """The closed questions (yes or no) that ``analyze_question`` reads in a unit of ``text``."""
    from qa_align.analyze import analyze_question
    from qa_align.types import Question

    unit = Question(start=0, end=len(text), text=text)
    return [c.text for c in analyze_question(unit, language).closed]


def be_doc(question: str, answer: str, doc_id: str = "t", date_tabled: str = "2017-01-01"):
    """A Belgian Chamber record of one question and its answer, read as a document."""
    from qa_align.readers.be_kamer import read_record

    rec = {
        "doc_id": doc_id,
        "question": question,
        "answer": answer,
        "department": "D",
        "date_tabled": date_tabled,
    }
    return read_record(rec, "t")


def be_sentence_units(question: str, answer: str, opening: str, settings) -> tuple[str, ...]:
    """The units a Belgian answer's one segment gives its sentence opening with ``opening`` to
    (the segment must serve several units)."""
    from qa_align.align import align
    from qa_align.rules.context import DocContext

    d = be_doc(question, answer)
    ctx = DocContext(d, align(d, settings), settings)
    (seg,) = d.answer.segments
    assert len(ctx.served(seg)) > 1
    (s,) = [s for s in ctx.attribution(seg).sentences if s.text.startswith(opening)]
    return s.units


def asks_model_file(
    tmp_path, features: list[str], figures: tuple[list[float], float], breakdown: tuple[list[float], float]
) -> str:
    """A Dutch question-reading model (``asks_model``) of ``features``: for each reading, the
    weights of the features and the intercept."""
    import json

    from qa_align import asks

    path = tmp_path / "asks.json"
    nl = {
        "features": features,
        "coef": {"asks_figures": figures[0], "asks_breakdown": breakdown[0]},
        "intercept": {"asks_figures": figures[1], "asks_breakdown": breakdown[1]},
    }
    model = {"format": asks.FORMAT, "readings": list(asks.READINGS), "languages": {"nl": nl}}
    path.write_text(json.dumps(model), encoding="utf-8")
    from qa_align import modelfiles

    modelfiles.forget()  # read at once, as by the next batch (a file's time is looked up once a second)
    return str(path)


def model_file(tmp_path, feature: str, weight: float, threshold: float = 0.5, **extra) -> str:
    """A learned decision's model file (``yes_no_model``, ``holding_model``) of one feature, that
    flags when ``feature`` is 0 (``weight`` < 0) or 1 (``weight`` > 0): standardised by mean 0 and
    scale 1, intercept half the weight's size against it; ``extra``: more keys of the file."""
    import json

    path = tmp_path / f"{feature}{weight:+.0f}.json"  # one file per model: models are cached by path
    model = {
        "features": [feature],
        "mean": [0.0],
        "scale": [1.0],
        "coef": [weight],
        "intercept": -weight / 2,
        "threshold": threshold,
        **extra,
    }
    path.write_text(json.dumps(model), encoding="utf-8")
    from qa_align import modelfiles

    modelfiles.forget()  # read at once, as by the next batch (a file's time is looked up once a second)
    return str(path)


def uk_doc(question: str, answer: str, doc_id: int = 1, date_tabled: str | None = None):
    """A UK Commons written question and its answer, read as a document (tabled on ``date_tabled``
    where given)."""
    from qa_align.readers.uk_commons import read_record

    rec = {"id": doc_id, "questionText": question, "answerText": answer}
    if date_tabled is not None:
        rec["dateTabled"] = date_tabled
    return read_record(rec, "t")


def flagged(doc, flag: str, settings) -> bool:
    """Whether the one unit of ``doc``, scored with ``settings``, has the flag ``flag``."""
    from qa_align.pipeline import score_document

    (sp,) = score_document(doc, settings)
    return any(f.name == flag for f in sp.flags)


def flags_by_unit(doc, settings) -> dict[str, list[str]]:
    """The flags of each unit of ``doc`` scored with ``settings``, by unit number."""
    from qa_align.pipeline import score_document

    return {sp.pair.question.n: sorted(f.name for f in sp.flags) for sp in score_document(doc, settings)}


def generic_flags(question: str, answer: str, model: str, **more) -> dict:
    """The flags, by name, of a one-unit Commons record scored by the ``generic`` rule alone with the unit
    model ``model`` (a file, "" for the shipped one, "none" for the rule alone) and any other settings ``more``
    (``generic_short_floor=0.15``)."""
    from qa_align.pipeline import score_document
    from qa_align.settings import Settings

    settings = Settings(rules=("generic",), generic_model=model, recycled_across_documents=False, **more)
    (sp,) = score_document(uk_doc(question, answer, doc_id=1), settings)
    return {f.name: f for f in sp.flags}


def flags_of(doc, settings) -> list[str]:
    """The flags ``doc``'s units have, scored with ``settings``, each named once."""
    from qa_align.pipeline import score_document

    return sorted({f.name for sp in score_document(doc, settings) for f in sp.flags})


@contextmanager
def script(name: str) -> Iterator:
    """The module of ``scripts/NAME.py``, imported with ``scripts/`` on the path while it is used."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        yield importlib.import_module(name)
    finally:
        sys.path.remove(str(ROOT / "scripts"))


VLAAMS_HEAD = """SCHRIFTELIJKE VRAAG
nr. 12
van AN PEETERS
datum: 3 maart 2024
aan JAN JAMBON
VLAAMS MINISTER VAN BINNENLANDS BESTUUR
{title}
{question}
JAN JAMBON
VLAAMS MINISTER VAN BINNENLANDS BESTUUR
ANTWOORD
op vraag nr. 12 van 3 maart 2024
van AN PEETERS
{answer}
"""


def vlaams_pairs(question: str, answer: str, title: str = "Onderwerp") -> list[tuple[str, str]]:
    """Each unit's number and the label of the answer segments serving it, for a Flemish written question
    of ``question`` and ``answer`` (``VLAAMS_HEAD``)."""
    from qa_align.align import align
    from qa_align.readers.vlaams import read_text

    d = read_text(VLAAMS_HEAD.format(title=title, question=question, answer=answer), "test.txt", "test")
    return [(p.question.n, p.answer_no) for p in align(d)]


def csv_rows(path) -> list[dict]:
    """A CSV the tool wrote, as dicts by its header."""
    import csv

    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def not_waiting(call, *pipes, seconds: float = 300.0):
    """``call()``'s result, ``call`` run in a thread: where it has not returned after ``seconds`` (it
    waits on one of the named ``pipes`` for a writer that never comes), the test fails saying so, and
    each pipe is opened for writing and closed, so that the waiting reader reads its end and the
    thread ends (lows46: such a test hung, for want of pytest-timeout, rather than failed). The bound
    is no measure of speed: a call that does not wait returns long before it."""
    import errno
    import os
    import threading

    out: list = []

    def run():
        try:
            out.append((True, call()))
        except BaseException as exc:  # given back to the test's thread
            out.append((False, exc))

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    if thread.is_alive():
        for pipe in pipes:
            try:
                os.close(os.open(pipe, os.O_WRONLY | os.O_NONBLOCK))
            except OSError as exc:  # no reader (ENXIO): not the one waited on
                if exc.errno != errno.ENXIO:
                    raise
        thread.join(seconds)
        pytest.fail(f"still running after {seconds} s: waiting on a pipe ({', '.join(map(str, pipes))})?")
    ok, value = out[0]
    if not ok:
        raise value
    return value


def score_cli(argv, out_dir) -> tuple[int, list[dict], list[dict]]:
    """``qa-align score ARGV --all --model none -q -j 1 -o OUT_DIR/out.csv``: the exit status, the CSV's
    rows and the errors file's (none where it was not written: no problem)."""
    from qa_align.cli import main

    out = out_dir / "out.csv"
    code = main(["score", *map(str, argv), "--all", "--model", "none", "-q", "-j", "1", "-o", str(out)])
    errors = out_dir / "out.errors.csv"
    return code, csv_rows(out), csv_rows(errors) if errors.exists() else []


def threads_started(monkeypatch) -> list[int]:
    """The size of each thread pool ``qa_align.similarity`` starts from now on (the test's
    ``monkeypatch`` undoes the counting): ``-j 1`` starts none (lows46, review48)."""
    from qa_align import similarity

    started: list[int] = []
    real = similarity.ThreadPoolExecutor

    def counted(n, *args, **kwargs):
        started.append(n)
        return real(n, *args, **kwargs)

    monkeypatch.setattr(similarity, "ThreadPoolExecutor", counted)
    return started
