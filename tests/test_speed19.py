"""The similarity stages on both cores (speed19): identifiability in a thread beside the passages,
the character space's weights counted in the fit's worker process. The rows stay those of one
process, a document that cannot be read is still reported, and Ctrl-C still stops the run."""

from __future__ import annotations

import threading

import numpy as np
import pytest

from qa_align import embed, pipeline, similarity
from qa_align.pipeline import iter_scored
from qa_align.settings import Settings
from qa_align.types import Problem, ScoredPair

from .conftest import CORPUS


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


def test_two_processes_give_the_rows_of_one_with_similarity_and_score(tmp_path, monkeypatch):
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4 not really")
    inputs = [
        CORPUS / "vlaams-parlement",
        bad,
        CORPUS / "be-kamer",
        CORPUS / "uk-commons",
        CORPUS / "tweede-kamer",
    ]
    settings = Settings()  # tfidf+char similarity, identifiability, the trained score
    one = _rows(iter_scored(inputs, settings.replace(jobs=1)))
    # the corpus is small: split over processes anyway, and the fit's worker started for it
    monkeypatch.setattr(pipeline, "MIN_PARALLEL_DOCS", 2)
    monkeypatch.setattr(pipeline, "CHUNK", 3)
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
    assert one[k][1] == str(bad)
    assert {r[0] for r in one[:k]} == {"vlaams-parlement"} and one[k + 1][0] == "be-kamer"


def test_leaving_the_passages_by_ctrl_c_stops_identifiability_at_its_next_look():
    seen = []

    def identifiability(stop: threading.Event) -> str:
        seen.append(stop.wait(60))  # True once told to stop; False only if never told
        return "ranked"

    with pytest.raises(KeyboardInterrupt):
        with similarity._beside(identifiability):
            raise KeyboardInterrupt  # Ctrl-C while the passages are embedded
    assert seen == [True]


def test_identifiability_told_to_stop_gives_no_result():
    pairs = [
        similarity.PairText("uk", "d1", "1", "en", "How many nurses?", "We do not hold the figures."),
        similarity.PairText("uk", "d2", "1", "en", "When will the road open?", "The road opens in May."),
    ]
    backend = embed.get_backend("tfidf")
    answers = [p.answer for p in pairs]
    backend.fit([p.question for p in pairs] + answers)
    x = backend.embed([p.question for p in pairs] + answers)
    stop = threading.Event()
    stop.set()
    with pytest.raises(similarity._Stopped):
        own = similarity._pair_dots(x, np.arange(2), x, np.arange(2, 4))
        similarity._identifiability(pairs, answers, x, own, 50, 0, stop)


def test_a_finished_identifiability_is_what_the_rows_get():
    # two answers of one source: each is the only other answer drawn for the other question, and the
    # own answer, which shares the question's words ("nurses", "road"), beats it
    pairs = [
        similarity.PairText("uk", "d1", "1", "en", "How many nurses left?", "Two hundred nurses left."),
        similarity.PairText("uk", "d2", "1", "en", "When will the road open?", "The road opens in May."),
    ]
    values = similarity.text_similarities(pairs, embed.get_backend("tfidf"), k=50, seed=0)
    assert [ident for _, ident in values] == [1.0, 1.0]
    assert all(0.0 < sim <= 1.0 for sim, _ in values)
