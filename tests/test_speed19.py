"""The similarity fit on both cores (speed19): the character space's weights counted in the fit's
worker process with its bags. The rows stay those of one process (similarity, identifiability and
the score to the bit), and a document that cannot be read is still reported."""

from __future__ import annotations

import os

import numpy as np

from qa_align import embed
from qa_align.pipeline import iter_scored
from qa_align.settings import Settings
from qa_align.types import Problem, ScoredPair

from .conftest import parallel_anyway


def _rows(items) -> list[tuple]:
    """Every result as plain values: a row's similarity, identifiability and score to the bit."""
    out = []
    for r in items:
        if isinstance(r, Problem):
            out.append(("problem", r.path, r.reason))
            continue
        assert isinstance(r, ScoredPair)
        out.append(
            (
                r.document.source,
                r.document.doc_id,
                r.pair.question.n,
                r.pair.answer_no,
                tuple((f.name, f.reason) for f in r.flags),
                r.similarity,
                r.identifiability,
                r.score,
            )
        )
    return out


def test_two_processes_give_the_rows_of_one_with_similarity_and_score(corpus_with_broken_pdf, monkeypatch):
    inputs = corpus_with_broken_pdf
    settings = Settings()  # tfidf+char similarity, identifiability, the trained score
    one = _rows(iter_scored(inputs, settings.replace(jobs=1)))
    # the corpus is small: split over processes anyway, and the fit's worker started for it
    parallel_anyway(monkeypatch)
    monkeypatch.setattr(embed, "_ASIDE_TEXTS", 1)
    monkeypatch.setattr(embed, "_cores", lambda: 2)
    weights = []
    adopt = embed._HashedChars.adopt_weights
    monkeypatch.setattr(
        embed._HashedChars, "adopt_weights", lambda self, idf: weights.append(1) or adopt(self, idf)
    )
    two = _rows(iter_scored(inputs, settings.replace(jobs=2)))
    assert weights  # the weights came from the worker
    assert two == one
    pairs = [r for r in one if r[0] != "problem"]
    assert len(pairs) > 30
    assert all(isinstance(r[5], float) for r in pairs if r[3])  # every answered pair has a similarity
    assert sum(isinstance(r[6], float) for r in pairs) > 20  # and identifiability where others were drawn
    # the broken PDF is reported in its place: after the Flemish documents' pairs, before the Belgian
    k = next(k for k, r in enumerate(one) if r[0] == "problem")
    assert one[k][1] == str(inputs[1])  # the broken PDF
    assert {r[0] for r in one[:k]} == {"vlaams-parlement"} and one[k + 1][0] == "be-kamer"


def _die(texts, min_df):
    os._exit(3)  # as a crash in a C library would end the fit's worker


def test_a_fit_whose_worker_dies_makes_the_character_space_here(monkeypatch):
    texts = [
        "De minister antwoordt niet op de vraag.",
        "The Hon. Member asked the minister about schools.",
        "De minister van Justitie antwoordt de minister.",
        "the member asked about schools and hospitals",
    ]
    here = embed.TfidfBackend(chars=True)
    here.processes = 1
    here.fit(texts)
    monkeypatch.setattr(embed, "_ASIDE_TEXTS", 1)
    monkeypatch.setattr(embed, "_cores", lambda: 2)
    monkeypatch.setattr(embed, "_char_bags", _die)
    beside = embed.TfidfBackend(chars=True).fit(texts)
    assert beside._fitted.shape == here._fitted.shape
    for part in ("indptr", "indices", "data"):
        assert np.array_equal(getattr(beside._fitted, part), getattr(here._fitted, part))
