"""The data types of qa-align: small frozen dataclasses with offsets into the source text.

Every piece of a document (a sub-question, an answer segment, a table, a footnote, a
flag's evidence) carries ``start`` and ``end``: character offsets into ``Document.text``,
the text as read from the file (for a PDF: the extracted text layer). Cleaned text, with
line breaks joined and page furniture removed, is kept beside the offsets; ``TextMap``
maps a position in the cleaned text back to the source.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from .attribute import SentenceUnits

AlignMethod = Literal["number", "group", "content", "whole", "none"]
AnswerNumbering = Literal["numbered", "grouped", "unnumbered", "none"]


@dataclass(frozen=True)
class TextMap:
    """Maps offsets in a cleaned text back to offsets in the source text.

    ``runs`` holds ``(clean_start, source_start, length)`` triples: each run of the
    cleaned text is a verbatim copy of the source from ``source_start``. Characters the
    cleaning inserted (a space for a line break) map to the source position just after
    the preceding run.
    """

    runs: tuple[tuple[int, int, int], ...] = ()

    def to_source(self, i: int) -> int:
        """Source offset of position ``i`` of the cleaned text (``i`` may equal its length)."""
        if not self.runs:
            return i
        k = bisect.bisect_right([r[0] for r in self.runs], i) - 1
        if k < 0:
            return self.runs[0][1]
        clean_start, source_start, length = self.runs[k]
        return source_start + min(i - clean_start, length)

    def slice(self, start: int, end: int) -> TextMap:
        """The map of the cleaned text's ``[start, end)`` as a text of its own."""
        runs = []
        for clean_start, source_start, length in self.runs:
            a, b = max(clean_start, start), min(clean_start + length, end)
            if a < b:
                runs.append((a - start, source_start + a - clean_start, b - a))
        return TextMap(tuple(runs))

    def span_to_source(self, start: int, end: int) -> tuple[int, int]:
        """Source offsets of the cleaned-text span ``[start, end)``."""
        if end <= start:
            s = self.to_source(start)
            return s, s
        return self.to_source(start), self.to_source(end - 1) + 1


@dataclass(frozen=True)
class Passage:
    """A stretch of the source with its cleaned text."""

    start: int
    end: int
    text: str
    textmap: TextMap = field(default_factory=TextMap, repr=False, compare=False)

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Source offsets of ``text[start:end]``."""
        return self.textmap.span_to_source(start, end)


@dataclass(frozen=True)
class Metadata:
    """What the document says about itself. Empty strings where it says nothing."""

    number: str = ""
    date: str = ""  # ISO 8601
    questioner: str = ""
    minister: str = ""
    minister_title: str = ""
    subject: str = ""
    title: str = ""
    themes: tuple[str, ...] = ()
    pdf_link: str = ""
    language: str = "nl"
    extra: tuple[tuple[str, str], ...] = ()
    date_answered: str = ""  # ISO 8601, when known
    on_time: bool | None = None  # answered within the time allowed, when the source says

    @property
    def days_to_answer(self) -> int | None:
        """Days from the question to its answer, when both dates are known."""
        import datetime as dt

        try:
            return (dt.date.fromisoformat(self.date_answered) - dt.date.fromisoformat(self.date)).days
        except ValueError:
            return None


@dataclass(frozen=True)
class Question(Passage):
    """One unit the questioner numbered: ``n`` as written ("1"), ``number`` as an int;
    ``parts`` the inline parts it asks, ``(a) ... (b) ...``, each with its letter as
    ``Passage.text``'s label in ``part_labels``."""

    n: str = "1"
    number: int | None = None
    parts: tuple[Passage, ...] = ()
    part_labels: tuple[str, ...] = ()


@dataclass(frozen=True)
class Footnote(Passage):
    marker: str = "*"


@dataclass(frozen=True)
class Table:
    """A table given as plain-text lines (or HTML), with its labels."""

    start: int
    end: int
    header: tuple[str, ...]
    column_labels: tuple[str, ...]
    row_labels: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    footnotes: tuple[Footnote, ...] = ()
    placeholder: bool = False  # a code or image reference where a table stood


@dataclass(frozen=True)
class AnswerSegment(Passage):
    """A stretch of the answer: ``label`` as written ("1", "3-5", "*" when unnumbered,
    "p2" for the second paragraph of a split unnumbered answer), ``numbers`` the
    question numbers it says it answers."""

    label: str = "*"
    numbers: tuple[int, ...] = ()
    tables: tuple[Table, ...] = ()


@dataclass(frozen=True)
class QuestionPart:
    start: int
    end: int
    preamble: Passage | None
    units: tuple[Question, ...]


@dataclass(frozen=True)
class AnswerPart:
    start: int
    end: int
    segments: tuple[AnswerSegment, ...]
    numbering: AnswerNumbering


@dataclass(frozen=True)
class Document:
    """A written question with its answer, as read from one file or record."""

    source: str
    doc_id: str
    path: str
    text: str
    metadata: Metadata
    question: QuestionPart
    answer: AnswerPart


@dataclass(frozen=True)
class Pair:
    """A sub-question with the answer segments that serve it. ``passed``: where an unnumbered answer passes
    the unit over (``align.passed_over``), the sentences of the units before and after it that ``align``
    found, which ``missing_answer`` names (lows53: it made the answer's attribution again, once a flag);
    None where ``align`` did not find it so (not compared: the pair is the same)."""

    question: Question
    segments: tuple[AnswerSegment, ...]
    method: AlignMethod
    passed: tuple[SentenceUnits, ...] | None = field(default=None, compare=False, repr=False)

    @property
    def answer_no(self) -> str:
        return ";".join(s.label for s in self.segments)

    @property
    def answer_text(self) -> str:
        return "\n\n".join(s.text for s in self.segments)


@dataclass(frozen=True)
class Evidence:
    """Words in the source that show why a flag was raised."""

    start: int
    end: int
    text: str
    part: Literal["question", "answer"] = "answer"


@dataclass(frozen=True)
class Flag:
    name: str
    reason: str
    evidence: tuple[Evidence, ...] = ()
    related: tuple[str, ...] = ()  # other answer segments (labels) or documents involved


@dataclass(frozen=True)
class ScoredPair:
    """A pair with its flags: one row of the output."""

    document: Document
    pair: Pair
    flags: tuple[Flag, ...]
    similarity: float | None = None
    score: float | None = None
    identifiability: float | None = None
    # the share of the answer's sentences that concern the unit, when the per-document stage
    # found it (``scoring.attributed_share``)
    attributed_share: float | None = None
    # the content words of the unit's own sentences and of its question, when the per-document
    # stage counted them (``scoring.unit_counts``)
    unit_counts: tuple[int, int, int, int] | None = None
    # how the shipped cue classifier reads the unit's own sentences, when the per-document stage
    # read them (``scoring.cue_counts``)
    cue_counts: tuple[int, ...] | None = None
    # whether the unit asks an assessment its own sentences never speak of, when the per-document
    # stage read it (``scoring.assessment_unmet``)
    assessment_unmet: float | None = None


@dataclass(frozen=True)
class Problem:
    """A file or record that could not be read or segmented, with the reason.
    ``unanswered`` marks a question that simply has no answer (yet), ``skipped`` a file found
    in a folder that is not a written question at all: both reported, neither an error."""

    path: str
    reason: str
    source: str = ""
    doc_id: str = ""
    unanswered: bool = False
    skipped: bool = False
    # a folder named that holds no document (empty, only notes, every file excluded): an error of the run (exit 1),
    # counted on its own in the summary (lows51), not as a file that could not be read
    empty_folder: bool = False

    @property
    def failed(self) -> bool:
        """Whether something could not be read (neither unanswered nor skipped)."""
        return not (self.unanswered or self.skipped)


@dataclass(frozen=True)
class Line:
    """One line of the source: ``text`` is ``Document.text[start:end]`` without its newline."""

    start: int
    end: int
    text: str


SettlesLabel = Literal["yes", "no", "open", "other", "not_settled"]


@dataclass(frozen=True)
class SettlesPair:
    """A closed question and one sentence of its answer, labelled by reading for whether the
    sentence settles the yes or no (``corpus/settles/README.md``). ``settles`` is ``yes`` / ``no``
    (the sentence says or entails it), ``open`` (it speaks of the matter and leaves it open),
    ``other`` (not about the closed question) or, in rounds that did not tell those two apart
    (``corpus/yesno/pairs.jsonl``), ``not_settled``. ``how`` is ``explicit`` / ``implied`` where the
    round read it, else None; ``origin`` names the file the pair was read from, ``labelled_set``
    the development set of its unit where the round named one."""

    id: str
    source: str
    doc_id: str
    n: str
    language: str
    closed: str
    index: int
    sentence: str
    settles: SettlesLabel
    origin: str
    how: str | None = None
    note: str = ""
    labelled_set: str = ""

    @property
    def settled(self) -> bool:
        """Whether the sentence settles the closed question (a yes or a no)."""
        return self.settles in ("yes", "no")
