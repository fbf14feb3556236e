"""Run-time scoring: the responsiveness model (trained by ``qa_align.train``) loaded and applied
to scored pairs, giving the ``score`` column.

The model is shipped inside the package (``qa_align/models/``, package data read with
``importlib.resources``), so a regular install scores as an editable one does. It is saved
twice by ``train``: the fitted scikit-learn pipeline (``responsiveness.joblib``) and its numbers
(``responsiveness.json``, key ``linear``, with the pipeline file's SHA-256), which are what is
loaded, evaluated with numpy alone. A model that is missing, unreadable or trained on other
features is a logged warning naming the cause and the retrain command; ``score`` stays empty.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from .labelsets import train_command
from .types import AnswerSegment, Document, Pair, Question, ScoredPair

if TYPE_CHECKING:
    from .attribute import Attribution
    from .rules import DocContext

log = logging.getLogger(__name__)

MODEL_NAME = "responsiveness.joblib"
OFF_TOPIC_NAME = "off_topic.json"
RETRAIN = train_command()  # every development set of ``labelsets``, the test sets held out
METHODS = ("number", "group", "content", "whole", "none")
# features of every model trained before issue 17 (still computed: such a model keeps scoring)
BASE_FEATURES = (
    "flags", "answer_words_log", "answer_tables", "question_words_log", "similarity", "identifiability",
)  # fmt: skip
# features added by issue 17: how much of the answer is the unit's own, and what it holds
ANSWER_FEATURES = (
    "evidence_log", "answer_figures_log", "length_ratio_log", "units_served", "words_per_unit_log",
    "attributed_share",
)  # fmt: skip
# features added by issue 17's score work: how much of the question the unit's own sentences take up
UNIT_FEATURES = ("question_overlap", "answer_focus", "own_sentences_log")
# features added by issue 17's sixth score round (English partial answers the flags miss): how many
# requests the question makes, and an assessment or estimate asked that the unit's own sentences
# never speak of
QUESTION_FEATURES = ("question_requests", "assessment_unmet")
# features added by issue 17's eighth score round (score8, English; carried from the map stage since
# score9): how much of the unit's own answer is content rather than a cue (missing data, hand-over,
# pointer, deferral, refusal, general talk)
CUE_FEATURES = ("cue_free_share",)
# a feature added by issue 17's tenth score round (score10, English partial answers that promise the
# rest later): a deferral the shipped cue classifier reads in one of the unit's own sentences, in a
# language where its deferral cue is one the rules read (``cues`` ``reliable``: held-out F1 >= 0.70)
DEFERRAL_FEATURES = ("deferral_found",)
OTHER_FEATURES = (
    *BASE_FEATURES, *ANSWER_FEATURES, *UNIT_FEATURES, *QUESTION_FEATURES, *CUE_FEATURES, *DEFERRAL_FEATURES,
)  # fmt: skip
# a figure in running text: digits, with thousands or decimal marks, not part of a longer code
_FIGURE = re.compile(r"(?<![\w.,])\d{1,9}(?:[.,]\d{1,9})*(?![\w])")
# an item of a question's list ("(a)", "(ii)", "(3)"), and a request joined to the one before by a
# semicolon ("...; and whether ...", "...; wat ...")
_ITEM = re.compile(r"\((?:[a-z]|[ivx]{1,4}|\d{1,2})\)")
_JOINED = re.compile(
    r";\s*(?:and\s+|en\s+)?(?:what|whether|how|if|when|which|who|why|where|wat|welke|hoe|wanneer|waarom|wie|"
    r"hoeveel|kan|zal|is|zijn|heeft)\b",
    re.I,
)
# an assessment or estimate asked ("what assessment he has made", "een inschatting"), and the words
# of an answer that speaks of one
_ASSESSMENT_ASKED = re.compile(
    r"\b(?:assessment|estimate|evaluatie|evalueert|inschatting|geëvalueerd)\b", re.I
)
_ASSESSMENT_GIVEN = re.compile(r"\b(?:assess\w*|estimat\w*|evalu\w*|inschatting\w*)\b", re.I)
# the beginnings of those words anywhere: a text without one holds none of them in any part of it
_ASSESSMENT_STEMS = re.compile(r"assess|estimat|evalu|inschatting", re.I)


def rule_flags(rules: Iterable[str] | None = None) -> tuple[str, ...]:
    """The flags that are features of a model trained now: those of ``rules`` (the rules a
    run ran; default: the rules run by default), in the rule registry's order."""
    from .rules import default_rules, registry

    if rules is None:
        return default_rules()
    ran = set(rules)
    return tuple(n for n in registry() if n in ran)


def feature_names(rules: Iterable[str] | None = None) -> tuple[str, ...]:
    """The features a model is trained on now, in order: the flags of ``rules`` (default: the
    rules run by default), the pairing method, and ``OTHER_FEATURES``."""
    return (*(f"flag:{f}" for f in rule_flags(rules)), *(f"method:{m}" for m in METHODS), *OTHER_FEATURES)


def __getattr__(name: str) -> tuple[str, ...]:
    """``RULE_FLAGS`` and ``FEATURES``, read from the rule registry when asked for."""
    if name == "RULE_FLAGS":
        return rule_flags()
    if name == "FEATURES":
        return feature_names()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _unknown(names: Iterable[str]) -> list[str]:
    """The features of ``names`` that scoring cannot compute now (none: a model trained before
    a rule was added keeps scoring, without that rule's flag)."""
    from .rules import registry

    known = {*(f"flag:{r}" for r in registry()), *(f"method:{m}" for m in METHODS), *OTHER_FEATURES}
    return [n for n in names if n not in known and not n.startswith("language:")]


def shipped_dir() -> Path:
    """The folder of the models shipped in the package (``qa_align/models``)."""
    return Path(str(resources.files("qa_align.models")))


def shipped(name: str = MODEL_NAME) -> Path:
    """A file shipped in the package's models folder."""
    return shipped_dir() / name


def units_served(sp: ScoredPair) -> int:
    """How many units the pair's answer serves: the most of its segments' (a numbered segment
    the units it names, an unnumbered one every unit of the document); 0 without an answer."""
    every = len(sp.document.question.units)
    return max((len(s.numbers) if s.numbers else every for s in sp.pair.segments), default=0)


def _served(document: Document, segment: AnswerSegment) -> list[Question]:
    """The document's units that ``segment`` serves: those it names, every one when it names
    none."""
    units = document.question.units
    return [u for u in units if (u.number in segment.numbers if segment.numbers else True)]


def _share(
    document: Document, pair: Pair, attribution: Callable[[AnswerSegment, list[Question]], Attribution]
) -> float:
    """The share of the pair's answer sentences that concern its unit, ``attribution`` giving
    a segment's sentences to the units it serves (those of ``_served``, the pair's own unit for
    a segment that names no unit of the document)."""
    if not pair.segments:
        return float("nan")
    served = [_served(document, seg) for seg in pair.segments]
    if all(len(units) < 2 for units in served):  # every sentence is the unit's own
        return 1.0
    n = pair.question.n
    own = total = 0
    for seg, units in zip(pair.segments, served, strict=True):
        said = attribution(seg, units or [pair.question])
        total += len(said.sentences)
        own += sum(n in s.units or len(units) < 2 for s in said.sentences)
    return own / total if total else 1.0


_ROW_MIN_WORDS = 1  # the least content words of ``attribute`` in the rows stage (its default)


def _row_attribution(
    sp: ScoredPair, cache: dict | None
) -> Callable[[AnswerSegment, list[Question]], Attribution]:
    """A segment's attribution to ``units`` in the rows stage, ``cache`` keeping it for the other
    pairs of the batch that the segment serves."""
    from .attribute import attribute

    def attribution(seg: AnswerSegment, units: list[Question]) -> Attribution:
        key = (sp.document.source, sp.document.doc_id, seg.start, seg.end, len(units))
        said = cache.get(key) if cache is not None else None
        if said is None:
            said = attribute(seg, units, sp.document.metadata.language, None, _ROW_MIN_WORDS)
            if cache is not None:
                cache[key] = said
        return said

    return attribution


def attributed_share(sp: ScoredPair, cache: dict | None = None) -> float:
    """The share of the answer's sentences that concern the pair's unit (``qa_align.attribute``,
    where a segment serves several units; else every sentence does): 1 where each segment
    serves the unit alone, NaN without an answer. The share the per-document stage carried
    (``document_shares``) when there is one; else found here, ``cache`` keeping each segment's
    attribution for the other units it serves."""
    if sp.attributed_share is not None:
        return sp.attributed_share
    return _share(sp.document, sp.pair, _row_attribution(sp, cache))


def document_shares(ctx: DocContext) -> list[float | None]:
    """``attributed_share`` of each of the document's pairs (None for a pair without an answer),
    found in the per-document stage, where the rules have attributed most segments already: a
    segment is attributed once, and the rules' attribution (``DocContext.attribution``) is taken
    where it gives the segment to the same units."""
    from .attribute import attribute

    settings, said = ctx.settings, {}

    def attribution(seg: AnswerSegment, units: list[Question]) -> Attribution:
        if ctx.served(seg) == units:
            return ctx.attribution(seg)
        key = (seg.start, seg.end, seg.label, len(units))
        if key not in said:
            said[key] = attribute(
                seg, units, ctx.language, settings.lexicon_dir, settings.attribute_min_words
            )
        return said[key]

    return [_share(ctx.document, p, attribution) if p.segments else None for p in ctx.pairs]


def _sentences(sp: ScoredPair, cache: dict | None) -> list[tuple[bool, AnswerSegment, int, int, str]]:
    """Each sentence of the pair's answer with whether it concerns the pair's unit (by
    ``qa_align.attribute`` where a segment serves several units; else every sentence does), its
    segment and its offsets in the segment's text. ``cache`` keeps each segment's attribution
    for the other units it serves."""
    attribution, n, out = _row_attribution(sp, cache), sp.pair.question.n, []
    for seg in sp.pair.segments:
        served = _served(sp.document, seg)
        said = attribution(seg, served or [sp.pair.question])
        out += [(n in s.units or len(served) < 2, seg, s.start, s.end, s.text) for s in said.sentences]
    return out


# the entry of ``document_cache`` under which ``_own`` keeps each unit's own sentences for the document
# it is made for: ``document_unit_counts`` and ``document_cue_counts`` both read them (the rows
# stage's cache has none, and keeps no sentences)
_OWN = "own sentences"


def _own(sp: ScoredPair, cache: dict | None) -> list[tuple[AnswerSegment, int, int, str]]:
    """The answer's sentences that concern the pair's unit (``_sentences``), each with its segment
    and offsets; all of them where attribution gives it none, so that a unit served by a shared
    answer is read on that answer. Kept per unit where ``cache`` is a ``document_cache``."""
    kept = cache.get(_OWN) if cache is not None else None
    if kept is None:
        return _own_read(sp, cache)
    key = (sp.pair.question.n, id(sp.pair))  # the document's pairs, alive as long as its cache
    if key not in kept:
        kept[key] = _own_read(sp, cache)
    return list(kept[key])


def _own_read(sp: ScoredPair, cache: dict | None) -> list[tuple[AnswerSegment, int, int, str]]:
    said = _sentences(sp, cache)
    return [s[1:] for s in said if s[0]] or [s[1:] for s in said]


def own_sentences(sp: ScoredPair, cache: dict | None = None) -> list[str]:
    """The texts of the answer's sentences that concern the pair's unit (``_own``)."""
    return [text for _, _, _, text in _own(sp, cache)]


def unit_counts(sp: ScoredPair, cache: dict | None = None) -> tuple[int, int, int, int]:
    """The content words (``qa_align.attribute.stems``) that the unit's own sentences
    (``own_sentences``) and its question share, the question's, the own sentences', and how many
    own sentences there are. Those the per-document stage carried (``document_unit_counts``)
    when there are; else counted here, ``cache`` keeping each segment's attribution."""
    if sp.unit_counts is not None:
        return sp.unit_counts
    from .attribute import stems

    language = sp.document.metadata.language
    own = own_sentences(sp, cache)
    asked = stems(sp.pair.question.text, language)
    given = stems(" ".join(own), language)
    return len(asked & given), len(asked), len(given), len(own)


def document_unit_counts(ctx: DocContext, cache: dict | None = None) -> list[tuple[int, int, int, int]]:
    """``unit_counts`` of each of the document's pairs, counted in the per-document stage (in
    the worker processes) so that the rows stage does not attribute the answers again. A
    segment's attribution by the rules (``DocContext.attribution``) is taken where it is the one
    the rows stage makes (``_row_attribution``): the same units, lexicon and least words."""
    cache = document_cache(ctx) if cache is None else cache
    return [unit_counts(ScoredPair(ctx.document, p, ()), cache) for p in ctx.pairs]


def document_cache(ctx: DocContext) -> dict:
    """The attributions of the rules (``DocContext.attribution``) that are the ones the rows
    stage makes (``_row_attribution``: the same units, lexicon and least words, and no cue that
    speaks for the whole segment, ``DocContext.spoken_for_all``, which the rows stage does not
    read), as its cache: the features carried are those ``train`` reads again."""
    document, settings, cache = ctx.document, ctx.settings, {}
    if settings.lexicon_dir is None and settings.attribute_min_words == _ROW_MIN_WORDS:
        for seg in (s for p in ctx.pairs for s in p.segments):
            units = _served(document, seg)
            key = (document.source, document.doc_id, seg.start, seg.end, len(units))
            if units and key not in cache and ctx.served(seg) == units and not any(ctx.spoken_for_all(seg)):
                cache[key] = ctx.attribution(seg)
    cache[_OWN] = {}
    return cache


def _shipped_cues(language: str) -> bool:
    """Whether the shipped cue classifier has a model for ``language``."""
    from .cues import load_model

    return language in load_model("").models


def _segment_cues(segment: AnswerSegment, language: str) -> dict[tuple[int, int], frozenset[str]]:
    """The shipped cue classifier's reading (``cues.own_reading``) of each sentence of a segment
    by its offsets, as the per-document stage reads it with the default settings
    (``analyze.analyze_answer``: no lexicon folder, the shipped model)."""
    from .analyze import analyze_answer

    analysis = analyze_answer(segment, language)
    return _readings(analysis) or {}


def _readings(analysis) -> dict[tuple[int, int], frozenset[str]] | None:
    """An answer analysis's ``cued`` by sentence offsets (None without it)."""
    if analysis.cued is None:
        return None
    return {(c.start, c.end): r for c, r in zip(analysis.sentences, analysis.cued, strict=True)}


def _counted(
    own: list[tuple[AnswerSegment, int, int, str]],
    readings: Callable[[AnswerSegment], dict[tuple[int, int], frozenset[str]]],
) -> tuple[int, ...]:
    """``cue_counts`` of the unit's own sentences ``own``, ``readings`` giving a segment's."""
    from .cues import CUES

    read = [readings(seg).get((a, b), frozenset()) for seg, a, b, text in own if text.strip()]
    return (len(read), sum(not r for r in read), *(sum(c in r for r in read) for c in CUES))


def cue_counts(sp: ScoredPair, cache: dict | None = None) -> tuple[int, ...] | None:
    """How the shipped cue classifier reads the unit's own sentences (``own_sentences``; blank
    ones left out): how many there are, in how many it finds no cue at all, and in how many it
    finds each cue of ``cues.CUES`` (at its own thresholds, ``cues.own_reading``; the shipped
    model whatever ``--cues`` a run uses, so that the features mean what they meant in training).
    None in a language the classifier has no model for. Those the per-document stage carried
    (``document_cue_counts``: read when the rules' cue classifier read the sentences) when there
    are; else read here, ``cache`` keeping each segment's reading for the other units it serves."""
    if sp.cue_counts is not None:
        return sp.cue_counts
    language = sp.document.metadata.language
    if not _shipped_cues(language):
        return None

    def readings(seg: AnswerSegment) -> dict[tuple[int, int], frozenset[str]]:
        key = ("cues", sp.document.source, sp.document.doc_id, seg.start, seg.end)
        found = cache.get(key) if cache is not None else None
        if found is None:
            found = _segment_cues(seg, language)
            if cache is not None:
                cache[key] = found
        return found

    return _counted(_own(sp, cache), readings)


def document_cue_counts(ctx: DocContext, cache: dict | None = None) -> list[tuple[int, ...] | None]:
    """``cue_counts`` of each of the document's pairs, in the per-document stage: the readings of
    the cue classifier that the rules ran (``DocContext.answer``, ``AnswerAnalysis.cued``) when a
    run reads with the shipped model and lexicon as the rows stage does, so that no sentence is
    classified again; else read as the rows stage reads them. ``cache``: ``document_cache``."""
    from .analyze import LEARNED

    document, settings = ctx.document, ctx.settings
    cache = document_cache(ctx) if cache is None else cache
    if not _shipped_cues(ctx.language):
        return [None] * len(ctx.pairs)
    same = settings.cue_model in ("", LEARNED) and settings.lexicon_dir is None
    found: dict[tuple[int, int, str], dict[tuple[int, int], frozenset[str]]] = {}

    def readings(seg: AnswerSegment) -> dict[tuple[int, int], frozenset[str]]:
        key = (seg.start, seg.end, seg.label)
        if key not in found:
            read = _readings(ctx.answer(seg)) if same else None
            found[key] = _segment_cues(seg, ctx.language) if read is None else read
        return found[key]

    return [_counted(_own(ScoredPair(document, p, ()), cache), readings) for p in ctx.pairs]


def stem_overlap(sp: ScoredPair, cache: dict | None = None) -> tuple[float, float]:
    """How the unit's own sentences (``own_sentences``) and its question share content words
    (``unit_counts``): the share of the question's that the answer holds (``question_overlap``;
    0 without an answer) and the share of the answer's that the question holds
    (``answer_focus``); NaN where the question, or the answer, has no content word."""
    shared, asked, given, _ = unit_counts(sp, cache)
    return (
        shared / asked if asked else float("nan"),
        shared / given if given else float("nan"),
    )


def question_requests(question: str) -> float:
    """log(1 + the requests a question adds to its first): the distinct items of its lists
    ("(a)", "(b)", "(i)") and the requests joined by a semicolon ("...; and whether ...")."""
    return math.log1p(len(set(_ITEM.findall(question))) + len(_JOINED.findall(question)))


def assessment_unmet(sp: ScoredPair, cache: dict | None = None) -> float:
    """1 when the unit asks an assessment or estimate and its own sentences (``own_sentences``;
    none without an answer) never speak of one ("assess", "estimate", "evaluat", "inschatting");
    else 0. The answer is read only for a unit that asks one. The value the per-document stage carried
    (``document_assessment_unmet``) when there is one."""
    if sp.assessment_unmet is not None:
        return sp.assessment_unmet
    if not _ASSESSMENT_ASKED.search(sp.pair.question.text):
        return 0.0
    # the own sentences are pieces of the segments' texts (``text.sentences``): where no segment
    # holds such a word, none of them does, and the answer is not attributed to find them
    if not any(_ASSESSMENT_STEMS.search(seg.text) for seg in sp.pair.segments):
        return 1.0
    return float(not _ASSESSMENT_GIVEN.search(" ".join(own_sentences(sp, cache))))


def document_assessment_unmet(ctx: DocContext, cache: dict | None = None) -> list[float]:
    """``assessment_unmet`` of each of the document's pairs, read in the per-document stage (in the worker
    processes) from the own sentences that ``document_unit_counts`` found (``cache``: ``document_cache``),
    so that the rows stage does not attribute the answers again for it."""
    cache = document_cache(ctx) if cache is None else cache
    return [assessment_unmet(ScoredPair(ctx.document, p, ()), cache) for p in ctx.pairs]


def cue_free_share(sp: ScoredPair, cache: dict | None = None) -> float:
    """The share of the unit's own sentences (``own_sentences``; blank ones left out) in which the
    shipped cue classifier finds no cue at all (``cue_counts``): 1 for an answer that is all
    content, 0 for one that only says the data is not held, hands over or points elsewhere, and
    for a unit without an answer. NaN in a language the classifier has no model for."""
    counts = cue_counts(sp, cache)
    if counts is None:
        return float("nan")
    return counts[1] / counts[0] if counts[0] else 0.0


def deferral_found(sp: ScoredPair, cache: dict | None = None) -> float:
    """1 when the shipped cue classifier reads a deferral (an answer or decision promised later:
    "will be published in due course", "is currently reviewing") in at least one of the unit's own
    sentences (``cue_counts``), else 0; 0 in a language whose deferral cue the rules do not read
    (``cues.CueClassifier.reliable``: held-out F1 below 0.70, Dutch today), NaN in a language the
    classifier has no model for. Read from the counts the per-document stage carried."""
    from .cues import CUES

    counts = cue_counts(sp, cache)
    if counts is None:
        return float("nan")
    if not _deferral_read(sp.document.metadata.language, cache):
        return 0.0
    return float(counts[2 + CUES.index("deferral")] > 0)


def _deferral_read(language: str, cache: dict | None) -> bool:
    """Whether the rules read the shipped cue classifier's deferral cue in ``language``
    (``cues.CueClassifier.reliable``), ``cache`` keeping it for the other pairs of the batch."""
    from .cues import load_model

    key = ("deferral read", language)
    found = cache.get(key) if cache is not None else None
    if found is None:
        found = "deferral" in load_model("").reliable(language)
        if cache is not None:
            cache[key] = found
    return found


def _figures(answer: str, cache: dict | None) -> int:
    """How many figures ``answer`` holds, ``cache`` keeping the count for the other units a grouped
    answer serves."""
    key = ("figures", answer)
    found = cache.get(key) if cache is not None else None
    if found is None:
        found = len(_FIGURE.findall(answer))
        if cache is not None:
            cache[key] = found
    return found


def features(sp: ScoredPair, names: Iterable[str] | None = None, cache: dict | None = None) -> list[float]:
    """The feature row of a scored pair, in the order of ``names`` (default: ``feature_names()``;
    NaN where unknown). ``cache``: attributions shared by the pairs of one batch. What ``names``
    asks is read once per tuple of names (``_plan``), not per pair."""
    names = feature_names() if names is None else tuple(names)
    known, plan = _plan(names)
    return _Row(sp, known, cache).values(plan)


@lru_cache(maxsize=64)
def _plan(names: tuple[str, ...]) -> tuple[frozenset[str], tuple[tuple[str, str], ...]]:
    """The flags a model of ``names`` knows (the names ``flag:x``, as ``x``), and each name as
    (kind, what): ``flag``, ``method`` or ``language`` with the value it tests, or ``value`` with
    the name of one of ``_Row``'s features. A name that is none of them raises ``KeyError`` when
    a row is made, as a feature unknown to ``features`` did."""
    known = frozenset(n[5:] for n in names if n.startswith("flag:"))
    plan = []
    for name in names:
        kind, _, what = name.partition(":")
        plan.append((kind, what) if kind in ("flag", "method", "language") else ("value", name))
    return known, tuple(plan)


class _Row:
    """One pair's features (``features``): each computed when asked for, the answer's words and
    the stem overlap once."""

    __slots__ = (
        "sp",
        "known",
        "cache",
        "flags",
        "answer",
        "answer_words",
        "question_words",
        "served",
        "overlap",
    )

    def __init__(self, sp: ScoredPair, known: frozenset[str], cache: dict | None) -> None:
        self.sp, self.known, self.cache = sp, known, cache
        self.flags = {f.name for f in sp.flags}
        self.answer = sp.pair.answer_text
        self.answer_words = len(self.answer.split())
        self.question_words = len(sp.pair.question.text.split())
        self.served = units_served(sp)
        self.overlap: tuple[float, float] | None = None  # stem_overlap, computed once when asked for

    def values(self, plan: tuple[tuple[str, str], ...]) -> list[float]:
        sp, flags = self.sp, self.flags
        row = []
        for kind, what in plan:
            if kind == "flag":
                row.append(float(what in flags))
            elif kind == "method":
                row.append(float(sp.pair.method == what))
            elif kind == "language":
                row.append(float(sp.document.metadata.language == what))
            else:
                row.append(_VALUES[what](self))
        return row

    def shared(self, k: int) -> float:
        if self.overlap is None:
            self.overlap = stem_overlap(self.sp, self.cache)
        return self.overlap[k]


_VALUES: dict[str, Callable[[_Row], float]] = {
    # the flags the model knows (a rule it was not trained with adds nothing, ``+off_topic``)
    "flags": lambda r: float(len(r.flags & r.known)),
    "answer_words_log": lambda r: math.log1p(r.answer_words),
    "answer_tables": lambda r: float(sum(len(s.tables) for s in r.sp.pair.segments)),
    "question_words_log": lambda r: math.log1p(r.question_words),
    "similarity": lambda r: float("nan") if r.sp.similarity is None else r.sp.similarity,
    "identifiability": lambda r: float("nan") if r.sp.identifiability is None else r.sp.identifiability,
    "evidence_log": lambda r: math.log1p(sum(len(f.evidence) for f in r.sp.flags if f.name in r.known)),
    "answer_figures_log": lambda r: math.log1p(_figures(r.answer, r.cache)),
    "length_ratio_log": lambda r: math.log1p(r.answer_words) - math.log1p(r.question_words),
    "units_served": lambda r: float(r.served),
    "words_per_unit_log": lambda r: math.log1p(r.answer_words / r.served) if r.served else 0.0,
    "attributed_share": lambda r: attributed_share(r.sp, r.cache),
    "question_overlap": lambda r: r.shared(0),
    "answer_focus": lambda r: r.shared(1),
    "own_sentences_log": lambda r: math.log1p(unit_counts(r.sp, r.cache)[3]),
    "question_requests": lambda r: question_requests(r.sp.pair.question.text),
    "assessment_unmet": lambda r: assessment_unmet(r.sp, r.cache),
    "cue_free_share": lambda r: cue_free_share(r.sp, r.cache),
    "deferral_found": lambda r: deferral_found(r.sp, r.cache),
}


@dataclass(frozen=True)
class LinearModel:
    """The fitted pipeline (mean imputation, standard scaling, logistic regression) as its
    numbers, evaluated with numpy: scoring then needs no scikit-learn import (about 2 s)."""

    names: tuple[str, ...]  # its features, in order
    fill: np.ndarray
    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray
    intercept: float

    @classmethod
    def from_pipeline(cls, model, names: Iterable[str]) -> LinearModel:
        imputer, scaler, logreg = model[0], model[1], model[-1]
        return cls(
            tuple(names),
            np.asarray(imputer.statistics_, float),
            np.asarray(scaler.mean_, float),
            np.asarray(scaler.scale_, float),
            np.asarray(logreg.coef_[0], float),
            float(logreg.intercept_[0]),
        )

    def to_json(self, model_file: Path) -> dict:
        return {
            "features": list(self.names),
            "model_file_sha256": hashlib.sha256(model_file.read_bytes()).hexdigest(),
            **{k: getattr(self, k).tolist() for k in ("fill", "mean", "scale", "coef")},
            "intercept": self.intercept,
        }

    @classmethod
    def from_json(cls, data: dict, model_file: Path) -> LinearModel:
        """The model saved beside ``model_file``; ``ValueError`` saying why when it was not
        saved from that very file or for these features."""
        saved = data.get("features")
        if not isinstance(saved, list) or not saved:
            raise ValueError("trained on other features (it names none)")
        unknown = _unknown(saved)
        if unknown:
            raise ValueError(
                f"trained on other features (it has {', '.join(unknown)}, which scoring does not compute)"
            )
        if data.get("model_file_sha256") != hashlib.sha256(model_file.read_bytes()).hexdigest():
            raise ValueError(f"its numbers were saved from another {model_file.name}")
        arrays = [np.asarray(data[k], float) for k in ("fill", "mean", "scale", "coef")]
        if any(a.shape != (len(saved),) for a in arrays):
            raise ValueError("its numbers do not have one value per feature")
        return cls(tuple(saved), *arrays, float(data["intercept"]))

    def predict_proba(self, X: np.ndarray) -> np.ndarray:
        X = np.where(np.isnan(X), self.fill, X)
        z = ((X - self.mean) / self.scale) @ self.coef + self.intercept
        p = 1.0 / (1.0 + np.exp(-z))
        return np.column_stack([1.0 - p, p])


@dataclass(frozen=True)
class LanguageModels:
    """One model per language (``languages``: language -> a model over the ``base`` features)
    and a model of all languages together (``default``) for the rows of any other language.
    Its features (``names``) are the ``base`` ones followed by one ``language:xx`` column per
    language of ``languages`` (1 for a unit in that language), which sends each row to its
    language's model: so a row of features is all it needs, as for one model."""

    default: object
    languages: dict[str, object]
    base: tuple[str, ...]

    @property
    def names(self) -> tuple[str, ...]:
        return (*self.base, *(f"language:{lang}" for lang in self.languages))

    def predict_proba(self, X: np.ndarray) -> np.ndarray:
        # each model over the whole block, each row then taken from its language's: a row's
        # probability is the same whatever the other rows of the block (``engine`` reruns a
        # partition's rows beside stand-ins of zeros and expects the same bits)
        X = np.asarray(X, dtype=float)
        k = X.shape[1] - len(self.languages)  # the base features, then the language columns
        out = self.default.predict_proba(X[:, :k])  # type: ignore[attr-defined]
        taken = np.zeros(len(X), dtype=bool)
        for j, model in enumerate(self.languages.values()):
            rows = ~taken & (X[:, k + j] == 1.0)
            if rows.any():
                out[rows] = model.predict_proba(X[:, :k])[rows]  # type: ignore[attr-defined]
            taken |= rows
        return out

    def to_json(self, model_file: Path) -> dict:
        """The numbers of the default model (``LinearModel.to_json``), with those of each
        language's model under ``languages``; each model a fitted pipeline."""
        return {
            **LinearModel.from_pipeline(self.default, self.base).to_json(model_file),
            "languages": {
                lang: LinearModel.from_pipeline(m, self.base).to_json(model_file)
                for lang, m in self.languages.items()
            },
        }


def linear_from_json(data: dict, model_file: Path) -> LinearModel | LanguageModels:
    """The saved numbers (``LinearModel.to_json`` or ``LanguageModels.to_json``) as the model
    they describe; ``ValueError`` saying why when they cannot be used (``LinearModel.from_json``)."""
    default = LinearModel.from_json(data, model_file)
    languages = data.get("languages")
    if not languages:
        return default
    if not isinstance(languages, dict):
        raise ValueError("its per-language numbers are not a mapping of language to numbers")
    models = {lang: LinearModel.from_json(v, model_file) for lang, v in languages.items()}
    if any(m.names != default.names for m in models.values()):
        raise ValueError("its per-language models are trained on other features than its default model")
    return LanguageModels(default, models, default.names)


def _refused(path: Path, cause: str) -> None:
    log.warning(
        "no responsiveness score: the model %s %s; the score column stays empty. Retrain it with `%s`",
        path,
        cause,
        RETRAIN,
    )


def load_model(path: str | os.PathLike[str] | None = None):
    """The responsiveness model at ``path`` (None or "": the shipped one), or None with a
    logged warning naming the cause and the retrain command. Its numbers (the ``.json``
    beside it) are loaded when they were saved from that very file; else the pickled
    pipeline, when the installed scikit-learn reads it without a warning."""
    path = Path(path) if path else shipped()
    if not path.is_file():
        _refused(path, "is missing")
        return None
    numbers = path.with_suffix(".json")
    cause = f"has no {numbers.name} beside it"
    try:
        linear = json.loads(numbers.read_text(encoding="utf-8")).get("linear")
        if isinstance(linear, dict):
            return linear_from_json(linear, path)
        cause = f"has no numbers in {numbers.name} (no 'linear' key)"
    except FileNotFoundError:
        pass
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        cause = f"cannot be read from {numbers.name} ({exc})"
    return _load_pipeline(path, cause)


def _load_pipeline(path: Path, cause: str):
    """The pickled pipeline at ``path``, when its numbers could not be used (``cause``)."""
    import warnings

    import joblib

    log.info("the model's numbers: %s; loading the pickled pipeline %s", cause, path)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # a model pickled by another scikit-learn is not trusted
            saved = joblib.load(path)
    except Exception as exc:  # an unpicklable or foreign file: score stays empty, scoring goes on
        _refused(path, f"cannot be loaded ({type(exc).__name__}: {exc})")
        return None
    names = tuple(saved.get("features", ())) if isinstance(saved, dict) else ()
    unknown = _unknown(names) if names else ["no feature names"]
    if unknown:
        _refused(
            path,
            f"was trained on other features (it has {', '.join(unknown)}, which scoring does not compute)",
        )
        return None
    return PickledModel(saved["model"], names)


@dataclass(frozen=True)
class PickledModel:
    """A pickled scikit-learn pipeline with the names of the features it was trained on."""

    model: object
    names: tuple[str, ...]

    def predict_proba(self, X: np.ndarray) -> np.ndarray:
        return self.model.predict_proba(X)  # type: ignore[attr-defined]


def predict(model, scored: Iterable[ScoredPair]) -> list[float]:
    """The probability that each pair's sub-question is answered."""
    cache: dict = {}
    rows = [features(sp, model.names, cache) for sp in scored]
    if not rows:
        return []
    return model.predict_proba(np.array(rows, dtype=float))[:, 1].tolist()
