"""The first rules: missing_answer, breakdown_missing, figures_missing.

Meanings are those of the project's LABELS.md. Each returns flags whose evidence names
the words, with offsets into the source, that show why.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from functools import lru_cache

from .. import coverage
from .. import text as text_layer
from ..align import passed_over
from ..analyze import AnswerAnalysis, Cue, QuestionAnalysis, cue_phrase
from ..attribute import attribute
from ..lexicon import load_lexicon
from ..tables import PLACEHOLDER
from ..types import AnswerSegment, Evidence, Flag, Passage, Question
from . import PairContext, rule
from .asked import asked_words, matched, said_words
from .context import ATTRIBUTION_CUES, REFERENCE_CUES, per_unit, sentence_of


def _evidence(passage: Passage, cue: Cue, part: str) -> Evidence:
    start, end = passage.source_span(cue.start, cue.end)
    return Evidence(start, end, cue.text, part)  # type: ignore[arg-type]


def _gap_evidence(passage: Passage, gaps: Sequence[coverage.Gap]) -> tuple[Evidence, ...]:
    """The words of ``passage`` (the unit, or the opening it continues) that ask each of ``gaps``."""
    return tuple(
        Evidence(*passage.source_span(g.start, g.end), passage.text[g.start : g.end], "question")
        for g in gaps
    )


@rule(
    "missing_answer",
    "no answer segment serves the sub-question, or what serves it says it gives none",
    cues=("no_answer", *ATTRIBUTION_CUES),
    order=10,
)
def missing_answer(ctx: PairContext) -> Iterator[Flag]:
    if ctx.pair.segments:
        yield from _lapsed(ctx.pair.segments, ctx.answers)
        return
    segments = ctx.doc.document.answer.segments
    n = ctx.pair.question.n
    if segments and not any(s.numbers for s in segments):
        # an unnumbered answer that says it gives none (``align.says_none``), else about the other units
        said = list(_lapsed(segments, [ctx.doc.answer(s) for s in segments]))
        yield from said or [_passed_over(ctx, segments[0], n)]
        return
    labels = [s.label for s in segments]
    where = f"the answer has segments {', '.join(labels)}" if labels else "the answer is empty"
    yield Flag("missing_answer", f"no answer segment is numbered {n} ({where})")


def _passed_over(ctx: PairContext, whole: AnswerSegment, n: str) -> Flag:
    """The flag of a unit an unnumbered answer passes over (``align.passed_over``): its evidence the
    sentences of the units before and after it, between which the answer, taking the units in order,
    says nothing of this one."""
    doc = ctx.doc
    units = doc.document.question.units
    near = ctx.pair.passed  # what ``align`` found (lows53: made again here, once a flag)
    if near is None:  # a pair ``align`` did not pass over (the answer said to give none, or split by name)
        settings = doc.settings
        said = attribute(whole, units, doc.language, settings.lexicon_dir, settings.attribute_min_words)
        near = passed_over(said, units, n) or ()
    reason = f"no sentence of the unnumbered answer concerns sub-question {n}"
    told = [f"sub-question {', '.join(s.units)} ('{' '.join(s.text.split()[:8])} ...')" for s in near]
    here = [u.n for u in units].index(n)
    if len(told) == 2:
        reason += f": taking the sub-questions in order, it goes from {told[0]} to {told[1]}"
    elif told and [u.n for u in units].index(near[0].units[-1]) < here:
        reason += f": taking the sub-questions in order, it ends on {told[0]}"
    elif told:
        reason += f": taking the sub-questions in order, it opens on {told[0]}"
    evidence = tuple(Evidence(*whole.source_span(s.start, s.end), s.text, "answer") for s in near)
    return Flag("missing_answer", reason, evidence)


def _lapsed(segments: Sequence[AnswerSegment], answers: Sequence[AnswerAnalysis]) -> Iterator[Flag]:
    """Every sentence of ``segments`` (with their ``answers``) says no answer is given ("It has
    not proved possible to respond to the hon. Member in the time available before Prorogation";
    the lexicon's optional ``no_answer`` list): nothing in the answer addresses the unit."""
    said = []
    for seg, analysis in zip(segments, answers):
        cues = analysis.cue("no_answer")
        if not cues or not all(any(s.start <= c.start < s.end for c in cues) for s in analysis.sentences):
            return
        said += [(seg, c) for c in cues]
    words = "; ".join(f"'{c.text}'" for _, c in said[:2])
    yield Flag(
        "missing_answer",
        f"the answer says it gives none: {words}",
        tuple(_evidence(seg, c, "answer") for seg, c in said),
    )


def _refused(ctx: PairContext) -> Flag | None:
    """Figures asked per dimension or part, and the answer says it cannot give that
    breakdown ("not possible to provide a breakdown", "niet opgesplitst"): whatever tables
    it holds, the breakdown asked is not among them."""
    unit = ctx.pair.question
    # the dimensions asked, those of a split the lexicon names no dimension of included ("per bedrijf"),
    # and the lettered parts of a count
    asked_ = ctx.asked
    if not asked_.asks_figures:
        return None
    dimensions = asked_.dimensions
    language, lexicon_dir = ctx.doc.language, ctx.doc.settings.lexicon_dir
    # a sentence that refuses a split the unit does not ask ("een verdere uitsplitsing ... in functie van het
    # beroep" for "per Gewest") says nothing of the unit's
    said = [
        (s, c)
        for s, a in zip(ctx.pair.segments, ctx.answers)
        for c in a.cue("no_breakdown")
        if not any(
            x.start <= c.start < x.end
            and coverage.refuses_another_split(x.text, unit, asked_, language, lexicon_dir)
            for x in a.sentences
        )
    ]
    if not said:
        return None
    if not (dimensions or asked_.parts):
        return None
    if dimensions:
        asked = ", ".join(f"'{r.cue.text}'" for r in dimensions)
        evidence = tuple(_evidence(unit, r.cue, "question") for r in dimensions)
    else:
        asked = "parts " + ", ".join(f"({x.label})" for x in asked_.parts)
        evidence = tuple(
            Evidence(
                *unit.source_span(p.start, p.start + len(p.text.split()[0])), p.text.split()[0], "question"
            )
            for p in asked_.parts
        )
    words = "; ".join(f"'{c.text}'" for _, c in said[:2])
    return Flag(
        "breakdown_missing",
        f"asks figures {asked}; the answer says it cannot give that breakdown ({words})",
        evidence + tuple(_evidence(s, c, "answer") for s, c in said),
    )


@per_unit
def _given_elsewhere(ctx: PairContext) -> bool:
    """Whether the figures may stand where this answer says they do, so that they count as
    given (``LABELS.md``, settled cases): an annex of this answer ("zie bijlage"; not one still to
    come, "a copy of the letter will be placed in the Library"), a table
    that stood here (a placeholder code), the document's note that its annexes were sent to
    the member or that the answer was sent to the member directly ("rechtstreeks toegestuurd"),
    or another answer of the same document ("zie het antwoord op vraag 7").
    A pointer to a published source (a website, statistics, an earlier answer) gives no
    figures: cross_reference flags it, and these rules still weigh what was asked."""
    language, lexicon_dir = ctx.doc.language, ctx.doc.settings.lexicon_dir
    if ctx.annexed() and not coverage.annex_promised(ctx.answers, language, lexicon_dir):
        return True
    if any(t.placeholder for a in ctx.answers for t in a.tables) or coverage.placeholder_after_year(
        ctx.answers
    ):
        return True
    if coverage.given_to_member(ctx.answers, language, lexicon_dir):
        return True
    note = ctx.doc.annex_note
    if note and any(c is note[0][1] or c.kind in ("annex", "table_ref") for _, c in ctx.references):
        return True
    if _table_elsewhere(ctx):
        return True
    return any(_points_within(ctx, seg, c) for seg, c in ctx.references)


@per_unit
def _plain_no(ctx: PairContext) -> bool:
    """Whether the answer says the question is void ("Not applicable.", ``coverage.moot``) or that the
    estimate its counts ask was not made (``_estimate_not_made``): no figure or breakdown is missing."""
    return bool(
        coverage.moot(ctx.answers, ctx.doc.language, ctx.doc.settings.lexicon_dir)
    ) or _estimate_not_made(ctx)


def _estimate_not_made(ctx: PairContext) -> bool:
    """Whether the unit asks only whether an estimate of its counts was made (every question sentence closed:
    "whether his Department has made an estimate of the number of potential victims", ``QuestionAnalysis.closed``)
    and the answer says none was made ("The Impact Assessment did not produce monetised estimates of the number
    of individuals"; ``coverage.estimate_not_made``): a plain no, no figure or breakdown missing. An open "what
    estimate she has made of the number of vehicles" asks the figure, and "has not made a specific estimate"
    leaves it missing (the readers of ``../shared/labels`` flag ``figures_missing`` there; ``corpus/gold/README.md``,
    readings23)."""
    if not _counts_asked_closed(ctx):
        return False
    return ctx.doc.reading(
        "estimate_not_made",
        ctx.pair.question.n,
        lambda: (
            coverage.estimate_not_made(
                ctx.pair.question, ctx.asked, ctx.answers, ctx.doc.language, ctx.doc.settings.lexicon_dir
            )
            is not None
        ),
    )


def _counts_asked_closed(ctx: PairContext) -> bool:
    """Whether every count the unit asks stands in a closed clause: in English the last of the lexicon's
    ``closed_clauses`` and ``question_words`` before it in its clause is a closed one ("whether his Department
    has made an estimate of the number of", not "what estimate she has made of the number of vehicles ...; and
    if she will make an assessment"); in Dutch, which has no closed clauses, its question sentence asks yes or
    no ("Heeft u een raming gemaakt van het aantal ...?", ``QuestionAnalysis.closed``)."""
    lexicon = ctx.doc.lexicon
    closed = {w.lower() for w in lexicon.closed_clauses}
    leads = closed | {p.split()[0].lower() for p in lexicon.cue_list("question_words") if p.split()}
    text = ctx.pair.question.text
    for c in ctx.asked.counts:
        if not closed:
            if not any(x.start <= c.start < x.end for x in ctx.question.closed):
                return False
            continue
        before = text[: c.start]
        before = before[max(before.rfind(x) for x in "?.;") + 1 :]
        lead = next((w for w in reversed(text_layer.words(before)) if w in leads), None)
        if lead not in closed:
            return False
    return bool(ctx.asked.counts)


@per_unit
def _figures_elsewhere(ctx: PairContext) -> bool:
    """Whether the figures count as given elsewhere (``_given_elsewhere``) for both rules: not an
    annex of an answer that itself says figures asked are not held ("Tabel 1 (bijlage 1) bevat ...
    De gegevens worden vooralsnog niet in dergelijk detail geregistreerd"): what is not kept is in
    no annex either (``LABELS.md``: flags are independent). A table that stood in the answer (a
    placeholder code) still counts as given, whatever the answer says beside it."""
    if not _given_elsewhere(ctx):
        return False
    return (
        not _unheld(ctx)
        or any(t.placeholder for a in ctx.answers for t in a.tables)
        or _annex_holds_request(ctx)
    )


def _annex_holds_request(ctx: PairContext) -> bool:
    """Whether an annex of this answer is said to hold the information asked ("The information requested is
    provided in the attached excel tables", ``coverage.annex_holds_request``) and every claim of missing data
    beside it names no split and no year (``coverage.names_split``, ``coverage.names_year``): "This data is not
    regularly published or held in an easily accessible format" speaks of how the data are kept, the annex gives
    them (``LABELS.md``, settled cases: an annex that belongs to this answer counts as given; dev-uk102 1875980,
    dev-uk20 1873459, dev-uk101 1722846; breakdown55). A claim that names a split, a year ("Data for 2024 are
    not yet available") or a word of the unit ("Information on pharmacists is not held in the format requested",
    ``coverage.claim_names_unit``) still says what the annex lacks."""
    if coverage.annex_holds_request(ctx.answers, ctx.doc.language, ctx.doc.settings.lexicon_dir) is None:
        return False
    return _claims_name_nothing_asked(ctx, _unheld(ctx), unit_words=True)


def _annex_beside_other_claims(ctx: PairContext) -> bool:
    """Whether the split asked stands where the answer says its figures do (``_given_elsewhere``: an annex
    of this answer, the note that it went to the member) beside claims of missing data that name no split
    and no period (``coverage.names_split``): those claims speak of another matter than the breakdown
    ("Er werd geen onderscheid gemaakt tussen de wijze waarop de burger een afspraak kan maken" beside "Voor de
    details verwijs ik naar de bijgevoegde tabellen" for "Graag een overzicht per provincie", dev-be47 188564
    1; "Mijn administratie beschikt niet over de cijfers met betrekking tot het aandeel van de BIN's" beside the
    list "per gemeente gebundeld per provincie" in an annex, dev-be43 189601 1), so the split by a dimension
    counts as given for breakdown_missing (``LABELS.md``, settled cases; ``_split_in_annex``), as for an answer
    that makes no such claim. Not beside a claim that names a year ("Cijfers voor 2016 zijn nog niet
    beschikbaar", dev-be20 185170 1, whose split "per materie" the annex per OCMW does not hold either); a
    claim that names a dimension asked keeps its gap (``coverage.dimension_said_unheld``), and figures_missing weighs
    the claims as ``_figures_elsewhere`` does."""
    claims = _unheld(ctx)
    if not claims or not _given_elsewhere(ctx):
        return False
    return _claims_name_nothing_asked(ctx, claims)


def _claims_name_nothing_asked(
    ctx: PairContext, claims: list[tuple[AnswerSegment, Cue]], *, unit_words: bool = False
) -> bool:
    """Whether every claim of missing data stands in a sentence that names no split
    (``coverage.names_split``) and no year (``coverage.names_year``), and with ``unit_words`` no word of
    the unit either (``coverage.claim_names_unit``): such claims speak of how the data are kept, not of
    what an annex beside them lacks (``_annex_holds_request``, ``_annex_beside_other_claims``). A claim
    whose sentence cannot be found counts as naming something."""
    language, lexicon_dir = ctx.doc.language, ctx.doc.settings.lexicon_dir
    for seg, cue in claims:
        analysis = next(a for s, a in zip(ctx.pair.segments, ctx.answers) if s is seg)
        sentence = sentence_of(analysis, cue)
        if (
            sentence is None
            or coverage.names_split(sentence.text, language, lexicon_dir)
            or coverage.names_year(sentence.text)
            or (
                unit_words
                and coverage.claim_names_unit(sentence.text, ctx.pair.question, language, lexicon_dir)
            )
        ):
            return False
    return True


def _split_in_annex(gap: coverage.Gap) -> bool:
    """Whether ``gap`` is of a split by a dimension or into members (not of a period or a lettered part, which
    a claim beside the annex may speak of: "c) ... laten ons niet toe de cijfergegevens aan te reiken", dev-be2
    184523 1) that no claim of missing data names (``coverage.dimension_said_unheld``: "De provincies houden
    hierover geen gegevens bij" for "per provincie" names it without a split word): the annex holds it
    (``_annex_beside_other_claims``)."""
    return gap.kind in ("dimension", "split") and not coverage.dimension_said_unheld(gap)


def _table_elsewhere(ctx: PairContext, placeholder: bool = False) -> bool:
    """Whether a serving segment without a table of its own points to a table ("Zie tabel 1,
    lijn 2."; the lexicon's ``[cues] table_ref``) and another segment of the document holds one
    (or the placeholder of one that stood there; with ``placeholder``, only such a placeholder):
    the figures are in this answer's table."""
    if not any(not a.tables and a.cue("table_ref") for a in ctx.answers):
        return False
    serving = {(s.start, s.end) for s in ctx.pair.segments}
    return any(
        not placeholder or t.placeholder
        for seg in ctx.doc.document.answer.segments
        if (seg.start, seg.end) not in serving
        for t in ctx.doc.answer(seg).tables
    )


_OTHER_QUESTION = re.compile(
    r"\b(?:vraag|vragen|question|questions)\s+(\d{1,2})\b(?!\s*[./-]\s*\d)", re.IGNORECASE
)


def _points_within(ctx: PairContext, seg: AnswerSegment, cue: Cue) -> bool:
    """Whether a pointer names another unit of this document ("zie het antwoord op vraag 3";
    not "vraag nr. 191", a question of its own number)."""
    m = _OTHER_QUESTION.search(seg.text, cue.start, min(len(seg.text), cue.end + 40))
    if not m:
        return False
    numbers = {p.question.number for p in ctx.doc.pairs} - {ctx.pair.question.number}
    return int(m.group(1)) in numbers


def _year(ctx: PairContext) -> int | None:
    """The year the question was asked (or answered, when its date is not known)."""
    meta = ctx.doc.document.metadata
    return coverage.question_year(meta.date) or coverage.question_year(meta.date_answered)


def _coverage(ctx: PairContext) -> coverage.Coverage:
    """The unit's coverage (``coverage.coverage``), read once per unit and shared by the rules
    that weigh it (figures_missing, breakdown_missing and others each get their own
    ``PairContext``, the document's context is theirs in common)."""
    return ctx.doc.reading("coverage", ctx.pair.question.n, lambda: _read_coverage(ctx))


def unit_coverage(ctx: PairContext) -> coverage.Coverage:
    """The unit's coverage as figures_missing and breakdown_missing read it (``_coverage``), for the rules of
    other modules (``answers.no_information`` reads its years said not held)."""
    return _coverage(ctx)


def _read_coverage(ctx: PairContext) -> coverage.Coverage:
    doc = ctx.doc
    year = _year(ctx)
    return coverage.coverage(
        ctx.pair.question,
        ctx.question,
        tuple(ctx.answers),
        doc.language,
        doc.settings.lexicon_dir,
        year=year,
        unheld=bool(_unheld(ctx)),
        stem=doc.settings.stem_letters,
        asks_model=doc.settings.asks_model,
        asks_threshold=doc.settings.asks_min_probability,
        asks_veto=doc.settings.asks_veto_below,
        asks_split=doc.settings.asks_split_min_probability,
        whole=_whole_with_openings(ctx),
        # (read only for a unit that asks no figures of its own: the only one it may change)
        figures_before=not (ctx.asked.asks_figures or ctx.asked.splits) and _figures_before(ctx),
    )


def _figures_before(ctx: PairContext) -> bool:
    """Whether the unit before this one asks figures (``Asked.asks_figures``, or a split the question-reading
    model reads): what a unit that asks none of its own may split ("1. Wat is de evolutie van het aantal
    zelfstandigen ...? Graag de cijfers van 2014, 2015 en 2016. 2. Wordt daarbij een onderverdeling gemaakt naar
    de aard van het voertuig?", dev-be23 187783; breakdown39)."""
    ns = [p.question.n for p in ctx.doc.pairs]
    k = ns.index(ctx.pair.question.n)
    if k == 0:
        return False
    before = ctx.doc.context(k - 1).asked
    return before.asks_figures or bool(before.splits)


def _asks_again(ctx: PairContext) -> bool:
    """Whether a unit that asks no figures of its own asks those of the unit before: a split of them in words
    (``coverage.split_asked_alone``: "Kan ook een opdeling worden gemaakt naar de leeftijdscategorie van de
    daders ... in voornoemde jaren?", dev-be25 193081 4), or the unit's question again (``coverage.back_reference``:
    "Zelfde vragen voor de ambtenaren die een managementfunctie uitoefenen.", "Idem voor wat de ambtenaren
    betreft ...", dev-be36 190537 2 and 3), whose gaps ``_referred`` reads (breakdown39)."""
    lang, lex_dir = ctx.doc.language, ctx.doc.settings.lexicon_dir
    if coverage.back_reference(ctx.pair.question.text, lang, lex_dir) is not None:
        return True
    if not _figures_before(ctx):
        return False
    return bool(coverage.split_asked_alone(ctx.asked, ctx.question, lang, lex_dir))


def _whole(ctx: PairContext) -> tuple[AnswerAnalysis, ...]:
    """The serving segments read whole where a grouped one gives the unit only some of its sentences
    (``DocContext.unit_answer``), else none (``coverage.given`` reads ``whole``): a sentence there that names the
    period or the split the unit asks speaks of it wherever attribution put it (unavail36)."""
    whole = tuple(ctx.doc.answer(s) for s in ctx.pair.segments)
    return () if all(len(w.sentences) == len(a.sentences) for w, a in zip(whole, ctx.answers)) else whole


def _whole_with_openings(ctx: PairContext) -> tuple[AnswerAnalysis, ...]:
    """``_whole``, with the answer's openings that serve no unit before it (``_unserved_openings``), as
    ``coverage.given`` reads them for the years and splits said not held and the span the figures cover."""
    whole = _whole(ctx)
    openings = _unserved_openings(ctx) if ctx.pair.segments else ()
    if not openings:
        return whole
    # the answer's opening before "1." that serves no unit speaks for every unit: "Algemene opmerking: er is nog
    # geen informatie beschikbaar betreffende het jaar 2016." before the numbered answers says 2016 is not given for
    # each unit that asks it, whatever its own segment holds of the other years (dev-be92 187503 1 and 2)
    return (*openings, *(whole or ctx.answers))


def _unserved_openings(ctx: PairContext) -> tuple[AnswerAnalysis, ...]:
    """The analyses of the document's answer openings that name no number and serve no unit (the text before
    "1."), as ``answers._unserved_openings`` reads them for missing data and hand-overs."""
    return tuple(ctx.doc.answer(seg) for seg in _unserved_opening_segments(ctx))


def _unserved_opening_segments(ctx: PairContext) -> tuple[AnswerSegment, ...]:
    """The document's answer openings that name no number and serve no unit."""
    return tuple(
        seg
        for seg in ctx.doc.document.answer.segments
        if seg.label == "intro" and not seg.numbers and not ctx.doc.served(seg)
    )


# the lists the rules read to tell whether the answer opens with the yes a count asked "Zo ja" is on
_YES_LISTS = (
    "answer.affirmations",
    "answer.negations",
    "answer.plain_replies",
    "question.closed_clauses",
    "question.status_asks",
)


@rule(
    "breakdown_missing",
    "figures asked per a dimension, period or part are not given for every one",
    cues=(
        "no_breakdown",
        "no_information",
        "closed_question_starts",
        "question_words",
        "future",
        *REFERENCE_CUES,
        *ATTRIBUTION_CUES,
    ),
    lists=(*_YES_LISTS, "question.clause_openers"),
    order=20,
)
def breakdown_missing(ctx: PairContext) -> Iterator[Flag]:
    flags = list(_breakdown_gaps(ctx))
    if flags:
        yield from flags
        return
    said = _split_refused(ctx)
    if said is not None:
        yield said


def _split_refused(ctx: PairContext) -> Flag | None:
    """A split the unit asks that a negated sentence of the answer names in the same words, with no figure
    ("De toelage per vakbond kan niet gespecifieerd worden.", "Het is dus niet mogelijk een overzicht per
    Gewest te geven."; ``coverage.splits_refused``), where the rule's reading of what is given finds no gap
    (a table placeholder beside it, the split's values named elsewhere): said not given. Not for figures
    asked only on a reply not given, nor for an answer that says the question is void."""
    if not ctx.pair.segments or not ctx.asked.asks_figures:
        return None
    language, lexicon_dir = ctx.doc.language, ctx.doc.settings.lexicon_dir
    if coverage.moot(ctx.answers, language, lexicon_dir):
        return None
    if ctx.asked.conditional and not _condition_met(ctx, ctx.asked.conditional):
        return None
    # a sentence that names the split the unit asks speaks of it wherever attribution put it in a segment serving
    # several units ("We krijgen geen maandelijkse gegevens per nationaliteit en we denken niet dat die bestaan met
    # een opsplitsing naar land van herkomst", dev-be29 191586 1; unavail36)
    named = coverage.splits_refused(
        ctx.pair.question, _whole(ctx) or ctx.answers, language, lexicon_dir, ctx.asked.dimensions
    )
    if not named:
        return None
    unit = ctx.pair.question
    asked = ", ".join(dict.fromkeys(f"'{r.text}'" for _, r, _ in named))
    words = "; ".join(dict.fromkeys(f"'{x.text.strip()}'" for _, _, x in named[:2]))
    return Flag(
        "breakdown_missing",
        f"asks figures {asked}; the answer says it does not give that breakdown ({words})",
        tuple(_evidence(unit, r, "question") for _, r, _ in named)
        + tuple(_evidence(ctx.pair.segments[k], x, "answer") for k, _, x in named),
    )


def _without_agents(ctx: PairContext, cov: coverage.Coverage) -> coverage.Coverage:
    """``cov`` without the dimensions asked in words that name who acts ("the costs incurred by local
    authorities", ``coverage.gap_names_agent``; breakdown40): no split asked, for breakdown_missing only."""
    lang, lex_dir = ctx.doc.language, ctx.doc.settings.lexicon_dir
    kept = tuple(g for g in cov.gaps if not coverage.gap_names_agent(g, lang, lex_dir))
    return cov if len(kept) == len(cov.gaps) else replace(cov, gaps=kept)


def _breakdown_gaps(ctx: PairContext) -> Iterator[Flag]:
    opening = ctx.doc.document.question.preamble
    periods = (
        coverage.opening_periods(opening.text, ctx.doc.language, ctx.doc.settings.lexicon_dir)
        if opening
        else ()
    )
    # units that continue the opening's list ("Meer bepaald zou ik de volgende gegevens willen ontvangen:
    # dagen (totaal); ...") ask what it asks
    listed = bool(periods) and opening is not None and opening.text.rstrip().endswith(":")
    if not (
        listed
        or (
            coverage.may_ask_figures(
                ctx.pair.question,
                ctx.question,
                ctx.doc.language,
                ctx.doc.settings.lexicon_dir,
                ctx.doc.settings.asks_model,
            )
            and ctx.asked.asks_figures
        )
        or ctx.asked.splits  # a split the question-reading model reads asks figures broken down
        or _asks_again(ctx)  # the figures of the unit before, split or asked again
    ):
        return  # no figures asked (a count is one; a preamble's "overzicht" is none), so no breakdown of them
    if not ctx.pair.segments:
        # no answer serves the unit (missing_answer): the breakdown asked is not given either (LABELS.md:
        # flags are independent), as figures_missing reads the count; one asked only on a yes is not asked
        # (the years of the opening are carried to it as to a unit an answer serves)
        cov = _without_agents(ctx, _coverage(ctx))
        carried = coverage.opening_gaps(cov.asked, cov.given, periods, _year(ctx), False)
        if (cov.gaps or carried) and not cov.asked.conditional:
            evidence = _gap_evidence(ctx.pair.question, cov.gaps)
            if opening is not None:
                evidence += _gap_evidence(opening, carried)
            yield Flag(
                "breakdown_missing",
                f"{'; '.join(str(g) for g in (*cov.gaps, *carried))}; no answer segment serves it",
                evidence,
            )
        return
    refused = _refused(ctx)
    if refused:
        # said in words, whatever table stood beside it ("Aantal koperdiefstallen per jaar: <table> ...
        # Om veiligheidsredenen is het niet wenselijk om een geografische verdeling te verstrekken")
        yield refused
        return
    if _plain_no(ctx):
        return
    elsewhere = _figures_elsewhere(ctx)
    cov = _without_agents(ctx, _coverage(ctx))
    given = cov.given
    # a placeholder of a table beside words that name fewer years than asked ("het aantal vaststellingen
    # ... voor het eerste semester van 2016" for "in 2015 en 2016"): the table holds the years named
    placeholder = elsewhere and any(t.placeholder for a in ctx.answers for t in a.tables)
    lang, lex_dir = ctx.doc.language, ctx.doc.settings.lexicon_dir
    # a lettered part whose count is asked only on a yes its own answer does not give ("a) ... Zo ja, hoeveel ...?")
    on_yes = coverage.parts_asked_on_a_yes(cov.asked, ctx.question, ctx.answers, lang, lex_dir)
    if on_yes:
        cov = replace(
            cov, gaps=tuple(g for g in cov.gaps if not (g.kind == "part" and g.asked.strip("()") in on_yes))
        )
    # what another unit asks that this one asks again ("volgens de opdeling zoals gevraagd in vraag 2")
    referred, other, back = _referred(ctx, cov)

    # (or that the sentence pointing to the answer's annex names: "Als bijlage vindt u een tabel ... voor de
    # periode 2013 tot 2016" for 2011-2016, dev-be53 191026; breakdown33)
    def outside(g: coverage.Gap) -> bool:
        return (placeholder and coverage.outside_named(g, ctx.answers, lang, lex_dir)) or (
            elsewhere and coverage.outside_annex_named(g, ctx.answers, lang, lex_dir)
        )

    named = any(outside(g) for g in (*cov.gaps, *referred))
    part = any(coverage.part_year_gap(g) or coverage.said_unheld(g) for g in (*cov.gaps, *referred))
    # a placeholder beside words that name the split its table holds, another than one asked ("De opsplitsing
    # per jaar en per taalrol ziet eruit als volgt:" for "per Gewest"): that dimension is not given
    other_split = [
        g
        for g in cov.gaps
        if placeholder
        and coverage.placeholder_split_other(g, ctx.pair.question, cov.asked, ctx.answers, lang, lex_dir)
    ]
    unknown = placeholder and _count_unknown_before_placeholder(
        ctx.answers,
        given,
        lambda text: coverage.refuses_another_split(text, ctx.pair.question, ctx.asked, lang, lex_dir),
    )
    # a split of one of the unit's counts beside a claim that names that count in words of its own ("Wat betreft
    # de gemiddelde kostprijs voor de patient bestaan hier geen cijfers over.", dev-be52 185459 2): said not held,
    # whatever the table or annex holds of the other counts (breakdown35)
    said_of_count = [
        g
        for g in cov.gaps
        if elsewhere and coverage.count_claim_of(g, ctx.question, ctx.answers, lang, lex_dir)
    ]
    if said_of_count:
        cov = replace(
            cov, gaps=tuple(coverage.said_of_its_count(g) if g in said_of_count else g for g in cov.gaps)
        )
        said_of_count = [g for g in cov.gaps if coverage.count_said_unheld(g)]
    if (
        elsewhere
        and given.starts is None
        and given.ends is None
        and not named
        and not part
        and not other_split
        and not unknown
        and not said_of_count
    ):
        return
    if (
        cov.asked.conditional
        and not _condition_met(ctx, cov.asked.conditional)
        and not _count_said_unheld_in_data(ctx, given)
        and not (cov.asked.conditional == "yes" and _yes_in_figures(given))
    ):
        # "Zo ja, hoeveel de laatste vijf jaar? Graag per jaar." with the yes not given: the count is not
        # asked (figures_missing reads it so), nor its breakdown; unless the answer says the data of the count
        # are not held, the yes left implicit, as figures_missing reads it too (dev-be15 191215 1); or where it
        # gives figures of the count, the yes they imply ("Zo ja, hoeveel? Graag cijfers van de laatste vijf jaar"
        # - "In 2016 ontving mijn administratie drie meldingen", be-kamer 188541 4)
        return
    if not elsewhere and _no_money(cov) and _money_spans(ctx, cov):
        yield _no_money_breakdown(ctx, cov)
        return
    carried = coverage.opening_gaps(cov.asked, given, periods, _year(ctx), bool(_unheld(ctx)))
    if opening is not None:
        # a dimension the opening asks of the list after its colon ("Kunt u voor 2016 per taalgroep meedelen:")
        dimensions = coverage.opening_dimensions(opening.text, ctx.doc.language, ctx.doc.settings.lexicon_dir)
        carried += coverage.opening_dimension_gaps(
            cov.asked, given, dimensions, ctx.answers, ctx.doc.language, ctx.doc.settings.lexicon_dir
        )
    if elsewhere and not unknown:
        # figures given elsewhere (a placeholder of a table, an annex) beside a sentence that says they
        # start later than asked ("slechts gegevens beschikbaar vanaf 2014"): only the years before are missing
        # (or end earlier than asked: "Momenteel zijn er gegevens beschikbaar tot en met 2013", the years after)
        carried = [g for g in carried if _outside_said_span(g, given)]
        # (or beside words that name fewer years than asked: the years they leave out are missing)
        kept = [
            g
            for g in cov.gaps
            if _outside_said_span(g, given) or coverage.part_year_gap(g) or coverage.said_unheld(g)
        ]
        kept += [g for g in cov.gaps if named and g not in kept and outside(g)]
        kept += [g for g in other_split if g not in kept]
        kept += [g for g in said_of_count if g not in kept]
        cov = replace(cov, gaps=tuple(g for g in cov.gaps if g in kept))
        referred = [
            g
            for g in referred
            if _outside_said_span(g, given) or coverage.part_year_gap(g) or (named and outside(g))
        ]
    if not elsewhere and _annex_beside_other_claims(ctx):
        # the split asked stands in the annex the answer points to, the claims beside it speak of other matters
        cov = replace(cov, gaps=tuple(g for g in cov.gaps if not _split_in_annex(g)))
        carried = [g for g in carried if not _split_in_annex(g)]
        referred = [g for g in referred if not _split_in_annex(g)]
    # a lettered part that the sentence of a zero names by its own words ("No Bangladeshi International Officer
    # Cadets ... were members of the Bangladeshi Police or Rapid Action Battalion" for "how many members of the
    # Bangladeshi (a) police and (b) rapid action battalion", dev-uk60 1735208): given as none (breakdown35)
    nil_parts = coverage.parts_named_by_zeros(cov.asked, cov.given, ctx.answers)
    if nil_parts:
        cov = replace(
            cov,
            gaps=tuple(g for g in cov.gaps if not (g.kind == "part" and g.asked.strip("()") in nil_parts)),
        )
    gaps = (*cov.gaps, *carried, *referred)
    # a zero figure within a zero's own words ("None of the ... claims have yet settled") is that zero (nil29)
    figures = [f for f in given.figures if not any(z.start <= f.start < z.end for z in given.zeros)]
    if not gaps or (given.zeros and not (figures or given.tables or _unheld(ctx))):
        return  # nothing missing, or none of what was asked: a zero needs no breakdown
    q = ctx.pair.question
    reason = "; ".join(str(g) for g in (*cov.gaps, *carried))
    if referred and other is not None and back is not None:
        said = "; ".join(str(g) for g in referred)
        reason = "; ".join(
            x for x in (reason, f"{said} (asked in question {other.n}, which '{back.text}' points to)") if x
        )
    given = [
        f"{coverage.dimension_label(name)}: {', '.join(v[:6])}{'…' if len(v) > 6 else ''}"
        for name, v in cov.given.dimensions
        if len(v) >= 2 and not coverage.gives_no_figure(cov.given)
    ]
    if given:
        reason += f" (it gives {'; '.join(given)})"
    evidence = _gap_evidence(q, cov.gaps)
    if opening is not None:
        evidence += _gap_evidence(opening, carried)
    if referred and other is not None and back is not None:
        evidence += (_evidence(q, back, "question"), *_gap_evidence(other, referred))
    opened = _opening_claims(ctx, [g for g in cov.gaps if coverage.said_unheld(g)])
    if opened:
        # years said not held in the answer's opening that serves no unit (``_whole_with_openings``): its words
        reason += f" (the answer's opening: {'; '.join(repr(c.text) for _, c in opened[:2])})"
        evidence += tuple(_evidence(seg, c, "answer") for seg, c in opened)
    yield _breakdown_flag(ctx, reason, evidence)


def _opening_claims(ctx: PairContext, gaps: Sequence[coverage.Gap]) -> list[tuple[AnswerSegment, Cue]]:
    """The ``no_information`` cues of the answer's openings that serve no unit (``_unserved_openings``) in a sentence
    that names a year of ``gaps`` (years said not held), with their segments; none where the unit's own answer says
    so itself (``_unheld`` names those)."""
    years = {str(y) for g in gaps for y in range(int(g.asked[:4]), int(g.asked[-4:]) + 1)}
    if not years or _unheld(ctx):
        return []
    out = []
    for seg in _unserved_opening_segments(ctx):
        a = ctx.doc.answer(seg)
        for c in a.cue("no_information"):
            x = sentence_of(a, c) or c
            if years & set(re.findall(r"(?<!\d)\d{4}(?!\d)", x.text)):
                out.append((seg, c))
    return out


def _outside_said_span(gap: coverage.Gap, given: coverage.Given) -> bool:
    """Whether ``gap`` is years asked before the first or after the last that a sentence of the answer says its
    figures cover (``coverage.before_start``, ``coverage.after_end``): missing beside an annex or a table's
    placeholder, which holds only the years said."""
    return coverage.before_start(gap, given) or coverage.after_end(gap, given)


_BACK_CHAIN = 4  # units at most followed back ("Graag dezelfde opsplitsing." after another unit that says so)


def _count_unknown_before_placeholder(
    answers: Sequence[AnswerAnalysis],
    given: coverage.Given,
    other_split: Callable[[str], bool] = lambda text: False,
) -> bool:
    """Whether words that introduce a table placeholder say the count asked is not known, for no year of its own:
    a claim that names what the unit counts (``_count_said_unheld``) before a placeholder of its answer ("Het
    aantal ingezette toestellen is niet gekend." before two placeholders, dev-be28 189958 2; "Gegevens inzake
    uitstroomresultaten zijn niet als dusdanig beschikbaar", dev-be26 188746 1): the tables do not hold what the
    answer says is not known, so the breakdown asked of that count stays missing (``LABELS.md``: a placeholder
    counts as given for what it would hold). Not a remark after the tables on what they leave out ("De cijfers
    laten niet toe om een onderscheid te maken tussen ...", reference-dev 190922 1), nor a claim that names a
    year ("De cijfers voor 2017 zijn nog niet gekend": the years rule reads it), nor one that says only a split the unit
    does not ask cannot be made (``other_split``, ``coverage.refuses_another_split``: "Bijgevolg kan de Tabak- en
    Alcoholcontroledienst geen opsplitsing maken van de controlecijfers tussen de vergrendelingssystemen ..." before
    the table "per jaar, per Gewest en vervolgens per provincie" asks, dev-be97 185422 2; breakdown54)."""
    if not _count_said_unheld(given):
        return False
    return any(
        not coverage.names_year(x.text)
        and not other_split(x.text)
        and PLACEHOLDER.search(a.text, x.end) is not None
        for x in given.count_unheld
        for a in answers
        if x in a.sentences
    )


def _referred(
    ctx: PairContext, cov: coverage.Coverage
) -> tuple[list[coverage.Gap], Question | None, Cue | None]:
    """The gaps of what another unit of the question asks that this unit asks again (``coverage.back_reference``:
    "Hoeveel werd aan leeflonen uitbetaald aan niet-Belgen, volgens de opdeling zoals gevraagd in vraag 2?",
    "Kunt u, ter vergelijking, dezelfde cijfers geven voor de hele provincie Antwerpen?"), the unit named (one
    before this one) or else the one before, followed back while it asks no dimension or period itself and
    points back in turn ("Graag dezelfde opsplitsing." after "Graag dezelfde opsplitsing."); with that unit and
    the words that point to it. Read by ``coverage.referred_gaps``."""
    lang, lex_dir = ctx.doc.language, ctx.doc.settings.lexicon_dir
    q = ctx.pair.question
    found = coverage.back_reference(q.text, lang, lex_dir)
    if found is None:
        return [], None, None
    back, number = found
    ns = [p.question.n for p in ctx.doc.pairs]
    k = ns.index(q.n)
    j = (
        ns.index(str(number))
        if number is not None and str(number) in ns[:k]
        else (k - 1 if number is None else -1)
    )
    for _ in range(_BACK_CHAIN):
        if j < 0:
            return [], None, None
        other = ctx.doc.context(j)
        if other.asked.dimensions or other.asked.periods:
            break
        again = coverage.back_reference(other.pair.question.text, lang, lex_dir)
        if again is None:
            return [], None, None
        n = again[1]
        j = ns.index(str(n)) if n is not None and str(n) in ns[:j] else (j - 1 if n is None else -1)
    else:
        return [], None, None
    gaps = coverage.referred_gaps(
        cov.asked, cov.given, other.asked, ctx.answers, _year(ctx), bool(_unheld(ctx)), lang, lex_dir
    )
    if any(a.annex_cues for a in ctx.answers):
        # an annex of the answer may hold the split ("Bijgevoegd de gevraagde cijfers.", be-kamer 187143 3),
        # whatever the answer says beside it; not the years it says it starts later or gives in part
        gaps = [g for g in gaps if _outside_said_span(g, cov.given) or coverage.part_year_gap(g)]
    return gaps, other.pair.question, back


def _yes_in_figures(given: coverage.Given) -> bool:
    """Whether the answer gives figures of the count a follow-up of a yes asks, in a year ("In 2016 ontving mijn
    administratie drie meldingen" for "Zo ja, hoeveel? Graag cijfers van de laatste vijf jaar, per jaar",
    be-kamer 188541 4): the yes they imply is given. Not a number of a citation or a question ("deelvraag 10")
    alone, which names no year. A table of what the count counts (``Given.tables_on_topic``: its caption names it, a
    placeholder's too) beside years named implies it as well ("de ontvangen inkomsten ... in de periode 2013-2015 het
    volgende:<code>" for "Bestaan er nu al heffingen ...? Zo ja, wat zijn de cijfers voor de voorbije vijf jaar?",
    dev-be43 184622 2; breakdown31)."""
    if given.tables_on_topic and given.years and not given.cited:
        return True
    return bool(given.on_topic and given.figures and given.years and not (given.cited or given.worded))


def _breakdown_flag(ctx: PairContext, reason: str, evidence: tuple[Evidence, ...]) -> Flag:
    """breakdown_missing with ``reason``, and the answer's claims that the figures are not held."""
    return Flag("breakdown_missing", *_with_unheld(ctx, reason, evidence, "; the answer says"))


def _with_unheld(
    ctx: PairContext, reason: str, evidence: tuple[Evidence, ...], lead: str
) -> tuple[str, tuple[Evidence, ...]]:
    """``reason`` and ``evidence`` with the answer's claims that the figures are not held, if it
    makes any ("{lead} the figures are not held (...)")."""
    unheld = _unheld(ctx)
    if not unheld:
        return reason, evidence
    said, claims = _claims(unheld)
    return f"{reason}{lead} the figures are not held ({said})", evidence + claims


@rule(
    "figures_missing",
    "a count or amount is asked and the answer gives no figure",
    cues=(
        "no_information",
        "no_breakdown",
        "closed_question_starts",
        "question_words",
        "future",
        # words of the holding of data a negation negates (``_negates_holding``; lows51)
        "lacking",
        "not_possible",
        *REFERENCE_CUES,
        *ATTRIBUTION_CUES,
    ),
    lists=(
        "coverage.period_words",
        "coverage.item_counts",
        "coverage.share_words",
        "coverage.share_asks",
        "coverage.frequency_asks",
        "coverage.frequency_words",
        "coverage.share_whole",
        "coverage.average_words",
        "coverage.rate_leads",
        "coverage.rate_not_things",
        "answer.one_articles",
        "answer.one_leads",
        "answer.one_not",
        *_YES_LISTS,
    ),
    order=30,
)
def figures_missing(ctx: PairContext) -> Iterator[Flag]:
    qa = ctx.question
    # the count cues of the unit, and the sentences the question-reading model reads as asking figures
    # where the lexicon reads no count ("Wat heeft dat gekost?")
    count_cues = (*qa.count_cues, *(c for c in ctx.asked.counts if c.learned or c.kind == coverage.MONEY_ASK))
    if not count_cues or not ctx.asked.counts:
        # no count asked (one the preamble states is none: "Het aantal inbraken steeg ..."), but figures
        # may be asked broken down without a count word
        yield from _breakdown_without_figure(ctx)
        return
    q = ctx.pair.question
    if not qa.count_cues and _splits_earlier_count(ctx, count_cues):
        return
    cues = _quoted(count_cues) + _learned_note(q, count_cues)
    evidence = _count_evidence(q, count_cues)
    if not ctx.pair.segments:
        # no answer serves the unit (missing_answer): the count asked is not given either (LABELS.md:
        # flags are independent); one asked only on a yes not given is not asked
        if not ctx.asked.conditional:
            yield Flag("figures_missing", f"asks {cues}; no answer segment serves it", evidence)
        return
    if _plain_no(ctx):
        return
    cov = _coverage(ctx)
    part = coverage.part_years_asked(cov.asked, cov.given, _year(ctx))
    if part:
        # "in 2015 en 2016" asked, "De cijfers voor 2016 bevatten alleen deze van het eerste semester": the
        # count of 2016 is not given, whatever tables (placeholders too) stand beside it or elsewhere
        years = ", ".join(map(str, part))
        yield Flag(
            "figures_missing", f"asks {cues} for {years}; the answer gives part of the year only", evidence
        )
        return
    other = _another_period(ctx, cov)
    if other is not None:
        reason, claims = other
        yield Flag("figures_missing", f"asks {cues} {reason}", evidence + claims)
        return
    amount = _amount_said_unheld(ctx, cov)
    if amount is not None:
        yield Flag("figures_missing", *amount)
        return
    noun = _noun_said_unheld(ctx, cov)
    if noun is not None:
        yield Flag("figures_missing", f"asks {cues}; {noun[0]}", evidence + noun[1])
        return
    if _figures_elsewhere(ctx):
        return
    if (
        cov.given.annex_on_topic
        and not cov.given.count_unheld
        and not _parts_without_figure(cov, qa)
        and _given_elsewhere(ctx)
    ):
        # an annex of this answer named in a sentence that names what is counted, beside a claim that names
        # none of it: the claim speaks of a year or a split ("Cijfers voor 2016 zijn nog niet beschikbaar"
        # beside "Het door de POD ... betaalde bedrag per OCMW ... wordt weergegeven in de bijgaande tabel",
        # dev-be20 185170), which breakdown_missing weighs; the count stands in the annex (not the count of a
        # lettered part given nothing: "Tabel 1 (bijlage 1) bevat het aantal feiten" for a), none for c), dev-be2
        # 184523 1)
        return
    if _table_elsewhere(ctx, placeholder=True):
        # "De gevraagde cijfergegevens worden weergegeven in de tabel hieronder", the table's placeholder
        # code standing after a later segment (be-kamer): the table counts as given (LABELS.md, settled
        # cases), whatever the answer says beside it; breakdown_missing still weighs a dimension refused
        return
    given = cov.given
    unheld = _unheld(ctx)
    if not unheld and _frequency_given(ctx, cov, count_cues):
        # "how frequently such risks are reviewed" answered "A formal risk review process was undertaken on a
        # four-weekly basis ahead of the transfer" (uk-commons 1911225): the frequency asked, given in words
        return
    if _no_money(cov):
        shown = ", ".join(f"'{f.text}'" for f in given.figures[:3]) or f"{given.tables} table(s)"
        reason = f"asks {cues}; the answer gives no amount of money (it gives {shown})"
        if unheld:
            said, claims = _claims(unheld)
            reason += f" and says the figures are not held ({said})"
            evidence += claims
        yield Flag("figures_missing", reason, evidence)
        return
    if given.tables and not unheld:
        return
    if not given.figures and not given.tables:
        if given.zeros and not unheld:
            return  # "er werden geen aanpassingen doorgevoerd": none, a count of zero
        if not unheld and _one_in_brief_answer(ctx, cov):
            return  # "Het kabinet heeft een dienstwagen ter beschikking.": a count of one
        if cov.asked.amounts and _spent_nothing_in_group(ctx):
            return
        if (
            cov.asked.conditional
            and not _condition_met(ctx, cov.asked.conditional)
            and not _count_said_unheld_in_data(ctx, given)
            and not _said_unheld_in_data(ctx)
        ):
            # "Zo ja, hoeveel?" with the yes not given, "Indien niet, hoeveel?" with the no not given: the
            # count is not asked (corpus/gold/README.md); unless the answer says the data of the count itself
            # are not held, the yes left implicit (``_count_said_unheld_in_data``)
            return
        reason = f"asks {cues}; the answer gives no number"
        if unheld:
            said, claims = _claims(unheld)
            reason += f" and says the figures are not held ({said})"
            evidence += claims
    elif given.worded and not given.tables and not given.zeros and (pointers := _pointers(ctx)):
        # number words alone, none in a sentence about what is counted, beside a pointer to a published
        # text ("The Home Office publishes statistics on the returns ... available at: ..."; "Section 7 ...
        # the five-year period"): the figures are where it points, not here (LABELS.md: a pointer to a
        # published source does not give the figures)
        shown = ", ".join(f"'{f.text}'" for f in given.figures[:3])
        reason = (
            f"asks {cues}; the answer's only figures are number words about other things ({shown}) "
            f"and it points elsewhere ({'; '.join(repr(c.text) for _, c in pointers[:2])})"
        )
        evidence += tuple(_evidence(s, c, "answer") for s, c in pointers)
        reason, evidence = _with_unheld(ctx, reason, evidence, "; it says")
    elif averaged := _averages_only(ctx, cov):
        # "hoeveel betwistingen ... de laatste vijf jaar" answered "maandelijks gemiddeld 1.300 betwistingen":
        # an average or a rate, not the count or total asked
        shown = ", ".join(f"'{f.text}'" for _, f in averaged[:3])
        reason = f"asks {cues}; the answer gives only averages or rates ({shown}), not the number asked"
        evidence += tuple(_evidence(s, f, "answer") for s, f in averaged)
        reason, evidence = _with_unheld(ctx, reason, evidence, "; it says")
    elif unheld:
        bare = _parts_without_figure(cov, qa)
        if bare:
            # a part that asks a count of its own gets no figure, and the answer says figures are not
            # held: that count is missing (figures_missing is read per requested figure)
            said, claims = _claims(unheld)
            named = "; ".join(f"part ({p.label}) asks {_quoted(cs)}" for p, cs in bare)
            reason = f"{named}: no figure; the answer says the figures are not held ({said})"
            evidence = tuple(_evidence(q, c, "question") for _, cs in bare for c in cs) + claims
            yield Flag("figures_missing", reason, evidence)
            return
        if (
            given.related
            and (qa.dimensions or len(cov.asked.parts) >= 2)
            and not _count_said_unheld(given)
            and not _nothing_of_count(ctx, cov)
            and _claims_of_breakdown(ctx, cov, unheld)
        ):
            return  # figures given for a breakdown said to be partly not held: breakdown_missing weighs it
        if given.tables_on_topic:
            return  # a table of what is counted, beside a claim that something else is not held
        said, claims = _claims(unheld)
        reason = f"asks {cues}; the answer says the figures are not held ({said}) and gives other numbers"
        evidence += claims
    elif not given.on_topic and not given.tables and not given.zeros and not _own_brief_answer(ctx, cov):
        # (a zero of what is counted beside figures of other things gives the count: "Fedasil heeft in 2015 en
        # 2016 geen beslissingen van niet-toewijzing ... genomen. De enige niet-toekenningen betroffen ...")
        shown = ", ".join(f"'{f.text}'" for f in given.figures[:3])
        reason = f"asks {cues}; the answer's figures ({shown}) stand in sentences about other things"
    elif not given.tables and _shares_only(ctx, cov):
        shown = ", ".join(f"'{f.text}'" for f in given.figures[:3])
        reason = f"asks {cues}; the answer gives only shares ({shown}), not the number asked"
    elif not given.tables and (shares := _share_not_given(ctx, cov)):
        shown = ", ".join(f"'{f.text}'" for f in given.figures[:3])
        reason = f"asks {_quoted(shares)}; the answer gives counts ({shown}) and no share"
        evidence = tuple(_evidence(q, c, "question") for c in shares)
    elif given.unmet and not given.tables:
        unmet = _quoted(given.unmet)
        reason = f"asks {cues}; no figure speaks of what {unmet} asks"
        evidence = tuple(_evidence(q, c, "question") for c in given.unmet)
    else:
        return
    yield Flag("figures_missing", reason, evidence)


def _another_period(ctx: PairContext, cov: coverage.Coverage) -> tuple[str, tuple[Evidence, ...]] | None:
    """The count asked of a year named one by one and figures given of other years only: the reason and the
    evidence of the answer's claims that figures are not held, or None. "Heeft u er zicht op hoeveel artsen een
    beperkte medische activiteit uitoefenden in 2016?" answered "De cijfers van 2016 zijn nog niet beschikbaar,
    dus vindt u in de onderstaande tabel het aantal artsen dat op 31 december 2015 ..." gives a count of 2015,
    not the one asked (dev-be28 188607 3), whatever table stands beside it. The years of the answer are those of
    its figure-bearing sentences and tables' labels (``coverage.Given.years``: not those of a date); none where
    a zero of what is counted is given, or every figure cites another text."""
    doc = ctx.doc
    asked_years = coverage.count_years(cov.asked, ctx.question, doc.language, doc.settings.lexicon_dir)
    given = cov.given
    if not asked_years or not given.years or given.zeros or given.cited:
        return None
    if set(asked_years) & set(given.years):
        return None
    # a table or an annex that may hold the year asked ("provided in the Excel file attached")
    if _placeholder_of_any_year(ctx) or any(a.annex_cues for a in ctx.answers):
        return None
    unheld = _unheld(ctx)
    claimed = {(s.start, c.start) for s, c in unheld}
    for seg, a in zip(ctx.pair.segments, ctx.answers):
        for sentence in a.sentences:
            if any(seg.start == k and sentence.start <= at < sentence.end for k, at in claimed):
                continue  # "De cijfers van 2016 zijn nog niet beschikbaar" gives no figure of 2016
            # the year asked named in words ("for all PIP clearances which took place in 2024")
            if set(asked_years) & coverage.years_led(sentence.text, doc.language, doc.settings.lexicon_dir):
                return None
    if cov.asked.conditional and not _condition_met(ctx, cov.asked.conditional):
        return None
    codes = _table_codes(ctx)
    named = [f.text for f in given.figures if f.text not in codes]
    shown = ", ".join(f"'{f}'" for f in named[:3]) or f"{given.tables} table(s)"
    reason = f"in {_listed(asked_years)}: the figures given ({shown}) count {_listed(given.years)}"
    if not unheld:
        return reason, ()
    said, claims = _claims(unheld)
    return f"{reason}; the answer says the figures are not held ({said})", claims


def _listed(years: Sequence[int]) -> str:
    return ", ".join(map(str, years))


def _amount_said_unheld(ctx: PairContext, cov: coverage.Coverage) -> tuple[str, tuple[Evidence, ...]] | None:
    """An amount asked beside a count ("Hoeveel diefstallen van medisch materiaal werden er de voorbije jaren
    vastgesteld? Voor welk bedrag werd er gemiddeld gestolen?"), no amount of money given, and a sentence of the
    answer saying figures are not held that names a money noun of the lexicon ("Aangaande de bedragen van de
    gestolen (para)medische apparatuur, moet ik het geachte lid meedelen dat deze informatie niet beschikbaar is
    in de ANG.", dev-be28 192823 1): the amount is missing whatever counts of other things stand beside it (the
    reason and evidence, or None). ``_no_money`` reads units that ask amounts only."""
    asked, given = cov.asked, cov.given
    if not asked.amounts or len(asked.amounts) == len(asked.counts) or given.money:
        return None
    if asked.conditional and not _condition_met(ctx, asked.conditional):
        return None
    doc = ctx.doc
    claims = [
        (seg, c)
        for seg, a in zip(ctx.pair.segments, ctx.answers)
        for c in a.cue("no_information")
        if coverage.names_money((sentence_of(a, c) or c).text, doc.language, doc.settings.lexicon_dir)
    ]
    if not claims:
        return None
    for seg, a in zip(ctx.pair.segments, ctx.answers):
        for t in a.tables:
            before = _sentence_before(seg.text, t.start - seg.start) if t.placeholder else ""
            if t.placeholder and not any(c.text in before for _, c in claims):
                # a table that stood after a sentence other than the claim ("Onderaan vindt u een overzicht van
                # de gevraagde bedragen ...") holds amounts (LABELS.md, settled cases)
                return None
    codes = _table_codes(ctx)
    shown = ", ".join([f"'{f.text}'" for f in given.figures if f.text not in codes][:3]) or "no figure"
    said, evidence = _claims(claims)
    reason = (
        f"asks {_quoted(asked.amounts)}; the answer gives no amount of money (its figures: {shown}) and says the "
        f"amounts are not held ({said})"
    )
    q = ctx.pair.question
    return reason, tuple(_evidence(q, c, "question") for c in asked.amounts) + evidence


def _noun_said_unheld(ctx: PairContext, cov: coverage.Coverage) -> tuple[str, tuple[Evidence, ...]] | None:
    """A sentence saying figures are not held, with no figure of its own, that names right after a word of
    ``[coverage] count_heads`` ("aantal", "number of") the word each count of the unit counts
    (``coverage.counted_noun``, by its first five letters): "Het aantal treinen die vertraging hadden wordt op zich
    niet meegedeeld" for "Hoeveel treinen hadden er in 2016 vertraging ...?" (dev-be28 185112 1), "Binnen mijn
    administratie is er geen informatie beschikbaar wat betreft het aantal producten" for "Hoeveel producten ...?"
    (dev-be27 189003 2). The answer says the count itself is missing, whatever table of other things (punctuality,
    the goods most bought) stands beside it: the reason and the claim's evidence, or None. Counts the question-reading
    model found (no count word) name no counted word."""
    doc = ctx.doc
    q = ctx.pair.question
    counted = [
        coverage.counted_noun(q.text, c, doc.language, doc.settings.lexicon_dir)
        for c in cov.asked.counts
        if not c.learned
    ]
    if not counted or None in counted or len(counted) != len(cov.asked.counts):
        return None
    if cov.given.tables_on_topic and any(not t.placeholder for a in ctx.answers for t in a.tables):
        # a table printed in the answer whose caption or labels name what is counted gives it, whatever the claim
        # beside it ("The table below shows the number of offences charged ... in which a prosecution commenced"
        # beside "does not centrally collate data showing the number of prosecutions", uk-commons 1673290)
        return None
    stems = {w[:5]: w for w in counted if w}
    # what the count is said of in its own clause, as well as the word it counts ("Het aantal daders" said not
    # held for "In hoeveel gevallen worden de daders achterhaald?", dev-be87 192024 2; figures50), read in a claim
    # of the lexicon or one of the cue classifier's that holds a negation: not in a caveat the classifier reads
    # ("these figures likely undercount the total number of staff involved" beside the attached tables,
    # uk-commons 1680546)
    clause = dict(stems)
    for c in cov.asked.counts:
        for w in coverage.clause_nouns(q.text, c, doc.language, doc.settings.lexicon_dir):
            clause.setdefault(w[:5], w)
    for seg, a in zip(ctx.pair.segments, ctx.answers):
        for c in a.cue("no_information"):
            sentence = (sentence_of(a, c) or c).text
            if re.search(r"\d", _PLACEHOLDER.sub(" ", sentence)):
                continue  # the count given in the claim's own sentence ("... consist of: - 68 patients delayed")
            named = coverage.counted_after_heads(sentence, doc.language, doc.settings.lexicon_dir)
            read = clause if not c.learned or _negates_holding(sentence, doc.lexicon) else stems
            hit = next((w for w in named if w[:5] in read), None)
            if hit is not None:
                reason = f"the answer says the number of '{read[hit[:5]]}' is not held ('{sentence[:120]}')"
                return reason, (_evidence(seg, c, "answer"),)
    return None


_HOLDING_GAP = 3  # words at most from a negation to the word of holding it negates


def _negates_holding(sentence: str, lexicon) -> bool:
    """Whether ``sentence`` negates the holding of data: a negation of ``[answer] negations`` ("not", "geen",
    "niet") with a word of holding among the ``_HOLDING_GAP`` words after it: a word of ``[cues] data_words``
    ("held", "recorded", "gegevens", "bijgehouden"), of ``not_possible`` ("possible", "mogelijk") or one of seven
    letters or more of ``lacking`` ("available", "beschikbaar"), by its first six letters ("niet de mogelijkheid
    het aantal daders te identificeren", dev-be87 192024 2). Not a negation of something else in a sentence that
    speaks of data ("Increases in the numbers of claimants with a recorded status ... do not necessarily mean the
    overall numbers ...", uk-commons 1672333: a caveat; lows51, review52's low 4)."""
    negations = {w.lower() for w in lexicon.negations}
    holding = _holding_words(lexicon)
    # "don't", "doesn’t": "not" (``[answer] negations``), as ``negating_words`` reads a short one in full
    words = re.findall(r"[^\W\d_]+", re.sub(r"n['’]t\b", " not", sentence.lower()))
    for i, w in enumerate(words):
        if w in negations:
            if any(x in holding or x[:6] in holding for x in words[i + 1 : i + 1 + _HOLDING_GAP]):
                return True
    return False


def _holding_words(lexicon) -> frozenset[str]:
    """The words ``_negates_holding`` reads as the holding of data (each of six letters or more by its first six),
    made once per lexicon (``Lexicon.made``; lows52: for every sentence read before)."""
    return lexicon.made(_read_holding_words)


def _read_holding_words(lexicon) -> frozenset[str]:
    """``_holding_words`` of ``lexicon``, made."""
    negations = {w.lower() for w in lexicon.negations}
    single = [w.lower() for name in ("data_words", "not_possible") for w in lexicon.cue_list(name, True)]
    lacking = [
        w
        for phrase in lexicon.cue_list("lacking", True)
        for w in re.findall(r"[^\W\d_]+", phrase.lower())
        if len(w) >= 7 and w not in negations
    ]
    return frozenset(w[:6] for w in [*single, *lacking] if " " not in w)


def _table_codes(ctx: PairContext) -> set[str]:
    """The pieces of the table placeholder codes of the unit's answer ("2016201715431-7-1470-bil"): no figures
    to name."""
    return {
        x for seg in ctx.pair.segments for m in _PLACEHOLDER.finditer(seg.text) for x in m.group().split("-")
    }


def _placeholder_of_any_year(ctx: PairContext) -> bool:
    """Whether a table that stood in the answer (a placeholder code) follows a sentence that names no year
    ("Hieronder de cijfers die u me vroeg:2016201716324-7-1600-bil-1"): it may hold the year asked. One after a
    sentence that names its year ("Die cijfers zijn afkomstig uit de tabellen van het jaarverslag 2015 van het
    RIZIV.2016201715431-7-1470-bil") holds that year's figures."""
    for seg, a in zip(ctx.pair.segments, ctx.answers):
        for t in a.tables:
            if t.placeholder and not coverage.names_year(_sentence_before(seg.text, t.start - seg.start)):
                return True  # (a table's offsets are the whole answer's)
    return False


def _sentence_before(text: str, at: int) -> str:
    """The last sentence with words before offset ``at`` of ``text``, table codes left out."""
    pieces = re.split(r"(?<=[.?!])\s*", _PLACEHOLDER.sub(" ", text[:at]))
    return next((x for x in reversed(pieces) if _WORDED.search(x)), "")


_WORDED = re.compile(r"[^\W\d_]{3,}")
_PLACEHOLDER = re.compile(r"\b\d{12,}(?:-\w+)+")


_BRIEF = 3  # sentences at most of an answer of the unit's own whose figures answer its count in other words


def _own_brief_answer(ctx: PairContext, cov: coverage.Coverage) -> bool:
    """Whether the unit's answer is one segment numbered as the unit and serving it alone (a numbered answer;
    not an unnumbered one, nor one whose number is another unit's), of ``_BRIEF`` sentences at most, with
    figures that cite nothing and no pointer to another text, and the unit asks its counts in one sentence:
    its figures answer that count, in words the question's may not share ("Op 2 januari 2017 waren er 4.883
    buitenlandse gedetineerden." for "hoeveel vreemdelingen in de gevangenis zitten", "In 2016 werden 1.595
    gedetineerden verwijderd." for "hoeveel criminele vreemdelingen ... werden gerepatrieerd", "Er zijn 90
    controleagenten actief" for "Hoeveel personen volgen de naleving ... op"). Counts asked in two sentences
    or more, a grouped, unnumbered or long answer: the figures' words must still name what is counted (a
    one-sentence UK question answered "The NPP is now processing over 12 million parking transactions per
    year" for "the number of unique motorists", uk-commons 1913864)."""
    answer = _own_brief(ctx, cov)
    return answer is not None and bool(answer.figures) and len(_count_sentences(ctx)) == 1


def _own_brief(ctx: PairContext, cov: coverage.Coverage) -> AnswerAnalysis | None:
    """The analysis of the unit's own brief answer: its one segment, numbered as the unit and serving it
    alone, of ``_BRIEF`` sentences at most, citing nothing and pointing to no other text; else None."""
    if len(ctx.pair.segments) != 1:
        return None
    (seg,) = ctx.pair.segments
    if seg.label != ctx.pair.question.n or len(ctx.doc.served(seg)) != 1:
        return None
    (answer,) = ctx.answers
    if len(answer.sentences) > _BRIEF or cov.given.cited or _pointers(ctx):
        return None
    return answer


def _count_sentences(ctx: PairContext) -> list:
    """The unit's question sentences that ask one of its counts."""
    return [x for x in ctx.question.sentences if any(x.start <= c.start < x.end for c in ctx.asked.counts)]


@lru_cache(maxsize=8)
def _one_article(language: str, lexicon_dir: str | None) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The lexicon's ``[answer] one_articles`` before a word that is not one of ``one_not``: right after a
    verb of ``one_leads`` ("heeft een dienstwagen"), and at the start of a sentence ("Een externe expert."),
    as two patterns (None when the list is empty: a language whose article is no number)."""
    lexicon = load_lexicon(language, lexicon_dir)
    articles = lexicon.phrases("answer", "one_articles")
    leads = lexicon.phrases("answer", "one_leads")
    if not articles or not leads:
        return None
    not_ = "|".join(map(re.escape, lexicon.phrases("answer", "one_not")))
    after = rf"(?!(?:{not_})(?![\w-]))" if not_ else ""
    spaced = "|".join(r"\s+".join(map(re.escape, w.split())) for w in articles)
    led = "|".join(map(re.escape, leads))
    return (
        re.compile(rf"(?<![\w-])(?:{led})\s+(?:{spaced})\s+{after}[^\W\d_]{{3,}}", re.IGNORECASE),
        re.compile(rf"\s*(?:{spaced})\s+{after}[^\W\d_]{{3,}}", re.IGNORECASE),
    )


_ONE_PHRASE = 4  # words at most of a sentence that is the article's noun phrase alone ("Een externe expert.")


def _one_in_brief_answer(ctx: PairContext, cov: coverage.Coverage) -> bool:
    """Whether the unit's own brief answer (one segment numbered as the unit and serving it alone, of
    ``_BRIEF`` sentences at most, no pointer; its counts asked in one sentence) with no figure says one of
    what is counted with the article that is also the number one (``[answer] one_articles``, not before a
    word of ``one_not``: "een aantal"), right after a verb of ``one_leads`` in a sentence that shares a word
    with the count's sentence, no sentence of the answer negated (``negations``), where a number of things
    is asked (``[coverage] item_counts``) and no amount ("Het
    kabinet heeft een dienstwagen ter beschikking." for "Hoeveel voertuigen staan er ter beschikking van
    uw kabinet?", dev-be3 190010 5; "Hiervan is een bromfietsen ingeschreven op basis van een attest" for
    "Hoeveel van hen werden ingeschreven op basis van een bouwjaarattest ...?", dev-be20 189724 7) or that
    is the article's noun phrase alone ("Een externe expert." for "Hoeveel deskundigen zijn er op uw
    kabinet in dienst?", dev-be10 190015 6): a count of one, in words the question's may not share."""
    one = _one_article(ctx.doc.language, ctx.doc.settings.lexicon_dir)
    answer = _own_brief(ctx, cov) if one is not None else None
    if answer is None or answer.figures:
        return False
    items, _ = _share_lists(ctx.doc.language, ctx.doc.settings.lexicon_dir)
    amounts = {(c.start, c.end) for c in cov.asked.amounts}
    if not cov.asked.counts or any(
        cue_phrase(c) not in items or (c.start, c.end) in amounts for c in cov.asked.counts
    ):
        return False  # a number of things asked, no amount: "een" of money says nothing ("een beroep gedaan")
    asking = _count_sentences(ctx)
    if len(asking) != 1:
        return False
    negations = {w.lower() for w in ctx.doc.lexicon.negations}
    if set(re.findall(r"[^\W\d_]+", answer.text.lower())) & negations:
        return (
            False  # "noch ... een spontane aanvraag ontvangen", "komt niet overeen met een categorie": no one
        )
    led, opening = one
    counted = said_words(asking[0].text, ctx)
    for x in answer.sentences:
        if opening.match(x.text) and len(x.text.split()) <= _ONE_PHRASE:
            return True
        if led.search(x.text) and matched(said_words(x.text, ctx), counted, ctx):
            return True
    return False


def _breakdown_without_figure(ctx: PairContext) -> Iterator[Flag]:
    """figures_missing for figures asked broken down without a count word, what is measured named
    (``Asked.quantities``: "Kunt u ons de arbeidsongevallencijfers van 2014, 2015 en 2016 meedelen?"),
    where the answer gives no figure of them (none, or only figures in sentences about other things,
    as a count is read): the breakdown's gaps are figures missing too. Not a breakdown of what is not
    measured ("Wat was de reden ...? Graag een opsplitsing per jaar.", a profile "uitgesplitst volgens
    herkomst"): no figures asked in so many words (breakdown_missing weighs it)."""
    if not ctx.asked.quantities:
        return
    if not ctx.pair.segments:
        # no answer serves the unit (missing_answer, a lapsed answer): the figures asked are not given
        # either, as for a count (uk-commons 1896808); one asked only on a yes is not asked
        cov = _coverage(ctx)
        if cov.gaps and not cov.asked.conditional:
            yield Flag("figures_missing", *_quantities_asked(ctx, cov, "no answer segment serves it"))
        return
    if _figures_elsewhere(ctx) or _plain_no(ctx):
        return
    if _table_elsewhere(ctx, placeholder=True) or any(
        a.annex_cues or a.cue("table_ref") for a in ctx.answers
    ):
        return  # a table or annex the answer names may hold them
    cov = _coverage(ctx)
    given = cov.given
    if (
        not cov.gaps
        or cov.asked.conditional
        or given.tables
        or given.zeros
        or given.money
        or (given.figures and given.on_topic)
    ):
        return  # nothing missing, asked on a yes not given, or figures of what is asked given
    reason, evidence = _quantities_asked(ctx, cov, "the answer gives no figure")
    yield Flag("figures_missing", *_with_unheld(ctx, reason, evidence, " and says"))


def _quantities_asked(
    ctx: PairContext, cov: coverage.Coverage, outcome: str
) -> tuple[str, tuple[Evidence, ...]]:
    """The reason and evidence of ``_breakdown_without_figure``: what is measured and the breakdown's
    gaps, in the question's words, then ``outcome``."""
    q = ctx.pair.question
    asked = ", ".join(f"'{gap.asked}'" for gap in cov.gaps)
    reason = f"asks {_quoted(cov.asked.quantities)} ({asked}); {outcome}"
    return reason, _count_evidence(q, cov.asked.quantities) + _gap_evidence(q, cov.gaps)


def _splits_earlier_count(ctx: PairContext, counts: tuple[Cue, ...]) -> bool:
    """Whether the unit, not the first, asks figures only in sentences the question-reading model
    reads (no count word) that ask to split what they point back to ("Kan u dit opsplitsen per jaar en
    per Gewest?" as a unit of its own): the split of the figures an earlier unit asks, no count of its
    own (breakdown_missing weighs the split)."""
    if ctx.doc.pairs[0].question.n == ctx.pair.question.n:
        return False
    q = ctx.pair.question
    spans = [c.sentence or (c.start, c.end) for c in counts]
    return bool(spans) and all(
        coverage.splits_earlier(q.text[a:b], ctx.doc.language, ctx.doc.settings.lexicon_dir) for a, b in spans
    )


def _spent_nothing_in_group(ctx: PairContext) -> bool:
    """Whether a grouped segment serving the unit, which asks an amount, says no money was spent
    ("1 en 2. ... Er is dus geen specifiek budget dat daaraan werd besteed en geen enkele procedure om de
    dienstverlener aan te wijzen") in a sentence given to another unit of the group: the amount of zero
    answers the one unit of the group that asks an amount, whatever words the sentence shares with
    the others."""
    for seg in ctx.pair.segments:
        units = ctx.doc.served(seg)
        if len(units) < 2:
            continue
        asking = [
            u.n for u in units if coverage.asked_amount(u, ctx.doc.language, ctx.doc.settings.lexicon_dir)
        ]
        if asking == [ctx.pair.question.n] and coverage.nothing_spent(
            (ctx.doc.answer(seg),), ctx.doc.language, ctx.doc.settings.lexicon_dir
        ):
            return True
    return False


_NOTE_CHARS = 80  # of a sentence read as asking figures, quoted in a flag's reason


def _learned_note(q: Passage, counts: tuple[Cue, ...]) -> str:
    """ " (the sentence '...' read as asking figures, p=0.83)" for each count the question-reading model
    found, "" where the lexicon read them all."""
    notes = []
    for c in counts:
        if c.sentence is not None:
            said = " ".join(q.text[c.sentence[0] : c.sentence[1]].split())
            said = said if len(said) <= _NOTE_CHARS else said[: _NOTE_CHARS - 1] + "…"
            notes.append(f"'{said}' read as asking figures, p={c.probability:.2f}")
    return f" ({'; '.join(notes)})" if notes else ""


def _count_evidence(q: Passage, counts: tuple[Cue, ...]) -> tuple[Evidence, ...]:
    """The evidence of the counts asked: each cue's words, and for a sentence the question-reading model
    read as asking figures (``Cue.learned``), that whole sentence too."""
    out = []
    for c in counts:
        out.append(_evidence(q, c, "question"))
        if c.sentence is not None:
            a, b = c.sentence
            out.append(Evidence(*q.source_span(a, b), q.text[a:b], "question"))
    return tuple(out)


def _count_said_unheld_in_data(ctx: PairContext, given: coverage.Given) -> bool:
    """Whether a sentence of the answer says the data of what the unit counts are not held: a claim
    (``Given.count_unheld``, a ``no_information`` cue in a sentence that names what is counted) with a data
    word (``[cues] data_words``). A count asked on a yes ("Zo ja, in hoeveel gevallen werden die kosten ...
    afgetrokken?") that the answer says it has no figures of is asked, the yes left implicit: "Verder is het
    niet mogelijk om deze categorie van kosten af te zonderen voor het verzamelen van de gevraagde gegevens"
    (dev-be15 191215 1), "Hierover worden echter op centraal niveau bij de politie geen cijfers bijgehouden";
    not a no in other words ("Bijgevolg werd de schade nog niet vergoed" for "Zo ja, wat is de totale
    kostprijs hiervan?")."""
    language, lexicon_dir = ctx.doc.language, ctx.doc.settings.lexicon_dir
    return any(coverage.names_data(x.text, language, lexicon_dir) for x in given.count_unheld)


def _said_unheld_in_data(ctx: PairContext) -> bool:
    """Whether a sentence of the answer with a claim that figures are not held (``_unheld``) names data (``[cues]
    data_words``), whatever it says they are of: "Deze gegevens zijn niet beschikbaar bij de politie" for
    "Komt het voor dat die link verloren gaat ..., en zo ja, hoe vaak is dit al gebeurd?" (be-kamer 189842):
    the count asked on a yes is said not to be held, the yes left implicit."""
    language, lexicon_dir = ctx.doc.language, ctx.doc.settings.lexicon_dir
    for a in ctx.answers:
        for cue in a.cue("no_information"):
            sentence = sentence_of(a, cue) or cue
            if coverage.names_data(sentence.text, language, lexicon_dir):
                return True
    return False


def _claims_of_breakdown(
    ctx: PairContext, cov: coverage.Coverage, unheld: Sequence[tuple[AnswerSegment, Cue]]
) -> bool:
    """Whether the answer's claims that figures are not held may speak of the breakdown asked rather than of the
    count: a claim names a dimension asked (``Given.unheld_dimensions``: "Data by region is not held centrally"),
    a year ("De cijfers voor 2016 zijn nog niet beschikbaar"), a split ("Een verdere uitsplitsing ... is niet
    beschikbaar", a ``no_breakdown`` cue: "Het is niet mogelijk om deze cijfers verder op te splitsen") or a word of
    one lettered part's own ("No figure is available for personal information" for "(b) other personal information",
    dev 1734444), or the answer names an annex
    of its own. A claim that names none of them ("Zij beschikken echter niet over de cijfers waarnaar u vraagt"
    beside shares of a wider group for two other years, dev-be31 185775 2; "the other information the Hon Member
    has requested is not centrally held") says the figures asked are missing: the figures beside it are of other
    things (``LABELS.md``: flags are independent)."""
    if cov.given.unheld_dimensions or any(a.annex_cues for a in ctx.answers):
        return True
    if any(
        values
        for name, values in cov.given.dimensions
        if not coverage.is_period(name, ctx.doc.language, ctx.doc.settings.lexicon_dir)
    ):
        # the figures name values of a dimension asked other than a period ("5,000 arrests for knife crime in London, 3,000 in
        # the North West ... Data on the weapons used is not held centrally"): the breakdown is partly given, and
        # the claim speaks of something else
        return True
    language, lexicon_dir = ctx.doc.language, ctx.doc.settings.lexicon_dir
    part_words = coverage.part_own_words(ctx.pair.question, language, lexicon_dir)
    claimed = {(seg.start, c.start) for seg, c in unheld}
    for seg, a in zip(ctx.pair.segments, ctx.answers):
        splits = a.cue("no_breakdown")
        for c in a.cue("no_information"):
            if (seg.start, c.start) not in claimed:
                continue
            sentence = sentence_of(a, c) or c
            text = sentence.text
            if coverage.names_year(text) or any(sentence.start <= x.start < sentence.end for x in splits):
                return True
            # the claim's own clause ("..., but information on sites is not collected"), not a figure's before it
            # ("... were marked in the top performance box last year, the other information ... is not held")
            at = c.start - sentence.start
            clause = re.split(r"[,;:]", text[:at])[-1] + re.split(r"[,;:]", text[at:])[0]
            if coverage.names_split(clause, language, lexicon_dir):
                return True
            if (
                part_words
                and {coverage.part_stem(w) for w in re.findall(r"\w+", clause.lower())} & part_words
            ):
                return True
    return False


def _nothing_of_count(ctx: PairContext, cov: coverage.Coverage) -> bool:
    """Whether nothing the answer gives speaks of what the unit counts, so that a claim of missing data
    beside it cannot be of a breakdown of figures given (``_claims_of_breakdown``): no figure stands in a
    sentence that names what is counted (``Given.on_topic``), the answer holds no table, no zero and names no
    annex of its own, gives no value of a dimension asked other than a period, and names no lettered part in a
    figure-bearing sentence other than a claim's own. "Statistics ... by Parliamentary Constituencies isn't
    currently available" names part (v) of "how many and what proportion of households are impacted in (i)
    England, ... (v) each parliamentary constituency", but the answer's only figure is the "2" of "a maximum of
    2 children" (uk-commons 1696830): the count is missing whatever the claim names (``LABELS.md``: flags are
    independent)."""
    given = cov.given
    if given.on_topic or given.tables_on_topic or given.zeros or given.tables:
        return False
    if any(a.annex_cues for a in ctx.answers):
        return False
    # a part named by its own words in a figure-bearing sentence is given, unless that sentence is the claim
    # itself ("..., by Parliamentary Constituencies isn't currently available")
    said = {
        coverage.part_stem(w)
        for a in ctx.answers
        for x in a.sentences
        if any(x.start <= f.start < x.end for f in a.figures)
        and not any(x.start <= c.start < x.end for c in a.cue("no_information"))
        for w in re.findall(r"\w+", x.text.lower())
    }
    if any(p.label in given.parts and set(p.words) & said for p in cov.asked.parts):
        return False
    language, lexicon_dir = ctx.doc.language, ctx.doc.settings.lexicon_dir
    return not any(
        values for name, values in given.dimensions if not coverage.is_period(name, language, lexicon_dir)
    )


def _count_said_unheld(given: coverage.Given) -> bool:
    """Whether the answer says the count itself is not held: a claim that names what the unit counts and
    no dimension asked ("Het aantal deelnemers aan deze opleidingen is niet gekend", "it is not possible
    to say how much ... will be spent"), and no value of a dimension or part asked given beside it (not
    "1,000 aged 18 to 24, ... Information on arrests made by the National Crime Agency is not held")."""
    if not given.count_unheld or given.unheld_dimensions or given.parts:
        return False
    return not any(values for _, values in given.dimensions)


@lru_cache(maxsize=8)
def _share_lists(language: str, lexicon_dir: str | None) -> tuple[frozenset[str], re.Pattern[str] | None]:
    """The lexicon's ``[coverage] item_counts`` (as ``cue_phrase`` writes a cue) and its
    ``share_words`` with "%" as one pattern; None when either list is empty."""
    lexicon = load_lexicon(language, lexicon_dir)
    items = frozenset(" ".join(w.lower().split()) for w in lexicon.phrases("coverage", "item_counts"))
    words = sorted(lexicon.phrases("coverage", "share_words"), key=len, reverse=True)
    if not items or not words:
        return items, None
    spaced = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
    return items, re.compile(rf"%|\b(?:{spaced})\b", re.IGNORECASE)


def _shares_only(ctx: PairContext, cov: coverage.Coverage) -> bool:
    """Whether the unit asks a number of things (a cue of the lexicon's ``[coverage] item_counts``:
    "Hoeveel treinen konden er vorig jaar niet uitrijden?"), not an amount of money and with no share
    asked in its sentence (``share_words``: "Hoeveel SAS, in absolute en relatieve termen"), and every
    figure of the answer is a share ("2016: 15,9%"): without a total the number cannot be had from it."""
    items, share = _share_lists(ctx.doc.language, ctx.doc.settings.lexicon_dir)
    if share is None or not cov.given.figures:
        return False
    amounts = {(c.start, c.end) for c in cov.asked.amounts}
    sentences = ctx.question.sentences
    asked = [
        c
        for c in cov.asked.counts
        if cue_phrase(c) in items
        and (c.start, c.end) not in amounts
        and not any(x.start <= c.start < x.end and share.search(x.text) for x in sentences)
    ]
    return bool(asked) and all(f.kind == "number" and share.search(f.text) for f in cov.given.figures)


def _frequency_given(ctx: PairContext, cov: coverage.Coverage, count_cues: Sequence[Cue]) -> bool:
    """Whether the unit asks a frequency and nothing else to count, and the answer gives it in words: every count
    cue of the unit a ``[coverage] frequency_asks`` phrase ("how frequently", "hoe vaak"), no period, year by
    year, nor breakdown asked (a count of times over a period, "how often ... in the last five years", "Hoe vaak
    werd in 2016 ...", asks a number, which a frequency does not give), and a ``frequency_words`` word ("quarterly",
    "on a four-weekly basis", "twee keer per jaar") in an answer sentence that names two words of a sentence asking
    the frequency ("The taskforce will endeavour to meet quarterly" for "how frequently her Department plans to meet
    representatives of the National Physical Activity Taskforce", uk-commons 1660773). A figure in words is the
    figure asked there, as a zero is of a count."""
    asks, said = _asks_and_words(
        ctx.doc.language, ctx.doc.settings.lexicon_dir, "frequency_asks", "frequency_words", hyphen_bound=True
    )
    asked_ = cov.asked
    if said is None or not count_cues or asked_.periods or asked_.per_year is not None or asked_.dimensions:
        return False
    if not all(not c.learned and cue_phrase(c) in asks for c in (*count_cues, *asked_.counts)):
        return False
    words: set[str] = set()
    for x in ctx.question.sentences:
        if any(x.start <= c.start < x.end for c in count_cues):
            words |= said_words(x.text, ctx)
    return any(
        said.search(x.text) and len(said_words(x.text, ctx) & words) >= 2
        for a in ctx.answers
        for x in a.sentences
    )


@lru_cache(maxsize=16)
def _asks_and_words(
    language: str, lexicon_dir: str | None, asks_list: str, words_list: str, hyphen_bound: bool = False
) -> tuple[frozenset[str], re.Pattern[str] | None]:
    """The lexicon's ``[coverage] <asks_list>`` (as ``cue_phrase`` writes a cue) and its ``<words_list>`` as one
    pattern of whole words (None when that list is empty): ``share_asks`` and ``share_whole``; ``frequency_asks``
    and ``frequency_words``, whose words a hyphen does not bound (``hyphen_bound``: "four-weekly" is not
    "weekly")."""
    lexicon = load_lexicon(language, lexicon_dir)
    asks = frozenset(" ".join(w.lower().split()) for w in lexicon.phrases("coverage", asks_list))
    words = [" ".join(w.lower().split()) for w in lexicon.phrases("coverage", words_list)]
    if not words:
        return asks, None
    spaced = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
    before, after = (r"(?<![\w-])", r"(?![\w-])") if hyphen_bound else (r"\b", r"\b")
    return asks, re.compile(rf"{before}(?:{spaced}){after}", re.IGNORECASE)


@lru_cache(maxsize=8)
def _average_lists(
    language: str, lexicon_dir: str | None
) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None, dict[str, str], frozenset[str]]:
    """The lexicon's ``[coverage] average_words`` as one pattern, and a rate after a figure: a word of
    ``rate_leads`` ("per", "/") and the word it divides by, not one of ``period_words`` nor
    ``rate_not_things`` ("per cent": no thing divides the figure) (None where a list is empty). Then the
    words of the period dimensions (``[dimensions.X]`` of a period pattern: their one-word nouns and
    adjectives, and the ``period_words`` that start with one of those, "annually", "jaarlijkse"), each with
    its dimension, lower case; and those derived ``period_words`` alone (adverbs and adjectives of time)."""
    lexicon = load_lexicon(language, lexicon_dir)
    words = {w.lower() for w in lexicon.phrases("coverage", "period_words")}
    family: dict[str, str] = {}
    derived: set[str] = set()
    for d in lexicon.dimensions:
        if not coverage.is_period(d.name, language, lexicon_dir):
            continue
        own = [n.lower() for n in (*d.nouns, *d.adjectives) if " " not in n]
        family |= {w: d.name for w in own}
        more = {w for w in words if w not in own and any(w.startswith(n) for n in own)}
        family |= {w: d.name for w in more}
        derived |= more
    adverbs = frozenset(derived)
    averages = [" ".join(w.lower().split()) for w in lexicon.phrases("coverage", "average_words")]
    leads = [" ".join(w.lower().split()) for w in lexicon.phrases("coverage", "rate_leads")]
    periods = words | {w.lower() for w in lexicon.phrases("coverage", "rate_not_things")}
    average = (
        re.compile(rf"\b(?:{'|'.join(map(re.escape, averages))})\b", re.IGNORECASE) if averages else None
    )
    if not leads:
        return average, None, family, adverbs
    lead = "|".join(re.escape(w) if not w[0].isalnum() else rf"\b{re.escape(w)}\b" for w in leads)
    skip = "|".join(map(re.escape, sorted(periods)))
    return (
        average,
        re.compile(rf"^\W{{0,3}}(?:[^\W\d]+\s+){{0,2}}?(?:{lead})\s*(?!(?:{skip})\b)([^\W\d]+)", re.I),
        family,
        adverbs,
    )


_CLAUSE_BREAK = re.compile(r"[,;:](?=\s)")  # not the comma inside "1,200" or "1,5"


def _is_average(sentence: str, at: int, end: int, average: re.Pattern[str], figures: list[int]) -> bool:
    """Whether the figure at ``at``-``end`` of ``sentence`` is an average: an average word before it in the
    sentence ("maandelijks gemiddeld 1.300 betwistingen", "the average waiting time across the nine centres
    was 28 weeks"), or after it in its clause with no other figure between ("1,300 applications a month on
    average"). Not a total before an average in another clause ("In 2016 werden 15.600 betwistingen
    ingediend, gemiddeld 1.300 per maand"; ``figures``: the offsets of the sentence's figures)."""
    if average.search(sentence, 0, at):
        return True
    after = average.search(sentence, end)
    if after is None:
        return False
    return not _CLAUSE_BREAK.search(sentence, end, after.start()) and not any(
        end <= f < after.start() for f in figures
    )


def _over_periods(
    sentence: str, average: re.Pattern[str], family: dict[str, str], adverbs: frozenset[str]
) -> set[str]:
    """The period dimensions an average of ``sentence`` is taken over: a period word right before or after
    an average word ("average annual cost", "maandelijks gemiddeld"), or a period adverb anywhere in the
    sentence ("Jaarlijks zijn er gemiddeld 15 gedetineerden"); not a period named further on ("the average
    cost ... for a single car in 2024/25 financial year")."""
    out = {family[w] for w in re.findall(r"[^\W\d]+", sentence.lower()) if w in adverbs}
    for m in average.finditer(sentence):
        before = re.search(r"([^\W\d]+)\W*$", sentence[: m.start()])
        after = re.match(r"\W*([^\W\d]+)", sentence[m.end() :])
        out |= {family[x.group(1).lower()] for x in (before, after) if x and x.group(1).lower() in family}
    return out


def _averages_only(ctx: PairContext, cov: coverage.Coverage) -> list[tuple[AnswerSegment, Cue]]:
    """The answer's figures where every one is an average or a rate (``_is_average``, ``[coverage]
    average_words``; or a figure divided by a thing, ``rate_leads``: "147 euro per kamer per nacht", "10.000
    euro / km") and the unit asks none (no average word in its text, no such rate's word after "per" in
    it), nor an average taken over a period the unit names by one of its words (``_over_periods``: "the
    estimated average annual cost over the next five years is approximately £58k" for the cost "in each
    of the next five financial years"): a total or count asked is not given by what one of them averages
    (LABELS.md: none of the numbers asked). Empty otherwise, or where a table or a zero stands beside."""
    given = cov.given
    if not given.figures or given.tables or given.zeros:
        return []
    average, rate, family, adverbs = _average_lists(ctx.doc.language, ctx.doc.settings.lexicon_dir)
    if average is None:
        return []
    unit = ctx.pair.question.text
    _, share = _share_lists(ctx.doc.language, ctx.doc.settings.lexicon_dir)
    if average.search(unit) or (share is not None and share.search(unit)):
        # an average asked, or a share: "Hoe groot is het percentage ...?" - "het gemiddeld percentage ...
        # bedraagt ongeveer 5 %" (dev-be34 191522 1) gives the share asked
        return []
    asked = {w.lower() for w in re.findall(r"[^\W\d]+", unit)}
    asked_periods = {family[w] for w in asked if w in family}
    wanted = {(f.start, f.end, f.text) for f in given.figures}
    out = []
    for s, a in zip(ctx.pair.segments, ctx.answers):
        for f in a.figures:
            if (f.start, f.end, f.text) not in wanted:
                continue
            around = sentence_of(a, f)
            if around is not None:
                at, end = f.start - around.start, f.end - around.start
                others = [g.start - around.start for g in a.figures if around.start <= g.start < around.end]
                if _is_average(around.text, at, end, average, others):
                    if asked_periods & _over_periods(around.text, average, family, adverbs):
                        return []  # an average over the period asked by: the figure asked, estimated
                    out.append((s, f))
                    continue
            m = rate.match(a.text[f.end : f.end + 40]) if rate is not None else None
            if m is None or m.group(1).lower() in asked:
                return []
            out.append((s, f))
    return out


def _share_not_given(ctx: PairContext, cov: coverage.Coverage) -> tuple[Cue, ...]:
    """The count cues of the unit that ask a share (the lexicon's ``[coverage] share_asks``: "welk
    percentage", "what proportion") where the answer gives one figure and none of its figure-bearing sentences
    names a share (``share_words`` or "%") or holds a number in words (which may be one: "de helft"): the
    count of things given beside it ("Er zijn momenteel 3.255 bromfietsen ... ingeschreven" for "Hoeveel
    oldtimers ... en welk percentage van het werkelijke oldtimer-bromfietspark vertegenwoordigen zij?",
    dev-be20 189724 4) is no share of the whole; empty where none is asked or one is given."""
    asks, whole = _asks_and_words(ctx.doc.language, ctx.doc.settings.lexicon_dir, "share_asks", "share_whole")
    _, share = _share_lists(ctx.doc.language, ctx.doc.settings.lexicon_dir)
    if not asks or share is None or len(cov.given.figures) != 1:
        # two figures or more may give the share asked as one of the other ("In december 2016 ontvingen 1115
        # politici een uitnodiging ...; 53 hebben geantwoord" for "hoeveel procent van hen heeft de enquete
        # ingevuld?", be-kamer 186365 3): it can be had from the answer (corpus/gold/README.md)
        return ()
    shares = tuple(c for c in cov.asked.counts if cue_phrase(c) in asks)
    if not shares:
        return ()
    given = set(cov.given.figures)
    for a in ctx.answers:
        for x in a.sentences:
            held = [f for f in a.figures if f in given and x.start <= f.start < x.end]
            if held and (share.search(x.text) or any(f.kind == "number_word" for f in held)):
                return ()
    if whole is not None:
        # the whole or none of what the share is of, said in words in a sentence that names two words of the
        # share's sentence ("all of EWIC's building guarantee and warranty policies originated with Zurich" for
        # "what proportion of the costs covered by East West Insurance Company policies relate to policies
        # originally written by Zurich"): a share of all or none
        asked = set()
        for x in ctx.question.sentences:
            if any(x.start <= c.start < x.end for c in shares):
                asked |= said_words(x.text, ctx)
        for a in ctx.answers:
            for x in a.sentences:
                if whole.search(x.text) and len(said_words(x.text, ctx) & asked) >= 2:
                    return ()
    return shares


def _parts_without_figure(
    cov: coverage.Coverage, qa: QuestionAnalysis
) -> list[tuple[coverage.Part, tuple[Cue, ...]]]:
    """The lettered parts the answer gives nothing for (``coverage`` found them missing) that ask a
    count of their own ("b) hoeveel van deze dossiers ..."), with their count cues."""
    missing = {g.asked for g in cov.gaps if g.kind == "part"}
    out = []
    for part in cov.asked.parts:
        own = tuple(c for c in qa.count_cues if part.start <= c.start < part.end)
        if f"({part.label})" in missing and own:
            out.append((part, own))
    return out


def _quoted(cues: tuple[Cue, ...]) -> str:
    """The words of ``cues``, each quoted once ("'Hoeveel' (14 times)" for a unit of fourteen parts
    that each ask "Hoeveel ...?")."""
    seen: dict[str, int] = {}
    for c in cues:
        key = " ".join(c.text.lower().split())
        seen[key] = seen.get(key, 0) + 1
    first = {" ".join(c.text.lower().split()): c.text for c in reversed(cues)}
    return ", ".join(f"'{first[k]}'" + (f" ({n} times)" if n > 1 else "") for k, n in seen.items())


def _condition_met(ctx: PairContext, reply: str) -> bool:
    """Whether the answer gives the reply (``Asked.conditional``: "yes", "no") a follow-up is asked on:
    a yes (``_says_yes``), or a no (``_says_no``); a follow-up asked on a no is not asked of an answer
    that says yes, nor of one that leaves the reply open (corpus/gold/README.md, ``190836`` 3)."""
    return _says_no(ctx) if reply == "no" else _says_yes(ctx)


def _says_no(ctx: PairContext) -> bool:
    """Whether the answer opens with a plain no ("Nee.", "Neen, het gebouw is geen staatseigendom.",
    "No."; a word of both the lexicon's ``plain_replies`` and ``negations``), which meets the condition
    of an "Indien niet, hoeveel". A denial in other words is not read as one: its negation is as often
    of something else ("Het is niet de doelstelling ... om de 50/50 verdeling te behalen" leaves open
    whether the split will be reached, corpus/gold/README.md, ``190836`` 3)."""
    lexicon = ctx.doc.lexicon
    no = {w.lower() for w in lexicon.plain_replies} & {w.lower() for w in lexicon.negations}
    sentence = next((s.text for a in ctx.answers for s in a.sentences[:1]), "")
    words = text_layer.words(sentence)
    return bool(words) and words[0] in no


def _says_yes(ctx: PairContext) -> bool:
    """Whether the answer opens with a yes: a plain one ("Ja.", "Yes."; a word of both the
    lexicon's ``plain_replies`` and ``affirmations``), or a first sentence that affirms and
    denies nothing (a word of ``affirmations``, none of ``negations``) and speaks of what the
    closed question asks (a word of it, ``asked.asked_words``: "De domestic fighters waarnaar u
    verwijst worden momenteel al opgevolgd ..." for "Bestaat er een opvolgingssysteem voor deze
    fighters? Indien zo, ... een tabel"; not "Al die vragen worden momenteel ... bekeken"), which
    meets the condition of a "Zo ja, hoeveel".
    """
    lexicon = ctx.doc.lexicon
    affirm = {w.lower() for w in lexicon.affirmations}
    yes = {w.lower() for w in lexicon.plain_replies} & affirm
    sentence = next((s.text for a in ctx.answers for s in a.sentences[:1]), "")
    words = text_layer.words(sentence)
    if not words:
        return False
    if words[0] in yes:
        return True
    said = set(words)
    if not said & affirm or said & {w.lower() for w in lexicon.negations}:
        return False
    return bool(matched(said_words(sentence, ctx), asked_words(ctx), ctx))


def _no_money(cov: coverage.Coverage) -> bool:
    """Every count the unit asks is an amount of money ("what estimate ... of the cost to the public
    purse"), and the answer, figures or tables, gives none: its numbers, a table of recalls
    included, are of something else."""
    asked, given = cov.asked, cov.given
    if not asked.amounts or len(asked.amounts) != len(asked.counts) or given.money:
        return False
    return bool(given.figures or given.tables)


def _money_spans(ctx: PairContext, cov: coverage.Coverage) -> list[tuple[int, int]]:
    """Where the unit asks its amounts broken down: the dimensions asked beside figures
    (``coverage.figures_asked_near``: "Voor welke projecten?" alone asks no amount per project), the
    periods when asked year by year, the lettered parts of the count."""
    asked = cov.asked
    spans = [
        (r.cue.start, r.cue.end) for r in asked.dimensions if coverage.figures_asked_near(r.cue, ctx.question)
    ]
    if asked.per_year is not None:
        spans += [(p.start, p.end) for p in asked.periods]
    spans += [(p.start, p.end) for p in asked.parts]
    return sorted(set(spans))


def _no_money_breakdown(ctx: PairContext, cov: coverage.Coverage) -> Flag:
    """Amounts asked per dimension, period or part, and no amount given at all: none of the
    breakdown is given, whatever the years or rows of the answer's other tables."""
    q = ctx.pair.question
    spans = _money_spans(ctx, cov)
    evidence = tuple(Evidence(*q.source_span(a, b), q.text[a:b], "question") for a, b in sorted(spans))
    what = "; ".join(f"'{q.text[a:b][:40]}'" for a, b in sorted(spans))
    return _breakdown_flag(
        ctx, f"asks amounts of money {what}; the answer gives no amount for any of them", evidence
    )


def _pointers(ctx: PairContext) -> list[tuple[AnswerSegment, Cue]]:
    """The pair's pointers to another text (``cross_reference``, ``cross_reference_opening``), not to an
    annex or a table (those count as given: ``_figures_elsewhere``)."""
    return [(s, c) for s, c in ctx.references if c.kind in ("cross_reference", "cross_reference_opening")]


def _claims(unheld: list[tuple[AnswerSegment, Cue]]) -> tuple[str, tuple[Evidence, ...]]:
    """The quoted words of the first claims that figures are not held, and all as evidence."""
    said = "; ".join(f"'{c.text}'" for _, c in unheld[:2])
    return said, tuple(_evidence(s, c, "answer") for s, c in unheld)


def _unheld(ctx: PairContext) -> list[tuple[AnswerSegment, Cue]]:
    """The answer's claims that the information is not held or not available (the
    ``no_information`` cues), with their segments. Numbers beside such a claim are context
    (a total for a wider area, an earlier year), not the count the unit asks for."""
    return [(s, c) for s, a in zip(ctx.pair.segments, ctx.answers) for c in a.cue("no_information")]
