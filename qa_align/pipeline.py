"""The pipeline end to end: read -> align -> rules -> scored pairs."""

from __future__ import annotations

import dataclasses
import gc
import itertools
import logging
import multiprocessing
import os
import pickle
from collections.abc import Callable, Iterable, Iterator

from . import runcache
from .align import align
from .boilerplate import BoilerplateIndex
from .errors import ReadError
from .readers import problem_from, read_paths
from .readers.tabular import Columns
from .rules import DocContext, PairContext, get_rules
from .rules.core import recycled_across_documents
from .settings import Settings
from .types import Document, Flag, Pair, Problem, ScoredPair

log = logging.getLogger(__name__)
Input = str | os.PathLike[str] | Document


def iter_documents(
    inputs: Iterable[Input],
    source: str | None = None,
    columns: Columns | None = None,
    jobs: int = 1,
    on_read: Callable[[Document | Problem], None] | None = None,
    exclude: Iterable[str] = (),
) -> Iterator[Document | Problem]:
    """Documents from paths (files, folders) and ``Document`` objects, in order. ``source``
    forces a reader; ``columns`` names the columns of table files (see ``Columns``); ``jobs``
    processes read PDF and Word files, and ``on_read`` is told of each document as soon as it
    is read; ``exclude``: patterns of files not to read (see ``read_paths``)."""
    paths: list[str | os.PathLike[str]] = []
    for item in inputs:
        if isinstance(item, Document):
            if paths:
                yield from read_paths(paths, source, columns, jobs, on_read, exclude)
                paths = []
            if on_read is not None:
                on_read(item)
            yield item
        else:
            paths.append(item)
    if paths:
        yield from read_paths(paths, source, columns, jobs, on_read, exclude)


def score_document(
    document: Document, settings: Settings | None = None, index: BoilerplateIndex | None = None
) -> list[ScoredPair]:
    """Every pair of one document with its flags; ``index`` holds the batch's sentences
    for recycling across documents."""
    return [ScoredPair(document, pair, flags) for pair, flags, _ in _flag_pairs(document, settings, index)]


def _flag_pairs(
    document: Document, settings: Settings | None, index: BoilerplateIndex | None
) -> list[tuple[Pair, tuple[Flag, ...], int]]:
    """Each pair of the document with its flags, and how many of those come from the rules up
    to and including ``recycled_text`` (where its flags across documents belong, when they are
    added later: see ``_EarlyScoring``)."""
    settings = settings or Settings()
    rules = [r for r in get_rules(settings.rules) if not r.late]
    pairs = align(document, settings)
    ctx = DocContext(document, pairs, settings, index)
    scored = []
    for pair in pairs:
        pctx = PairContext(ctx, pair)
        flags: list[Flag] = []
        cut = 0
        for r in rules:
            flags.extend(r(pctx))
            if r.name == "recycled_text":
                cut = len(flags)
        scored.append((pair, tuple(flags), cut))
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
    index = None
    frozen = False
    batch_wide = settings.recycled_across_documents and "recycled_text" in settings.rules
    early = _EarlyScoring(settings) if batch_wide and cores > 1 and _can_fork() else None
    items: Iterable[Document | Problem] = iter_documents(
        inputs, source, columns, cores, early.read if early is not None else None, settings.exclude
    )
    if batch_wide:
        # the whole batch is read first: a sentence's other places must be known before scoring.
        # Its millions of objects live to the end: Python's cycle collector would scan them all
        # again each time they grow by a quarter (seconds on a large batch), so it pauses while
        # they are read, and they are frozen out of its later passes (and out of the worker
        # processes' copy-on-write pages) until scoring is done.
        index = BoilerplateIndex(settings.boilerplate_min_words, settings.boilerplate_min_docs)
        batch: list[Document | Problem] = []
        collecting = gc.isenabled()
        gc.disable()
        try:
            for d in items:  # indexed as read: while PDFs are read in other processes
                batch.append(d)
                if isinstance(d, Document):
                    index.add(d)
            if early is not None:
                early.finish()
        finally:
            if early is not None:
                early.stop()
            if collecting:
                gc.enable()
        gc.freeze()
        frozen = True
        items = batch
    try:
        # what early processes scored is held by the scoring alone, and let go with it
        done = early.by_position(items) if early is not None else {}  # type: ignore[arg-type]
        scoring = _score_batch(items, settings, index, cores, done)
        del done, early
        yield from scoring
    finally:
        if frozen:
            gc.unfreeze()


def _score_batch(
    items: Iterable[Document | Problem],
    settings: Settings,
    index: BoilerplateIndex | None,
    cores: int,
    early: dict[int, _Pickled] | None = None,
) -> Iterator[ScoredPair | Problem]:
    jobs = max(_jobs(cores, items), 2 if early else 1)
    results: Iterable[ScoredPair | Problem] = (
        _score_parallel(items, settings, index, jobs, early or {})  # type: ignore[arg-type]
        if jobs > 1
        else _score_items(items, settings, index)
    )
    early = None  # held by the scoring alone, and let go with it
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
_Pickled = tuple[bytes, int, int]  # a document's scored pairs, pickled: (block, start, end)
_early: dict[int, _Pickled] = {}  # what early processes scored, by batch position (while scoring)


def available_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


def _jobs(cores: int, items: Iterable) -> int:
    """Worker processes to score with: 1 unless the batch is in memory, large enough, and
    processes can be forked (Linux)."""
    if not isinstance(items, list) or len(items) < _MIN_PARALLEL_DOCS:
        return 1
    if not _can_fork():
        return 1
    return max(1, min(cores, len(items) // _CHUNK))


class _EarlyScoring:
    """Scoring of the documents read so far, in one forked process at a time, while the main
    process reads the rest of the batch: reading is otherwise one core's work while the others
    wait. Flags of text recycled across documents need the whole batch read, so an early
    process scores without them, and they are added when the batch is scored
    (``_score_range``). ``done`` holds what the early processes scored, by position in
    ``seen`` (the order read), each document's pickled pairs as (block, start, end); a range
    whose process died is not in it and is scored with the rest."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.seen: list[Document | Problem] = []  # as read, which is not always the batch's order
        self.done: dict[int, _Pickled] = {}  # by position in ``seen``
        self.upto = 0  # positions below this were given to an early process
        self._proc = None
        self._conn = None
        self._range = (0, 0)
        self._warm: set[str] = set()
        self._off = False

    def read(self, document: Document | Problem) -> None:
        """A document was read: take in a finished process's results; start one on what was
        read since, once there is enough of it."""
        self.seen.append(document)
        if self._proc is not None:
            if not (self._conn.poll() or not self._proc.is_alive()):
                return
            self._collect()
        if len(self.seen) - self.upto >= _EARLY_MIN and not self._off:
            try:
                self._start()
            except OSError as exc:  # no process to be had (memory, limits): the batch is scored later
                log.warning("scoring while reading stopped: %s", exc)
                self._off = True

    def by_position(self, batch: list[Document | Problem]) -> dict[int, _Pickled]:
        """What was scored, by position in the batch."""
        at = {id(d): i for i, d in enumerate(batch)}
        done = {at[id(self.seen[k])]: scored for k, scored in self.done.items()}
        self.done, self.seen = {}, []
        return done

    def finish(self) -> None:
        """At the end of reading: wait for the running process's results."""
        if self._proc is not None:
            self._collect()

    def stop(self) -> None:
        """Let no process outlive the reading (on an error while reading)."""
        if self._proc is not None:
            self._proc.kill()
            self._proc.join()
            self._conn.close()
            self._proc = None

    def _start(self) -> None:
        global _batch
        ctx = multiprocessing.get_context("fork")
        lo, hi = self.upto, min(len(self.seen), self.upto + _EARLY_MAX)
        self._prepare(self.seen[lo:hi])
        receive, send = ctx.Pipe(duplex=False)
        _batch = (self.seen, self.settings, None)  # seen by the process as it stands now
        try:
            proc = ctx.Process(target=_score_early, args=((lo, hi), send), daemon=True)
            proc.start()
        except BaseException:
            receive.close()
            raise
        finally:
            _batch = None
            send.close()
        self._proc, self._conn, self._range, self.upto = proc, receive, (lo, hi), hi

    def _prepare(self, documents: list[Document | Problem]) -> None:
        """The rules and the matchers of the documents' languages, built here once, for every
        process forked from here to inherit rather than build again."""
        from .analyze import matchers

        get_rules(self.settings.rules)
        for d in documents:
            if isinstance(d, Document) and d.metadata.language not in self._warm:
                self._warm.add(d.metadata.language)
                matchers(d.metadata.language, self.settings.lexicon_dir)

    def _collect(self) -> None:
        try:
            keys, ends = self._conn.recv()
            blob = self._conn.recv_bytes()
        except Exception:  # the process died (or sent what cannot be read): its range is scored with the rest
            keys = None
            log.debug("early scoring of %s died; scored again with the rest", self._range)
        self._proc.join()
        self._conn.close()
        self._proc = None
        if keys is not None:
            for k, start, end in zip(keys, [0, *ends[:-1]], ends):
                self.done[k] = (blob, start, end)


_EARLY_MIN = 1024  # documents read before an early process starts on them
_EARLY_MAX = 2048  # documents one early process scores at most (the last one is waited for)


def _score_early(bounds: tuple[int, int], send) -> None:
    """An early process: the documents of ``bounds`` scored, each pickled on its own into one
    block of bytes. The reading process keeps that block as it is, and the process that adds
    a document's flags across documents unpickles it: the many small objects of the results
    are never made in the reading process, whose memory they would break up."""
    # the parent's objects are left out of the cycle collector's passes (as in the workers)
    gc.freeze()
    gc.enable()
    chunk = _score_range(bounds)
    parts = [pickle.dumps(scored, protocol=pickle.HIGHEST_PROTOCOL) for _, scored in chunk]
    send.send(([k for k, _ in chunk], list(itertools.accumulate(len(p) for p in parts))))
    send.send_bytes(b"".join(parts))
    send.close()


def _score_range(bounds: tuple[int, int]) -> list[tuple[int, object]]:
    """The scored pairs of the batch's documents at positions ``bounds``, each as (position,
    its pairs as (unit, segments, method, flags, cut)) or (position, ``Problem``): units and
    segments by their position in the document where they are its own. ``cut``: how many of
    the flags come from the rules up to ``recycled_text``. A document an early process scored
    (``_early``) only gains its flags of text recycled across documents, after its ``cut``."""
    assert _batch is not None
    items, settings, index = _batch
    out: list[tuple[int, object]] = []
    for i in range(*bounds):
        doc = items[i]
        if isinstance(doc, Problem):
            continue
        try:
            if i in _early:
                blob, start, end = _early[i]
                scored_early = pickle.loads(memoryview(blob)[start:end])
                out.append((i, _with_across(doc, scored_early, settings, index)))
                continue
            scored = _flag_pairs(doc, settings, index)
        except ReadError as exc:
            out.append((i, problem_from(exc, doc_id=doc.doc_id, source=doc.source)))
            continue
        own = {id(s): k for k, s in enumerate(doc.answer.segments)}
        units = {id(q): k for k, q in enumerate(doc.question.units)}
        out.append(
            (
                i,
                [
                    (
                        units.get(id(pair.question), pair.question),
                        tuple(own.get(id(s), s) for s in pair.segments),
                        pair.method,
                        flags,
                        cut,
                    )
                    for pair, flags, cut in scored
                ],
            )
        )
    return out


def _with_across(doc: Document, scored: object, settings: Settings, index: BoilerplateIndex | None) -> object:
    """What an early process scored of ``doc`` with the flags of its text recycled across the
    batch put in, where ``recycled_text`` would have put them."""
    if isinstance(scored, Problem) or index is None:
        return scored
    pairs = align(doc, settings)  # the same pairs, in the same order, as the early process's
    ctx = DocContext(doc, pairs, settings, index)
    out = []
    for pair, (question, segs, method, flags, cut) in zip(pairs, scored):  # type: ignore[call-overload]
        across = tuple(recycled_across_documents(PairContext(ctx, pair)))
        out.append((question, segs, method, flags[:cut] + across + flags[cut:], cut + len(across)))
    return out


def _score_parallel(
    items: list[Document | Problem],
    settings: Settings,
    index: BoilerplateIndex | None,
    jobs: int,
    early: dict[int, _Pickled] | None = None,
) -> Iterator[ScoredPair | Problem]:
    """``_score_items`` over ``jobs`` forked processes, in the batch's order (``early``: what
    early processes scored while the batch was read, by position). A document that kills its
    process (a crash in a C library) is reported as a ``Problem``; the rest go on."""
    global _batch, _early
    _batch = (items, settings, index)
    _early = early or {}
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
                for question, segs, method, flags, _ in result or ():  # type: ignore[union-attr]
                    segments = tuple(item.answer.segments[s] if isinstance(s, int) else s for s in segs)
                    if isinstance(question, int):
                        question = item.question.units[question]
                    yield ScoredPair(item, Pair(question, segments, method), flags)
    finally:
        _batch = None
        _early = {}


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
