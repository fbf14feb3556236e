"""Whether a unit's answer is ``generic`` (``LABELS.md``: "only general statements or policy
boilerplate, no specifics for what was asked"), read by a learned unit model in place of the rule.

The model (``qa_align/models/generic-units.json``, trained by ``scripts/train_generic.py --write``,
``models/generic-units.md``) is a standardised logistic regression over readings of the unit that
cost little in the map stage (``GENERIC_FEATURES``): the rule's own decision and readings (policy
talk, the uptake of the question's rarity-weighed words), the cue classifier's probability of
general terms over the unit's sentences (mean, most, share at 0.5 or more), the share of sentences
that take up the question's words, name something, hold a figure or a date, whether the figures
asked are given, a plain yes or no, the question's kind, the answer's length and the other flags'
cues. It reads the units of its ``language`` only (English: 131 of the 162 generic units of the
development sets); the rule decides the others. Read once per unit (``DocContext.reading``).
Before the rule and the model, ``generic_veto`` reads what the other rules read of what the
answer gives (a yes or no, the count asked, only a deferral, mostly a hand-over): where one stands,
neither flags.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from pathlib import Path

from .analyze import Cue, _alternatives, cue_starts, starts_in
from .errors import ConfigError
from .lexicon import Lexicon, load_lexicon
from .rules import PairContext
from .rules import answers as answer_rules
from .rules.asked import matched, said_words
from .rules.core import _coverage
from .types import AnswerSegment, Flag

GENERIC_MODEL = Path(__file__).resolve().parent / "models" / "generic-units.json"
# a name inside a sentence: a capitalised word after a lower-case word ("under the Kigali Amendment")
# (the capital first, what stands before it looked behind from after it: the engine skips to a capital)
NAMED = re.compile(r"[A-Z](?<=[a-z,;] [A-Z])[a-z]+")
# a date in an answer sentence: a year, a month's name
# (opened by a lookahead of the first characters of its branches, tried only there)
DATED = re.compile(
    r"(?=[12adfjmnos])(?:\b(1[89]\d\d|20\d\d)\b|\b(jan(uari|uary)?|feb(ruari|ruary)?|march|maart|april|may|mei|june|juni|"
    r"july|juli|aug(ust|ustus)?|sept(ember)?|oct(ober)?|okt(ober)?|nov(ember)?|dec(ember)?)\b)",
    re.IGNORECASE,
)
OTHER_CUES = ("deflection", "cross_reference", "no_information", "holding")
# the unit model's probability from which an assessment asked and never spoken of is flagged under the cut
# (``assessment_untaken``; generic33: 0.10, from 0.05 to 0.15 the development sets moved alike); None: not
# flagged under the cut, the model's cut decides (generic55: since settle48 and settle53 the readers take the
# facts, steps or funding on the object asked for specifics whether or not the assessment is given, and the
# floor's flags of dev-uk60 to dev-uk103 are right on 2 of 15, of the earlier sets on 14 of 31)
ASSESSMENT_FLOOR: float | None = None
# a short answer in the lexicon's general wording (``short_general``): at most this many sentences; flagged under the
# cut from ``Settings.generic_short_floor`` (None by default since generic58, ``settings.GENERIC_SHORT_FLOOR``). Whether
# a stock line on the discussions asked is flagged under the cut: ``Settings.generic_discussions_stock`` (off since
# generic58). Both were module constants here until lows59
SHORT_GENERAL_SENTENCES = 2
RAREST_ASKED = 3  # the question's rarest content words that ``top_uptake`` and ``asked_share`` read
# the readings of ``object_features``: what the answer says on the question's object (``question_object``: the
# question without its addressee and the reference it opens with) and beside it, each sentence weighed by how far it
# stands on the object (``object_weights``) and by the cue classifier's probability of general terms (generic57)
OBJECT_FEATURES = (
    "object_specific", "general_mass", "general_off_object", "talk_off_object", "figures_off_object",
    "names_on_object", "names_off_object",
)  # fmt: skip
# the share of the object's weight (its rarity-weighed words) a sentence must take up to stand wholly on it
# (``object_weights``; generic57: 0.15, 0.25 and 0.40 alike held out, 0.25 kept); less, it stands on it in part
OBJECT_SPAN = 0.25
# a name in a sentence: two to seven capitalised words, "of", "for", "and", "the", "on", "in" between them ("the
# Armed Forces Recruitment Programme", "Border Security Command"), or a word in capitals ("HRAFI", "NHS")
# (read after the sentence's first letter: a capital that opens a sentence names nothing)
NAME = re.compile(r"(?:[A-Z][\w’'-]*(?:\s+(?:of|for|and|the|on|in)\s+|\s+)){1,6}[A-Z][\w’'-]*|\b[A-Z]{2,}\b")
# what the model may read of a unit some segment serves; each 0/1, a share, a probability or a log count
GENERIC_FEATURES = (
    "rule", "general_words", "ask_ignored", "speaks_around", "around_open", "talk_share", "talk",
    "uptake", "top_uptake", "asked_share", "plain_uptake", "read_general", "read_general_any",
    "read_other", "name_share", "specific_share", "p_general_mean", "p_general_max", "p_general_share",
    "figure_share", "tables", "closed", "asks_figures", "left_open", "closed_answered", "words",
    "sentences", "english", *OTHER_CUES,
    "date_share", "any_asked_share", "figures_given", "plain_reply", "first_asked",
    # read by ``answered.answered_features`` (shared with the gate on answered units)
    "ans_asks_count", "ans_asked_items", "ans_read_missing_data", "ans_read_handover", "ans_read_pointer",
    "ans_read_deferral", "ans_read_refusal", "ans_read_none", "ans_taken_share", "ans_yn_polar_any",
    "ans_yn_negation_near", "ans_yn_covered_share", "ans_yn_hedged_share", "ans_yn_status",
    # what the answer says on the question's object and beside it (``object_features``, generic57)
    *OBJECT_FEATURES,
)  # fmt: skip


def rule_ways(ctx: PairContext) -> dict[str, bool]:
    """Each of the rule's four ways to flag (``rules.answers.generic``) on the unit."""
    return {
        "general_words": bool(answer_rules._general_words(ctx)),
        "ask_ignored": bool(list(answer_rules._ask_ignored(ctx))),
        "speaks_around": bool(answer_rules._speaks_around(ctx)),
        "around_open": bool(answer_rules._policy_around_open(ctx)),
    }


def general_probabilities(ctx: PairContext) -> list[tuple[AnswerSegment, Cue, float]]:
    """Each answer sentence (its segment, the sentence) with the cue classifier's probability of
    general terms (0 without the classifier), read in one batch once per unit."""
    return ctx.doc.reading("generic_sentences", ctx.pair.question.n, lambda: _general_probabilities(ctx))


def _general_probabilities(ctx: PairContext) -> list[tuple[AnswerSegment, Cue, float]]:
    from .cues import CUES, load_model

    rows = [(seg, a, s) for seg, a in zip(ctx.pair.segments, ctx.answers) for s in a.sentences]
    read = [(seg, a, s) for seg, a, s in rows if a.read is not None and s.text.strip()]
    if not read:
        return [(seg, s, 0.0) for seg, _, s in rows]
    probs = load_model(ctx.doc.settings.cue_model).probabilities_of_read(
        [(s.text, answer_rules.lexicon_kinds(a, s)) for _, a, s in read], read[0][1].language
    )
    general = {id(s): float(p[CUES.index("general")]) for (_, _, s), p in zip(read, probs)}
    return [(seg, s, general.get(id(s), 0.0)) for seg, _, s in rows]


def reads_specific(ctx: PairContext) -> float | None:
    """The cue classifier's mean probability of general terms over the unit's answer sentences where
    it is under ``Settings.generic_rule_min_general`` (the rule's flag does not stand), else None: also
    where the setting is 0 or the classifier read no sentence of the unit (no ``cue_model``).

    Read where the rule decides a unit (``rules.answers.generic``, no unit model reading it): the rule
    flags one phrase of policy talk in a fifth of the sentences, and in Dutch that phrase stands as
    often beside the facts the readers take as the answer ("Zo had ik op 8 februari 2017 een
    ontmoeting met de Federale Raad voor Duurzame Ontwikkeling" after "Transparantie is een
    prioriteit"; be-kamer 191548 4, 192449 1, 188344 3) as in place of them; what the classifier
    reads of the sentences as a whole tells them apart (generic34: of the Dutch readings only the
    classifier's general terms see the readers' `generic`, ROC AUC 0.82 for the mean). generic49: over
    the development sets the rule's Dutch flags 10 right / 21 false, 7 / 5 from 0.40, the cut a
    cross-validation grouped by document chooses in nearly every fold (README, "generic, the rule's
    Dutch flags against the classifier's reading")."""
    cut = ctx.doc.settings.generic_rule_min_general
    if cut <= 0 or not any(a.read is not None for a in ctx.answers):
        return None
    probs = [p for _, _, p in general_probabilities(ctx)]
    if not probs:
        return None
    mean = sum(probs) / len(probs)
    return mean if mean < cut else None


def generic_features(ctx: PairContext) -> dict[str, float]:
    """The unit's ``GENERIC_FEATURES`` (``ctx.pair`` has a serving segment)."""
    from .answered import answered_features

    found = answer_rules.specifics(ctx)
    sentences = [(a, s) for a in ctx.answers for s in a.sentences]
    n = max(1, len(sentences))
    letters = ctx.doc.settings.stem_letters
    asked = said_words(ctx.pair.question.text, ctx)
    weight = answer_rules._question_idf(ctx.doc.language, letters)
    rarest = weight.get("", 1.0)
    rare = set(sorted(asked, key=lambda w: (-weight.get(w[:letters], rarest), w))[:RAREST_ASKED])
    said = [said_words(s.text, ctx) for _, s in sentences]
    talk_at = cue_starts(c for _, c in answer_rules._policy_talk(ctx))
    plain = [w for w, (_, s) in zip(said, sentences) if not starts_in(s, talk_at)]
    # each answer's figures' starts once, not every figure tried for every sentence
    figures_at = [(s, at) for a in ctx.answers for at in (cue_starts(a.figures),) for s in a.sentences]
    total = sum(weight.get(w[:letters], rarest) for w in asked) or 1.0
    reads = [r for a in ctx.answers for r in (a.read or ())]
    probs = [p for _, _, p in general_probabilities(ctx)]
    ways = rule_ways(ctx)
    # the words asked that each sentence holds, once: ``shared_words`` decides each word asked alone, so those of
    # ``rare`` (a part of ``asked``) are these words' own
    holds = [matched(w, asked, ctx) for w in said]
    shares = [bool(h) for h in holds]
    out = {
        "rule": any(ways.values()),
        **ways,
        "talk_share": found.share,
        "talk": math.log1p(found.talk),
        "uptake": found.uptake,
        "top_uptake": len(matched(set().union(*said), rare, ctx)) / len(rare) if rare and said else 0.0,
        "asked_share": sum(bool(h & rare) for h in holds) / n,
        "plain_uptake": sum(weight.get(w[:letters], rarest) for w in matched(set().union(*plain), asked, ctx))
        / total,
        "read_general": sum("general" in r for r in reads) / n,
        "read_general_any": any("general" in r for r in reads),
        "read_other": sum(bool(r - {"general"}) for r in reads) / n,
        "name_share": sum(bool(NAMED.search(s.text)) for _, s in sentences) / n,
        "specific_share": sum(bool(NAMED.search(s.text) or starts_in(s, at)) for s, at in figures_at) / n,
        "p_general_mean": sum(probs) / n,
        "p_general_max": max(probs, default=0.0),
        "p_general_share": sum(p >= 0.5 for p in probs) / n,
        "figure_share": sum(len(a.figure_sentences) for a in ctx.answers) / n,
        "tables": any(a.tables for a in ctx.answers),
        "closed": bool(ctx.question.closed),
        "asks_figures": ctx.question.asks_figures,
        "left_open": answer_rules.left_open(ctx) is not None,
        "closed_answered": answer_rules._closed_answered(ctx),
        "words": math.log1p(sum(len(s.text.split()) for _, s in sentences)),
        "sentences": math.log1p(len(sentences)),
        "english": ctx.doc.language == "en",
        **{k: any(a.cue(k) for a in ctx.answers) for k in OTHER_CUES},
        "date_share": sum(bool(DATED.search(s.text)) for _, s in sentences) / n,
        "any_asked_share": sum(shares) / n,
        "figures_given": bool(ctx.question.asks_figures) and any(a.figures for a in ctx.answers),
        "plain_reply": answer_rules.plain_reply(ctx),
        "first_asked": bool(shares[:1] and shares[0]),
        **{f"ans_{k}": v for k, v in answered_features(ctx).items()},
        **object_features(ctx, sentences, holds, probs, talk_at, figures_at),
    }
    return {k: float(out[k]) for k in GENERIC_FEATURES}


def object_features(ctx, sentences, holds, probs, talk_at, figures_at) -> dict[str, float]:
    """What the answer says on the question's object and beside it (``OBJECT_FEATURES``, generic57), from the
    readings ``generic_features`` makes: the answer's sentences (``sentences``, each answer's with its analysis),
    the question's words each holds (``holds``, ``matched`` against the whole question's content words), the cue
    classifier's probability of general terms of each (``probs``), the starts of policy talk (``talk_at``) and each
    sentence with its answer's figures' starts (``figures_at``).

    Each sentence stands on the object by ``object_weights`` (o, 0 to 1) and reads as general terms by the
    classifier (g); summed over the sentences, each a log count:

    - ``object_specific``: o x (1 - g), specifics on the object (facts, named steps, funds, a position on the
      matter, group, body or plan the question names: settle53, no `generic` whether or not the measure asked is
      given);
    - ``general_mass``: g; ``general_off_object``: (1 - o) x g, general lines beside the object (lines on another
      matter or on the wider area: `generic`, settle52); ``talk_off_object``: the same over policy talk;
    - ``figures_off_object``: 1 - o over the sentences that hold a figure (figures on another matter);
    - ``names_on_object``, ``names_off_object``: the names (``NAME``) whose content words the object holds, and
      the others.

    generic56's refit on the readers' labels brought to settle53 lost reference-dev's 1783845 ("a general overview
    of the five People Missions" to recommendation 38 asked): the answer's many facts and names stand on the
    report's other recommendations, and the shares the model read could not tell them from specifics on the
    object."""
    objects = question_object_words(ctx)
    # the object's words each sentence holds: ``matched`` decides each word asked alone, and the object's words are
    # the question's (its content words less the addressee's and the reference's), so these are the sentence's own
    on = [h & objects for h in holds]
    weights = object_weights(ctx, on=on)
    names = [0, 0]
    for (_, s), held in zip(sentences, on):
        for m in NAME.finditer(s.text[1:]):
            words = said_words(m.group(), ctx)
            if words:
                # a name holds a word of the object only where its sentence does (its words are the sentence's)
                names[not (held and matched(words, held, ctx))] += 1
    talk = [starts_in(s, talk_at) for _, s in sentences]
    figures = [starts_in(s, at) for s, at in figures_at]
    return {
        "object_specific": math.log1p(sum(o * (1 - g) for o, g in zip(weights, probs))),
        "general_mass": math.log1p(sum(probs)),
        "general_off_object": math.log1p(sum((1 - o) * g for o, g in zip(weights, probs))),
        "talk_off_object": math.log1p(sum((1 - o) * g for o, g, t in zip(weights, probs, talk) if t)),
        "figures_off_object": math.log1p(sum(1 - o for o, f in zip(weights, figures) if f)),
        "names_on_object": math.log1p(names[0]),
        "names_off_object": math.log1p(names[1]),
    }


def question_object(ctx: PairContext) -> str:
    """The unit's question without what names no part of its object (``object_features``): the opening that
    names whom it is put to (``[question] addressee``, "To ask the") up to the comma the ask begins after (the
    first comma a lower-case word, a figure or a bracket follows: "To ask the Secretary of State for Environment,
    Food and Rural Affairs, what ..."), then a reference the question opens with (``[question] reference_frames``:
    "pursuant to the Answer of 30 January 2025 to Question 20673 on Haythornthwaite Review of Armed Forces
    Incentivisation,", "with reference to the report ..., published on ...,") up to the comma before a word of
    ``[question] object_leads`` ("whether", "what"). What is left: "whether his Department plans to implement
    recommendation 38 to apply a five-step approach ...". The question as it is where the lexicon lists none of
    them (Dutch)."""
    addressee, frame = _object_patterns(ctx.doc.language, ctx.doc.settings.lexicon_dir)
    text = ctx.pair.question.text
    if addressee is not None:
        text = addressee.sub("", text, count=1)
    if frame is not None:
        text = frame.sub("", text, count=1)
    return text


def question_object_words(ctx: PairContext) -> set[str]:
    """The content words of ``question_object`` (``said_words``), or of the whole question where the object
    holds none; read once per unit."""
    return ctx.doc.reading(
        "question_object",
        ctx.pair.question.n,
        lambda: said_words(question_object(ctx), ctx) or said_words(ctx.pair.question.text, ctx),
    )


def object_weights(
    ctx: PairContext, said: list[set[str]] | None = None, on: list[set[str]] | None = None
) -> list[float]:
    """How far each sentence (its content words, ``said``; or the object's words it holds, ``on``, where they are
    read already) stands on the question's object: the rarity weight (``answers._question_idf``) of the object's
    words it holds over the object's whole weight, over ``OBJECT_SPAN`` and at most 1. "Recommendation 24 of the
    report" to recommendation 38 asked holds "recommendation", 0.055 of the object's weight: 0.055 / 0.25, 0.22."""
    objects = question_object_words(ctx)
    if on is None:
        on = [matched(words, objects, ctx) for words in said or ()]
    weight = _rarity(ctx)
    total = sum(map(weight, objects)) or 1.0
    return [min(1.0, sum(map(weight, held)) / total / OBJECT_SPAN) for held in on]


def heaviest_object_words(ctx: PairContext, k: int = 3) -> list[str]:
    """The ``k`` rarest words of the question's object (``question_object_words``), rarest first: what a flag's
    reason names as the object the answer's specifics would stand on."""
    weight = _rarity(ctx)
    return sorted(question_object_words(ctx), key=lambda w: (-weight(w), w))[:k]


def _rarity(ctx: PairContext):
    """A word's rarity weight (``answers._question_idf`` of its stem; the rarest weight where the stem is not
    listed), as ``object_weights`` and ``heaviest_object_words`` weigh the object's words."""
    letters = ctx.doc.settings.stem_letters
    weight = answer_rules._question_idf(ctx.doc.language, letters)
    rarest = weight.get("", 1.0)
    return lambda word: weight.get(word[:letters], rarest)


@lru_cache(maxsize=8)
def _object_patterns(
    language: str, lexicon_dir: str | None
) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """``question_object``'s two patterns, once per lexicon: the addressee's opening up to the comma the ask
    begins after (None without ``[question] addressee``), a reference frame up to the comma before an object's
    lead (None without ``[question] reference_frames`` or ``object_leads``)."""
    lexicon = load_lexicon(language, lexicon_dir)
    opening = lexicon.phrases("question", "addressee")
    frames = lexicon.phrases("question", "reference_frames")
    leads = lexicon.phrases("question", "object_leads")
    addressee = (
        re.compile(rf"^\s*(?i:{_alternatives(opening)})\b.*?,\s*(?=[a-z(\d])", re.DOTALL) if opening else None
    )
    frame = (
        re.compile(
            rf"^\s*(?:{_alternatives(frames)})\b.*?,\s*(?=(?:{_alternatives(leads)})\b)",
            re.IGNORECASE | re.DOTALL,
        )
        if frames and leads
        else None
    )
    return addressee, frame


def generic_model(where: str, cue_model: str) -> dict | None:
    """The model of ``Settings.generic_model`` as ``answers.model_file`` reads one, with the
    ``language`` whose units it reads (a ``ConfigError`` when that is missing) and, optionally, a
    ``closed_threshold`` for closed questions (a ``ConfigError`` when it is not a number)."""
    model = answer_rules.model_file(where, GENERIC_MODEL, GENERIC_FEATURES, "generic_model", cue_model)
    if model is not None and not isinstance(model.get("language"), str):
        raise ConfigError(f"generic_model: {where or GENERIC_MODEL} names no language")
    closed = None if model is None else model.get("closed_threshold")
    if closed is not None and (isinstance(closed, bool) or not isinstance(closed, (int, float))):
        raise ConfigError(f"generic_model: {where or GENERIC_MODEL} has a closed_threshold that is no number")
    return model


def model_cut(model: dict, closed: bool) -> float:
    """The unit model's cut for a unit: the file's ``closed_threshold`` for a closed question where the
    file gives one, else its ``threshold``.

    generic51: over the development sets the model's flags on closed questions at p 0.30-0.40 are
    right on a third of them or less (older sets 20 right / 42 false, the last sets from dev-be55 7 /
    21; open questions 0.30-0.40 44 / 50 and 24 / 39): to a closed question the readers take
    the steps or the matter described beside the talk as the yes, or flag the yes or no left open
    (``yes_no_unanswered``) in place of `generic` (README, "generic, the false flags by language and by
    set"). A cut of 0.40 for closed questions, chosen on the older sets (the first at which right minus
    false stops rising), keeps F1 near where it was (English units: older 0.591 -> 0.587, last 0.543 ->
    0.545) and takes 63 of the 451 English false flags off for 27 right ones."""
    cut = model.get("closed_threshold") if closed else None
    return float(model["threshold"] if cut is None else cut)


def cut_named(model: dict, closed: bool) -> str:
    """``model_cut`` as a flag's reason names it: "the closed questions' cut 0.40" where it is the file's
    ``closed_threshold``, else "its threshold 0.30" (lows52: a closed question's reason said "under its
    threshold 0.40", which reads as the model's one threshold)."""
    cut = model_cut(model, closed)
    if closed and model.get("closed_threshold") is not None:
        return f"the closed questions' cut {cut:.2f}"
    return f"its threshold {cut:.2f}"


def generic_veto(ctx: PairContext) -> str | None:
    """Why the unit is not ``generic`` whatever the rule or the unit model reads (``LABELS.md``:
    "only general statements or policy boilerplate, no specifics for what was asked"), or None:
    the readings the other rules make of what the answer gives, read the same for both.

    - yes or no answered: a closed question the answer opens with a plain yes or no to ("No."),
      commits to or declines (``answers._closed_answered``: a clear "no" is an answer);
    - the count asked, given: the unit asks a count or amount and a figure of the answer stands in
      a sentence that names what the unit speaks of, not a number word nor a citation's number, or
      a table names it (``coverage.Given``, as ``figures_missing`` reads it: "Its work led to 300
      arrests of gang members this year" to "how many arrests");
    - only a refusal: every sentence of the answer withholds what was asked (``only_withheld``, ``[answer]
      withholding``: "I am withholding this information as its disclosure would ... prejudice the capability,
      effectiveness or security of the Armed Forces"; generic57);
    - only a deferral: the answer promises a later answer or says the matter is being considered
      (``[cues] holding``) and no sentence of it is policy talk or read as general terms ("I will
      write to him very shortly"): ``holding`` reads it, and nothing general stands beside it;
    - mostly a hand-over: ``Settings.generic_handover_share`` (half) of the answer's sentences or
      more place the matter with another body (a ``deflection`` cue that ``deflection`` keeps,
      ``answers._hands_over``: "This is a matter for the Mayor of London."; "Defra does not
      regulate the priority services register." before what the regulator has said; not "This is
      a devolved matter and the information provided therefore relates to England only", a
      remark on the answer's scope) and, as for a
      deferral, no sentence of it is policy talk or read as general terms: the answer says who
      answers in place of answering (``LABELS.md``, ``deflection``), which ``deflection`` reads; the
      sentence beside it is the hand-over's ground, not general statements in place of the
      specifics (over the development sets it takes 6 false flags off, no right one). Talk beside
      the hand-over ("NHS England is working with employers ... to ensure support is in place")
      is still read.
    """
    if answer_rules._closed_answered(ctx):
        return "a closed question answered yes or no, committed to or declined"
    denied = ask_denied(ctx)
    if denied is not None:
        return f"what was asked is said not to have been done ('{_short(denied)}')"
    named = specifics_named(ctx)
    if named is not None:
        return f"the {named[0]} asked named in {named[1]} sentences ('{_short(named[2])}')"
    if ctx.asked.counts:
        given = _coverage(ctx).given
        if given.tables_on_topic or (
            given.figures and given.on_topic and not given.worded and not given.cited
        ):
            shown = ", ".join(f"'{f.text}'" for f in given.figures[:3]) or "a table"
            return f"the count asked is given ({shown})"
    withheld = only_withheld(ctx)
    if withheld is not None:
        return f"only a refusal to give what was asked ('{_short(withheld)}')"
    if any(a.cue("holding") for a in ctx.answers) and _nothing_general(ctx):
        return "only a deferral, no general statement beside it"
    # the hand-overs ``deflection`` keeps (``answers._hands_over``): not a remark limiting the
    # answer's scope, a pointer to another minister's answer, the minister's own remit nor
    # decisions in individual cases left to a body
    handed = sentences = 0
    for a in ctx.answers:
        kept = tuple(c for c in a.cue("deflection") if answer_rules._hands_over(a, c))
        handed += sum(answer_rules._in(kept, s) for s in a.sentences)
        sentences += len(a.sentences)
    share = ctx.doc.settings.generic_handover_share
    if handed and handed >= share * sentences and _nothing_general(ctx):
        return f"mostly a hand-over ({handed} of its {sentences} sentences), no general statement beside it"
    return None


def only_withheld(ctx: PairContext) -> str | None:
    """The answer's first sentence where every sentence of it withholds what was asked (a phrase of ``[answer]
    withholding``: "I am withholding this information as its disclosure would, or would be likely to prejudice the
    capability, effectiveness or security of the Armed Forces", "This information is commercially sensitive and
    therefore cannot be disclosed"); else None. A refusal is no general statement in place of the specifics
    (``LABELS.md``): over the development sets 9 such answers, none `generic` (generic57: the refit on the labels
    brought to settle53 reads the Ministry of Defence's one-sentence refusal at p 0.29-0.35, over its cut)."""
    pattern = _withholding(ctx.doc.language, ctx.doc.settings.lexicon_dir)
    sentences = [s.text for a in ctx.answers for s in a.sentences if s.text.strip()]
    if pattern is None or not sentences or not all(pattern.search(t) for t in sentences):
        return None
    return sentences[0]


@lru_cache(maxsize=8)
def _withholding(language: str, lexicon_dir: str | None) -> re.Pattern[str] | None:
    """A phrase of ``[answer] withholding`` as whole words, once per lexicon; None where the list is empty."""
    words = load_lexicon(language, lexicon_dir).phrases("answer", "withholding")
    return re.compile(rf"\b(?:{_alternatives(words)})\b", re.IGNORECASE) if words else None


# the [answer] lists of the words of ``ask_denied``'s three frames, in the order it reads them: the
# auxiliary and the negation before a deed ("has not made"), the "there has been" and the "no" before
# the thing asked ("There have been no discussions"), a sentence's opening and the passive before a deed
# ("No specific assessment has been made"); an absent list (Dutch) reads nothing
DENIAL_FRAMES = (
    "denied_auxiliaries",
    "denied_negations",
    "denied_existentials",
    "denied_nones",
    "denied_openings",
    "denied_passives",
)


def ask_denied(ctx: PairContext) -> str | None:
    """The answer's sentence that says what the question asks to have been done was not done, where
    it says so of every such thing asked (``[answer] denied_asks``: "what assessment she has made
    of ..." - "Defra has not made an assessment of the potential impact of ...", "what discussions
    he has had" - "There have been no discussions on ...", "No specific assessment has been made"),
    or None. That none was made is the answer (``LABELS.md``: a clear "no" is an answer), not
    general text in place of the specifics, whatever policy talk stands beside it. The question
    asks it after one of ``denied_leads`` and up to two of ``denied_modifiers`` ("what recent
    assessment", "made an assessment"); the answer denies it in one of three frames, their words the
    lists of ``DENIAL_FRAMES``: an auxiliary (``denied_auxiliaries``), a negation
    (``denied_negations``) and a deed of ``denied_deeds`` up to five words before it ("has not made
    a specific assessment of"), one of ``denied_existentials`` or an auxiliary and a deed, then a word
    of ``denied_nones`` ("There has been no recent assessment of", "has had no discussions with
    Ofcom"), or a sentence opening with one of ``denied_openings`` whose noun then takes a passive of
    ``denied_passives`` and a deed ("No such assessment has been made.")."""
    doc = ctx.doc
    asking = _denial_asked(doc.language, doc.settings.lexicon_dir)
    if asking is None:
        return None
    # in the order asked (a set's order changes with the hash seed, and with it the sentence named)
    asked = dict.fromkeys(m.group(1).lower() for m in asking.finditer(ctx.pair.question.text))
    if not asked:
        return None
    found = None
    for noun in asked:
        frames = _denial_frames(doc.language, doc.settings.lexicon_dir, noun)
        said = next((s.text for a in ctx.answers for s in a.sentences if frames.search(s.text.strip())), None)
        if said is None:
            return None
        found = found or said
    return found


@lru_cache(maxsize=8)
def _denial_asked(language: str, lexicon_dir: str | None) -> re.Pattern[str] | None:
    """``ask_denied``'s question pattern, once per lexicon: a word of ``denied_leads``, up to two of
    ``denied_modifiers``, the thing asked (group 1, a word of ``denied_asks``); None where the lexicon
    lacks a list the reading needs (it is off). Made per pair, its word lists written out as
    alternatives each time, it took some 3% of the map stage (speed38)."""
    lexicon = load_lexicon(language, lexicon_dir)
    asks = lexicon.phrases("answer", "denied_asks")
    deeds = lexicon.phrases("answer", "denied_deeds")
    frame_words = tuple(lexicon.phrases("answer", name) for name in DENIAL_FRAMES)
    if not asks or not deeds or not all(frame_words):
        return None
    leads = _alternatives(lexicon.phrases("answer", "denied_leads"))
    mods = _alternatives(lexicon.phrases("answer", "denied_modifiers"))
    nouns = _alternatives(asks)
    return re.compile(rf"\b(?:{leads})\s+(?:(?:{mods})\s+){{0,2}}({nouns})\w*", re.IGNORECASE)


@lru_cache(maxsize=8)
def _denial_words(language: str, lexicon_dir: str | None) -> tuple[str, ...]:
    """The frames' word lists as alternatives, once per lexicon (the lexicon read once, not again for
    each noun asked): ``denied_deeds``, then the lists of ``DENIAL_FRAMES`` in their order."""
    lexicon = load_lexicon(language, lexicon_dir)
    names = ("denied_deeds", *DENIAL_FRAMES)
    return tuple(_alternatives(lexicon.phrases("answer", name)) for name in names)


@lru_cache(maxsize=256)
def _denial_frames(language: str, lexicon_dir: str | None, noun: str) -> re.Pattern[str]:
    """``ask_denied``'s three frames of a denial of ``noun`` (a thing ``_denial_asked`` found asked,
    lower-cased: one of the lexicon's ``denied_asks``, so few per lexicon), once per lexicon and noun."""
    done, aux, neg, there, none, opening, passive = _denial_words(language, lexicon_dir)
    n = re.escape(noun)
    return re.compile(
        rf"\b(?:{aux})\s+(?:{neg})\s+(?:\w+\s+)?(?:{done})\b(?:\W+\w+){{0,4}}?\W+{n}"
        rf"|\b(?:{there}|(?:{aux})\s+(?:{done}))\s+(?:{none})\b(?:\W+\w+){{0,3}}?\W+{n}"
        rf"|^(?:{opening})\s+(?:\w+\s+){{0,3}}?{n}\w*(?:\W+\w+){{0,8}}?\W+"
        rf"(?:{passive})\s+(?:{done})\b",
        re.IGNORECASE,
    )


# sentences of the answer that must name a sum or a measure for ``specifics_named`` (genuk34, right / false
# flags taken off the older development sets: one 26 / 54, two 5 / 32, three 2 / 16; models/generic-units.md)
SPECIFIC_SENTENCES = 2


@lru_cache(maxsize=8)
def _specific_patterns(
    language: str, lexicon_dir: str | None
) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """``specifics_named``'s two patterns, once per lexicon: the steps, support or funding asked (group 1
    the word of ``specific_asks``), and a specific named (a sum or a measure's name); None where the
    lexicon lists none of them (Dutch)."""
    lexicon = load_lexicon(language, lexicon_dir)
    asks = lexicon.phrases("answer", "specific_asks")
    signs = lexicon.phrases("answer", "sum_signs")
    units = lexicon.phrases("answer", "sum_units")
    heads = lexicon.phrases("answer", "measure_heads")
    if not asks or not (signs or units or heads):
        return None
    leads = _alternatives(lexicon.phrases("answer", "specific_ask_leads"))
    mods = lexicon.phrases("answer", "specific_ask_modifiers")
    optional = rf"(?:(?:{_alternatives(mods)})\s+)?" if mods else ""
    asking = re.compile(rf"\b(?:{leads})\s+{optional}({_alternatives(asks)})\b", re.IGNORECASE)
    kinds = []
    if signs:
        kinds.append(rf"(?:{'|'.join(re.escape(s) for s in signs)})\s?\d")
    if units:
        kinds.append(rf"\b\d[\d,.]*\s?(?:{'|'.join(re.escape(u) for u in units)})(?!\w)")
    if heads:
        kinds.append(rf"\b(?:[A-Z][a-z]+ ){{1,5}}(?:{'|'.join(re.escape(h) for h in heads)})\b")
    return asking, re.compile("|".join(kinds))


def specifics_named(ctx: PairContext) -> tuple[str, int, str] | None:
    """What the question asks for when it asks the steps, support or funding in place ("what steps",
    "what further action", "what financial support": at most one word of ``[answer]
    specific_ask_modifiers`` after a word of ``specific_ask_leads``, a word of ``specific_asks``), with the number of the answer's sentences
    that name a specific of that kind and the first of them, where they are ``SPECIFIC_SENTENCES`` or
    more; else None. A specific is a sum (a sign of ``sum_signs`` before a figure, "the £11.7 million
    Digital Inclusion Innovation Fund"; a figure before a word of ``sum_units``, "an increase of 3.6
    per cent") or a measure by its name (one to five capitalised words before a word of
    ``measure_heads``, "the Warm Homes Plan", "the NHS Bursary"): the answer names the steps or the
    money asked, whatever policy talk stands beside it (``LABELS.md``: `generic` is "no specifics for
    what was asked"; uk-commons 1868102, 1919262, 1682972, the readers' notes "Steps are given")."""
    patterns = _specific_patterns(ctx.doc.language, ctx.doc.settings.lexicon_dir)
    if patterns is None:
        return None
    asking, specific = patterns
    asked = asking.search(ctx.pair.question.text)
    if asked is None:
        return None
    naming = [s.text for a in ctx.answers for s in a.sentences if specific.search(s.text)]
    if len(naming) < SPECIFIC_SENTENCES:
        return None
    return asked.group(1).lower(), len(naming), naming[0]


def _answer_lists(lexicon: Lexicon, *names: str) -> tuple[tuple[str, ...], ...] | None:
    """The lexicon's ``[answer]`` lists ``names``, in that order, or None where one of them is empty or
    absent (an optional list the language's lexicon leaves out: the reading is off)."""
    lists = tuple(lexicon.phrases("answer", name) for name in names)
    return lists if all(lists) else None


def assessment_untaken(ctx: PairContext) -> str | None:
    """The assessment the question asks first (``[answer] assessment_asks``, its first word one of
    ``[answer] assessment_leads`` right after the addressee's comma, a part's marker or the
    question's start: "what assessment she has made of the implications for the
    regional security of the Balkans of ..."), where no sentence of the answer holds a word of
    ``[answer] assessing_words`` ("assess", "impact", "concluded", "view", ...) and the answer holds
    no pointer, missing data or table (``cross_reference``, ``no_information`` read it): a
    description of the events, the scheme or the funding stands in place of the assessment
    (uk-commons 1698672, 1787422: the readers flag `generic`); else None."""
    patterns = _assessment_patterns(ctx.doc.language, ctx.doc.settings.lexicon_dir)
    if patterns is None:
        return None
    lead, asks, said = patterns
    first = lead.search(ctx.pair.question.text)
    if first is None:
        return None
    head = ctx.pair.question.text[first.start(1) :]
    asked = next((a for a in asks if head.lower().startswith(a.lower() + " ")), None)
    if asked is None:
        return None
    if any(a.tables or a.cue("cross_reference") or a.cue("no_information") for a in ctx.answers):
        return None
    if any(said.search(s.text) for a in ctx.answers for s in a.sentences):
        return None
    return head[: len(asked)]


@lru_cache(maxsize=8)
def _assessment_patterns(
    language: str, lexicon_dir: str | None
) -> tuple[re.Pattern[str], list[str], re.Pattern[str]] | None:
    """``assessment_untaken``'s readings, once per lexicon (speed38; made per pair before): a lead of
    ``assessment_leads`` where a question or a clause of it opens (group 1), the assessments asked
    (``assessment_asks``) longest first, and a word of ``assessing_words`` (a ``*`` at its end: any
    ending); None where the lexicon lacks one of those lists (the reading is off)."""
    lists = _answer_lists(
        load_lexicon(language, lexicon_dir), "assessment_asks", "assessing_words", "assessment_leads"
    )
    if lists is None:
        return None
    asks, words, leads = lists
    lead = re.compile(rf"(?:^|,\s*|\)\s*)({_alternatives(leads)})\b", re.IGNORECASE)
    said = re.compile(
        r"\b(?:"
        + "|".join(re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w) for w in words)
        + r")\b",
        re.IGNORECASE,
    )
    return lead, sorted(asks, key=len, reverse=True), said


def discussions_stock(ctx: PairContext) -> tuple[str, AnswerSegment, Cue] | None:
    """The discussions the question asks right after the addressee's comma (a word of ``[answer]
    discussion_leads``, at most "recent", a word of ``discussion_asks``: "what recent discussions she has had
    with ...") and the answer's first sentence that holds a stock line (``[answer] stock_discussions``, on
    discussions or not: "has regular discussions with Ministerial Colleagues on a number of issues",
    "regularly engages with a wide range of stakeholders"), with its segment; else None. A discussion said to be regular or
    on a range of issues names none of those asked (``LABELS.md``: "no specifics for what was asked"; uk-commons
    1824828, 1662091, the readers' notes "are general (generic, as dev-uk16 1672671)"): over the English
    development units 15 hold both, 13 labelled `generic`, 11 of them flagged by the unit model already. Not
    where a sentence says a meeting was held (``[answer] meetings_held``: "In March, I met with Distribution
    Network Operators", uk-commons 1801977): the answer names a discussion beside the stock line."""
    patterns = _discussion_patterns(ctx.doc.language, ctx.doc.settings.lexicon_dir)
    if patterns is None:
        return None
    asking, held, stock = patterns
    asked = asking.search(ctx.pair.question.text)
    if asked is None:
        return None
    if held is not None and any(held.search(s.text) for a in ctx.answers for s in a.sentences):
        return None
    for seg, a in zip(ctx.pair.segments, ctx.answers):
        for s in a.sentences:
            if stock.search(s.text):
                return asked.group(1), seg, s
    return None


@lru_cache(maxsize=8)
def _discussion_patterns(
    language: str, lexicon_dir: str | None
) -> tuple[re.Pattern[str], re.Pattern[str] | None, re.Pattern[str]] | None:
    """``discussions_stock``'s patterns, once per lexicon: the discussions asked (group 1), a meeting
    held (None without ``meetings_held``) and a stock line; None where the lexicon lists none (Dutch)."""
    lexicon = load_lexicon(language, lexicon_dir)
    lists = _answer_lists(lexicon, "discussion_leads", "discussion_asks", "stock_discussions")
    if lists is None:
        return None
    leads, asks, stock = lists
    asking = re.compile(
        rf",\s*((?:{_alternatives(leads)})\s+(?:recent\s+)?(?:{_alternatives(asks)}))\b", re.IGNORECASE
    )
    held = lexicon.phrases("answer", "meetings_held")
    met = re.compile(rf"\b(?:{_alternatives(held)})\b", re.IGNORECASE) if held else None
    return asking, met, re.compile(rf"\b(?:{_alternatives(stock)})\b", re.IGNORECASE)


def short_general(ctx: PairContext) -> tuple[AnswerSegment, Cue] | None:
    """The first cue of the lexicon's general wording (``answers.general_wording``: ``[cues] generic``, the
    rule's general-words way, in a segment with no figure and no table) in an answer of at most
    ``SHORT_GENERAL_SENTENCES`` sentences, with its segment; else None. The plainest `generic` answer, one or
    two sentences of general words for what was asked ("Natural England assesses all available information on
    both impacts and mitigation and uses professional judgement and scientific expertise to provide advice to
    decision-makers" to "what scientific evidence Natural England is using", uk-commons 1888978), which the unit
    model refitted with the readers' later sets weighed more (generic54) reads under its cut: the cue classifier
    reads that sentence at 0.19, and no sentence read general weighs more against it in the refit. Read under
    the cut only (``learned_generic``), from p ``Settings.generic_short_floor``."""
    if sum(len(a.sentences) for a in ctx.answers) > SHORT_GENERAL_SENTENCES:
        return None
    found = answer_rules.general_wording(ctx)
    return found[0] if found else None


def _nothing_general(ctx: PairContext) -> bool:
    """Whether no sentence of the answer is policy talk (``answers.specifics``), is read as general
    terms by the cue classifier or holds the lexicon's general wording (``[cues] generic``)."""
    if answer_rules.specifics(ctx).talk:
        return False
    reads = [r for a in ctx.answers for r in (a.read or ())]
    return not any("general" in r for r in reads) and not any(a.cue("generic") for a in ctx.answers)


def learned_generic(ctx: PairContext) -> list[Flag] | None:
    """The unit model's decision on ``generic``: None where it does not read the unit (no model,
    ``Settings.generic_model`` "none", no serving segment, another language: the rule decides),
    else the flag (or none) where p(generic) reaches the model's cut (``model_cut``), its evidence the two
    sentences the cue classifier reads as most general, its reason the probability, those
    sentences' probabilities and the three features that pushed it most."""
    settings = ctx.doc.settings
    model = generic_model(settings.generic_model, settings.cue_model)
    if model is None or not ctx.pair.segments or ctx.doc.language != model["language"]:
        return None
    p, pushed = ctx.doc.reading(
        "generic_unit", ctx.pair.question.n, lambda: answer_rules.learned(model, generic_features(ctx))
    )
    cut = model_cut(model, bool(ctx.question.closed))
    named = cut_named(model, bool(ctx.question.closed))
    if p < cut:
        stock = discussions_stock(ctx) if settings.generic_discussions_stock else None
        if stock is not None:
            asked, seg, sentence = stock
            reason = (
                f"asks '{asked}'; the answer speaks of discussions only in a stock line ('{_short(sentence.text)}'; "
                f"the unit model's p {p:.2f}, under {named})"
            )
            return [Flag("generic", reason, (answer_rules._evidence(seg, sentence),))]
        floor = settings.generic_short_floor
        short = short_general(ctx) if floor is not None and p >= floor else None
        if short is not None:
            seg, cue = short
            reason = (
                f"a short answer in general terms ('{cue.text}'; the unit model's p {p:.2f} >= "
                f"{floor:.2f}, under {named})"
            )
            return [Flag("generic", reason, (answer_rules._evidence(seg, cue),))]
        asked = assessment_untaken(ctx) if ASSESSMENT_FLOOR is not None and p >= ASSESSMENT_FLOOR else None
        if asked is None:
            return []
    ranked = sorted(general_probabilities(ctx), key=lambda r: -r[2])[:2]
    if p < cut:
        reason = (
            f"asks '{asked}'; the answer never speaks of an assessment, an impact or a finding (the unit "
            f"model's p {p:.2f} >= {ASSESSMENT_FLOOR:.2f}, under {named})"
        )
    else:
        said = "; ".join(f"'{_short(s.text)}' ({q:.2f})" for _, s, q in ranked)
        over = named if named.startswith("the closed") else f"{cut:.2f}"  # (">= 0.30": the one threshold)
        objects = ", ".join(f"'{w}'" for w in heaviest_object_words(ctx))
        reason = (
            f"the unit model reads it as general statements (p {p:.2f} >= {over}; "
            f"most general: {said or 'no sentence'}; the object asked: {objects or 'no word'}; "
            f"weighed most: {', '.join(pushed)})"
        )
    return [Flag("generic", reason, tuple(answer_rules._evidence(seg, s) for seg, s, _ in ranked))]


def _short(text: str, words: int = 12) -> str:
    cut = text.split()
    return " ".join(cut[:words]) + (" ..." if len(cut) > words else "")
