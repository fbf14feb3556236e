"""figures_missing and breakdown_missing on counts said to be none in a negated verb of the count's own clause,
on a zero word about something else, on "Hoe groot is de kans / het risico" and on "het prijskaartje". Questions
and answers as they stand in the records named (the development sets' units), each beside one that must stay
as it is."""

from __future__ import annotations

from qa_align.pipeline import score_document
from qa_align.readers.uk_commons import read_record as uk_record
from qa_align.settings import Settings

from .conftest import be_doc

SETTINGS = Settings(rules=("figures_missing", "breakdown_missing"), recycled_across_documents=False)


def _uk(question: str, answer: str) -> list[str]:
    (sp,) = score_document(
        uk_record({"id": 1, "questionText": question, "answerText": answer}, "t"), SETTINGS
    )
    return [f.name for f in sp.flags]


def _be(question: str, answer: str) -> list[str]:
    return [f.name for sp in score_document(be_doc(question, answer), SETTINGS) for f in sp.flags]


# dev-be20 189724 12: mopeds are not subject to the inspection, so none were inspected and there is nothing to
# split per maker
MOPEDS = (
    "Hoeveel bromfietsen werden reeds aan een technische keuring onderworpen? Kunt u een opsplitsing maken per "
    "constructeur?"
)


def test_the_counted_verb_negated_is_a_zero():
    assert _be(MOPEDS, "Bromfietsen zijn niet onderworpen aan technische keuring.") == []


# dev-uk10 1761036: "publish" stands before the count cue, it asks for the figures, it is not what is counted
RIGHT_TO_BUY = (
    "To ask the Secretary of State for Housing, Communities and Local Government, pursuant to the Answer of 5 "
    "December 2024 to Question 16195 on Right to Buy Scheme, if she will publish figures for the amount of Right "
    "to Buy receipts retained by local authorities in each individual year since 2009-10."
)


def test_not_publishing_the_amount_is_no_zero():
    answer = (
        "The Department does not publish the amount of Right to Buy receipts retained by local authorities in "
        "each financial year."
    )
    assert "figures_missing" in _uk(RIGHT_TO_BUY, answer)


# dev-uk11 1731196: a rule of who will not be deported says nothing of how many were
DEPORTED = (
    "To ask the Secretary of State for the Home Department, how many and what proportion of foreign nationals "
    "sentenced to a period of imprisonment of at least 12 months have been deported in each of the last five "
    "years."
)


def test_a_negation_after_a_modal_states_a_rule_not_a_zero():
    answer = (
        "Those who can establish that they meet this exemption will not be liable to deportation and so will not "
        "be deported."
    )
    assert "figures_missing" in _uk(DEPORTED, answer)


# dev-be23 191116 2: no system infected says nothing of how many computers run Windows XP
WINDOWS_XP = (
    "Hoeveel computers bij uw administratie hebben er een licentie voor Windows XP, en hoeveel procent van het "
    "computerpark vertegenwoordigen ze?"
)


def test_a_zero_word_of_something_else_gives_no_count():
    assert _be(WINDOWS_XP, "Geen enkel systeem binnen Defensie werd besmet met het WannaCry virus.") == [
        "figures_missing"
    ]


def test_a_zero_word_of_what_is_counted_gives_it():
    # the same zero said of the computers counted: none
    answer = "Geen enkele computer bij de administratie heeft een licentie voor Windows XP."
    assert _be(WINDOWS_XP, answer) == []


# dev-be23 187930 3 and dev-be22 186103 2: how likely something is asks an assessment, no figure
def test_how_large_the_chance_asks_no_figure():
    question = "Hoe groot is de kans dat er onderhandelingen worden opgestart tussen de taliban en de Afghaanse regering?"
    answer = (
        "Zolang deze externe tussenkomst voortduurt, is de kans op duurzame vrede slechts een illusie en zal de "
        "toekomst van het land en zijn populatie onzeker blijven."
    )
    assert _be(question, answer) == []


def test_how_large_the_risk_asks_no_figure():
    question = (
        "Hoe groot is het risico dat het systeem overbelast raakt als alle gedetineerden die voor "
        "invrijheidstelling in aanmerking komen, ook effectief in vrijheid worden gesteld?"
    )
    answer = (
        "Het is uiteraard steeds de strafuitvoeringsrechtbank die beslist of die personen ook moeten voldoen aan "
        "de inhoudelijke vereisten voor een invrijheidstelling."
    )
    assert _be(question, answer) == []


def test_how_large_a_number_still_asks_a_figure():
    # "hoe groot" before what is measured, no chance or risk (be-kamer: "Hoe groot is de doelgroep")
    question = "Hoe groot is de doelgroep van deze campagne?"
    answer = "De campagne richt zich tot alle handelaars."
    assert _be(question, answer) == ["figures_missing"]


# dev-be23 191982 1: the price tag asked, answered with "te vroeg om over ... tarieven ... te spreken"
def test_the_price_tag_asks_an_amount():
    question = "Wanneer kan wifi op alle NMBS-treinen beschikbaar worden? Wat is het prijskaartje?"
    answer = "Het is nu te vroeg om over partenariaten, tarieven, enz. te spreken."
    assert _be(question, answer) == ["figures_missing"]
