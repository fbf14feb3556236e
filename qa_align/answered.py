"""Whether a unit is answered at all: a per-unit probability read in the map stage, which gates
``yes_no_unanswered`` and ``generic`` (``LABELS.md``: a unit the readers take as answered gets
neither; over the development sets, every flag of either on a unit labelled ``answered`` is a
false alarm).

The probability is a standardised logistic regression (``qa_align/models/answered.json``,
trained by ``scripts/train_answered.py``, ``models/answered.md``) over readings the other rules
have made already and never over the gated flags' own decisions: the answer's length, the share of
its sentences the cue classifier reads as each cue (``AnswerAnalysis.read``), the other flags'
cues, figures, tables and names, what the question asks (``PairContext.asked``: counts,
breakdowns, periods, parts) and how much of it the answer takes up (``answers.specifics``), whether
it opens with a plain yes or no. A flag stands where the probability is below the model's cut for
that flag (``cuts``); a flag the gate takes away is logged at debug level only.
"""

from __future__ import annotations

import logging
import math
import re
from pathlib import Path

from .cues import CUES
from .errors import ConfigError
from .rules import PairContext
from .rules import answers as answer_rules
from .rules.asked import matched, said_words

log = logging.getLogger(__name__)

ANSWERED_MODEL = Path(__file__).resolve().parent / "models" / "answered.json"
GATED = ("yes_no_unanswered", "generic")
# the units a model is fitted on and gates (``population`` of its file; "all" when not named)
POPULATIONS = ("all", "closed")
OTHER_CUES = ("holding", "deflection", "no_information", "cross_reference")
# a name inside a sentence: a capitalised word after a lower-case word ("under the Kigali Amendment")
_NAMED = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]+")

YES_NO_READINGS = (
    "polar_first", "polar_start", "polarity_cue", "polar_any", "negation_near", "shared_first_share",
    "shared_max_share", "covered_share", "first_plain", "first_from_question", "hedged_share", "opens_open", "status",
)  # fmt: skip
# what the model reads of a unit some segment serves; each 0/1, a share or a log count
ANSWERED_FEATURES = (
    "sentences", "words", "english", "closed", "asks_figures", "asks_count", "asked_items",
    "figures_given", "figure_share", "tables", "name_share",
    *(f"read_{c}" for c in CUES), "read_none",
    *OTHER_CUES,
    "plain_reply", "uptake", "taken_share", "talk_share",
    # to a closed question (0 otherwise), what ``answers.yes_no_readings`` reads beside the rule's
    # own tests: yes or no words, a negation near an asked word, the asked words taken up
    *(f"yn_{k}" for k in YES_NO_READINGS),
)  # fmt: skip


def answered_features(ctx: PairContext) -> dict[str, float]:
    """The unit's ``ANSWERED_FEATURES`` (``ctx.pair`` has a serving segment), read once per unit
    (``DocContext.reading``; each caller given a copy of its own): the gate (``p_answered``) and the
    generic unit model (``generic_units.generic_features``) both read them, on 626 of the 1,312
    units that read them in ``scripts/bench_map.py``'s sample."""
    kept = ctx.doc.reading("answered_features", ctx.pair.question.n, lambda: _read_answered_features(ctx))
    return dict(kept)


def _read_answered_features(ctx: PairContext) -> dict[str, float]:
    sentences = [(a, s) for a in ctx.answers for s in a.sentences]
    n = max(1, len(sentences))
    reads = [r for a in ctx.answers for r in (a.read or ())]
    asked = ctx.asked
    found = answer_rules.specifics(ctx)
    question = said_words(ctx.pair.question.text, ctx)
    said = set().union(*(said_words(s.text, ctx) for _, s in sentences)) if sentences else set()
    figures = any(a.figures for a in ctx.answers)
    out = {
        "sentences": math.log1p(len(sentences)),
        "words": math.log1p(sum(len(s.text.split()) for _, s in sentences)),
        "english": ctx.doc.language == "en",
        "closed": bool(ctx.question.closed),
        "asks_figures": asked.asks_figures,
        "asks_count": bool(asked.counts),
        "asked_items": math.log1p(len(asked.dimensions) + len(asked.periods) + len(asked.parts)),
        "figures_given": asked.asks_figures and figures,
        "figure_share": sum(len(a.figure_sentences) for a in ctx.answers) / n,
        "tables": any(a.tables for a in ctx.answers),
        "name_share": sum(bool(_NAMED.search(s.text)) for _, s in sentences) / n,
        **{f"read_{c}": sum(c in r for r in reads) / n for c in CUES},
        "read_none": sum(not r for r in reads) / n,
        **{k: any(a.cue(k) for a in ctx.answers) for k in OTHER_CUES},
        "plain_reply": answer_rules.plain_reply(ctx),
        "uptake": found.uptake,
        "taken_share": len(matched(said, question, ctx)) / len(question) if question else 1.0,
        "talk_share": found.share,
    }
    yn = answer_rules.yes_no_readings(ctx) if ctx.question.closed else {}
    out |= {k: yn.get(k[3:], 0.0) for k in ANSWERED_FEATURES if k.startswith("yn_")}
    return {k: float(out[k]) for k in ANSWERED_FEATURES}


def answered_model(where: str, cue_model: str) -> dict | None:
    """The model of ``Settings.answered_model`` as ``answers.model_file`` reads one, with a cut per
    gated flag (``cuts``; a ``ConfigError`` when one is missing or not a number)."""
    model = answer_rules.model_file(where, ANSWERED_MODEL, ANSWERED_FEATURES, "answered_model", cue_model)
    if model is None:
        return None
    cuts = model.get("cuts")
    if not isinstance(cuts, dict) or not all(isinstance(cuts.get(f), (int, float)) for f in GATED):
        raise ConfigError(f"answered_model: {where or ANSWERED_MODEL} has no cut for each of {list(GATED)}")
    if model.get("population", "all") not in POPULATIONS:
        raise ConfigError(
            f"answered_model: {where or ANSWERED_MODEL} has a population not in {list(POPULATIONS)}"
        )
    return model


def p_answered(ctx: PairContext) -> float | None:
    """The probability that the readers take the unit as answered, read once per unit; None
    without a model (``Settings.answered_model`` "none" or the file absent), a serving segment, or
    a question not read as closed where the model was fitted on closed questions only."""
    settings = ctx.doc.settings
    return _p_answered(ctx, answered_model(settings.answered_model, settings.cue_model))


def _p_answered(ctx: PairContext, model: dict | None) -> float | None:
    if model is None or not ctx.pair.segments:
        return None
    if model.get("population") == "closed" and not ctx.question.closed:
        return None  # fitted on closed questions: the rules decide the others
    return ctx.doc.reading(
        "answered", ctx.pair.question.n, lambda: answer_rules.learned(model, answered_features(ctx))[0]
    )


def gated(ctx: PairContext, flag: str) -> bool:
    """Whether ``flag`` is taken away from the unit: its probability of being answered reaches the
    model's cut for ``flag`` (logged at debug level); a cut above 1 gates nothing (and reads nothing)."""
    settings = ctx.doc.settings
    model = answered_model(settings.answered_model, settings.cue_model)
    if model is None or model["cuts"][flag] > 1.0:
        return False  # no model, or none for this flag: nothing read
    cut = model["cuts"][flag]
    p = _p_answered(ctx, model)
    if p is None or p < cut:
        return False
    log.debug("%s of unit %s left out: answered (p %.2f >= %.2f)", flag, ctx.pair.question.n, p, cut)
    return True
