"""review61: what session 59's changes read that no test held (each test fails with the reading it names reverted).

- ``coverage._claim_clause`` cuts a claim only at a clause opener that stands between two of its years: "Er zijn
  geen gegevens beschikbaar, aangezien de registratie voor 2015 en 2016 nog loopt" says both years are not held
  (the opener comes before them, so the sentence is one claim).
- ``core._opening_claims`` names as evidence only the opening's sentences that name a year said not held, and none
  for a unit whose own answer says so itself (breakdown59's docstring): be-kamer 187503 (dev-be92), its opening
  with a second sentence on another matter, or its answer 1 saying 2016 is not yet available in its own words.
- ``answers.yes_no_gate_reading``'s unit readings the shipped gate weighs (``models/yes-no-gate.md``): the number
  of closed questions, of the first one's content words and of the answer's sentences (each log(1 + n)), a hedge
  cue, numbered segments; counted by hand on a two-unit answer.
- lows59's ``[cues] fiscal_events``: "for the budget", "for the spending review" and "for fiscal events", each the
  only entry that reads its answer (uk-commons 1726442, 1778149, 1856000).
"""

from __future__ import annotations

import math

import pytest

from qa_align import coverage
from qa_align.align import align
from qa_align.pipeline import score_document
from qa_align.rules.answers import yes_no_gate_reading
from qa_align.rules.context import DocContext
from qa_align.settings import Settings

from .conftest import be_doc, uk_doc
from .test_breakdown59 import ANSWERS, FIGURES, OPENING, Q187503
from .test_deflection58 import _deflection_words


def test_an_opener_before_both_years_leaves_the_claim_whole():
    # "aangezien" stands before 2015 and 2016: the claim says neither year is held
    openers = coverage._clause_openers("nl", None)
    claim = "Er zijn geen gegevens beschikbaar, aangezien de registratie voor 2015 en 2016 nog loopt."
    assert coverage._claim_clause(claim, claim.index("geen gegevens"), openers) == claim


def _breakdown(answer: str) -> dict[str, object]:
    doc = be_doc(Q187503, answer, doc_id="187503", date_tabled="2017-02-28")
    return {
        sp.pair.question.n: (f, doc)
        for sp in score_document(doc, FIGURES)
        for f in sp.flags
        if f.name == "breakdown_missing"
    }


def test_an_opening_sentence_that_names_no_year_said_not_held_is_no_evidence():
    # the opening's second sentence speaks of the self-employed, not of 2016: only its first sentence's words
    # stand for the year not held
    other = " De Federale Pensioendienst houdt geen gegevens bij over de aanvragen van zelfstandigen."
    flags = _breakdown(OPENING + other + ANSWERS)
    assert sorted(flags) == ["1", "2"]
    for flag, doc in flags.values():
        said = [e for e in flag.evidence if e.part == "answer"]
        assert [e.text for e in said] == ["niet beschikbaar"]
        assert all(e.start < doc.text.index(other.strip()) for e in said)
        assert "geen gegevens" not in flag.reason


def test_a_unit_that_says_the_year_is_not_held_itself_names_its_own_words():
    own = "De gegevens met betrekking tot het jaar 2016 zijn nog niet beschikbaar. "
    answer = OPENING + ANSWERS.replace("NB: De werklozen", own + "NB: De werklozen")
    flags = _breakdown(answer)
    assert sorted(flags) == ["1", "2"]
    (flag1, doc), (flag2, _) = flags["1"], flags["2"]
    at_own, at_opening = doc.text.index(own), doc.text.index(OPENING)
    said1 = [e for e in flag1.evidence if e.part == "answer"]
    assert said1 and all(at_own <= e.start < at_own + len(own) for e in said1)
    assert "the answer's opening" not in flag1.reason
    # unit 2 says nothing of 2016 itself: the opening's words
    said2 = [e for e in flag2.evidence if e.part == "answer"]
    assert said2 and all(at_opening <= e.start < at_opening + len(OPENING) for e in said2)


def test_the_gate_reads_closed_questions_asked_words_sentences_and_hedges():
    doc = be_doc(
        "Opvangcentra. \n\n 1. Hebben leden van uw kabinet de directeur van het opvangcentrum in Couvin ontmoet? "
        "2. Zal u de subsidie verhogen?",
        "1. Het kabinet heeft contact gehad met alle grote opvangoperatoren. Dat gebeurde in maart. Die gesprekken "
        "verliepen constructief. 2. Dit wordt momenteel onderzocht.",
    )
    settings = Settings(recycled_across_documents=False, yes_no_gate_model="none")
    ctx = DocContext(doc, align(doc, settings), settings)
    assert len(ctx.pairs) == 2
    read = {}
    for i in range(2):
        pc = ctx.context(i)
        (first,) = pc.question.closed
        read[pc.pair.question.n] = yes_no_gate_reading(pc, first).features
    # unit 1: one closed question of six content words (leden, kabinet, directeur, opvangcentrum, Couvin,
    # ontmoet), three answer sentences, no hedge; unit 2: two (subsidie, verhogen), one sentence, a deferral
    expected = {
        "1": {"closed": math.log1p(1), "asked": math.log1p(6), "sentences": math.log1p(3), "hedge": 0.0},
        "2": {"closed": math.log1p(1), "asked": math.log1p(2), "sentences": math.log1p(1), "hedge": 1.0},
    }
    for n, want in expected.items():
        for k, v in want.items():
            assert math.isclose(read[n][k], v), (n, k, read[n][k], v)
        assert read[n]["numbered"] == 1.0 and read[n]["english"] == 0.0


# --- lows59's fiscal events: the entries no test held (each case fails with its entry taken out of [cues]
# fiscal_events: the hand-over cue is read again). Real uk-commons answers, read by the guide's deflection readings:
# a matter left to a fiscal event still to come is a decision put off, no body is handed it
FISCAL_EVENTS = {
    # 1726442 (whole): whether the fund continues is left to the Budget
    "for the budget": (
        "To ask the Secretary of State for Housing, Communities and Local Government, whether the UK Shared Prosperity"
        " Fund will continue after March 2025.",
        "The Government is committed to delivering economic growth across the country and is considering how to best"
        " fund long-term local funding in line with wider fiscal and economic priorities.Post-March 2025 funding is a"
        " decision for the Budget.",
    ),
    # 1778149 (whole): whether the scheme is extended beyond March 2026 is left to the Spending Review
    "for the spending review": (
        "To ask the Secretary of State for Culture, Media and Sport, what recent assessment she has made of the"
        " contribution made by the Listed Places of Worship Grant Scheme to the (a) repair and (b) conservation of such"
        " buildings for the use by (i) current communities and (ii) future generations; and if she will make it her"
        " policy to extend the Scheme beyond 31 March 2025.",
        "<p>Since 2010, the grant scheme has returned nearly \u00a3350 million to listed places of worship across the UK."
        " This has helped protect our listed places of worship and enabled them to continue their work as centres of"
        " worship and community assets.</p><p>The scheme will now run until the end of March 2026. As was the case with"
        " previous Governments, further spending commitments are a matter for the Spending Review.</p><p> </p>",
    ),
    # 1856000 (whole): a levy is tax policy, left to fiscal events
    "for fiscal events": (
        "To ask the Secretary of State for Housing, Communities and Local Government, what discussions he has had with"
        " Cabinet colleagues on the potential merits of devolving powers to Established Mayoral Strategic Authorities"
        " to allow them to introduce overnight accommodation levies.",
        "<p>Tax policy is a matter for fiscal events.</p><p>The Government keeps all tax policy under review.</p>",
    ),
}


@pytest.mark.parametrize("entry", list(FISCAL_EVENTS))
def test_a_matter_left_to_a_fiscal_event_is_no_hand_over(entry):
    assert _deflection_words(*FISCAL_EVENTS[entry]) is None


# --- deflection59's "X is responsible for Y" (``rules.responsibility``): readings no test held. Answers written on
# the model of the module's own examples; Y and the shared words read by hand


def _responsibilities(question: str, answer: str):
    from qa_align.rules import responsibility

    doc = uk_doc(question, answer)
    settings = Settings(recycled_across_documents=False)
    ctx = DocContext(doc, align(doc, settings), settings)
    return responsibility.responsibilities(ctx.context(0))


def test_a_body_that_has_the_responsibility_of_y_is_followed_by_y():
    # "has the responsibility of": Y follows the phrase (``_HAS``), not the body's words before it
    (r,) = _responsibilities(
        "To ask the Secretary of State for Transport, what steps she is taking to improve the maintenance of the A1"
        " road in Northumberland.",
        "<p>National Highways has the responsibility of maintaining the A1 road in Northumberland.</p>",
    )
    assert r.matter.text == "maintaining the A1 road in Northumberland"


def test_y_stops_at_its_clause_end():
    # ", and the Department will ..." opens another clause: Y is what the boards are responsible for
    (r,) = _responsibilities(
        "To ask the Secretary of State for Health and Social Care, what steps he is taking to improve access to dental"
        " services in Cornwall.",
        "<p>Integrated care boards are responsible for commissioning dental services, and the Department will publish"
        " further guidance in the spring.</p>",
    )
    assert r.matter.text == "commissioning dental services"


def test_the_question_frame_words_are_no_matter_shared():
    # "assessment" and "steps" frame the question; Y shares them, but no matter asked by them
    (r,) = _responsibilities(
        "To ask the Secretary of State for Education, what assessment she has made of the steps taken by schools on"
        " attendance.",
        "<p>It is for local authorities to make an assessment of the steps taken.</p>",
    )
    assert r.matter.text == "make an assessment of the steps taken"
    assert not {"assess", "steps"} & set(r.shared)


def test_a_responsibility_the_classifier_reads_no_hand_over_in_hands_nothing_over():
    import dataclasses

    from qa_align.rules import responsibility

    (r,) = _responsibilities(
        "To ask the Secretary of State for Health and Social Care, what steps he is taking to improve access to dental"
        " services in Cornwall.",
        "<p>Integrated care boards are responsible for commissioning dental services, and the Department will publish"
        " further guidance in the spring.</p>",
    )
    assert len(r.shared) >= 2
    assert not responsibility.hands_over(dataclasses.replace(r, p_handover=0.3), 2, 0.5)
    assert responsibility.hands_over(dataclasses.replace(r, p_handover=0.7), 2, 0.5)
    assert responsibility.hands_over(
        dataclasses.replace(r, p_handover=None), 2, 0.5
    )  # without the classifier


# the responsibility reading passes the hand-over tests too: a matter left to a fiscal event is no body even where
# its Y shares the words asked (written on uk-commons 1726442's model: whether the UK Shared Prosperity Fund continues
# after March 2025, left to the Budget or the Spending Review; before review61, "is a decision for" and "a matter for"
# of ``responsibility_before`` flagged them with their Y "Future funding for the UK Shared Prosperity Fund")
FUND_Q = FISCAL_EVENTS["for the budget"][0]


@pytest.mark.parametrize(
    "answer",
    [
        "Future funding for the UK Shared Prosperity Fund is a decision for the Budget.",
        "Funding for the UK Shared Prosperity Fund after March 2025 will be a matter for the Spending Review.",
        "Decisions on the UK Shared Prosperity Fund beyond March 2025 are a matter for the next Spending Review.",
    ],
)
def test_a_responsibility_left_to_a_fiscal_event_is_no_hand_over(answer):
    assert _deflection_words(FUND_Q, answer) is None


def test_a_responsibility_with_a_body_still_hands_over():
    # the same Y with a body in place of the event: a hand-over
    answer = "The Shared Prosperity Fund after March 2025 is a matter for the devolved administrations in their areas."
    assert _deflection_words(FUND_Q, answer) == ["is a matter for"]
