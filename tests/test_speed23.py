"""The stages after the map (speed23): the fitted texts' joined rows (words beside character
n-grams) made a chunk at a time in two threads, the same matrix to the bit as one after the other.
(The passages' cosines taken in a thread beside the next block's cutting were tried and dropped:
README, "The stages after the map".)"""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import numpy as np

from qa_align import embed

# sentences of the kind the fit reads: a question said twice, answers that give or refuse figures
TEXTS = [
    "How many applications were received in each of the last three years? How many applications were"
    " received in each of the last three years?",
    "The information requested is not held centrally and could only be obtained at disproportionate cost.",
    "Er worden geen statistieken bijgehouden inzake het aantal aanvragen per provincie.",
    "In 2021 there were 1,234 applications, in 2022 1,456 and in 2023 1,502.",
    "De administratie houdt die gegevens niet bij.",
    "The information requested is not held centrally and could only be obtained at disproportionate cost.",
    "Zoals vermeld in mijn antwoord op uw vraag nr. 191 worden die cijfers jaarlijks gepubliceerd.",
    "A breakdown of the figures by region is not available.",
]


_COUNT = embed._HashedChars._count  # one chunk's n-gram counts, as the module makes them


def _fitted(monkeypatch, threads: int, cores: int):
    """The joined rows of TEXTS (repeated, so that a chunk of three texts makes several chunks), with
    ``threads`` threads at most on ``cores`` cores, and the threads that counted the n-grams."""
    monkeypatch.setattr(embed._HashedChars, "_CHUNK", 3)
    monkeypatch.setattr(embed, "_SIDE_THREADS", threads)
    monkeypatch.setattr(embed, "_cores", lambda: cores)
    counted: list[int] = []
    count = _COUNT

    def counting(self, bags, lo, hi, ordered=True):
        counted.append(threading.get_ident())
        return count(self, bags, lo, hi, ordered)

    monkeypatch.setattr(embed._HashedChars, "_count", counting)
    backend = embed.TfidfBackend(chars=True)
    backend.processes = 1  # the character bags made here: only the joining is measured
    texts = TEXTS * 3
    matrix = backend.fit(texts).embed(texts)
    return matrix, counted


def test_the_joined_rows_are_made_beside_this_thread_and_are_the_same_to_the_bit(monkeypatch):
    one, counted_one = _fitted(monkeypatch, threads=1, cores=2)
    two, counted_two = _fitted(monkeypatch, threads=2, cores=2)
    here = threading.get_ident()
    # 24 texts, chunks of 3: 8 chunks counted for the weights (here) and 8 again to be joined
    assert len(counted_one) == len(counted_two) == 16
    assert counted_one.count(here) == 8  # the weights' pass is counted in this thread ...
    assert counted_two.count(here) == 8  # ... and the joined rows never are with two threads
    assert one.shape == two.shape and one.nnz == two.nnz
    for name in ("data", "indices", "indptr"):
        assert np.array_equal(getattr(one, name), getattr(two, name))
    assert one.data.tobytes() == two.data.tobytes()
    # "The information requested is not held centrally ..." stands twice: the same row twice,
    # of unit length, and closer to itself than to the Dutch sentence on the same matter
    first, again, dutch = (two[i].toarray().ravel() for i in (1, 5, 4))
    assert np.array_equal(first, again)
    assert abs(float(first @ first) - 1.0) < 1e-6
    assert float(first @ dutch) < 0.5


def test_one_core_makes_the_joined_rows_one_chunk_at_a_time(monkeypatch):
    # one core: a single thread, which holds no more than one chunk's rows at once (the pool's size is
    # read, not the threads seen: a pool of two may run every tiny chunk in its first thread)
    sizes: list[int] = []

    class Pool(ThreadPoolExecutor):
        def __init__(self, max_workers=None, *args, **kwargs):
            sizes.append(max_workers)
            super().__init__(max_workers, *args, **kwargs)

    monkeypatch.setattr(embed, "ThreadPoolExecutor", Pool)
    one, _ = _fitted(monkeypatch, threads=1, cores=1)
    bound, counted = _fitted(monkeypatch, threads=2, cores=1)
    two, _ = _fitted(monkeypatch, threads=2, cores=4)
    assert sizes == [1, 1, 2]  # the cores bound the threads, _SIDE_THREADS bounds them on more cores
    assert len(set(counted)) <= 2  # this thread, and the pool's one thread
    assert np.array_equal(one.data, bound.data) and np.array_equal(one.indices, bound.indices)
    assert np.array_equal(one.data, two.data) and np.array_equal(one.indices, two.indices)
