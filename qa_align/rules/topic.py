"""off_topic: an answer about something other than what the unit asks.

It rests on the similarity and identifiability columns (``qa_align.similarity``): an answer
is off topic when it is both far from its question and no closer to it than most other
answers of its source are. The two thresholds are calibrated per language on the labelled
development set by ``qa-align train`` (``qa_align/models/off_topic.json``): the ``quantile`` (5%) of
each value over the units labelled ``answered``, i.e. an answer has to fall below nearly
every answered unit on both counts. Without similarity (``--model none``) or without a
calibration for the language, the rule flags nothing.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from ..scoring import OFF_TOPIC_NAME, shipped
from ..text import sentences
from ..types import Evidence, Flag
from . import PairContext, rule

log = logging.getLogger(__name__)
CALIBRATION_PATH = shipped(OFF_TOPIC_NAME)  # package data, written by ``qa-align train``
# an answer flagged by one of these is explained by it (a referral, a deflection, ...)
_EXPLAINED = frozenset(
    {"missing_answer", "cross_reference", "deflection", "no_information", "holding", "echoes_question"}
)


@lru_cache(maxsize=4)
def calibration(path: str = "") -> dict:
    """The per-language thresholds (``{}`` when there are none: the rule then flags nothing)."""
    if path == "none":
        return {}
    file = Path(path) if path else CALIBRATION_PATH
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
        return dict(data["languages"])
    except FileNotFoundError:
        log.warning("no off_topic calibration at %s: run `qa-align train`; off_topic is not flagged", file)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.warning("cannot use the off_topic calibration %s (%s); off_topic is not flagged", file, exc)
    return {}


# opt-in: it has no labelled positive to be measured on, so it is not run by default
@rule(
    "off_topic",
    "the answer is about something other than what the unit asks",
    stage="late",
    default=False,
    order=95,
)
def off_topic(ctx: PairContext) -> Iterator[Flag]:
    sim, ident = ctx.similarity, ctx.identifiability
    if sim is None or ident is None or not ctx.pair.segments:
        return
    if any(f.name in _EXPLAINED for f in ctx.flags):
        return
    language = ctx.doc.language
    cal = calibration(ctx.doc.settings.off_topic_calibration).get(language)
    if not cal:
        return
    if len(ctx.pair.answer_text.split()) < cal.get("min_words", 15):
        return  # a short answer says too little to be judged on its words
    if sim >= cal["similarity"] or ident >= cal["identifiability"]:
        return
    seg = ctx.pair.segments[0]
    first = sentences(seg.text, language, ctx.doc.settings.lexicon_dir)[:1]
    evidence = ()
    if first:
        ((start, end, sentence),) = first
        a, b = seg.source_span(start, end)
        evidence = (Evidence(a, b, sentence, "answer"),)
    yield Flag(
        "off_topic",
        f"far from the question (similarity {sim:.2f}) and not told apart from other answers "
        f"(identifiability {ident:.2f}): both below {cal['quantile']:.0%} of the answered {language} "
        f"units of the labelled set ({cal['similarity']:.2f}, {cal['identifiability']:.2f})",
        evidence,
    )
