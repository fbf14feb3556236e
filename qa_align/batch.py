"""The batch-wide stages, as reductions over the per-document results.

While the batch is read, each document's result is held compact (``Held``): the document as
its pickled bytes, its pairs as positions in it with their flags, the batch rules' keys, and
apart, the texts that similarity compares (``similarity.PairText``). Then similarity is fitted
on the batch from those texts alone; each batch rule's keys are combined once into the batch's
summary (such as sentences counted over the whole batch); and each document in turn is loaded
again and gives its rows, with the batch rules' flags, similarity and identifiability. Its rows
go on through the late rules and the trained score as they come, and the document is let go.
"""

from __future__ import annotations

import dataclasses
import itertools
import logging
import pickle
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from .document_rules import Compact, DocumentScore, compact, expand
from .rules import BatchStep, DocContext, PairContext, Rule
from .settings import Settings
from .types import Problem, ScoredPair

if TYPE_CHECKING:
    from .embed import Backend
    from .similarity import PairText

log = logging.getLogger(__name__)
Result = ScoredPair | Problem
SCORE_BLOCK = 4096  # pairs given their trained score at once


@dataclasses.dataclass(frozen=True)
class Held:
    """One document's result as the batch stages hold it: ``blob`` the document pickled,
    ``sent`` the rest (``document_rules.compact``: pairs as positions, flags, keys)."""

    blob: bytes
    sent: Compact

    @property
    def keys(self) -> dict[str, Any]:
        return self.sent[2]  # type: ignore[index]

    def result(self) -> DocumentScore:
        """The document's result made whole again."""
        return expand(pickle.loads(self.blob), self.sent)  # type: ignore[return-value]


def reduce(
    mapped: Iterable[tuple[bytes | None, DocumentScore | Problem]],
    rules: Sequence[Rule],
    settings: Settings,
    backend: Backend | None = None,
) -> Iterator[Result]:
    """The pairs of every document of ``mapped`` (each result with its document's pickled bytes
    when they were made, else None) with the flags of the batch rules and, given a ``backend``,
    similarity and identifiability; a ``Problem`` in its place."""
    from .similarity import pair_text

    held: list[Held | Problem] = []
    texts: list[PairText | None] = []
    for blob, d in mapped:
        if isinstance(d, Problem):
            held.append(d)
            continue
        if backend is not None:
            texts.extend(pair_text(d.document, p.pair) for p in d.pairs)
        if blob is None:
            blob = pickle.dumps(d.document, protocol=pickle.HIGHEST_PROTOCOL)
        held.append(Held(blob, compact(d)))
    values = similarity_values(texts, backend, settings)
    del texts
    steps = {r.name: r.batch for r in rules if r.batch is not None}
    summaries = {
        name: step.combine((h.keys.get(name) for h in held if isinstance(h, Held)), settings)
        for name, step in steps.items()
    }
    held.reverse()  # popped from the end: each document is let go once its rows are out
    while held:
        h = held.pop()
        if isinstance(h, Problem):
            yield h
            continue
        yield from _rows(h.result(), steps, summaries, values, settings)


def similarity_values(
    texts: list[PairText | None], backend: Backend | None, settings: Settings
) -> Iterator[tuple[float | None, float | None]]:
    """(similarity, identifiability) of each pair, fitted on the batch's ``texts``; all None
    without a backend."""
    if backend is None:
        return itertools.repeat((None, None))
    from .similarity import text_similarities

    log.info("similarity of %d pairs", sum(t is not None for t in texts))
    return iter(text_similarities(texts, backend, settings.identifiability_k, settings.seed))


def _rows(
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
        yield ScoredPair(d.document, p.pair, sum(by_rule, ()), similarity=sim, identifiability=ident)


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
