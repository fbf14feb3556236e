"""figures_missing and breakdown_missing on counts said to be none in a negated verb of the count's own clause,
on counts asked "in voorkomend geval", "Hoe groot is de kans / het risico", "het prijskaartje" and "the annual
cost". Questions as they stand in the records named; answers their sentences that bear on the count (others left
out), one contrast written after a be-kamer question."""

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


# be-kamer 191105 1 (the WannaCry series; dev 191118 1, dev-be9 191112 1 labelled so): the damage is asked
# "in voorkomend geval", on a yes to the question before it, and the answer says no
WANNACRY = (
    "Werd uw administratie door die aanval getroffen? Hoeveel schade werd er in voorkomend geval berokkend?"
)


def test_a_count_asked_in_voorkomend_geval_after_a_question_is_asked_on_a_yes():
    answer = "De FOD Kanselarij van de Eerste Minister werd niet geraakt door deze aanval."
    assert _be(WANNACRY, answer) == []


def test_in_voorkomend_geval_with_no_question_before_it_asks_the_count():
    # dev-be20 185821 4: "where there are any", the count of investigations asked all the same
    question = "het aantal tuchtonderzoeken dat in voorkomend geval door de tuchtrechtelijk bevoegde instanties opgestart is;"
    answer = (
        "De gegevensbank van het College van procureurs-generaal bevat geen gegevens over de reden tot vrijlating "
        "van aangehouden verdachten. Er kunnen hierover dus geen cijfergegevens worden aangereikt."
    )
    assert _be(question, answer) == ["figures_missing"]


def test_a_count_asked_on_a_yes_said_not_held_in_data_words_is_asked():
    # be-kamer 189842 1: the yes is left implicit, the figures of how often are said not to be held
    question = (
        "Komt het voor dat die link verloren gaat, waardoor kits mogelijk doelloos bewaard worden, en zo ja, hoe "
        "vaak is dit al gebeurd (in absolute en/of relatieve termen)?"
    )
    answer = "Deze gegevens zijn niet beschikbaar bij de politie. Inlichtingen moeten gevraagd worden bij de parketten."
    assert _be(question, answer) == ["figures_missing"]


# dev-uk25 1847577: the annual cost asked, the answer names three companies and where the cost is published
def test_the_annual_cost_asks_an_amount():
    question = (
        "To ask the Secretary of State for Transport, pursuant to the Answer of 17 October 2025 to Question 77156 "
        "on Rolling Stock: Leasing, whether any of the train operating companies transferred into public ownership "
        "since July 2024 have seen rolling stock leasing arrangements novated unchanged to the new public sector "
        "operator; and what the total annual cost to the public purse is of those unchanged existing agreements."
    )
    answer = (
        "The services of three train operating companies have transferred into public ownership since July 2024, "
        "South Western Railway, c2c and Greater Anglia. The leasing arrangements for both c2c and Greater Anglia "
        "were novated on their existing terms. The annual cost of rolling stock to operators is published on an "
        "annual basis by the Office for Rail and Road."
    )
    assert _uk(question, answer) == ["figures_missing"]


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
