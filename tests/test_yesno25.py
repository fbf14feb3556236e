"""A modal that opens a question sentence is its verb, an adverbial between it and the subject or not
(helper yesno25): "Kunnen op termijn drones de taken van helikopters overnemen?" asks yes or no
(be-kamer 186142 3 in dev-be41, 186144 3 in dev-be36; "Kunnen en mogen instellingen ...?", 190771 1
in dev-be44). And a lettered part's question answered by the same label and a plain reply is settled (helper yesno25):
"a) Neen.b) Ja.c) Geen." says yes to "b) Geldt dit ook voor hun medereizigers?", though the
answer's first word is the label and not the reply. The questions and answers are quoted or adapted
from be-kamer-2017 186166 (outside every labelled set), the verdicts written from reading them."""

import pytest

from qa_align.pipeline import score_document
from qa_align.settings import Settings

from .conftest import be_doc, closed_of


@pytest.mark.parametrize(
    "text",
    [
        "Kunnen op termijn drones de taken van helikopters overnemen?",
        "Kunnen en mogen instellingen die onder uw bevoegdheid ressorteren halal-voedsel aanbieden?",
        "Konden daarbij inbreuken worden vastgesteld?",
    ],
)
def test_a_modal_first_is_the_verb_of_a_closed_question(text):
    assert closed_of(text) == [text]


@pytest.mark.parametrize(
    "text",
    [
        # a request for figures in the form of a yes/no question (request_passives)
        "Kunnen deze cijfers worden opgesplitst volgens nationaliteit?",
        # a count asked after the modal
        "Kan op termijn worden nagegaan hoeveel drones er nodig zijn?",
    ],
)
def test_a_modal_first_still_asks_what_it_asks(text):
    assert closed_of(text) == []


_SETTINGS = Settings(rules=("yes_no_unanswered",), recycled_across_documents=False)


def _flags(question: str, answer: str) -> list[str]:
    (sp,) = score_document(be_doc(question, answer), _SETTINGS)
    return [f.name for f in sp.flags]


_QUESTION = (
    "a) Worden reizende leden van de regering voorzien van een dagvergoeding, en zo ja, hoeveel bedraagt dit? "
    "b) Geldt dit ook voor hun medereizigers? c) Welke reglementering bestaat er ter zake?"
)


def test_the_parts_own_label_and_a_plain_reply_settle_it():
    # be-kamer 186166 3: "b) Ja." is the yes to b)
    assert (
        _flags(
            _QUESTION,
            "Ik verwijs naar mijn antwoord op vraag nr. 952 van 3 februari 2017.a) Neen.b) Ja.c) Geen.",
        )
        == []
    )


def test_a_plain_reply_under_another_label_does_not_settle_it():
    # the "Ja" stands under c), b) is left to a pointer
    question = (
        "a) Hoeveel bedraagt de dagvergoeding van reizende leden van de regering? "
        "b) Geldt dit ook voor hun medereizigers? c) Bestaat er een reglement ter zake?"
    )
    answer = "Ik verwijs naar mijn antwoord op vraag nr. 952 van 3 februari 2017.c) Ja."
    assert _flags(question, answer) == ["yes_no_unanswered"]


def test_a_modal_question_answered_only_by_a_pointer_is_left_open():
    # be-kamer 186142 3 (dev-be41): the readers flag yes_no_unanswered
    question = (
        "Kunnen op termijn drones de taken van helikopters overnemen? Hoe wordt daar rekening mee "
        "gehouden bij het vastleggen van het langetermijn investeringstraject?"
    )
    answer = "Ik verwijs voor het antwoord op deze vraag naar het antwoord gegeven door de minister van Mobiliteit."
    assert "yes_no_unanswered" in _flags(question, answer)
