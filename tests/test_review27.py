"""review27 (session 27): the amount asked by a word of money right after a question word (figures25,
``coverage._money_asks``) in a hyphenated Dutch compound: "Wat zijn de bruto-uitgaven ...?" asks the gross
expenditure as "Wat zijn de uitgaven" does (be-kamer 185603 asks so, shortened); the hyphen of a compound whose
head is no word of money ("kosten-batenanalyse") still asks none. Expected flags decided by reading."""

from __future__ import annotations

from qa_align.settings import Settings

from .conftest import be_doc, flags_of

SETTINGS = Settings(rules=("breakdown_missing", "figures_missing"), recycled_across_documents=False)


def _nl_flags(question: str, answer: str) -> list[str]:
    """The flag names of a Chamber record of ``question`` and ``answer`` (one unit)."""
    return flags_of(be_doc(question, answer, date_tabled="2017-03-01"), SETTINGS)


def test_gross_expenditure_asked_in_a_hyphenated_compound_and_not_given_is_missing():
    flags = _nl_flags(
        "Geneesmiddelen artikel 81.\n\n 1. Wat zijn de bruto-uitgaven voor de geneesmiddelen onder een "
        "artikel 81-overeenkomst?",
        "Die uitgaven stijgen door de komst van nieuwe, dure behandelingen voor kanker en zeldzame ziekten.",
    )
    assert "figures_missing" in flags


def test_gross_expenditure_asked_in_a_hyphenated_compound_and_given_is_not_missing():
    flags = _nl_flags(
        "Geneesmiddelen artikel 81.\n\n 1. Wat zijn de bruto-uitgaven voor de geneesmiddelen onder een "
        "artikel 81-overeenkomst?",
        "De bruto-uitgaven bedroegen 1.234.567 euro.",
    )
    assert "figures_missing" not in flags


def test_a_cost_benefit_analysis_asks_no_amount():
    flags = _nl_flags(
        "Spoorinvesteringen.\n\n 1. Welke kosten-batenanalyse werd voor het project gemaakt?",
        "Het project wordt momenteel onderzocht door de betrokken diensten.",
    )
    assert "figures_missing" not in flags
