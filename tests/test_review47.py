"""Review of session 45 (review47): faults found in speedmem45's and lows45's changes, each with a
test that failed before its fix."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

import qa_align
from qa_align import Settings, similarity
from qa_align.embed import Embedder, TfidfBackend
from qa_align.readers import decode_text
from qa_align.readers.tabular import Columns
from qa_align.similarity import text_similarities

from .test_speedmem45 import _pairs

NONE = Settings(similarity_model="none", jobs=1)


@pytest.mark.parametrize("threads", [0, 1])
def test_a_tfidf_subclass_with_its_own_embed_embeds_the_passages_with_it(monkeypatch, threads):
    # speedmem45 ran any backend with ``prepare`` and ``finish`` in two parts: a subclass's own
    # ``embed`` was never called for the passages
    monkeypatch.setattr(similarity, "_BLOCK", 4)
    monkeypatch.setattr(similarity, "_PASSAGE_THREADS", threads)
    texts = _pairs(10)
    calls = []

    class Mine(TfidfBackend):
        def embed(self, texts):
            calls.append(len(texts))
            return super().embed(texts)

    mine = Mine()
    mine.processes = 2  # (too few texts for a worker) the passages' thread runs
    plain = TfidfBackend()
    plain.processes = 1
    assert text_similarities(texts, mine) == text_similarities(texts, plain)
    assert len(calls) == 1 + 3  # the questions and answers, then each of the three blocks' passages
    # an ``embed`` set on the object the same
    on_object = TfidfBackend()
    on_object.processes = 2
    real = on_object.embed
    on_object.embed = lambda texts: calls.append(len(texts)) or real(texts)
    calls.clear()
    assert text_similarities(texts, on_object) == text_similarities(texts, plain)
    assert len(calls) == 4


def test_a_backend_of_ones_own_with_other_prepare_and_finish_methods_is_embedded_by_embed():
    class Hashed(Embedder):
        cacheable = False

        def prepare(self) -> None:  # a method of its own of that name (loading a model, say)
            raise AssertionError("not a part of embed")

        def finish(self) -> None:
            raise AssertionError("not a part of embed")

        def embed(self, texts):
            from sklearn.feature_extraction.text import HashingVectorizer

            return HashingVectorizer(n_features=2**10).transform(list(texts))

    out = text_similarities(_pairs(6), Hashed())
    assert len(out) == 6 and all(0.0 <= s <= 1.0 for s, _ in out)
    assert similarity.two_parts(Hashed()) is None
    assert similarity.two_parts(TfidfBackend()) is not None


def test_a_utf8_table_with_a_byte_order_mark_and_a_stray_byte_is_read_as_utf8(tmp_path, caplog):
    # no character beyond ASCII but the stray byte: lows45's counts chose Windows-1252, and the mark
    # became "ï»¿" before the first column's name, which was then not found
    table = b'\xef\xbb\xbfqid,vraag,antwoord\r\nq-1,"How many schools?","There are 42 schools \x96 as of 2023."\r\n'
    (tmp_path / "t.csv").write_bytes(table)
    with caplog.at_level(logging.WARNING):
        df = qa_align.score(tmp_path / "t.csv", NONE, columns=Columns("qid", "vraag", "antwoord"))
    assert list(df["doc_id"]) == ["q-1"] and list(df["answer"]) == ["There are 42 schools \ufffd as of 2023."]
    assert "1 byte not UTF-8 (line 2) in UTF-8 text" in caplog.text
    assert decode_text(b"\xef\xbb\xbfcaf\xe9\n", Path("f.txt")) == "caf\ufffd\n"
    assert decode_text(b"caf\xe9\n", Path("f.txt")) == "caf\u00e9\n"  # without the mark: Windows-1252


def test_the_warning_names_each_line_of_a_stray_byte_once(caplog):
    # a guard: lows45's test has one stray byte; the lines of the later ones are counted on from it
    data = "é\n".encode() * 4 + b"a\xff\n\nb\xfe\xfd\nc\n" + "é\n".encode() * 3 + b"\xfc"
    with caplog.at_level(logging.WARNING):
        text = decode_text(data, Path("f.txt"))
    assert text.count("\ufffd") == 4 and text.startswith("é\né\n")
    assert "4 bytes not UTF-8 (lines 5, 7, 12) in UTF-8 text" in caplog.text
