"""Closed questions in form only and void questions on Belgian Chamber answers outside the labelled
sets (helper yesno11): a choice whose first option is marked as the one that mostly holds, a request
for a split put as "Kan u ... een opsplitsing maken", and an answer that says the question does not
apply. Questions and answers from the records named; expected values written out from reading them."""

import pytest

from qa_align.pipeline import score_document
from qa_align.settings import Settings

from .conftest import be_doc, closed_of


@pytest.mark.parametrize(
    "text",
    [
        # be-kamer 192672-192674: which of two groups it mostly is, no yes or no
        "Betreft het vooral werknemers of zelfstandigen?",
        # be-kamer 192066
        "Zijn het vooral grote bedrijven of ook kmo's?",
        # be-kamer 188281
        "Zijn de Belgen eerder optimistisch of pessimistisch ingesteld?",
        # be-kamer 190567, 186549: a split of the figures asked for, a request
        "Kan u hierbij een opsplitsing maken van kinderen geboren in het buitenland en kinderen geboren in Belgie?",
        "Kan u een verdere opdeling maken van deze 60 % tot 70 % naargelang bijvoorbeeld de elementen waarop "
        "deze leugens betrekking hebben?",
    ],
)
def test_nl_closed_in_form_only(text):
    assert closed_of(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # "vooral" and no choice after it: "of" opens the clause the yes or no is asked of
        "Wordt er vooral nagegaan of er klachten zijn ingediend?",
        # "vooral" far from the "of" that joins two things asked of together
        "Worden vooral de gemeenten in het zuiden van het land getroffen door klachten of meldingen?",
        # the split is what is asked to be made possible, of someone else: yes or no
        "Is een opsplitsing per Gewest mogelijk?",
    ],
)
def test_nl_still_closed(text):
    assert closed_of(text) == [text]


def _be_yes_no(question: str, answer: str) -> list[str]:
    return [
        sp.pair.question.n
        for sp in score_document(be_doc(question, answer), Settings(rules=("yes_no_unanswered",)))
        if any(f.name == "yes_no_unanswered" for f in sp.flags)
    ]


def test_nl_a_question_that_does_not_apply_has_no_yes_or_no_to_give():
    # be-kamer 190781 3: asked on a condition ("Indien halal-voedsel ... toegelaten is"), answered
    # "Niet van toepassing": the condition does not hold, the question is void
    question = (
        "1. Welke maaltijden worden aangeboden in de restaurants van uw diensten?"
        "2. Zal het in die instellingen vanaf 2019 nog toegelaten worden om onverdoofd geslacht halal-vlees aan "
        "te bieden?"
    )
    assert (
        _be_yes_no(question, "1. Er worden warme en koude maaltijden aangeboden.2. Niet van toepassing") == []
    )
    # the same question answered with another matter: the yes or no stays open
    assert _be_yes_no(
        question,
        "1. Er worden warme en koude maaltijden aangeboden.2. De menu's worden wekelijks bekendgemaakt.",
    ) == ["2"]


def test_nl_asked_how_far_it_has_come_a_completion_answers():
    # be-kamer 187823 1: asked whether it has come about yet ("inmiddels"), "volledig afgerond" is the yes
    question = (
        "1. Zijn alle overwegen met een belsignaal inmiddels effectief uitgerust met het nieuwe systeem?"
    )
    assert _be_yes_no(question, "1. De uitrol van het nieuwe type van bellen is volledig afgerond.") == []
    # a completion of something else, nothing of what was asked: the yes or no stays open
    assert _be_yes_no(question, "1. De evaluatie van het vorige investeringsplan is afgerond.") == ["1"]


@pytest.mark.parametrize(
    "text",
    [
        # review12: "of" after a participle or a separable verb's particle opens a clause ("whether")
        "Wordt er vooral gecontroleerd of de documenten in orde zijn?",
        "Kijkt de inspectie vooral na of werkgevers de regels naleven?",
        # "eerder" as "previously" marks no first option
        "Werd dit eerder gemeld of besproken?",
    ],
)
def test_nl_a_lead_word_before_a_whether_clause_leaves_it_closed(text):
    assert closed_of(text) == [text]
