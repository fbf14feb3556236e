"""Review of session 45 (review47): faults found in speedmem45's and lows45's changes, each with a
test that failed before its fix."""

from __future__ import annotations

import pytest

from qa_align import similarity
from qa_align.embed import Embedder, TfidfBackend
from qa_align.similarity import text_similarities

from .test_speedmem45 import _pairs


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
    mine.processes = 1
    plain = TfidfBackend()
    plain.processes = 1
    assert text_similarities(texts, mine) == text_similarities(texts, plain)
    assert len(calls) == 1 + 3  # the questions and answers, then each of the three blocks' passages
    # an ``embed`` set on the object the same
    on_object = TfidfBackend()
    on_object.processes = 1
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
