"""The batch-wide stages, as reductions over the per-document results: the batch rules'
summaries (such as sentences counted over the whole batch) and each document's flags from
them, similarity fitted on the batch, the late rules, the trained score."""

from __future__ import annotations

import dataclasses
import itertools
import logging
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from .document_rules import DocumentScore
from .rules import DocContext, PairContext, Rule
from .settings import Settings
from .types import Problem, ScoredPair

if TYPE_CHECKING:
    from .embed import Backend

log = logging.getLogger(__name__)
Result = ScoredPair | Problem
SCORE_BLOCK = 4096  # pairs given their trained score at once


def with_batch_rules(
    results: list[DocumentScore | Problem], rules: Sequence[Rule], settings: Settings
) -> Iterator[Result]:
    """Each batch rule's keys of every document combined once into the batch's summary; then
    each pair's flags of the batch rules put in, in their rule's place. ``results`` is
    emptied as it is gone through."""
    steps = {r.name: r.batch for r in rules if r.batch is not None}
    docs = [d for d in results if isinstance(d, DocumentScore)]
    summaries = {
        name: step.combine((d.keys.get(name) for d in docs), settings) for name, step in steps.items()
    }
    del docs
    results.reverse()  # popped from the end: each document is let go once its rows are out
    while results:
        d = results.pop()
        if isinstance(d, Problem):
            yield d
            continue
        ctx = DocContext(d.document, tuple(p.pair for p in d.pairs), settings)
        for p in d.pairs:
            by_rule = list(p.by_rule)
            for i, name in enumerate(d.rules):
                if name in steps:
                    pctx = PairContext(ctx, p.pair)
                    by_rule[i] += tuple(steps[name].flags(pctx, d.keys.get(name), summaries[name]))
            yield ScoredPair(d.document, p.pair, sum(by_rule, ()))


def with_similarity(results: list[Result], backend: Backend, settings: Settings) -> Iterator[Result]:
    """The batch's pairs with their similarity and identifiability (one embedding pass)."""
    from .similarity import similarities

    scored = [r for r in results if isinstance(r, ScoredPair)]
    log.info("similarity of %d pairs", len(scored))
    values = iter(similarities(scored, backend, settings.identifiability_k, settings.seed))
    del scored
    for r in results:
        if isinstance(r, ScoredPair):
            sim, ident = next(values)
            yield dataclasses.replace(r, similarity=sim, identifiability=ident)
        else:
            yield r


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
