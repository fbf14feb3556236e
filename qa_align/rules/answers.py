"""Rules on what an answer does instead of answering: cross_reference, deflection,
no_information, holding, generic, yes_no_unanswered, echoes_question.

They rest on the cue lists of the lexicon's ``[cues]`` section (data, per language) and on
the question's analysis; none needs an embedding model. Each flag's evidence is the
matched words with their offsets in the source.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import text as text_layer
from ..analyze import AnswerAnalysis, Cue, committed_verbs
from ..tables import PLACEHOLDER
from ..types import AnswerSegment, Evidence, Flag
from . import PairContext, rule


def _evidence(segment: AnswerSegment, cue: Cue) -> Evidence:
    start, end = segment.source_span(cue.start, cue.end)
    return Evidence(start, end, cue.text, "answer")


def _cue_flag(ctx: PairContext, kind: str, reason: str, keep=None) -> Iterator[Flag]:
    """A flag ``kind`` when a serving segment holds a cue of that kind (and ``keep``
    accepts the segment's analysis and cue)."""
    evidence = []
    for seg, analysis in zip(ctx.pair.segments, ctx.answers):
        for c in analysis.cue(kind):
            if keep is None or keep(analysis, c):
                evidence.append((seg, c))
    if not evidence:
        return
    words = "; ".join(f"'{c.text}'" for _, c in evidence[:3])
    yield Flag(kind, f"{reason}: {words}", tuple(_evidence(s, c) for s, c in evidence))


@rule(
    "cross_reference",
    "the answer points to another answer, question or document",
    cues=(
        "cross_reference",
        "cross_reference_opening",
        "annex_note",
        "table_ref",
        "delivered",
        "points_here",
    ),
    order=70,
)
def cross_reference(ctx: PairContext) -> Iterator[Flag]:
    found = [(s, c) for s, c in ctx.references if _points_elsewhere(_analysis_of(ctx, s), c)]
    if not found:
        return
    words = "; ".join(f"'{c.text}'" for _, c in found[:3])
    yield Flag("cross_reference", f"refers elsewhere: {words}", tuple(_evidence(s, c) for s, c in found))


def _analysis_of(ctx: PairContext, segment: AnswerSegment) -> AnswerAnalysis | None:
    """The unit's analysis of one of its segments; None for another segment (the document's
    annex note, which stands after whichever answer came last)."""
    return next((a for s, a in zip(ctx.pair.segments, ctx.answers) if s is segment), None)


_LINK = re.compile(r"https?://|\bwww\.", re.IGNORECASE)


def _points_elsewhere(analysis: AnswerAnalysis | None, cue: Cue) -> bool:
    """Whether ``cue`` points to another answer, question or document (``LABELS.md``), read
    with its sentence: not when the cue classifier reads that sentence as a hand-over and not as
    a pointer ("Er wordt verwezen naar de staatssecretaris voor Asiel en Migratie, gelet op
    diens bevoegdheid": a body, not a text, is pointed to; that is ``deflection``). And a
    pointer only the classifier found is none when its sentence points to what follows in this
    answer ("In de tabel hieronder vindt u ...", ``[cues] points_here``) without a link, or
    announces a text still to come ("The Home Office will shortly publish a statistical note":
    a deferral, ``holding``), or names an annex or a table ("Een overzicht per provincie vindt
    het lid in bijlage"; "... in de bijlage aan het ministerieel besluit") or stands beside a
    table's placeholder code ("In de tabel hieronder ...:2016201714271-14-2065-nl-fr"): the
    answer's own annex or table gives what it holds (``LABELS.md``); one sent to the member
    directly is a pointer the document's annex note makes (``PairContext.references``)."""
    if analysis is None:
        return True
    read = analysis.reading(cue)
    if read is not None and "handover" in read and "pointer" not in read:
        return False
    if not cue.learned:
        return True
    sentence = _sentence(analysis, cue)
    if sentence is None:
        return True
    if _in(analysis.cue("points_here"), sentence) and not _LINK.search(sentence.text):
        return False
    if PLACEHOLDER.search(sentence.text) or _in((*analysis.annex_cues, *analysis.cue("table_ref")), sentence):
        return False
    return not _in(analysis.cue("holding"), sentence)


def _sentence(analysis: AnswerAnalysis, cue: Cue) -> Cue | None:
    """The sentence of the analysis that holds ``cue``."""
    return next((s for s in analysis.sentences if s.start <= cue.start < s.end), None)


def _in(cues: tuple[Cue, ...], sentence: Cue) -> bool:
    return any(sentence.start <= c.start < sentence.end for c in cues)


@rule(
    "deflection",
    "the answer says the matter belongs to another minister, level or body",
    cues=("deflection", "scope"),
    order=60,
)
def deflection(ctx: PairContext) -> Iterator[Flag]:
    # a hand-over anywhere in the unit's sentences ("De vraag valt onder de bevoegdheid van mijn
    # collega" after a first factual sentence), not a remark limiting the answer's scope
    yield from _cue_flag(
        ctx, "deflection", "hands the matter to another body", keep=lambda a, c: not _scoped(a, c)
    )


def _scoped(analysis: AnswerAnalysis, cue: Cue) -> bool:
    """Whether the sentence of ``cue`` limits the answer's scope ("This is a devolved matter
    and the information provided therefore relates to England only") rather than handing
    the matter over: a ``scope`` cue stands in the same sentence."""
    scope = analysis.cue("scope")
    if not scope:
        return False
    sentence = _sentence(analysis, cue)
    return sentence is not None and _in(scope, sentence)


@rule(
    "no_information",
    "the answer says the information is not available or not kept",
    cues=("no_information",),
    order=80,
)
def no_information(ctx: PairContext) -> Iterator[Flag]:
    # anywhere in the unit's sentences (a closed question answered "not yet" reads no missing
    # data: ``PairContext.answers``)
    yield from _cue_flag(
        ctx,
        "no_information",
        "says the information is not available",
        keep=lambda a, c: not _found_there(a, c),
    )


def _found_there(analysis: AnswerAnalysis, cue: Cue) -> bool:
    """Whether ``cue`` says the information is not available *yet* (it overlaps a deferral: "De
    resultaten van deze studie zijn nog niet beschikbaar", ``holding``), or is the classifier's
    reading of missing data in a sentence that says where the data can be found ("de gevraagde
    gegevens kunnen geraadpleegd worden in de jaarstatistieken ... op de website"): a pointer
    (``cross_reference``), not a statement that the information is not available. The lexicon's
    other words ("not held centrally") still count."""
    if any(h.start <= cue.start < h.end or cue.start <= h.start < cue.end for h in analysis.cue("holding")):
        return True  # "De resultaten van deze studie zijn nog niet beschikbaar": not yet, a deferral
    if not cue.learned:
        return False
    read = analysis.reading(cue)
    if read is not None and "pointer" in read:
        return True
    sentence = _sentence(analysis, cue)
    return sentence is not None and _in(analysis.cue("cross_reference"), sentence)


@rule(
    "holding",
    "the answer defers: still being examined, a later answer promised",
    cues=("holding",),
    order=110,
)
def holding(ctx: PairContext) -> Iterator[Flag]:
    # a deferral anywhere in the unit's sentences: a closing promise to report later counts
    yield from _cue_flag(ctx, "holding", "defers the answer")


@rule(
    "generic",
    "only general statements, no specifics for what was asked",
    cues=("generic", "cross_reference", "deflection", "no_information", "holding"),
    order=100,
)
def generic(ctx: PairContext) -> Iterator[Flag]:
    # general wording in an answer that gives no figure and no table
    flags = list(
        _cue_flag(
            ctx,
            "generic",
            "speaks in general terms, no figure",
            keep=lambda a, c: not a.figures and not a.tables,
        )
    )
    yield from flags or _ask_ignored(ctx)


def _ask_ignored(ctx: PairContext) -> Iterator[Flag]:
    """The unit asks for something the lexicon names under ``[asks]`` ("what discussions")
    and the answer never speaks of it (none of the ask's answer words): it talks around the
    question. Not when the unit also asks a count (figures_missing weighs that) or the answer
    holds a table. Only the unit's own sentences are read."""
    asks = ctx.doc.lexicon.asks
    answers = ctx.answers
    if not asks or not answers or ctx.question.asks_count or any(a.tables for a in answers):
        return
    question = ctx.pair.question
    lower = question.text.lower()
    words = [w for a in answers for s in a.sentences for w in text_layer.words(s.text)]
    if words[:1] and words[0] in {w.lower() for w in ctx.doc.lexicon.plain_replies}:
        return  # "No." answers "whether he has had discussions with ..."
    for ask in asks:
        if not ask.asked.search(lower):
            continue
        for phrase in ask.question:
            m = re.search(rf"\b{re.escape(phrase.lower())}\b", lower)
            if m and not set(words) & {w.lower() for w in ask.answer}:
                start, end = question.source_span(m.start(), m.end())
                said = question.text[m.start() : m.end()]
                yield Flag(
                    "generic",
                    f"asks '{said}'; the answer never speaks of {ask.name}",
                    (Evidence(start, end, said, "question"),),
                )
                return


@rule(
    "yes_no_unanswered",
    "a yes/no question whose answer leaves the yes or no unclear",
    cues=("deflection", "holding", "generic"),
    order=90,
)
def yes_no_unanswered(ctx: PairContext) -> Iterator[Flag]:
    qa = ctx.question
    if not (qa.closed and ctx.pair.segments):
        return
    if _direct(ctx):
        return  # "Is het geschetste probleem u bekend?" - "De geschetste problematiek is mij niet bekend."
    if _commits(ctx):
        return  # "if she will publish the specification" - "We intend to publish this in due course"
    for analysis in ctx.answers:
        if analysis.tables or (qa.asks_figures and analysis.figures):
            return  # figures asked for and given answer in substance
        if ctx.doc.lexicon.figures_answer_closed and analysis.figures:
            return  # a UK "whether ..." question answered with figures is answered in substance
        if analysis.cue("polarity"):  # matched in the answer's first two sentences
            return
    if ctx.doc.lexicon.prose_positions and not any(
        [*a.cue("holding"), *a.cue("generic"), *a.cue("cross_reference")]
        or any(not _scoped(a, c) for c in a.cue("deflection"))
        for a in ctx.answers
    ):
        # UK answers state a position in prose, rarely with "yes" or "no": without those words,
        # a closed question counts as unanswered only when the answer defers it, speaks in
        # general terms, hands it over or points elsewhere
        return
    q = ctx.pair.question
    first = qa.closed[0]
    start, end = q.source_span(first.start, first.end)
    yield Flag(
        "yes_no_unanswered",
        f"asks yes or no ('{first.text[:80]}'); the answer's opening says neither",
        (Evidence(start, end, first.text, "question"),),
    )


def _commits(ctx: PairContext) -> bool:
    """Whether the answer's opening commits to doing what the closed question asks be done:
    the same verb after a word of the lexicon's ``commitments`` in both ("whether he plans to
    publish an update" - "We intend to publish proposals"). A commitment to something else
    ("if he will meet manufacturers" - "We intend to go out to consultation") is not one."""
    language, lexicon_dir = ctx.doc.language, ctx.doc.settings.lexicon_dir
    asked = set().union(*(committed_verbs(c.text, language, lexicon_dir) for c in ctx.question.closed))
    if not asked:
        return False
    return any(asked & committed_verbs(a.opening, language, lexicon_dir) for a in ctx.answers)


_STATES_AROUND = ("holding", "generic", "deflection", "no_information")


def _direct(ctx: PairContext) -> bool:
    """Whether the answer is one short sentence (``Settings.yes_no_direct_words``) that neither
    defers, speaks in general terms, hands over nor says the data is missing: a plain statement,
    which answers a closed question whether or not it says "yes" or "no"."""
    sentences = [s for a in ctx.answers for s in a.sentences]
    if len(sentences) != 1 or len(_WORD.findall(sentences[0].text)) > ctx.doc.settings.yes_no_direct_words:
        return False
    return not any(a.cue(kind) for a in ctx.answers for kind in _STATES_AROUND)


_WORD = text_layer.WORD


def _shingles(text: str, n: int) -> dict[tuple[str, ...], tuple[int, int]]:
    words = [(m.group().lower(), m.start(), m.end()) for m in _WORD.finditer(text)]
    return {
        tuple(w for w, _, _ in words[i : i + n]): (words[i][1], words[i + n - 1][2])
        for i in range(len(words) - n + 1)
    }


def _runs(words: list[str], n: int) -> set[tuple[str, ...]]:
    """The distinct runs of ``n`` consecutive words."""
    return set(zip(*(words[i:] for i in range(n))))


@rule("echoes_question", "the answer mostly restates the question or its preamble", order=50)
def echoes_question(ctx: PairContext) -> Iterator[Flag]:
    settings = ctx.doc.settings
    n = settings.echo_shingle_words
    q = ctx.pair.question
    preamble = ctx.doc.document.question.preamble
    source: set[tuple[str, ...]] | None = None
    vocabulary = set(_WORD.findall((q.text + "\n" + (preamble.text if preamble else "")).lower()))
    for seg in ctx.pair.segments:
        words = _WORD.findall(seg.text.lower())
        if len(words) < settings.echo_min_words:
            continue
        if sum(map(vocabulary.__contains__, words)) < settings.echo_min_share * len(words):
            continue  # too few of its words are the question's for its runs to be
        runs = _runs(words, n)
        if not runs:
            continue
        if source is None:
            source = _runs(_WORD.findall((q.text + "\n" + (preamble.text if preamble else "")).lower()), n)
        share = len(runs & source) / len(runs)
        if share < settings.echo_min_share:
            continue
        echoed = [span for sh, span in _shingles(seg.text, n).items() if sh in source]
        spans: list[list[int]] = []
        for s, e in sorted(echoed):
            if spans and s <= spans[-1][1] + 1:
                spans[-1][1] = max(spans[-1][1], e)
            else:
                spans.append([s, e])
        evidence = []
        for s, e in spans:
            a, b = seg.source_span(s, e)
            evidence.append(Evidence(a, b, seg.text[s:e], "answer"))
        yield Flag(
            "echoes_question",
            f"{share:.0%} of the answer's {n}-word runs stand in the question or its preamble",
            tuple(evidence),
        )
