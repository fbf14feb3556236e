"""The pipeline end to end: read -> align -> rules -> scored pairs."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterable, Iterator

from .align import align
from .boilerplate import BoilerplateIndex
from .errors import ReadError
from .readers import problem_from, read_paths
from .readers.tabular import Columns
from .rules import DocContext, PairContext, get_rules
from .settings import Settings
from .types import Document, Flag, Problem, ScoredPair

Input = str | os.PathLike[str] | Document


def iter_documents(
    inputs: Iterable[Input], source: str | None = None, columns: Columns | None = None
) -> Iterator[Document | Problem]:
    """Documents from paths (files, folders) and ``Document`` objects, in order. ``source``
    forces a reader; ``columns`` names the columns of table files (see ``Columns``)."""
    paths: list[str | os.PathLike[str]] = []
    for item in inputs:
        if isinstance(item, Document):
            if paths:
                yield from read_paths(paths, source, columns)
                paths = []
            yield item
        else:
            paths.append(item)
    if paths:
        yield from read_paths(paths, source, columns)


def score_document(
    document: Document, settings: Settings | None = None, index: BoilerplateIndex | None = None
) -> list[ScoredPair]:
    """Every pair of one document with its flags; ``index`` holds the batch's sentences
    for recycling across documents."""
    settings = settings or Settings()
    rules = get_rules(settings.rules)
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
    items: Iterable[Document | Problem] = iter_documents(inputs, source, columns)
    index = None
    if settings.recycled_across_documents and "recycled_text" in settings.rules:
        # the whole batch is read first: a sentence's other places must be known before scoring
        items = list(items)
        index = BoilerplateIndex(settings.boilerplate_min_words, settings.boilerplate_min_docs).add_all(
            d for d in items if isinstance(d, Document)
        )
    results: Iterable[ScoredPair | Problem] = _score_items(items, settings, index)
    if settings.similarity_model and settings.similarity_model != "none":
        results = _with_similarity(list(results), settings)
    model = _score_model(settings)
    if model is None:
        yield from results
        return
    from .train import predict

    results = list(results)
    scores = iter(predict(model, [r for r in results if isinstance(r, ScoredPair)]))
    for r in results:
        yield dataclasses.replace(r, score=next(scores)) if isinstance(r, ScoredPair) else r


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
