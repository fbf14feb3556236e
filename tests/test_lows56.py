"""lows56: review57's lows (session 55) and Dask's logging. Expected readings written by hand.

- (low 1) ``coverage.claim_names_unit`` took the words of how data are kept ("format", "requested", "published",
  "available") for words of the unit: a unit asking "in an accessible format" or "what data is available" kept the
  flag beside "This data is not regularly published or held in an easily accessible format" and an annex that
  holds the information asked (``core._annex_holds_request``). Such words are now ``[coverage] keeping_words``.
- (low 2) ``answers._takes_step_of`` took a noun in "ge" ending in "-en" right after an article ("de gevolgen",
  "de gemeenten", "de gebouwen") for a participle, so "Zijn de gevolgen ... duidelijk?" read as a step asked and a
  step said on another matter ("Over de gevolgen werd vorige maand overlegd") settled it. Such a word is now a
  noun (``[question] noun_determiners``), and a strong participle in "-aan" ("gedaan") is one.
- (low 3) ``_takes_position``'s opening counts per segment, and rightly: a unit has several segments only where
  the answer is numbered (27 of 9,771 units of the development sets, all numbered; an unnumbered answer's
  paragraphs go to the units as one group each, ``align.split_by_content``), and each numbered segment opens a
  reply of its own (a guard).
- ``engine.cluster_logs`` set Dask's loggers for the rest of the process: now for its own ``with`` block, and the
  command line (``score --engine dask``) sets them for its own call only.

The tests marked so fail on f231a705 (this file run against a ``git archive f231a705`` copy); the guards pass on
both."""

from __future__ import annotations

import logging

import pytest

from qa_align import coverage
from qa_align.pipeline import score_document
from qa_align.settings import Settings

from . import test_breakdown55
from .conftest import be_doc, flags_by_unit, uk_doc

# --- low 1: the words of how data are kept are no word of the unit -------------------------------------------

CLAIM_EN = "This data is not regularly published or held in an easily accessible format."


def _unit(question: str):
    (unit,) = uk_doc(question, "<p>Answer.</p>").question.units
    return unit


def _unit_be(question: str):
    (unit,) = be_doc(question, "Antwoord.").question.units
    return unit


def test_unit_asking_a_format_shares_no_word_with_a_claim_on_how_data_are_kept():  # fails on f231a705
    unit = _unit("To ask the Secretary of State for Justice, how many offenders were recalled to prison in 2023, "
                 "in the format requested in PQ 1234.")  # fmt: skip
    assert not coverage.claim_names_unit(CLAIM_EN, unit, "en")


def test_unit_asking_what_data_is_available_shares_no_word_with_the_claim():  # fails on f231a705
    unit = _unit("To ask the Secretary of State for Health, what data is available on waiting times for hip "
                 "replacements.")  # fmt: skip
    assert not coverage.claim_names_unit("This information is not centrally available.", unit, "en")


def test_dutch_unit_asking_the_available_figures_shares_no_word_with_the_claim():  # fails on f231a705
    unit = _unit_be("Welke cijfers zijn beschikbaar over het aantal inbraken in woningen in 2016?")
    claim = "Deze gegevens zijn niet beschikbaar in een gemakkelijk toegankelijke vorm."
    assert not coverage.claim_names_unit(claim, unit, "nl")


def test_claim_naming_what_the_unit_asks_still_names_it():  # guard
    unit = _unit("To ask the Secretary of State for Health, how many (a) dentists, (b) GPs and (c) pharmacists "
                 "there were in each year since 2015.")  # fmt: skip
    assert coverage.claim_names_unit(
        "Information on pharmacists is not held in the format requested.", unit, "en"
    )


# uk-commons 1875980's annex and claim (test_breakdown55), the unit asking also for a format
QUESTION = test_breakdown55.QUESTION.removesuffix(".") + ", in an accessible format."
ANNEX = test_breakdown55.ANNEX
CLAIM = test_breakdown55.CLAIM


def test_annex_beside_a_claim_on_how_data_are_kept_gives_a_unit_asking_a_format():  # fails on f231a705
    settings = Settings(rules=("figures_missing", "breakdown_missing"), recycled_across_documents=False)
    (pair,) = score_document(uk_doc(QUESTION, ANNEX + CLAIM, doc_id=1875980), settings)
    assert not {f.name for f in pair.flags} & {"figures_missing", "breakdown_missing"}


# --- low 2: a word in "ge" after an article is a noun, no participle ------------------------------------------

YES_NO = Settings(rules=("yes_no_unanswered",), recycled_across_documents=False, answered_model="none")
FILLER = "Ik dank u voor uw vraag. Het dossier volgt de gewone procedure. "


def _be(question: str, answer: str) -> list[str]:
    return flags_by_unit(be_doc(question, answer, doc_id="l56"), YES_NO)["1"]


def test_state_asked_of_the_consequences_is_not_settled_by_a_step_on_them():  # fails on f231a705
    question = "Zijn de gevolgen van de hervorming voor de gemeenten duidelijk?"
    assert "yes_no_unanswered" in _be(question, FILLER + "Over de gevolgen werd vorige maand overlegd.")


def test_state_asked_of_the_municipalities_is_not_settled_by_a_step_with_them():  # fails on f231a705
    question = "Zijn de gevolgen van de hervorming voor de gemeenten duidelijk?"
    assert "yes_no_unanswered" in _be(question, FILLER + "Met de gemeenten werd vorige maand overlegd.")


def test_state_asked_of_the_buildings_is_not_settled_by_their_renovation():  # fails on f231a705
    question = "Zijn de gebouwen van de federale overheid in Brussel toegankelijk voor rolstoelgebruikers?"
    assert "yes_no_unanswered" in _be(question, FILLER + "De gebouwen werden in 2019 gerenoveerd.")


def test_step_asked_in_a_strong_participle_in_aan_is_settled_by_the_step():  # fails on f231a705
    # "gedaan" had no participle's form in "ge" (no "-d", "-t", "-en"): the question read as a state asked
    question = "Is hier al onderzoek naar gedaan door de administratie?"
    assert "yes_no_unanswered" not in _be(question, FILLER + "Dit werd vorig jaar onderzocht.")


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # review57's case: a participle of a prefix after a noun in "-e" is still the step asked
        (
            "Is het voorstel van de Europese Commissie besproken op de ministerraad?",
            "Dit werd vorige week besproken.",
        ),
        (
            "Zijn de gevolgen van de hervorming voor de gemeenten onderzocht?",
            "Dit werd vorige maand onderzocht.",
        ),
        ("Zijn de genomen maatregelen geëvalueerd?", "De maatregelen werden vorig jaar geëvalueerd."),
        # "gevolgen" a noun after "de", the step asked in "gedaan" (be-kamer 187384's question)
        (
            "Is er onderzoek gedaan naar de gevolgen van de ophokplicht op de sterftecijfers?",
            "Dit werd vorig jaar onderzocht.",
        ),
    ],
)
def test_step_asked_beside_nouns_in_ge_is_still_settled_by_the_step(question, answer):  # guard
    assert "yes_no_unanswered" not in _be(question, FILLER + answer)


# --- low 3: the opening of a numbered segment is its own ------------------------------------------------------


def test_numbered_reply_after_a_grouped_segment_opens_with_its_own_no():  # guard
    # unit 2 is served by the grouped "1 en 2." (three of its sentences) and by its own "2.", whose first sentence
    # is the no: the opening of that reply (be-kamer 184503 3, 192725 3 are so); counted over the unit's answer,
    # "Neen" stood past the opening and the unit was flagged (tried in lows56, left)
    question = (
        "1. Hoeveel scholen namen in 2016 deel aan de meetcampagne? "
        "2. Kreeg het parlement de studie over de luchtkwaliteit in de scholen?"
    )
    answer = (
        "1 en 2. Het agentschap volgt dit dossier van nabij op. In 2016 namen 45 scholen deel aan de meetcampagne. "
        "Ook de ventilatie werd gemeten. De resultaten worden nu verwerkt.\n"
        "2. Neen, de studie wordt eerst aangevuld."
    )
    doc = be_doc(question, answer, doc_id="l56n")
    assert flags_by_unit(doc, YES_NO)["2"] == []


# --- Dask's loggers, for one call ------------------------------------------------------------------------------

DASK_LOGGERS = ("distributed", "distributed.scheduler", "distributed.worker", "distributed.nanny")


@pytest.fixture
def dask_loggers():
    """Dask's loggers at a level of the caller's own (CRITICAL), set back as they were after the test."""
    pytest.importorskip("distributed")
    loggers = [logging.getLogger(n) for n in DASK_LOGGERS]
    saved = [x.level for x in loggers]
    for x in loggers:
        x.setLevel(logging.CRITICAL)
    yield loggers
    for x, level in zip(loggers, saved):
        x.setLevel(level)


def test_cluster_logs_sets_dask_loggers_for_its_own_block_two_calls(dask_loggers):  # fails on f231a705
    from qa_align.engine import cluster_logs

    with cluster_logs(logging.INFO):
        assert [x.level for x in dask_loggers] == [logging.INFO] * 4
    assert [x.level for x in dask_loggers] == [logging.CRITICAL] * 4
    with cluster_logs(logging.WARNING):  # the nanny's exit warning told only from INFO on
        assert [x.level for x in dask_loggers] == [logging.WARNING] * 3 + [logging.ERROR]
    assert [x.level for x in dask_loggers] == [logging.CRITICAL] * 4


def test_score_with_dask_sets_its_loggers_for_its_own_call(
    dask_loggers, monkeypatch, tmp_path
):  # fails on f231a705
    # two commands in one process (a test, a notebook): the first with -v, the second without; the engine is a fake
    # that records the levels while the command reads its results
    from qa_align import cli, engine

    seen = []

    def fake_scored(*args, **kwargs):
        seen.append([x.level for x in dask_loggers])
        yield from ()

    monkeypatch.setattr(engine, "iter_scored", fake_scored)
    (tmp_path / "in").mkdir()
    cli.main(["-v", "score", str(tmp_path / "in"), "--engine", "dask", "-q", "-o", str(tmp_path / "a.csv")])
    after_first = [x.level for x in dask_loggers]
    cli.main(["score", str(tmp_path / "in"), "--engine", "dask", "-q", "-o", str(tmp_path / "b.csv")])
    assert seen == [[logging.INFO] * 4, [logging.WARNING] * 3 + [logging.ERROR]]
    assert after_first == [logging.CRITICAL] * 4
    assert [x.level for x in dask_loggers] == [logging.CRITICAL] * 4
