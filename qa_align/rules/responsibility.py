"""The "X is responsible for Y" reading of ``deflection`` (deflection59, after respons59's guide bullet).

A sentence that says another body is responsible for something ("Integrated care boards are responsible
for commissioning dental services in their area", "It is for local authorities to decide ...", "The
provision of premises is the responsibility of GP partners") is a hand-over where Y, what the sentence
places with the body, is the matter the unit asks or the object of that ask; it describes who does what
where Y is another matter, where the body is the answering department or government itself, or where
who is responsible is itself asked (``corpus/gold/README.readings.md``, ``deflection``, the bullet
"X is responsible for Y" beside the Department's own assessment ... (respons59)).

The sentence is found by the lexicon's phrases (``[cues] responsibility_after``: Y follows the phrase,
"responsible for", "it is for * to"; ``[cues] responsibility_before``: Y stands before it in its clause,
"is the responsibility of", "is a matter for"; both read on demand, so the cue classifier's reading of
the sentence is unchanged). Y runs from the phrase to the clause's end (or from the clause's start to
the phrase) and is compared with the unit's question by content words (``attribute.stems``, the first
six letters): the words of the question's frame (``[cues] responsibility_frame``: "department",
"assessment", "steps") and the hand-over's own words name no matter. One pass over the serving
segments' sentences that hold a phrase; no model is run but the cue classifier's probability of a
hand-over for those sentences (read from its cache where the classifier already scored them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..analyze import AnswerAnalysis, Cue
from ..attribute import stems
from ..lexicon import load_lexicon
from ..types import AnswerSegment
from . import PairContext
from .context import sentence_of

AFTER = "responsibility_after"
BEFORE = "responsibility_before"
# the lists this reading reads (the ``deflection`` rule declares them)
LISTS = (AFTER, BEFORE, "responsibility_own", "responsibility_frame", "responsibility_asks")
# where a clause ends within a sentence: Y stops there ("... responsible for X, and the Government
# will ...", "responsible for X; the Department ...")
_CLAUSE_END = re.compile(
    r"[;:]|,\s+(?:and|but|while|whilst|although|which|so|as|however)\b|\s+-\s+"
    r"|\s+(?:rests?|lies|lie|sits?|resides?)\s+(?:\w+\s+)?with\b"
)
# a ``responsibility_before`` phrase after an empty subject ("It is the responsibility of X to Y"): Y follows
# the infinitive's "to"
_IT_IS = re.compile(r"^\s*it\s+(?:is|was|will\s+be|remains|would\s+be)(?:\s+\w+ly)?\s*$", re.I)
_TO = re.compile(r"\bto\b", re.I)
# a body said to have the responsibility before a ``responsibility_before`` phrase ("The traffic authority
# has the responsibility of ...", "... take on the responsibilities of"): Y follows there
_HAS = re.compile(
    r"\b(?:has|have|had|having|holds?|takes?|took|taken|retains?|assumes?|bears?)(?:\s+\w+)?\s*$", re.I
)
# the question's opening that names the addressee ("To ask the Secretary of State for Health and Social
# Care, what ..."): no matter asked
_ADDRESSEE = re.compile(r"^\s*To ask (?:the|his|her|my)\b[^,?]{0,120},", re.I)


@dataclass(frozen=True)
class Responsibility:
    """One "X is responsible for Y" sentence of a serving segment: the phrase (``cue``), Y
    (``matter``: offsets into the segment's text) and the body's words (``body``), the question's
    content words Y shares (``shared``), the classifier's probability of a hand-over for the sentence
    (``p_handover``, None without the classifier) and whether the body is the answering government
    itself (``own``)."""

    segment: AnswerSegment
    cue: Cue
    matter: Cue
    body: str
    shared: tuple[str, ...]
    p_handover: float | None
    own: bool


def question_matter(question: str) -> str:
    """The question's words after its addressee ("To ask the Secretary of State for Education, ...")."""
    return _ADDRESSEE.sub("", question, count=1)


@lru_cache(maxsize=8)
def _word_lists(
    language: str, lexicon_dir: str | None
) -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...]]:
    """The stems of the frame words and of the hand-over phrases' own words (no matter), the own-body
    phrases and the phrases by which a question asks who is responsible; once per lexicon."""
    lexicon = load_lexicon(language, lexicon_dir)
    words = (
        *lexicon.cue_list("responsibility_frame", optional=True),
        *lexicon.cue_list(AFTER, optional=True),
    )
    words += lexicon.cue_list(BEFORE, optional=True)
    frame = frozenset(w for p in words for w in stems(p.replace("*", " "), language))
    own = tuple(p.lower() for p in lexicon.cue_list("responsibility_own", optional=True))
    asks = tuple(p.lower() for p in lexicon.cue_list("responsibility_asks", optional=True))
    return frame, own, asks


def asks_who(question: str, language: str, lexicon_dir: str | None) -> bool:
    """Whether the question asks who is responsible or what role a body has ("which Minister in their
    Department is responsible for", "what role Great British Railways will have"): there a
    responsibility sentence answers the ask (readings22 reading 2's exception)."""
    _, _, asks = _word_lists(language, lexicon_dir)
    low = question.lower()
    return any(re.search(rf"\b{re.escape(a)}", low) for a in asks)


def _clause(sentence: Cue) -> list[tuple[int, int]]:
    """The clauses of ``sentence`` as spans of the segment's text."""
    spans, at = [], 0
    for m in _CLAUSE_END.finditer(sentence.text):
        spans.append((sentence.start + at, sentence.start + m.start()))
        at = m.end()
    spans.append((sentence.start + at, sentence.end))
    return spans


def _span(text: str, start: int, end: int) -> Cue:
    """The words of ``text[start:end]`` without the spaces and stops around them."""
    piece = text[start:end]
    lead = len(piece) - len(piece.lstrip(" \t\n,"))
    piece = piece.strip(" \t\n,")
    piece = piece.rstrip(".?!")
    return Cue(start + lead, start + lead + len(piece), piece, "responsibility_matter")


def read_sentence(analysis: AnswerAnalysis, cue: Cue) -> tuple[Cue, str] | None:
    """Y and the body's words for the phrase ``cue`` in its sentence: for ``responsibility_after``
    Y runs from the phrase to its clause's end and the body is the clause before it with the phrase
    ("Integrated care boards are responsible for"); for ``responsibility_before`` Y runs from the
    clause's start to the phrase and the body is the phrase with the rest of the clause ("is the
    responsibility of GP partners"). None outside a sentence or where Y is empty."""
    sentence = sentence_of(analysis, cue)
    if sentence is None:
        return None
    text = analysis.text
    clause = next(
        ((s, e) for s, e in _clause(sentence) if s <= cue.start < e), (sentence.start, sentence.end)
    )
    before = text[clause[0] : cue.start]
    if cue.kind == AFTER or _HAS.search(before):
        y = _span(text, cue.end, clause[1])
        body = text[clause[0] : cue.end]
    elif _IT_IS.match(before):
        # "It is the responsibility of integrated care boards (ICBs) in England to make appropriate
        # provision": Y follows the body's "to"
        to = _TO.search(text, cue.end, clause[1])
        if to is None:
            return None
        y = _span(text, to.end(), clause[1])
        body = text[clause[0] : to.start()]
    else:
        y = _span(text, clause[0], cue.start)
        body = text[cue.start : clause[1]]
    return (y, body) if y.text else None


def responsibilities(ctx: PairContext) -> list[Responsibility]:
    """The unit's "X is responsible for Y" sentences, read once per unit."""
    return ctx.doc.reading("responsibilities", ctx.pair.question.n, lambda: _read(ctx))


def _read(ctx: PairContext) -> list[Responsibility]:
    language, lexicon_dir = ctx.doc.language, ctx.doc.settings.lexicon_dir
    lexicon = load_lexicon(language, lexicon_dir)
    if not lexicon.cue_list(AFTER, optional=True) and not lexicon.cue_list(BEFORE, optional=True):
        return []
    frame, own_words, _ = _word_lists(language, lexicon_dir)
    negations = frozenset(w.lower() for w in lexicon.phrases("answer", "negations"))
    asked = stems(question_matter(ctx.pair.question.text), language) - frame
    out: list[Responsibility] = []
    for seg, analysis in zip(ctx.pair.segments, ctx.answers):
        for cue in (*analysis.cue(AFTER), *analysis.cue(BEFORE)):
            read = read_sentence(analysis, cue)
            if read is None:
                continue
            y, body = read
            if _denied(analysis.text, cue, negations):
                continue
            shared = tuple(sorted((stems(y.text, language) - frame) & asked))
            low = f" {body.lower()} "
            own = any(re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", low) for w in own_words)
            out.append(Responsibility(seg, cue, y, body, shared, _p_handover(ctx, analysis, cue), own))
    return out


def _denied(text: str, cue: Cue, negations: frozenset[str]) -> bool:
    """Whether a negation (``[answer] negations``: "not", "no") stands among the three words before the
    phrase ``cue`` ("DWP is not responsible for funding the welfare advice sector"): a remit denied, which
    names no other body (readings22 reading 2's exception; the lexicon's ``deflection`` list reads
    "is not responsible for" on its own)."""
    words = re.findall(r"[\w']+", text[max(0, cue.start - 40) : cue.start].lower())[-3:]
    return any(w in negations for w in words)


def _p_handover(ctx: PairContext, analysis: AnswerAnalysis, cue: Cue) -> float | None:
    """The cue classifier's probability of a hand-over for the sentence of ``cue`` (None without it)."""
    from .answers import _cue_probabilities

    sentence = sentence_of(analysis, cue)
    if sentence is None or analysis.read is None:
        return None
    return _cue_probabilities(ctx.doc.settings.cue_model, analysis, sentence).get("handover")


def hands_over(r: Responsibility, min_shared: int, min_p: float) -> bool:
    """Whether the sentence ``r`` hands the matter asked over: Y shares ``min_shared`` content words
    with the question, the body is not the answering government's own, and the classifier reads a
    hand-over there at ``min_p`` or more (any where it is absent)."""
    if r.own or len(r.shared) < min_shared:
        return False
    return r.p_handover is None or r.p_handover >= min_p
