"""Rules on what an answer does instead of answering: cross_reference, deflection,
no_information, holding, generic, yes_no_unanswered, echoes_question.

They rest on the cue lists of the lexicon's ``[cues]`` section (data, per language) and on
the question's analysis; none needs an embedding model. Each flag's evidence is the
matched words with their offsets in the source.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import math
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .. import coverage, modelfiles
from .. import text as text_layer
from ..analyze import (
    AnswerAnalysis,
    Cue,
    _alternatives,
    after_reply,
    asks_open_followup,
    commitment_places,
    committed_verbs,
    cue_starts,
    negating_words,
    part_label,
    starts_in,
    uncontracted_words,
)
from ..attribute import function_words, opening_concerns, stems
from ..errors import ConfigError
from ..lexicon import Lexicon, load_lexicon
from ..tables import PLACEHOLDER
from ..types import AnswerSegment, Evidence, Flag
from . import PairContext, responsibility, rule
from .asked import asked_words, matched, said_words
from .context import ATTRIBUTION_CUES, REFERENCE_CUES, per_unit
from .context import LINK as _LINK
from .context import sentence_of as _sentence

log = logging.getLogger(__name__)

# what yes_no_unanswered reads of the lexicon, and generic with it (``_takes_position``): the
# answer's cues, the context's pointers (``_given_elsewhere``), the commitments of ``_commits``
YES_NO_CUES = (
    "deflection", "holding", "generic", "no_information", "polarity", "closed_question_starts", "commitments",
    *REFERENCE_CUES,
)  # fmt: skip
# the lists by which ``deflection`` tells a hand-over from a remark on scope, a pointer, the own remit,
# decisions in individual cases or a matter left to a fiscal event (``_hands_over``)
HANDOVER_TESTS = (
    "scope", "pointer_texts", "remit", "own_remit", "own_remit_not", "individual_cases", "fiscal_events",
)  # fmt: skip
YES_NO_LISTS = (
    "answer.affirmations", "answer.data_asked", "answer.declines", "answer.negations", "answer.plain_replies",
    "answer.status_replies", "answer.undecided", "question.closed_clauses", "question.status_asks", "question.status_not",
    "answer.restate_auxiliaries", "answer.question_auxiliaries", "answer.participle_prefixes", "answer.participle_particles",
    "answer.publish_verbs", "answer.published_replies", "answer.available_replies", "answer.available_withheld",
    "question.awareness_asks",
    "answer.knowing_replies",
    "commitment.light_verbs", "answer.weak_polarity", "question.existence_markers", "question.existence_modifiers",
    "question.existence_stops", "question.existence_not_leads", "answer.plain_statement_modals",
    "answer.step_auxiliaries", "question.step_not_leads", "question.step_state_leads", "answer.opening_affirmations", "answer.participle_not",
    "commitment.phrase_ends", "commitment.clause_starts", "commitment.set_in", "commitment.relatives",
    "question.noun_determiners",
)  # fmt: skip
# what holding reads of the lexicon: the rule's cues, and beside them those its learned decision
# reads (``holding_reading``: a future form, a promise, a condition, a past tense)
HOLDING_CUES = (
    "holding", "standing", "data_lag", "under_way", "wider_plans", "time_named", "asks_when", "asks_when_joiners",
    "to_come", "future", "promise_verbs", "conditionals", "past_tense", "declined_promises", "refers_back",
    "asked_data_back",
    "next_steps", "step_details", "usual_practice", "pending_times", "own_promises", "publications", "near_times",
    "soonest_times", "publication_waits",
)  # fmt: skip
# the least probability at which the cue classifier's deferral counts for ``holding``, in either
# language (its threshold for the other rules is ``Settings.cue_thresholds``: English 0.8, Dutch 0.9).
# Over every development set of its day (`scripts/eval_table.py ../shared/data --every-set`, branch holding11) the English deferrals it read
# between 0.8 and 0.9 gave 6 false flags and no right one: work under way ("One such solution,
# currently being trialled, will involve ..."), a scheduled step that is what was asked ("A
# consultation will be launched in the coming months"), a general condition ("Any legislative reforms
# will be subject to impact assessment, consultation and parliamentary scrutiny"); no right flag of
# any set, reference-dev's included, rests on one below 0.9 (models/holding-sentences.md, holding11).
# Per language on 92 development sets (holding30, every deferral counted from 0.5, the rule's tests kept):
# units not flagged that a lower value would flag, right / false, Dutch from 0.85 13/27, 0.8 16/45,
# 0.7 23/81, 0.5 43/212; English from 0.85 2/9, 0.7 12/42. With a further condition (a future form,
# content words of the question, a question on what is to come, an answer of one to three sentences)
# the best was Dutch from 0.85 with a question on what is to come, 3/1; one-set-out folds chose 0.9
# in both languages without a condition. Readers label "zal ... worden opgemaakt" holding in one
# answer and not in its twin (be-kamer 190986, 190952)
HOLDING_LEARNED_MIN = 0.9
# the languages in which the cue classifier's deferral (no deferral phrase of the lexicon in its sentence) is a
# scheduled step, not a deferral, when its sentence names a year (``_dated_step``): "De resultaten zullen in de
# loop van 2017 geimplementeerd worden", "Hun voorstel wordt in de loop van de lente 2017 verwacht" (the
# readers: a scheduled step or date given, no holding). Over the 130 development sets (holding38) the Dutch
# units flagged by such a sentence alone were 0 right / 5 false (dev-be42 186662 3, dev-be43 190865 2; dev-be57
# 187001 1 and 2, dev-be64 189943 4); the English ones are mostly right (a dated promise of what was asked,
# "will publish details of the parameters ahead of Allocation Round 6 in March 2024", right 8 / false 5 on the
# older sets, 1 / 0 on the last 24)
DATED_STEP_LANGUAGES = frozenset({"nl"})
# (``_aside``'s languages and its count of other sentences are settings: ``Settings.holding_aside_languages``,
# ``Settings.holding_aside_others``; ``_work_now``'s count, ``Settings.holding_work_now_others``)
# the languages whose ``[cues] under_way`` names the present alone ("momenteel", "thans"), not a progressive
# form as English's ("is being developed"): there the cue classifier's deferral in such a sentence is work
# under way (``_work_now``) only where the sentence names nothing to come and the answer says much else (at
# least ``Settings.holding_work_now_others`` sentences with no deferral cue, where that number's choice is told)
UNDER_WAY_NOW_LANGUAGES = frozenset({"nl"})
# per language, the least probability at which ``no_information`` reads the cue classifier's missing
# data below its threshold for the rules (``Settings.cue_thresholds``, 0.75): to a unit that asks
# figures, in an answer that gives it no figure and no table and points nowhere, in a sentence with a
# negation and a data word ("De FOD Justitie beheert zelf geen databanken met betrekking tot de
# nationaliteitsverwervingen", p 0.40; "... dat de ANG niet de nodige gegevens bevat om een antwoord op
# deze vraag te formuleren", p 0.40). Read on every development set (noinfo22): the Dutch units whose
# only missing-data reading stood between 0.35 and 0.75 were 41 labelled `no_information` and 117 not;
# figures asked, none given and a negation, from 0.4 10 and 5 (from 0.35 11 and 7, from 0.45 6 and 3);
# English 3 and 2: left out. Scored (`scripts/eval_table.py`): 9 right flags more for 6 false; with the
# answers that point to their figures elsewhere left out ("Deze cijfers zijn niet gevalideerd door de
# griffies", beside an annex) 9 for 4. The classifier's threshold lowered for every rule loses
# (``scripts/choose_cue_thresholds.py``: Dutch from 0.5 20 right flags more for 57 false)
UNHELD_WITHOUT_FIGURES_MIN = {"nl": 0.4}
# ``deflection``'s "X is responsible for Y" reading (``rules.responsibility``, deflection59): the least
# content words of the question Y shares and the least hand-over probability of the cue classifier in its
# sentence. Read on the UK units of the development sets (3,379, 164 flagged right and 51 false before):
# 2 words and 0.5 add 15 right flags for 6 false (14 for 6 with a denied remit read, as shipped; the whole
# table: deflection right 770 -> 784, false 170 -> 176); 2 and 0.45 +20 / +9, 2 and 0.55 +9 / +5, 2 and
# none +24 / +22, 3 and 0.5 +7 / +0, 1 and 0.5 +21 / +18. Dropping a hand-over cue of the lexicon or the
# classifier in a sentence whose Y shares fewer words loses (2 and 0.5: 54 right flags for 25 false)
RESPONSIBILITY_MIN_SHARED = 2
RESPONSIBILITY_MIN_P = 0.5


def _evidence(segment: AnswerSegment, cue: Cue) -> Evidence:
    start, end = segment.source_span(cue.start, cue.end)
    return Evidence(start, end, cue.text, "answer")


def _cue_flag(ctx: PairContext, kind: str, reason: str, keep=None) -> Iterator[Flag]:
    """A flag ``kind`` when a serving segment holds a cue of that kind (and ``keep``
    accepts the segment's analysis and cue)."""
    yield from _flag_with(kind, reason, _cue_evidence(ctx, kind, keep))


def _cue_evidence(ctx: PairContext, kind: str, keep=None) -> list[tuple[AnswerSegment, Cue]]:
    """The serving segments' cues of ``kind`` (that ``keep`` accepts), each with its segment."""
    return [
        (seg, c)
        for seg, analysis in zip(ctx.pair.segments, ctx.answers)
        for c in analysis.cue(kind)
        if keep is None or keep(analysis, c)
    ]


def _flag_with(kind: str, reason: str, evidence: list[tuple[AnswerSegment, Cue]]) -> Iterator[Flag]:
    """A flag ``kind`` whose reason quotes the first three cues of ``evidence``; none without evidence."""
    if not evidence:
        return
    words = "; ".join(f"'{c.text}'" for _, c in evidence[:3])
    yield Flag(kind, f"{reason}: {words}", tuple(_evidence(s, c) for s, c in evidence))


@rule(
    "cross_reference",
    "the answer points to another answer, question or document",
    cues=(
        *REFERENCE_CUES,
        "points_here",
        "pointer_texts",
        "pointer_directs",
        "future",
        "deflection",
        "holding",
        *ATTRIBUTION_CUES,
    ),
    lists=("answer.reference_words", "answer.numbered_texts", "answer.numbered_records"),
    order=70,
)
def cross_reference(ctx: PairContext) -> Iterator[Flag]:
    directs = bool(ctx.doc.lexicon.cue_list("pointer_directs", optional=True))
    found = [(s, c) for s, c in ctx.references if _points_elsewhere(_analysis_of(ctx, s), c, directs)]
    found += [
        x for x in _handed_with_number(ctx) if not any(x[0] is s and x[1].start == c.start for s, c in found)
    ]
    if not found:
        return
    words = "; ".join(f"'{c.text}'" for _, c in found[:3])
    yield Flag("cross_reference", f"refers elsewhere: {words}", tuple(_evidence(s, c) for s, c in found))


def _handed_with_number(ctx: PairContext) -> list[tuple[AnswerSegment, Cue]]:
    """The texts named by their number (``[answer] numbered_texts`` and a number) in a sentence that
    hands the matter over, at or after the hand-over's words (a ``deflection`` cue, the lexicon's
    or the classifier's): "Ik verwijs u door naar minister X (vraag nr. 518 van 25 augustus 2017)"
    points to that question's answer as well (``LABELS.md``: a pointer to another answer or
    document), though no pointer word stands in it. A hand-over that names no text by its number
    ("Voor het antwoord op uw vraag verwijs ik u door naar de eerste minister") points nowhere."""
    found: list[tuple[AnswerSegment, Cue]] = []
    for seg, a in zip(ctx.pair.segments, ctx.answers):
        seen: set[int] = set()
        for c in a.cue("deflection"):
            sentence = _sentence(a, c)
            for m in _records_named(a, sentence, c.start):
                at = sentence.start + m.start()
                if at not in seen:
                    seen.add(at)
                    end = _number_end(sentence.text, m.end() - 1)
                    words = sentence.text[m.start() : end]
                    found.append((seg, Cue(at, sentence.start + end, words, "cross_reference")))
    return found


def _records_named(analysis: AnswerAnalysis, sentence: Cue | None, start: int) -> list[re.Match[str]]:
    """The question or answer records named by their number (``[answer] numbered_records`` and a
    number: "vraag nr. 518", "PQ 12345") in ``sentence`` from offset ``start`` of the segment on
    (a law's article, "krachtens artikel 5", names none); none without a sentence."""
    if sentence is None:
        return []
    numbered = _numbered_text(analysis.language, analysis.lexicon_dir, "numbered_records")
    return [m for m in numbered.finditer(sentence.text) if sentence.start + m.start() >= start]


def _number_end(text: str, at: int) -> int:
    """Where the number that begins at ``at`` in ``text`` ends ("518" in "vraag nr. 518 van ...")."""
    end = at
    while end < len(text) and (text[end].isalnum() or text[end] in "/-"):
        end += 1
    return end


def _analysis_of(ctx: PairContext, segment: AnswerSegment) -> AnswerAnalysis | None:
    """The unit's analysis of one of its segments; None for another segment (the document's
    annex note, which stands after whichever answer came last)."""
    return next((a for s, a in zip(ctx.pair.segments, ctx.answers) if s is segment), None)


def _points_elsewhere(analysis: AnswerAnalysis | None, cue: Cue, directs: bool = False) -> bool:
    """Whether ``cue`` points to another answer, question or document (``LABELS.md``), read
    with its sentence: not when the cue classifier reads that sentence as a hand-over and not as
    a pointer ("Er wordt verwezen naar de staatssecretaris voor Asiel en Migratie, gelet op
    diens bevoegdheid": a body, not a text, is pointed to; that is ``deflection``). And a
    pointer only the classifier found is none when its sentence points to what follows in this
    answer ("In de tabel hieronder vindt u ...", ``[cues] points_here``) without a link, or
    announces a text still to come in a future form ("The Home Office will shortly publish a
    statistical note", ``[cues] future``: a deferral, not a text to go to; read from the sentence's
    own words, not from the deferral cues of ``holding``: a pointer beside work under way, "Zoals
    aangegeven in mijn brief aan uw Kamer vinden momenteel ... gesprekken plaats", is one), or names an annex or a table ("Een overzicht per provincie vindt
    het lid in bijlage"; "... in de bijlage aan het ministerieel besluit") or stands beside a
    table's placeholder code ("In de tabel hieronder ...:2016201714271-14-2065-nl-fr"): the
    answer's own annex or table gives what it holds (``LABELS.md``); one sent to the member
    directly is a pointer the document's annex note makes (``PairContext.references``).
    Nor, where the language has a ``[cues] pointer_directs`` list (``directs``), one whose
    sentence sends the reader nowhere: no link and none of those words ("can be found",
    "available", "here", "see"), only a fact about a text ("The 2025/26 Planning Guidance was
    published on 30 January 2025", "While the report ... is published annually, the data is
    broken down in the report on a quarterly basis"); a sentence the splitter cut inside a
    word ("gov.uk", "Table 7.5") is read with the pieces it touches. And none, without a link,
    in a segment that gives a table and points to it: the source of the figures given ("These are published
    annually ... in Agriculture in the United Kingdom" below the table of imports asked,
    ``CUES.md``), where that sentence or the one before it says the table follows ("can be
    seen in the below table", ``[cues] points_here``); "can be found in the table annexed to
    this response" elsewhere in such a segment is a pointer still."""
    if analysis is None:
        return True
    read = analysis.reading(cue)
    if read is not None and "handover" in read and "pointer" not in read and not _names_text(analysis, cue):
        return False
    if not cue.learned:
        return not _put_in_future(analysis, cue)
    sentence = _sentence(analysis, cue)
    if sentence is None:
        return True
    if _in(analysis.cue("points_here"), sentence) and not _LINK.search(sentence.text):
        return False
    if PLACEHOLDER.search(sentence.text) or _in((*analysis.annex_cues, *analysis.cue("table_ref")), sentence):
        return False
    if _still_to_come(analysis, sentence):
        return False  # "The Home Office will shortly publish a statistical note": no text to go to yet
    linked = _LINK.search(sentence.text) is not None
    if (
        analysis.tables
        and not linked
        and _in(analysis.cue("points_here"), _with_previous(analysis, _after_table(analysis, sentence)))
    ):
        return False
    return not directs or linked or _in(analysis.cue("pointer_directs"), _joined(analysis, sentence))


def _put_in_future(analysis: AnswerAnalysis, cue: Cue) -> bool:
    """Whether a lexicon pointer's own clause puts the text there in a future form before it, with
    no link, in a segment that puts the answer off in the lexicon's words (``[cues] holding``: "I will
    write to him when the information is available, and a copy of this letter will be placed in the
    Library of The House"): a letter still to be written, no text to go to
    (``LABELS.md``: a pointer points to a text there; dev-uk39 1673679, as dev-uk 1787310). The
    clause runs from the last break before the cue (``_CLAUSE_BREAK``) to the cue. Not an answer sent
    by letter (``[cues] delivered``: "I will respond directly to the honourable Member", gold 1659702).
    The segment's cues are read before the cue's sentence is looked up: most pointers stand in a
    segment with no holding phrase."""
    if not any(not h.learned for h in analysis.cue("holding")):
        return False  # "The FCA will respond to the Right Honourable Member by letter, and a copy ...": answered by letter
    if any(d.start < cue.end and cue.start < d.end for d in analysis.cue("delivered")):
        return False  # "I will respond directly to the honourable Member": answered by letter (settled case)
    sentence = _sentence(analysis, cue)
    if sentence is None or _LINK.search(sentence.text):
        return False
    at = cue.start - sentence.start
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(sentence.text, 0, at)]
    start = sentence.start + (breaks[-1] if breaks else 0)
    return any(start <= f.start < cue.start for f in analysis.cue("future"))


def _still_to_come(analysis: AnswerAnalysis, sentence: Cue) -> bool:
    """Whether ``sentence`` announces a text in a future form (``[cues] future``) and names none that
    is there to go to: no link, and, in a clause without a future form, no answer, letter or
    report (``[cues] pointer_texts``), no word that sends the reader somewhere (``[cues]
    pointer_directs``: "will follow its guidance (which is available on its website)") and no
    text named by its number (``[answer] numbered_texts`` and a number: "het antwoord op deze
    vraag zal worden gegeven door de eerste minister (vraag nr. 208 van 31 januari 2017)"). Those
    words in a clause of the future name a text still to come: "Further details will be set out
    in the Department's annual report, which will be available on gov.uk later this year"."""
    future = analysis.cue("future")
    joined = _joined(analysis, sentence)
    # the future form may stand in the head of a name the splitter cut ("Officials ... will publish the
    # outcome of the consultation on GOV." / "UK."), not in a neighbour the Chamber's text runs into
    # without a space ("... zal dan gerapporteerd worden.Voor meer maatregelen verwijs ik ...")
    if not _in(future, _with_name_head(analysis, sentence)) or _LINK.search(sentence.text):
        return False
    pieces = [s for s in analysis.sentences if joined.start <= s.start < joined.end]
    # the clauses of the sentence and the pieces it touches: cut at a comma, semicolon, bracket
    cuts = (s.start + x for s in pieces for m in _CLAUSE_BREAK.finditer(s.text) for x in m.span())
    edges = sorted({joined.start, joined.end, *cuts})
    named = [c.start for c in (*analysis.cue("pointer_texts"), *analysis.cue("pointer_directs"))]
    numbered = _numbered_text(analysis.language, analysis.lexicon_dir)
    named += [s.start + m.start() for s in pieces for m in numbered.finditer(s.text)]
    for at in named:
        if joined.start <= at < joined.end:
            start = max(x for x in edges if x <= at)
            end = min((x for x in edges if x > at), default=joined.end)
            if not any(start <= f.start < end for f in future):
                return False  # a text there to go to
    return True


@lru_cache(maxsize=16)
def _numbered_text(language: str, lexicon_dir: str | None, kind: str = "numbered_texts") -> re.Pattern[str]:
    """A word of the lexicon's ``[answer] numbered_texts`` followed by a number: a question, article
    or page named by its number ("vraag nr. 208", "PQ 12345", "zie § 3"). Not every reference word:
    "phase 2", "level 3", "no 2024 figures" name no text there to go to. An entry with a capital
    letter is matched as written ("No." names a number, "no 2024 figures" does not), the others
    whatever their case; an entry that begins or ends in a sign ("§", "nr.") needs no word edge there."""
    words = sorted(load_lexicon(language, lexicon_dir).phrases("answer", kind), key=len, reverse=True)
    if not words:
        return re.compile(r"(?!)")

    def one(word: str) -> str:
        body = re.escape(word) if word != word.lower() else f"(?i:{re.escape(word)})"
        return (r"\b" if word[0].isalnum() else "") + body + (r"\b" if word[-1].isalnum() else "")

    return re.compile(rf"(?:{'|'.join(map(one, words))})\s*\d")


# where a clause of a sentence ends: a comma, semicolon, colon, dash or bracket
_CLAUSE_BREAK = re.compile(r"[,;:()\[\]]|\s[-–—]\s")


def _after_table(analysis: AnswerAnalysis, sentence: Cue) -> Cue:
    """``sentence`` with the table's placeholder before it where that is a sentence alone (the code cut off
    the words run on after it, ``text._run_on``, or standing alone after a full stop): "Hieronder vindt u een
    overzicht ... per jaar." / "2016201714896-16-1076-bil-1" / "Ik wil het geachte lid er op wijzen dat deze
    cijfers terug te vinden zijn op de website van de dienst Vreemdelingenzaken" reads the sentence that
    says the table follows as the one before it."""
    before = [s for s in analysis.sentences if s.end <= sentence.start]
    if before and PLACEHOLDER.fullmatch(before[-1].text.strip()):
        return dataclasses.replace(sentence, start=before[-1].start)
    return sentence


def _with_previous(analysis: AnswerAnalysis, sentence: Cue) -> Cue:
    """``sentence`` with the sentence before it."""
    before = [s for s in analysis.sentences if s.end <= sentence.start]
    return dataclasses.replace(sentence, start=before[-1].start) if before else sentence


def _joined(analysis: AnswerAnalysis, sentence: Cue) -> Cue:
    """``sentence`` with the sentences it touches without white space between: the splitter cuts
    at a full stop inside a name without "www." ("gov.uk", ``text.ADDRESS``)."""
    start, end = sentence.start, sentence.end
    for s in reversed(analysis.sentences):
        if s.end == start:
            start = s.start
    for s in analysis.sentences:
        if s.start == end:
            end = s.end
    return dataclasses.replace(sentence, start=start, end=end)


# the tail of a name the splitter cut at its full stop: a word in capitals or in small letters
# ("UK.", "uk here.", "UK in due course."), not a capitalised word that opens a sentence
_NAME_TAIL = re.compile(r"(?:[A-Z]{2,}|[a-z])")


def _with_name_head(analysis: AnswerAnalysis, sentence: Cue) -> Cue:
    """``sentence`` with the piece before it when it is the tail of a name cut at its full stop
    ("GOV." + "UK in due course."): that piece touches it without white space and it opens with
    ``_NAME_TAIL``."""
    touches = any(s.end == sentence.start for s in analysis.sentences)
    return _with_previous(analysis, sentence) if touches and _NAME_TAIL.match(sentence.text) else sentence


def _in(cues: tuple[Cue, ...], sentence: Cue) -> bool:
    return any(sentence.start <= c.start < sentence.end for c in cues)


def _names_text(analysis: AnswerAnalysis, cue: Cue) -> bool:
    """Whether the sentence of ``cue`` names a text at or after it (``[cues] pointer_texts``: "...
    kan worden verwezen naar het antwoord 440 van de staatssecretaris"): the words point to an
    answer, letter or website, not to a body ("Er wordt verwezen naar de staatssecretaris voor
    Asiel en Migratie, gelet op diens bevoegdheid")."""
    sentence = _sentence(analysis, cue)
    end = sentence.end if sentence is not None else cue.end
    if any(cue.start <= t.start < end for t in analysis.cue("pointer_texts")):
        return True
    # a question named by its number after a hand-over: "De parlementaire vraag valt niet onder mijn
    # bevoegdheden, maar behoort tot die van mijn collega, de heer Charles Michel, eerste minister
    # (vraag nr. 213 van 13 februari 2017)" points to that answer too; a law's article ("krachtens
    # artikel 5") names no answer ([answer] numbered_records, as ``_handed_with_number`` reads them)
    return any(sentence.start + m.start() < end for m in _records_named(analysis, sentence, cue.start))


@rule(
    "deflection",
    "the answer says the matter belongs to another minister, level or body",
    cues=("deflection", *HANDOVER_TESTS, *ATTRIBUTION_CUES, *responsibility.LISTS),
    # a remit denied before a responsibility phrase (``rules.responsibility``)
    lists=("answer.negations",),
    order=60,
)
def deflection(ctx: PairContext) -> Iterator[Flag]:
    # a hand-over anywhere in the unit's sentences ("De vraag valt onder de bevoegdheid van mijn
    # collega" after a first factual sentence), not a remark limiting the answer's scope, a
    # pointer to another minister's answer, the minister's own remit, nor decisions in individual
    # cases left to a body ("Sentencing in individual cases is a matter for the independent judiciary")
    evidence = _cue_evidence(ctx, "deflection", _hands_over)
    evidence += [(seg, c) for seg, c in _opening_handovers(ctx) if not any(c is x for _, x in evidence)]
    evidence = _responsibility_evidence(ctx, evidence)
    yield from _flag_with("deflection", "hands the matter to another body", evidence)


def _responsibility_evidence(
    ctx: PairContext, evidence: list[tuple[AnswerSegment, Cue]]
) -> list[tuple[AnswerSegment, Cue]]:
    """``evidence`` with the unit's "X is responsible for Y" sentences that hand the matter asked over
    (``rules.responsibility``): Y shares ``RESPONSIBILITY_MIN_SHARED`` content words with the question
    ("commissioning dental services in their area" where "how many additional urgent appointments" of
    the dental press release are asked shares "dental" alone: none; "managing quality assurance with the
    medical assessment supplier" beside "whether ... holds audits or quality assurance" of the medical
    assessments: one), the body is not the answering government, the cue classifier reads a hand-over
    there at ``RESPONSIBILITY_MIN_P`` or more, the question does not ask who is responsible, and the phrase passes
    ``_hands_over``'s tests (no fiscal event, individual cases or scope: review61). Each
    adds its sentence and its Y as evidence, unless a hand-over cue of the sentence is evidence already.
    Only where the language has the lists (English)."""
    found = responsibility.responsibilities(ctx)
    if not found or responsibility.asks_who(
        ctx.pair.question.text, ctx.doc.language, ctx.doc.settings.lexicon_dir
    ):
        return evidence
    out = list(evidence)
    for r in found:
        if not responsibility.hands_over(r, RESPONSIBILITY_MIN_SHARED, RESPONSIBILITY_MIN_P):
            continue
        analysis = _analysis_of(ctx, r.segment)
        # the tests by which a hand-over cue is one (``_hands_over``): a matter left to a fiscal event ("Future
        # funding for the Fund is a decision for the Budget", lows59), decisions in individual cases or a remark on
        # scope names no body here either (review61)
        if analysis is None or not _hands_over(analysis, r.cue):
            continue
        sentence = _sentence(analysis, r.cue)
        if sentence is None or any(
            seg is r.segment and sentence.start <= c.start < sentence.end for seg, c in out
        ):
            continue
        out += [(r.segment, dataclasses.replace(sentence, kind="deflection")), (r.segment, r.matter)]
    return out


def _opening_handovers(ctx: PairContext) -> list[tuple[AnswerSegment, Cue]]:
    """The hand-overs of a numbered answer's opening that serves no unit (the text before "1.",
    which names no question) that concern this unit (``attribute.opening_concerns``): the words
    before the sentence's first lexicon hand-over or remit word ("... dat deradicaliseringstrajecten
    tot de bevoegdheden van de Gemeenschappen behoren") are the matter handed over, not the body's
    name after it ("minister van Werk, Economie en Consumenten"); a sentence with no such word,
    read a hand-over by the cue classifier alone, names no matter."""
    openings = ctx.doc.reading("opening_handovers", None, lambda: _openings(ctx))
    if not openings:
        return []
    own = ctx.pair.answer_text
    handover = _handover_stems(ctx.doc.language, ctx.doc.settings.lexicon_dir)
    return [
        (seg, cue)
        for seg, cue, matter in openings
        if opening_concerns(matter, ctx.pair.question.text, own, ctx.doc.language, handover)
    ]


@lru_cache(maxsize=8)
def _handover_stems(language: str, lexicon_dir: str | None) -> frozenset[str]:
    """The stems (``attribute.stems``) of the words of the lexicon's ``[cues] deflection`` and ``remit``
    phrases ("collega", "minister", "bevoegd", "gewesten"): they name the body or the hand-over, not
    the matter handed over. Once per lexicon, not per document."""
    lexicon = load_lexicon(language, lexicon_dir)
    phrases = (*lexicon.cue_list("deflection", optional=True), *lexicon.cue_list("remit", optional=True))
    return frozenset(w for p in phrases for w in stems(p, language))


def _unserved_openings(ctx: PairContext) -> Iterator[tuple[AnswerSegment, AnswerAnalysis]]:
    """Each opening of the document's answer that names no number and serves no unit (the text before "1."),
    with its analysis: where ``_openings`` reads hand-overs and ``_unheld_openings`` missing data."""
    for seg in ctx.doc.document.answer.segments:
        if seg.label == "intro" and not seg.numbers and not ctx.doc.served(seg):
            yield seg, ctx.doc.answer(seg)


def _openings(ctx: PairContext) -> list[tuple[AnswerSegment, Cue, str]]:
    """Each hand-over of the document's openings that serve no unit, with the matter handed over (its
    sentence's words before the first lexicon hand-over or remit word)."""
    out = []
    for seg, analysis in _unserved_openings(ctx):
        for c in analysis.cue("deflection"):
            sentence = _sentence(analysis, c)
            if sentence is None or not _hands_over(analysis, c):
                continue
            words = [
                x.start
                for kind in ("deflection", "remit")
                for x in analysis.cue(kind)
                if not x.learned and sentence.start <= x.start < sentence.end
            ]
            if words:  # with no such word, what is handed over is not known
                out.append((seg, c, sentence.text[: min(words) - sentence.start]))
    return out


def _hands_over(analysis: AnswerAnalysis, cue: Cue) -> bool:
    """Whether the ``deflection`` cue ``cue`` is a hand-over as ``deflection`` reads it: not in a
    sentence limiting the answer's scope (``_scoped``), pointing to another minister's answer
    (``_answer_elsewhere``), naming the minister's own remit (``_own_remit``), leaving decisions in
    individual cases to a body (``[cues] individual_cases``) or leaving the matter to a fiscal event
    (``_to_an_event``). ``generic_units.generic_veto`` counts the sentences so (its "mostly a
    hand-over")."""
    return (
        not _scoped(analysis, cue)
        and not _answer_elsewhere(analysis, cue)
        and not _own_remit(analysis, cue)
        and not _beside(analysis, cue, "individual_cases")
        and not _to_an_event(analysis, cue)
    )


def _to_an_event(analysis: AnswerAnalysis, cue: Cue) -> bool:
    """Whether ``cue`` leaves the matter to a fiscal event, not to a body: a phrase of ``[cues] fiscal_events``
    shares words with it ("this would be a decision for the upcoming Spending Review", "Future local authority
    funding decisions will be a matter for the next Spending Review", "Tax policy is a matter for fiscal events"):
    a decision put off to an event still to come (`holding`'s matter where it is the matter asked), no body
    handed it (lows59, review60's low b: uk-commons 1784514, 1787237). A body named before the event keeps the
    hand-over: "... is a matter for HM Treasury at the Spending Review" shares no word with "for the ... Spending
    Review". A hand-over of the cue classifier is read by its own span: the words that weighed most in its sentence,
    or the whole sentence."""
    return any(e.start < cue.end and cue.start < e.end for e in analysis.cue("fiscal_events"))


def _own_remit(analysis: AnswerAnalysis, cue: Cue) -> bool:
    """Whether ``cue`` is the cue classifier's hand-over on a sentence naming the minister's own
    remit (``[cues] own_remit``: "Dit beheer, dat de FOD BOSA nu volledig heeft overgenomen, behoort
    tot mijn bevoegdheid", "... gecommuniceerd en de instellingen onder mijn bevoegdheid") with no
    word that denies it (``[cues] own_remit_not``: "Deze vraag valt niet onder mijn bevoegdheden"
    hands over). A lexicon hand-over in the sentence still counts."""
    if not cue.learned or not _beside(analysis, cue, "own_remit"):
        return False
    sentence = _sentence(analysis, cue)
    return sentence is not None and not _in(analysis.cue("own_remit_not"), sentence)


def _scoped(analysis: AnswerAnalysis, cue: Cue) -> bool:
    """Whether the sentence of ``cue`` limits the answer's scope ("This is a devolved matter
    and the information provided therefore relates to England only") rather than handing
    the matter over: a ``scope`` cue stands in the same sentence."""
    return _beside(analysis, cue, "scope")


def _answer_elsewhere(analysis: AnswerAnalysis, cue: Cue) -> bool:
    """Whether the sentence of ``cue`` names a text (``[cues] pointer_texts``: "Ik verwijs naar het
    antwoord van de minister van Mobiliteit, aan wie de vraag eveneens werd gesteld (Zie vraag nr.
    2114)", "Een globaal antwoord ... zal worden verstrekt door de vice-eerste minister") and no
    body's remit nor a sending on to it (``[cues] remit``: "bevoegd", "bevoegdheid", "verwijs ik u
    door naar"): a pointer to another minister's answer, ``cross_reference`` and not
    ``deflection`` (``corpus/gold/README.md``, reading 6). Only where the language has a ``remit``
    list (Dutch today); without it every hand-over counts. The lexicon's hand-over phrases are read
    so too: "verwijs * naar * collega" in "verwijs ik u naar het antwoord van mijn collega, de
    minister van Economie" points to an answer, "behoort tot de bevoegdheid" names a remit itself."""
    lexicon = load_lexicon(analysis.language, analysis.lexicon_dir)
    if not lexicon.cue_list("remit", optional=True):
        return False
    sentence = _sentence(analysis, cue)
    if sentence is None:
        return False
    return _in(analysis.cue("pointer_texts"), sentence) and not _in(
        _others_remit(analysis, sentence), sentence
    )


def _others_remit(analysis: AnswerAnalysis, sentence: Cue) -> tuple[Cue, ...]:
    """The ``remit`` cues that name another body's remit: not one inside the minister's own
    (``[cues] own_remit``) in a sentence with no word that denies it ("Wat mijn bevoegdheden inzake de
    FOD Economie, K.M.O., Middenstand en Energie betreft, verwijs ik naar het antwoord van de minister
    Peeters": a pointer to his answer)."""
    remits = analysis.cue("remit")
    own = analysis.cue("own_remit")
    if not own or _in(analysis.cue("own_remit_not"), sentence):
        return remits
    return tuple(r for r in remits if not any(o.start <= r.start < o.end for o in own))


def _beside(analysis: AnswerAnalysis, cue: Cue, kind: str) -> bool:
    """Whether a cue of ``kind`` stands in the sentence of ``cue``."""
    others = analysis.cue(kind)
    if not others:
        return False
    sentence = _sentence(analysis, cue)
    return sentence is not None and _in(others, sentence)


@rule(
    "no_information",
    "the answer says the information is not available or not kept",
    cues=(
        "no_information",
        "data_words",
        "lacking",
        "not_allowing",
        "data_sources",
        "holding",
        "cross_reference",
        "data_lag",
        "no_breakdown",
        "data_held",
        "data_held_limits",
        "withheld_reasons",
        "not_published",
        "not_possible",
        # a condition before a record said not kept ("indien er geen algemeen verslag is"), ``_no_record``
        "conditionals",
        # what the unit's answer points to (``PairContext.references``), for the classifier's reading below
        # its threshold (``_unheld_without_figures``)
        *REFERENCE_CUES,
    ),
    lists=("answer.negations", "answer.record_nouns", "answer.record_negations"),
    order=80,
)
def no_information(ctx: PairContext) -> Iterator[Flag]:
    # anywhere in the unit's sentences (a closed question answered "not yet" reads no missing
    # data: ``PairContext.answers``)
    evidence = _cue_evidence(
        ctx,
        "no_information",
        lambda a, c: (
            not _found_there(a, c)
            and _about_data(a, c)
            and not _said_held(a, c)
            and not _beside(a, c, "withheld_reasons")
        ),
    )
    if not evidence and ctx.asked.asks_figures:
        # figures asked that the department does not publish ("The Department does not publish the amount of
        # Right to Buy receipts ..."), read here alone: to "if he will publish ..." it is a no (yes_no_unanswered);
        # not where a reason for withholding stands (a refusal), nor to a unit that asks no figures ("The
        # Department does not publish the outcome of Investment Approvals Committee decisions": a document)
        evidence = _cue_evidence(ctx, "not_published", lambda a, c: not _beside(a, c, "withheld_reasons"))
    if not evidence and ctx.asked.asks_figures:
        # figures asked and the answer says they are not split the way asked ("The figures in this annex
        # are not broken down by age groups", "Deze opsplitsing kan op dit ogenblik niet worden gemaakt"):
        # "No figures are kept per X" is no_information whatever words say it (``LABELS.md``), beside the
        # breakdown_missing it also is
        evidence = _cue_evidence(ctx, "no_breakdown")
    if not evidence and ctx.asked.asks_figures:
        evidence = _split_refused(ctx)
    if not evidence:
        evidence = _no_record(ctx)
    if not evidence:
        evidence = _unheld_without_figures(ctx)
    if not evidence:
        evidence = _years_unheld(ctx)
    if not evidence:
        evidence = _opening_unheld(ctx)
    yield from _flag_with("no_information", "says the information is not available", evidence)


def _years_unheld(ctx: PairContext) -> list[tuple[AnswerSegment, Cue]]:
    """A data lag on a period the unit asks, however the answer words it: years asked after the last one the
    answer says its figures cover ("De gegevens zijn op dit ogenblik beschikbaar tot en met 2014", "Momenteel zijn
    er gegevens beschikbaar tot en met 2013"), before the first ("slechts gegevens beschikbaar vanaf 2014") or
    that a sentence says are not held yet ("De cijfers voor 2016 zijn nog niet beschikbaar"), as figures_missing
    and breakdown_missing read them (``coverage.after_end``, ``before_start``, ``said_unheld``; the sentence said
    once for a grouped segment counts for every unit of it). A data lag on a period asked is ``no_information``,
    never ``holding`` (``corpus/gold/README.readings.md``); the sentences of the answer that name the year the
    span ends or starts at, or a year said not held, are the evidence (noinfo50)."""
    if not ctx.answers or not ctx.asked.asks_figures or not ctx.asked.periods:
        return []
    from .core import unit_coverage

    cov = unit_coverage(ctx)
    given = cov.given
    gaps = [
        g
        for g in cov.gaps
        if coverage.after_end(g, given) or coverage.before_start(g, given) or coverage.said_unheld(g)
    ]
    if not gaps:
        return []
    years = {y for y in (given.ends, given.starts, *given.unheld_years) if y is not None}
    whole = [(seg, ctx.doc.answer(seg)) for seg in ctx.pair.segments]
    # a year as a word of the sentence, not the digits of a table's placeholder code ("Tabel
    # 1:2016201714402-10-659-nl-fr-1" names no 2016; lows51)
    found = [
        (seg, s)
        for seg, a in whole
        for s in a.sentences
        if years & {int(m.group()) for m in _YEAR.finditer(PLACEHOLDER.sub(" ", s.text))}
    ]
    if not found:
        # the year said otherwise ("2014-16"): the sentences the lag was read from, a statement that data are not
        # held or not yet compiled (``no_information``, ``[cues] data_lag``), never a sentence that shows nothing of
        # it (review52's low 3: the answer's first sentence stood here); none, no evidence and no flag of this. The
        # unit's own sentences (``PairContext.answers``): in a grouped segment another unit's statement is not its
        found = [
            (seg, s)
            for seg, a in zip(ctx.pair.segments, ctx.answers)
            for s in a.sentences
            if any(s.start <= c.start < s.end for kind in ("no_information", "data_lag") for c in a.cue(kind))
        ]
    return [(seg, Cue(s.start, s.end, s.text, "no_information")) for seg, s in found[:2]]


def _opening_unheld(ctx: PairContext) -> list[tuple[AnswerSegment, Cue]]:
    """The missing-data statements of a numbered answer's opening that serves no unit (the text before "1.",
    which names no question), as ``no_information`` reads its cues, for a unit that asks figures: said once
    before the numbered answers, the statement concerns every unit that asks figures ("Algemene opmerking: er
    is nog geen informatie beschikbaar betreffende het jaar 2016.", "Ik beschik niet over gegevens betreffende
    de lokale politie."), as ``_opening_handovers`` reads a hand-over there. A statement that names a year goes
    only to the units that ask that year or name no period (noinfo50)."""
    if not ctx.answers or not ctx.asked.asks_figures:
        return []
    openings = ctx.doc.reading("opening_unheld", None, lambda: _unheld_openings(ctx))
    if not openings:
        return []
    periods = ctx.asked.periods
    # the years asked, where every period asked names its years ("in 2014, 2015 en 2016", "2010-2016"); None where
    # one does not ("de jongste vijf jaar", "sinds 2014"): then a year named is not held against the unit
    asked_years: set[int] | None = set()
    for period in periods:
        if period.kind in ("range", "years") and period.first:
            asked_years |= set(range(period.first, (period.last or period.first) + 1))
        else:
            asked_years = None
            break
    counted = ctx.doc.reading("opening_counted", None, lambda: _counted_words(ctx.doc))
    own = counted.get(ctx.pair.question.n, frozenset())
    everyone = frozenset().union(*counted.values())
    return [
        (seg, cue)
        for seg, cue, years, words in openings
        if not (years and asked_years and not years & asked_years)
        # a statement that names what a unit of the document counts goes only to the units that count it
        # (lows51: "cyberpesten ... wordt om die reden niet als dusdanig geregistreerd in de ANG" to the cases of
        # cyberbullying the police registered, not to "Hoeveel gemeenten hebben dit opgenomen in hun SVPP?",
        # be-kamer 186849 4); one that names no counted thing ("Die gegevens worden niet bijgehouden") to all, and
        # every statement to a unit whose counts name no thing ("Zijn er tendensen qua leeftijd of geslacht van de
        # daders?", 186849 2: what it counts is not known)
        and (not own or not words & everyone or bool(words & own))
    ]


def _counted_words(doc) -> dict[str, frozenset[str]]:
    """For each unit of the document that asks figures, the words of what its counts count and are said of
    (``coverage.clause_nouns``, as figures50 reads a count) that may name a thing (``coverage.thing_stems``)."""
    language, lexicon_dir = doc.language, doc.settings.lexicon_dir
    out: dict[str, frozenset[str]] = {}
    for k, pair in enumerate(doc.pairs):
        unit = doc.context(k)
        if unit.asked.asks_figures:
            out[pair.question.n] = frozenset().union(
                *(
                    coverage.thing_stems(
                        " ".join(coverage.clause_nouns(pair.question.text, c, language, lexicon_dir)),
                        language,
                        lexicon_dir,
                    )
                    for c in unit.asked.counts
                )
            )
    return out


def _unheld_openings(ctx: PairContext) -> list[tuple[AnswerSegment, Cue, frozenset[int], frozenset[str]]]:
    """Each missing-data cue of the document's openings that serve no unit that ``no_information`` would read so,
    with the years its sentence names and the words of it that may name a thing counted (``coverage.thing_stems``)."""
    language, lexicon_dir = ctx.doc.language, ctx.doc.settings.lexicon_dir
    out = []
    for seg, analysis in _unserved_openings(ctx):
        for c in analysis.cue("no_information"):
            if (
                _found_there(analysis, c)
                or not _about_data(analysis, c)
                or _said_held(analysis, c)
                or _beside(analysis, c, "withheld_reasons")
            ):
                continue
            sentence = _sentence(analysis, c) or c
            years = frozenset(int(m.group()) for m in _YEAR.finditer(sentence.text))
            out.append((seg, c, years, coverage.thing_stems(sentence.text, language, lexicon_dir)))
    return out


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _split_refused(ctx: PairContext) -> list[tuple[AnswerSegment, Cue]]:
    """The sentences that name a split the unit asks and negate it, with no figure
    (``coverage.splits_refused``, as ``breakdown_missing`` reads them: "Een verdere opsplitsing naar het
    geslacht van het slachtoffer is echter niet mogelijk" to "per sekse", be-kamer 185101, where the
    ``no_breakdown`` phrases leave too many words between): "No figures are kept per X" is
    no_information whatever words say it (``LABELS.md``). Only a sentence that says the split cannot be
    made (``[cues] not_possible``: "kan niet", "niet mogelijk"), with no reason for withholding
    (``withheld_reasons``: "Om bepaalde lopende onderzoeken niet in het gedrang te brengen, werd besloten om
    geen cijfers per provincie mee te delen", dev-be4 186018, a refusal) and no judgement ("Door de kleine
    aantallen is de verdeling over de arrondissementen statistisch niet relevant", dev-be27 185939). Not to an
    answer that says the question is void."""
    language, lexicon_dir = ctx.doc.language, ctx.doc.settings.lexicon_dir
    if not ctx.answers or coverage.moot(ctx.answers, language, lexicon_dir):
        return []
    named = coverage.splits_refused(
        ctx.pair.question, ctx.answers, language, lexicon_dir, ctx.asked.dimensions
    )
    found = []
    for k, _, x in named:
        if k >= len(ctx.pair.segments):
            continue
        a = ctx.answers[k]
        if _in(a.cue("not_possible"), x) and not _in(a.cue("withheld_reasons"), x):
            found.append((ctx.pair.segments[k], Cue(x.start, x.end, x.text, "no_information")))
    return found


# words that may stand between a negation of ``[answer] record_negations`` and the noun of ``record_nouns`` it
# negates: "geen eenvormige lijst", "geen exhaustief overzicht", "no centralised list" (noinfo40)
RECORD_GAP = 2
# the languages whose record claims count for any unit the sentence is given to; in the others only for a unit
# that asks figures (``coverage.Asked.asks_figures``): English "list" names other things as often ("there is no
# waiting list for these patients", uk-commons 1900897, to "what steps"; "there is no definitive list as
# requirements will differ across authorities", dev-uk52 1798462, to "what assessment"). Dutch to any unit: "heeft
# geen exhaustief overzicht van de situatie in alle lidstaten" answers "Wordt ... reeds toegepast in een Europese
# lidstaat?" (dev-be36 189282 1); with figures asked there too, 2 right flags of the older development sets lost
RECORD_ANY_UNIT = frozenset({"nl"})


def _no_record(ctx: PairContext) -> list[tuple[AnswerSegment, Cue]]:
    """The unit's sentences that say no list, overview, report or breakdown exists or is kept: a word of
    ``[answer] record_negations`` ("geen", "no") with at most ``RECORD_GAP`` words between it and a noun of
    ``record_nouns`` ("lijst", "overzicht", "verslag", "list", "breakdown"): "Voor de gevraagde periode bestaat er
    actueel geen eenvormige lijst die de verschillende soorten verplaatsingen groepeert" (dev-be3+4 190119 1), "De
    Algemene Directie Economische Inspectie heeft geen exhaustief overzicht van de situatie in alle lidstaten"
    (dev-be36 189282 1), "There is no centralised list of heat networks across the UK" (to a unit that asks
    figures, ``RECORD_ANY_UNIT``). Not in a sentence that gives a figure or a table (a caveat on figures given),
    names a reason for withholding (a refusal, ``withheld_reasons``), puts the negation after a condition
    (``_conditioned``) or puts the record off to later (``holding``, as ``_found_there`` reads it: "kan de
    Administratie derhalve nog geen definitief overzicht maken"). Not "onderscheid" or "distinction": "Er wordt
    geen onderscheid gemaakt tussen werknemers" is as often a rule that treats alike as data not split (noinfo40)."""
    if not ctx.answers or (ctx.doc.language not in RECORD_ANY_UNIT and not ctx.asked.asks_figures):
        return []
    lexicon = ctx.doc.lexicon
    nouns = {w.lower() for w in lexicon.phrases("answer", "record_nouns")}
    negations = {w.lower() for w in lexicon.phrases("answer", "record_negations")}
    if not nouns or not negations:
        return []
    conditions = [tuple(text_layer.words(p)) for p in lexicon.cue_list("conditionals", optional=True)]
    found = []
    for seg, analysis in zip(ctx.pair.segments, ctx.answers):
        for sentence in analysis.sentences:
            if not _may_say_record(sentence.text, negations, nouns):
                continue
            if PLACEHOLDER.search(sentence.text) or any(
                f.start < sentence.end and sentence.start < f.end for f in analysis.figure_sentences
            ):
                continue
            tokens = list(text_layer.WORD.finditer(sentence.text))
            words = [t.group().lower() for t in tokens]
            said = next(
                (
                    (i, j)
                    for i, w in enumerate(words)
                    if w in negations and not _conditioned(words, i, conditions)
                    for j in range(i + 1, min(len(words), i + 2 + RECORD_GAP))
                    if words[j] in nouns
                ),
                None,
            )
            if said is None:
                continue
            whole = Cue(sentence.start, sentence.end, sentence.text, "no_information")
            if _found_there(analysis, whole) or _beside(analysis, whole, "withheld_reasons"):
                continue
            a, b = tokens[said[0]].start(), tokens[said[1]].end()
            found.append(
                (seg, Cue(sentence.start + a, sentence.start + b, sentence.text[a:b], "no_information"))
            )
    return found


def _may_say_record(text: str, negations: set[str], nouns: set[str]) -> bool:
    """Whether ``text`` lower-cased holds a word of ``negations`` and one of ``nouns`` as pieces of its text: what
    a sentence whose words (``text_layer.WORD``, each lower-cased) take a negation and a noun holds, a word's lower
    case being a piece of the sentence's (``str.lower`` lowers each character alone but a Greek capital sigma,
    which no lexicon's word holds). Most sentences hold no such word ("geen" without "lijst", "overzicht" ...), and
    ``_no_record`` reads their words no further (speedmap43)."""
    lower = text.lower()
    return any(w in lower for w in negations) and any(w in lower for w in nouns)


def _conditioned(words: list[str], i: int, conditions: list[tuple[str, ...]]) -> bool:
    """Whether a phrase of ``conditions`` (``[cues] conditionals``: "indien", "if") opens within the
    ``RECORD_GAP`` + 1 words before word ``i``: "er dient een missieverslag te worden opgesteld indien er geen
    algemeen verslag is" (be-kamer 186184 3) states a rule for when none is kept."""
    return any(
        tuple(words[j : j + len(c)]) == c
        for j in range(max(0, i - RECORD_GAP - 1), i)
        for c in conditions
        if c
    )


def _unheld_without_figures(ctx: PairContext) -> list[tuple[AnswerSegment, Cue]]:
    """The cue classifier's missing data below its threshold for the rules, from
    ``UNHELD_WITHOUT_FIGURES_MIN`` of the language, where the unit asks figures and its answer gives
    no figure and no table and points nowhere (``PairContext.references``): a sentence with a
    negation (``[answer] negations``) and a data word that the classifier's other readings leave
    standing, as ``no_information`` reads its cues ("De FOD Justitie beheert zelf geen databanken met
    betrekking tot de nationaliteitsverwervingen"); a thing that does not allow something
    (``[cues] not_allowing``) only where the sentence names a data source, as ``_about_data`` reads
    the lexicon's words."""
    least = UNHELD_WITHOUT_FIGURES_MIN.get(ctx.doc.language)
    if least is None or not ctx.answers or not ctx.asked.asks_figures:
        return []
    if ctx.references or any(a.figure_sentences or a.tables for a in ctx.answers):
        return []  # figures given, or pointed to: a negated sentence qualifies them ("Deze cijfers zijn
        # niet gevalideerd door de griffies", beside a table in an annex)
    setting = ctx.doc.settings.cue_model
    negations = {w.lower() for w in ctx.doc.lexicon.negations}
    found = []
    for seg, analysis in zip(ctx.pair.segments, ctx.answers):
        for sentence in analysis.sentences:
            if not negations & negating_words(sentence.text, analysis.language, analysis.lexicon_dir):
                continue
            if _in(analysis.cue("not_allowing"), sentence) and not _in(
                analysis.cue("data_sources"), sentence
            ):
                continue  # "De cijfers laten niet toe om een onderscheid te maken", as ``_about_data`` reads it
            p = _cue_probabilities(setting, analysis, sentence).get("missing_data", 0.0)
            if p < least:
                continue
            cue = Cue(
                sentence.start,
                sentence.end,
                sentence.text,
                "no_information",
                (sentence.start, sentence.end),
                p,
            )
            if (
                not _found_there(analysis, cue)
                and _about_data(analysis, cue)
                and not _said_held(analysis, cue)
                and not _beside(analysis, cue, "withheld_reasons")
            ):
                found.append((seg, cue))
    return found


def _found_there(analysis: AnswerAnalysis, cue: Cue) -> bool:
    """Whether ``cue`` says the information is not available *yet* (it overlaps a deferral: "De
    resultaten van deze studie zijn nog niet beschikbaar", ``holding``; not a data lag, the figures
    of a period not yet compiled, ``[cues] data_lag`` in its sentence: "Afzonderlijke cijfers voor
    aanwervingen zijn nog niet beschikbaar voor 2016" is ``no_information`` in the readings of
    ``corpus/gold/README.md``, as ``holding`` leaves it), or is the classifier's
    reading of missing data in a sentence that says where the data can be found ("de gevraagde
    gegevens kunnen geraadpleegd worden in de jaarstatistieken ... op de website"): a pointer
    (``cross_reference``), not a statement that the information is not available. The lexicon's
    other words ("not held centrally") still count."""
    if any(
        h.start <= cue.start < h.end or cue.start <= h.start < cue.end for h in analysis.cue("holding")
    ) and not _beside(analysis, cue, "data_lag"):
        return True  # "De resultaten van deze studie zijn nog niet beschikbaar": not yet, a deferral
    if not cue.learned:
        return False
    read = analysis.reading(cue)
    if read is not None and "pointer" in read:
        return True
    sentence = _sentence(analysis, cue)
    return sentence is not None and _in(analysis.cue("cross_reference"), sentence)


def _said_held(analysis: AnswerAnalysis, cue: Cue) -> bool:
    """Whether the cue classifier's reading of missing data (a learned cue) stands in a sentence that
    says the information is kept (``[cues] data_held``: "This information is recorded on the PIP computer
    system", "Deze informatie wordt niettemin op lokaal niveau bijgehouden") with no negation
    (``[answer] negations``, a short one read in full: "don't" holds "not", ``negating_words``) and no
    word that limits it (``[cues] data_held_limits``: "only", "enkel"): a "whether his Department holds
    data on ..." answered that it does is no missing data (mech24). The lexicon's own words ("not held centrally") still count."""
    if not cue.learned:
        return False
    sentence = _sentence(analysis, cue)
    if (
        sentence is None
        or not _in(analysis.cue("data_held"), sentence)
        or _in(analysis.cue("data_held_limits"), sentence)
    ):
        return False
    negations = {w.lower() for w in load_lexicon(analysis.language, analysis.lexicon_dir).negations}
    return not negations & negating_words(sentence.text, analysis.language, analysis.lexicon_dir)


def _about_data(analysis: AnswerAnalysis, cue: Cue) -> bool:
    """Whether the sentence of ``cue`` speaks of information that could be kept (``[cues]
    data_words``: "De gegevens worden vooralsnog niet in dergelijk detail geregistreerd"), or,
    for the lexicon's words that name no information (``[cues] lacking``: "beschikt niet over"),
    the cue classifier reads missing data there too: "De politie ... beschikt niet over het
    passende beschermingsmateriaal" lacks equipment, not data; "Er zijn geen blokkages" is a
    reply (none), the classifier's reading notwithstanding. The lexicon's other words say so
    themselves ("Deze vraag kan niet worden beantwoord", "Dit is niet te kwantificeren"). A
    sentence that gives its figures in a table (its placeholder code: "Hierbij de gevraagde
    cijfers: 2016201715179-3-2043-bil-1") is no statement that they are missing (``LABELS.md``,
    settled cases), unless the lexicon's words say so. Without a ``data_words`` list every cue
    counts. A thing that does not allow something (``[cues] not_allowing``: "laat niet toe") counts
    only where the sentence names a data source (``data_sources``: "De gegevensbank van het College
    van procureurs-generaal laat niet toe om deze vraag te beantwoorden"), not "De (beperkte)
    budgettaire middelen ... laten niet toe om te investeren", nor a caveat on the figures given, "De
    cijfers laten niet toe om een onderscheid te maken tussen reizigers die ..." (reference-dev
    190922)."""
    words = analysis.cue("data_words")
    sentence = _sentence(analysis, cue)
    if sentence is None or not load_lexicon(analysis.language, analysis.lexicon_dir).cue_list(
        "data_words", True
    ):
        return True
    if cue.learned:
        return _names_data(analysis, words, sentence) and not PLACEHOLDER.search(sentence.text)
    if any(c.start < cue.end and cue.start < c.end for c in analysis.cue("not_allowing")):
        return _in(analysis.cue("data_sources"), sentence)
    if not any(c.start < cue.end and cue.start < c.end for c in analysis.cue("lacking")):
        return True
    read = analysis.reading(cue)
    return _in(words, sentence) or read is None or "missing_data" in read


def _names_data(analysis: AnswerAnalysis, words: tuple[Cue, ...], sentence: Cue) -> bool:
    """Whether the sentence of the cue classifier's missing data holds a word of ``[cues] data_words``
    (its matches ``words``), or, in a language whose lexicon joins words into compounds (``[words]
    compounding``), a compound that ends on one of six letters or more with three letters or more before
    it, as ``coverage.data_tails`` gives them: "Er zijn geen ophelderingsstatistieken beschikbaar"
    (dev-be54 189416 2); "onbekend" is no compound of "bekend". Not for the lexicon's ``lacking`` words,
    which the classifier does not read as missing data: "voor de niet voorverpakte levensmiddelen de
    allergeneninformatie moet beschikbaar zijn" (be-kamer 189237) states a rule (noinfo24)."""
    if _in(words, sentence):
        return True
    tails = coverage.data_tails(analysis.language, analysis.lexicon_dir)
    return bool(tails) and any(
        len(w) >= len(t) + 3 and w.endswith(t) for w in text_layer.words(sentence.text.lower()) for t in tails
    )


@rule(
    "holding",
    "the answer defers: still being examined, a later answer promised",
    cues=(*HOLDING_CUES, *ATTRIBUTION_CUES),
    lists=(
        "question.addressee",
        "question.asks_ahead",
        "question.asks_steps",
        "question.asks_publication",
        "answer.not_taken",
        "answer.declines",
        "question.status_asks",
        "question.status_not",
        "answer.negations",
    ),
    order=110,
)
def holding(ctx: PairContext) -> Iterator[Flag]:
    model = _holding_model(ctx.doc.settings.holding_model, ctx.doc.settings.cue_model)
    if model is None:
        yield from _rule_holding(ctx)
        return
    if not ctx.pair.segments:
        return
    read = holding_reading(ctx)
    chance, weighed = learned(model, read.features)
    if chance < model["threshold"] or read.sentence is None:
        return
    seg, sentence = read.sentence
    yield Flag(
        "holding",
        f"defers the answer: '{sentence.text[:120]}' (learned, p {chance:.2f}; weighs most {', '.join(weighed)})",
        (_evidence(seg, sentence),),
    )


def _rule_holding(ctx: PairContext) -> Iterator[Flag]:
    """The hand-written decision: a deferral cue the tests below keep (``_rule_keeps``), read again by
    the sentence-level decision where its model is there (``_sentence_keeps``); the sentences so kept
    read once more over the unit by the unit gate where its model is there too (``gate_reading``,
    ``Settings.holding_gate_model``): under its threshold the unit has no ``holding`` (the deferral
    stands beside an answer given), neither by the second way in nor by the "when" path."""
    # a deferral anywhere in the unit's sentences: a closing promise to report later counts
    segment_of = {id(a): s for s, a in zip(ctx.pair.segments, ctx.answers)}
    model = _sentences_model(ctx.doc.settings.holding_sentences_model, ctx.doc.settings.cue_model)

    # the sentence-level decision reads the cue's sentence and the tests' decision alone: a sentence
    # with several cues (the classifier's words and the whole sentence) is read once
    read: dict[tuple[int, tuple[int, int] | None, bool], bool] = {}
    kept_sentences: dict[tuple[int, int], tuple[AnswerSegment, AnswerAnalysis, Cue]] = {}
    # the sentences the sentence-level decision read whole, with their probability, for the unit
    # gate to take up rather than read again (review60's low (a)): this unit's analyses alone
    readings: dict[tuple[int, int, int], tuple[float, dict]] = {}

    def keep(a: AnswerAnalysis, c: Cue) -> bool:
        kept = _rule_keeps(ctx, segment_of[id(a)], a, c)
        if model is None:
            return kept
        sentence = _sentence(a, c)
        key = (id(a), None if sentence is None else (sentence.start, sentence.end), kept)
        if key not in read:
            read[key] = _sentence_keeps(ctx, segment_of[id(a)], a, c, kept, model, readings)
        if read[key] and sentence is not None:
            kept_sentences.setdefault((id(a), sentence.start), (segment_of[id(a)], a, sentence))
        return read[key]

    flags = list(_cue_flag(ctx, "holding", "defers the answer", keep=keep))
    if flags and model is not None and kept_sentences:
        gate = _gate_model(ctx.doc.settings.holding_gate_model, ctx.doc.settings.cue_model)
        if gate is not None:
            reading = gate_reading(ctx, list(kept_sentences.values()), model, readings)
            chance, _ = learned(gate, reading.features)
            if chance < gate["threshold"]:
                return  # the kept deferrals read as putting off something beside what was asked
    if not flags and model is not None:
        flags = list(_put_off_by_model(ctx, model))
    yield from flags or _when_put_off(ctx)


def _put_off_by_model(ctx: PairContext, model: dict) -> Iterator[Flag]:
    """The sentence-level decision's second way in: a sentence that names something still to come in
    a future form (``[cues] to_come`` and ``future``: "Ik verwijs het geachte lid naar het antwoord
    dat gegeven zal worden ...", "In functie daarvan zal de NMBS nagaan of ...") and holds no
    deferral cue, that may enter (``_may_enter``) and that the model reads (``sentence_reading``) as
    putting off what the unit asks (probability at least its ``enter``): ``holding``, with those
    sentences as evidence. Only such sentences are read."""
    found = []
    for seg, a in zip(ctx.pair.segments, ctx.answers):
        held = a.cue("holding")
        for s in a.sentences:
            if not _in(a.cue("to_come"), s) or _in(held, s):
                continue
            entry = _entry_reading(ctx.pair.question.text, a, s)
            if not _may_enter(entry) or _step_given(ctx, a, s):
                continue
            chance = _reaching(ctx, seg, a, s, model, model.get("enter", 1.0), entry)
            if chance is not None and chance >= model.get("enter", 1.0):
                found.append((seg, s, chance))
    if found:
        said = "; ".join(f"'{s.text[:120]}' (p {p:.2f})" for _, s, p in found[:3])
        yield Flag(
            "holding", f"puts off what was asked: {said}", tuple(_evidence(seg, s) for seg, s, _ in found)
        )


def _rule_keeps(ctx: PairContext, segment: AnswerSegment, a: AnswerAnalysis, c: Cue) -> bool:
    """Whether the rule's tests keep the deferral cue ``c`` of ``a`` (the analysis of ``segment``)."""
    question = ctx.pair.question.text
    if c.learned and (c.probability or 0.0) < HOLDING_LEARNED_MIN:
        return False
    if (
        _standing(a, c)
        or _under_way(a, c)
        or _gives_the_time(question, a, c)
        or _reports_done(a, c)
        or _declined(a, c)
        or _dated_step(a, c)
    ):
        return False
    if _plan_beside(ctx, a, c) or _not_yet_answers(ctx, a, c) or _step_given(ctx, a, c):
        return False
    if _publication_timed(ctx, a, c):
        return False
    if _says_no(ctx, a, c) or _aside(ctx, a, c) or _work_now(ctx, a, c):
        return False
    # a question on what is still to come (``[question] asks_ahead``: "Wat zult u ondernemen?",
    # "whether he will ..."): any deferral in the unit's sentences, given to it or to all the units of
    # a grouped answer alike, puts off what was asked (be-kamer 186313: "Vele vragen ter zake vereisen
    # nog een passend antwoord" to "Wat zult u in dit dossier ondernemen?")
    ahead = _asked_in(ctx.doc.language, ctx.doc.settings.lexicon_dir, "question", "asks_ahead")
    if ahead is not None and ahead.search(question) is not None:
        return True
    asked = _question_words(ctx)  # read once per unit, and only once a deferral needs them
    return _said_for(ctx, segment, a, c, asked) and (_to_come(a, c) or _on_the_asked(ctx, a, c, asked))


_NOT_YET = [("nog", "geen"), ("nog", "niet"), ("not", "yet")]


def _not_yet_answers(ctx: PairContext, analysis: AnswerAnalysis, cue: Cue) -> bool:
    """Whether the deferral ``cue`` is a plain not yet of a step not taken ("nog geen", "nog niet" or
    "not yet" and a word of ``[answer] not_taken`` in its words: "nog geen beslissing", "not yet been
    decided") to a closed question that asks whether something has come about yet (``_asks_status``:
    "Werd er al een definitieve beslissing genomen over de verhuizing ...?"), in an answer none of whose
    sentences names something still to come (``[cues] to_come``): "Er werd tot op de dag van vandaag nog
    geen beslissing genomen omtrent de verhuis" is itself the answer, nothing is put off
    (``corpus/gold/README.md``, readings of ``holding``: a plain not yet that is the answer,
    reference-dev 192083 1). Work not yet finished still puts its outcome off ("Het onderzoek naar de
    problemen bij de toepassing van de 80 %-regel is nog niet afgerond" to "Heeft u al een onderzoek
    gedaan ...? Indien ja, wat zijn de conclusies"), and so does a not yet beside a sentence of what is to
    come ("is er in dit stadium nog geen beslissing over het bedrag van de verkoop ... De schattingen ...
    zullen te gepasten tijde herzien worden", 192083 2); holding18."""
    words = text_layer.words(cue.text.lower())
    if not _holds(words, _NOT_YET):
        return False
    taken = {p[0] for p in _phrase_words(ctx.doc.lexicon, "answer", "not_taken") if len(p) == 1}
    if not taken.intersection(words):
        return False
    return _asks_status(ctx) and not any(a.cue("to_come") for a in ctx.answers)


def _when_put_off(ctx: PairContext) -> Iterator[Flag]:
    """To a question that asks when (a clause that opens with ``[cues] asks_when``: "Wanneer worden de
    eerste resultaten ... verwacht?", "Indien niet, wanneer mogen we deze verwachten?", "To ask ...,
    when she plans to ..."), an answer sentence that speaks of what is still to come (``[cues]
    future``: "Een trimestrieel evaluatieverslag ter zake zal worden opgesteld", "Het zal van de
    planning afhangen tegen wanneer ...") and names no time (no ``time_named`` cue, no year) puts off
    the time asked: ``holding``, with the first such sentence as evidence. A sentence the rule's
    tests set aside (a standing policy, a data lag, a wider plan, a publication asked with its time,
    ``_publication_timed``) puts off nothing. A time named in
    another sentence that speaks of what is to come gives the time asked ("... zullen worden
    gefinaliseerd in de loop van 2017"); one of what was done does not ("In 2016 zijn 56 toestellen
    aangekocht"), unless the question, beside a time to come, also asks when something was done
    ("when the review will report and when the last audit was undertaken"): then a time named
    anywhere answers it. A question that asks only when something was
    done ("when was the contract for the 20 uncrewed surface vessels signed") asks nothing to come:
    a future sentence puts nothing it asks off ("The fleet of 20 vessels will be used by ...",
    holding14). A "when" inside a clause ("relied upon when permitting") or opening a condition ("and,
    when an appeal is lodged, how long it takes") asks no time."""
    asks = _asks_when_opening(ctx.doc.language, ctx.doc.settings.lexicon_dir)
    question = ctx.pair.question.text
    if asks is None:
        return
    read = [_asks_a_time(ctx, question, m) for m in asks.finditer(question)]
    if "ahead" not in read:
        return  # no time asked, or only when something was done: nothing to come was asked to be put off
    sentences = [
        (seg, a, c, s)
        for seg, a in zip(ctx.pair.segments, ctx.answers)
        for c in a.cue("future")
        if (s := _sentence(a, c)) is not None
    ]

    def names_time(a: AnswerAnalysis, s: Cue) -> bool:
        return _in(a.cue("time_named"), s) or coverage.names_year(s.text)

    if "past" in read:
        times = [(a, s) for a in ctx.answers for s in a.sentences]
    else:
        times = [(a, s) for _, a, _, s in sentences]
    if any(names_time(a, s) for a, s in times):
        return
    for seg, a, c, sentence in sentences:
        if _standing(a, c) or _plan_beside(ctx, a, c) or _publication_timed(ctx, a, c):
            continue
        yield Flag(
            "holding",
            f"puts off the time asked, naming none: '{sentence.text[:120]}'",
            (_evidence(seg, sentence),),
        )
        return


def _asks_a_time(ctx: PairContext, question: str, m: re.Match[str]) -> str | None:
    """How the "when" of ``m`` asks a time: "past" where its clause has a past tense and no future
    form (``[cues] past_tense``, ``future``: "when the last audit was undertaken"), "ahead" where it
    asks a time otherwise, None where it opens a condition: a clause that a comma closes before more
    of the question, with no future form ("when an appeal is lodged, how long it takes")."""
    rest = question[m.end() :]
    clause = re.match(r"[^,;:?.]*", rest).group()
    after = rest[len(clause) :]
    language, where = ctx.doc.language, ctx.doc.settings.lexicon_dir
    future = _asked_in(language, where, "cues", "future")
    ahead = future is not None and future.search(m.group() + clause) is not None
    if not ahead and after.startswith(",") and re.search(r"\w", after):
        return None
    past = _asked_in(language, where, "cues", "past_tense")
    return "past" if not ahead and past is not None and past.search(clause) else "ahead"


@lru_cache(maxsize=16)
def _asks_when_opening(language: str, lexicon_dir: str | None) -> re.Pattern[str] | None:
    """``[cues] asks_when`` where it opens a question or a clause of one (after a stop, a comma, a
    colon or a semicolon, a part's letter "a)" or a word of ``[cues] asks_when_joiners``: "and",
    "en"); None without the list."""
    lexicon = load_lexicon(language, lexicon_dir)
    words = lexicon.cue_list("asks_when", optional=True)
    if not words:
        return None
    said = _alternatives(words)
    joiners = lexicon.cue_list("asks_when_joiners", optional=True)
    joined = rf"|\b(?:{_alternatives(joiners)})\b" if joiners else ""
    before = rf"(?:(?:{_alternatives(joiners)})\s+)?" if joiners else ""
    return re.compile(rf"(?:^|[?;,:.]|\b[a-z]\){joined})\s*{before}(?:{said})(?![\w-])", re.IGNORECASE)


HOLDING_MODEL = Path(__file__).resolve().parents[1] / "models" / "holding.json"


def _holding_model(where: str, cue_model: str) -> dict | None:
    """The learned decision of ``Settings.holding_model`` (``scripts/choose_holding.py --write``),
    read as ``model_file`` reads one."""
    return model_file(where, HOLDING_MODEL, HOLDING_FEATURES, "holding_model", cue_model)


SENTENCES_MODEL = Path(__file__).resolve().parents[1] / "models" / "holding_sentences.json"


def _sentences_model(where: str, cue_model: str) -> dict | None:
    """The sentence-level decision of ``Settings.holding_sentences_model``
    (``scripts/train_holding_sentences.py --write``), read as ``model_file`` reads one; its
    ``enter`` (the probability at which a deferral the rule's tests drop is kept), when given, a
    number (else a ``ConfigError``)."""
    model = model_file(where, SENTENCES_MODEL, SENTENCE_FEATURES, "holding_sentences_model", cue_model)
    if model is not None and not isinstance(model.get("enter", 1.0), int | float):
        raise ConfigError(
            f"holding_sentences_model: {where or SENTENCES_MODEL} has an 'enter' that is no number"
        )
    return model


GATE_MODEL = Path(__file__).resolve().parents[1] / "models" / "holding_gate.json"

# what the unit gate of ``holding`` reads (``gate_reading``; ``scripts/train_holding_gate.py``)
GATE_FEATURES = ("p_sentence", "asked_share", "rest_share", "answer_share", "english", "kept")


def _gate_model(where: str, cue_model: str) -> dict | None:
    """The unit gate of ``Settings.holding_gate_model`` (``scripts/train_holding_gate.py --write``),
    read as ``model_file`` reads one."""
    return model_file(where, GATE_MODEL, GATE_FEATURES, "holding_gate_model", cue_model)


@dataclass(frozen=True)
class GateReading:
    """What the unit gate of ``holding`` reads of the deferral sentences the rule keeps for a unit:
    ``features`` (``GATE_FEATURES``) and the sentence it reads them on, the likeliest by the
    sentence-level decision, with its segment."""

    features: dict[str, float]
    sentence: tuple[AnswerSegment, Cue]


def gate_reading(
    ctx: PairContext,
    kept: list[tuple[AnswerSegment, AnswerAnalysis, Cue]],
    model: dict,
    readings: dict[tuple[int, int, int], tuple[float, dict]] | None = None,
) -> GateReading:
    """The unit gate's reading of the sentences ``kept`` (segment, analysis, sentence; at least one):
    the sentence-level decision's probability (``model``, read whole: ``sentence_reading``) of the
    likeliest, the share of the question's content words that sentence takes up, the most any other
    sentence of the unit takes up and the share all the unit's answer text takes up (an answer given
    beside the deferral), the language, and the number of sentences kept (log). ``readings``: the
    probability and reading of each sentence the sentence-level decision already read whole for this
    unit (``_reaching``), by (``id`` of its analysis, start, end), taken up instead of read again."""
    best = None
    for seg, a, s in kept:
        found = readings.get((id(a), s.start, s.end)) if readings is not None else None
        if found is None:
            reading = sentence_reading(ctx, seg, a, s)
            chance = learned(model, reading)[0]
        else:
            chance, reading = found
        if best is None or chance > best[0]:
            best = (chance, reading, seg, s)
    chance, reading, seg, s = best
    return GateReading(
        {
            "p_sentence": chance,
            "asked_share": reading["asked_share"],
            "rest_share": reading["rest_share"],
            "answer_share": _asked_share(ctx, " ".join(a.text for a in ctx.answers)),
            "english": float(ctx.doc.language == "en"),
            "kept": math.log1p(len(kept)),
        },
        (seg, s),
    )


def _sentence_keeps(
    ctx: PairContext,
    segment: AnswerSegment,
    a: AnswerAnalysis,
    c: Cue,
    kept: bool,
    model: dict,
    readings: dict[tuple[int, int, int], tuple[float, dict]] | None = None,
) -> bool:
    """Whether the deferral cue ``c`` puts off what the unit asks, by the sentence-level decision on
    the cue's sentence (``sentence_reading``): one the rule's tests keep (``kept``) when its
    probability reaches the model's ``threshold`` (not read at a threshold of 0), one they drop when
    it may enter (``_may_enter``) and its probability reaches the model's ``enter``. Only the rule's
    candidate sentences, those with a deferral cue, are read. ``readings``: where the sentence is read
    whole, its probability and reading are put there (``_reaching``)."""
    sentence = _sentence(a, c)
    if sentence is None or (kept and model["threshold"] <= 0):
        return kept
    entry = None if kept else _entry_reading(ctx.pair.question.text, a, sentence)
    if entry is not None and (
        not _may_enter(entry)
        or _step_given(ctx, a, sentence)
        or _dated_step(a, c)
        or _aside(ctx, a, c)
        or _publication_timed(ctx, a, c)
    ):
        return False
    at_least = model["threshold"] if kept else model.get("enter", 1.0)
    chance = _reaching(ctx, segment, a, sentence, model, at_least, entry, readings)
    return chance is not None and chance >= at_least


def _may_enter(reading: dict[str, float] | dict[str, bool]) -> bool:
    """Whether a sentence the rule's tests do not keep may still be read as putting off what was
    asked (``sentence_reading``): it speaks of the future (``[cues] future``) and none of the rule's
    tests that read it as something beside the answer holds (a standing practice, a data lag, a wider
    plan to a question that names none, a time named to a question that asks when)."""
    return bool(reading["future"]) and not any(
        reading[k] for k in ("standing", "data_lag", "wider_plan", "gives_time")
    )


def model_file(
    where: str, default: Path, known: tuple[str, ...], setting: str, cue_model: str
) -> dict | None:
    """A learned decision stored as JSON (features, their mean and scale, coefficients, intercept,
    threshold; ``cue_model``: the ``Settings.cue_model`` its features were read with): None for
    "none" or when ``default`` is absent (the rule decides); a ``ConfigError`` naming ``setting``
    and the file for a named file that is missing, is no such JSON or names features not in
    ``known``. Its features read the cue classifier's probabilities, which ``cue_model`` "lexicon"
    leaves at 0: a model fitted with another ``cue_model`` than the run's is refused when named
    (``ConfigError``) and, the shipped one, left to the rule with a warning."""
    if where == "none":
        return None
    path = Path(where) if where else default
    try:
        mtime = modelfiles.mtime_ns(path)
    except FileNotFoundError:
        if where:
            raise ConfigError(f"{setting}: {where} not found") from None
        return None
    model = _read_model(str(path), mtime, known, setting)
    fitted = model.get("cue_model", cue_model)
    if fitted != cue_model:
        if where:
            raise ConfigError(
                f"{setting}: {path} was fitted with cue_model {fitted!r}, the run has {cue_model!r}: "
                f"set cue_model = {fitted!r} or fit the model again"
            )
        _warn_model_left(str(path), fitted, cue_model)
        return None
    return model


@lru_cache(maxsize=8)
def _read_model(path: str, mtime: int, known: tuple[str, ...], setting: str) -> dict:
    """The model file at ``path`` as ``model_file`` reads it, read again once the file changes
    (``mtime``)."""
    try:
        model = json.loads(Path(path).read_text(encoding="utf-8"))
        n = len(model["features"])
        if not all(len(model[k]) == n for k in ("mean", "scale", "coef")):
            raise ValueError("features, mean, scale and coef differ in length")
        float(model["intercept"]), float(model["threshold"])
    except (OSError, ValueError, KeyError, TypeError) as e:
        raise ConfigError(
            f"{setting}: {path} is no model file of a learned decision ({type(e).__name__}: {e})"
        ) from e
    unknown = set(model["features"]) - set(known)
    if unknown:
        raise ConfigError(f"{setting}: {path} reads unknown features {sorted(unknown)}")
    return model


@lru_cache(maxsize=8)
def _warn_model_left(path: str, fitted: str, cue_model: str) -> None:
    """Say once per run that the shipped model at ``path`` is left to the rule."""
    log.warning("%s was fitted with cue_model %r, the run has %r: the rule decides", path, fitted, cue_model)


def _question_words(ctx: PairContext) -> set[str]:
    """The content words of what the unit asks (``said_words``), its addressee left out
    (``_asking``), read once per unit (``DocContext.reading``)."""
    return ctx.doc.reading(
        "question_words", ctx.pair.question.n, lambda: said_words(_asking(ctx.pair.question.text, ctx), ctx)
    )


def _to_come(analysis: AnswerAnalysis, cue: Cue) -> bool:
    """Whether the sentence of ``cue`` names something still to come (``[cues] to_come``: "De
    resultaten ... worden vanaf september verwacht", "I will write to the hon. Member", "zal te
    gepasten tijde herzien worden"): a result, decision or answer the matter is put off to
    (``corpus/gold/README.md``, reading 4 of the readers of ``../shared/labels``)."""
    return _beside(analysis, cue, "to_come")


def _said_for(
    ctx: PairContext, segment: AnswerSegment, analysis: AnswerAnalysis, cue: Cue, asked: set[str]
) -> bool:
    """Whether the sentence of ``cue``, in a segment that serves several units, concerns this
    unit: given to it (``DocContext.attribution``), or, given to all the units alike, after a
    sentence given to this unit ("Specifiek voor West-Vlaanderen werden nog geen akkoorden
    gesloten; Belgocontrol verkiest eerst de resultaten ... af te wachten") or speaking of what
    this unit asked. A grouped answer's deferral is not every unit's (issue 17: "a hand-over or
    deferral that concerns one unit given to all"). When the attribution gives no sentence of
    the segment to one unit in particular, every sentence concerns every unit."""
    said = ctx.doc.attribution(segment)
    if len(said.units) < 2 or not any(s.how != "all" for s in said.sentences):
        return True
    n = ctx.pair.question.n
    sentence = _sentence(analysis, cue)
    if sentence is None:
        return True
    k = next((k for k, s in enumerate(said.sentences) if s.start <= sentence.start < s.end), None)
    if k is None or said.sentences[k].how != "all":
        return True  # given to this unit (``unit_answer`` keeps only this unit's sentences)
    if k > 0 and said.sentences[k - 1].how != "all":
        return n in said.sentences[k - 1].units  # it goes on with the answer to the unit(s) before it
    return _on_the_asked(ctx, analysis, cue, asked)


def _on_the_asked(ctx: PairContext, analysis: AnswerAnalysis, cue: Cue, asked: set[str]) -> bool:
    """Whether the sentence of ``cue``, which names nothing to come, speaks of what the unit asked
    (a content word of its question, ``matched``): then what was asked is what is pending ("Over
    de opvolging op lange termijn wordt nog nagedacht" to a question on the follow-up). Work in
    preparation of something not asked, described as the state of things ("Het wettelijk kader
    hieromtrent wordt voorbereid" to a question on a follow-up system and its figures), defers
    nothing asked (reading 4). A sentence that opens by pointing back (``_refers_back``: "These are
    being considered ...") is read with the sentence before it, which names what it speaks of."""
    sentence = _sentence(analysis, cue)
    if sentence is None:
        return True
    if _names_asked_data(analysis, sentence):
        return True
    if _refers_back(analysis, sentence):
        sentence = _with_previous(analysis, sentence)
        sentence = dataclasses.replace(sentence, text=analysis.text[sentence.start : sentence.end])
    function = _function_words(ctx.doc.language, ctx.doc.settings.lexicon_dir)
    return bool(matched(said_words(sentence.text, ctx) - function, asked - function, ctx))


@lru_cache(maxsize=8)
def _function_words(language: str, lexicon_dir: str | None) -> frozenset[str]:
    """The words ``_on_the_asked`` reads as no matter of the question: spaCy's function words of the
    language (``attribute.function_words``, as the attribution of sentences to units reads them), its
    ``[answer] negations`` kept ("nooit", "never"). A put-off given to every unit of an unnumbered answer
    speaks of no unit's asked matter by a preposition it shares with the question: "Samen met het Openbaar
    Ministerie wordt gewerkt aan ... een meer digitale doorstroming van informatie tussen alle ...
    betrokken actoren" closing an answer on who follows up a conditional release shares "tussen" alone
    with "Wat is precies de bevoegdheidsverdeling tussen de justitiehuizen en politiediensten ...?"
    (be-kamer 185706 1, dev-be76; holdkeep43). Only this keep reads them: ``[coverage] stopwords``, which
    every rule's word match reads, stays as it is (stopw43)."""
    negations = {w.lower() for w in load_lexicon(language, lexicon_dir).negations}
    return frozenset(w for w in function_words(language) if w not in negations)


def _names_asked_data(analysis: AnswerAnalysis, sentence: Cue) -> bool:
    """Whether ``sentence`` names the information asked by pointing back to it (``[cues]
    asked_data_back``: "this information", "this data"): a deferral there puts off the data asked though
    no word of the question stands in it ("I have asked officials to consider how we may be able to
    offer this information in the future" to "what proportion of the budget ... is spent on ...",
    dev-uk46 1679850 1; "Future publication of this data is under review", dev-uk59 1799125 1)."""
    back = _asked_in(analysis.language, analysis.lexicon_dir, "cues", "asked_data_back")
    return back is not None and back.search(sentence.text) is not None


def _refers_back(analysis: AnswerAnalysis, sentence: Cue) -> bool:
    """Whether ``sentence`` opens with a word that points back to the sentence before it (``[cues]
    refers_back``: "These are being considered through the normal policy processes." after "The
    Government has received representations in relation to the application of s57 of the Finance Act
    2012 to charities."): what it speaks of is named there (holding19)."""
    back = _asked_in(analysis.language, analysis.lexicon_dir, "cues", "refers_back")
    return back is not None and back.match(sentence.text.lstrip()) is not None


def _standing(analysis: AnswerAnalysis, cue: Cue) -> bool:
    """Whether the sentence of ``cue`` states a standing policy or a data lag rather than a
    deferral: a ``standing`` cue stands in it ("The government continues to keep permitted
    development rights under review": nothing asked is left pending, ``LABELS.md``), or a
    ``data_lag`` cue ("De cijfers voor 2016 zijn nog niet beschikbaar", "Data for 2025 is not yet
    available": the figures of a period not yet compiled, ``no_information`` in the readings of
    ``corpus/gold/README.md``, not the asked matter still being examined)."""
    return (
        _beside(analysis, cue, "standing")
        or _beside(analysis, cue, "data_lag")
        or _usual_practice(analysis, cue)
    )


def _usual_practice(analysis: AnswerAnalysis, cue: Cue) -> bool:
    """Whether the sentence of ``cue`` states a standing practice of announcing or publishing
    (``[cues] usual_practice``: "The Prime Minister's travel will be confirmed in the usual way", "In line
    with the practice of successive administrations, details of external meetings held by Special Advisers
    will be published ...") and neither sets the matter a time of its own (``[cues] pending_times``,
    ``time_named``) nor promises in the first person (``[cues] own_promises``): the rule for every such
    matter, no later answer promised (``LABELS.md``, holding; the readers' "a standing phrase, no holding",
    dev-uk26 1870184, dev-uk28 1722910). "Further details will be announced in the usual way, in due
    course" (dev-uk33 1825744), "... will be published at the Budget on October 30 in the usual way" and
    "We will update Parliament on our progress in the usual manner" still promise one."""
    return _beside(analysis, cue, "usual_practice") and not any(
        _beside(analysis, cue, kind) for kind in ("pending_times", "time_named", "own_promises")
    )


def _declined(analysis: AnswerAnalysis, cue: Cue) -> bool:
    """Whether the deferral ``cue`` is a promise declined: a ``[cues] declined_promises`` cue ends at
    most two words before it, in its sentence and clause ("The Department for Business and Trade are
    unable to provide further details about contracts already awarded for reasons of commercial
    sensitivity", uk-commons 1702401): a refusal, nothing promised later (``LABELS.md``, holding)."""
    sentence = _sentence(analysis, cue)
    if sentence is None:
        return False
    for d in analysis.cue("declined_promises"):
        if sentence.start <= d.start and d.end <= cue.start:
            between = analysis.text[d.end : cue.start]
            if len(between.split()) <= 2 and not re.search(r"[,;:.]", between):
                return True
    return False


def _under_way(analysis: AnswerAnalysis, cue: Cue) -> bool:
    """Whether ``cue`` is the cue classifier's deferral in a sentence that reports work under way
    ("A PDSF skills-based pay supplement is being developed to be tested ...", "The LAA is
    currently processing September claims ...", ``[cues] under_way``): something is being done,
    nothing asked is said to be pending or promised later (``LABELS.md``, holding). The
    lexicon's own deferral words in such a sentence still count ("The guidance is being developed
    and will be published in due course": the classifier adds no cue where they stand). In a
    language of ``UNDER_WAY_NOW_LANGUAGES`` the list names the present alone, read by ``_work_now``."""
    return (
        cue.learned
        and analysis.language not in UNDER_WAY_NOW_LANGUAGES
        and _beside(analysis, cue, "under_way")
    )


def _work_now(ctx: PairContext, analysis: AnswerAnalysis, cue: Cue) -> bool:
    """Whether ``cue`` is the cue classifier's deferral, in a language of ``UNDER_WAY_NOW_LANGUAGES``, in a
    sentence that says work goes on at present (``[cues] under_way``: "momenteel", "op dit moment") and names
    nothing to come (``_to_come``), in an answer that says much else: at least
    ``Settings.holding_work_now_others`` sentences of the unit's segments hold no deferral cue (``_others``). Such work is the state of things beside the answer, not
    what was asked put off (reading 4 of ``corpus/gold/README.md``: "Er lopen momenteel drie
    overheidsopdrachtprocedures" among the procedures named with their quarters, dev-be19 191440 2; "De
    European Disability Card ... momenteel nog in ontwikkeling" in a long account of the plan, dev-be15 190885
    1). In a short answer the work going on is what the answer has to say of the matter asked, put off to it
    ("Mijn administratie heeft een aantal voorstellen geformuleerd die momenteel door mijn kabinet verder worden
    onderzocht" to how the problems will be solved, dev-be54 188911 7, read ``holding``); a sentence that names a
    result or step to come ("De resultaten ... geven mij op dit moment nog geen aanleiding ...") still puts it
    off (holdnl41)."""
    if not cue.learned or analysis.language not in UNDER_WAY_NOW_LANGUAGES:
        return False
    if not _beside(analysis, cue, "under_way") or _to_come(analysis, cue):
        return False
    return _others(ctx) >= ctx.doc.settings.holding_work_now_others


def _others(ctx: PairContext) -> int:
    """The sentences of the unit's segments that hold no deferral cue (``[cues] holding``)."""
    return sum(1 for a in ctx.answers for s in a.sentences if s.text.strip() and not _in(a.cue("holding"), s))


def _dated_step(analysis: AnswerAnalysis, cue: Cue) -> bool:
    """Whether ``cue`` is the cue classifier's deferral, in a language of ``DATED_STEP_LANGUAGES``, in a sentence
    that names a year (``coverage.names_year``): a step scheduled for a date ("De resultaten zullen in de loop van
    2017 geimplementeerd worden" to the changes planned in 2017 and 2018, be-kamer 186662 3; "Hun voorstel wordt in
    de loop van de lente 2017 verwacht", 190865 2; "De profielen zullen in de loop van 2017 gepubliceerd worden",
    187001 1): the date is given, nothing asked is left pending (``corpus/gold/README.md``, readings of ``holding``:
    scheduled steps that are what was asked). The lexicon's own deferral words beside a year still count ("We
    overwegen om vanaf 2018 de verbetering van het voorschrijfgedrag van de artsen te linken aan het
    accreditatiesysteem", reference-dev 187184 3): they are no cue of the classifier, which adds no deferral to a
    sentence where the lexicon has one (``cues.classify``), so such a sentence never holds a cue read here. A time
    named without a year ("Na de zomer zal ik ... verder uitwerken", tweede-kamer 1a2d8959 6, read ``holding``)
    defers still (holding38)."""
    if not cue.learned or analysis.language not in DATED_STEP_LANGUAGES:
        return False
    sentence = _sentence(analysis, cue)
    return sentence is not None and coverage.names_year(sentence.text)


def _aside(ctx: PairContext, analysis: AnswerAnalysis, cue: Cue) -> bool:
    """Whether the deferral ``cue``, in a language of ``Settings.holding_aside_languages``, stands in a sentence
    that names nothing the unit asked (no content word of its question, ``_on_the_asked``, read with the
    sentence before it where it points back) in an answer that says much else: at least
    ``Settings.holding_aside_others`` sentences of the unit's segments hold no deferral cue. Such a deferral puts off a neighbouring matter beside the
    answer, not what was asked (``corpus/gold/README.md``, readings of ``holding``; the readers' "concerns
    the Taskforce's membership and meeting, not the requirement asked", dev-uk46 1726001: "We will set out
    further details of the Taskforce in the coming weeks" closing an answer on new towns; "We will provide
    further details as plans progress" after a table of claimant counts, dev-uk7 1813706). A deferral that
    names a word of the question ("The Department will provide further information about funding ... in
    due course" to a question on funding, dev-uk20 1663107), or one in a short answer ("The Government will
    publish a response in due course", dev-uk53 1899409), still defers (holding41)."""
    settings = ctx.doc.settings
    if analysis.language not in settings.holding_aside_languages or _on_the_asked(
        ctx, analysis, cue, _question_words(ctx)
    ):
        return False
    return _others(ctx) >= settings.holding_aside_others


def _reports_done(analysis: AnswerAnalysis, cue: Cue) -> bool:
    """Whether ``cue`` is the cue classifier's deferral in a sentence that reports what was done, in
    a past tense (``[cues] past_tense``) with no future form (``[cues] future``): "The Government
    carefully considered the findings of the Ombudsman's report ..., and a detailed response ... has
    been deposited in the House Library" promises nothing and leaves nothing pending (``LABELS.md``,
    holding). The lexicon's own deferral words in such a sentence still count ("Het onderzoek werd
    opgestart en loopt nog")."""
    return cue.learned and _beside(analysis, cue, "past_tense") and not _beside(analysis, cue, "future")


def _wider_plan(question: str, analysis: AnswerAnalysis, cue: Cue) -> bool:
    """Whether the sentence of ``cue`` puts off a wider plan still to come (``[cues] wider_plans``:
    "The Government will publish a strategy to support the development ... of alternative methods
    later this year", "our renewed Hydrogen Strategy, which we plan to publish soon, will set out
    ...") to a question that names no such plan: a plan beside the answer, not what was asked put
    off (``corpus/gold/README.md``, readings of ``holding``). A question on the plan itself ("when
    the Strategy will be published") keeps the deferral."""
    plans = _asked_in(analysis.language, analysis.lexicon_dir, "cues", "wider_plans")
    return plans is not None and _beside(analysis, cue, "wider_plans") and plans.search(question) is None


_PLAN_ON_THE_ASKED = 0.5  # the share of the question's content words a plan's sentence repeats to speak of it


def _plan_beside(ctx: PairContext, analysis: AnswerAnalysis, cue: Cue) -> bool:
    """Whether the sentence of ``cue`` puts off a wider plan (``_wider_plan``) and does not speak of
    what the unit asked: it repeats fewer than ``_PLAN_ON_THE_ASKED`` of the question's content words.
    The asked matter put off to a strategy still to come ("We will set out the steps we will take to
    reduce waiting times for autism assessments in the forthcoming autism strategy" to a question on
    those steps) is put off all the same; a strategy that shares a word or two with the question ("a
    strategy to support the ... uptake of alternative methods" to a question on discussions held) is a
    plan beside the answer."""
    if not _wider_plan(ctx.pair.question.text, analysis, cue):
        return False
    sentence = _sentence(analysis, cue)
    asked = _question_words(ctx)
    if sentence is None or not asked:
        return True
    return len(matched(said_words(sentence.text, ctx), asked, ctx)) < _PLAN_ON_THE_ASKED * len(asked)


def _step_given(ctx: PairContext, analysis: AnswerAnalysis, cue: Cue) -> bool:
    """Whether the deferral ``cue`` stands in a sentence that announces a step of the government's own
    still to come (``[cues] next_steps``: a consultation to be held, legislation to be brought forward)
    to a question that asks what steps are taken or what progress is made (``[question] asks_steps``):
    the step announced is one of the steps asked, not the asked matter put off ("what steps she is
    taking to help ensure that Mayors ... retain the ability to hire and dismiss chief constables" -
    "We will bring forward legislation for future arrangements as soon as Parliamentary time allows";
    "what steps her Department is taking to ensure that music remains central to the mainstream
    curriculum" - "The government will consult on the revised national curriculum later this year";
    ``corpus/gold/README.md``, readings of ``holding``: scheduled steps that are what was asked).
    Details of the answer promised in the same sentence (``[cues] step_details``: "We will be consulting
    on the earned settlement and citizenship scheme later this year, and further details on the proposed
    scheme will be provided at that time") or in another one ("More details on this will be set out in
    due course") still defer, and so does a consultation's response promised ("will publish a
    consultation response", "will publish a response to that consultation"). Neither the rule's tests nor the
    sentence-level decision keep such a sentence (``_sentence_keeps``, ``_put_off_by_model``; holding20)."""
    steps = _asked_in(ctx.doc.language, ctx.doc.settings.lexicon_dir, "question", "asks_steps")
    if steps is None or steps.search(_asking(ctx.pair.question.text, ctx)) is None:
        return False
    return _beside(analysis, cue, "next_steps") and not _beside(analysis, cue, "step_details")


def _publication_timed(ctx: PairContext, analysis: AnswerAnalysis, cue: Cue) -> bool:
    """Whether the deferral ``cue`` stands in a sentence that announces a publication (``[cues]
    publications``, not as the condition of another step: ``_announces``) and names its time (``[cues]
    time_named``, ``near_times`` or a year) to a question on that publication (``[question]
    asks_publication`` in what it asks, ``_asking``): the scheduled publication is the step asked, nothing
    asked is left pending (``corpus/gold/README.md``, readings of
    ``holding``: a scheduled step or time that is itself the answer). "We plan to publish the response to the
    programme of measures consultation shortly" to "when his Department plans to publish their response"
    (dev-uk23 1677826), "The full MSF will be published in Autumn 2026" to the gap before its publication
    (dev-uk14 1915635), "Ofcom's timeline currently advises that their report ... will be published between
    July and September 2025" to whether Ofcom plans to publish it (dev-uk74 1748869). "In due course" names no
    time ("The terms of reference will be published in due course" to whether she will publish a list,
    dev-uk 1844124, holding), nor does a publication a question only cites ("published on 5 December 2024").
    Neither the rule's tests nor the sentence-level decision keep such a sentence (holding48).

    Whether the publication announced is the one asked is not read (review51: lows49 required a word of the
    publication asked in the announcing clause; over 986 unlabelled uk-commons records with a publication asked
    and announced it gained 19 ``holding`` flags besides the three it was written on: 4 right, 13 wrong, 2 unsure;
    wrong where the answer names the publication asked by pointing back to it ("These will be published during
    2026", uk-commons 1865438; "this information will be published shortly", 1824164), or says no or gives the
    time asked in another sentence; on the labelled sets it gained one false flag, dev-uk45 1673144)."""
    asked = _asked_in(ctx.doc.language, ctx.doc.settings.lexicon_dir, "question", "asks_publication")
    if asked is None or asked.search(_asking(ctx.pair.question.text, ctx)) is None:
        return False
    sentence = _sentence(analysis, cue)
    if sentence is None:
        return False
    # the time told with the publication announced (``_announces``; review50: a year or time of another
    # clause of the sentence is another matter's)
    times = (*analysis.cue("time_named"), *_near_times(ctx, analysis))
    return any(
        any(start <= t.start < end for t in times) or coverage.names_year(analysis.text[start:end])
        for start, end in _announces(analysis, sentence)
    )


def _near_times(ctx: PairContext, analysis: AnswerAnalysis) -> tuple[Cue, ...]:
    """The times short of a date that ``_publication_timed`` reads as the time of a publication (``[cues]
    near_times``: "shortly", "binnenkort"), those of ``[cues] soonest_times`` ("as soon as possible", "zo snel
    mogelijk") left out where the unit's question asks when something is to come (``_asks_when_opening``,
    ``_asks_a_time``): to "when she plans to publish the consultation", "We intend to publish the consultation as
    soon as possible" names no time and puts the when asked off (uk-commons 1697996; settle48, the lead's
    review51 low (1)); to "what progress has been made on the publication", it gives the step asked, nothing is
    put off (dev-uk40 1694123). holding50."""
    near = analysis.cue("near_times")
    soonest = analysis.cue("soonest_times")
    if not near or not soonest:
        return near
    asks = _asks_when_opening(ctx.doc.language, ctx.doc.settings.lexicon_dir)
    question = ctx.pair.question.text
    if asks is None or "ahead" not in [_asks_a_time(ctx, question, m) for m in asks.finditer(question)]:
        return near
    return tuple(t for t in near if not any(s.start <= t.start < s.end for s in soonest))


def _announces(analysis: AnswerAnalysis, sentence: Cue) -> list[tuple[int, int]]:
    """The spans of ``sentence`` that announce a publication (``[cues] publications``), each from the start of
    its clause (after ``,``, ``;`` or ``:``) to the clause of the next publication told in the sentence, or
    to its end: where the time of that publication is told (review50: a year of a clause before it is
    another matter's, "As we are in the process of awarding grants for Fisheries and Seafood Scheme for
    2025, these awards will be published in due course", uk-commons 1853176; one after it, in a clause of
    its own, its time, "... will be published on the Inquiry's website during hearings for Module 10, to be
    held between 16th February 2026 and 5th March 2026", dev-uk43 1875699). A publication that is the
    condition of another step, a word of ``[cues] publication_waits`` ("when", "once", "until"; "zodra",
    "nadat") before it in its clause, is none announced: "Decisions on future active travel objectives
    will be confirmed in the third Cycling and Walking Investment Strategy when it is published in the
    spring" (uk-commons 1866628) and "The scope of both ... will be set out when the outcomes of the Budget
    Information Security review are published" (1875703) put the matter asked off to a publication
    (holding48). Nor is one told in a past tense (``[cues] past_tense`` in the three words before it: "and
    some information was published alongside the Spring Statement", uk-commons 1792131; review50)."""
    waits = _asked_in(analysis.language, analysis.lexicon_dir, "cues", "publication_waits")
    past = _asked_in(analysis.language, analysis.lexicon_dir, "cues", "past_tense")
    text = analysis.text
    told = []  # each publication of the sentence: where its clause starts, and whether it is announced
    for p in sorted(analysis.cue("publications"), key=lambda c: c.start):
        if not sentence.start <= p.start < sentence.end:
            continue
        head = text[sentence.start : p.start]
        start = sentence.start + max(head.rfind(","), head.rfind(";"), head.rfind(":")) + 1
        before = text[start : p.start]
        # (the past tense right before it: "was published", "has been published", "werd gepubliceerd")
        waiting = waits is not None and waits.search(before) is not None
        done = past is not None and past.search(" ".join(before.split()[-3:])) is not None
        told.append((start, not waiting and not done))
    ends = [start for start, _ in told[1:]] + [sentence.end] * bool(told)
    return [(start, max(end, start)) for (start, announced), end in zip(told, ends, strict=True) if announced]


def _says_no(ctx: PairContext, analysis: AnswerAnalysis, cue: Cue) -> bool:
    """Whether ``cue`` is the cue classifier's deferral in a sentence that says what was asked is not
    planned or not being considered: a phrase of the lexicon's ``[answer] declines`` ("is not currently
    considering", "has no plans to", "niet van plan") and a content word of the unit's question in it
    (as ``_declines`` reads a no for ``yes_no_unanswered``), and no future form (``[cues] future``).
    The consideration negated is the answer, a no, and nothing asked is put off: "if he will bring
    forward legislative proposals to update existing legislation on the use of high-weight agricultural
    vehicles" - "The government is not currently considering updates to the existing legislation on the
    use of high-weight agricultural vehicles but has engaged with the sector on this topic" (dev-uk34
    1824804). A no beside a promise in a future form ("We do not intend to prohibit personal imports
    altogether, and we will set out our new approach ... in due course", uk-commons 1713526, to whether
    restrictions will be placed) still puts the asked matter off, and the lexicon's own deferral words in
    such a sentence still count, as in ``_under_way`` and ``_reports_done``: there the no may negate
    something else ("Uiteraard wordt de link met ... de in voorbereiding zijnde samenwerkingsprogramma's
    ... bewaakt, maar het is niet de bedoeling om al te sturend op te treden", be-kamer 192368 3)
    (holding21)."""
    sentence = _sentence(analysis, cue)
    if not cue.learned or sentence is None or _beside(analysis, cue, "future"):
        return False
    phrases = _phrase_words(ctx.doc.lexicon, "answer", "declines")
    if not phrases or not _holds(text_layer.words(sentence.text), phrases):
        return False
    return bool(matched(said_words(sentence.text, ctx), _question_words(ctx), ctx))


def _gives_the_time(question: str, analysis: AnswerAnalysis, cue: Cue) -> bool:
    """Whether the sentence of ``cue`` names when something will happen ("..., which will be
    published in the second quarter of 2025", ``[cues] time_named``) to a question that asks when
    ("(a) when the MHRA plans to publish guidance", ``[cues] asks_when``): the announced date is
    the answer asked for, nothing asked is left pending (``LABELS.md``, holding)."""
    asks = _asked_in(analysis.language, analysis.lexicon_dir, "cues", "asks_when")
    return asks is not None and asks.search(question) is not None and _beside(analysis, cue, "time_named")


def _asking(question: str, ctx: PairContext) -> str:
    """``question`` without the opening that names whom it is put to, up to its first comma
    (``[question] addressee``: "To ask the Secretary of State for Health and Social Care, what
    steps ..."): a deferral that names that department defers nothing asked."""
    opening = _asked_in(ctx.doc.language, ctx.doc.settings.lexicon_dir, "question", "addressee")
    if opening is None:
        return question
    return re.sub(rf"{opening.pattern}[^,]*,", " ", question, flags=re.IGNORECASE)


@lru_cache(maxsize=64)
def _asked_in(language: str, lexicon_dir: str | None, table: str, name: str) -> re.Pattern[str] | None:
    """The words of the lexicon's list ``name`` of ``table`` (``[cues] asks_when``, ``[question]
    asks_ahead``), matched in a question; None without such a list."""
    lexicon = load_lexicon(language, lexicon_dir)
    words = lexicon.cue_list(name, optional=True) if table == "cues" else lexicon.phrases(table, name)
    if not words:
        return None
    return re.compile(rf"(?<![\w-])(?:{_alternatives(words)})(?![\w-])", re.IGNORECASE)


# what the learned decision of ``holding`` reads of a unit (``qa_align/models/holding.json``, trained
# by ``scripts/choose_holding.py``); each 0/1, a share, a probability or a log count
HOLDING_FEATURES = (
    "rule", "lexicon_cue", "learned_cue", "filtered", "standing", "under_way", "gives_time", "said_for",
    "to_come", "to_come_any", "on_asked", "ahead", "p_deferral", "p_deferral_asked", "p_handover",
    "p_pointer", "p_missing", "promise", "promise_any", "future", "asked_share", "first", "last",
    "conditional", "past", "english", "words", "sentences", "asks_figures", "closed", "asks_when",
    "p_deciding", "kept", "deferring_share", "rest_share", "figures_given",
)  # fmt: skip


@dataclass(frozen=True)
class HoldingReading:
    """What the learned decision of ``holding`` reads of a unit: ``features`` (``HOLDING_FEATURES``)
    and the sentence it weighs most, the deferring one, with its segment (None without a sentence)."""

    features: dict[str, float]
    sentence: tuple[AnswerSegment, Cue] | None


def holding_reading(ctx: PairContext) -> HoldingReading:
    """The unit's ``HoldingReading``, read once per unit (``DocContext.reading``)."""
    return ctx.doc.reading("holding_reading", ctx.pair.question.n, lambda: _read_holding(ctx))


def _read_holding(ctx: PairContext) -> HoldingReading:
    """The readings of ``holding``'s tests (``_standing``, ``_under_way``, ``_gives_the_time``,
    ``_said_for``, ``_to_come``, ``_on_the_asked``) on the deferring sentence, the cue classifier's
    probabilities of a deferral (most in any sentence, and in a sentence that speaks of what was
    asked), of a hand-over, a pointer and missing data, and in the deferring sentence a future
    form, a promise (a future form and a verb of ``[cues] promise_verbs``), a condition, a past
    tense, its place, its deferral probability and the share of the asked words it holds (and the
    most any other sentence holds: an answer given beside a promise on a neighbouring matter); the
    rule's decision and the cues it keeps, the share of sentences read as deferrals, figures given.
    The deferring sentence: the one that holds a ``holding`` cue and, among those (or all when none
    does), the classifier reads most as a deferral."""
    question = ctx.pair.question.text
    asked = _question_words(ctx)
    sentences = [(seg, a, s) for seg, a in zip(ctx.pair.segments, ctx.answers) for s in a.sentences]
    probs = [_cue_probabilities(ctx.doc.settings.cue_model, a, s) for _, a, s in sentences]
    said = [said_words(s.text, ctx) for _, _, s in sentences]
    shares = [len(matched(w, asked, ctx)) / max(1, len(asked)) for w in said]
    held = [_in(a.cue("holding"), s) for _, a, s in sentences]
    ahead = _asked_in(ctx.doc.language, ctx.doc.settings.lexicon_dir, "question", "asks_ahead")
    when = _asked_in(ctx.doc.language, ctx.doc.settings.lexicon_dir, "cues", "asks_when")
    qa = ctx.question
    kept = [e for f in _rule_holding(ctx) for e in f.evidence]
    out: dict[str, float] = {
        "rule": bool(kept),
        "kept": math.log1p(len(kept)),
        "deferring_share": sum(p.get("deferral", 0.0) >= 0.5 for p in probs) / max(1, len(probs)),
        "figures_given": _figures_given(ctx),
        "lexicon_cue": any(not c.learned for a in ctx.answers for c in a.cue("holding")),
        "learned_cue": any(c.learned for a in ctx.answers for c in a.cue("holding")),
        "to_come_any": any(a.cue("to_come") for a in ctx.answers),
        "promise_any": any(_promises(a, s) for _, a, s in sentences),
        "ahead": ahead is not None and ahead.search(question) is not None,
        "p_deferral": max((p.get("deferral", 0.0) for p in probs), default=0.0),
        "p_deferral_asked": max((p.get("deferral", 0.0) for p, h in zip(probs, shares) if h), default=0.0),
        "p_handover": max((p.get("handover", 0.0) for p in probs), default=0.0),
        "p_pointer": max((p.get("pointer", 0.0) for p in probs), default=0.0),
        "p_missing": max((p.get("missing_data", 0.0) for p in probs), default=0.0),
        "english": ctx.doc.language == "en",
        "words": math.log1p(sum(len(text_layer.words(s.text)) for _, _, s in sentences)),
        "sentences": math.log1p(len(sentences)),
        "asks_figures": ctx.asked.asks_figures,
        "closed": bool(qa.closed),
        "asks_when": when is not None and when.search(question) is not None,
    }
    out["filtered"] = (out["lexicon_cue"] or out["learned_cue"]) and not out["rule"]
    deciding = None
    if sentences:
        among = [k for k in range(len(sentences)) if held[k]] or range(len(sentences))
        k = max(among, key=lambda k: (probs[k].get("deferral", 0.0), -k))
        seg, a, s = sentences[k]
        deciding = (seg, s)
        out |= {
            "standing": _standing(a, s),
            "under_way": _beside(a, s, "under_way"),
            "gives_time": _gives_the_time(question, a, s),
            "said_for": _said_for(ctx, seg, a, s, asked),
            "to_come": _to_come(a, s),
            "on_asked": bool(shares[k]),
            "promise": _promises(a, s),
            "future": _beside(a, s, "future"),
            "asked_share": shares[k],
            "p_deciding": probs[k].get("deferral", 0.0),
            "rest_share": max((h for j, h in enumerate(shares) if j != k), default=0.0),
            "first": k == 0,
            "last": k == len(sentences) - 1,
            "conditional": _beside(a, s, "conditionals"),
            "past": _beside(a, s, "past_tense"),
        }
    return HoldingReading({k: float(out.get(k, 0.0)) for k in HOLDING_FEATURES}, deciding)


def _promises(analysis: AnswerAnalysis, sentence: Cue) -> bool:
    """Whether ``sentence`` holds a future form and a verb that promises a text or an answer
    (``[cues] future``, ``[cues] promise_verbs``: "We will publish the review", "Ik zal het
    geachte lid de cijfers bezorgen")."""
    return _in(analysis.cue("future"), sentence) and _in(analysis.cue("promise_verbs"), sentence)


def lexicon_kinds(analysis: AnswerAnalysis, sentence: Cue) -> tuple[str, ...]:
    """The kinds of the lexicon's cues (not the classifier's) within ``sentence``: what the cue
    classifier reads beside its words (``probabilities_of_read``)."""
    return analysis.lexicon_kinds_in(sentence.start, sentence.end)


def _cue_probabilities(setting: str, analysis: AnswerAnalysis, sentence: Cue) -> dict[str, float]:
    """The cue classifier's probability of each cue of ``CUES.md`` for ``sentence`` (empty
    without the classifier, ``Settings.cue_model`` "lexicon")."""
    if analysis.read is None or not sentence.text.strip():
        return {}
    from ..cues import CUES, load_model

    (p,) = load_model(setting).probabilities_of_read(
        [(sentence.text, lexicon_kinds(analysis, sentence))], analysis.language
    )
    return dict(zip(CUES, (float(x) for x in p), strict=True))


@rule(
    "generic",
    "only general statements, no specifics for what was asked",
    # the unit model and the vetoes read the question's words and the coverage of the count asked
    # and the hand-over veto the lists ``_hands_over`` reads
    cues=(
        "generic",
        "policy_talk",
        "question_words",
        "holding",
        *YES_NO_CUES,
        *ATTRIBUTION_CUES,
        *HANDOVER_TESTS,
    ),
    lists=(*YES_NO_LISTS, "coverage.item_counts", "coverage.share_words"),
    order=100,
)
def generic(ctx: PairContext) -> Iterator[Flag]:
    """The rule's four ways to flag, or the unit model where ``Settings.generic_model`` names one
    (``qa_align.generic_units``); where both flag, the rule's flag (its reason names what was never
    taken up). Neither stands where a veto does (``generic_units.generic_veto``: a yes or no
    answered, the count asked given, only a deferral, mostly a hand-over; logged at debug level)
    or the unit reads as answered (``_answered``)."""
    from ..generic_units import generic_model, generic_veto, learned_generic, reads_specific

    settings = ctx.doc.settings
    generic_model(settings.generic_model, settings.cue_model)  # a file it cannot read is refused first
    veto = generic_veto(ctx) if ctx.pair.segments else None
    if veto is not None:
        log.debug("generic of unit %s vetoed: %s", ctx.pair.question.n, veto)
        return
    decided = learned_generic(ctx)  # the unit model, where ``Settings.generic_model`` names one
    if decided == []:
        return
    # the ask never spoken of is the more specific reason: it comes before the share of policy talk;
    # where the rule decides (no unit model read the unit), talk that only hedges a yes or no left
    # open is not read as standing in place of the specifics (``_hedges_open``)
    speaks = [] if decided is None and _hedges_open(ctx) else _speaks_around(ctx)
    found = _general_words(ctx) or list(_ask_ignored(ctx)) or speaks or _policy_around_open(ctx)
    if found and decided is None and (mean := reads_specific(ctx)) is not None:
        log.debug(
            "generic of unit %s not raised: the classifier reads its sentences as specific (mean %.2f)",
            ctx.pair.question.n,
            mean,
        )
        return
    if (found or decided) and not _answered(ctx, "generic"):
        yield from found or decided or ()


def _hedges_open(ctx: PairContext) -> bool:
    """Whether the unit is a closed question the answer leaves without yes or no (``left_open``,
    the reading ``yes_no_unanswered`` makes) with fewer sentences of policy talk than
    ``Settings.generic_left_open_talk``: the one sentence of talk hedges the yes or no the readers
    flag ``yes_no_unanswered`` or ``holding`` ("wordt hieraan dan eveneens een verstrenging van de
    regelgeving en een versterking van de controles gekoppeld?" - "Ik heb gevraagd om bijzondere
    aandacht te besteden aan het niet misleidend karakter van dergelijke promoties", then a proposal
    asked of the FOD), not general text in place of the specifics asked. Two sentences of talk or more are read by ``_policy_around_open``.
    Read where the rule decides a unit (Dutch units; English ones with ``generic_model = "none"``)."""
    talk = _talk_sentences(ctx, _policy_talk(ctx))
    return talk < ctx.doc.settings.generic_left_open_talk and left_open(ctx) is not None


def _answered(ctx: PairContext, flag: str) -> bool:
    """Whether the unit reads as answered at all (``qa_align.answered``): ``flag`` is not raised."""
    from ..answered import gated

    return gated(ctx, flag)


def _general_words(ctx: PairContext) -> list[Flag]:
    """The lexicon's general wording (``[cues] generic``) in an answer that gives no figure and no table."""
    return list(_flag_with("generic", "speaks in general terms, no figure", general_wording(ctx)))


def general_wording(ctx: PairContext) -> list[tuple[AnswerSegment, Cue]]:
    """The serving segments' cues of the lexicon's general wording (``[cues] generic``, not the cue
    classifier's) where the segment gives no figure and no table, each with its segment: the evidence of
    ``_general_words`` (and of ``generic_units.short_general``)."""
    return _cue_evidence(ctx, "generic", keep=lambda a, c: not a.figures and not a.tables and not c.learned)


@per_unit
def _speaks_around(ctx: PairContext) -> list[Flag]:
    """Policy talk in place of the specifics asked (``LABELS.md``: "only general statements or
    policy boilerplate, no specifics for what was asked"): at least ``Settings.generic_policy_share``
    of the answer's sentences, and at least ``Settings.generic_min_talk`` of them, are policy talk ("The Government is committed to ...", "The Border
    Security Command continues to focus on tackling ...") and the answer takes up at most
    ``Settings.generic_uptake`` of the question's content words weighed by their rarity among
    questions (``Specifics.uptake``); to a closed question, it neither opens with a plain yes or
    no (``plain_reply``: "No." before the same talk answers "if she will make an assessment"),
    nor commits to what was asked (``_commits``), nor declines it (``_declines``).
    Decided on its own (issue 17, item 3): figures on another matter, a pointer or a hand-over
    beside the talk do not answer what was asked. The three values are chosen by cross-validation
    grouped by document (``scripts/choose_generic.py``)."""
    found = specifics(ctx)
    settings = ctx.doc.settings
    if (
        found.talk < max(1, settings.generic_min_talk)
        or found.share < settings.generic_policy_share
        or found.uptake > settings.generic_uptake
    ):
        return []
    if _closed_answered(ctx):
        return []
    talk = _policy_talk(ctx)
    missing = ", ".join(f"'{w}'" for w in found.missing[:5]) or "none"
    reason = (
        f"{found.talk} of its {found.sentences} sentences are policy talk ({{}}); it takes up "
        f"{found.uptake:.0%} of the question's specific words (never: {missing})"
    )
    return [_talk_flag(talk, reason)]


@dataclass(frozen=True)
class Specifics:
    """How far a unit's answer speaks of what its question specifically asks: ``talk`` of its
    ``sentences`` are policy talk (``_policy_talk``), and it takes up ``uptake`` of the question's
    content words, each weighed by how rare it is among questions (``_question_idf``); ``missing``
    the asked words it never takes up, the most distinctive first."""

    sentences: int
    talk: int
    uptake: float
    missing: tuple[str, ...]

    @property
    def share(self) -> float:
        return self.talk / self.sentences if self.sentences else 0.0


def specifics(ctx: PairContext) -> Specifics:
    """The unit's ``Specifics``, read once per unit."""
    return ctx.doc.reading("generic_specifics", ctx.pair.question.n, lambda: _read_specifics(ctx))


@per_unit
def _closed_answered(ctx: PairContext) -> bool:
    """Whether the unit asks a closed question and the answer opens with a plain yes or no,
    commits to what was asked or declines it, or plainly states the matter asked (``_states_plainly``:
    the yes or no follows from it, and the statement is no policy talk in place of it; read so, over
    the development sets, `generic` raises none of the 3 false flags it raised beside the settled
    question and loses 1 false flag, implied34)."""
    return bool(ctx.question.closed) and (
        plain_reply(ctx) or _commits(ctx) or _declines(ctx) or _states_plainly(ctx)
    )


def _read_specifics(ctx: PairContext) -> Specifics:
    sentences = [s for a in ctx.answers for s in a.sentences]
    asked = said_words(ctx.pair.question.text, ctx)
    said = set().union(*(said_words(s.text, ctx) for s in sentences)) if sentences else set()
    taken = matched(said, asked, ctx)
    weight = _question_idf(ctx.doc.language, ctx.doc.settings.stem_letters)
    rarest = weight.get("", 1.0)
    # summed in the words' order, not the sets' (which follows the process's string hashing):
    # the same document gives the same uptake to the last bit in every process
    weights = {w: weight.get(w[: ctx.doc.settings.stem_letters], rarest) for w in sorted(asked)}
    total = sum(weights.values())
    missing = sorted(asked - taken, key=lambda w: (-weights[w], w))
    return Specifics(
        sentences=len(sentences),
        talk=_talk_sentences(ctx, _policy_talk(ctx)),
        uptake=sum(weights[w] for w in sorted(taken)) / total if total else 1.0,
        missing=tuple(missing),
    )


IDF_PATH = Path(__file__).resolve().parents[1] / "models" / "question_idf.json"


@lru_cache(maxsize=4)
def _question_idf(language: str, letters: int) -> dict[str, float]:
    """The weight of each question word (its first ``letters`` letters) in ``language``:
    log(questions / questions holding it) over the questions of ``../shared/data``
    (``scripts/build_question_idf.py``); under the key "" the weight of a word not listed (rarer
    than the file's least count). Empty for a language or a word length the file does not hold:
    every word weighs the same then."""
    data = json.loads(IDF_PATH.read_text(encoding="utf-8"))
    table = data["languages"].get(language)
    if table is None or data["letters"] != letters:
        return {}
    n = table["questions"]
    out = {w: math.log(n / df) for w, df in table["df"].items()}
    out[""] = math.log(n / max(1, data["min_df"] - 1))
    return out


@per_unit
def _policy_talk(ctx: PairContext) -> list[tuple[AnswerSegment, Cue]]:
    """The answer's ``policy_talk`` cues and the classifier's general sentences, each with its
    segment; not within a deferral ("Ministers continue to consider possible changes" is holding)."""
    return [
        (seg, c)
        for seg, a in zip(ctx.pair.segments, ctx.answers)
        for c in (*a.cue("policy_talk"), *(g for g in a.cue("generic") if g.learned))
        if not any(h.start <= c.start < h.end for h in a.cue("holding"))
    ]


def _talk_sentences(ctx: PairContext, talk: list[tuple[AnswerSegment, Cue]]) -> int:
    """How many of the answer's sentences hold a cue of ``talk``."""
    return len(
        {
            (id(a), s.start)
            for a in ctx.answers
            for s in a.sentences
            for _, c in talk
            if s.start <= c.start < s.end
        }
    )


def _talk_flag(talk: list[tuple[AnswerSegment, Cue]], reason: str) -> Flag:
    """The ``generic`` flag on policy talk: ``reason`` with the first cues' words in its ``{}``."""
    words = "; ".join(f"'{c.text}'" for _, c in talk[:3])
    return Flag("generic", reason.format(words), tuple(_evidence(s, c) for s, c in talk))


def _policy_around_open(ctx: PairContext) -> list[Flag]:
    """A closed question the answer says neither yes nor no to (``yes_no_unanswered``) while it
    talks policy around it (a ``_policy_talk`` sentence) and hands nothing over, points nowhere
    and says no data is missing: the general words stand in place of the answer ("if she will make
    an assessment of the potential merits of implementing an optimal care pathway for liver
    cancer" - "The care of and treatment for patients with cancers ... is a priority for the
    Government", then cancer policy at large), whatever figures it gives on other matters."""
    if not ctx.question.closed or any(
        a.cue(k) for a in ctx.answers for k in ("deflection", "cross_reference", "no_information")
    ):
        return []
    talk = _policy_talk(ctx)
    if _talk_sentences(ctx, talk) < ctx.doc.settings.generic_left_open_talk or left_open(ctx) is None:
        return []
    return [
        _talk_flag(talk, "says neither yes nor no to the closed question and talks policy around it ({})")
    ]


def _ask_ignored(ctx: PairContext) -> Iterator[Flag]:
    """The unit asks for something the lexicon names under ``[asks]`` ("what discussions")
    and the answer never speaks of it (none of the ask's answer words): it talks around the
    question. Not when the unit also asks a count (figures_missing weighs that) or the answer
    holds a table. Only the unit's own sentences are read."""
    asks = ctx.doc.lexicon.asks
    answers = ctx.answers
    if not asks or not answers or ctx.question.asks_count or any(a.tables for a in answers):
        return
    question = ctx.pair.question
    lower = question.text.lower()
    words = [w for a in answers for s in a.sentences for w in text_layer.words(s.text)]
    if words[:1] and words[0] in {w.lower() for w in ctx.doc.lexicon.plain_replies}:
        return  # "No." answers "whether he has had discussions with ..."
    for ask in asks:
        if not ask.asked.search(lower):
            continue
        for phrase in ask.question:
            m = re.search(rf"\b{re.escape(phrase.lower())}\b", lower)
            if m and not set(words) & {w.lower() for w in ask.answer}:
                start, end = question.source_span(m.start(), m.end())
                said = question.text[m.start() : m.end()]
                yield Flag(
                    "generic",
                    f"asks '{said}'; the answer never speaks of {ask.name}",
                    (Evidence(start, end, said, "question"),),
                )
                return


@rule(
    "yes_no_unanswered",
    "a yes/no question whose answer leaves the yes or no unclear",
    # and what the gate on an answered unit reads (``qa_align.answered``): policy talk, question words
    cues=(*YES_NO_CUES, "policy_talk", "question_words", *ATTRIBUTION_CUES),
    # and the unit gate's asked words (``yes_no_gate_reading``: ``_question_words`` leaves the addressee out)
    lists=(*YES_NO_LISTS, "question.addressee"),
    order=90,
)
def yes_no_unanswered(ctx: PairContext) -> Iterator[Flag]:
    first = left_open(ctx)
    if first is None or _answered(ctx, "yes_no_unanswered"):
        return
    start, end = ctx.pair.question.source_span(first.start, first.end)
    evidence = [Evidence(start, end, first.text, "question")]
    gate = _yes_no_gate_model(ctx.doc.settings.yes_no_gate_model, ctx.doc.settings.cue_model)
    gated = ""
    if gate is not None:
        reading = yes_no_gate_reading(ctx, first, tuple(gate["features"]))
        chance, weighed = learned(gate, reading.features)
        if chance < gate["threshold"]:
            return
        gated = f"; the unit gate keeps it (p {chance:.2f}; weighs most {', '.join(weighed)})"
        if reading.sentence is not None:
            # the answer sentence the gate read beside the question (a gate of sentence readings)
            evidence.append(_evidence(*reading.sentence))
            gated += ", beside the answer's sentence nearest the question"
    model = _yes_no_model(ctx.doc.settings.yes_no_model, ctx.doc.settings.cue_model)
    if model is None:
        reason = "no sentence of the answer says yes or no to it"
    else:
        # the sentences the decision read first, where a yes or no stands
        opening = [(seg, s) for seg, a in zip(ctx.pair.segments, ctx.answers) for s in a.sentences][:2]
        evidence += [_evidence(seg, s) for seg, s in opening]
        chance, weighed = learned(model, yes_no_features(ctx))
        reason = f"the answer leaves it open (learned, p {chance:.2f}; weighs most {', '.join(weighed)})"
    yield Flag("yes_no_unanswered", f"asks yes or no ('{first.text[:80]}'); {reason}{gated}", tuple(evidence))


YES_NO_GATE_MODEL = Path(__file__).resolve().parents[1] / "models" / "yes_no_gate.json"

# what the unit gate of ``yes_no_unanswered`` may read (``yes_no_gate_reading``; ``scripts/train_yes_no_gate.py``):
# the readings of the answer sentence nearest the closed question by character n-grams, read only for a gate that
# names one of them (the shipped gate names none: they added nothing held out, ``models/yes-no-gate.md``) ...
YES_NO_SENTENCE_FEATURES = ("char_best", "char_answer", "char_cover", "word_best", "best_first")
# ... and the readings of the unit whole
YES_NO_GATE_FEATURES = (
    *YES_NO_SENTENCE_FEATURES, "answer_share", "closed", "asked", "hedge", "numbered", "sentences", "english",
)  # fmt: skip

# the character n-grams ``_grams`` reads of each content word (padded with a space either side)
_GRAM = 4


def _yes_no_gate_model(where: str, cue_model: str) -> dict | None:
    """The unit gate of ``Settings.yes_no_gate_model`` (``scripts/train_yes_no_gate.py --write``),
    read as ``model_file`` reads one."""
    return model_file(where, YES_NO_GATE_MODEL, YES_NO_GATE_FEATURES, "yes_no_gate_model", cue_model)


@dataclass(frozen=True)
class YesNoGateReading:
    """What the unit gate of ``yes_no_unanswered`` reads of a unit the rule flags: ``features``
    (``YES_NO_GATE_FEATURES``) and the answer sentence nearest the closed question by character
    n-grams, with its segment (None when the answer has no sentence)."""

    features: dict[str, float]
    sentence: tuple[AnswerSegment, Cue] | None


def _grams(text: str, function: frozenset[str]) -> dict[str, int]:
    """The character ``_GRAM``-grams of ``text``'s content words (lower-cased, function words and
    one-letter words left out), each word padded with a space either side, counted: "opgeleid" and
    "opleiding" share " opl", "opge"-less "leid" ..., "collega's" and "ambtgenoten" nothing."""
    grams: dict[str, int] = {}
    for word in text_layer.TOKEN.findall(text.lower()):
        if len(word) < 2 or word in function or not any(ch.isalpha() for ch in word):
            continue
        padded = f" {word} "
        for i in range(max(1, len(padded) - _GRAM + 1)):
            g = padded[i : i + _GRAM]
            grams[g] = grams.get(g, 0) + 1
    return grams


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    dot = sum(v * b.get(k, 0.0) for k, v in a.items())
    norm = math.sqrt(sum(v * v for v in a.values())) * math.sqrt(sum(v * v for v in b.values()))
    return dot / norm if norm else 0.0


def yes_no_gate_reading(
    ctx: PairContext, first: Cue, features: tuple[str, ...] = YES_NO_GATE_FEATURES
) -> YesNoGateReading:
    """The unit gate's reading of a unit whose closed question ``first`` the rule reads as left open, of the
    ``features`` the gate names. Of the unit whole: the share of the unit's asked words the whole answer takes up
    (``answer_share``, ``_asked_share``), the number of closed questions and of the first one's content words
    (``closed``, ``asked``; log), whether a ``_HEDGES`` cue stands in the answer, whether only numbered segments
    serve the unit, the number of answer sentences (log) and the language. Of the answer sentence nearest the
    closed question (``YES_NO_SENTENCE_FEATURES``, read only when ``features`` names one; then ``sentence`` is
    that sentence with its segment): the TF-IDF cosine of character n-grams (``_grams``; the inverse document
    frequency over the question and the unit's answer sentences) between the question and that sentence
    (``char_best``) and the answer whole (``char_answer``), the share of the question's n-grams it holds
    (``char_cover``), the share of the question's content words it takes up (``word_best``, ``matched``) and
    whether it is the answer's first (``best_first``). Read only on units the rule flags."""
    function = _function_words(ctx.doc.language, ctx.doc.settings.lexicon_dir)
    placed = [(seg, s) for seg, a in zip(ctx.pair.segments, ctx.answers) for s in a.sentences]
    clause = said_words(first.text, ctx) - function
    out = {
        "answer_share": _asked_share(ctx, " ".join(a.text for a in ctx.answers)),
        "closed": math.log1p(len(ctx.question.closed)),
        "asked": math.log1p(len(clause)),
        "hedge": float(any(a.cue(k) for a in ctx.answers for k in _HEDGES)),
        "numbered": float(bool(ctx.pair.segments) and all(seg.numbers for seg in ctx.pair.segments)),
        "sentences": math.log1p(len(placed)),
        "english": float(ctx.doc.language == "en"),
    }
    if not set(features) & set(YES_NO_SENTENCE_FEATURES):
        return YesNoGateReading(out, None)
    asked = _grams(first.text, function)
    said = [_grams(s.text, function) for _, s in placed]
    n = len(said) + 1
    df: dict[str, int] = {}
    for grams in (asked, *said):
        for g in grams:
            df[g] = df.get(g, 0) + 1
    idf = {g: math.log((n + 1) / (d + 1)) + 1.0 for g, d in df.items()}

    def weighed(grams: dict[str, int]) -> dict[str, float]:
        return {g: (1.0 + math.log(c)) * idf[g] for g, c in grams.items()}

    question = weighed(asked)
    scores = [_cosine(question, weighed(grams)) for grams in said]
    whole: dict[str, int] = {}
    for grams in said:
        for g, c in grams.items():
            whole[g] = whole.get(g, 0) + c
    best = max(range(len(scores)), key=lambda i: scores[i]) if scores else None
    if best is None:
        out.update(dict.fromkeys(YES_NO_SENTENCE_FEATURES, 0.0))
        return YesNoGateReading(out, None)
    out.update({
        "char_best": scores[best],
        "char_answer": _cosine(question, weighed(whole)),
        "char_cover": sum(min(c, said[best].get(g, 0)) for g, c in asked.items()) / max(1, sum(asked.values())),
        "word_best": (
            len(matched(said_words(placed[best][1].text, ctx) - function, clause, ctx)) / len(clause) if clause else 0.0
        ),
        "best_first": float(best == 0),
    })  # fmt: skip
    return YesNoGateReading(out, placed[best])


YES_NO_MODEL = Path(__file__).resolve().parents[1] / "models" / "yes_no.json"


def _yes_no_model(where: str, cue_model: str) -> dict | None:
    """The learned decision of ``Settings.yes_no_model`` (``scripts/choose_yes_no.py --write``),
    read as ``model_file`` reads one."""
    return model_file(where, YES_NO_MODEL, YES_NO_FEATURES, "yes_no_model", cue_model)


def learned(model: dict, features: dict[str, float]) -> tuple[float, list[str]]:
    """The model's probability that the yes or no is left open and the three features that pushed
    it most that way (standardised value times weight)."""
    pushes = {
        name: (features[name] - mean) / (scale or 1.0) * weight
        for name, mean, scale, weight in zip(
            model["features"], model["mean"], model["scale"], model["coef"], strict=True
        )
    }
    logit = model["intercept"] + sum(pushes.values())
    return 1.0 / (1.0 + math.exp(-logit)), sorted(pushes, key=lambda k: -pushes[k])[:3]


# what a lettered part's yes or no is read beside (``_part_left_open``): a pointer, a hand-over,
# data said to be missing, a deferral
_PART_HEDGES = ("cross_reference", "deflection", "no_information", "holding")


def _part_left_open(ctx: PairContext, first: Cue | None) -> Cue | None:
    """``first``, unless it is a lettered part's question ("b) Bestaat er een reglement ter
    zake?") and the answer holds no pointer, hand-over, missing data or deferral: an answer that
    replies part by part says its yes or no in words of its own ("b) Er zijn geen blokkages" to
    "b) Houden uw regeringspartners bepaalde zaken tegen?"), which the word tests do not read
    (the development sets, helper yesno24: without this condition 8 right flags more and 11 false,
    with it 4 right and 1 false). A part the answer replies to under its own label ("a) Ja.") is
    settled, and the unit's next lettered part that no such reply follows is read in its place."""
    label = _label_of(first.text) if first else None
    if label is None:
        return first
    if not any(a.cue(k) for a in ctx.answers for k in _PART_HEDGES):
        return None
    if not _part_replied(ctx, label):
        return first
    # "b) Neen." to "b) Bestaat er een reglement ter zake?": that part is settled, the unit's next
    # lettered part that no plain reply follows is read beside the hedge ("a) Ja. b) Ik verwijs naar
    # het antwoord van de minister van Justitie." to "a) Heeft ...? b) Zal u ...?", review28)
    later = (
        ctx.question.closed[ctx.question.closed.index(first) + 1 :] if first in ctx.question.closed else ()
    )
    for cue in later:
        label = _label_of(cue.text)
        if label is not None and not _part_replied(ctx, label):
            return cue
    return None


def _label_of(text: str) -> str | None:
    """The letter, numeral or number of the part label that opens ``text`` ("b" of "b) Bestaat ...?",
    of "(b) Is ...?"), else None."""
    tokens = [t.lower() for t in text_layer.TOKEN.findall(text)]
    taken = part_label(tokens)
    return tokens[taken - 2] if taken else None


def _part_replied(ctx: PairContext, label: str) -> bool:
    """Whether the answer replies to part ``label`` with a word of the lexicon's ``plain_replies``
    right after the same label ("a) Neen.b) Ja.c) Geen." to "b) Geldt dit ook voor hun
    medereizigers?", be-kamer 186166 3): ``plain_reply`` reads only the answer's first word."""
    replies = "|".join(re.escape(w.lower()) for w in ctx.doc.lexicon.plain_replies)
    if not replies:
        return False
    said = re.compile(rf"(?<!\w)\(?{re.escape(label)}\)\s*(?:{replies})\b", re.IGNORECASE)
    return any(said.search(a.text) for a in ctx.answers)


def left_open(ctx: PairContext) -> Cue | None:
    """The unit's first closed question sentence when the answer leaves its yes or no open
    (``LABELS.md``: "a closed yes/no question and the answer leaves the yes/no unclear"), else
    None. Read once per unit (``DocContext.reading``): ``yes_no_unanswered`` says it, ``generic``
    weighs it, and neither depends on the other being run."""
    return ctx.doc.reading(
        "yes_no_open",
        ctx.pair.question.n,
        lambda: _part_left_open(ctx, _described(ctx, _followed_up(ctx, _read_left_open(ctx)))),
    )


def _followed_up(ctx: PairContext, first: Cue | None) -> Cue | None:
    """``first``, unless an open question of the unit follows it ("Zult u nog dergelijke initiatieven
    nemen ...? Zo ja, welke?", "Werd dat idee reeds onderzocht? Wat waren hiervan de resultaten?":
    ``analyze.asks_open_followup``) and the unit is served only by numbered answer segments (its own
    "3." or a grouped "1. en 2."; not an unnumbered answer to the whole document) in plain words, no
    sentence of them holding a ``_HEDGES`` cue (no deferral, hand-over, pointer, missing data or
    policy talk). Such a segment replies to what the follow-up asks of the matter, and the readers
    read the yes or no from it ("Voor het einde van de regularisatieperiode zal er nog een
    sensibiliseringscampagne worden gelanceerd.", be-kamer 189724 9: the yes and which; "Een
    bediening op spoorlijn 204 werd dan ook niet bestudeerd", 185626 2: the no). Chosen on the
    development sets before dev-be55 (the flags such units carry: 5 right, 27 false; beside a hedge
    cue 73 right, 23 false, so the hedge stays a flag's ground; the unnumbered answer 12 / 12)."""
    if first is None or not ctx.pair.segments or not all(s.numbers for s in ctx.pair.segments):
        return first
    if any(a.cue(k) for a in ctx.answers for k in _HEDGES):
        return first
    language, where = ctx.doc.language, ctx.doc.settings.lexicon_dir
    if any(
        s.start >= first.end and asks_open_followup(s.text, language, where) for s in ctx.question.sentences
    ):
        return None
    return first


def _described(ctx: PairContext, first: Cue | None) -> Cue | None:
    """``first``, unless the unit is served only by numbered answer segments (its own "4." or a
    grouped "1. en 2.", not an unnumbered answer to the whole document) that give it
    ``Settings.yes_no_described_sentences`` sentences or more in plain words, no sentence of them
    holding a ``_HEDGES`` cue (no deferral, hand-over, pointer, missing data or policy talk). Such
    a segment describes the matter the closed question asks about at length, and the readers read
    the yes or no from the description, in words the word tests do not take up: "Werd er een
    stappenplan vastgelegd?" - "In de periode januari-april 2017 worden er middels de Belgische
    bijdrage in totaal vier activiteiten voorzien, twee per land." (be-kamer 186764 2, the schedule);
    "Is de helikopter alle dagen van de week en de klok rond beschikbaar?" - "Deze trainingen
    hebben in principe plaats tijdens de diensturen" (189954 1, the no). Chosen on the development
    sets before dev-be55 (yesno41: such flags 6 right, 26 false; 9 right and 30 false from five
    sentences, 2 and 11 from nine). A numbered segment that answers in a sentence or two, or
    beside a hedge, is read by the word tests alone."""
    if first is None or not ctx.pair.segments or not all(s.numbers for s in ctx.pair.segments):
        return first
    if sum(len(a.sentences) for a in ctx.answers) < ctx.doc.settings.yes_no_described_sentences:
        return first
    if any(a.cue(k) for a in ctx.answers for k in _HEDGES):
        return first
    return None


def _read_left_open(ctx: PairContext) -> Cue | None:
    qa = ctx.question
    if not qa.closed:
        return None
    if not ctx.pair.segments:
        # no answer segment serves any unit of the document (``missing_answer``: a lapsed answer,
        # "It has not proved possible to respond ... before Prorogation"): the yes or no is left
        # open too, each flag decided on its own (issue 17, item 3; ``corpus/gold/README.md``:
        # "whether he will extend ... is a closed question left open", 1718886, 1902836). Where
        # other units are served, a unit left without a segment is as often one the pairing
        # missed (the development sets: 3 of 5 such Belgian units answered elsewhere): no flag.
        return None if any(p.segments for p in ctx.doc.pairs) else qa.closed[0]
    if _attributed_nothing(ctx):
        return None
    if coverage.moot(ctx.answers, ctx.doc.language, ctx.doc.settings.lexicon_dir):
        # "Niet van toepassing.", "Deze vraag is zonder voorwerp": the question is void (its
        # condition not met), there is no yes or no to give, as ``figures_missing`` reads it
        return None
    model = _yes_no_model(ctx.doc.settings.yes_no_model, ctx.doc.settings.cue_model)
    if model is not None:
        chance, _ = learned(model, yes_no_features(ctx))
        return qa.closed[0] if chance >= model["threshold"] else None
    if plain_reply(ctx):
        return None  # "Ja.", "No."
    if _direct(ctx):
        # "Is het geschetste probleem u bekend?" - "De geschetste problematiek is mij niet bekend."
        return None
    if _knows(ctx):
        # "Bent u op de hoogte van die studie?" - "Mijn kabinet werd hierover gebrieft door de administratie."
        return None
    if _figures_given(ctx):
        return None  # figures asked for and given answer in substance
    if _given_elsewhere(ctx):
        return None  # "Tabel 3 geeft een overzicht ..." of an annex sent to the member
    if (
        # "if she will publish the specification" - "We intend to publish this in due course"
        _commits(ctx)
        # "The Department has not made an estimate of the lifetime public cost ..."
        or _takes_position(ctx)
        # "The government does not have any plans to change the exceptions ..."
        or _declines(ctx)
        # "Bestaan er hierover cijfergegevens?" - "De administratie beschikt niet over deze cijfers."
        or _data_not_held(ctx)
        # "Onderzoekt de NMBS een dergelijke optie?" - "Ook een dergelijke optie wordt onderzocht."
        or _restates(ctx)
        # "if he will publish that response" - "A copy ... has been deposited in the House Library."
        or _delivers(ctx)
        # "whether redress is available to ..." - "Redress is not available to ..."
        or _denies(ctx)
        # "Werden er studies uitgevoerd?" - "Op basis van verschillende studies omtrent de binnenluchtkwaliteit ..."
        or _names_thing(ctx)
        # "Bent u zich ervan bewust dat de aanvraag van federale doelgroepverminderingen complex is?" - "De
        # aanvraag van federale doelgroepverminderingen bij de RSZ is zeer eenvoudig."
        or _states_plainly(ctx)
        # "Heeft u uw diensten laten onderzoeken hoe zo'n vergissing kon worden begaan?" - "De directie van
        # de internationale politiesamenwerking van de federale politie heeft het probleem onderzocht."
        or _takes_step(ctx)
    ):
        return _one_left_open(ctx)
    if len(qa.closed) > 1 and any(_data_not_held_of(ctx, (c,)) for c in qa.closed):
        # "whether the Department holds records on the number of ...; and whether any specific enforcement
        # measures are in place" - "The Department for Transport does not hold the information requested.":
        # the data question is settled (a no, ``_data_not_held``); the unit is read on its other closed
        # questions, each on its own words (``_settles``), as where a test above settles one (mech24)
        return next(
            (
                c
                for c in qa.closed
                if not after_reply(c.text, ctx.doc.language, ctx.doc.settings.lexicon_dir)
                and not _settles(ctx, c)
            ),
            None,
        )
    return qa.closed[0]


def _attributed_nothing(ctx: PairContext) -> bool:
    """Whether the unit is served by a segment that says something, shared with other units (an
    unnumbered or grouped answer), and the attribution of its sentences to units
    (``DocContext.unit_answer``) gives this unit none of them: nothing of the answer is read for
    the unit, so no sentence of it can be found to leave the yes or no open. The readers read the
    whole answer for such a unit, and where they found it answered or moot ("Hebt u, indien dit het
    geval is, contact opgenomen met uw ambtgenoten ...?" after "Op vlak van migratie werden er door
    de zesde staatshervorming geen bevoegdheden overgedragen.", be-kamer 193210 2) the flag was a
    reading of nothing (yesno49: over the development sets 8 such flags, 7 false)."""
    if not ctx.pair.segments or any(a.sentences for a in ctx.answers):
        return False
    return any(ctx.doc.answer(seg).sentences for seg in ctx.pair.segments)


def _one_left_open(ctx: PairContext) -> Cue | None:
    """Of a unit that asks two closed questions or more, each put on no reply to the one before
    (not "Zo ja, ...?", "If so, ...?": a no to the first makes it moot), the first that no sentence
    of the answer settles read on its own words (``_settles``), where the unit's tests read all its
    closed questions together and found one settled: "Was u op de hoogte van de problemen met dat
    gebouw ...? Werd uw administratie gecontacteerd?" - "Mijn diensten werden hierover niet
    gecontacteerd door het Europees Parlement." says no to the second and nothing of the first
    (``LABELS.md``: the closed part left unclear is flagged), where the answer also defers, hands
    over, points elsewhere, says data are missing or talks policy (a ``_HEDGES`` cue in any of its
    sentences). A plain answer, with no such cue, leaves open only a later clause that a word of
    ``[question] closed_clauses`` opens and none of whose own words it says (``_opens_clause``,
    ``_silent_on``; uk-commons 1847854, yesno29). None where each is settled."""
    asked = [
        c
        for c in ctx.question.closed
        if not after_reply(c.text, ctx.doc.language, ctx.doc.settings.lexicon_dir)
    ]
    if len(asked) < 2:
        return None
    if not any(a.cue(k) for a in ctx.answers for k in _HEDGES):
        # a plain answer (no deferral, hand-over, pointer, missing data or policy talk) that settles
        # one closed question settles the others in other words about as often as not: read whole
        # (the development sets: 8 right flags and 8 false more without this condition), unless it
        # says nothing at all of a later one, no word asked there alone ("if her Department will
        # explore the use of the Sutton Park freight line for passenger services; and whether its
        # inclusion in the Rail Network Enhancement Pipeline was considered" - "The Department for
        # Transport is not actively exploring this proposal for the Sutton Park freight line, ...",
        # uk-commons 1847854: the second clause left open). Only a clause that a word of
        # ``[question] closed_clauses`` opens ("; and whether ...", "; and if he will ..."): a closed
        # question sentence of its own after another ("Zult u dat alsnog doen?", "Zijn die resultaten
        # concludent?") speaks of what the one before names, in words the answer need not take up
        # (the development sets: 4 false flags more in Dutch, be-kamer 185487 1, 188041 2, 189654 4,
        # 191962 2)
        return next((c for c in asked[1:] if _opens_clause(ctx, c) and _silent_on(ctx, c, asked)), None)
    return next((c for c in asked if not _settles(ctx, c)), None)


def _opens_clause(ctx: PairContext, closed: Cue) -> bool:
    """Whether a word of the lexicon's ``[question] closed_clauses`` ("whether", "if") is the first or the
    second word of the closed question ``closed`` ("whether ...", "and whether ...", "or if ..."): a clause of a
    longer question sentence. None where the lexicon has no such words (Dutch)."""
    clauses = {w.lower() for w in ctx.doc.lexicon.closed_clauses}
    return any(w in clauses for w in text_layer.words(closed.text)[:2])


def _silent_on(ctx: PairContext, closed: Cue, asked: list[Cue]) -> bool:
    """Whether no sentence of the answer holds a word that the closed question ``closed`` asks
    with (``asked_words``, whole) and the unit's other closed questions ``asked`` do not: the answer
    says nothing of what that one asks."""
    own = asked_words(ctx, whole=True, closed=closed)
    for c in asked:
        if c is not closed:
            own = own - asked_words(ctx, whole=True, closed=c)
    if not own:
        return False
    said = set().union(*(said_words(a.text, ctx) for a in ctx.answers))
    return not matched(said, own, ctx)


def _settles(ctx: PairContext, closed: Cue) -> bool:
    """Whether a sentence of the answer settles the one closed question ``closed`` by the unit's
    word tests read on its words alone: a yes or no, a commitment, a decline, data said not held,
    its verb restated."""
    return (
        _commits_of(ctx, (closed,))
        or _takes_position(ctx, closed)
        or _declines_of(ctx, closed)
        or _data_not_held_of(ctx, (closed,))
        or _restates_of(ctx, closed)
        or _delivers_of(ctx, (closed,))
        or _denies_of(ctx, closed)
        or _names_thing_of(ctx, closed)
        or _takes_step_of(ctx, closed)
    )


@per_unit
def _states_plainly(ctx: PairContext) -> bool:
    """Whether a plain answer states what the unit's first closed question asks (``_states_plainly_of``)."""
    return bool(ctx.question.closed) and _states_plainly_of(ctx, ctx.question.closed[0])


# the statements of the answer's opening read by ``_states_plainly_of``, and how many words asked one holds
_PLAIN_OPENING = 2
_PLAIN_WORDS = 2


def _states_plainly_of(ctx: PairContext, closed: Cue) -> bool:
    """Whether the answer is plain, no sentence of it holding a cue of ``_HEDGES`` (no deferral,
    hand-over, pointer, missing data or policy talk), and one of its first two statements (no
    question) holds two of the words the closed question ``closed`` asks (``asked_words``, the first
    six, as ``_takes_position`` reads them; ``matched``: an inflection, a compound that ends in one) and no word of the lexicon's
    ``[answer] plain_statement_modals`` ("zal", "kan", "moet": what will, can or must be): the
    matter asked stated in the indicative, done or not, is or is not, from which the yes or no
    follows (``LABELS.md``: an implied answer a reader can state): "Bent u zich ervan bewust dat de
    aanvraag van federale doelgroepverminderingen complex is?" - "De aanvraag van federale
    doelgroepverminderingen bij de Rijksdienst voor Sociale Zekerheid (RSZ) is zeer eenvoudig."
    (be-kamer 192741 1, the no); "Hebt u bilaterale overeenkomsten op het nationale niveau gesloten
    om de migratiestroom naar Belgie te reguleren?" - "In 2015 heb ik bilaterale
    samenwerkingsovereenkomsten gesloten met Nigeria, Rwanda en Togo." (185666 3, the yes). Dutch
    only (the list is empty in English: there, over the development sets, such statements stand beside 39 right flags and 9
    false; in Dutch beside 6 right and 21 false, 4 and 18 where the unit asks one closed question,
    implied34). A sentence that says what will or could be done is a plan or a possibility, read by
    the other tests; a unit of two closed questions or more, or one asked on a reply, is not read."""
    modals = {w.lower() for w in ctx.doc.lexicon.phrases("answer", "plain_statement_modals")}
    if not modals or any(a.cue(k) for a in ctx.answers for k in _HEDGES):
        return False
    if len(ctx.question.closed) > 1 or after_reply(
        closed.text, ctx.doc.language, ctx.doc.settings.lexicon_dir
    ):
        # a statement on one closed question of several leaves the others ("Zijn het Franse en het Belgische
        # charter voor de imams verenigbaar? Wordt er op Europees niveau ...?" - "Het door het geachte lid
        # aangehaalde charter wordt ondertekend door elke imam ...", be-kamer 190884 5); one asked on a reply
        # ("Indien ja, strookt deze mogelijkheid dan met de ratio van een VAA ...?") weighs what a
        # description of the rule does not say (187707 2)
        return False
    statements = [s for a in ctx.answers for s in a.sentences if not s.text.rstrip().endswith("?")]
    asked = asked_words(ctx, closed=closed)
    for s in statements[:_PLAIN_OPENING]:
        if modals & set(text_layer.words(s.text)):
            continue
        if len(matched(said_words(s.text, ctx), asked, ctx)) >= _PLAIN_WORDS:
            return True
    return False


def _takes_step(ctx: PairContext) -> bool:
    """Whether a statement of the answer says a step on what the unit's first closed question asks
    was taken (``_takes_step_of``)."""
    return bool(ctx.question.closed) and _takes_step_of(ctx, ctx.question.closed[0])


def _takes_step_of(ctx: PairContext, closed: Cue) -> bool:
    """Whether the closed question ``closed`` asks of what is or was (its first word none of the
    lexicon's ``[question] step_not_leads``: "zal", "kan", "plant", "bent") and a statement of the
    answer (no question, no cue of ``_HEDGES``: no deferral, hand-over, pointer, missing data or
    policy talk) says the step asked was taken: a word of ``[answer] step_auxiliaries`` ("werd",
    "heeft") with a participle (``_participle``, not an adjective's "-e") of a verb of the question
    (``_step_stem``: its first five letters, or one letter past the participle prefix it opens with), no word of ``plain_statement_modals`` ("zal", "kan",
    "moet"), and a word the question asks (``asked_words``, whole; ``matched``). The step done on
    the thing asked is the yes the readers read (``corpus/gold/README.readings.md``, settle44 kind 1:
    no step left to the reader): "Heeft u uw diensten laten onderzoeken hoe zo'n vergissing kon
    worden begaan?" - "De directie van de internationale politiesamenwerking van de federale politie
    heeft het probleem onderzocht." (dev-be62 191737 1); "Heeft u de arbeidsinspectie opdracht
    gegeven een onderzoek in te stellen bij DHL?" - "... werd door de inspectie ... een onderzoek
    gestart naar de opeenvolgende dagcontracten bij DHL" (dev-be24 190862 2); the B757s "werden door
    de Duitse overheden gehercertificeerd" to "Klopt het dat vliegtuigen van DHL via de
    hercertificiering andere specificaties kunnen krijgen ...?" (dev-be97 192922 1). Helper yesno54,
    over the development sets' flags: such a statement stands beside 3 right flags and 7 false; read
    without the question's verb (any step that shares a word asked) 11 right and 30 false, and in a
    draw outside the labelled sets it took away mostly flags a reader keeps (a step on another
    matter: "werd de Overeenkomst ... herzien" to "Komt die kwestie aan bod op de Ecofin-Raad?");
    to a question on what will be done 9 right and 8 false (2 and 1 with the verb): a step taken
    says nothing of the next. English has no such list: there a step described ("We have
    commissioned ...", "NHS England has shared ...") stands beside right flags five times in six
    (46 right, 9 false where the question asks of what is or was), the step seldom said to reach
    the thing asked (settle50). A separable verb's participle, its "ge" after the particle
    (``[answer] participle_particles``, ``_unseparated``), is read as one, its verb without that
    "ge": "Werden er gevallen van recidive vastgesteld?" - "In 2015 en 2016 werden bij 32 horecazaken
    vastgesteld dat ze voor een tweede (of meer) keer alcohol aan jongeren verkochten." (dev-be5
    189686 3, the yes: the state of the thing asked, in the question's verb, with a figure). A function
    word of the question ("indien", "bepaald") is none of its verbs: "ingediend" met the conditional
    "Indien" (dev-be38 191790 3) and "een bepaald aantal" the question's "meer bepaald" (dev-be91
    187021 6), both flags the readers keep (yesno58)."""
    lexicon = ctx.doc.lexicon
    auxiliaries = {w.lower() for w in lexicon.phrases("answer", "step_auxiliaries")}
    if not auxiliaries:
        return False
    leads = {w.lower() for w in lexicon.phrases("question", "step_not_leads")}
    if set(text_layer.words(closed.text)[:1]) & leads:
        return False
    modals = {w.lower() for w in lexicon.phrases("answer", "plain_statement_modals")}
    prefixes = _participle_words(lexicon, "participle_prefixes")
    particles = _participle_words(lexicon, "participle_particles")
    # no verb of the question: a function word ("indien", whose stem a separable participle's, "ingediend", meets)
    function = _function_words(ctx.doc.language, ctx.doc.settings.lexicon_dir)
    # adverbs of a participle's form ("ondertussen", "voordien"; review56's low 3)
    adverbs = {w.lower() for w in lexicon.phrases("answer", "participle_not")}
    asked_text = text_layer.words(closed.text)
    states = {w.lower() for w in lexicon.phrases("question", "step_state_leads")}
    # "Zijn de resultaten ... relevant volgens u?": a state or a view asked, no step in "ge"; the step asked, if
    # any, is then a participle of a prefix of the question's own ("Is het voorstel besproken?": review57)
    # a word of a participle's form right after an article or a determiner is a noun ("Zijn de gevolgen ...
    # duidelijk?"; ``[question] noun_determiners``; lows56)
    determiners = {w.lower() for w in lexicon.phrases("question", "noun_determiners")}
    nouns = {k for k in range(len(asked_text)) if _after_determiner(asked_text, k, determiners)}
    state = bool(set(asked_text[:1]) & states) and not any(
        _ge_participle(w) for k, w in enumerate(asked_text) if k and k not in nouns
    )
    verbs = {
        _step_stem(w, prefixes, particles)
        for k, w in enumerate(asked_text)
        if len(w) > 3
        and w not in function
        and (not state or (w not in adverbs and k not in nouns and _participle(w, prefixes, particles)))
    }
    if not verbs:
        return False
    asked: set[str] | None = None  # read only once a sentence says a step
    for a in ctx.answers:
        hedges = tuple(c for kind in _HEDGES for c in a.cue(kind))
        for s in a.sentences:
            if s.text.rstrip().endswith("?") or _in(hedges, s):
                continue
            words = text_layer.words(s.text)
            if not auxiliaries & set(words) or modals & set(words):
                continue
            done = {
                _step_stem(w, prefixes, particles)
                for w in words
                if w not in auxiliaries
                and w not in adverbs
                and not w.endswith("e")
                and _participle(w, prefixes, particles)
            }
            if not done & verbs:
                continue  # a step, but not the one asked ("werd ... herzien" to "Komt die kwestie aan bod?")
            asked = asked_words(ctx, whole=True, closed=closed) if asked is None else asked
            if matched(said_words(s.text, ctx), asked, ctx):
                return True
    return False


def _ge_participle(word: str) -> bool:
    """Whether ``word`` has the form of a Dutch participle with "ge" in its first five letters ("geweest",
    "genomen", "afgerond", "ingediend"): what makes "Is ... geweest?", "Zijn ... genomen?" ask a step; a
    noun of a prefix's form ("beleid", "onderhoudsgeld") is none. A strong participle in "-aan" ("gedaan",
    "gegaan", "gestaan") is one: "Is er onderzoek gedaan naar de gevolgen ...?" asks a step, its "gevolgen" after
    "de" a noun (``_after_determiner``; lows56). In "-aan" only those three, a prefix before them or not
    ("nagegaan", "toegestaan", "voorgedaan"): "tegengaan" is an infinitive ("Zijn de ministers het eens dat we
    deze fraude moeten tegengaan?" asks a view), "geslachtsorgaan" and "geldkraan" nouns (review58's low 3,
    lows57: in be-kamer 2017 every other word in "-aan" with "ge" in its first five letters is such a
    participle)."""
    return (
        len(word) > 5
        and 0 <= word.find("ge") <= 4
        and (word.endswith(("d", "t", "en")) or word.endswith(_GE_AAN))
    )


# the strong participles in "-aan" (``_ge_participle``): "gedaan", "gegaan", "gestaan", a prefix before them or not
_GE_AAN = ("gedaan", "gegaan", "gestaan")


def _after_determiner(words: list[str], k: int, determiners: set[str]) -> bool:
    """Whether ``words[k]`` stands right after one of ``determiners`` (an article, a demonstrative, a possessive:
    ``[question] noun_determiners``): a noun or an attributive word, not the verb cluster's participle, whatever
    its form ("de gevolgen", "alle gemeenten", "de genomen maatregelen"; review57's low 2, lows56). Not past a
    word in "-e" between: an adjective ("de Vlaamse gemeenten") is not told from a noun ("Is de studie
    gepubliceerd?", "Is het voorstel van de Europese Commissie besproken?"), read so those lost their step."""
    return k > 0 and words[k - 1] in determiners


def _step_stem(word: str, prefixes: tuple[str, ...], particles: tuple[str, ...] = ()) -> str:
    """``_verb_stem`` with a letter past the longest of ``participle_prefixes`` the word opens with
    ("onderzocht" and "onderzoeken" meet as "onderz", "overwogen" and "overwegen" as "overw"): five letters
    are a prefix and little more ("onder", "overw"), and "ondertussen" (an adverb of the form of a
    participle) met the question's "onderhoudsgeld" (be-kamer 190541 2, a view asked, "Zijn de resultaten
    van deze studie relevant volgens u ...?", its flag taken away; review56). A separable verb's participle is
    read without its "ge" (``_unseparated``: "vastgesteld" meets "vaststellen" as "vasts")."""
    w = _unseparated(word.lower(), particles)
    w = w[2:] if w.startswith("ge") and len(w) > 6 else w
    prefix = max((p for p in prefixes if w.startswith(p)), key=len, default="")
    return w[: max(5, len(prefix) + 1)]


def _names_thing(ctx: PairContext) -> bool:
    """Whether a statement of the answer names the thing whose being there the unit's first closed
    question asks (``_names_thing_of``)."""
    return bool(ctx.question.closed) and _names_thing_of(ctx, ctx.question.closed[0])


def _asked_thing(ctx: PairContext, closed: Cue) -> str | None:
    """The thing the closed question ``closed`` asks is there or was done, where a word of the
    lexicon's ``[question] existence_markers`` ("er") stands among its first three words and its
    first word is none of ``existence_not_leads`` ("zal", "kan": what will or could be): the first
    word after the marker that it asks with (``asked_words``, whole), passing over the words of
    ``existence_modifiers`` ("al", "nog", "sprake") and an adjective before another word asked (its
    "-e": "specifieke installaties"): "maatregelen" of "Werden er al maatregelen getroffen om geweld
    tegen treinbegeleiders te voorkomen?", "normen" of "Bestaan er normen?". None where a word of
    ``existence_stops`` (a preposition) comes first: "Zijn er in Belgie gelijkaardige gevallen
    vastgesteld?" places the thing, "Belgie" is not it."""
    lexicon = ctx.doc.lexicon
    markers = {w.lower() for w in lexicon.phrases("question", "existence_markers")}
    if not markers:
        return None
    words = text_layer.words(closed.text)
    at = next((i for i, w in enumerate(words[:3]) if w in markers), None)
    if at is None or words[0] in {w.lower() for w in lexicon.phrases("question", "existence_not_leads")}:
        return None
    modifiers = {w.lower() for w in lexicon.phrases("question", "existence_modifiers")}
    stops = {w.lower() for w in lexicon.phrases("question", "existence_stops")}
    asked = asked_words(ctx, whole=True, closed=closed)
    after = words[at + 1 :]
    for k, w in enumerate(after):
        if w in stops:
            return None
        if w not in asked or w in modifiers:
            continue
        if w.endswith("e") and k + 1 < len(after) and after[k + 1] in asked:
            continue  # an adjective before the thing: "voorafgaandelijke test"
        return w
    return None


def _names_thing_of(ctx: PairContext, closed: Cue) -> bool:
    """Whether the closed question ``closed`` asks whether a thing is there or was done
    (``_asked_thing``) and a sentence of the answer that is no question and holds no cue of
    ``_HEDGES`` (no deferral, hand-over, pointer, missing data or policy talk) names that thing
    (``matched``: its inflection, or a compound that ends in it), affirmed or denied: the instance
    named is the yes ("Werden er al maatregelen getroffen om geweld tegen treinbegeleiders te
    voorkomen?" - "Om die reden heeft NMBS een masterplan anti-agressie ingevoerd dat een
    vijftigtal maatregelen bevat ...", be-kamer 188104 3; "Werden er studies uitgevoerd?" - "Op
    basis van verschillende studies omtrent de binnenluchtkwaliteit, meer bepaald in 2009 ...,
    hebben wij een proces opgestart ...", 189685 6), the thing said to be absent the no ("Zijn er
    specifieke installaties nodig?" - "Er was geen bijzondere installatie in de gebouwen vereist",
    186963 1). What will or could be done ("Zal er een wetenschappelijk comite opgericht worden?") is
    not read: a thing named there need not be what will be done (helper closed33: over the
    development sets before session 32, future questions read so took 1 right flag for 2 false)."""
    thing = _asked_thing(ctx, closed)
    if thing is None:
        return False
    for a in ctx.answers:
        hedges = tuple(c for kind in _HEDGES for c in a.cue(kind))
        for s in a.sentences:
            if s.text.rstrip().endswith("?") or _in(hedges, s):
                continue
            if matched(said_words(s.text, ctx), {thing}, ctx):
                return True
    return False


def _restates(ctx: PairContext) -> bool:
    """Whether a sentence of the answer says again, in the future or the passive, the verb of the
    unit's first closed question: it holds a word of the lexicon's ``restate_auxiliaries`` ("zal",
    "wordt", "werd") and a participle or infinitive form (``_participle``: "ge" before five letters
    or more, or a prefix of ``participle_prefixes`` and an ending in "d", "t" or "en") that meets the
    question's first word (its verb, when no word of ``restate_auxiliaries`` or
    ``question_auxiliaries``) or its last word on their first five letters, a participle's "ge"
    left off: "Werd alle schade ondertussen vergoed?" - "Bijgevolg werd de schade nog niet
    vergoed."; "Voorziet de NMBS ... nieuwe acties die de efficientie ... kunnen verbeteren?" -
    "De bestelling van M7-materieel zal de situatie op dit vlak verbeteren"; "Worden de
    resultaten gemonitord?" - "Daarnaast wordt ook de kwalitatieve feedback gemonitord". The
    question is then settled in other words (helper yesno14, ``corpus/yesno/round2.jsonl``: of 140
    flagged be-kamer-2017 units read whole, 4 hold such a sentence, all settled; over be-kamer-2017
    it takes 20 flags away, of the 11 outside every labelled set 8 read settled, 1 open, 2
    doubtful). A noun of the question taken up ("controles", "preventie", "vragenlijsten") settles
    nothing: read so, without the participle's form, it took 49 flags away there, 14 read right,
    10 wrong. English has no such list: there a restated "will" is as often a plan that leaves the
    question open. A separable verb's participle (``_unseparated``) is not read here: the verb alone,
    with no word of the thing asked, took "de spoorwegpolitie wordt niet afgeschaft!" as the no to
    "Zal u ... lokale afdelingen afschaffen?" (dev-be90 189623 3, a flag the readers keep; yesno58);
    ``_takes_step`` reads it with a word asked."""
    return bool(ctx.question.closed) and _restates_of(ctx, ctx.question.closed[0])


def _restates_of(ctx: PairContext, closed: Cue) -> bool:
    """``_restates`` read of the one closed question ``closed``."""
    auxiliaries = {w.lower() for w in ctx.doc.lexicon.phrases("answer", "restate_auxiliaries")}
    if not auxiliaries:
        return False
    skip = auxiliaries | {w.lower() for w in ctx.doc.lexicon.phrases("answer", "question_auxiliaries")}
    words = [w for w in text_layer.words(closed.text) if w.isalpha()]
    verbs = {_verb_stem(w) for w in (words[:1] + words[-1:]) if w not in skip and len(w) > 3}
    if not verbs:
        return False
    prefixes = _participle_words(ctx.doc.lexicon, "participle_prefixes")
    for a in ctx.answers:
        for s in a.sentences:
            said = text_layer.words(s.text)
            if auxiliaries & set(said) and verbs & {
                _verb_stem(w) for w in said if w not in skip and _participle(w, prefixes)
            }:
                return True
    return False


def _denies(ctx: PairContext) -> bool:
    """Whether a sentence of the answer says the proposition of one of the unit's closed questions
    negated (``_denies_of``)."""
    return any(_denies_of(ctx, c) for c in ctx.question.closed)


def _denies_of(ctx: PairContext, closed: Cue) -> bool:
    """Whether a sentence of the answer states the proposition of the closed question ``closed``
    negated, in the question's own words: a statement (not a question) that holds the question's
    verb (``_asked_verbs``, on their first five letters) with a word of the lexicon's ``negations``
    up to three words before it (a short negation read in full, ``uncontracted_words``: "isn't" is
    "is not"), and at least ``Settings.yes_no_denied_words`` more of the words it asks (``asked_words``,
    whole); no pointer, hand-over or deferral in it, nor a word of ``undecided``: "and whether
    redress is available to applicants whose applications have not been decided within 12
    months" - "Redress is not available to applicants whose applications have not been decided
    within twelve months."; "if she will make an assessment of the potential merits of extending
    the use of this capability ..." - "No formal assessment is therefore needed by the government
    as the capability is already available to those forces". That is the no (``LABELS.md``: a
    clear "no" is an answer). A sentence on the matter that does not negate it ("we made an
    assessment of the general situation", "The UK Government has ongoing discussions with
    political leadership in the Falkland Islands") is left to the other tests: the readers take
    such a statement as the yes about as often as they find it beside what was asked (helper
    yesno27, the development sets: among the units flagged, a statement with the verb and one asked
    word or more, negated or not, stands in 41 right flags and 25 false)."""
    lexicon = ctx.doc.lexicon
    verbs = _asked_verbs(ctx, closed)
    particles = _participle_words(lexicon, "participle_particles")
    negations = {w.lower() for w in lexicon.negations}
    if not verbs or not negations:
        return False
    undecided = [tuple(text_layer.words(p)) for p in lexicon.undecided]
    asked: set[str] | None = None
    for a in ctx.answers:
        hedges = tuple(c for kind in ("cross_reference", "deflection", "holding") for c in a.cue(kind))
        for s in a.sentences:
            if s.text.rstrip().endswith("?") or _in(hedges, s):
                continue
            said = uncontracted_words(s.text)
            if not negations & set(said) or _holds(said, undecided):
                continue
            # the negation bears on the verb: up to three words before it ("is not available",
            # "No formal assessment", "no pupil is guaranteed"; not "no immediate changes to PIP,
            # or to health assessments")
            if not any(
                len(w) > 3 and _verb_stem(w, particles) in verbs and negations & set(said[max(0, k - 3) : k])
                for k, w in enumerate(said)
            ):
                continue
            asked = asked_words(ctx, whole=True, closed=closed) if asked is None else asked
            shared = {
                w
                for w in matched(said_words(s.text, ctx), asked, ctx)
                if _verb_stem(w, particles) not in verbs
            }
            if len(shared) >= ctx.doc.settings.yes_no_denied_words:
                return True
    return False


def _asked_verbs(ctx: PairContext, closed: Cue) -> set[str]:
    """The first five letters (``_verb_stem``) of the words that carry the verb of the closed
    question ``closed``: after a closed clause's lead (``[question] closed_clauses``: "whether",
    "if"), the first content word after its first auxiliary (``[answer] question_auxiliaries``:
    "will", "has", "is"), a light verb (``[commitment] light_verbs``: "make", "take") left out for
    its object ("make an assessment", "take steps"); in a question that opens on its verb (Dutch),
    its first word unless an auxiliary (``question_auxiliaries``, ``restate_auxiliaries``), else its
    last word where it has the form of an infinitive or participle ("Heeft de regering dit
    overwogen?"; not "Hebt u cijfergegevens ... tijdens de soldenperiode?")."""
    lexicon = ctx.doc.lexicon
    auxiliaries = {w.lower() for w in lexicon.phrases("answer", "question_auxiliaries")}
    auxiliaries |= {w.lower() for w in lexicon.phrases("answer", "restate_auxiliaries")}
    words = [w for w in text_layer.words(closed.text) if w.isalpha()]
    particles = _participle_words(lexicon, "participle_particles")
    leads = {w.lower() for w in lexicon.closed_clauses}
    lead = next((k for k, w in enumerate(words) if w in leads), None)
    if lead is not None:
        after = words[lead + 1 :]
        aux = next((k for k, w in enumerate(after) if w in auxiliaries), None)
        if aux is None:
            return set()
        light = {w.lower() for w in lexicon.commitment.light_verbs}
        content = [
            w for w in after[aux + 1 :] if w not in auxiliaries and w not in light and said_words(w, ctx)
        ]
        out = content[:1]
    else:
        prefixes = _participle_words(lexicon, "participle_prefixes")
        out = [w for w in words[:1] if w not in auxiliaries] or [
            w for w in words[-1:] if w.endswith("en") or _participle(w, prefixes, particles)
        ]
    return {_verb_stem(w, particles) for w in out if len(w) > 3}


def _delivers(ctx: PairContext) -> bool:
    """Whether a closed question of the unit asks that something be published or laid before the
    House (a verb of the lexicon's ``publish_verbs`` after a commitment, ``committed_verbs``: "if he
    will publish that response", "if she will place a copy ... in the Library") and a sentence of
    the answer says it is delivered there (a phrase of ``published_replies``: "A copy of the
    information released in the response to FOI2024/14572 has been deposited in the House
    Library.", "A copy of the climate assessment question set ... is provided in the attached
    documents."): that is the yes (``corpus/gold``: dev-uk28 1798890, dev-uk27 1680879 answered).
    A place named elsewhere ("can be found on the NATO website", "Details of the contract can be
    found on Contracts Finder") is a pointer the readers read either way, left to the other tests."""
    return _delivers_of(ctx, ctx.question.closed)


def _delivers_of(ctx: PairContext, closed: tuple[Cue, ...]) -> bool:
    """``_delivers`` read of the closed questions ``closed``."""
    verbs = {w.lower() for w in ctx.doc.lexicon.phrases("answer", "publish_verbs")}
    replies = _phrase_words(ctx.doc.lexicon, "answer", "published_replies")
    if not verbs or not replies:
        return False
    language, lexicon_dir = ctx.doc.language, ctx.doc.settings.lexicon_dir
    if not any(
        asked and not _parts_asked(c.text, asked)
        for c in closed
        for asked in [verbs & committed_verbs(c.text, language, lexicon_dir)]
    ):
        return False
    if any(_holds(text_layer.words(s.text), replies) for a in ctx.answers for s in a.sentences):
        return True
    return _available_of(ctx, closed, verbs)


def _available_of(ctx: PairContext, closed: tuple[Cue, ...], verbs: set[str]) -> bool:
    """Whether a sentence of the answer says the very thing a closed question asks be published (a verb of
    ``publish_verbs``) stands published already: a phrase of the lexicon's ``[answer] available_replies``
    ("are publicly available on", "can be found at") after the thing, which is the one asked by its head or
    by most of its words (``_same_thing``, as ``_passive_of_asked`` reads "will be published"): "The schedule
    20 annexes are publicly available on Contracts Finder" to "if he will publish the Schedule 20 annexes
    specifying the services ..." (dev-uk103 1674390, the readers' yes, settle51). Another thing said available
    ("Details of the contract can be found on Contracts Finder" to the side documentation asked; "Current
    locations of artworks ... can be found on their website" to information on the artworks installed) is a
    pointer the readers read as no answer, left to the other tests. Every match of a phrase in a sentence is read:
    "A printed copy is available on request ..., and the safety review ... is available on the National Highways
    website" says the review published (lows59; the first match alone, withheld, hid the second)."""
    phrases = [p.lower() for p in ctx.doc.lexicon.phrases("answer", "available_replies")]
    if not phrases:
        return False
    withheld = _withheld_pattern(tuple(ctx.doc.lexicon.phrases("answer", "available_withheld")))
    ends, content = _thing_readers(ctx)
    things = []
    for a in ctx.answers:
        for s in a.sentences:
            low = s.text.lower()
            for p in phrases:
                for m in re.finditer(rf"\b{re.escape(p)}\b", low):
                    if m.start() > 0 and not _withheld(low[m.start() :], p, withheld):
                        things.append(_thing_said(s.text[: m.start()], ends, content))
    # the closed questions that ask one thing published (not lettered parts, ``_parts_asked``), and their verbs
    asking = {
        c: asked
        for c in closed
        for asked in [verbs & committed_verbs(c.text, ctx.doc.language, ctx.doc.settings.lexicon_dir)]
        if asked and not _parts_asked(c.text, asked)
    }
    published = set().union(*asking.values()) if asking else set()
    return bool(things) and _same_thing(ctx, things, tuple(asking), published, strict=True)


@lru_cache(maxsize=8)
def _withheld_pattern(listed: tuple[str, ...]) -> re.Pattern[str] | None:
    """Any phrase of ``[answer] available_withheld`` as whole words, or None where the list is empty."""
    if not listed:
        return None
    return re.compile(rf"\b(?:{'|'.join(re.escape(w.lower()) for w in listed)})\b")


def _withheld(after: str, phrase: str, withheld: re.Pattern[str] | None) -> bool:
    """Whether the words from a phrase of ``available_replies`` (``after``, lower-case, the phrase first) to the
    second word after it hold one of ``available_withheld``: "is available on request from National Highways",
    "are publicly available on request" give the thing to who asks, which is no yes to publishing it (lows58)."""
    if withheld is None:
        return False
    return withheld.search(" ".join(after.split()[: len(phrase.split()) + 2])) is not None


# a lettered or numbered part's label ("(a)", "(b)"; "(i)", "(ii)", "(iv)")
_PART = re.compile(r"\(\s*(?:[a-z]|[ivx]{2,4})\s*\)")


def _parts_asked(text: str, verbs: set[str]) -> bool:
    """Whether what a publication verb of ``verbs`` asks, up to the clause's end (";"), names two
    lettered parts or more, or parts numbered in roman ("(i) name, (ii) location", uk-commons 1662990)
    ("if he will publish the (a) updated Facility Time Framework and (b)
    revised trade union facility time terms"): one copy deposited does not say which of them it
    is, and the readers flag the part left open (dev-uk27 1820494: "whether (b) a summary of the
    findings will be published is not said"). A part of another clause ("...; and what (a) is the
    value ...") is another question's."""
    lower = text.lower()
    for verb in verbs:
        m = re.search(rf"\b{re.escape(verb)}\b", lower)
        if m and len(_PART.findall(lower[m.end() :].split(";")[0])) >= 2:
            return True
    return False


def _participle_words(lexicon: Lexicon, name: str) -> tuple[str, ...]:
    """The entries of ``[answer] name`` (``participle_prefixes``, ``participle_particles``) in lower case, as
    ``_participle`` and ``_unseparated`` read a word's start against them."""
    return tuple(w.lower() for w in lexicon.phrases("answer", name))


def _participle(word: str, prefixes: tuple[str, ...], particles: tuple[str, ...] = ()) -> bool:
    """Whether ``word`` has the form of a Dutch participle: "ge" before five letters or more
    ("gemonitord", "geevalueerd", "gepleegd"), or a prefix of the lexicon's ``participle_prefixes``
    ("be", "ver", "onder") and an ending in "d", "t" or "en" ("onderzocht", "besproken",
    "vervangen"), or a separable verb's, its "ge" after a particle of ``participle_particles``
    (``_unseparated``: "vastgesteld", "opgericht", "uitgevoerd"); "vervanging", "controles",
    "preventie" are none."""
    if word.startswith("ge") and len(word) > 6:
        return True
    if word.startswith(prefixes) and word.endswith(("d", "t", "en")):
        return True
    return _unseparated(word, particles) != word


def _unseparated(word: str, particles: tuple[str, ...]) -> str:
    """``word`` without the "ge" a separable verb's participle holds after its particle (one of the lexicon's
    ``[answer] participle_particles``), where ``word`` has that form: a particle, "ge", three letters or more,
    and an ending in "d", "t" or "en" ("vastgesteld" is "vaststeld", "opgeleid" "opleid", "ingediend"
    "indiend"), so the participle meets the verb's other forms on their first letters ("vaststellen",
    "opleiding"); else ``word`` itself ("uitgaven", "ingevolge", "opgave", the infinitive "opgeven")."""
    if not particles or not word.endswith(("d", "t", "en")):
        return word
    for p in particles:
        if word.startswith(p) and word.startswith("ge", len(p)) and len(word) - len(p) >= 5:
            if word[len(p) :] == "geven":
                # "opgeven", "aangeven": an infinitive whose verb opens in "ge" (its participle "opgegeven")
                return word
            return p + word[len(p) + 2 :]
    return word


def _verb_stem(word: str, particles: tuple[str, ...] = ()) -> str:
    """A word's first five letters, a participle's "ge" left off ("onderzocht" and "onderzoekt"
    meet, "besproken" and "bespreken" too; "gepleegd" and "plegen" do not; "vastgesteld" and
    "vaststellen" do, a separable verb's "ge" after its particle left off, ``_unseparated``)."""
    w = _unseparated(word.lower(), particles)
    return (w[2:] if w.startswith("ge") and len(w) > 6 else w)[:5]


def _data_not_held(ctx: PairContext) -> bool:
    """Whether every closed question of the unit asks whether data are held (a word or phrase of
    the lexicon's ``data_asked``: "Beschikt men over cijfergegevens inzake het aantal flitsauto's
    ...?", "whether his Department holds information on the number of ...") and the answer says they are
    not (a ``no_information`` cue: "Er zijn dus geen cijfers beschikbaar", "This information is not
    held centrally"): that is a no (``LABELS.md``: a clear "no" is an answer), and the readers flag
    ``no_information`` in its place. A closed question about anything else ("Zijn er in België
    gelijkaardige gevallen vastgesteld?" - "Mijn administratie beschikt niet over de informatie")
    keeps its yes or no open."""
    return _data_not_held_of(ctx, ctx.question.closed)


def _data_not_held_of(ctx: PairContext, closed: tuple[Cue, ...]) -> bool:
    """``_data_not_held`` read of the closed questions ``closed``."""
    phrases = _phrase_words(ctx.doc.lexicon, "answer", "data_asked")
    if not phrases or not any(a.cue("no_information") for a in ctx.answers):
        return False
    return all(_holds(text_layer.words(c.text), phrases) for c in closed)


def _figures_given(ctx: PairContext) -> bool:
    """Whether the answer gives a table, or figures where the unit asks figures (``PairContext.asked``)."""
    return any(a.tables or (ctx.asked.asks_figures and a.figures) for a in ctx.answers)


@per_unit
def plain_reply(ctx: PairContext) -> bool:
    """Whether the answer opens with a word of the lexicon's ``plain_replies`` ("Ja.", "No.")."""
    words = [w for a in ctx.answers for s in a.sentences[:1] for w in text_layer.words(s.text)[:1]]
    return bool(words) and words[0] in {w.lower() for w in ctx.doc.lexicon.plain_replies}


def _given_elsewhere(ctx: PairContext) -> bool:
    """Whether the answer points to its own table or annex (``table_ref``, ``annex_note``,
    ``delivered``) or says it was sent to the member directly ("Het antwoord op deze vraag is het
    geachte Kamerlid rechtstreeks toegestuurd", ``[cues] delivered``): what stands there answers
    in substance, and the published text cannot show whether it says yes or no (LABELS.md,
    settled cases: ``cross_reference`` only)."""
    if any(a.cue("delivered") for a in ctx.answers):
        return True
    return any(c.kind in ("table_ref", "annex_note", "delivered", "annex") for _, c in ctx.references)


# a sentence with one of these cues does not state a position: it defers, speaks in general
# terms, hands over, says the data is missing or points elsewhere
_HEDGES = ("holding", "generic", "deflection", "no_information", "cross_reference")


def _takes_position(ctx: PairContext, closed: Cue | None = None) -> bool:
    """Whether a sentence of the answer says yes or no to what the closed question asks: it holds
    a word of the lexicon's ``negations`` or ``affirmations`` (or a figure, where the lexicon
    says figures answer a closed question) and at least ``Settings.yes_no_shared_words`` of the
    words the question asks with (``asked_words``), or one more without such a word; and
    no cue of ``_HEDGES`` nor a word of ``undecided`` ("will confirm his decision on whether to
    increase the budget"). Of a sentence in which such a cue starts past its first word, the clause
    before the cue is read, for a yes or no word of its own (``_before_hedge``: "We have not
    undertaken a separate assessment, but will publish the GMM stats in due course"). With
    ``closed``, what that one closed question asks, alone."""
    lexicon, settings = ctx.doc.lexicon, ctx.doc.settings
    asked = asked_words(ctx, closed=closed)
    if not asked:
        return False
    polar = {w.lower() for w in (*lexicon.negations, *lexicon.affirmations)}
    # "already": a yes word in the answer's opening, a step on the matter further on (English only: Dutch "al" /
    # "reeds" read so gained 3 false flags, so `nl.toml` has no such list; yesno55)
    opening_only = {w.lower() for w in lexicon.phrases("answer", "opening_affirmations")}
    undecided = [tuple(text_layer.words(p)) for p in lexicon.undecided]
    covered: set[str] = set()
    # asked whether it has come about yet, "still being prepared" is the answer: no, not yet
    status = _asks_status(ctx) if closed is None else _asks_status_of(ctx, (closed,))
    status_replies = _phrase_words(lexicon, "answer", "status_replies")
    weak = _phrase_words(lexicon, "answer", "weak_polarity")
    for a in ctx.answers:
        hedges = [c for kind in _HEDGES if not (status and kind == "holding") for c in a.cue(kind)]
        figures = cue_starts(a.figures) if lexicon.figures_answer_closed else []
        pointers = a.cue("cross_reference")
        for k, s in enumerate(a.sentences):
            text = _before_hedge(s, [c for c in hedges if c not in pointers])
            if not text:
                continue
            words = text_layer.words(text)
            if _holds(words, undecided):
                continue
            polar_words = polar & set(words)
            if k >= 2:
                # past the opening "already" says a step taken on the surrounding matter ("Work is already
                # under way to formalise the role of drone technology specialists" to whether he plans to
                # create new roles), which the readers do not take as the yes (settle44 kind 1; yesno55)
                polar_words -= opening_only
            if text != s.text and not polar_words:
                continue  # the clause before a hedge is read only for a yes or no word of its own
            if not polar_words and any(s.start <= c.start < s.end for c in pointers):
                continue  # a pointer without a yes or no word of its own
            marked = polar_words or starts_in(s, figures)
            shared = matched(said_words(text, ctx) | _unhyphened(text), asked, ctx)
            covered |= shared
            # a yes or no word and what was asked (in the opening, where a reply stands, one word
            # of it: "Tot op heden is er nog geen overkoepelende evaluatie gebeurd"); or, without
            # one, a word more of what was asked: the proposition restated as a statement
            # ("Aldus voldoet de islamitische eredienst aan de criteria voor erkenning")
            need = settings.yes_no_shared_words + (0 if marked else settings.yes_no_statement_words)
            opening = (
                [c for c in a.cue("polarity") if c.text.lower() in text.lower()]
                if k < 2 and text == s.text
                else []
            )
            if k < 2 and polar_words:
                need = 1
            elif opening and weak and all(_holds(text_layer.words(c.text), weak) for c in opening):
                # polarity phrases that state no yes or no by themselves ("has been", "we have",
                # "isn't", ``[answer] weak_polarity``) need two words of what was asked, as a yes or
                # no word does elsewhere: "WCA isn't working" does not answer whether the abolition
                # of the Work Capability Assessment is to begin (uk-commons 1779635)
                need = min(need, settings.yes_no_shared_words)
            elif opening:
                need = 1
            if status and _holds(words, status_replies):
                need = 1  # "Een nieuw meerjarenplan ... is nog steeds in opmaak"
            if len(shared) >= need:
                return True
    # statements that speak, between them, of much of what was asked answer in substance ("Bestaat
    # dergelijk draaiboek al voor het Demerbekken?" - "In Limburg werd het BNIP Demerbekken
    # goedgekeurd ...", the draaiboek in the sentences before)
    return len(covered) >= max(settings.yes_no_shared_words, settings.yes_no_covered_share * len(asked))


_HYPHENED = re.compile(r"(?<![\w-])([^\W\d_]+)-([^\W\d_]+)(?![\w-])")


def _unhyphened(text: str) -> set[str]:
    """The words of ``text`` written with a hyphen, joined ("re-introduce" is "reintroduce", "co-ordinate"
    "coordinate"), in lower case: ``said_words`` reads their parts apart ("introduce"), which the question's
    "reintroducing" does not meet ("We have no current plans to re-introduce them" to "whether he has made an
    assessment of the potential merits of reintroducing mandatory fire certificates", uk-commons 1687784)."""
    return {(a + b).lower() for a, b in _HYPHENED.findall(text)}


def _before_hedge(sentence: Cue, hedges: list[Cue]) -> str:
    """The words of ``sentence`` that ``_takes_position`` reads: all of them where no cue of ``hedges``
    starts in it; where one does, the clause before the first such cue (the plain no or yes said
    before the sentence goes on to defer, hand over or say data are missing: "We have not undertaken
    a separate assessment, but will publish the GMM stats in due course" to "whether he has made an
    assessment of the potential impact ...", dev-uk105 1799609), and nothing where the cue opens it."""
    inside = [c.start for c in hedges if sentence.start <= c.start < sentence.end]
    if not inside:
        return sentence.text
    return sentence.text[: min(inside) - sentence.start].strip()


@per_unit
def _knows(ctx: PairContext) -> bool:
    """Whether the unit asks only whether its addressee knows of a matter, every closed question
    holding a phrase of the lexicon's ``[question] awareness_asks`` ("Bent u op de hoogte van die
    studie?", "Hebt u kennis genomen van deze situatie?"), and a sentence of the answer says that he
    knows or does not, a phrase of ``[answer] knowing_replies`` ("Mijn kabinet werd hierover gebrieft door
    de administratie", "Ik heb de berichtgeving hierover in de media gelezen"): knowing of the matter
    asked about is the yes (``corpus/gold/README.md``, "Kent u de zorgen ...?", 188595 1). A unit that
    also asks another closed question ("Zo ja, hebt u uw diensten opgedragen ...?") is read on the
    other tests (yesno26)."""
    asks = _phrase_words(ctx.doc.lexicon, "question", "awareness_asks")
    replies = _phrase_words(ctx.doc.lexicon, "answer", "knowing_replies")
    closed = ctx.question.closed
    if not asks or not replies or not closed:
        return False
    if not all(_holds(text_layer.words(c.text), asks) for c in closed):
        return False
    return any(_holds(text_layer.words(s.text), replies) for a in ctx.answers for s in a.sentences)


@per_unit
def _declines(ctx: PairContext) -> bool:
    """Whether a sentence of the answer says that what was asked is not planned or intended: it
    holds a phrase of the lexicon's ``declines`` ("has no plans to", "does not intend to", "is niet
    van plan", "niet de bedoeling") and a word of what the closed questions ask, from anywhere in
    them (``asked_words``, whole): "if she will make it her policy to extend the time limit on
    exceptions to council tax premiums" - "The government does not have any plans to change the
    exceptions to the council tax premiums". That is a no (``LABELS.md``: a clear "no" is an
    answer), whatever the sentence goes on to say is being explored or kept under review."""
    return _declines_of(ctx, None)


def _declines_of(ctx: PairContext, closed: Cue | None) -> bool:
    """``_declines`` read of the words of every closed question of the unit, or of ``closed`` alone."""
    phrases = _phrase_words(ctx.doc.lexicon, "answer", "declines")
    if not phrases:
        return False
    asked: set[str] | None = None  # read only once a sentence holds such a phrase
    for a in ctx.answers:
        for s in a.sentences:
            if _holds(text_layer.words(s.text), phrases):
                asked = asked_words(ctx, whole=True, closed=closed) if asked is None else asked
                if matched(said_words(s.text, ctx), asked, ctx):
                    return True
    return False


@per_unit
def _asks_status(ctx: PairContext) -> bool:
    """Whether a closed question of the unit asks whether something has come about yet: it holds
    a word of the lexicon's ``status_asks`` ("Heeft het project al eerste resultaten opgeleverd?",
    "Zijn de hervormingsvoorstellen er reeds?"), where no phrase of ``status_not`` starts ("Zal u al
    dan niet een verbod invoeren?", "al deze maatregelen")."""
    return _asks_status_of(ctx, ctx.question.closed)


def _asks_status_of(ctx: PairContext, closed: tuple[Cue, ...]) -> bool:
    """``_asks_status`` read of the closed questions ``closed``."""
    phrases = _phrase_words(ctx.doc.lexicon, "question", "status_asks")
    nots = _phrase_words(ctx.doc.lexicon, "question", "status_not")
    firsts = {p[0] for p in phrases if p}  # only where a phrase's first word stands can one start
    for c in closed:
        words = text_layer.words(c.text)
        if any(
            w in firsts and _starts(words, i, phrases) and not _starts(words, i, nots)
            for i, w in enumerate(words)
        ):
            return True
    return False


def _starts(words: list[str], i: int, phrases: list[tuple[str, ...]]) -> bool:
    """Whether one of ``phrases`` (each as words) starts at ``words[i]``."""
    return any(p and tuple(words[i : i + len(p)]) == p for p in phrases)


def _phrase_words(lexicon: Lexicon, table: str, name: str) -> list[tuple[str, ...]]:
    """The phrases of the lexicon's ``[table] name``, each as its words (what ``_holds`` finds)."""
    return [tuple(text_layer.words(p)) for p in lexicon.phrases(table, name)]


def _holds(words: list[str], phrases: list[tuple[str, ...]]) -> bool:
    """Whether ``words`` hold one of ``phrases`` (each as words)."""
    firsts = {p[0] for p in phrases if p}  # only where a phrase's first word stands can one start
    return any(w in firsts and _starts(words, i, phrases) for i, w in enumerate(words))


@per_unit
def _commits(ctx: PairContext) -> bool:
    """Whether a sentence of the answer commits to doing what the closed question asks be done:
    the same verb after a word of the lexicon's ``commitments`` in both ("whether he plans to
    publish an update" - "We intend to publish proposals"; "if she will respond to the results"
    - "... and will respond in the usual way in due course": yes, later). A commitment to something else
    ("if he will meet manufacturers" - "We intend to go out to consultation") is not one. The
    passive of the verb asked commits too ("whether he plans to publish an updated version of the
    report" - "An updated version ... will be published on gov.uk in due course", dev-uk82 1722560;
    "whether Ofcom plans to publish its review" - "... will be published between July and September
    2025", dev-uk74 1748869: the readers' yes, ``_active``)."""
    return _commits_of(ctx, ctx.question.closed)


def _commits_of(ctx: PairContext, closed: tuple[Cue, ...]) -> bool:
    """``_commits`` read of the closed questions ``closed``."""
    language, lexicon_dir = ctx.doc.language, ctx.doc.settings.lexicon_dir
    asked = set().union(*(committed_verbs(c.text, language, lexicon_dir) for c in closed))
    if not asked:
        return False
    for s in (s for a in ctx.answers for s in a.sentences):
        said = committed_verbs(s.text, language, lexicon_dir)
        if asked & said:
            return True
        passives = {active: v for v in said for active in _active({v}) - {v}}
        for verb in asked & passives.keys():
            if _passive_of_asked(ctx, s.text, passives[verb], verb, closed):
                return True
    return False


def _passive_of_asked(
    ctx: PairContext, sentence: str, passive: str, verb: str, closed: tuple[Cue, ...]
) -> bool:
    """Whether ``sentence`` says in the passive (``passive``, "be published") that the thing a closed question
    asks be done (``verb``, "publish") will be: the passive names its thing before it, the question after its
    verb. They are one where their heads are ("The Transpennine Route Upgrade business case will be published"
    to "whether he plans to publish the business case for the Transpennine Route Upgrade", 1675525), or where
    the thing said holds at least three and half of the words of the one asked ("their report concerning the
    audience protection measures implemented by video-on-demand service providers" to "its review of audience
    protection measures implemented by video-on-demand service providers", dev-uk74 1748869). "The terms of
    reference will be published in due course" to "if she will publish a list of the membership of all technical
    working groups" (dev-uk8-10 1844124) is another thing; so is "Further guidance about the requirements
    imposed by the Bill" to "reports to Parliament on ... the Bill", or "Any further impact assessments ..." to
    "a list of all impact assessments" (lows52: review53 read such wrong flags lost where the thing shared one
    word with the question, anywhere in it). Each place is the verb's own, as a word (``commitment_places``:
    a "publishing" before the passive is none). Heads: ``commitment.phrase_ends`` and the like."""
    ends, content = _thing_readers(ctx)
    places = commitment_places(sentence, ctx.doc.language, ctx.doc.settings.lexicon_dir)
    things = [_thing_said(sentence[:start], ends, content) for start, _, v in places if v == passive]
    return _same_thing(ctx, things, closed, {verb})


def _thing_readers(ctx: PairContext):
    """What ``_thing_said`` and ``_thing_asked`` read a thing with: the words that end its head
    (``_commitment_words``) and whether a word is a content word (``said_words``)."""
    return ctx.doc.lexicon.made(_commitment_words), lambda word: bool(said_words(word, ctx))


def _same_thing(
    ctx: PairContext,
    things: list[tuple[str, str, str]],
    closed: tuple[Cue, ...],
    verbs: set[str],
    strict: bool = False,
) -> bool:
    """Whether one of ``things`` (``_thing_said``: a head, the thing with what is set in after it, its
    clause) is the thing a closed question of ``closed`` asks be done by one of ``verbs`` (its object,
    ``_thing_asked``), as ``_passive_of_asked`` tells them one. ``strict``: by their heads or most of
    their words only, not by the head asked named anywhere in what is set in after the thing said, nor by
    a thing asked in one word ("Further information on the assessment process can be found on Gov.uk" is
    no risk assessment published)."""
    language, lexicon_dir = ctx.doc.language, ctx.doc.settings.lexicon_dir
    ends, content = _thing_readers(ctx)
    objects = [
        (c, *_thing_asked(c.text[end:], ends, content))
        for c in closed
        for _, end, v in commitment_places(c.text, language, lexicon_dir)
        if v in verbs
    ]
    for head, with_set_in, clause in things:
        said = said_words(clause, ctx)
        heads = said_words(head, ctx)
        for question, asked_thing, asked_head in objects:
            if heads and asked_head and matched(heads, said_words(asked_head, ctx), ctx):
                return True
            if (
                not strict
                and asked_head
                and matched(said_words(with_set_in, ctx), said_words(asked_head, ctx), ctx)
            ):
                # the thing asked named in what is said published ("A redacted version of Call-Off Schedule 20,
                # which includes the specification," to "publish the (a) work specification set out in
                # Schedule 20", 1680375)
                return True
            asked = said_words(asked_thing, ctx)
            if asked and len(matched(said, asked, ctx)) >= max(_THING_SHARED, len(asked) / 2):
                return True
            if (
                not strict
                and len(asked) <= 1
                and heads
                and matched(heads, said_words(question.text, ctx), ctx)
            ):
                # a thing asked by one word refers back to one the question named ("..., Provision of a
                # Systematic evidence review on ..., if he will publish the report", dev-uk43 1875699)
                return True
    return False


# the words a thing said in the passive shares with the thing asked, at the least, where their heads differ
# (and half of the thing asked's): "their report concerning the audience protection measures ..." (8 of 9)
_THING_SHARED = 3
_WORDS = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


@dataclass(frozen=True)
class _PhraseWords:
    """A lexicon's ``[commitment]`` words that find a thing's head (``_passive_of_asked``)."""

    ends: frozenset[str]
    clause_starts: frozenset[str]
    set_in: frozenset[str]
    relatives: frozenset[str]


def _commitment_words(lexicon: Lexicon) -> _PhraseWords:
    c = lexicon.commitment
    return _PhraseWords(
        frozenset(w.lower() for w in c.phrase_ends),
        frozenset(w.lower() for w in c.clause_starts),
        frozenset(w.lower() for w in c.set_in),
        frozenset(w.lower() for w in c.relatives),
    )


def _thing_said(before: str, words: _PhraseWords, content: Callable[[str], bool]) -> tuple[str, str, str]:
    """Of the thing a passive is said of, from the text before its commitment: its head, the thing with the
    pieces set in after it, and the piece the thing stands in: the last piece between commas that no word of
    ``set_in`` opens, the thing from after its last word of ``clause_starts`` on. After a relative (``relatives``)
    the thing is the last content word before it ("Defra will share further guidance which will be published",
    1902410); after a word of ``clause_starts`` ("A Memorandum of Understanding has been agreed ... and will be
    published", 1696718) the clause before has the passive's thing. The piece counts the words shared with the
    thing asked (``_passive_of_asked``): an "and" inside the thing ("The minutes of the third TCA Trade
    Specialised Committee on Sanitary and Phytosanitary Measures will be published" to "publish the conclusions of
    his meetings at the third TCA Trade Specialised Committee on Sanitary and Phytosanitary Measures", uk-commons
    1671745) cuts it as a clause's would (review54)."""
    everything = _WORDS.findall(before)
    if everything and everything[-1].lower() in words.relatives:
        head = next((w.lower() for w in reversed(everything[:-1]) if content(w.lower())), "")
        return head, before, head
    pieces = [p for p in re.split(r"[,;:]", before) if p.strip()]
    kept = [p for p in pieces if not _set_in((_WORDS.findall(p.lower()) or [""])[0], words)]
    piece = (kept or pieces or [""])[-1]
    tokens = _WORDS.findall(piece)
    if tokens and tokens[-1].lower() in words.clause_starts:
        tokens = tokens[:-1]  # ("... has been agreed for ... and will be published": the same thing)
    starts = [k for k, w in enumerate(tokens) if w.lower() in words.clause_starts]
    whole, tokens = " ".join(tokens), tokens[starts[-1] + 1 :] if starts else tokens
    with_set_in = before[before.rfind(piece) :] if piece else before
    return _head(tokens, words.ends, content), with_set_in, whole


def _set_in(first: str, words: _PhraseWords) -> bool:
    """Whether a piece between commas that opens with ``first`` is set in: a word of ``set_in``, or a participle
    (", covering data from 2022-23", ", commissioned by the UK Covid-19 Inquiry ...": dev-uk82 1722560, dev-uk43
    1875699)."""
    return first in words.set_in or (len(first) > 4 and first.endswith(("ed", "ing")))


def _thing_asked(after: str, words: _PhraseWords, content: Callable[[str], bool]) -> tuple[str, str]:
    """The thing a question asks be done, from the text after its verb to the end of its clause, and its head."""
    clause = re.split(r"[;?]|\band (?:if|whether|what|how|which)\b", after, maxsplit=1)[0]
    clause = re.sub(
        r"\(\s*[a-z]{1,4}\s*\)", " ", clause
    )  # the labels of its parts, "(a) annual and (b) biennial"
    tokens = _WORDS.findall(clause)
    return " ".join(tokens), _head(tokens, words.ends, content)


def _head(tokens: list[str], ends: frozenset[str], content: Callable[[str], bool]) -> str:
    """The head of a noun phrase that opens ``tokens``: its last content word before one of ``ends`` or before a
    participle that follows a content word ("the work completed", not "an updated version")."""
    head = ""
    for w in tokens:
        low = w.lower()
        if low in ends or (head and len(low) > 4 and low.endswith(("ed", "ing"))):
            break
        if content(low):
            head = low
    return head


def _active(verbs: set[str]) -> set[str]:
    """``verbs`` (of ``committed_verbs``) with, for a passive of one word after "be" whose participle
    is regular ("be published", "be placed", "be carried"), the verb it is made of ("publish",
    "place", "carry"): what a question asks in the active ("if he will publish ...") is committed to
    in the passive. A light verb's passive ("be made") and an irregular participle are left as they
    are."""
    out = set(verbs)
    for v in verbs:
        words = v.split()
        if len(words) == 2 and words[0] == "be" and words[1].endswith("ed") and len(words[1]) > 4:
            w = words[1]
            out |= {w[:-2], w[:-1]} | ({w[:-3] + "y"} if w.endswith("ied") else set())
    return out


_STATES_AROUND = ("holding", "generic", "deflection", "no_information", "cross_reference")


def _direct(ctx: PairContext) -> bool:
    """Whether the answer is one short sentence (``Settings.yes_no_direct_words``) that neither
    defers, speaks in general terms, hands over, says the data is missing nor points elsewhere:
    a plain statement, which answers a closed question whether or not it says "yes" or "no", when
    it speaks of what was asked (``Settings.yes_no_shared_words`` of its words, ``asked_words``).
    "Het kabinet heeft contact gehad met alle grote opvangoperatoren" does not answer "Hebben leden
    van uw kabinet of uzelf Peter De Roo ontmoet?". The sentences are the splitter's, which cuts no
    name at its initials ("De FOD Economie, K.M.O., Middenstand en Energie heeft de zesde
    staatshervorming volledig uitgevoerd." is one sentence, ``text.splitter``)."""
    sentences = [s.text.strip() for a in ctx.answers for s in a.sentences]
    if len(sentences) != 1 or len(_WORD.findall(sentences[0])) > ctx.doc.settings.yes_no_direct_words:
        return False
    if any(a.cue(kind) for a in ctx.answers for kind in _STATES_AROUND):
        return False
    said = said_words(sentences[0], ctx)
    if len(ctx.question.closed) > 1 and not matched(said, said_words(ctx.question.closed[-1].text, ctx), ctx):
        # a yes to the first closed question that says nothing of the last ("..., zo ja, ...?")
        # leaves that one open
        return False
    return len(matched(said, asked_words(ctx), ctx)) >= ctx.doc.settings.yes_no_shared_words


# the readings of a (closed question, answer) pair the learned decision weighs
# (``qa_align/models/yes_no.json``, trained by ``scripts/choose_yes_no.py``); each 0/1 or a count
YES_NO_FEATURES = (
    "rule", "plain_reply", "direct", "commits", "given", "position", "declines", "figures",
    "polar_first", "polar_start", "polarity_cue", "polar_any", "negation_near", "shared_first",
    "shared_first_share", "shared_max_share", "covered_share", "first_words", "first_plain", "first_from_question",
    "asked", "sentences", "words", "hedged_share", "holding", "generic", "deflection",
    "no_information", "cross_reference", "status", "closed", "english", "opens_open",
)  # fmt: skip


def yes_no_features(ctx: PairContext) -> dict[str, float]:
    """What the learned decision of ``yes_no_unanswered`` reads of a unit whose question is closed
    and answered by some segment: the rule's own tests (``plain_reply`` ... ``_declines``, and
    ``rule``, whether they leave it open), a yes or no word in the first sentence or anywhere, a
    negation within ``_NEAR`` words of an asked word in the first two sentences (the asked verb
    negated, mostly), the asked words the first sentence, the best sentence and the whole answer
    hold, the answer's length and its cues (``YES_NO_FEATURES``)."""
    checks = {
        "plain_reply": plain_reply(ctx),
        "direct": _direct(ctx),
        "commits": _commits(ctx),
        "given": _given_elsewhere(ctx),
        "position": _takes_position(ctx),
        "declines": _declines(ctx),
        "figures": _figures_given(ctx),
    }
    out = {"rule": not any(checks.values()), **checks, **yes_no_readings(ctx)}
    return {k: float(out[k]) for k in YES_NO_FEATURES}


def yes_no_readings(ctx: PairContext) -> dict[str, float]:
    """The readings of ``yes_no_features`` beside the rule's own tests (each 0/1, a share or a count),
    read once per unit: ``qa_align.answered`` reads them too."""
    return ctx.doc.reading("yes_no_readings", ctx.pair.question.n, lambda: _read_yes_no_readings(ctx))


def _read_yes_no_readings(ctx: PairContext) -> dict[str, float]:
    qa, lexicon = ctx.question, ctx.doc.lexicon
    sentences = [s for a in ctx.answers for s in a.sentences]
    asked = asked_words(ctx)
    polar = {w.lower() for w in (*lexicon.negations, *lexicon.affirmations)}
    negations = {w.lower() for w in lexicon.negations}
    first = text_layer.words(sentences[0].text) if sentences else []
    said = [said_words(s.text, ctx) for s in sentences]
    shared = [matched(s, asked, ctx) for s in said]  # each sentence's once, for the readings below
    covered = set().union(*shared) if said else set()
    hedges = [(a, c) for a in ctx.answers for k in _HEDGES for c in a.cue(k)]
    hedged = {s.start for a, c in hedges for s in a.sentences if s.start <= c.start < s.end}
    out = {
        "polar_first": bool(polar & set(first)),
        "polar_start": bool(polar & set(first[:3])),
        "polarity_cue": any(a.cue("polarity") for a in ctx.answers),
        "polar_any": any(polar & set(text_layer.words(s.text)) for s in sentences),
        "negation_near": any(_near(text_layer.words(s.text), negations, asked, ctx) for s in sentences[:2]),
        "shared_first": len(shared[0]) if said else 0,
        "shared_first_share": len(shared[0]) / max(1, len(asked)) if said else 0.0,
        "shared_max_share": max(map(len, shared), default=0) / max(1, len(asked)),
        "first_words": math.log1p(len(first)),
        "first_plain": bool(sentences) and sentences[0].start not in hedged,
        "first_from_question": _share_asked(said[0] if said else set(), ctx),
        "covered_share": len(covered) / len(asked) if asked else 0.0,
        "asked": len(asked),
        "sentences": math.log1p(len(sentences)),
        "words": math.log1p(sum(len(text_layer.words(s.text)) for s in sentences)),
        "hedged_share": len(hedged) / len(sentences) if sentences else 0.0,
        "status": _asks_status(ctx),
        "closed": len(qa.closed),
        "english": ctx.doc.language == "en",
        "opens_open": _opens_open(ctx),
    }
    out |= {k: any(a.cue(k) for a in ctx.answers) for k in _HEDGES}
    return {k: float(v) for k, v in out.items()}


def _share_asked(said: set[str], ctx: PairContext) -> float:
    """The share of ``said`` (content words) that the question holds too (0 when none said)."""
    return len(matched(said, said_words(ctx.pair.question.text, ctx), ctx)) / len(said) if said else 0.0


def _opens_open(ctx: PairContext) -> bool:
    """Whether the unit asks an open question before its first closed one: its first question
    sentence is an open one ("Hoe reageren Nederland en de Europese Unie op deze oproep? Is er
    bereidheid om meer humanitaire hulp te bieden?"); in a unit that asks without question marks
    (the UK's one sentence, ``[question] closed_clauses``), a question word (``[cues]
    question_words``) opens the text, the clause right after the addressee's comma (the text's first)
    or one after a semicolon, before the word that opens the first closed one ("To ask ..., what
    assessment he has made of waiting times in A&E; and whether he will publish the data"). After
    another comma it opens a relative clause: "To ask the Secretary of State for Transport, with
    reference to the report ..., which recommends ..., whether ..." asks a closed question."""
    sentences, closed = ctx.question.sentences, ctx.question.closed
    first = next((s for s in sentences if s.text.endswith("?")), None)
    if first is not None:
        return first.start < closed[0].start
    lexicon = ctx.doc.lexicon
    lead = _any_of(lexicon.closed_clauses).search(closed[0].text)
    before = ctx.pair.question.text[: closed[0].start + (lead.start() if lead else 0)]
    # a question word at the start of the text, right after the addressee's mark ("To ask X, what") or
    # after a semicolon, a word allowed there ("; and what", ", for what reason")
    words = lexicon.cue_list("question_words")
    if _any_of(words, r"(?:^|;\s*(?:\w+\s+)?)").search(before):
        return True
    mark = re.search(r"[,:]", before)
    return mark is not None and _any_of(words, r"\s*(?:\w+\s+)?").match(before, mark.end()) is not None


@lru_cache(maxsize=64)
def _any_of(phrases: tuple[str, ...], before: str = "") -> re.Pattern[str]:
    """One of ``phrases`` as whole words, after ``before`` (a pattern); never matches when none.
    Made once per list and ``before`` (``_opens_open`` asks it for every unit)."""
    words = sorted({p.lower() for p in phrases}, key=len, reverse=True)
    if not words:
        return re.compile(r"(?!)")
    return re.compile(rf"{before}\b(?:{'|'.join(map(re.escape, words))})\b", re.IGNORECASE)


_NEAR = 3  # words between a negation and an asked word that it negates


def _near(words: list[str], negations: set[str], asked: set[str], ctx: PairContext) -> bool:
    """Whether a word of ``negations`` stands within ``_NEAR`` words of a word of ``asked``."""
    for i, w in enumerate(words):
        if w in negations:
            window = set(words[max(0, i - _NEAR) : i + _NEAR + 1]) - {w}
            if matched(window, asked, ctx):
                return True
    return False


_WORD = text_layer.WORD


def _shingles(text: str, n: int) -> dict[tuple[str, ...], tuple[int, int]]:
    words = [(m.group().lower(), m.start(), m.end()) for m in _WORD.finditer(text)]
    return {
        tuple(w for w, _, _ in words[i : i + n]): (words[i][1], words[i + n - 1][2])
        for i in range(len(words) - n + 1)
    }


def _runs(words: list[str], n: int) -> set[tuple[str, ...]]:
    """The distinct runs of ``n`` consecutive words."""
    return set(zip(*(words[i:] for i in range(n))))


# ``echoes_question``'s reading of a segment's words, kept by the document's context (``DocContext.reading``)
_ECHO_WORDS = "answers.echoes_question words"


@rule("echoes_question", "the answer mostly restates the question or its preamble", order=50)
def echoes_question(ctx: PairContext) -> Iterator[Flag]:
    settings = ctx.doc.settings
    n = settings.echo_shingle_words
    q = ctx.pair.question
    preamble = ctx.doc.document.question.preamble
    source: set[tuple[str, ...]] | None = None
    asked = _WORD.findall((q.text + "\n" + (preamble.text if preamble else "")).lower())
    vocabulary = set(asked)
    for seg in ctx.pair.segments:
        # a segment's words read once for the units it serves (a grouped answer's for each of them)
        words = ctx.doc.reading(
            _ECHO_WORDS, (seg.start, seg.end, seg.label), lambda text=seg.text: _WORD.findall(text.lower())
        )
        if len(words) < settings.echo_min_words:
            continue
        if sum(map(vocabulary.__contains__, words)) < settings.echo_min_share * len(words):
            continue  # too few of its words are the question's for its runs to be
        runs = _runs(words, n)
        if not runs:
            continue
        if source is None:
            source = _runs(asked, n)
        share = len(runs & source) / len(runs)
        if share < settings.echo_min_share:
            continue
        echoed = [span for sh, span in _shingles(seg.text, n).items() if sh in source]
        spans: list[list[int]] = []
        for s, e in sorted(echoed):
            if spans and s <= spans[-1][1] + 1:
                spans[-1][1] = max(spans[-1][1], e)
            else:
                spans.append([s, e])
        evidence = []
        for s, e in spans:
            a, b = seg.source_span(s, e)
            evidence.append(Evidence(a, b, seg.text[s:e], "answer"))
        yield Flag(
            "echoes_question",
            f"{share:.0%} of the answer's {n}-word runs stand in the question or its preamble",
            tuple(evidence),
        )


# what the sentence-level decision of ``holding`` reads of an answer sentence beside the unit's
# question (``qa_align/models/holding_sentences.json``, trained on ``corpus/holding`` by
# ``scripts/train_holding_sentences.py``); each 0/1, a share, a probability or a log count
SENTENCE_FEATURES = (
    "english", "p_deferral", "p_handover", "p_pointer", "p_missing_data", "p_refusal", "p_general",
    "lexicon_cue", "learned_cue", "standing", "data_lag", "under_way", "past", "future", "promise",
    "conditional", "to_come", "wider_plan", "time_named", "gives_time", "asked_share", "on_asked",
    "rest_share", "said_for", "ahead", "asks_when", "asks_figures", "closed", "first", "last",
    "sentences", "words",
)  # fmt: skip


def sentence_reading(
    ctx: PairContext, segment: AnswerSegment, analysis: AnswerAnalysis, sentence: Cue
) -> dict:
    """What the sentence-level decision of ``holding`` reads of ``sentence`` (of ``analysis``, the
    analysis of ``segment``, one of the unit's serving segments) beside the unit's question
    (``SENTENCE_FEATURES``): the cue classifier's probabilities on it, the rule's own tests on it
    (a standing practice, a data lag, work under way, a past tense, a future form, a promise, a
    condition, something to come, a wider plan, a time named and whether the question asks when),
    the share of the question's content words it takes up (and the most any other sentence of the
    unit takes up: an answer given beside it), whether it is said for this unit, what the question
    asks (what is to come, when, figures, a yes or no), its place and length."""
    out = {**_plain_reading(ctx, analysis, sentence), **_dear_reading(ctx, segment, analysis, sentence)}
    return {name: float(out[name]) for name in SENTENCE_FEATURES}


def _sentence_place(ctx: PairContext, analysis: AnswerAnalysis, sentence: Cue) -> tuple[int, int]:
    """The place of ``sentence`` among the sentences of the unit's answers, and their number."""
    units = [(a, s) for a in ctx.answers for s in a.sentences]
    k = next((j for j, (a, s) in enumerate(units) if a is analysis and s.start == sentence.start), 0)
    return k, len(units)


def _plain_reading(
    ctx: PairContext, analysis: AnswerAnalysis, sentence: Cue, entry: dict[str, bool] | None = None
) -> dict:
    """The features of ``sentence_reading`` that cost little to read: all but ``DEAR_FEATURES``
    (``entry``: the sentence's ``_entry_reading`` when already read)."""
    question = ctx.pair.question.text
    probs = _cue_probabilities(ctx.doc.settings.cue_model, analysis, sentence)
    k, n = _sentence_place(ctx, analysis, sentence)
    ahead = _asked_in(ctx.doc.language, ctx.doc.settings.lexicon_dir, "question", "asks_ahead")
    when = _asked_in(ctx.doc.language, ctx.doc.settings.lexicon_dir, "cues", "asks_when")
    held = [c for c in analysis.cue("holding") if sentence.start <= c.start < sentence.end]
    return {
        "english": ctx.doc.language == "en",
        **{f"p_{kind}": probs.get(kind, 0.0) for kind in ("deferral", "handover", "pointer", "missing_data")},
        "p_refusal": probs.get("refusal", 0.0),
        "p_general": probs.get("general", 0.0),
        "lexicon_cue": any(not c.learned for c in held),
        "learned_cue": any(c.learned for c in held),
        **(_entry_reading(question, analysis, sentence) if entry is None else entry),
        "to_come": _to_come(analysis, sentence),
        "ahead": ahead is not None and ahead.search(question) is not None,
        "asks_when": when is not None and when.search(question) is not None,
        "asks_figures": ctx.asked.asks_figures,
        "closed": bool(ctx.question.closed),
        "first": k == 0,
        "last": k == n - 1,
        "sentences": math.log1p(n),
        "words": math.log1p(len(text_layer.words(sentence.text))),
    }


# the features of ``sentence_reading`` that cost most to read (the cues of kinds no other test reads
# first, the shares of the asked words), each with the least and the greatest value it can take:
# ``_reaching`` bounds a sentence's probability without them
DEAR_FEATURES = {
    "under_way": (0.0, 1.0),
    "past": (0.0, 1.0),
    "promise": (0.0, 1.0),
    "conditional": (0.0, 1.0),
    "time_named": (0.0, 1.0),
    "asked_share": (0.0, 1.0),
    "on_asked": (0.0, 1.0),
    "rest_share": (0.0, 1.0),
    "said_for": (0.0, 1.0),
}


def _dear_reading(ctx: PairContext, segment: AnswerSegment, analysis: AnswerAnalysis, sentence: Cue) -> dict:
    """The features of ``sentence_reading`` named in ``DEAR_FEATURES``."""
    k, n = _sentence_place(ctx, analysis, sentence)
    shares = _asked_shares(ctx)
    share = shares[k] if len(shares) == n else _asked_share(ctx, sentence.text)
    return {
        "under_way": _beside(analysis, sentence, "under_way"),
        "past": _beside(analysis, sentence, "past_tense"),
        "promise": _promises(analysis, sentence),
        "conditional": _beside(analysis, sentence, "conditionals"),
        "time_named": _beside(analysis, sentence, "time_named"),
        "asked_share": share,
        "on_asked": share > 0,
        "rest_share": max((h for j, h in enumerate(shares) if j != k), default=0.0),
        "said_for": _said_for(ctx, segment, analysis, sentence, _question_words(ctx)),
    }


def _reaching(
    ctx: PairContext,
    segment: AnswerSegment,
    analysis: AnswerAnalysis,
    sentence: Cue,
    model: dict,
    at_least: float,
    entry: dict[str, bool] | None = None,
    readings: dict[tuple[int, int, int], tuple[float, dict]] | None = None,
) -> float | None:
    """The probability ``learned(model, sentence_reading(ctx, segment, analysis, sentence))``, or None
    where it cannot be ``at_least`` or more: told first from the plain features (``_plain_reading``)
    with each of ``DEAR_FEATURES`` at the end of its range that pushes the probability up, the dear
    ones read only where that bound reaches ``at_least`` (a decision at ``at_least`` is the one
    reading every sentence whole makes). ``entry``: the sentence's ``_entry_reading`` when the
    caller read it already (to ask ``_may_enter``). ``readings``: where the sentence is read whole, its
    probability and reading (``sentence_reading``'s) are put there by (``id`` of ``analysis``, the
    sentence's start and end)."""
    plain = _plain_reading(ctx, analysis, sentence, entry)
    logit = model["intercept"]
    for name, mean, scale, weight in zip(
        model["features"], model["mean"], model["scale"], model["coef"], strict=True
    ):
        values = (float(plain[name]),) if name in plain else DEAR_FEATURES[name]
        logit += max((v - mean) / (scale or 1.0) * weight for v in values)
    # 1e-9: far above any difference of rounding between this sum and ``learned``'s, far below any weight
    if 1.0 / (1.0 + math.exp(-(logit + 1e-9))) < at_least:
        return None
    out = {**plain, **_dear_reading(ctx, segment, analysis, sentence)}
    reading = {name: float(out[name]) for name in SENTENCE_FEATURES}
    chance, _ = learned(model, reading)
    if readings is not None:
        readings[(id(analysis), sentence.start, sentence.end)] = (chance, reading)
    return chance


def _entry_reading(question: str, analysis: AnswerAnalysis, sentence: Cue) -> dict[str, bool]:
    """The readings of ``sentence`` that ``_may_enter`` weighs, read before the others: a future
    form, a standing practice, a data lag, a wider plan, a time given to a "when" question."""
    return {
        "future": _beside(analysis, sentence, "future"),
        "standing": _beside(analysis, sentence, "standing") or _usual_practice(analysis, sentence),
        "data_lag": _beside(analysis, sentence, "data_lag"),
        "wider_plan": _wider_plan(question, analysis, sentence),
        "gives_time": _gives_the_time(question, analysis, sentence),
    }


def _asked_share(ctx: PairContext, text: str) -> float:
    """The share of the unit's asked words (``_question_words``) that ``text`` takes up."""
    asked = _question_words(ctx)
    return len(matched(said_words(text, ctx), asked, ctx)) / max(1, len(asked))


def _asked_shares(ctx: PairContext) -> list[float]:
    """``_asked_share`` of each sentence of the unit's answers, in order, read once per unit."""
    return ctx.doc.reading(
        "asked_shares",
        ctx.pair.question.n,
        lambda: [_asked_share(ctx, s.text) for a in ctx.answers for s in a.sentences],
    )
