"""The fit's words split with its worker (speed53): ``TfidfBackend.fit`` has the fit's worker number the
words of the batch's second half first (``embed._word_ids``), then make its character bags
(``workers.aside_each``: several calls on the one worker, in order), while this process numbers the first
half's; ``_Words._joined_ids`` makes the worker's ids the space's: the same ids, columns and rows as one
pass. Every test fails on 9a7024ce: it had no ``workers.aside_each``, no ``embed._word_ids`` and no
``_Words._joined_ids``, and ``fit_transform`` took no tail."""

from __future__ import annotations

import os
import random
from concurrent.futures.process import BrokenProcessPool

import numpy as np

from qa_align import embed, workers
from qa_align.embed import TfidfBackend, _Words


class _Given:
    """A pending result already made (``workers.Pending``'s ``result``), or one whose worker died."""

    def __init__(self, value=None, broken: bool = False) -> None:
        self.value, self.broken = value, broken

    def result(self):
        if self.broken:
            raise BrokenProcessPool("the worker died")
        return self.value


TEXTS = ["Bb aa", "aa cc", "cc dd bb", "", "aa ee x"]
# by hand, one pass: bb 0, aa 1, cc 2, dd 3, ee 4 (lower-cased, words of two letters or more: "" and
# "x" have none)
IDS = [0, 1, 1, 2, 2, 3, 0, 1, 4]
ENDS = [0, 2, 4, 7, 7, 9]
WORDS = {"bb": 0, "aa": 1, "cc": 2, "dd": 3, "ee": 4}


def test_the_worker_numbers_its_texts_on_a_new_space():
    ids, ends, met = embed._word_ids(["cc dd bb", "", "aa ee x", "dd"])
    assert ids.tolist() == [0, 1, 2, 3, 4, 1]  # cc dd bb aa ee, then dd again
    assert ends.tolist() == [0, 3, 3, 5, 6]
    assert met == ["cc", "dd", "bb", "aa", "ee"]


def test_a_tail_numbered_elsewhere_is_made_the_spaces_own():
    for where in range(len(TEXTS) + 1):
        space = _Words()
        tail = _Given(embed._word_ids(TEXTS[where:]))
        ids, ends = space._joined_ids(TEXTS, (where, tail))
        assert ids.tolist() == IDS, where
        assert ends.tolist() == ENDS, where
        assert space._ids == WORDS, where
        assert list(space._column) == [-1] * 5, where  # no word has a column before the fit


def test_a_tail_whose_worker_died_is_numbered_here():
    space = _Words()
    ids, ends = space._joined_ids(TEXTS, (2, _Given(broken=True)))
    assert (ids.tolist(), ends.tolist(), space._ids) == (IDS, ENDS, WORDS)


def _texts(n: int, seed: int = 53) -> list[str]:
    rng = random.Random(seed)
    vocabulary = [f"w{i}" for i in range(2500)] + ["été", "İstanbul", "de-la", "x_y", "Zeer", "zeer"]
    texts = [" ".join(rng.choice(vocabulary) for _ in range(rng.randint(0, 30))) for _ in range(n)]
    texts += texts[: n // 20]  # texts met again, in the other half
    rng.shuffle(texts)
    return texts


def test_rows_of_words_split_are_those_of_one_pass():
    texts = _texts(3000)
    one = _Words(2)
    rows = one.fit_transform(texts)
    half = len(texts) // 2
    split = _Words(2)
    rows2 = split.fit_transform(texts, (half, _Given(embed._word_ids(texts[half:]))))
    assert split._ids == one._ids
    assert list(split._column) == list(one._column)
    assert split.n_features == one.n_features
    assert np.array_equal(split._pairs, one._pairs) and np.array_equal(split._pair_columns, one._pair_columns)
    for a, b in ((rows2.indptr, rows.indptr), (rows2.indices, rows.indices), (rows2.data, rows.data)):
        assert np.array_equal(a, b)


def test_aside_each_runs_its_calls_in_order_on_one_worker(tmp_path):
    # review55: the second call reads what the first wrote (run after it), the last two run in one process
    told = tmp_path / "told.txt"
    calls = ((told.write_text, "first"), (told.read_text,), (os.getpid,), (os.getpid,), (sorted, [3, 1, 2]))
    with workers.aside_each(*calls) as pending:
        wrote, read, pid, again, ordered = (p.result() for p in pending)
    assert (wrote, read) == (5, "first")
    assert pid == again != os.getpid()  # in one worker, not here
    assert ordered == [1, 2, 3]


def test_the_fit_splits_its_words_with_its_worker_and_fits_the_same(monkeypatch):
    texts = _texts(embed._ASIDE_TEXTS)
    assert len(texts) >= embed._ASIDE_TEXTS
    calls = []
    real = workers.aside_each

    def spied(*given):
        calls.append([c[0].__name__ for c in given])
        return real(*given)

    monkeypatch.setattr(workers, "aside_each", spied)
    monkeypatch.setattr(embed, "_cores", lambda: 2)  # review55: the worker's path on a one-core runner too
    split = TfidfBackend(chars=True)
    split.fit(texts)
    assert calls == [["_word_ids", "_char_bags"]]
    alone = TfidfBackend(chars=True)
    alone.processes = 1  # -j 1: everything here, one pass
    alone.fit(texts)
    assert len(calls) == 1
    a, b = split._fitted, alone._fitted
    assert a.shape == b.shape
    for x, y in ((a.indptr, b.indptr), (a.indices, b.indices), (a.data, b.data)):
        assert np.array_equal(x, y)
    assert split._vectorizers[0]._ids == alone._vectorizers[0]._ids
    probe = ["w1 w2 zeer nieuw", "été İstanbul"]
    assert (split.embed(probe) != alone.embed(probe)).nnz == 0
