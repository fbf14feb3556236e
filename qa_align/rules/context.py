"""What the rules look at: a document's pairs with their analyses, computed once."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from ..analyze import AnswerAnalysis, QuestionAnalysis, analyze_answer, analyze_question
from ..boilerplate import BoilerplateIndex
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
    index: BoilerplateIndex | None = None  # sentences of the whole batch, for recycling across documents
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
            self._answers[key] = analyze_answer(segment, self.language, self.settings.lexicon_dir)
        return self._answers[key]

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
