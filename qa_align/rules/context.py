"""What the rules look at: a document's pairs with their analyses, computed once."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from ..analyze import AnswerAnalysis, Cue, QuestionAnalysis, analyze_answer, analyze_question
from ..lexicon import Lexicon, load_lexicon
from ..settings import Settings
from ..types import AnswerSegment, Document, Flag, Pair
from .overlap import SharedText, shared_text


@dataclass
class DocContext:
    """A document, its pairs and the analyses the rules share (computed on first use)."""

    document: Document
    pairs: tuple[Pair, ...]
    settings: Settings = field(default_factory=Settings)
    _answers: dict[tuple[int, int, str], AnswerAnalysis] = field(default_factory=dict, repr=False)

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
            self._answers[key] = analyze_answer(
                segment, self.language, self.settings.lexicon_dir, self.settings.cue_model
            )
        return self._answers[key]

    @cached_property
    def annex_note(self) -> tuple[tuple[AnswerSegment, Cue], ...]:
        """The document's note that its annexes were sent to the member directly, with the
        segment it stands in (``[cues] annex_note`` of the lexicon), or empty."""
        for seg in self.document.answer.segments:
            a = self.answer(seg)
            note = a.cue("annex_note")
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
    doc: DocContext
    pair: Pair
    # known to late rules only (see ``rules.rule``)
    similarity: float | None = None
    identifiability: float | None = None
    flags: tuple[Flag, ...] = ()

    @property
    def question(self) -> QuestionAnalysis:
        return self.doc.questions[self.pair.question.n]

    @property
    def answers(self) -> list[AnswerAnalysis]:
        return [self.doc.answer(s) for s in self.pair.segments]

    @cached_property
    def references(self) -> list[tuple[AnswerSegment, Cue]]:
        """What in this pair's segments points elsewhere: its ``cross_reference`` cues, its
        ``cross_reference_opening`` cues in a segment's first sentence ("Zoals aangegeven in
        antwoord op vraag 4 is ..."; the same words later on are an aside), and,
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
            if a.sentences:  # "Zoals aangegeven in antwoord op vraag 4 ...": a pointer the answer opens on
                found += [(seg, c) for c in a.cue("cross_reference_opening") if c.start < a.sentences[0].end]
            if not a.tables:
                pointing += [(seg, c) for c in (*a.annex_cues, *a.cue("table_ref")) if not _within(c, spans)]
        if pointing and self.doc.annex_note:
            found += pointing + [self.doc.annex_note[0]]
        found = list({(id(seg), c.start, c.end): (seg, c) for seg, c in reversed(found)}.values())
        # words within a longer match of the same segment ("As set out in the answer" within
        # "As set out in the answer to Question") are not said twice
        found = [
            (seg, c)
            for seg, c in found
            if not any(
                s is seg
                and o is not c
                and o.start <= c.start
                and c.end <= o.end
                and (o.end - o.start) > (c.end - c.start)
                for s, o in found
            )
        ]
        return sorted(found, key=lambda sc: (*sc[0].source_span(sc[1].start, sc[1].end), sc[1].kind))

    def annexed(self) -> bool:
        """Whether a serving segment says its figures are in an annex ("zie bijlage"), the
        document's annex note left out (it speaks of the annexes of other segments too)."""
        return any(not _within(c, _note_spans(a)) for a in self.answers for c in a.annex_cues)


def _within(cue: Cue, spans: list[tuple[int, int]]) -> bool:
    return any(x <= cue.start < y for x, y in spans)


def _note_spans(analysis: AnswerAnalysis) -> list[tuple[int, int]]:
    """The sentences of the segment's annex note: the one with an ``annex_note`` cue and,
    when it also points elsewhere ("ter inzage bij de griffie"), the one after it."""
    out = []
    refs = analysis.cue("cross_reference")
    for note in analysis.cue("annex_note"):
        for k, sentence in enumerate(analysis.sentences):
            if sentence.start <= note.start < sentence.end:
                out.append((sentence.start, sentence.end))
                if k + 1 < len(analysis.sentences):
                    nxt = analysis.sentences[k + 1]
                    if any(nxt.start <= c.start < nxt.end for c in refs):
                        out.append((nxt.start, nxt.end))
    return out
