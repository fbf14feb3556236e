"""Identifiability beside the passages (speed41): a thread of its own, the same numbers."""

from __future__ import annotations


def _pairs():
    from qa_align.similarity import PairText

    answers = [
        "We do not hold the figures. The data are not collected centrally. " * 3,
        "The road opens in May. Works on the bridge end in April, and the lanes reopen then.",
        "Two schools closed in 2023. A third closes next year; its pupils go to the school nearby.",
        "Nurses are recruited by each trust. There were 310,000 nurses in March.",
    ]
    questions = ["How many nurses?", "When will the road open?", "Which schools closed?", "How many doctors?"]
    return [
        PairText("uk", f"d{k}", "1", "en", q, a) for k, (q, a) in enumerate(zip(questions * 3, answers * 3))
    ]


def test_identifiability_runs_in_a_thread_beside_the_passages(monkeypatch):
    import threading

    import qa_align.similarity as similarity
    from qa_align.embed import get_backend

    where: dict[str, str] = {}
    real_ident, real_passages = similarity._identifiability, similarity._best_passages
    both = threading.Barrier(2, timeout=30)  # each waits for the other: they run at once

    def ident(*a):
        where["identifiability"] = threading.current_thread().name
        both.wait()
        return real_ident(*a)

    def best(*a):
        where["passages"] = threading.current_thread().name
        both.wait()
        return real_passages(*a)

    monkeypatch.setattr(similarity, "_identifiability", ident)
    monkeypatch.setattr(similarity, "_best_passages", best)
    values = similarity.text_similarities(_pairs(), get_backend("tfidf"), k=5, seed=0)
    assert where["passages"] == threading.main_thread().name != where["identifiability"]
    assert all(s is not None and i is not None for s, i in values)


def test_identifiability_beside_the_passages_gives_the_numbers_made_one_after_the_other(monkeypatch):
    # guard (passes before the change too): the values are those of each part made alone, in turn
    import qa_align.similarity as similarity
    from qa_align.embed import get_backend

    together = similarity.text_similarities(_pairs(), get_backend("tfidf"), k=5, seed=0)

    class OneAfterTheOther:  # the thread pool's place taken by a call made at once, here
        def __init__(self, *a):
            pass

        def __enter__(self):
            return self

        def __exit__(self, *a):
            return False

        def map(self, func, *its):  # ``_pair_dots``' shares, one after the other
            return map(func, *its)

        def submit(self, func, *a):
            from concurrent.futures import Future

            done: Future = Future()
            done.set_result(func(*a))
            return done

    monkeypatch.setattr(similarity, "ThreadPoolExecutor", OneAfterTheOther)
    assert similarity.text_similarities(_pairs(), get_backend("tfidf"), k=5, seed=0) == together


def test_an_error_in_the_passages_waits_for_identifiability_and_is_raised(monkeypatch):
    import threading

    import qa_align.similarity as similarity
    from qa_align.embed import get_backend

    def broken(*a):
        raise RuntimeError("passages failed")

    monkeypatch.setattr(similarity, "_best_passages", broken)
    before = threading.active_count()
    try:
        similarity.text_similarities(_pairs(), get_backend("tfidf"), k=5, seed=0)
    except RuntimeError as exc:
        assert "passages failed" in str(exc)
    else:
        raise AssertionError("the passages' error was not raised")
    assert threading.active_count() == before  # no thread left running
