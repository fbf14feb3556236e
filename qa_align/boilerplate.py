"""Text reused across documents: the sentences of answer segments that stand, nearly
verbatim, in several documents of a batch (a department's boilerplate paragraph).

One pass over the batch hashes every long-enough sentence of every answer segment
(lower-cased, digits and punctuation folded, white space collapsed, a trailing reference
such as "(Vraag nr. 805 van 2 februari 2017)" left out) into an index of where it stands;
a sentence found in ``min_docs`` or more documents is boilerplate. The cost is linear in
the number of sentences: no pairwise comparison of answers.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from . import text
from .lexicon import load_lexicon
from .types import AnswerSegment, Document

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# a parenthesis that closes the sentence, after it at most a full stop or the like
_TRAILING = re.compile(r"\(([^()]*)\)[\s.;:,]*$")


class Sentence(NamedTuple):
    """A sentence of a segment: offsets into the segment's text, its word count and hash key
    (a named tuple: a batch has millions of them). The key is a blake2b hash (8 bytes) of the
    sentence's words: the same in every process and every run, so keys made in worker
    processes can be counted together."""

    start: int
    end: int
    words: int
    key: int


def sentence_key(words: list[str]) -> int:
    digest = hashlib.blake2b(" ".join(words).encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "little")


def without_reference(sentence: str, reference_words: frozenset[str]) -> str:
    """``sentence`` without a closing parenthesis that names the question it answers ("...
    aangezien het voorwerp ervan tot zijn bevoegdheden behoort (Vraag nr. 1994 van 21 februari
    2017)."): its first word is one of the lexicon's ``reference_words`` and it holds a number.
    The same standard sentence then has the same key whichever question it closes."""
    m = _TRAILING.search(sentence)
    if not m or not any(c.isdigit() for c in m.group(1)):
        return sentence
    first = m.group(1).split(maxsplit=1)
    if not first or first[0].lower().rstrip(".") not in reference_words:
        return sentence
    return sentence[: m.start()]


def sentences(
    segment: AnswerSegment, min_words: int, language: str, lexicon_dir: str | None = None
) -> tuple[Sentence, ...]:
    """The segment's sentences (``qa_align.text``'s) of at least ``min_words`` words, with
    their hash keys (a trailing reference to the question left out of both, see
    ``without_reference``)."""
    refs = _reference_words(language, lexicon_dir)
    out = []
    for start, end, sentence in text.sentences(segment.text, language, lexicon_dir):
        words = _WORD.findall(without_reference(sentence, refs).lower())
        if len(words) >= min_words:
            out.append(Sentence(start, end, len(words), sentence_key(words)))
    return tuple(out)


@lru_cache(maxsize=16)
def _reference_words(language: str, lexicon_dir: str | None) -> frozenset[str]:
    return frozenset(w.lower().rstrip(".") for w in load_lexicon(language, lexicon_dir).reference_words)


@dataclass(frozen=True)
class DocSentences:
    """A document's compact keys for the batch: the long sentences of its answer segments
    (``indexed``: by segment label, what the batch's index counts) and of every segment
    that serves a pair (``by_span``: by the segment's offsets)."""

    source: str
    doc_id: str
    indexed: tuple[tuple[str, tuple[Sentence, ...]], ...]
    by_span: dict[tuple[int, int], tuple[Sentence, ...]]


def document_sentences(
    document: Document, segments: Iterable[AnswerSegment], min_words: int, lexicon_dir: str | None = None
) -> DocSentences:
    """The keys of ``document``: its answer segments, then the other ``segments`` (those
    serving its pairs)."""
    by_span: dict[tuple[int, int], tuple[Sentence, ...]] = {}
    language = document.metadata.language
    for seg in (*document.answer.segments, *segments):
        if (seg.start, seg.end) not in by_span:
            by_span[(seg.start, seg.end)] = sentences(seg, min_words, language, lexicon_dir)
    indexed = tuple((seg.label, by_span[(seg.start, seg.end)]) for seg in document.answer.segments)
    return DocSentences(document.source, document.doc_id, indexed, by_span)


@dataclass(frozen=True)
class Place:
    source: str
    doc_id: str
    label: str  # the answer segment's label


@dataclass
class BoilerplateIndex:
    """Where each long sentence of a batch's answers stands, counted once over the batch
    from the documents' keys."""

    min_words: int = 12
    min_docs: int = 3
    keep: int = 20  # places kept per sentence (the count goes on)
    # per sentence key: the first ``keep`` places as (source, doc_id, label) ...
    places: dict[int, list[tuple[str, str, str]]] = field(default_factory=dict)
    # ... and the documents holding it: one (source, doc_id), or a set once there are several
    docs: dict[int, tuple[str, str] | set[tuple[str, str]]] = field(default_factory=dict)

    def add(self, keys: DocSentences) -> None:
        me = (keys.source, keys.doc_id)
        docs, places = self.docs, self.places
        for label, found in keys.indexed:
            for s in found:
                held = docs.get(s.key)
                if held is None:
                    docs[s.key] = me
                    places[s.key] = [(keys.source, keys.doc_id, label)]
                    continue
                if held == me:
                    continue
                if isinstance(held, tuple):
                    held = docs[s.key] = {held}
                elif me in held:
                    continue
                held.add(me)
                if len(places[s.key]) < self.keep:
                    places[s.key].append((keys.source, keys.doc_id, label))

    def add_all(self, documents: Iterable[Document], lexicon_dir: str | None = None) -> BoilerplateIndex:
        for d in documents:
            self.add(document_sentences(d, (), self.min_words, lexicon_dir))
        return self

    def elsewhere(self, key: int, me: tuple[str, str]) -> tuple[int, list[Place]]:
        """How many other documents than ``me`` (source, doc_id) hold the sentence, and
        (some of) where."""
        held = self.docs.get(key)
        ids = {held} if isinstance(held, tuple) else held or set()
        others = len(ids) - (1 if me in ids else 0)
        return others, [Place(*p) for p in self.places.get(key, []) if (p[0], p[1]) != me]

    def boilerplate(
        self, found: Iterable[Sentence], me: tuple[str, str]
    ) -> list[tuple[Sentence, int, list[Place]]]:
        """Of the sentences ``found`` in a segment of ``me``, those that stand in
        ``min_docs - 1`` or more other documents."""
        out = []
        for s in found:
            others, where = self.elsewhere(s.key, me)
            if others >= self.min_docs - 1:
                out.append((s, others, where))
        return out
