"""The first rules: missing_answer, breakdown_missing, figures_missing, recycled_text.

Meanings are those of the project's LABELS.md. Each returns flags whose evidence names
the words, with offsets into the source, that show why.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..analyze import Cue, dimension_coverage
from ..boilerplate import BoilerplateIndex, DocSentences, document_sentences
from ..settings import Settings
from ..types import AnswerSegment, Evidence, Flag, Passage
from . import BatchStep, DocContext, PairContext, rule


def _evidence(passage: Passage, cue: Cue, part: str) -> Evidence:
    start, end = passage.source_span(cue.start, cue.end)
    return Evidence(start, end, cue.text, part)  # type: ignore[arg-type]


def _quote(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


@rule(
    "missing_answer",
    "no answer segment serves the sub-question, or what serves it says it gives none",
    cues=("no_answer",),
    order=10,
)
def missing_answer(ctx: PairContext) -> Iterator[Flag]:
    if ctx.pair.segments:
        yield from _lapsed(ctx)
        return
    labels = [s.label for s in ctx.doc.document.answer.segments]
    where = f"the answer has segments {', '.join(labels)}" if labels else "the answer is empty"
    yield Flag("missing_answer", f"no answer segment is numbered {ctx.pair.question.n} ({where})")


def _lapsed(ctx: PairContext) -> Iterator[Flag]:
    """Every sentence of the serving segments says no answer is given ("It has not proved
    possible to respond to the hon. Member in the time available before Prorogation"; the
    lexicon's optional ``no_answer`` list): nothing in the answer addresses the unit."""
    said = []
    for seg, analysis in zip(ctx.pair.segments, ctx.answers):
        cues = analysis.cue("no_answer")
        if not cues or not all(any(s.start <= c.start < s.end for c in cues) for s in analysis.sentences):
            return
        said += [(seg, c) for c in cues]
    words = "; ".join(f"'{c.text}'" for _, c in said[:2])
    yield Flag(
        "missing_answer",
        f"the answer says it gives none: {words}",
        tuple(_evidence(seg, c, "answer") for seg, c in said),
    )


def _refused(ctx: PairContext) -> Flag | None:
    """Figures asked per dimension or part, and the answer says it cannot give that
    breakdown ("not possible to provide a breakdown", "niet opgesplitst"): whatever tables
    it holds, the breakdown asked is not among them."""
    qa = ctx.question
    unit = ctx.pair.question
    if not (qa.dimensions or (len(unit.parts) >= 2 and qa.asks_count)) or not qa.asks_figures:
        return None
    said = [(s, c) for s, a in zip(ctx.pair.segments, ctx.answers) for c in a.cue("no_breakdown")]
    if not said:
        return None
    if qa.dimensions:
        asked = ", ".join(f"'{r.cue.text}'" for r in qa.dimensions)
        evidence = tuple(_evidence(unit, r.cue, "question") for r in qa.dimensions)
    else:
        asked = "parts " + ", ".join(f"({x})" for x in unit.part_labels)
        evidence = _parts_evidence(unit)
    words = "; ".join(f"'{c.text}'" for _, c in said[:2])
    return Flag(
        "breakdown_missing",
        f"asks figures {asked}; the answer says it cannot give that breakdown ({words})",
        evidence + tuple(_evidence(s, c, "answer") for s, c in said),
    )


def _parts_missing(ctx: PairContext) -> Flag | None:
    """A count asked in parts ``(a) ... (b) ...`` answered with no table and fewer than two
    figure-bearing sentences or list items: the parts are not given figures."""
    unit = ctx.pair.question
    answers = ctx.answers
    if len(unit.parts) < 2 or not ctx.question.asks_count:
        return None
    if ctx.annexed() or any(a.tables for a in answers):
        return None  # an annex, a table, or the code of a table that stood here
    unheld = _unheld(ctx)
    if sum(len(a.figure_sentences) for a in answers) >= 2 and not unheld:
        return None
    labels = ", ".join(f"({x})" for x in unit.part_labels)
    evidence = _parts_evidence(unit)
    if unheld:
        said, claims = _claims(unheld)
        reason = f"asks figures for parts {labels}; the answer gives no table and says the figures are not held ({said})"
        evidence += claims
    else:
        reason = f"asks figures for parts {labels}; the answer gives no table and no figure per part"
    return Flag("breakdown_missing", reason, evidence)


def _parts_evidence(unit: Passage) -> tuple[Evidence, ...]:
    """The first word of each inline part ``(a) ... (b) ...`` of the unit."""
    return tuple(
        Evidence(p.start, p.start + len(p.text.split()[0]), p.text.split()[0], "question") for p in unit.parts
    )


@rule(
    "breakdown_missing",
    "figures asked per a dimension are not given for every dimension",
    cues=("no_breakdown",),
    order=20,
)
def breakdown_missing(ctx: PairContext) -> Iterator[Flag]:
    qa = ctx.question
    refused = _refused(ctx)
    if refused:
        yield refused
        return
    if not qa.dimensions:
        parts = _parts_missing(ctx)
        if parts:
            yield parts
        return
    if not qa.asks_figures:
        return
    answers = ctx.answers
    if ctx.annexed():
        return  # the figures are said to be in an annex
    if any(t.placeholder for a in answers for t in a.tables):
        return  # a table stood here
    lexicon = ctx.doc.lexicon
    missing, covered = [], []
    for req in qa.dimensions:
        dim = lexicon.dimension(req.name)
        values = set()
        for a in answers:
            values.update(dimension_coverage(dim, a, lexicon.dimensions))
        (covered if len(values) >= 2 else missing).append((req, sorted(values)))
    if not missing:
        return
    asked = ", ".join(r.cue.text for r, _ in missing)
    reason = f"asks {asked}; no table or list in the answer gives figures {asked}"
    if covered:
        reason += (
            " (it does give them "
            + ", ".join(f"{r.cue.text}: {', '.join(v[:6])}{'…' if len(v) > 6 else ''}" for r, v in covered)
            + ")"
        )
    q = ctx.pair.question
    yield Flag("breakdown_missing", reason, tuple(_evidence(q, r.cue, "question") for r, _ in missing))


@rule(
    "figures_missing",
    "a count or amount is asked and the answer gives no figure",
    cues=("no_information",),
    order=30,
)
def figures_missing(ctx: PairContext) -> Iterator[Flag]:
    qa = ctx.question
    if not qa.asks_count:
        return
    answers = ctx.answers
    if ctx.annexed() or any(a.tables for a in answers):
        return
    unheld = _unheld(ctx)
    if any(a.figures for a in answers):
        if not unheld:
            return
        if qa.dimensions or len(ctx.pair.question.parts) >= 2:
            return  # figures asked per part or dimension: breakdown_missing weighs what is given
    q = ctx.pair.question
    cues = ", ".join(f"'{c.text}'" for c in qa.count_cues)
    evidence = tuple(_evidence(q, c, "question") for c in qa.count_cues)
    if unheld and any(a.figures for a in answers):
        said, claims = _claims(unheld)
        reason = f"asks {cues}; the answer says the figures are not held ({said}) and gives other numbers"
        evidence += claims
    else:
        reason = f"asks {cues}; the answer gives no number"
    yield Flag("figures_missing", reason, evidence)


def _claims(unheld: list[tuple[AnswerSegment, Cue]]) -> tuple[str, tuple[Evidence, ...]]:
    """The quoted words of the first claims that figures are not held, and all as evidence."""
    said = "; ".join(f"'{c.text}'" for _, c in unheld[:2])
    return said, tuple(_evidence(s, c, "answer") for s, c in unheld)


def _unheld(ctx: PairContext) -> list[tuple[AnswerSegment, Cue]]:
    """The answer's claims that the information is not held or not available (the
    ``no_information`` cues), with their segments. Numbers beside such a claim are context
    (a total for a wider area, an earlier year), not the count the unit asks for."""
    return [(s, c) for s, a in zip(ctx.pair.segments, ctx.answers) for c in a.cue("no_information")]


def _within_document(ctx: PairContext) -> Iterator[Flag]:
    own = {(s.start, s.end) for s in ctx.pair.segments}
    for shared in ctx.doc.shared:
        ka, kb = (shared.a.start, shared.a.end), (shared.b.start, shared.b.end)
        if ka in own and kb not in own:
            mine, other, spans, share = shared.a, shared.b, shared.spans_a, shared.share_a
        elif kb in own and ka not in own:
            mine, other, spans, share = shared.b, shared.a, shared.spans_b, shared.share_b
        else:
            continue
        evidence = []
        for s, e in spans:
            start, end = mine.source_span(s, e)
            evidence.append(Evidence(start, end, mine.text[s:e], "answer"))
        first = mine.text[spans[0][0] : spans[0][1]] if spans else ""
        yield Flag(
            "recycled_text",
            f"{shared.words} words ({share:.0%} of it) also stand in answer {other.label}: '{_quote(first)}'",
            tuple(evidence),
            related=(other.label,),
        )


def _sentence_keys(doc: DocContext) -> DocSentences | None:
    """A document's long answer sentences as stable hashes, for the batch's count."""
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


def recycled_across_documents(
    ctx: PairContext, keys: DocSentences | None, index: BoilerplateIndex
) -> Iterator[Flag]:
    """recycled_text's flags of the pair's answer sentences that stand in other documents of
    the batch (``keys``: the document's sentences; ``index``: the batch's count)."""
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
        share = words / total
        if words < settings.recycled_min_shared_words and (
            share < settings.recycled_min_share or words < settings.recycled_min_share_words
        ):
            continue
        most = max(found, key=lambda f: f[1])
        others, where = most[1], most[2]
        places = ", ".join(f"{p.doc_id} (answer {p.label})" for p in where[:3])
        more = f" and {others - min(3, len(where))} more" if others > min(3, len(where)) else ""
        first = seg.text[found[0][0].start : found[0][0].end]
        evidence = []
        for s, _, _ in found:
            a, b = seg.source_span(s.start, s.end)
            evidence.append(Evidence(a, b, seg.text[s.start : s.end], "answer"))
        yield Flag(
            "recycled_text",
            f"{words} words ({share:.0%} of it) also stand in {others} other document(s): {places}{more}: "
            f"'{_quote(first)}'",
            tuple(evidence),
            related=tuple(f"{p.source}/{p.doc_id}#{p.label}" for p in where),
        )


@rule(
    "recycled_text",
    "the answer repeats a substantial part of another answer, in its document or in the batch",
    stage="batch",
    order=40,
    batch=BatchStep(_sentence_keys, _count_sentences, recycled_across_documents),
)
def recycled_text(ctx: PairContext) -> Iterator[Flag]:
    """Text shared within the document (its part across documents: the ``BatchStep``)."""
    yield from _within_document(ctx)
