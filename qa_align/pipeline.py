"""The pipeline end to end: read -> align -> rules -> scored pairs."""

from __future__ import annotations

import dataclasses
import gc
import itertools
import logging
import multiprocessing
import os
from collections.abc import Iterable, Iterator

from . import runcache
from .align import align
from .boilerplate import BoilerplateIndex
from .errors import ReadError
from .readers import problem_from, read_paths
from .readers.tabular import Columns
from .rules import DocContext, PairContext, get_rules
from .settings import Settings
from .types import Document, Flag, Pair, Problem, ScoredPair

log = logging.getLogger(__name__)
Input = str | os.PathLike[str] | Document


def iter_documents(
    inputs: Iterable[Input], source: str | None = None, columns: Columns | None = None, jobs: int = 1
) -> Iterator[Document | Problem]:
    """Documents from paths (files, folders) and ``Document`` objects, in order. ``source``
    forces a reader; ``columns`` names the columns of table files (see ``Columns``); ``jobs``
    processes read PDF and Word files (see ``read_paths``)."""
    paths: list[str | os.PathLike[str]] = []
    for item in inputs:
        if isinstance(item, Document):
            if paths:
                yield from read_paths(paths, source, columns, jobs)
                paths = []
            yield item
        else:
            paths.append(item)
    if paths:
        yield from read_paths(paths, source, columns, jobs)


def score_document(
    document: Document, settings: Settings | None = None, index: BoilerplateIndex | None = None
) -> list[ScoredPair]:
    """Every pair of one document with its flags; ``index`` holds the batch's sentences
    for recycling across documents."""
    settings = settings or Settings()
    rules = [r for r in get_rules(settings.rules) if not r.late]
    pairs = align(document, settings)
    ctx = DocContext(document, pairs, settings, index)
    scored = []
    for pair in pairs:
        pctx = PairContext(ctx, pair)
        flags: list[Flag] = []
        for r in rules:
            flags.extend(r(pctx))
        scored.append(ScoredPair(document, pair, tuple(flags)))
    return scored


def iter_scored(
    inputs: Iterable[Input],
    settings: Settings | None = None,
    source: str | None = None,
    columns: Columns | None = None,
) -> Iterator[ScoredPair | Problem]:
    """Scored pairs of every document, and a ``Problem`` for each that could not be read
    or scored; a failing document never stops the rest."""
    settings = settings or Settings()
    get_rules(settings.rules)  # fail early on an unknown rule
    run_key = None
    if settings.run_cache:  # (otherwise the inputs may stream: a generator of documents stays one)
        inputs = list(inputs)
        run_key = runcache.key(inputs, settings, source, columns)
    cached = runcache.load(run_key) if run_key else None
    if cached is not None:
        yield from cached
        return
    done: list[ScoredPair | Problem] = []
    for item in _iter_scored(inputs, settings, source, columns):
        if run_key:
            done.append(item)
        yield item
    if run_key:
        runcache.store(run_key, done)


def _iter_scored(
    inputs: Iterable[Input], settings: Settings, source: str | None, columns: Columns | None
) -> Iterator[ScoredPair | Problem]:
    cores = settings.jobs if settings.jobs > 0 else available_cores()
    items: Iterable[Document | Problem] = iter_documents(inputs, source, columns, cores)
    index = None
    frozen = False
    if settings.recycled_across_documents and "recycled_text" in settings.rules:
        # the whole batch is read first: a sentence's other places must be known before scoring.
        # Its millions of objects live to the end: Python's cycle collector would scan them all
        # again each time they grow by a quarter (seconds on a large batch), so it pauses while
        # they are read, and they are frozen out of its later passes (and out of the worker
        # processes' copy-on-write pages) until scoring is done.
        index = BoilerplateIndex(settings.boilerplate_min_words, settings.boilerplate_min_docs)
        batch = []
        collecting = gc.isenabled()
        gc.disable()
        try:
            for d in items:  # indexed as read: while PDFs are read in other processes
                batch.append(d)
                if isinstance(d, Document):
                    index.add(d)
        finally:
            if collecting:
                gc.enable()
        gc.freeze()
        frozen = True
        items = batch
    try:
        yield from _score_batch(items, settings, index, cores)
    finally:
        if frozen:
            gc.unfreeze()


def _score_batch(
    items: Iterable[Document | Problem], settings: Settings, index: BoilerplateIndex | None, cores: int
) -> Iterator[ScoredPair | Problem]:
    jobs = _jobs(cores, items)
    results: Iterable[ScoredPair | Problem] = (
        _score_parallel(items, settings, index, jobs)  # type: ignore[arg-type]
        if jobs > 1
        else _score_items(items, settings, index)
    )
    if settings.similarity_model and settings.similarity_model != "none":
        results = _with_similarity(list(results), settings)
    late = [r for r in get_rules(settings.rules) if r.late]
    if late:
        results = _with_late_rules(results, late, settings)
    model = _score_model(settings)
    if model is None:
        yield from results
        return
    from .train import predict

    # scored a block at a time, as results arrive: the caller writes while workers still score
    block: list[ScoredPair | Problem] = []
    for r in itertools.chain(results, [None]):
        if r is not None:
            block.append(r)
            if len(block) < _SCORE_BLOCK:
                continue
        scores = iter(predict(model, [b for b in block if isinstance(b, ScoredPair)]))
        for b in block:
            yield dataclasses.replace(b, score=next(scores)) if isinstance(b, ScoredPair) else b
        block = []


_SCORE_BLOCK = 4096  # pairs given their trained score at once


def _score_model(settings: Settings):
    """The trained responsiveness model named by the settings (or the shipped one), or None."""
    if settings.score_model == "none":
        return None
    from pathlib import Path

    from .train import MODEL_PATH, load

    return load(Path(settings.score_model) if settings.score_model else MODEL_PATH)


def _score_items(
    items: Iterable[Document | Problem], settings: Settings, index: BoilerplateIndex | None
) -> Iterator[ScoredPair | Problem]:
    for item in items:
        if isinstance(item, Problem):
            yield item
            continue
        try:
            yield from score_document(item, settings, index)
        except ReadError as exc:
            yield problem_from(exc, doc_id=item.doc_id, source=item.source)


# Parallel scoring. The batch is read whole (for recycling across documents) before the
# worker processes are forked, so they inherit it and are sent only ranges of positions;
# they send back each document's pairs and flags, with answer segments as positions in
# the parent's own document where they are, so nothing large is copied twice.
_MIN_PARALLEL_DOCS = 400  # below this, starting processes costs more than it saves
_CHUNK = 256
_batch: tuple[list, Settings, BoilerplateIndex | None] | None = None


def available_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _jobs(cores: int, items: Iterable) -> int:
    """Worker processes to score with: 1 unless the batch is in memory, large enough, and
    processes can be forked (Linux)."""
    if not isinstance(items, list) or len(items) < _MIN_PARALLEL_DOCS:
        return 1
    if "fork" not in multiprocessing.get_all_start_methods():
        return 1
    return max(1, min(cores, len(items) // _CHUNK))


def _score_range(bounds: tuple[int, int]) -> list[tuple[int, object]]:
    assert _batch is not None
    items, settings, index = _batch
    out: list[tuple[int, object]] = []
    for i in range(*bounds):
        doc = items[i]
        if isinstance(doc, Problem):
            continue
        scored = list(_score_items([doc], settings, index))
        if scored and isinstance(scored[0], Problem):
            out.append((i, scored[0]))
            continue
        own = {id(s): k for k, s in enumerate(doc.answer.segments)}
        units = {id(q): k for k, q in enumerate(doc.question.units)}
        out.append(
            (
                i,
                [
                    (
                        units.get(id(sp.pair.question), sp.pair.question),
                        tuple(own.get(id(s), s) for s in sp.pair.segments),
                        sp.pair.method,
                        sp.flags,
                    )
                    for sp in scored
                ],
            )
        )
    return out


def _score_parallel(
    items: list[Document | Problem], settings: Settings, index: BoilerplateIndex | None, jobs: int
) -> Iterator[ScoredPair | Problem]:
    """``_score_items`` over ``jobs`` forked processes, in the batch's order. A document that
    kills its process (a crash in a C library) is reported as a ``Problem``; the rest go on."""
    global _batch
    _batch = (items, settings, index)
    ranges = [(lo, min(lo + _CHUNK, len(items))) for lo in range(0, len(items), _CHUNK)]
    try:
        for (lo, hi), chunk in _run_ranges(ranges, jobs):
            done = dict(chunk) if chunk is not None else {}
            for i in range(lo, hi):
                item = items[i]
                if isinstance(item, Problem):
                    yield item
                    continue
                if chunk is None:
                    log.warning("%s [%s]: the process scoring it died", item.path, item.doc_id)
                    yield Problem(
                        item.path,
                        "the process scoring this document died (a crash while scoring it)",
                        item.source,
                        item.doc_id,
                    )
                    continue
                result = done.get(i)
                if isinstance(result, Problem):
                    yield result
                    continue
                for question, segs, method, flags in result or ():  # type: ignore[union-attr]
                    segments = tuple(item.answer.segments[s] if isinstance(s, int) else s for s in segs)
                    if isinstance(question, int):
                        question = item.question.units[question]
                    yield ScoredPair(item, Pair(question, segments, method), flags)
    finally:
        _batch = None


def _run_ranges(ranges: list[tuple[int, int]], jobs: int) -> Iterator[tuple[tuple[int, int], list | None]]:
    """Each range with its scored chunk, in order; ``None`` for a document whose process died.
    When a pool breaks, the range it broke at is scored again a document at a time in one
    process, to find the document that killed it, and a new pool takes the rest."""
    pending = list(ranges)
    while pending:
        pending = pending[(yield from _until_broken(pending, jobs)) :]
        if not pending:
            return
        lo, hi = pending.pop(0)  # the range the pool broke at
        singles = [(j, j + 1) for j in range(lo, hi)]
        while singles:  # one process, one document at a time: the first to fail is the one
            singles = singles[(yield from _until_broken(singles, 1)) :]
            if singles:
                yield singles.pop(0), None


def _until_broken(ranges: list[tuple[int, int]], jobs: int):
    """Each range with its chunk, scored by ``jobs`` forked processes, until the pool breaks
    (a process died); returns how many were scored."""
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    with ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("fork")) as pool:
        futures = [pool.submit(_score_range, r) for r in ranges]
        for n, (r, fut) in enumerate(zip(ranges, futures)):
            try:
                chunk = fut.result()
            except BrokenProcessPool:
                return n
            yield r, chunk
    return len(ranges)


def _with_late_rules(
    results: Iterable[ScoredPair | Problem], rules: list, settings: Settings
) -> Iterator[ScoredPair | Problem]:
    """The pairs with the flags of the rules that need similarity and the other flags."""
    for r in results:
        if not isinstance(r, ScoredPair):
            yield r
            continue
        ctx = PairContext(
            DocContext(r.document, (r.pair,), settings), r.pair, r.similarity, r.identifiability, r.flags
        )
        extra = [f for rule in rules for f in rule(ctx)]
        yield dataclasses.replace(r, flags=r.flags + tuple(extra)) if extra else r


def _with_similarity(
    results: list[ScoredPair | Problem], settings: Settings
) -> Iterator[ScoredPair | Problem]:
    """The batch's pairs with their similarity and identifiability (one embedding pass)."""
    from .embed import get_backend
    from .similarity import similarities

    scored = [r for r in results if isinstance(r, ScoredPair)]
    values = iter(
        similarities(
            scored, get_backend(settings.similarity_model), settings.identifiability_k, settings.seed
        )
    )
    for r in results:
        if isinstance(r, ScoredPair):
            sim, ident = next(values)
            yield dataclasses.replace(r, similarity=sim, identifiability=ident)
        else:
            yield r
