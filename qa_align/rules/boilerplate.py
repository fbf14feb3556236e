"""boilerplate: the answer's text stands, nearly verbatim, in other documents of the batch.

A department's standard paragraph, the Belgian note that a question was passed to another
minister, a caveat on the data: sentences of ``boilerplate_min_words`` words or more that
stand in ``boilerplate_min_docs`` documents or more (``qa_align.boilerplate`` counts them
over the batch from stable hashes, as a map and a reduce: the rule's ``BatchStep``). A
segment is flagged when such sentences make ``boilerplate_min_shared_words`` words of it, or
``boilerplate_min_share`` of its words. The evidence marks the sentences and names a few of
the other places and how many there are in all.

``LABELS.md`` has no such flag (text repeated within one document is ``recycled_text``):
the flag is not compared with labels.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..boilerplate import BoilerplateIndex, DocSentences, Place, document_sentences
from ..settings import Settings
from ..types import Evidence, Flag
from . import BatchStep, DocContext, PairContext, rule
from .recycled import quote

SHOWN = 3  # other places named in the reason (``related`` keeps every one the index kept)


def _sentence_keys(doc: DocContext) -> DocSentences | None:
    """A document's long answer sentences as stable hashes, for the batch's count (None when
    ``recycled_across_documents`` is off)."""
    settings = doc.settings
    if not settings.recycled_across_documents:
        return None
    serving = [s for p in doc.pairs for s in p.segments]
    return document_sentences(doc.document, serving, settings.boilerplate_min_words, settings.lexicon_dir)


def _count_sentences(keys: Iterable[DocSentences | None], settings: Settings) -> BoilerplateIndex:
    """Where each sentence of the batch stands, counted once over every document's keys."""
    index = BoilerplateIndex(settings.boilerplate_min_words, settings.boilerplate_min_docs)
    for k in keys:
        if k is not None:
            index.add(k)
    return index


def _where(others: int, places: list[Place]) -> str:
    named = ", ".join(f"{p.source}/{p.doc_id} (answer {p.label})" for p in places[:SHOWN])
    rest = others - min(SHOWN, len(places))
    return named + (f" and {rest} more" if rest > 0 else "")


def _flags(ctx: PairContext, keys: DocSentences | None, index: BoilerplateIndex) -> Iterator[Flag]:
    """The flags of the pair's serving segments whose sentences stand in other documents of the
    batch (``keys``: the document's sentences; ``index``: the batch's count)."""
    if keys is None:
        return
    settings = ctx.doc.settings
    me = (keys.source, keys.doc_id)
    for seg in ctx.pair.segments:
        found = index.boilerplate(keys.by_span[(seg.start, seg.end)], me)
        if not found:
            continue
        words = sum(s.words for s, _, _ in found)
        total = max(1, len(seg.text.split()))
        if words < settings.boilerplate_min_shared_words and words < settings.boilerplate_min_share * total:
            continue
        _, others, where = max(found, key=lambda f: f[1])
        first = found[0][0]
        evidence = []
        for s, _, _ in found:
            a, b = seg.source_span(s.start, s.end)
            evidence.append(Evidence(a, b, seg.text[s.start : s.end], "answer"))
        yield Flag(
            "boilerplate",
            f"{len(found)} sentence(s), {words} words ({words / total:.0%} of it), also stand in {others} other "
            f"document(s): {_where(others, where)}: '{quote(seg.text[first.start : first.end])}'",
            tuple(evidence),
            related=tuple(f"{p.source}/{p.doc_id}#{p.label}" for p in where),
        )


@rule(
    "boilerplate",
    "the answer's sentences stand in other documents of the batch",
    stage="batch",
    evaluated=False,
    order=45,
    batch=BatchStep(_sentence_keys, _count_sentences, _flags),
)
def boilerplate(ctx: PairContext) -> Iterator[Flag]:
    """Nothing is known of one document alone: the flags come from the ``BatchStep``."""
    return iter(())
