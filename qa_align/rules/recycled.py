"""recycled_text: an answer that repeats the substance of another answer of its document.

Meaning: the project's LABELS.md. Two answer segments of one document that serve different
units share runs of words (``overlap.shared_text``); the shared words count only in
sentences that carry substance, not in a template line that introduces figures or text
standing elsewhere ("De cijfers per provincie ... vindt u in tabel 1." beside "... in tabel
4.": a sentence that points to a table, an annex or another answer, or ends on a colon) nor in
the document's note that its annexes were sent to the member. Two segments that each introduce
their own figures (a template line or a table in each, or sentences of their own that all give
figures: a shared note on who supplied the data, then "... maken 21 van de 24 gebruik" in one
and a table in the annex in the other) have those figures for substance: what else they share
(a caveat on the data beside tables 2 and 3) does not make them recycled. Both
segments are flagged when what they share is, in each of them, ``recycled_min_sentences``
sentences or more repeated nearly whole making ``recycled_min_shared_words`` words, or
``recycled_min_share`` of the words of its sentences of substance (and never fewer than
``recycled_min_share_words`` words). Text that stands in other documents is ``boilerplate``'s flag.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from ..analyze import AnswerAnalysis, Cue
from ..settings import Settings
from ..text import WORD
from ..types import AnswerSegment, Evidence, Flag
from . import PairContext, rule
from .context import _note_spans

# the cue lists whose match makes a clause a template line that introduces figures (a table,
# the annex note), not substance
FIGURE_CUES = ("table_ref", "annex_note")
# the cue list whose match makes a clause a pointer to another body (the matter handed over: "Sta mij toe,
# geachte lid, u te verwijzen naar de leden van het Europees Parlement die ..."): no substance beside a table
POINTER_CUES = ("deflection",)
_COLON = re.compile(r":(?=\s*\S)")


@dataclass(frozen=True)
class Substance:
    """What one segment shares with another, weighed: the shared words in sentences of
    substance, the sentences repeated nearly whole, the words of its sentences of substance,
    and whether it introduces figures of its own (a template line, a table, or sentences of its
    own that all give figures)."""

    words: int
    sentences: int
    total: int
    introduces_figures: bool

    def enough(self, settings: Settings) -> bool:
        if self.words < settings.recycled_min_share_words:
            return False
        if (
            self.sentences >= settings.recycled_min_sentences
            and self.words >= settings.recycled_min_shared_words
        ):
            return True
        return self.words >= settings.recycled_min_share * self.total


def _clauses(analysis: AnswerAnalysis, text: str) -> Iterator[tuple[int, int]]:
    """The segment's sentences, each cut after a colon that text follows ("Het gaat om de
    volgende aanvragen:- een export ..."): what introduces and what is introduced."""
    for s in analysis.sentences:
        start = s.start
        for m in _COLON.finditer(text, s.start, s.end):
            yield start, m.end()
            start = m.end()
        if start < s.end:
            yield start, s.end


def _kind(start: int, end: int, text: str, analysis: AnswerAnalysis, shared: set[int]) -> str:
    """What a clause is: ``introduces`` when it introduces figures given elsewhere (it ends on
    a colon, names a table or an annex); ``points`` when it hands the matter to another body (a
    ``deflection`` cue) in a segment that gives a table: the table is that answer's substance, the redirect
    for the rest asked is none (the same redirect after a table in one answer and alone in another is not
    recycled; alone in two answers it is, "Mag ik u verzoeken deze vraag aan de minister van Justitie te
    stellen" in answers 4 and 7 of gold 187968); ``differs`` when it shares words with the other answer
    around figures or numbers of its own ("In 2016 werden 15 machtigingen getekend" beside "...
    drie weigeringen ...", "zie het antwoord op vraag 2" beside "... vraag 3"); else
    ``substance``."""
    if text[start:end].rstrip().endswith(":"):
        return "introduces"
    if _within(analysis.annex_cues, start, end) or any(
        _within(analysis.cue(k), start, end) for k in FIGURE_CUES
    ):
        return "introduces"
    if any(a <= start < b for a, b in _note_spans(analysis)):
        return "introduces"  # the annex note's sentence after it ("... ter inzage bij de griffie")
    if analysis.tables and any(_within(analysis.cue(k), start, end) for k in POINTER_CUES):
        return "points"  # beside its own table, the table is the answer; the redirect is none
    if any(start <= a < end for a in shared):
        tables = [(t.start, t.end) for t in analysis.tables]  # a table's code glued to the next sentence

        def own(at: int) -> bool:
            return start <= at < end and not any(a <= at < b for a, b in tables)

        words = [m for m in WORD.finditer(text, start, end) if m.start() not in shared and own(m.start())]
        if any(any(c.isdigit() for c in m.group()) for m in words) or any(
            own(c.start) and not any(c.start <= a < c.end for a in shared) for c in analysis.figures
        ):
            return "differs"
    return "substance"


def _within(cues: Iterable[Cue], start: int, end: int) -> bool:
    return any(start <= c.start < end for c in cues)


def substance(
    segment: AnswerSegment,
    analysis: AnswerAnalysis,
    shared_words: tuple[tuple[int, int], ...],
    settings: Settings,
) -> Substance:
    """How much of ``segment`` its ``shared_words`` (offsets of the words it shares with
    another segment) are, counted in its clauses of substance only."""
    text = segment.text
    starts = {a for a, _ in shared_words}
    words = sentences = total = 0
    introduces = bool(analysis.tables)
    own = []  # its clauses of substance that share no word: whether each gives figures
    for start, end in _clauses(analysis, text):
        kind = _kind(start, end, text, analysis, starts)
        if kind != "substance":
            introduces = introduces or kind == "introduces"
            continue
        length = len(WORD.findall(text[start:end]))
        total += length
        shared = sum(1 for a in starts if start <= a < end)
        if not shared:
            own.append(_within(analysis.figures, start, end))
        words += shared
        if (
            shared
            and shared >= settings.recycled_min_block_words
            and shared >= settings.recycled_sentence_share * length
        ):
            sentences += 1
    # what it adds to the shared text is figures ("... maken 21 van de 24 gebruik van de opt-out"
    # after a shared note on who answered): those are its substance, as a table's would be
    introduces = introduces or (bool(own) and all(own))
    return Substance(words, sentences, total, introduces)


def quote(text: str, limit: int = 80) -> str:
    """``text`` on one line, cut to ``limit`` characters."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _substance(
    ctx: PairContext, segment: AnswerSegment, shared_words: tuple[tuple[int, int], ...]
) -> Substance:
    """``substance`` of ``segment`` and the words it shares, read once per document
    (``DocContext.reading``): the unit the other segment serves weighs the same two (220 of the
    406 readings on ``scripts/bench_map.py``'s sample)."""
    key = (segment.start, segment.end, segment.label, shared_words)
    return ctx.doc.reading(
        "recycled.substance",
        key,
        lambda: substance(segment, ctx.doc.answer(segment), shared_words, ctx.doc.settings),
    )


@rule(
    "recycled_text",
    "the answer repeats the substance of another answer of its document",
    # the annex note and its pointer (``context._note_spans``)
    cues=(*FIGURE_CUES, *POINTER_CUES, "cross_reference", "delivered"),
    order=40,
)
def recycled_text(ctx: PairContext) -> Iterator[Flag]:
    own = {(s.start, s.end) for s in ctx.pair.segments}
    settings = ctx.doc.settings
    for shared in ctx.doc.shared:
        ka, kb = (shared.a.start, shared.a.end), (shared.b.start, shared.b.end)
        if ka in own and kb not in own:
            mine, other, spans = shared.a, shared.b, shared.spans_a
            words_mine, words_other = shared.words_a, shared.words_b
        elif kb in own and ka not in own:
            mine, other, spans = shared.b, shared.a, shared.spans_b
            words_mine, words_other = shared.words_b, shared.words_a
        else:
            continue
        here = _substance(ctx, mine, words_mine)
        there = _substance(ctx, other, words_other)
        if here.introduces_figures and there.introduces_figures:
            continue  # each gives its own figures: those are its substance
        if not (here.enough(settings) and there.enough(settings)):
            continue
        evidence = []
        for s, e in spans:
            start, end = mine.source_span(s, e)
            evidence.append(Evidence(start, end, mine.text[s:e], "answer"))
        first = mine.text[spans[0][0] : spans[0][1]] if spans else ""
        said = f"{here.sentences} sentence(s), " if here.sentences else ""
        yield Flag(
            "recycled_text",
            f"{said}{here.words} words ({here.words / max(1, here.total):.0%} of it) also stand in answer "
            f"{other.label}: '{quote(first)}'",
            tuple(evidence),
            related=(other.label,),
        )
