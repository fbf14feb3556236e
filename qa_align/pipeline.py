"""The pipeline end to end: read -> per-document stage (map) -> batch stages (reduce) -> rows.

The per-document stage (``document_rules.map_document``) is mapped over the documents in
worker processes (``workers.map_chunks``), chunk by chunk, in the input order, each chunk by
``document_rules.map_chunk`` (the cue classifier once over the chunk's answer sentences, then
each document's rules: the same results as one document at a time); the batch-wide
stages (``batch``) then reduce over its results, held compact (each document as the bytes it was
sent to its worker as): similarity fitted on the batch, each batch rule's keys counted once over
the batch; then each document's rows go through the late rules and the trained score as they come.
"""

from __future__ import annotations

import itertools
import logging
import os
from collections.abc import Callable, Iterable, Iterator, Sequence

from . import batch, modelfiles, runcache
from .document_rules import (
    CHUNK,
    DocumentScore,
    Held,
    Packed,
    expand,
    hold,
    iter_chunk,
    map_compact,
    map_held,
    score_document,
)
from .readers import FirstOfEachId, read_paths
from .readers.tabular import Columns, one_error_for_no_column
from .rules import Rule, get_rules
from .settings import Settings
from .types import Document, Problem, ScoredPair
from .workers import NotStarted, available_cores, in_run, map_chunks, not_while_starting, unavailable

log = logging.getLogger(__name__)
marks = logging.getLogger("qa_align.stages")  # the "stage: " marks, at DEBUG: the bench's (lows54)
Input = str | os.PathLike[str] | Document
Progress = Callable[[int, int], None]  # (documents scored, documents read so far)
MIN_PARALLEL_DOCS = 400  # below this, starting processes costs more than it saves

__all__ = ["Input", "Progress", "available_cores", "iter_documents", "iter_scored", "score_document"]


def iter_documents(
    inputs: Iterable[Input],
    source: str | None = None,
    columns: Columns | None = None,
    jobs: int = 1,
    exclude: Iterable[str] = (),
) -> Iterator[Document | Problem]:
    """Documents from paths (files, folders) and ``Document`` objects, in order. ``source``
    forces a reader; ``columns`` names the columns of table files (see ``Columns``); ``jobs``
    processes read PDF and Word files; ``exclude``: patterns of files not to read (see
    ``read_paths``). A document whose source and id were read before in the batch is a ``Problem``
    naming where the first came from (``unique_ids``), not scored: its rows would not be told
    from the first one's."""
    yield from unique_ids(_documents(inputs, source, columns, jobs, exclude))


def _documents(
    inputs: Iterable[Input],
    source: str | None,
    columns: Columns | None,
    jobs: int,
    exclude: Iterable[str],
) -> Iterator[Document | Problem]:
    paths: list[str | os.PathLike[str]] = []
    for item in inputs:
        if isinstance(item, Document):
            if paths:
                yield from read_paths(paths, source, columns, jobs, exclude)
                paths = []
            yield item
        else:
            paths.append(item)
    if paths:
        yield from read_paths(paths, source, columns, jobs, exclude)


def unique_ids(items: Iterable[Document | Problem]) -> Iterator[Document | Problem]:
    """The items, but a document of a (source, doc_id) already given is a ``Problem`` naming the
    first one's path (lows45): the first is scored, the later ones are not, so the output's rows
    (keyed by source, doc_id and question_no) stay unambiguous; the same text again and another
    text under the id are told apart in the reason."""
    ids = FirstOfEachId()
    for item in items:
        if isinstance(item, Document):
            repeated = ids.repeated(item)
            if repeated is not None:
                yield repeated
                continue
        yield item


def iter_scored(
    inputs: Iterable[Input],
    settings: Settings | None = None,
    source: str | None = None,
    columns: Columns | None = None,
    *,
    rules: Sequence[str | Rule] | None = None,
    embedder=None,
    progress: Progress | None = None,
) -> Iterator[ScoredPair | Problem]:
    """Scored pairs of every document, and a ``Problem`` for each that could not be read
    or scored; a failing document never stops the rest. ``rules`` (names or ``Rule``
    objects) replace the settings' rules; ``embedder`` (an ``embed.Backend``) replaces the
    settings' similarity model; ``progress`` is told how many documents are scored of how
    many read so far. A column ``columns`` names that no table has, with nothing else read or
    failing, is one ``ConfigError`` naming the first such table, not a ``Problem`` a table. One run (``workers.in_run``): its reading and scoring share what is found
    about starting workers; a later call tries them again where that may have passed, as does one made
    while this one is held half-read."""
    scored = _scored_or_cached(inputs, settings, source, columns, rules, embedder, progress)
    # a named column that no table has, nothing else read: one ``ConfigError`` (lows45)
    yield from in_run(one_error_for_no_column(scored) if columns is not None else scored)


def _scored_or_cached(
    inputs: Iterable[Input],
    settings: Settings | None,
    source: str | None,
    columns: Columns | None,
    rules: Sequence[str | Rule] | None,
    embedder,
    progress: Progress | None,
) -> Iterator[ScoredPair | Problem]:
    settings = settings or Settings()
    chosen = get_rules(settings.rules if rules is None else rules)  # fails early on an unknown rule
    run_key = None
    if settings.run_cache and rules is None and embedder is None:  # (inputs may stream otherwise)
        inputs = list(inputs)
        run_key = runcache.key(inputs, settings, source, columns)
    cached = runcache.load(run_key) if run_key else None
    if cached is not None:
        yield from cached
        return
    done: list[ScoredPair | Problem] = []
    for item in _iter_scored(inputs, settings, source, columns, chosen, embedder, progress):
        if run_key:
            done.append(item)
        yield item
    if run_key:
        runcache.store(run_key, done)


def _iter_scored(
    inputs: Iterable[Input],
    settings: Settings,
    source: str | None,
    columns: Columns | None,
    rules: list[Rule],
    embedder,
    progress: Progress | None,
) -> Iterator[ScoredPair | Problem]:
    jobs = settings.jobs if settings.jobs > 0 else available_cores()
    if jobs > 1:  # a worker running a script's top level again reads and scores nothing
        not_while_starting()
    documents = iter_documents(inputs, source, columns, jobs, exclude=settings.exclude)
    if embedder is None and settings.similarity_model and settings.similarity_model != "none":
        from .embed import get_backend

        embedder = get_backend(settings.similarity_model)
        if hasattr(embedder, "processes"):  # -j 1: fitted in this process alone
            embedder.processes = jobs
    results: Iterable[ScoredPair | Problem]
    if embedder is not None or any(r.batch is not None for r in rules):  # held for the batch stages
        held = map_documents(
            documents, settings, rules, jobs, progress, held=True, texts=embedder is not None
        )
        results = batch.reduce(held, rules, settings, embedder)  # type: ignore[arg-type]
        del embedder  # the batch stages let go of it (its fitted space) once similarity is known
    else:
        mapped = map_documents(documents, settings, rules, jobs, progress)
        results = (r for d in mapped for r in ([d] if isinstance(d, Problem) else d.scored()))  # type: ignore[union-attr]
    late = [r for r in rules if r.late]
    if late:
        results = batch.with_late_rules(results, late, settings)
    model = batch.score_model(settings, rules)
    yield from results if model is None else batch.with_model_score(results, model)


def map_documents(
    items: Iterable[Document | Problem],
    settings: Settings,
    rules: Sequence[Rule],
    jobs: int = 1,
    progress: Progress | None = None,
    *,
    held: bool = False,
    texts: bool = False,
) -> Iterator[DocumentScore | Held | Problem]:
    """``map_document`` over the items, in their order, in ``jobs`` worker processes when
    the batch has ``MIN_PARALLEL_DOCS`` documents or more; a document that kills its worker
    is a ``Problem``. ``progress`` is told (documents done, documents read so far). With
    ``held``, each result as the batch stages hold it (``document_rules.hold``: bytes, made in
    the worker), with the texts that similarity compares when ``texts``."""
    modelfiles.forget()  # a model file retrained since the last batch is read again
    read = 0

    def counted() -> Iterator[Document | Problem]:
        nonlocal read
        for item in items:
            read += isinstance(item, Document)
            yield item
        marks.debug("stage: the map after the last input was read (%d documents)", read)

    stream = counted()
    marks.debug("stage: reading, the first documents (before the map's workers start)")
    first = list(itertools.islice(stream, MIN_PARALLEL_DOCS))
    done = 0
    for item, result in _map(first, stream, settings, list(rules), jobs, held, texts):
        if isinstance(item, Document):
            done += 1
            if progress is not None:
                progress(done, read)
        yield result


def _map(
    first: list[Document | Problem],
    rest: Iterator[Document | Problem],
    settings: Settings,
    rules: list[Rule],
    jobs: int,
    held: bool,
    texts: bool,
) -> Iterator[tuple[Document | Problem, DocumentScore | Held | Problem]]:
    items = itertools.chain(first, rest)
    if jobs <= 1 or len(first) < MIN_PARALLEL_DOCS or unavailable() is not None:
        # in this process, a chunk at a time as a worker maps it (``iter_chunk``), reading a chunk, then
        # mapping it: where more may come (all read otherwise, and told so), the map while the inputs are read
        # (lows53: the serial path left it to the first stage, "before the map's workers start")
        if len(first) >= MIN_PARALLEL_DOCS:
            marks.debug("stage: the map in this process while the inputs are read (no worker processes)")
        while chunk := list(itertools.islice(items, CHUNK)):
            mapped = iter_chunk([d for d in chunk if isinstance(d, Document)], settings, rules)
            for item in chunk:
                if isinstance(item, Problem):
                    yield item, item
                elif held:
                    yield item, hold(Packed(item), next(mapped), texts)
                else:
                    yield item, next(mapped)
        return
    marks.debug("stage: the map while the inputs are read (%d worker processes)", jobs)
    packed = (Packed(d) if isinstance(d, Document) else d for d in items)
    func, args = (map_held, (settings, rules, texts)) if held else (map_compact, (settings, rules))
    for item, sent in map_chunks(func, packed, args, jobs, CHUNK):
        if isinstance(item, Problem):
            yield item, item
        elif sent is None:
            doc = item.document
            log.warning("%s [%s]: the process scoring it died", doc.path, doc.doc_id)
            reason = "the process scoring this document died (a crash while scoring it)"
            yield doc, Problem(doc.path, reason, doc.source, doc.doc_id)
        elif isinstance(sent, NotStarted):  # in a pool that broke; no process could be started for it again
            doc = item.document
            log.warning(
                "%s [%s]: no process could be started to score it alone: %s", doc.path, doc.doc_id, sent
            )
            reason = f"no process could be started to score this document alone after its pool broke ({sent})"
            yield doc, Problem(doc.path, reason, doc.source, doc.doc_id)
        else:
            yield item.document, sent if held else expand(item.document, sent)
