"""figures_missing on amounts and figures asked in words the count lexicon lacked ("Wat is het totale
bedrag ...?", "Wat was de waarde van ...?", "Beschikt u over cijfers?"), on numbers that count nothing
(a name's "MIG-6", a financial year's "2023-24", a list item's "2."), and on a bare request for an
overview after a question that asks no figure ("Welke punten ...? Graag een volledig overzicht.").
Questions and answers written for these tests after the kind of record named; each pair beside one
that must come out the other way."""

from __future__ import annotations

import pytest

from qa_align.analyze import find_figures
from qa_align.pipeline import score_document
from qa_align.readers.uk_commons import read_record as uk_record
from qa_align.settings import Settings

from .conftest import be_doc

SETTINGS = Settings(rules=("figures_missing",), recycled_across_documents=False)


def _be(question: str, answer: str) -> list[str]:
    return [f.name for sp in score_document(be_doc(question, answer), SETTINGS) for f in sp.flags]


def _uk(question: str, answer: str) -> list[str]:
    (sp,) = score_document(
        uk_record({"id": 1, "questionText": question, "answerText": answer}, "t"), SETTINGS
    )
    return [f.name for f in sp.flags]


# ---------------------------------------------------------------- amounts asked in other words

NO_FIGURE = "Deze vraag behoort tot de bevoegdheid van mijn collega, de minister van Sociale Zaken."


@pytest.mark.parametrize(
    "question",
    [
        "Wat is het totale bedrag van de vergoedingen die voor die opleidingen werden uitbetaald?",
        "Wat was het bedrag van de subsidie die aan de vzw werd toegekend?",
        "Wat was de waarde van de overeenkomst die met de leverancier werd afgesloten?",
        "Wat is de totale kost van de nieuwe website?",
        "Beschikt u over cijfers?",
    ],
)
def test_an_amount_or_figures_asked_in_these_words_is_missing_without_a_figure(question):
    assert _be(question, NO_FIGURE) == ["figures_missing"]


def test_the_amount_given_in_euro_answers_it():
    question = "Wat was de waarde van de overeenkomst die met de leverancier werd afgesloten?"
    answer = "De waarde van de overeenkomst met de leverancier bedroeg 1.250.000 euro."
    assert _be(question, answer) == []


def test_a_figure_without_money_does_not_give_the_amount():
    # "waarde" asks an amount of money: a count of something else is no amount
    question = "Wat was de waarde van de overeenkomst die met de leverancier werd afgesloten?"
    answer = "De overeenkomst met de leverancier werd afgesloten voor 12 jaar en omvat 30 vestigingen."
    assert _be(question, answer) == ["figures_missing"]


def test_figures_asked_of_the_addressee_given_are_not_missing():
    question = "Het aantal inbraken in scholen stijgt. Beschikt u over cijfers?"
    answer = "In 2016 werden 1.245 inbraken in scholen geregistreerd."
    assert _be(question, answer) == []


def test_a_word_that_names_no_figure_asks_none():
    # "Wat is de waardering" is no "wat is de waarde"; "Beschikt u over plannen" no "over cijfers"
    assert _be("Wat is de waardering van de minister voor dit initiatief?", NO_FIGURE) == []
    assert _be("Beschikt u over plannen om dit te veranderen?", NO_FIGURE) == []


# ---------------------------------------------------------------- numbers that count nothing


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("De invoering van het nieuwe platform (MIG-6) werd uitgesteld.", "nl"),
        ("It is published for each financial year up to 2023-24 on gov.uk.", "en"),
        ("Dat is strijdig met de Grondwet. 2. Het aantal belastingplichtigen is nog niet gekend.", "nl"),
        ("2. Het aantal belastingplichtigen is nog niet gekend.", "nl"),
    ],
)
def test_numbers_of_names_financial_years_and_list_items_are_no_figures(text, language):
    assert find_figures(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "figures"),
    [
        ("Er waren er 2. Het is weinig.", "nl", ["2"]),  # a figure at a sentence's end, no item
        ("Aantal: 2. Daarnaast nog 18-24 jaar.", "nl", ["2", "18", "24"]),  # a label's figure, an age band
        ("COVID-19 trof 300 mensen.", "nl", ["300"]),
        ("In 2023 there were 5-10 cases per 100,000 births.", "en", ["5", "10", "100,000"]),
    ],
)
def test_figures_beside_them_stay(text, language, figures):
    assert [f.text for f in find_figures(text, language)] == figures


def test_a_name_number_does_not_give_the_count_asked():
    # after be-kamer 188861: "Hoeveel vertraging" and only "MIG-6" in the answer
    question = "Hoeveel vertraging wordt er verwacht bij de invoering van het nieuwe platform?"
    answer = "De vertraging bij de invoering van het nieuwe platform (MIG-6) wordt door Atrias opgevolgd."
    assert _be(question, answer) == ["figures_missing"]
    given = "De vertraging bij de invoering van het nieuwe platform (MIG-6) bedraagt 6 maanden."
    assert _be(question, given) == []


def test_a_financial_year_tail_does_not_give_the_count_asked():
    # after uk-commons 1766544: a pointer to a published table "up to 2023-24"
    question = (
        "To ask the Secretary of State for Housing, how many additional dwellings were provided from "
        "prior approval applications from October 2022 to September 2024."
    )
    answer = (
        "The Department publishes estimates of additional dwellings delivered through prior approval in "
        "each financial year, up to 2023-24, in its annual release on gov.uk."
    )
    assert _uk(question, answer) == ["figures_missing"]


# ---------------------------------------------------------------- a bare request for an overview

LIST_ANSWER = (
    "De treinbestuurders genieten geen voordelen die specifiek aan hun functie verbonden zijn. Zij ontvangen "
    "wel toelagen voor nachtwerk en een ritvergoeding bij een overnachting buiten hun werkzetel."
)


def test_a_bare_request_for_an_overview_after_a_list_question_asks_no_figure():
    # after be-kamer 186861 3 and 190989 2: "Graag een overzicht." asks the list the question asks
    question = (
        "Van welke extralegale voordelen genieten de treinbestuurders vandaag? Graag een volledig overzicht."
    )
    assert _be(question, LIST_ANSWER) == []


def test_a_request_that_names_amounts_still_asks_them():
    question = (
        "Van welke extralegale voordelen genieten de treinbestuurders vandaag? Graag een overzicht met "
        "vermelding van de bedragen."
    )
    assert _be(question, LIST_ANSWER) == ["figures_missing"]


# ---------------------------------------------------------------- a brief answer of the unit's own


REPATRIATED = "Kan u meedelen hoeveel criminele vreemdelingen vorig jaar naar hun land van herkomst werden gerepatrieerd?"
OPENING = "1. Welke akkoorden werden met de herkomstlanden gesloten?2. "
FIRST = "1. Er werden akkoorden gesloten met Marokko en Tunesie. 2. "


def _second(question: str, answer: str) -> list[str]:
    """The flags of unit 2 of a numbered record: its question after ``OPENING``, its answer after ``FIRST``."""
    scored = score_document(be_doc(OPENING + question, FIRST + answer), SETTINGS)
    return [f.name for sp in scored if sp.pair.question.n == "2" for f in sp.flags]


def test_a_brief_numbered_answer_of_its_own_gives_the_count_in_other_words():
    # after be-kamer 184784 3: "criminele vreemdelingen ... gerepatrieerd" answered "gedetineerden verwijderd"
    assert _second(REPATRIATED, "In 2016 werden 1.595 gedetineerden verwijderd.") == []


def test_an_unnumbered_answer_must_still_name_what_is_counted():
    assert _be(REPATRIATED, "In 2016 werden 1.595 gedetineerden verwijderd.") == ["figures_missing"]


def test_a_long_answer_must_still_name_what_is_counted():
    answer = (
        "Het terugkeerbeleid blijft een prioriteit. De samenwerking met de herkomstlanden werd versterkt. "
        "Er werden akkoorden gesloten met Marokko. In 2016 werden 1.595 gedetineerden verwijderd."
    )
    assert _second(REPATRIATED, answer) == ["figures_missing"]


def test_counts_asked_in_two_sentences_are_not_read_from_a_brief_answer():
    question = (
        "Hoeveel criminele vreemdelingen zitten vandaag in de gevangenis? Hoeveel daarvan werden vorig jaar "
        "naar hun land van herkomst gerepatrieerd?"
    )
    assert _second(question, "In 2016 werden 1.595 gedetineerden verwijderd.") == ["figures_missing"]


def test_a_brief_answer_that_points_elsewhere_gives_no_count():
    answer = "Ik verwijs naar mijn antwoord op vraag nr. 1638 van 3 mei 2017 (Vragen en Antwoorden, nr. 105)."
    assert _second(REPATRIATED, answer) == ["figures_missing"]
