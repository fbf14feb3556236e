"""A lettered part's question is read for its yes or no after its label (helper yesno24): "a) Heeft uw
departement kennisgenomen van dat rapport?" puts its verb first once "a)" is left aside. Its yes or no
is read as left open only beside a pointer, a hand-over, missing data or a deferral: an answer that
replies part by part says it in words of its own. The questions are quoted or adapted from be-kamer-2017
records (187936 in dev-be39, 185689 in dev-be2, 190643 in dev-be38), the verdicts written from reading
them."""

import pytest

from qa_align.pipeline import score_document
from qa_align.settings import Settings

from .conftest import be_doc, closed_of


@pytest.mark.parametrize(
    "text",
    [
        "a) Heeft uw departement kennisgenomen van dat rapport?",
        "(b) Bevestigt het die misstanden in de gevangenis?",
        "2) Zal die actie volgend jaar opnieuw worden georganiseerd?",
    ],
)
def test_a_lettered_question_is_closed_after_its_label(text):
    assert closed_of(text) == [text]


def test_a_lettered_part_that_only_continues_the_question_is_no_question_of_its_own():
    # be-kamer 190643 3: "d) werden op vrije voeten gesteld ...?" ends a count's list of categories
    assert closed_of("d) werden op vrije voeten gesteld en ongemoeid gelaten?") == []


def test_a_lettered_part_still_asks_what_it_asks():
    assert closed_of("a) Welke maatregelen werden genomen?") == []


_SETTINGS = Settings(rules=("yes_no_unanswered",), recycled_across_documents=False)


def _flags(question: str, answer: str) -> list[str]:
    (sp,) = score_document(be_doc(question, answer), _SETTINGS)
    return [f.name for f in sp.flags]


def test_a_lettered_question_answered_only_by_a_pointer_is_left_open():
    # be-kamer 187936 (dev-be39): the readers flag yes_no_unanswered
    question = (
        "Amnesty International publiceerde een rapport over de gevangenis van Saydnaya. "
        "a) Heeft uw departement kennisgenomen van dat rapport? "
        "b) Bevestigt het die misstanden in de gevangenis van Saydnaya?"
    )
    answer = "Ik verwijs het geachte lid graag naar mijn antwoord op de gelijkaardige vraag nr. 16482."
    assert _flags(question, answer) == ["yes_no_unanswered"]


def test_a_lettered_question_answered_part_by_part_in_plain_words_is_not_flagged():
    # be-kamer 185689 2 (dev-be2): "Er zijn geen blokkages" is the no the readers read
    question = (
        "a) Hoe ver staat het met de bouw van de nieuwe kazernes? "
        "b) Houden uw regeringspartners bepaalde zaken tegen?"
    )
    answer = "Er zijn geen blokkages. Er is nog wel discussie over de locatie van de kazernes."
    assert _flags(question, answer) == []
