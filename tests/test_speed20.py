"""Readings that several rules ask of a unit, made once per unit with the same results (speed20):
``answered.answered_features`` (the gate and the generic unit model both read them), the readings
of ``rules.context.per_unit`` (``answers._closed_answered``, ``_policy_talk``, ``core._plain_no``,
...), and the unit's own sentences of ``scoring._own`` (counted for the words and for the cue
classifier's readings). Expected values from reading the question and the answer."""

from __future__ import annotations

import math

import pytest

from qa_align import answered, scoring
from qa_align.align import align
from qa_align.pipeline import score_document
from qa_align.readers.uk_commons import read_record as uk_record
from qa_align.rules import DocContext, PairContext, core
from qa_align.rules import answers as answer_rules
from qa_align.settings import Settings

from .test_generic3 import SMALL_BOATS, TALK

# the generic unit model (English units) and the gate on answered units both read the features
RULES = ("generic", "yes_no_unanswered")


def _doc():
    # uk-commons 1800040: "whether she will make an assessment of ..." (closed), answered with two
    # sentences on the Border Security Command's work in general
    return uk_record({"id": 1, "questionText": SMALL_BOATS, "answerText": f"<p>{TALK}</p>"}, "t")


def _context(settings: Settings) -> tuple[DocContext, object]:
    doc = _doc()
    pairs = align(doc, settings)
    (pair,) = pairs
    return DocContext(doc, pairs, settings), pair


@pytest.fixture
def answered_reads(monkeypatch) -> list[str]:
    """The unit numbers ``answered._read_answered_features`` is called for, one entry a call."""
    made = []
    read = answered._read_answered_features

    def counted(ctx):
        made.append(ctx.pair.question.n)
        return read(ctx)

    monkeypatch.setattr(answered, "_read_answered_features", counted)
    return made


def test_the_answered_features_are_read_once_per_unit(answered_reads):
    made = answered_reads
    settings = Settings(rules=RULES, recycled_across_documents=False)
    doc, pair = _context(settings)
    first = answered.answered_features(PairContext(doc, pair))
    second = answered.answered_features(PairContext(doc, pair))  # another rule's context, the same unit
    assert made == [pair.question.n]
    assert first == second and first is not second  # each caller its own copy
    first["english"] = 0.0
    assert answered.answered_features(PairContext(doc, pair))["english"] == 1.0
    # what a reader reads: an English answer of two sentences to a closed question, no table
    assert second["english"] == 1.0
    assert second["closed"] == 1.0
    assert second["sentences"] == math.log1p(2)
    assert second["tables"] == 0.0


def test_a_whole_run_reads_them_once_per_unit(answered_reads):
    made = answered_reads
    score_document(_doc(), Settings(rules=RULES, recycled_across_documents=False))
    assert len(made) == len(set(made)) == 1


def test_a_per_unit_reading_is_made_once_and_given_to_every_rule():
    settings = Settings(rules=RULES, recycled_across_documents=False)
    doc, pair = _context(settings)
    # the answer neither opens with "yes" or "no", nor says an assessment will or will not be made:
    # the closed question is not answered
    assert answer_rules._closed_answered(PairContext(doc, pair)) is False
    assert answer_rules.plain_reply(PairContext(doc, pair)) is False
    # nor void ("Not applicable.") nor an estimate not made: figures would be missing
    assert core._plain_no(PairContext(doc, pair)) is False
    names = {name for name, _ in doc._readings}
    assert {
        "qa_align.rules.answers._closed_answered",
        "qa_align.rules.answers.plain_reply",
        "qa_align.rules.core._plain_no",
    } <= names
    # a list is each caller's own: changing one leaves the kept reading as it was
    talk = answer_rules._policy_talk(PairContext(doc, pair))
    again = answer_rules._policy_talk(PairContext(doc, pair))
    assert talk == again and talk is not again
    talk.append(None)
    assert answer_rules._policy_talk(PairContext(doc, pair)) == again


def test_the_own_sentences_are_kept_for_both_counts():
    settings = Settings(rules=RULES, recycled_across_documents=False)
    doc, pair = _context(settings)
    cache = scoring.document_cache(doc)
    words = scoring.document_unit_counts(doc, cache)
    read = scoring.document_cue_counts(doc, cache)
    # the unit is served by the whole answer: both of its sentences are its own, counted by both
    assert words[0][3] == 2
    assert read[0][0] == 2
    assert len(cache[scoring._OWN]) == 1
    # the same counts as without the kept sentences (the rows stage's way)
    assert scoring.document_unit_counts(doc, {}) == words
    assert scoring.document_cue_counts(doc, {}) == read


def test_each_segment_is_weighed_once_for_recycled_text(monkeypatch):
    from qa_align.readers.be_kamer import read_record as be_record
    from qa_align.rules import recycled

    from .test_recycled import RECORD, SETTINGS

    weighed = []
    plain = recycled.substance

    def counted(segment, analysis, shared_words, settings):
        weighed.append(segment.label)
        return plain(segment, analysis, shared_words, settings)

    monkeypatch.setattr(recycled, "substance", counted)
    repeated = (
        "Het agentschap voert jaarlijks een risicoanalyse uit op alle dossiers van de erkende centra. "
        "Wanneer daarbij tekortkomingen worden vastgesteld, volgt een inspectie ter plaatse binnen de drie "
        "maanden."
    )
    doc = be_record(
        dict(
            RECORD,
            question="Controles. 1. Hoe worden de kinderopvangcentra gecontroleerd? 2. Hoe worden de dagcentra "
            "gecontroleerd?",
            answer=f"1. In 2023 werden 412 centra gecontroleerd. {repeated} 2. {repeated} Voor de dagcentra "
            "gelden daarnaast de regels van het decreet van 2019 over de kwaliteit van de zorg.",
        ),
        "t",
    )
    flagged = {
        sp.pair.question.n: [f for f in sp.flags if f.name == "recycled_text"]
        for sp in score_document(doc, SETTINGS)
    }
    # both answers repeat the two sentences: each unit is flagged, each segment weighed once (not
    # once for its own unit and again for the other's)
    assert [len(flagged["1"]), len(flagged["2"])] == [1, 1]
    assert sorted(weighed) == ["1", "2"]
