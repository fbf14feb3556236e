"""review48's findings in session 46's lows46 and speed46: each test fails at 3cafc31."""

from __future__ import annotations

import pandas as pd

import qa_align
from qa_align import Settings, engine, similarity
from qa_align.embed import get_backend

from .conftest import CORPUS, CYBER

PATHS = [CYBER, CORPUS / "uk-commons"]


def _threads_started(monkeypatch) -> list[int]:
    started: list[int] = []
    real = similarity.ThreadPoolExecutor

    def counted(n, *args, **kwargs):
        started.append(n)
        return real(n, *args, **kwargs)

    monkeypatch.setattr(similarity, "ThreadPoolExecutor", counted)
    return started


def _pair_texts() -> list:
    scored, _ = qa_align.score_pairs(PATHS, Settings(similarity_model="none", jobs=1))
    return [similarity.pair_text(sp.document, sp.pair) for sp in scored]


def test_the_dask_engine_s_similarity_at_one_job_starts_no_thread(monkeypatch):
    texts = _pair_texts()
    started = _threads_started(monkeypatch)
    (one,) = engine.similarity_values(Settings(jobs=1), texts)
    assert started == []  # 3cafc31: the passages' thread and identifiability's, its backend's processes 2
    (two,) = engine.similarity_values(Settings(jobs=2), texts)
    assert started == [1, 1]  # two jobs: the threads beside this one, as before
    assert len(one) == len(texts) > 5 and one == two


def test_a_backend_given_to_the_api_at_one_job_starts_no_thread_and_is_given_back(monkeypatch):
    started = _threads_started(monkeypatch)
    backend = get_backend(Settings().similarity_model)
    assert backend.processes == 2
    one = qa_align.score(PATHS, Settings(jobs=1), embedder=backend)
    assert started == []  # 3cafc31: the threads beside this one, the backend passed in kept its 2
    assert backend.processes == 2  # the caller's backend as it came
    two = qa_align.score(PATHS, Settings(jobs=2), embedder=get_backend(Settings().similarity_model))
    assert started == [1, 1]
    assert one["similarity"].notna().sum() > 5
    pd.testing.assert_frame_equal(one, two, check_exact=True)
