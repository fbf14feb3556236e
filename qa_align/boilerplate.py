"""Text reused across documents: the sentences of answer segments that stand, nearly
verbatim, in several documents of a batch (a department's boilerplate paragraph).

One pass over the batch hashes every long-enough sentence of every answer segment
(lower-cased, digits and punctuation folded, white space collapsed) into an index of
where it stands; a sentence found in ``min_docs`` or more documents is boilerplate. The
cost is linear in the number of sentences: no pairwise comparison of answers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

from . import text
from .types import AnswerSegment, Document

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


class Sentence(NamedTuple):
    """A sentence of a segment: offsets into the segment's text, its word count and hash key
    (a named tuple: a batch has millions of them). The key is Python's string hash of the
    sentence's words: 64 bits, the same in the process that made it and in the processes
    forked from it, which is where an index is used."""

    start: int
    end: int
    words: int
    key: int


def sentences(
    segment: AnswerSegment, min_words: int, language: str, lexicon_dir: str | None = None
) -> list[Sentence]:
    """The segment's sentences of at least ``min_words`` words, with their hash keys."""
    out = []
    for start, end, sentence in text.sentences(segment.text, language, lexicon_dir):
        words = _WORD.findall(sentence.lower())
        if len(words) >= min_words:
            out.append(Sentence(start, end, len(words), hash(" ".join(words))))
    return out


@dataclass(frozen=True)
class Place:
    source: str
    doc_id: str
    label: str  # the answer segment's label


@dataclass
class BoilerplateIndex:
    """Where each long sentence of a batch's answers stands."""

    min_words: int = 12
    min_docs: int = 3
    keep: int = 20  # places kept per sentence (the count goes on)
    lexicon_dir: str | None = None  # where the sentence splitter's abbreviations are read
    # per sentence key: the first ``keep`` places as (source, doc_id, label) ...
    places: dict[int, list[tuple[str, str, str]]] = field(default_factory=dict)
    # ... and the documents holding it: one (source, doc_id), or a set once there are several
    docs: dict[int, tuple[str, str] | set[tuple[str, str]]] = field(default_factory=dict)
    # the sentences found per segment, kept from ``add`` for scoring
    _seen: dict[tuple[str, str, int, int], list[Sentence]] = field(default_factory=dict, repr=False)

    def _sentences(self, document: Document, seg: AnswerSegment) -> list[Sentence]:
        key = (document.source, document.doc_id, seg.start, seg.end)
        if key not in self._seen:
            self._seen[key] = sentences(seg, self.min_words, document.metadata.language, self.lexicon_dir)
        return self._seen[key]

    def add(self, document: Document) -> None:
        me = (document.source, document.doc_id)
        docs, places = self.docs, self.places
        for seg in document.answer.segments:
            for s in self._sentences(document, seg):
                held = docs.get(s.key)
                if held is None:
                    docs[s.key] = me
                    places[s.key] = [(document.source, document.doc_id, seg.label)]
                    continue
                if held == me:
                    continue
                if isinstance(held, tuple):
                    held = docs[s.key] = {held}
                elif me in held:
                    continue
                held.add(me)
                if len(places[s.key]) < self.keep:
                    places[s.key].append((document.source, document.doc_id, seg.label))

    def add_all(self, documents: Iterable[Document]) -> BoilerplateIndex:
        for d in documents:
            self.add(d)
        return self

    def elsewhere(self, key: int, document: Document) -> tuple[int, list[Place]]:
        """How many other documents hold the sentence, and (some of) where."""
        held = self.docs.get(key)
        me = (document.source, document.doc_id)
        ids = {held} if isinstance(held, tuple) else held or set()
        others = len(ids) - (1 if me in ids else 0)
        return others, [Place(*p) for p in self.places.get(key, []) if (p[0], p[1]) != me]

    def boilerplate(
        self, segment: AnswerSegment, document: Document
    ) -> list[tuple[Sentence, int, list[Place]]]:
        """The segment's sentences that stand in ``min_docs - 1`` or more other documents."""
        out = []
        for s in self._sentences(document, segment):
            others, where = self.elsewhere(s.key, document)
            if others >= self.min_docs - 1:
                out.append((s, others, where))
        return out
