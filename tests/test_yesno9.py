"""Closed questions in form that ask for information (``qa_align.analyze``: the data named as what the
addressee is asked for, a request in the passive, a UK "if she will list ..." clause), and an answer
that says the minister knows what was asked about (``[cues] polarity``). Questions and answers from
the records named; expected values written out from reading them."""

import pytest

from qa_align.analyze import analyze_question
from qa_align.pipeline import score_document
from qa_align.readers.uk_commons import read_record as uk_record
from qa_align.settings import Settings

from .conftest import be_doc, closed_of


@pytest.mark.parametrize(
    "text",
    [
        # be-kamer 185050, 190051: the figures are what the minister is asked for
        "Beschikt u over precieze cijfers met betrekking tot het aantal processen-verbaal van de jongste vijf jaar?",
        "Hebt u cijfers per nationaliteit en per diplomatieke post?",
        # be-kamer 187831, 188001: a request in the passive, nobody named
        "Kunnen deze cijfers worden opgesplitst volgens nationaliteit?",
        "Kan er opgegeven worden voor welk bedrag renovatiewerken in de loop der jaren werden uitgevoerd?",
    ],
)
def test_nl_closed_in_form_but_asks_for_information(text):
    assert closed_of(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # be-kamer 184863: whether figures exist, nobody asked to give them
        "Bestaan er hierover cijfergegevens?",
        # be-kamer 188761: "Kan er ... worden" whose participle is no request
        "Kan er bijstand georganiseerd worden om de plaatselijke besturen te helpen?",
        # the figures after "dat": what is to be confirmed
        "Kunt u bevestigen dat de cijfers van de politie kloppen?",
        # a participle that names the act asked about, not information to be given
        "Kunnen er visa verstrekt worden aan deze personen?",
        # a participle of a request after "of": the clause the yes or no is asked of
        "Kan er worden nagegaan of de gegevens werden meegedeeld aan de gemeenten?",
    ],
)
def test_nl_stillclosed_of(text):
    assert closed_of(text) == [text]


def _enclosed_of(question: str) -> bool:
    doc = uk_record({"id": 1, "questionText": question, "answerText": "<p>Text.</p>"}, "t")
    (sp,) = score_document(doc, Settings(rules=("yes_no_unanswered",)))
    return bool(sp.pair and analyze_question(sp.pair.question, "en").closed)


@pytest.mark.parametrize(
    ("question", "closed"),
    [
        # uk-commons 1875523, 1766283: "if she will outline / list" asks for what it names
        (
            "To ask the Secretary of State for Environment, Food and Rural Affairs, if she will outline the "
            "differences between the Border Control Post requirements in place for (a) exports and (b) imports.",
            False,
        ),
        (
            "To ask the Deputy Prime Minister, if she will list the (a) tenure types and (b) estimated average "
            "grant subsidy per unit of the 2,800 homes.",
            False,
        ),
        (
            "To ask the Secretary of State for Defence, if he will provide a breakdown of the costs by year.",
            False,
        ),
        # a yes or no: to fund, to publish
        (
            "To ask the Secretary of State for Health, if she will provide additional funding to hospices.",
            True,
        ),
        ("To ask the Secretary of State for Justice, if he will publish the review.", True),
    ],
)
def test_en_request_clauses(question, closed):
    assert _enclosed_of(question) is closed


def test_nl_knowing_what_was_asked_about_answers_it():
    # Tweede Kamer 1bb0809b, question 1: "Daar ben ik mee bekend." is the yes
    flags = {
        sp.pair.question.n: {f.name for f in sp.flags}
        for sp in score_document(
            be_doc(
                "Geweld tegen conducteurs.\n\n 1. Bent u bekend met de publicaties in de media waaruit blijkt dat "
                "een conducteur werd mishandeld in Purmerend?",
                "Daar ben ik mee bekend.",
            ),
            Settings(rules=("yes_no_unanswered",)),
        )
    }
    assert "yes_no_unanswered" not in flags["1"]
