"""Readers register themselves (``@reader``, entry points); ``detect`` picks one per file in
their declared order."""

from __future__ import annotations

import importlib.metadata
from collections.abc import Iterator
from pathlib import Path

import pytest

import qa_align.readers as readers
from qa_align import read
from qa_align.cli import main
from qa_align.errors import ConfigError
from qa_align.readers import Reader, get_reader, load_readers, reader, register
from qa_align.readers.detect import detect
from qa_align.readers.records import build_document
from qa_align.types import Document, Metadata

from .conftest import CORPUS


@pytest.fixture
def registry(monkeypatch):
    """The registry as loaded, restored after the test."""
    monkeypatch.setattr(readers, "READERS", dict(load_readers()))
    return readers.READERS


def test_every_corpus_file_is_read_by_its_own_reader():
    # read from the folder names and the files themselves; labelled sets are recognised and skipped
    expected = {
        "be-kamer/questions-sample.jsonl": "be-kamer",
        "gold/dev.jsonl": "labels",
        "gold/dev-en.jsonl": "labels",
        "gold/dev-nl.jsonl": "labels",
        "gold/dev-tk.jsonl": "labels",
        "tweede-kamer/00fe7edd-24c8-4857-98da-774ed3b06836.pdf": "tweede-kamer",
        "tweede-kamer/01bf9f06-42d0-48a6-a85f-12c9c8e14c57.pdf": "tweede-kamer",
        "tweede-kamer/1b2d2126-a21e-4c3e-9b18-42206b4cc791.pdf": "tweede-kamer",
        "uk-commons/written-questions-sample.jsonl": "uk-commons",
        "vlaams-parlement/schv-8-2024-cybersecurity.txt": "vlaams-parlement",
        "vlaams-parlement/vrg_en_antw.235.pdf": "vlaams-parlement-pdf",
    }
    assert {name: detect(CORPUS / name).name for name in expected} == expected


def test_readers_are_tried_content_checks_first_by_priority_then_the_fallback():
    pdf = sorted((r for r in load_readers().values() if ".pdf" in r.suffixes), key=Reader.order)
    assert [r.name for r in pdf] == ["tweede-kamer", "vlaams-parlement-pdf"]
    jsonl = sorted((r for r in load_readers().values() if ".jsonl" in r.suffixes), key=Reader.order)
    assert [r.name for r in jsonl] == ["be-kamer", "uk-commons", "labels"]


def test_unknown_source_lists_the_known_ones(capsys, tmp_path):
    out = str(tmp_path / "out.csv")
    assert main(["score", str(CORPUS / "be-kamer"), "--source", "be-kamr", "-o", out, "-q"]) == 2
    err = capsys.readouterr().err
    assert (
        "unknown source 'be-kamr'; known sources: be-kamer, labels, tweede-kamer, uk-commons, "
        "vlaams-parlement, vlaams-parlement-pdf" in err
    )


def _read_qa(path: Path) -> Iterator[Document]:
    question, answer = path.read_text(encoding="utf-8").split("\n--\n")
    yield build_document("qa-file", path.stem, str(path), question, answer, Metadata(language="en"))


def test_a_new_reader_is_one_decorated_function(registry, tmp_path):
    reader("qa-file", suffixes=(".qa",), description="question, a line --, the answer")(_read_qa)
    (tmp_path / "one.qa").write_text("1. How many? 2. Where?\n--\n1. Twelve. 2. In Ghent.", encoding="utf-8")
    (doc,) = read(tmp_path, on_error="raise")
    assert (doc.source, doc.doc_id) == ("qa-file", "one")
    assert [u.n for u in doc.question.units] == ["1", "2"]
    assert [s.text for s in doc.answer.segments] == ["Twelve.", "In Ghent."]


def test_a_more_specific_reader_goes_before_the_fallback(registry, tmp_path):
    marked = tmp_path / "marked.pdf"
    marked.write_bytes(b"%PDF-1.4 QA-FILE")
    reader(
        "marked-pdf",
        suffixes=(".pdf",),
        looks_like=lambda path: b"QA-FILE" in path.read_bytes(),
        priority=20,  # before tweede-kamer (10), which would open it as a PDF
    )(_read_qa)
    assert detect(marked).name == "marked-pdf"
    assert detect(CORPUS / "tweede-kamer" / "00fe7edd-24c8-4857-98da-774ed3b06836.pdf").name == "tweede-kamer"
    assert detect(CORPUS / "vlaams-parlement" / "vrg_en_antw.235.pdf").name == "vlaams-parlement-pdf"


def test_a_second_fallback_or_a_name_taken_twice_is_refused(registry):
    with pytest.raises(ConfigError, match="'vlaams-parlement-pdf' and 'any-pdf' both take every .pdf file"):
        register(Reader("any-pdf", (".pdf",), _read_qa))
    with pytest.raises(ConfigError, match="two readers named 'be-kamer'"):
        register(Reader("be-kamer", (".jsonl",), _read_qa, looks_like=lambda path: True))


class _EntryPoint:
    def __init__(self, name: str, value: str, loaded) -> None:
        self.name, self.value, self._loaded = name, value, loaded

    def load(self):
        if isinstance(self._loaded, Exception):
            raise self._loaded
        return self._loaded


def test_plug_in_readers_come_from_entry_points(registry, monkeypatch):
    plug = Reader("qa-file", (".qa",), _read_qa, description="a plug-in")
    points = [_EntryPoint("qa-file", "qa_plugin:READER", plug)]
    monkeypatch.setattr(
        importlib.metadata, "entry_points", lambda group: points if group == "qa_align.readers" else []
    )
    monkeypatch.setattr(readers, "_loaded", False)
    assert get_reader("qa-file") is plug
    points[:] = [_EntryPoint("broken", "broken_plugin", ImportError("No module named 'lxml2'"))]
    monkeypatch.setattr(readers, "_loaded", False)
    with pytest.raises(
        ConfigError,
        match=r"reader plug-in 'broken' \(broken_plugin\) cannot be loaded: No module named 'lxml2'",
    ):
        load_readers()
