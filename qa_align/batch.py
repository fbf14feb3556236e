"""The batch-wide stages, as reductions over the per-document results.

While the batch is read, each document's result is held in bytes (``document_rules.Held``,
made in the worker that scored it): the document pickled and compressed; its pairs as positions
in it, with their flags and the batch rules' keys, pickled; and apart, the texts that similarity
compares (``similarity.PairText``). Then similarity is fitted on the batch from those texts
alone; each batch rule's keys are combined once into the batch's summary (such as sentences
counted over the whole batch); and each document in turn is loaded again and gives its rows,
with the batch rules' flags, similarity and identifiability. Its rows go on through the late
rules and the trained score as they come, and the document is let go. With worker processes
(``jobs``), the documents are given their flags and the score's features there, in order
(``rows_in_workers``), and the main process gives the probabilities a block at a time.

The stages log their start at INFO, each message beginning "stage: " (what
``scripts/bench_score.py`` times and measures).
"""

from __future__ import annotations

import dataclasses
import itertools
import logging
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from .document_rules import DocumentScore, Held
from .rules import BatchStep, DocContext, PairContext, Rule
from .settings import Settings
from .types import Problem, ScoredPair

if TYPE_CHECKING:
    from .embed import Backend
    from .similarity import PairText

log = logging.getLogger(__name__)
Result = ScoredPair | Problem
SCORE_BLOCK = 4096  # pairs given their trained score at once


def reduce(
    mapped: Iterable[Held | Problem],
    rules: Sequence[Rule],
    settings: Settings,
    backend: Backend | None = None,
    jobs: int = 1,
    min_parallel: int = 400,
    chunk: int = 64,
) -> Iterator[Result]:
    """The pairs of every document of ``mapped`` (each result as ``document_rules.hold`` gives it)
    with the flags of the batch rules and, given a ``backend``, similarity and identifiability
    (the texts compared held with the results), then the late rules' flags and the trained score
    (``finish``); a ``Problem`` in its place. With ``jobs`` above one and ``min_parallel``
    documents or more, the documents are given their rows in ``jobs`` worker processes,
    ``chunk`` documents at a time, in order (``rows_in_workers``)."""
    held: list[Held | Problem] = []
    texts: list[PairText | None] = []
    pairs: list[int] = []  # each document's pairs (with a backend: its texts, one a pair)
    for h in mapped:
        if isinstance(h, Held) and h.texts:
            texts.extend(h.texts)
            pairs.append(len(h.texts))
            h = dataclasses.replace(h, texts=())
        else:
            pairs.append(0)
        held.append(h)
    size = (len(held), _megabytes(held))
    if backend is None:
        log.info("%d documents read and scored, held in %.0f MB", *size)
    else:
        n = sum(t is not None for t in texts)
        log.info("stage: similarity fitted on the batch, %d pairs (%d documents held in %.0f MB)", n, *size)
    values = similarity_values(texts, backend, settings)
    del texts, backend  # the backend's fitted space with them
    steps = {r.name: r.batch for r in rules if r.batch is not None}
    log.info("stage: the batch rules' keys combined")
    summaries = {
        name: step.combine((h.keys().get(name) for h in held if isinstance(h, Held)), settings)
        for name, step in steps.items()
    }
    late = [r for r in rules if r.late]
    model = score_model(settings, rules)
    log.info("stage: rows, each document loaded again (batch rules' flags, late rules, score, output)")
    if jobs > 1 and len(held) >= min_parallel:
        yield from rows_in_workers(
            held, pairs, values, (steps, summaries, settings, late, model), jobs, chunk
        )
        return
    del pairs
    held.reverse()  # popped from the end: each document is let go once its rows are out

    def loaded() -> Iterator[Result]:
        while held:
            h = held.pop()
            if isinstance(h, Problem):
                yield h
                continue
            yield from rows(h.result(), steps, summaries, values, settings)

    yield from finish(loaded(), late, model, settings)


def finish(results: Iterable[Result], late: Sequence[Rule], model, settings: Settings) -> Iterator[Result]:
    """The pairs with the flags of the ``late`` rules, then their trained score by ``model``
    (None: no score)."""
    if late:
        results = with_late_rules(results, late, settings)
    return iter(results) if model is None else with_model_score(results, model)


Shared = tuple  # (steps, summaries, settings, late rules, model): what every document's rows need


def rows_in_workers(
    held: list[Held | Problem],
    pairs: list[int],
    values: Iterator[tuple[float | None, float | None]],
    shared: Shared,
    jobs: int,
    chunk: int,
) -> Iterator[Result]:
    """``reduce``'s rows, each document's given in a worker process (``finished_rows``: the batch
    rules' flags, the late rules', the score's features), in order; ``shared`` sent to each worker
    once, each document with its similarity values. The score itself is computed here, over the
    same blocks of ``SCORE_BLOCK`` results as ``with_model_score``: a row's probability can differ
    in its last bit with the rows beside it. A document whose worker died is given its rows here."""
    from .workers import map_chunks

    def items() -> Iterator[tuple[Held | Problem, list | None]]:
        held.reverse()  # popped from the end: let go once sent (a chunk in flight keeps its own)
        counts = iter(pairs)
        while held:
            h, n = held.pop(), next(counts)
            if isinstance(h, Problem):
                yield h, None
            else:
                # without a backend every pair's values are (None, None): sent as None
                yield h, (list(itertools.islice(values, n)) if n else None)

    steps, summaries, settings, late, model = shared

    def given() -> Iterator[tuple[Result, list[float] | None]]:
        for (h, sims), done in map_chunks(finished_rows, items(), (), jobs, chunk, shared=shared):
            if isinstance(h, Problem):
                yield h, None
                continue
            d = h.result()
            sim_of = iter(sims) if sims is not None else itertools.repeat((None, None))
            if done is None:  # the worker died on it: given its rows here
                log.warning(
                    "%s [%s]: the process giving its rows died; given here",
                    d.document.path,
                    d.document.doc_id,
                )
                done = _finished(list(rows(d, steps, summaries, sim_of, settings)), late, model, settings)
                sim_of = iter(sims) if sims is not None else itertools.repeat((None, None))
            for p, (flags, row), (sim, ident) in zip(d.pairs, done, sim_of):
                sp = ScoredPair(
                    d.document,
                    p.pair,
                    flags,
                    similarity=sim,
                    identifiability=ident,
                    attributed_share=p.share,
                    unit_counts=p.counts,
                )
                yield sp, row

    if model is None:
        yield from (r for r, _ in given())
        return
    from .scoring import probabilities

    it = given()
    while block := list(itertools.islice(it, SCORE_BLOCK)):  # as ``with_model_score``'s blocks
        scores = iter(probabilities(model, [row for r, row in block if isinstance(r, ScoredPair)]))
        for r, _ in block:
            yield dataclasses.replace(r, score=next(scores)) if isinstance(r, ScoredPair) else r


def finished_rows(
    items: Sequence[tuple[Held | Problem, list | None]],
    steps: dict[str, BatchStep],
    summaries: dict[str, Any],
    settings: Settings,
    late: Sequence[Rule],
    model,
) -> list[list[tuple[tuple, list[float] | None]] | None]:
    """In a worker: each document's pairs as (flags, the score's features: None without a
    ``model``), its rows given as ``reduce`` gives them (``rows``, then the late rules); None for a
    ``Problem``."""
    out: list[list[tuple[tuple, list[float] | None]] | None] = []
    for h, sims in items:
        if isinstance(h, Problem):
            out.append(None)
            continue
        values = iter(sims) if sims is not None else itertools.repeat((None, None))
        out.append(
            _finished(list(rows(h.result(), steps, summaries, values, settings)), late, model, settings)
        )
    return out


def _finished(
    scored: list[ScoredPair], late: Sequence[Rule], model, settings: Settings
) -> list[tuple[tuple, list[float] | None]]:
    """Each pair's flags with the late rules' and its features for the ``model`` (None without)."""
    scored = list(finish(scored, late, None, settings))
    if model is None:
        return [(sp.flags, None) for sp in scored]
    from .scoring import features

    cache: dict = {}  # attributions shared by the document's pairs
    return [(sp.flags, features(sp, model.names, cache)) for sp in scored]


def _megabytes(held: list[Held | Problem]) -> float:
    return sum(len(h.document) + len(h.sent) for h in held if isinstance(h, Held)) / 2**20


def similarity_values(
    texts: list[PairText | None], backend: Backend | None, settings: Settings
) -> Iterator[tuple[float | None, float | None]]:
    """(similarity, identifiability) of each pair, fitted on the batch's ``texts``; all None
    without a backend."""
    if backend is None:
        return itertools.repeat((None, None))
    from .similarity import text_similarities

    return iter(text_similarities(texts, backend, settings.identifiability_k, settings.seed))


def rows(
    d: DocumentScore,
    steps: dict[str, BatchStep],
    summaries: dict[str, Any],
    values: Iterator[tuple[float | None, float | None]],
    settings: Settings,
) -> Iterator[ScoredPair]:
    """The document's pairs with each batch rule's flags in its rule's place, and their
    similarity and identifiability."""
    ctx = DocContext(d.document, tuple(p.pair for p in d.pairs), settings)
    for p in d.pairs:
        by_rule = list(p.by_rule)
        for i, name in enumerate(d.rules):
            if name in steps:
                pctx = PairContext(ctx, p.pair)
                by_rule[i] += tuple(steps[name].flags(pctx, d.keys.get(name), summaries[name]))
        sim, ident = next(values)
        yield ScoredPair(
            d.document,
            p.pair,
            sum(by_rule, ()),
            similarity=sim,
            identifiability=ident,
            attributed_share=p.share,
            unit_counts=p.counts,
        )


def with_late_rules(results: Iterable[Result], rules: Sequence[Rule], settings: Settings) -> Iterator[Result]:
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


def score_model(settings: Settings, rules: Iterable[Rule] = ()):
    """The trained responsiveness model named by the settings (or the shipped one), or None;
    also None, with a warning, when ``rules`` (those run) leave out a rule whose flag is one of
    the model's features: its score would read "not flagged" where the rule did not look."""
    if settings.score_model == "none":
        return None
    from .scoring import load_model

    model = load_model(settings.score_model)
    ran = {r.name for r in rules}
    missing = [n[5:] for n in getattr(model, "names", ()) if n.startswith("flag:") and n[5:] not in ran]
    if model is not None and missing:
        log.warning(
            "no responsiveness score: the model was trained on the flags of %s, which this run does "
            "not run (--rules); the score column stays empty",
            ", ".join(missing),
        )
        return None
    return model


def with_model_score(results: Iterable[Result], model) -> Iterator[Result]:
    """The pairs with their trained score, a block at a time as they come."""
    from .scoring import predict

    it = iter(results)
    while block := list(itertools.islice(it, SCORE_BLOCK)):
        scores = iter(predict(model, [b for b in block if isinstance(b, ScoredPair)]))
        for b in block:
            yield dataclasses.replace(b, score=next(scores)) if isinstance(b, ScoredPair) else b
