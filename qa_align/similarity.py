"""How close each answer is to its question, and whether the answer could be told apart
from other answers given the question (identifiability).

Similarity suits long answers: an answer is cut into passages of about 80 words, and a
pair's similarity is the mean of (a) the best-matching passage and (b) the whole answer,
each compared by cosine with the question unit, whose question sentences ("...?") count
twice against its preamble-like statements. Embeddings come from one backend
(``qa_align.embed``), computed for the whole batch at once.

Identifiability (after Alvarez & Morrier, Political Analysis 2025): for each pair, its own
answer and ``k`` other answers of the same source, drawn with a seed, are ranked by their
similarity to the question; identifiability is the share of those others its own answer
beats (by whole-answer cosine), in [0, 1]. An answer that could belong to any question
scores low.
"""

from __future__ import annotations

import contextvars
import hashlib
import logging
import os
import threading
from collections import defaultdict, deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from typing import NamedTuple

import numpy as np

from .embed import Backend
from .text import sentences
from .types import Document, Pair, ScoredPair
from .workers import available_cores

log = logging.getLogger(__name__)
marks = logging.getLogger("qa_align.stages")  # the "stage: " marks, at DEBUG: the bench's (lows54)


def passages(text: str, language: str, max_words: int = 80) -> list[str]:
    """Consecutive sentences grouped into passages of at most about ``max_words`` words."""
    out: list[str] = []
    current: list[str] = []
    words = 0
    for _, _, sentence in sentences(text, language):
        n = len(sentence.split())
        if current and words + n > max_words:
            out.append(" ".join(current))
            current, words = [], 0
        current.append(sentence)
        words += n
    if current:
        out.append(" ".join(current))
    return out or ([text] if text.strip() else [])


def question_text(sp: ScoredPair) -> str:
    """The unit's text with its question sentences said twice (they weigh more than the
    statements that lead up to them)."""
    return _asked_twice(sp.pair.question.text, sp.document.metadata.language)


def _asked_twice(text: str, language: str) -> str:
    asked = [s for _, _, s in sentences(text, language) if s.endswith("?")]
    return " ".join([text, *asked])


class PairText(NamedTuple):
    """What the similarity stage compares of one pair, without its document: the question's
    text (``question_text``) and the answer's, and what the draw of other answers is keyed on."""

    source: str
    doc_id: str
    n: str  # the unit's number as written
    language: str
    question: str
    answer: str


def pair_text(document: Document, pair: Pair) -> PairText | None:
    """The pair's texts to compare, or None for a pair without answer."""
    if not pair.segments:
        return None
    answer = pair.answer_text
    if not answer.strip():
        return None
    language = document.metadata.language
    question = _asked_twice(pair.question.text, language)
    return PairText(document.source, document.doc_id, pair.question.n, language, question, answer)


def _rowdots(x, y) -> np.ndarray:
    """Dot products of the rows of ``x`` with the same rows of ``y`` (row-normalised, dense or
    sparse): the cosines of many pairs at once."""
    if hasattr(x, "multiply"):
        return np.asarray(x.multiply(y).sum(axis=1)).ravel()
    return np.einsum("ij,ij->i", x, y)


_CHUNK = 20_000  # pairs compared at once when ranking against the drawn answers
_BLOCK = 2048  # answers whose passages are embedded at once (4096: 0.07 GB more at the peak, no faster)
# threads finishing the passages' blocks beside the one preparing them (``_best_passages``); 0: one
# thread does both, a block after the other. None with a backend given one process (``-j 1``: one
# core, lows46), whatever this says
_PASSAGE_THREADS = 1


def _beaten(r: np.ndarray, c: np.ndarray, cos: np.ndarray, own: np.ndarray, n: int) -> np.ndarray:
    """For each question, how many of its drawn others (pairs ``r`` -> ``c`` with cosines
    ``cos``) its own answer beats, on cosines corrected for hubness: each question's cosines
    are z-scored over its own answer and its drawn others, then each answer's over the
    questions that drew it. A long or generic answer that is close to every question
    (a hub) no longer outranks the specific one; on the similarity issue's protocol this
    lifts top-1 by about 0.03 to 0.06 (README)."""
    if not len(r):
        return np.zeros(n)
    # rows: the own answer and the drawn others of each question
    count = np.bincount(r, minlength=n) + 1.0
    mean = (np.bincount(r, weights=cos, minlength=n) + own) / count
    square = (np.bincount(r, weights=cos * cos, minlength=n) + own * own) / count
    sd = np.sqrt(np.maximum(square - mean * mean, 0.0)) + 1e-9
    z = (cos - mean[r]) / sd[r]
    z_own = (own - mean) / sd
    # columns: each answer over the questions that drew it and its own question
    drew = np.bincount(c, minlength=n) + 1.0
    cmean = (np.bincount(c, weights=z, minlength=n) + z_own) / drew
    csquare = (np.bincount(c, weights=z * z, minlength=n) + z_own * z_own) / drew
    csd = np.sqrt(np.maximum(csquare - cmean * cmean, 0.0)) + 1e-9
    return np.bincount(
        r, weights=(z - cmean[c]) / csd[c] < (z_own[r] - cmean[r]) / csd[r], minlength=n
    ).astype(float)


_WIDTH = 16  # rows side by side in the dense matrix the other side's entries are looked up in
_THREADS = 2  # at most; the machine's cores bound them, and -j 1 to one (``_ONE_CORE``)
# set while ``text_similarities`` runs for a backend given one process (-j 1): every step in this thread
_ONE_CORE: contextvars.ContextVar[bool] = contextvars.ContextVar("qa_align_one_core", default=False)


_NO_COMPILED = "QA_ALIGN_NO_NUMBA"  # set (not empty, not 0): the sparse cosines by numpy alone


def _kernel(compiled: bool | None):
    """The compiled pair-dots kernel (``_compiled.pair_dots``), or None for numpy's path:
    ``compiled`` False, or None with ``QA_ALIGN_NO_NUMBA`` set or numba not installed; True
    raises where numba cannot be imported."""
    if compiled is None:
        if os.environ.get(_NO_COMPILED, "") not in ("", "0"):
            return None
    elif not compiled:
        return None
    try:
        from ._compiled import pair_dots  # numba, imported on first use: the package's import stays light
    except ImportError:
        if compiled:
            raise
        log.debug("numba not importable: the cosines by numpy")
        return None
    except Exception as exc:  # numba installed but broken (llvmlite's library, its cache): said once
        if compiled:
            raise
        _warn_once(
            f"numba could not be loaded ({type(exc).__name__}: {_first_line(exc)}); the cosines by numpy (slower)"
        )
        return None
    return pair_dots


_WARNED: set[str] = set()


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [""])[0]


def _warn_once(message: str) -> None:
    if message not in _WARNED:
        _WARNED.add(message)
        log.warning("%s", message)


_KERNEL_TYPES = (np.dtype(np.float32), np.dtype(np.float64))  # the types the kernel is checked on


def _pair_dots(X, r: np.ndarray, Y, c: np.ndarray, compiled: bool | None = None) -> np.ndarray:
    """The dot product of row ``r[i]`` of ``X`` with row ``c[i]`` of ``Y`` (row-normalised: the
    cosine), for many pairs; the same numbers as ``_rowdots(X[r], Y[c])``. Sparse rows: by a
    compiled loop over the pairs (``_compiled.pair_dots``; numba, compiled on first use) where
    numba can be imported and ``compiled`` is not False (``QA_ALIGN_NO_NUMBA`` set turns it off
    where ``compiled`` is None), else by numpy: the pairs are taken ``_WIDTH`` rows of ``Y`` at a
    time; those rows are written side by side into one small dense matrix, a row of it for each
    column they use, and each paired row of ``X`` is looked up in it: work in proportion to the
    entries of ``X``'s rows alone (multiplying two sparse rows walks both and builds a third), and
    memory in proportion to the ``_WIDTH`` rows' entries (a dense matrix of every column, its
    pages written over time, would grow to the width of the space times ``_WIDTH``). Both give the
    same numbers (the same products summed in the same order)."""
    out = np.empty(len(r))
    if not hasattr(X, "indptr"):
        for lo in range(0, len(r), _CHUNK):
            out[lo : lo + _CHUNK] = _rowdots(X[r[lo : lo + _CHUNK]], Y[c[lo : lo + _CHUNK]])
        return out
    if not len(r):
        return out
    # scipy multiplies rows in their stored order when both matrices' rows are sorted, else in
    # the reverse of the first one's order; summed in the same order, the sums are the same
    # rows are what both ways walk: a matrix stored by column is made one stored by row first
    X, Y = (m if m.format == "csr" else m.tocsr() for m in (X, Y))
    flip = not (X.has_canonical_format and Y.has_canonical_format)
    # the kernel for float rows (numpy's sums of other types, booleans' a logical or, are not its own)
    if np.result_type(X.dtype, Y.dtype) in _KERNEL_TYPES and (kernel := _kernel(compiled)) is not None:
        try:
            return _compiled_dots(kernel, X, r, Y, c, flip, out)
        except IndexError:
            raise
        except Exception as exc:  # numba could not compile here: numpy's way gives the same numbers
            if compiled:
                raise
            _warn_once(
                f"the compiled cosines failed ({type(exc).__name__}: {_first_line(exc)}); the cosines by numpy"
            )
    order = np.argsort(c, kind="stable")
    first = int(c[order[0]])
    starts = range(first, int(c[order[-1]]) + 1, _WIDTH)
    bounds = np.searchsorted(c[order], [*starts, starts[-1] + _WIDTH])
    blocks = [(lo, order[bounds[b] : bounds[b + 1]]) for b, lo in enumerate(starts)]
    dtype = np.result_type(X.dtype, Y.dtype)

    def share(part: list[tuple[int, np.ndarray]]) -> None:
        # where each column's row starts in the flat dense matrix (its row times _WIDTH); 0 for a
        # column the rows do not use (a row of zeros)
        place = np.zeros(Y.shape[1], dtype=np.int32)
        for lo, sel in part:
            if not len(sel):
                continue
            hi = min(lo + _WIDTH, Y.shape[0])
            span = slice(Y.indptr[lo], Y.indptr[hi])
            used = Y.indices[span]
            # a column used twice: one row, the last given
            place[used] = np.arange(_WIDTH, (len(used) + 1) * _WIDTH, _WIDTH, dtype=np.int32)
            dense = np.zeros((len(used) + 1) * _WIDTH, dtype=dtype)
            slots = np.arange(hi - lo, dtype=np.int32)
            dense[place[used] + np.repeat(slots, np.diff(Y.indptr[lo : hi + 1]))] = Y.data[span]
            out[sel] = _looked_up(X[r[sel]], (c[sel] - lo).astype(np.int32), place, dense, flip)
            place[used] = 0

    # numpy lets go of the interpreter in these steps: the shares run side by side on the cores
    threads = _threads(len(r))
    if threads == 1:  # in this thread: no pool of one beside it
        share(blocks)
        return out
    with ThreadPoolExecutor(threads) as pool:
        list(pool.map(share, [blocks[t::threads] for t in range(threads)]))
    return out


def _threads(pairs: int) -> int:
    """How many threads share ``pairs`` cosines (both ways of ``_pair_dots``): two at most, where
    the cores allow, from ``_CHUNK`` pairs up; one below."""
    return min(available_cores(), _THREADS) if pairs >= _CHUNK and not _ONE_CORE.get() else 1


def _compiled_dots(kernel, X, r: np.ndarray, Y, c: np.ndarray, flip: bool, out: np.ndarray) -> np.ndarray:
    """``_pair_dots``' sparse path by the compiled kernel: the pairs in the order of ``c``, each
    row of ``Y`` spread once over a dense row of the space's width (one a thread) for the pairs
    that use it, each paired row of ``X`` looked up in it; on two threads where there are
    ``_CHUNK`` pairs or more (the kernel lets go of the interpreter)."""
    # indices as numpy takes them (a negative one from the end; one out of range an IndexError)
    r = np.arange(X.shape[0])[r]
    c = np.arange(Y.shape[0])[c]
    order = np.argsort(c, kind="stable")
    dtype = np.result_type(X.dtype, Y.dtype)
    longest = int(np.diff(X.indptr).max(initial=0))
    width = max(X.shape[1], Y.shape[1])
    threads = _threads(len(r))
    cuts = [len(r) * t // threads for t in range(threads + 1)]

    def share(t: int) -> None:
        dense = np.zeros(width, dtype=dtype)
        kept = np.empty(max(longest, 1), dtype=dtype)
        frames, sums = np.empty((128, 3), dtype=np.int64), np.empty(128, dtype=dtype)
        kernel(
            X.indptr, X.indices, X.data, r, Y.indptr, Y.indices, Y.data, c, order,
            cuts[t], cuts[t + 1], flip, dense, kept, frames, sums, out,
        )  # fmt: skip

    if threads == 1:  # in this thread: no pool of one beside it
        share(0)
        return out
    with ThreadPoolExecutor(threads) as pool:
        list(pool.map(share, range(threads)))
    return out


def _looked_up(x, slots: np.ndarray, place: np.ndarray, dense: np.ndarray, flip: bool) -> np.ndarray:
    """The dot product of each row of ``x`` with the row at its slot of ``dense`` (column ``j``
    at ``place[j]`` + slot), summed as scipy sums the rows of ``x.multiply(y)``: the nonzero
    products (in the reverse of the row's order with ``flip``), then ``np.add.reduceat``. Only
    the nonzero products are moved: where they stand is found once (``flatnonzero``), and with
    ``flip`` the rows are summed from the whole reversed (each row reversed, the rows in reverse
    order), so no index of every product is built."""
    lengths = np.diff(x.indptr)
    products = x.data * dense[place[x.indices] + np.repeat(slots, lengths)]
    nonzero = np.flatnonzero(products)
    kept = products[nonzero]
    counts = np.diff(np.searchsorted(nonzero, x.indptr))  # nonzero products of each row
    if flip:
        kept, counts = np.ascontiguousarray(kept[::-1]), counts[::-1]
    before = np.concatenate([[0], np.cumsum(counts)[:-1]])
    out = np.zeros(len(lengths), dtype=products.dtype)
    some = np.flatnonzero(counts)
    if len(some):
        out[some] = np.add.reduceat(kept, before[some])
    return out[::-1] if flip else out


def similarities(
    scored: Sequence[ScoredPair], backend: Backend, k: int = 50, seed: int = 0
) -> list[tuple[float | None, float | None]]:
    """(similarity, identifiability) of each pair; ``None`` for a pair without answer."""
    return text_similarities([pair_text(sp.document, sp.pair) for sp in scored], backend, k, seed)


def _one_core(backend: Backend) -> bool:
    """Whether the run was given one process (``-j 1``, the backend's ``processes``, set from it):
    then no thread runs beside this one (lows46: the passages' and identifiability's did)."""
    return getattr(backend, "processes", 2) <= 1


def _best_passages(X, backend: Backend, texts: list[PairText], answers: list[str], n: int) -> np.ndarray:
    """Each question's cosine with the best-matching passage of its answer (the questions the
    first ``n`` rows of ``X``). With a backend that embeds in two parts (``prepare``, the
    interpreter's, then ``finish``, numpy's and scipy's: ``TfidfBackend``; ``two_parts``), a block's passages
    are cut and prepared in this thread while those of the block before are finished and compared
    in another (``_PASSAGE_THREADS``), each block as it is made alone: the same numbers. A backend
    given one process (``processes``, set from ``-j``: ``-j 1``) does both in this thread (lows46)."""
    best = np.empty(n)
    parts = two_parts(backend)
    if parts is None or _PASSAGE_THREADS < 1 or _one_core(backend) or _ONE_CORE.get():
        for lo, hi, owner_arr, pieces, row in _passage_blocks(texts, answers, n):
            best[lo:hi] = _block_best(X, owner_arr, backend.embed(pieces), row, lo, hi)
        return best

    prepare, finish = parts

    def compared(lo: int, hi: int, owner_arr: np.ndarray, prepared, row: np.ndarray) -> None:
        best[lo:hi] = _block_best(X, owner_arr, finish(prepared), row, lo, hi)

    with ThreadPoolExecutor(_PASSAGE_THREADS) as pool:
        pending: deque[Future] = deque()
        try:
            for lo, hi, owner_arr, pieces, row in _passage_blocks(texts, answers, n):
                pending.append(pool.submit(compared, lo, hi, owner_arr, prepare(pieces), row))
                while len(pending) > _PASSAGE_THREADS:  # at most one block waiting beside each running
                    pending.popleft().result()
            while pending:
                pending.popleft().result()
        except BaseException:
            for f in pending:
                f.cancel()
            raise
    return best


def two_parts(backend: Backend) -> tuple[Callable, Callable] | None:
    """The backend's ``prepare`` and ``finish`` where its ``embed`` is the two of them (the class
    that defines the ``embed`` it uses says so: ``embeds_in_two_parts``, ``TfidfBackend``); else None.
    Methods of those names are not enough: a subclass of ``TfidfBackend`` with its own ``embed``,
    an ``embed`` set on the object, or another backend's ``prepare`` and ``finish`` are not those
    parts, and its ``embed`` is called (review47)."""
    if "embed" in getattr(backend, "__dict__", {}):
        return None
    owner = next((c for c in type(backend).__mro__ if "embed" in vars(c)), None)
    if owner is None or not vars(owner).get("embeds_in_two_parts", False):
        return None
    return backend.prepare, backend.finish  # type: ignore[attr-defined]


def _block_best(X, owner_arr: np.ndarray, embedded, row: np.ndarray, lo: int, hi: int) -> np.ndarray:
    """Each question ``lo`` to ``hi``'s best cosine with the passages of its block (``embedded``,
    ``row`` each passage's row there, ``owner_arr`` its question)."""
    starts = np.searchsorted(owner_arr, np.arange(lo, hi))  # every answer has a passage
    return np.maximum.reduceat(_pair_dots(X, owner_arr, embedded, row), starts)


def _passage_blocks(
    texts: list[PairText], answers: list[str], n: int
) -> Iterator[tuple[int, int, np.ndarray, list[str], np.ndarray]]:
    """The passages a block of ``_BLOCK`` answers at a time (they are not all held): the block's
    first and last (excluded) question, each passage's question, the distinct passages, and each
    passage's row among them."""
    for lo in range(0, n, _BLOCK):
        hi = min(n, lo + _BLOCK)
        # an answer serving several units (a grouped answer) is cut once, and a passage that
        # stands more than once is embedded once: each pair's cosine is its two rows' alone
        cut: dict[tuple[str, str], list[int]] = {}
        pieces: dict[str, int] = {}  # each distinct passage, by its row
        owner: list[int] = []
        row: list[int] = []
        for j in range(lo, hi):
            key = (answers[j], texts[j].language)
            rows_j = cut.get(key)
            if rows_j is None:
                rows_j = cut[key] = [pieces.setdefault(p, len(pieces)) for p in passages(*key)]
            owner.extend([j] * len(rows_j))
            row.extend(rows_j)
        yield lo, hi, np.asarray(owner), list(pieces), np.asarray(row)


def _identifiability(
    texts: list[PairText],
    answers: list[str],
    X,
    own: np.ndarray,
    n: int,
    k: int,
    seed: int,
    stop: threading.Event | None = None,
) -> tuple[np.ndarray, np.ndarray] | None:
    """For each question, how many of ``k`` other answers of its source drawn at random its own
    answer beats (``_beaten``), and how many were drawn; None once ``stop`` is set (not wanted)."""
    by_source: dict[str, list[int]] = defaultdict(list)
    for j, p in enumerate(texts):
        by_source[p.source].append(j)
    pools = {source: np.asarray(pool, dtype=int) for source, pool in by_source.items()}
    # each answer's text as a number, the same for the same text (compared a draw at a time)
    numbered: dict[str, int] = {}
    text_no = np.fromiter((numbered.setdefault(a, len(numbered)) for a in answers), dtype=int, count=n)
    del numbered
    rows: list[np.ndarray] = []
    cols: list[np.ndarray] = []
    for j, p in enumerate(texts):
        if stop is not None and stop.is_set():
            return None
        pool = pools[p.source]
        if len(pool) > 1 and k > 0:
            key = f"{seed}:{p.source}:{p.doc_id}:{p.n}"
            rng = np.random.default_rng(int.from_bytes(hashlib.sha1(key.encode()).digest()[:8], "little"))
            # other answers of the source; the same text answering a grouped question is no other answer.
            # Drawn by position (a little more than k, then filtered), not by listing the whole pool.
            size = min(len(pool), 2 * k + 8)
            picks = pool[rng.choice(len(pool), size=size, replace=False)]
            draw = picks[(picks != j) & (text_no[picks] != text_no[j])][:k]
            rows.append(np.full(len(draw), j))
            cols.append(draw)
    r = np.concatenate(rows) if rows else np.zeros(0, dtype=int)
    c = np.concatenate(cols) if cols else np.zeros(0, dtype=int)
    if stop is not None and stop.is_set():
        return None
    cos = _pair_dots(X, r, X, c + n)
    beaten = _beaten(r, c, cos, own, n)
    drawn = np.bincount(r, minlength=n).astype(float)
    return beaten, drawn


def text_similarities(
    pairs: Sequence[PairText | None], backend: Backend, k: int = 50, seed: int = 0, jobs: int = 0
) -> list[tuple[float | None, float | None]]:
    """``similarities`` of pairs given by their texts (``pair_text``; None: no answer). ``jobs``: the
    run's processes (``Settings.jobs``, 0: one per core); one, or a backend given one (``processes``),
    runs every step in this thread and the backend's fit in this process (review48: the Dask engine's
    backend and one passed to the API kept their ``processes`` of 2 at ``jobs=1``)."""
    idx = [i for i, p in enumerate(pairs) if p is not None]
    out: list[tuple[float | None, float | None]] = [(None, None)] * len(pairs)
    if not idx:
        return out
    texts: list[PairText] = [pairs[i] for i in idx]  # type: ignore[misc]
    questions = [p.question for p in texts]
    answers = [p.answer for p in texts]
    n = len(answers)
    one_core = _one_core(backend) or (jobs if jobs > 0 else available_cores()) <= 1
    one = _ONE_CORE.set(one_core)  # -j 1: one core, every step in this thread (lows46)
    given = getattr(backend, "processes", None)
    try:
        if one_core and given is not None:  # (a caller's backend: given back as it came, below)
            backend.processes = 1  # type: ignore[attr-defined]
        backend.fit(questions + answers)
        # one matrix: the questions' rows, then the answers' (a fitted TF-IDF returns its own, uncopied)
        X = backend.embed(questions + answers)
        marks.debug("stage: similarity: each question with its answer and the answer's passages")
        own = _pair_dots(X, np.arange(n), X, np.arange(n, 2 * n))  # each question with its own whole answer
        if _ONE_CORE.get():  # one after the other: the same numbers
            similarity = np.clip((own + _best_passages(X, backend, texts, answers, n)) / 2, 0.0, 1.0)
            marks.debug("stage: similarity: identifiability, %d answers drawn for each question", k)
            beaten, drawn = _identifiability(texts, answers, X, own, n, k, seed)  # type: ignore[misc]
        else:
            similarity, beaten, drawn = _side_by_side(X, backend, texts, answers, own, n, k, seed)
    finally:
        _ONE_CORE.reset(one)
        if given is not None:
            backend.processes = given  # type: ignore[attr-defined]
    for j, i in enumerate(idx):
        out[i] = (float(similarity[j]), float(beaten[j] / drawn[j]) if drawn[j] else None)
    return out


def _side_by_side(
    X, backend: Backend, texts: list[PairText], answers: list[str], own, n: int, k: int, seed: int
):
    """(similarity, beaten, drawn): identifiability needs the whole answers alone, not their passages:
    it runs in a thread beside the passages (speed41), whose work is the interpreter's (their sentences
    and words) where the cosines' is numpy's, which lets go of it; each is made as it was made alone,
    so the same numbers."""
    stop = threading.Event()  # the passages failed (or Ctrl-C): identifiability is not wanted
    with ThreadPoolExecutor(1) as aside:
        ranked = aside.submit(_identifiability, texts, answers, X, own, n, k, seed, stop)
        try:
            similarity = np.clip((own + _best_passages(X, backend, texts, answers, n)) / 2, 0.0, 1.0)
        except BaseException:
            stop.set()  # it ends at its next step; the pool's exit waits for that
            raise
        marks.debug("stage: similarity: identifiability, %d answers drawn for each question", k)
        beaten, drawn = ranked.result()  # type: ignore[misc]
    return similarity, beaten, drawn
