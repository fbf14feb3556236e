"""Session 45 (speedmem45): the passages' blocks prepared in the interpreter (``TfidfBackend.prepare``:
words split and numbered) while the block before is finished (``finish``: numpy's and scipy's rows)
and compared in a thread; the same numbers as one block after the other, whatever texts are
prepared in between."""

from __future__ import annotations

import numpy as np
import pytest

from qa_align import similarity
from qa_align.embed import TfidfBackend
from qa_align.similarity import PairText, _best_passages, passages


def _texts(seed: int, n: int, words: int, vocabulary: int, prefix: str = "w") -> list[str]:
    """``n`` texts of some ``words`` words each, in sentences of 5 to 15 words."""
    rng = np.random.default_rng(seed)
    out = []
    for _ in range(n):
        said = [f"{prefix}{k}" for k in rng.zipf(1.4, words) % vocabulary]
        cuts = np.cumsum(rng.integers(5, 16, words))
        sentences, lo = [], 0
        for hi in cuts:
            if lo >= words:
                break
            sentences.append(" ".join(said[lo:hi]).capitalize() + ".")
            lo = hi
        out.append(" ".join(sentences))
    return out


def _fitted(chars: bool, questions: list[str], answers: list[str]) -> TfidfBackend:
    backend = TfidfBackend(chars=chars)
    backend.processes = 1
    backend.fit(questions + answers)
    backend.processes = 2  # (fitted in this process) the passages' thread runs from two processes on
    return backend


@pytest.mark.parametrize("chars", [False, True])
def test_prepared_texts_keep_the_space_as_it_stood(chars):
    questions, answers = _texts(1, 30, 20, 300), _texts(2, 30, 60, 300)
    first = _texts(3, 6, 40, 900, prefix="new")  # words the fit never met
    later = _texts(4, 6, 40, 900, prefix="other")  # more new words, prepared before ``first`` is finished
    mixed = [answers[3], *first, questions[0]]  # fitted texts among them: their fitted rows
    alone = _fitted(chars, questions, answers).embed(mixed)
    backend = _fitted(chars, questions, answers)
    prepared = backend.prepare(mixed)
    prepared_later = backend.prepare(later)  # extends the words' ids, columns and n-gram counts
    made = backend.finish(prepared)
    assert made.shape == alone.shape and made.dtype == alone.dtype
    assert (made != alone).nnz == 0
    assert np.array_equal(made.indices, alone.indices) and np.array_equal(made.indptr, alone.indptr)
    assert (backend.finish(prepared_later) != _fitted(chars, questions, answers).embed(later)).nnz == 0


def _pairs(n: int) -> list[PairText]:
    questions, answers = _texts(5, n, 25, 400), _texts(6, n, 200, 400)
    answers[4] = answers[3]  # a grouped answer: cut once
    return [
        PairText("uk", f"d{j // 2}", str(j), "en", q, a) for j, (q, a) in enumerate(zip(questions, answers))
    ]


@pytest.mark.parametrize("chars", [False, True])
def test_the_passages_beside_their_preparing_are_those_made_one_block_after_the_other(monkeypatch, chars):
    texts = _pairs(23)
    questions, answers = [p.question for p in texts], [p.answer for p in texts]
    n = len(texts)
    monkeypatch.setattr(similarity, "_BLOCK", 4)  # six blocks
    got = {}
    for threads in (0, 1):
        monkeypatch.setattr(similarity, "_PASSAGE_THREADS", threads)
        backend = _fitted(chars, questions, answers)
        X = backend.embed(questions + answers)
        got[threads] = _best_passages(X, backend, texts, answers, n)
    assert np.array_equal(got[0], got[1])
    # and each the best of its answer's passages, each passage embedded on its own
    backend = _fitted(chars, questions, answers)
    X = backend.embed(questions + answers).toarray()
    for j in range(n):
        cut = passages(answers[j], "en")
        assert len(cut) > 1
        best = max(float(X[j] @ backend.embed([p]).toarray()[0]) for p in cut)
        assert got[1][j] == pytest.approx(best, rel=1e-5, abs=1e-6)


def test_an_error_finishing_a_block_in_the_thread_is_raised(monkeypatch):
    texts = _pairs(12)
    questions, answers = [p.question for p in texts], [p.answer for p in texts]
    monkeypatch.setattr(similarity, "_BLOCK", 3)
    monkeypatch.setattr(similarity, "_PASSAGE_THREADS", 1)
    backend = _fitted(True, questions, answers)
    X = backend.embed(questions + answers)
    real = backend.finish
    done = []

    def finish(prepared):
        if len(done) == 2:
            raise MemoryError("block three")
        done.append(1)
        return real(prepared)

    monkeypatch.setattr(backend, "finish", finish)
    with pytest.raises(MemoryError, match="block three"):
        _best_passages(X, backend, texts, answers, len(texts))
