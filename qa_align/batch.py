"""The batch-wide stages, as reductions over the per-document results.

While the batch is read, each document's result is held in bytes (``document_rules.Held``,
made in the worker that scored it): the document pickled and compressed; its pairs as positions
in it, with their flags and the batch rules' keys, pickled; and apart, the texts that similarity
compares (``similarity.PairText``). Then similarity is fitted on the batch from those texts
alone; each batch rule's keys are combined once into the batch's summary (such as sentences
counted over the whole batch); and each document in turn is loaded again and gives its rows,
with the batch rules' flags, similarity and identifiability. Its rows go on through the late
rules and the trained score as they come, and the document is let go.

The stages log their start at DEBUG on the logger ``qa_align.stages``, each message beginning "stage: "
(what ``scripts/bench_score.py`` times and measures; ``qa-align -v`` shows them). lows54: at INFO, an API
caller logging at INFO (a notebook's ``logging.basicConfig(level=logging.INFO)``) saw them; to see them
there, ``logging.getLogger("qa_align.stages").setLevel(logging.DEBUG)``.
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
marks = logging.getLogger("qa_align.stages")  # the "stage: " marks, at DEBUG: the bench's (lows54)
Result = ScoredPair | Problem
SCORE_BLOCK = 4096  # pairs given their trained score at once


def reduce(
    mapped: Iterable[Held | Problem],
    rules: Sequence[Rule],
    settings: Settings,
    backend: Backend | None = None,
) -> Iterator[Result]:
    """The pairs of every document of ``mapped`` (each result as ``document_rules.hold`` gives it)
    with the flags of the batch rules and, given a ``backend``, similarity and identifiability
    (the texts compared held with the results); a ``Problem`` in its place."""
    held: list[Held | Problem] = []
    texts: list[PairText | None] = []
    for h in mapped:
        if isinstance(h, Held) and h.texts:
            texts.extend(h.texts)
            h = dataclasses.replace(h, texts=())
        held.append(h)
    size = (len(held), _megabytes(held))
    if backend is None:
        log.info("%d documents read and scored, held in %.0f MB", *size)
    else:
        n = sum(t is not None for t in texts)
        marks.debug(
            "stage: similarity fitted on the batch, %d pairs (%d documents held in %.0f MB)", n, *size
        )
    values = similarity_values(texts, backend, settings)
    del texts, backend  # the backend's fitted space with them
    steps = {r.name: r.batch for r in rules if r.batch is not None}
    marks.debug("stage: the batch rules' keys combined")
    summaries = {
        name: step.combine((h.keys().get(name) for h in held if isinstance(h, Held)), settings)
        for name, step in steps.items()
    }
    marks.debug("stage: rows, each document loaded again (batch rules' flags, late rules, score, output)")
    held.reverse()  # popped from the end: each document is let go once its rows are out
    while held:
        h = held.pop()
        if isinstance(h, Problem):
            yield h
            continue
        yield from rows(h.result(), steps, summaries, values, settings)


def _megabytes(held: list[Held | Problem]) -> float:
    return sum(len(h.document) + len(h.sent) + len(h.keyed) for h in held if isinstance(h, Held)) / 2**20


def similarity_values(
    texts: list[PairText | None], backend: Backend | None, settings: Settings
) -> Iterator[tuple[float | None, float | None]]:
    """(similarity, identifiability) of each pair, fitted on the batch's ``texts``; all None
    without a backend."""
    if backend is None:
        return itertools.repeat((None, None))
    from .similarity import text_similarities

    return iter(text_similarities(texts, backend, settings.identifiability_k, settings.seed, settings.jobs))


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
            cue_counts=p.cues,
            assessment_unmet=p.unmet,
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
