"""The pipeline end to end: read -> align -> rules -> scored pairs."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator

from .align import align
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


def score_document(document: Document, settings: Settings | None = None) -> list[ScoredPair]:
    """Every pair of one document with its flags."""
    settings = settings or Settings()
    rules = get_rules(settings.rules)
    pairs = align(document, settings)
    ctx = DocContext(document, pairs, settings)
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
    for item in iter_documents(inputs, source, columns):
        if isinstance(item, Problem):
            yield item
            continue
        try:
            yield from score_document(item, settings)
        except ReadError as exc:
            yield problem_from(exc, doc_id=item.doc_id, source=item.source)
