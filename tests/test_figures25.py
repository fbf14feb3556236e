"""figures25 (session 27): an amount of money asked without a count word, a word of money right after a
question word ("wat de reele kosten ... bedroegen", "Welke uitgaven werden ... voorzien?", "what the total
budget is"): LABELS.md's "an amount" asked; figures_missing where the answer gives no amount. Each case is a
real question (shortened) and its answer in its own words, or one written after them."""

from __future__ import annotations

import pytest

from qa_align.settings import Settings

from .conftest import be_doc, flags_of, uk_doc

SETTINGS = Settings(rules=("breakdown_missing", "figures_missing"), recycled_across_documents=False)


def _nl_flags(question: str, answer: str) -> list[str]:
    """The flags of a Chamber record of ``question`` and ``answer`` (one unit)."""
    return flags_of(be_doc(question, answer, date_tabled="2017-03-01"), SETTINGS)


def _uk_flags(question: str, answer: str) -> list[str]:
    """The flags of a Commons record of ``question`` and ``answer`` (one unit)."""
    return flags_of(uk_doc(question, answer, doc_id="t", date_tabled="2025-01-10"), SETTINGS)


def test_the_real_costs_asked_after_a_question_word_and_not_given_are_missing():
    # be-kamer 189108 question 3 (dev-be27, figures_missing by its readers)
    flags = _nl_flags(
        "Economische missies.\n\n 1. Kan u meedelen wat de reele kosten bedroegen per missie?",
        "Het Agentschap voor Buitenlandse Handel draagt de kosten van slechts een klein gedeelte van dergelijke "
        "missies. Het is onmogelijk de reele kosten van elke missie op te geven.",
    )
    assert "figures_missing" in flags


def test_the_expenses_asked_with_welke_and_answered_by_a_pointer_are_missing():
    # be-kamer 188467 question 1 (dev-be20, figures_missing and cross_reference by its readers)
    flags = _nl_flags(
        "Asielcrisis.\n\n 1. Welke uitgavenposten hebben betrekking op asiel en migratie en welke uitgaven werden "
        "daarvoor in de initiele begroting voorzien?",
        "Voor deze vraag verwijzen wij graag naar het antwoord van de minister van Begroting (vraag nr. 242 van 3 "
        "januari 2018).",
    )
    assert "figures_missing" in flags


def test_the_total_amount_asked_and_given_in_euro_is_not_missing():
    flags = _nl_flags(
        "Pensioenen.\n\n 1. Voor welk totaal bedrag werden in 2016 pensioenen uitbetaald aan gerechtigden in het "
        "buitenland?",
        "De Federale Pensioendienst betaalde in 2016 in totaal 34.665.508,13 euro bruto aan pensioenen aan "
        "gerechtigden die in het buitenland verblijven.",
    )
    assert "figures_missing" not in flags


@pytest.mark.parametrize(
    "question",
    [
        # a noun of its own after the question word: the budget line asked, not an amount
        "Op welke begrotingspost wordt dit bedrag aangerekend?",
        # "wat betreft": regarding, no question word asking the costs
        "Wat betreft de kosten: zal de regering haar beleid bijsturen?",
        # "middelen" is means as often as money
        "Welke middelen zet u in om de radicalisering tegen te gaan?",
    ],
)
def test_a_word_of_money_not_asked_by_the_question_word_asks_no_amount(question):
    flags = _nl_flags(
        f"Begroting.\n\n 1. {question}",
        "De regering werkt aan een oplossing in overleg met de betrokken diensten.",
    )
    assert "figures_missing" not in flags


def test_the_budget_asked_in_english_and_not_given_is_missing():
    # after uk-commons 1731210 (dev-uk39, figures_missing by its readers)
    flags = _uk_flags(
        "To ask the Minister for the Cabinet Office, what the annual budget is for the Government Car Service.",
        "The Government Car Service offers vehicles to government departments as a shared resource. Each "
        "department independently determines the allocation of its vehicles.",
    )
    assert "figures_missing" in flags


def test_funding_that_areas_would_receive_asks_no_amount():
    # a noun and a verb between the question word and the word of money: which areas are asked, not an amount
    flags = _uk_flags(
        "To ask the Secretary of State for Transport, which areas would receive funding under the third Road "
        "Investment Strategy.",
        "The third Road Investment Strategy sets the level of performance the Government expects to see in "
        "England's motorway and trunk road network.",
    )
    assert "figures_missing" not in flags


@pytest.mark.parametrize(
    "question",
    [
        # a purpose asked (11 uk-commons questions in these words)
        "To ask the Secretary of State for Housing, Communities and Local Government, with reference to her "
        "Department's transparency data entitled spending over £25,000, March 2025, what the spending to Livewire "
        "Consultancy Limited on Research Services was for.",
        # a source asked: a preposition before the question word (uk-commons 1657958, audit of figures25)
        "To ask the Secretary of State for Education, whether her Department will support schools that had to "
        "vacate buildings; and from which budget that support will be met.",
    ],
)
def test_a_purpose_or_a_source_of_money_asks_no_amount(question):
    flags = _uk_flags(
        question,
        "The Department keeps the support it gives to schools under review and will set out further details in "
        "due course.",
    )
    assert "figures_missing" not in flags
