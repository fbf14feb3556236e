"""figures_missing and breakdown_missing on answers that say none in a negated verb a few words before what is
counted or spent, and on a plain no to an estimate asked. Questions and answers written after real records
(named); each pair beside one that must stay flagged."""

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
    return sorted(f.name for f in sp.flags)


def _be(question: str, answer: str) -> list[str]:
    return sorted(f.name for sp in score_document(be_doc(question, answer), SETTINGS) for f in sp.flags)


# after uk-commons 1812401 and 1665051 (dev-uk18): an open "what estimate ... of the number of" answered "has not
# made an estimate" leaves the figure asked missing (the readers of ../shared/labels flag figures_missing there:
# corpus/gold/README.md, readings23); a closed "whether ... has made an estimate of the number of" answered that
# none was made is a plain no (after uk-commons 1692480, dev-uk6)
VEHICLES = (
    "To ask the Secretary of State for Transport, what estimate she has made of the number of vehicles under "
    "the jurisdiction of her Department coming to their end of life."
)
PACKAGING = (
    "To ask the Secretary of State for Environment, what estimate her Department has made of the lifecycle "
    "greenhouse gas emissions per litre of container from (a) glass bottles, (b) plastic and (c) cans."
)
VICTIMS = (
    "To ask the Secretary of State for the Home Department, whether his Department has made an estimate of the "
    "number of potential victims of slavery supported under the Modern Slavery Victim Care Contract that would "
    "be in scope to have their support removed."
)


def test_no_estimate_made_leaves_the_figure_of_an_open_estimate_missing():
    answer = (
        "The Department has not made a specific estimate of the number of vehicles under its jurisdiction."
    )
    assert _uk(VEHICLES, answer) == ["figures_missing"]


def test_not_estimated_leaves_the_parts_of_an_open_estimate_missing():
    answer = "The Department has not estimated the greenhouse gas emissions of the packaging types mentioned."
    assert "figures_missing" in _uk(PACKAGING, answer)


def test_no_estimate_made_answers_whether_an_estimate_was_made():
    answer = (
        "The Impact Assessment did not produce monetised estimates of the number of individuals who would be in "
        "scope to have their support removed."
    )
    assert _uk(VICTIMS, answer) == []


def test_an_estimate_that_cannot_be_made_is_no_plain_no():
    # "not possible to estimate": the figure cannot be had, it is still missing
    answer = "It is not possible to estimate the number of vehicles under the Department's jurisdiction."
    assert _uk(VEHICLES, answer) == ["figures_missing"]


def test_no_estimate_made_does_not_answer_a_count_asked_without_one():
    question = "To ask the Secretary of State for Transport, how many vehicles under her Department's jurisdiction are leased."
    answer = (
        "The Department has not made a specific estimate of the number of vehicles under its jurisdiction."
    )
    assert _uk(question, answer) == ["figures_missing"]


# after uk-commons 1728656 (dev-uk15): "has not had any positions" names what is counted three words on, and
# "five" repeats the question's own number word
POSITIONS = (
    "To ask the Secretary of State for Scotland, how many positions in his Department included (a) diversity and "
    "(b) equality in their job title in each of the last five years."
)


def test_a_negated_verb_a_few_words_before_what_is_counted_is_a_zero():
    answer = (
        "The Scotland Office has not had any positions that have included (a) diversity or (b) equality in their "
        "job title in any of the last five years."
    )
    assert _uk(POSITIONS, answer) == []


def test_a_negation_of_something_else_is_still_no_zero():
    answer = "The Scotland Office does not comment on job titles in its Department."
    assert "figures_missing" in _uk(POSITIONS, answer)


# after be-kamer 185367 3 (dev-be3): "Er werd niet in een budget voorzien" for "Welk budget": an amount of zero
BUDGET = "Welk budget werd voorzien voor de campagne rond de nieuwe verkeersregels?"


def test_no_budget_in_a_negated_verb_is_an_amount_of_zero():
    assert _be(BUDGET, "Er werd niet in een budget voorzien.") == []


def test_an_amount_that_cannot_be_computed_is_still_missing():
    assert _be(BUDGET, "Het is niet mogelijk de kosten van de campagne te berekenen.") == ["figures_missing"]


# after be-kamer 185385 5 (dev-be12): the end of a page range in a pointer is no figure, so a count asked and
# answered only by the pointer is missing
def test_the_end_of_a_references_range_is_no_figure():
    from qa_align.analyze import find_figures

    assert [f.text for f in find_figures("Zie het verslag, blz. 6-13.", "nl")] == []
    assert [f.text for f in find_figures("See pages 12 to 14 of the report.", "en")] == []
    # a range of figures stays two figures
    assert [f.text for f in find_figures("Er waren 10-12 gevallen.", "nl")] == ["10", "12"]


SMUGGLERS = "Hoeveel mensensmokkelaars werden door hen geintercepteerd?"


def test_a_count_answered_by_a_pointer_with_pages_is_missing():
    answer = (
        "Voor een omstandige uitleg verwijs ik u naar het Integraal Verslag van 25 november 2015 (blz. 6-13)."
    )
    assert _be(SMUGGLERS, answer) == ["figures_missing"]


# review13's cases: what the first version of these readings got wrong


def test_an_estimate_said_not_to_be_possible_is_no_plain_no():
    # "No estimate can be made": the estimate cannot be had, not a decision not to make one
    answer = "No estimate can be made of the number of vehicles under the Department's jurisdiction."
    assert _uk(VEHICLES, answer) == ["figures_missing"]


def test_no_estimate_made_answers_beside_the_questions_own_period_repeated():
    question = (
        "To ask the Secretary of State for Transport, whether she has made an estimate of the number of vehicles "
        "scrapped in each of the last five years."
    )
    answer = (
        "The Department has not made an estimate of the number of vehicles scrapped in the last five years."
    )
    assert _uk(question, answer) == []


def test_a_zero_word_that_ends_the_answer_gives_the_count():
    # "zero" with nothing after it repeats no phrase of the question, though the question has the word
    question = "To ask the Secretary of State for Defence, how many staff in his Department are on zero-hours contracts."
    assert _uk(question, "The number of staff in the Department on such contracts is zero.") == []
    assert _uk(question, "The Department does not hold that information.") == ["figures_missing"]


def test_a_number_after_a_reference_and_to_is_a_figure_unless_it_ends_a_range():
    from qa_align.analyze import find_figures

    def said(text: str, language: str) -> list[str]:
        return [f.text for f in find_figures(text, language)]

    assert said("See pages 12 to 14 of the report.", "en") == []
    assert said("Zie blz. 6-13 van het rapport.", "nl") == []
    assert said("The threshold was raised by regulation 5 to 2,000 households.", "en") == ["2,000"]
    assert said("The share was raised by article 3 to 45 per cent.", "en") == ["45 per cent"]
    assert said("De drempel werd door artikel 3 tot 5.000 euro verhoogd.", "nl") == ["5.000 euro"]
