"""What the rules look at: a document's pairs with their analyses, computed once."""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from functools import cached_property
from typing import TypeVar

from .. import coverage
from ..analyze import AnswerAnalysis, Cue, QuestionAnalysis, analyze_answer, analyze_question
from ..attribute import Attribution, asks_ahead, attribute, data_words_of
from ..lexicon import Lexicon, load_lexicon
from ..settings import Settings
from ..tables import PLACEHOLDER
from ..types import AnswerSegment, Document, Flag, Pair, Question
from .overlap import SharedText, shared_text

T = TypeVar("T")
# cues that speak for a grouped answer as a whole (missing data, a pointer, a hand-over): a weak
# words signal does not give their sentence to one unit (``attribute``'s ``common``)
_COMMON_CUES = frozenset({"no_information", "cross_reference", "deflection"})
# the lexicon's pointers to another text: one shared word does not give their sentence to one unit
_POINTER_CUES = frozenset({"cross_reference", "cross_reference_opening"})
# a web address in a sentence
LINK = re.compile(r"https?://|\bwww\.", re.IGNORECASE)


@dataclass
class DocContext:
    """A document, its pairs and the analyses the rules share (computed on first use)."""

    document: Document
    pairs: tuple[Pair, ...]
    settings: Settings = field(default_factory=Settings)
    _answers: dict[tuple[int, int, str], AnswerAnalysis] = field(default_factory=dict, repr=False)
    _said: dict[tuple[int, int, str], Attribution] = field(default_factory=dict, repr=False)
    _readings: dict[tuple[str, Hashable], object] = field(default_factory=dict, repr=False)
    # (not compared: each holds this context, which would compare them again without end; review45)
    _contexts: dict[int, PairContext] = field(default_factory=dict, repr=False, compare=False)

    @property
    def language(self) -> str:
        return self.document.metadata.language

    @cached_property
    def lexicon(self) -> Lexicon:
        return load_lexicon(self.language, self.settings.lexicon_dir)

    @cached_property
    def questions(self) -> dict[str, QuestionAnalysis]:
        return {
            p.question.n: analyze_question(p.question, self.language, self.settings.lexicon_dir)
            for p in self.pairs
        }

    def answer(self, segment: AnswerSegment) -> AnswerAnalysis:
        key = (segment.start, segment.end, segment.label)
        if key not in self._answers:
            settings = self.settings
            self._answers[key] = analyze_answer(
                segment,
                self.language,
                settings.lexicon_dir,
                settings.cue_model,
                settings.cue_thresholds_for(self.language),
                settings.cue_min_probability,
            )
        return self._answers[key]

    def served(self, segment: AnswerSegment) -> list[Question]:
        """The units whose pairs the segment serves, in the pairs' order."""
        key = _key(segment)
        return [p.question for p in self.pairs if any(_key(s) == key for s in p.segments)]

    def spoken_for_all(self, segment: AnswerSegment) -> tuple[list[int], list[int], list[int]]:
        """The starts of the cues of a segment serving several units that speak for the segment
        as a whole (missing data, a pointer, a hand-over: ``common``), of its hand-overs
        (``handed``) and of the lexicon's pointers whose sentence names the text pointed to after
        them (``pointers``: "Ik verwijs naar mijn antwoord ...", "... verwijs ik naar de website
        www.belgium.be"; not the cue classifier's, nor "Daarbij wordt verwezen naar het kader dat ..."),
        as ``attribution`` gives them to ``qa_align.attribute``; none for a
        segment that serves one unit."""
        analysis = self.answer(segment)
        cues = analysis.cues if len(self.served(segment)) > 1 else ()
        return (
            [c.start for c in cues if c.kind in _COMMON_CUES],
            [c.start for c in cues if c.kind == "deflection"],
            [
                c.start
                for c in cues
                if c.kind in _POINTER_CUES and not c.learned and _names_a_text(analysis, c)
            ],
        )

    def attribution(self, segment: AnswerSegment) -> Attribution:
        """The segment's sentences given to the units it serves (``qa_align.attribute``)."""
        key = (segment.start, segment.end, segment.label)
        if key not in self._said:
            units = self.served(segment)
            settings = self.settings
            common, handed, pointers = self.spoken_for_all(segment)
            self._said[key] = attribute(
                segment,
                units,
                self.language,
                settings.lexicon_dir,
                settings.attribute_min_words,
                common,
                handed,
                pointers,
                self._missing(segment) if len(units) > 1 else (),
                self.lexicon.cue_list("data_words", optional=True),
                [
                    (c.start, c.end)
                    for c in self.answer(segment).cues
                    if c.kind == "no_information" and not c.learned
                ],
                self._asks_figures,
                self._asks_data,
                [c.start for c in self.answer(segment).cues if c.kind == "holding"] if len(units) > 1 else (),
                self._asks_ahead,
                [c.start for c in self.answer(segment).cues if c.kind == "deflection" and not c.learned]
                if len(units) > 1
                else (),
            )
        return self._said[key]

    def _asks_ahead(self, unit: Question) -> bool:
        """Whether ``unit`` asks about what is still to come (``attribute.asks_ahead``), for the
        attribution of a deferral (``attribute``, ``ahead``)."""
        return asks_ahead(unit.text, self.language, self.settings.lexicon_dir)

    def _asks_data(self, unit: Question) -> bool:
        """Whether ``unit`` asks what data would answer: figures (``_asks_figures``), a data word of
        the lexicon in its question, a yes or no (a question sentence of it closed, ``QuestionAnalysis.closed``),
        or an item of a list that a shared opening ending in a colon asks ("Kunt u meedelen, voor de jongste vijf jaar:")."""
        if self._asks_figures(unit) or self.questions[unit.n].closed:
            return True
        if data_words_of(frozenset(self.lexicon.cue_list("data_words", optional=True)), unit.text):
            return True
        pre = self.document.question.preamble
        return pre is not None and pre.text.rstrip().endswith(":")

    def _asks_figures(self, unit: Question) -> bool:
        """Whether ``unit`` asks figures (``coverage.asked``, read as the rules read it), for the
        attribution of a sentence that names a year (``attribute``, ``asks_figures``)."""
        settings = self.settings

        def read() -> bool:
            return coverage.asked(
                unit,
                self.questions[unit.n],
                self.language,
                settings.lexicon_dir,
                settings.asks_model,
                settings.asks_min_probability,
                settings.asks_veto_below,
                settings.asks_split_min_probability,
            ).asks_figures

        return self.reading("asks_figures", unit.n, read)

    def _missing(self, segment: AnswerSegment) -> list[int]:
        """The starts of the segment's missing-data cues that ``attribute`` reads as such
        (``missing``): not in a sentence that gives a table ("Hierbij de gevraagde cijfers
        (bron: ...):" and its placeholder codes; "2016201714131-18-296-fr-nl-1 FAMIFED beschikt
        niet over cijfers voor de jaren 2012 en 2013"), which goes to the units by its words as before."""
        analysis = self.answer(segment)
        tabled = [(s.start, s.end) for s in analysis.sentences if PLACEHOLDER.search(s.text)]
        return [
            c.start
            for c in analysis.cues
            if c.kind == "no_information" and not any(a <= c.start < b for a, b in tabled)
        ]

    def unit_answer(self, segment: AnswerSegment, n: str) -> AnswerAnalysis:
        """The segment's analysis as unit ``n`` reads it: only the sentences that concern
        the unit, with their cues, figures and tables (the whole analysis when the segment
        serves that unit alone)."""
        analysis = self.answer(segment)
        said = self.attribution(segment)
        if len(said.units) < 2:
            return analysis
        own = said.of(n)
        if len(own) == len(said.sentences):
            return analysis
        return _restricted(analysis, segment, [(s.start, s.end) for s in own])

    def context(self, k: int) -> PairContext:
        """The ``PairContext`` of pair ``k`` (of ``pairs``) that the early rules share
        (``document_rules.map_document``), made the first time one asks for it: a rule that reads
        another unit ("the unit before", ``core._figures_before``) reads what that unit's own
        context read once (``asked``) and keeps, not a context of its own made and thrown away."""
        if k not in self._contexts:
            self._contexts[k] = PairContext(self, self.pairs[k])
        return self._contexts[k]

    def reading(self, name: str, n: Hashable, read: Callable[[], T]) -> T:
        """A reading of unit ``n`` that several rules share (``name``: what it reads; ``n`` the
        unit's number, or what else of the document it reads), made by ``read`` the first time one
        asks for it: the document's context is every rule's in common (the early rules share one
        ``PairContext`` per pair, ``document_rules.map_document``; a batch rule's flags and the late
        rules get their own)."""
        key = (name, n)
        if key not in self._readings:
            self._readings[key] = read()
        return self._readings[key]  # type: ignore[return-value]

    @cached_property
    def annex_note(self) -> tuple[tuple[AnswerSegment, Cue], ...]:
        """The document's note that its annexes were sent to the member directly, with the
        segment it stands in (``[cues] annex_note`` of the lexicon), or empty. Its words in the note's
        sentences (``_note_spans``) before any others: "bijlage bij dit antwoord" in a sentence that
        points to the annex is no note (be-kamer 188765)."""
        for seg in self.document.answer.segments:
            a = self.answer(seg)
            spans = _note_spans(a)
            note = sorted(a.cue("annex_note"), key=lambda c: not _within(c, spans))
            if note:
                refs = [c for c in a.cue("cross_reference") if c.start >= note[0].start]
                return ((seg, refs[0] if refs else note[0]),)
        return ()

    @cached_property
    def shared(self) -> list[SharedText]:
        """Text shared between segments that serve different units."""
        segments: dict[tuple[int, int], AnswerSegment] = {}
        for p in self.pairs:
            for s in p.segments:
                segments[(s.start, s.end)] = s
        return shared_text(list(segments.values()), self.settings)


@dataclass(frozen=True)
class PairContext:
    """What a rule is given for one pair: the pair, its document's context (``doc``) and what is read of
    them once and kept (``asked``, ``answers``, ``references``). The early rules share one per pair
    (``document_rules.map_document``), so a rule, a plug-in's or one registered at run time included, must
    not change what it returns (a list it gives, a reading of ``doc``) nor set attributes on it: the rules
    after it would read the change (``tests/test_speed42.py``)."""

    doc: DocContext
    pair: Pair
    # known to late rules only (see ``rules.rule``)
    similarity: float | None = None
    identifiability: float | None = None
    flags: tuple[Flag, ...] = ()

    @property
    def question(self) -> QuestionAnalysis:
        return self.doc.questions[self.pair.question.n]

    @cached_property
    def asked(self) -> coverage.Asked:
        """What the unit asks (``coverage.asked``): the counts and figure requests of its preamble,
        which states, left out."""
        settings = self.doc.settings
        return coverage.asked(
            self.pair.question,
            self.question,
            self.doc.language,
            settings.lexicon_dir,
            settings.asks_model,
            settings.asks_min_probability,
            settings.asks_veto_below,
            settings.asks_split_min_probability,
        )

    @cached_property
    def answers(self) -> list[AnswerAnalysis]:
        """The analyses of the serving segments, each read for this unit: a segment serving
        several units gives it only the sentences that concern it (``DocContext.unit_answer``).
        A closed question that asks no figure ("Is er een evaluatie gemaakt ...?") answered "none
        was made yet" got its answer (a clear "no" or "not yet" is one, ``LABELS.md``): the cue
        classifier's reading of such a sentence as missing data is left out for this unit (the
        lexicon's words, "beschikken niet over", "not held centrally", stay)."""
        found = [self.doc.unit_answer(s, self.pair.question.n) for s in self.pair.segments]
        if not self.question.closed or self.asked.asks_figures:
            return found
        return [_without_learned(a, "no_information") for a in found]

    @cached_property
    def references(self) -> list[tuple[AnswerSegment, Cue]]:
        """What in this pair's segments points elsewhere: its ``cross_reference`` and
        ``cross_reference_opening`` cues ("Zoals aangegeven in antwoord op vraag 4 is ..."),
        wherever they stand in the unit's sentences, and,
        when the document says its annexes were sent to the member directly ("De bijlagen
        bij het antwoord op deze vraag zijn het geachte Kamerlid rechtstreeks toegestuurd"),
        its words pointing to an annex or to a table that is not in the text ("zie tabel 1").
        That note follows whichever answer came last but belongs to the whole document: its
        own words count only for a segment that holds nothing else, and its cue joins the
        evidence of the segments that point to an annex."""
        found: list[tuple[AnswerSegment, Cue]] = []
        pointing: list[tuple[AnswerSegment, Cue]] = []
        for seg, a in zip(self.pair.segments, self.answers):
            spans = _note_spans(a)
            if spans and all(any(x <= s.start < y for x, y in spans) for s in a.sentences):
                spans = []  # the note is all this segment says: its answer is in the annex
            found += [(seg, c) for c in a.cue("cross_reference") if not _within(c, spans)]
            # "Zoals vermeld in mijn antwoord op uw vraag nr. 191 ...": anywhere in the unit's sentences
            found += [(seg, c) for c in a.cue("cross_reference_opening")]
            # an annex is no table of the text: "Een meer uitgebreide tweede tabel (in bijlage) geeft ..." after
            # the segment's own table points to one sent to the member; "zie tabel" only without a table
            pointing += [(seg, c) for c in a.annex_cues if not _within(c, spans)]
            if not a.tables:
                pointing += [(seg, c) for c in a.cue("table_ref") if not _within(c, spans)]
        if pointing and self.doc.annex_note:
            found += pointing + [self.doc.annex_note[0]]
        found = list({(id(seg), c.start, c.end): (seg, c) for seg, c in reversed(found)}.values())
        # words within a longer match of the same segment ("As set out in the answer" within
        # "As set out in the answer to Question", "tabel" within "bijgevoegde tabel") are not said
        # twice; an annex word of another kind within a sentence the cue classifier reads as a
        # pointer stays (that pointer names the annex and is none, ``answers._points_elsewhere``:
        # "bevinden zich in de tabellen 1 tot 5 in bijlage")
        found = [
            (seg, c)
            for seg, c in found
            if not any(
                s is seg
                and o is not c
                and (o.kind == c.kind or not o.learned)
                and o.start <= c.start
                and c.end <= o.end
                and (o.end - o.start) > (c.end - c.start)
                for s, o in found
            )
        ]
        return sorted(found, key=lambda sc: (*sc[0].source_span(sc[1].start, sc[1].end), sc[1].kind))

    def annexed(self) -> bool:
        """Whether a serving segment says its figures are in an annex ("zie bijlage"), the
        document's annex note left out (it speaks of the annexes of other segments too), or
        points to a table not in the text ("vindt u in tabel 1") of a document whose annexes
        were sent to the member directly, or says the answer or its tables were
        (``[cues] delivered``: "Het antwoord op deze vraag is het geachte Kamerlid rechtstreeks
        toegestuurd"): the figures were given, only not published."""
        if any(not _within(c, _note_spans(a)) for a in self.answers for c in a.annex_cues):
            return True
        for a in self.answers:
            # the closing note that the annexes were sent speaks of the other answers' annexes,
            # unless it is all the segment says
            spans = _note_spans(a)
            if spans and all(_within(s, spans) for s in a.sentences):
                spans = []
            if any(not _within(c, spans) for c in a.cue("delivered")):
                return True
        note = self.doc.annex_note
        return bool(note) and any(
            not a.tables and any(not _within(c, _note_spans(a)) for c in a.cue("table_ref"))
            for a in self.answers
        )


def per_unit(read: Callable[[PairContext], T]) -> Callable[[PairContext], T]:
    """``read(ctx)`` made once per unit of a document (``DocContext.reading``, under the function's
    module and name) and given again to every rule that asks: for a reading of the unit alone, which
    reads nothing of a rule's own ``PairContext`` (the flags and similarity a late rule is given); a
    list is given to each caller as a copy of its own. Several rules ask the same of a unit
    (``answers._closed_answered``: 4,722 calls for 2,520 readings on ``scripts/bench_map.py``'s
    sample)."""
    name = f"{read.__module__}.{read.__qualname__}"

    @functools.wraps(read)
    def once(ctx: PairContext) -> T:
        kept = ctx.doc.reading(name, ctx.pair.question.n, lambda: read(ctx))
        return list(kept) if isinstance(kept, list) else kept  # type: ignore[return-value]

    return once


def sentence_of(analysis: AnswerAnalysis, cue: Cue) -> Cue | None:
    """The sentence of the analysis that holds ``cue``."""
    return next((s for s in analysis.sentences if s.start <= cue.start < s.end), None)


def _names_a_text(analysis: AnswerAnalysis, cue: Cue) -> bool:
    """Whether the sentence of ``cue`` names a text at or after it: a word of ``[cues] pointer_texts``
    ("antwoord", "brief", "website") or a link."""
    sentence = sentence_of(analysis, cue)
    if sentence is None:
        return False
    if LINK.search(sentence.text[cue.start - sentence.start :]):
        return True
    # read from the analysis's cues as ``spoken_for_all`` reads the others: the attribution is every rule's
    return any(t.kind == "pointer_texts" and cue.start <= t.start < sentence.end for t in analysis.cues)


def _without_learned(analysis: AnswerAnalysis, kind: str) -> AnswerAnalysis:
    """``analysis`` without the cue classifier's cues of ``kind``."""
    if not any(c.learned and c.kind == kind for c in analysis.cues):
        return analysis
    return dataclasses.replace(
        analysis, cues=tuple(c for c in analysis.cues if not (c.learned and c.kind == kind))
    )


def _within(cue: Cue, spans: list[tuple[int, int]]) -> bool:
    return any(x <= cue.start < y for x, y in spans)


# the [cues] lists that ``PairContext.references`` and ``PairContext.annexed`` read (with the
# document's ``annex_note``): a rule that reads either declares them (``rules.rule(cues=...)``)
REFERENCE_CUES = ("cross_reference", "cross_reference_opening", "annex_note", "table_ref", "delivered")
# the [cues] lists that ``PairContext.attribution`` reads for every rule that reads a grouped or
# unnumbered answer's sentences per unit (``data_words``: a missing-data sentence's data words, attrib19)
ATTRIBUTION_CUES = ("data_words",)


def _note_spans(analysis: AnswerAnalysis) -> list[tuple[int, int]]:
    """The sentences of the segment's annex note: the one with an ``annex_note`` cue and,
    when it also points elsewhere ("ter inzage bij de griffie"), the one after it. A sentence
    whose ``annex_note`` words point to the annex ("De gevraagde gegevens ... bevinden zich in de
    tabellen 1 tot 5 in bijlage bij dit antwoord") is no note where the segment says the annexes
    went to the member or lie at the registry (``[cues] delivered``) and neither it nor the next one
    says so: its annex words are this answer's pointer (xref37, dev-be5+6 188765). A segment with no
    such words keeps every ``annex_note`` sentence as its note."""
    out = []
    refs = analysis.cue("cross_reference")
    delivered = analysis.cue("delivered")
    sentences = analysis.sentences
    for note in analysis.cue("annex_note"):
        for k, sentence in enumerate(sentences):
            if sentence.start <= note.start < sentence.end:
                told = sentences[k : k + 2]
                if delivered and not any(s.start <= c.start < s.end for s in told for c in delivered):
                    continue
                out.append((sentence.start, sentence.end))
                if k + 1 < len(sentences):
                    nxt = sentences[k + 1]
                    if any(nxt.start <= c.start < nxt.end for c in refs):
                        out.append((nxt.start, nxt.end))
    return out


def _key(segment: AnswerSegment) -> tuple[int, int, str]:
    return (segment.start, segment.end, segment.label)


def _restricted(
    analysis: AnswerAnalysis, segment: AnswerSegment, spans: list[tuple[int, int]]
) -> AnswerAnalysis:
    """``analysis`` cut to the sentences at ``spans`` (offsets into the segment's text): the
    cues, figures and sentences within them, the tables that stand after one of them before
    any other sentence or that one of them announces (a table word, the next table after it),
    and an opening of the first two of them (other text blanked, so that offsets stay the
    segment's)."""

    # the spans merged, in order, their starts apart for ``bisect``: one look-up per cue
    merged: list[list[int]] = []
    for a, b in sorted(spans):
        if a >= b:
            continue
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    starts = [a for a, _ in merged]

    def inside(c: Cue) -> bool:
        k = bisect.bisect_right(starts, c.start) - 1
        return k >= 0 and c.start < merged[k][1]

    # a table is the unit's when the sentence before it is, or when one of the unit's sentences before
    # it announces a table ("De tabel hieronder geeft een overzicht ...", [cues] table_ref) and no
    # other table stands between: the placeholder or table may follow another unit's sentence ("In
    # deze tabel wordt een opsplitsing gemaakt ...:2016201714352-7-1356-bil")
    announced = [
        segment.source_span(c.start, c.end)[0] for c in analysis.cues if c.kind == "table_ref" and inside(c)
    ]
    kept_tables = []
    previous = -1  # where the table before stands (source offset)
    for table in segment.tables:
        before = [s for s in analysis.sentences if segment.source_span(s.start, s.end)[0] <= table.start]
        if (
            (before and inside(before[-1]))
            or (not before and spans and spans[0][0] == 0)
            or any(previous < at <= table.start for at in announced)
        ):
            kept_tables.append(table)
        previous = table.start
    text = segment.text
    opening = ""
    if spans:
        end = spans[min(1, len(spans) - 1)][1]
        chars = [" "] * end
        for a, b in spans[:2]:
            chars[a:b] = text[a:b]
        opening = "".join(chars)
    return dataclasses.replace(
        analysis,
        figures=tuple(c for c in analysis.figures if inside(c)),
        annex_cues=tuple(c for c in analysis.annex_cues if inside(c)),
        tables=tuple(kept_tables),
        figure_sentences=tuple(c for c in analysis.figure_sentences if inside(c)),
        cues=tuple(c for c in analysis.cues if inside(c)),
        sentences=tuple(c for c in analysis.sentences if inside(c)),
        read=None
        if analysis.read is None
        else tuple(r for c, r in zip(analysis.sentences, analysis.read, strict=True) if inside(c)),
        cued=None
        if analysis.cued is None
        else tuple(r for c, r in zip(analysis.sentences, analysis.cued, strict=True) if inside(c)),
        opening=opening,
    )
