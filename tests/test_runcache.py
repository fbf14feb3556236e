"""A re-run on unchanged files with the same settings loads the earlier results."""

from __future__ import annotations

import os
import shutil

import pytest

from qa_align import pipeline, runcache
from qa_align.pipeline import iter_scored
from qa_align.settings import Settings
from qa_align.types import Document, Problem

from .conftest import CORPUS, CYBER


def _rows(items):
    return [
        ("problem", r.path, r.reason)
        if isinstance(r, Problem)
        else (r.document.doc_id, r.pair.question.n, r.pair.answer_no, tuple(f.name for f in r.flags), r.score)
        for r in items
    ]


def _no_reading(monkeypatch):
    def fail(*args, **kwargs):
        raise AssertionError("the documents were read again")

    monkeypatch.setattr(pipeline, "iter_documents", fail)


def test_a_rerun_loads_the_results(tmp_path, monkeypatch):
    folder = tmp_path / "docs"
    shutil.copytree(CORPUS / "vlaams-parlement", folder)
    settings = Settings(similarity_model=None, run_cache=True)
    first = _rows(iter_scored([folder], settings))
    assert len(list(runcache.directory().glob("*.pickle"))) == 1
    with monkeypatch.context() as m:
        _no_reading(m)
        assert _rows(iter_scored([folder], settings)) == first
    # a changed file, a new file or other settings: scored again
    text = folder / CYBER.name
    os.utime(text, ns=(text.stat().st_atime_ns, text.stat().st_mtime_ns + 1_000_000))
    with monkeypatch.context() as m:
        _no_reading(m)
        with pytest.raises(AssertionError, match="read again"):
            list(iter_scored([folder], settings))
    assert _rows(iter_scored([folder], settings)) == first  # same content, scored again
    (folder / "extra.txt").write_text("not a question", encoding="utf-8")
    with monkeypatch.context() as m:
        _no_reading(m)
        with pytest.raises(AssertionError):
            list(iter_scored([folder], settings))
        with pytest.raises(AssertionError):
            list(iter_scored([folder], settings.replace(rules="missing_answer")))


def test_documents_and_runs_without_the_cache_are_not_cached(cyber_doc):
    list(iter_scored([cyber_doc], Settings(similarity_model=None, run_cache=True)))
    list(iter_scored([CYBER], Settings(similarity_model=None)))  # off by default
    assert list(runcache.directory().glob("*.pickle")) == []
    assert isinstance(cyber_doc, Document)


def test_only_the_latest_runs_are_kept():
    for n in range(runcache.KEEP + 2):
        runcache.store(f"k{n}", [n])
        os.utime(runcache.directory() / f"k{n}.pickle", (n, n))  # in order of age
    kept = sorted(p.stem for p in runcache.directory().glob("*.pickle"))
    assert kept == ["k2", "k3", "k4"]
    assert runcache.load("k4") == [4]
    (runcache.directory() / "k3.pickle").write_bytes(b"damaged")
    assert runcache.load("k3") is None  # scored again, not a failure


def test_cli_cache_option(tmp_path, monkeypatch):
    from qa_align.cli import main

    out = tmp_path / "a.csv"
    assert main(["score", str(CYBER), "-o", str(out), "--all", "-q", "--model", "none", "--cache"]) == 0
    first = out.read_bytes()
    _no_reading(monkeypatch)
    assert main(["score", str(CYBER), "-o", str(out), "--all", "-q", "--model", "none", "--cache"]) == 0
    assert out.read_bytes() == first


def test_a_model_retrained_into_the_same_file_is_no_cached_run(tmp_path):
    import json

    from qa_align.scoring import shipped

    model = tmp_path / "model" / "responsiveness.joblib"
    model.parent.mkdir()
    shutil.copy(shipped(), model)
    shutil.copy(shipped().with_suffix(".json"), model.with_suffix(".json"))
    settings = Settings(similarity_model=None, run_cache=True, score_model=str(model))
    first = _rows(iter_scored([CYBER], settings))
    numbers = json.loads(model.with_suffix(".json").read_text(encoding="utf-8"))
    numbers["linear"]["intercept"] += 1.0  # (the numbers scoring reads, beside the model file)
    for language in numbers["linear"].get("languages", {}).values():  # a model per language
        language["intercept"] += 1.0
    model.with_suffix(".json").write_text(json.dumps(numbers), encoding="utf-8")
    again = _rows(iter_scored([CYBER], settings))
    assert again == _rows(iter_scored([CYBER], settings.replace(run_cache=False)))
    assert [r[-1] for r in again] != [r[-1] for r in first]


def test_the_files_of_the_learned_readings_are_part_of_the_key(tmp_path):
    # a question-reading model, a holding and a yes/no decision named by path: retrained into the
    # same file, the run is not the cached one
    paths = {name: tmp_path / f"{name}.json" for name in ("asks_model", "holding_model", "yes_no_model")}
    for p in paths.values():
        p.write_text("{}", encoding="utf-8")
    settings = Settings(run_cache=True, **{name: str(p) for name, p in paths.items()})
    named = runcache.named_files(settings)
    assert [s.split("\0")[0] for s in named] == [str(p) for p in paths.values()]
    for name, p in paths.items():
        p.write_text('{"retrained": true}', encoding="utf-8")
        assert runcache.named_files(settings) != named, name
        named = runcache.named_files(settings)


def test_the_shipped_models_are_part_of_the_fingerprint(tmp_path, monkeypatch):
    # the package's models folder (question reading, cue classifier, score, rare-word weights),
    # whatever the files' suffix, even where the checkout's models/ is not there (an install)
    package = tmp_path / "qa_align"
    (package / "models").mkdir(parents=True)
    (package / "__init__.py").write_text("", encoding="utf-8")
    (package / "models" / "asks.json").write_text("{}", encoding="utf-8")
    monkeypatch.setattr(runcache, "PACKAGE", package)
    monkeypatch.setattr(runcache, "MODELS", tmp_path / "no-checkout-models")
    fingerprint = runcache.fingerprint.__wrapped__  # once per process when run; here twice
    before = fingerprint()
    (package / "models" / "asks.json").write_text('{"retrained": true}', encoding="utf-8")
    assert fingerprint() != before
