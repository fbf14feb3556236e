"""figures_missing on what the answer gives for the count asked: a claim that the count itself is not
held, numbers that are no figure of the asked thing. Questions and answers written by hand after real
records (named), expected flags read from them by LABELS.md."""

from __future__ import annotations

import pytest

from qa_align.pipeline import score_document
from qa_align.readers.uk_commons import read_record as uk_record
from qa_align.settings import Settings

from .test_rules import _figures_missing_of_one_unit

SETTINGS = Settings(rules=("figures_missing",), recycled_across_documents=False)


def nl_figures_missing(question: str, answer: str) -> bool:
    return "figures_missing" in _figures_missing_of_one_unit(question, answer)


def en_figures_missing(question: str, answer: str) -> bool:
    (sp,) = score_document(
        uk_record({"id": 1, "questionText": question, "answerText": answer}, "t"), SETTINGS
    )
    return any(f.name == "figures_missing" for f in sp.flags)


# ------------------------------------------------------------ a claim that the count is not held


def test_nl_the_count_said_unknown_beside_a_number_of_a_name_is_missing():
    # after be-kamer 189824: "Code 37" names training days, it counts nothing; the count asked per year
    # is said to be unknown in a sentence that names what is counted
    question = (
        "Opleidingen. Kan u voor de laatste vijf jaar, per jaar, aangeven hoeveel mensen een opleiding "
        "gevolgd hebben over de SAS?"
    )
    answer = (
        "Het NICC geeft meermaals per jaar opleidingen over de SAS. De federale politie heeft tevens "
        'verschillende opleidingsdagen "Code 37" georganiseerd. Het aantal deelnemers aan deze opleidingen '
        "is niet gekend."
    )
    assert nl_figures_missing(question, answer)


def test_en_how_much_said_not_possible_beside_last_years_amounts_is_missing():
    # after uk-commons 1660784: next year's spend asked for parts (a) and (b); the answer says how much
    # cannot be said and gives last year's amounts
    question = (
        "To ask the Secretary of State for Foreign Affairs, how much from the Conflict, Security and "
        "Stability Fund his Department will spend on supporting stability in African countries (a) in "
        "conflict and (b) in which conflict is deemed likely in the next year."
    )
    answer = (
        "Allocations for the next financial year of the Conflict, Security and Stability Fund have not yet "
        "been undertaken, so it is not possible to say how much or where it will be spent. The Fund for "
        "FY 23/24 has allocated approximately £109.4 million to the African continent. The Department does "
        "not hold a definition of which countries are in conflict."
    )
    assert en_figures_missing(question, answer)


def test_en_a_total_given_and_only_its_breakdown_not_held_is_no_figures_missing():
    # the claim names the dimension asked ("by region"), not the count: the total answers the count and
    # breakdown_missing weighs the rest
    question = "To ask the Secretary of State for the Home Department, how many arrests there were in 2023 by region."
    answer = "In 2023 there were 12,345 arrests in England and Wales. Data on arrests by region is not held centrally."
    assert not en_figures_missing(question, answer)


# ------------------------------------------------------------ shares where a number of things is asked


@pytest.mark.parametrize(
    ("question", "answer", "expected"),
    [
        # after be-kamer 189001: the immobilisation rate per year, no number of trains
        (
            "Rollend materieel. Hoeveel treinen konden er vorig jaar niet uitrijden?",
            "De cijfers van de immobilisatiegraad:- 2015: 17,4%;- 2016: 15,9%. Ongeveer 5 % hiervan is het "
            "gevolg van revisies.",
            True,
        ),
        # a share asked in the count's sentence: a share gives it
        (
            "Defensie. Hoeveel zal de defensie-inspanning bedragen, in percentage van het bruto binnenlands product?",
            "De defensie-inspanning zal in 2019 ongeveer 0,9 % van het bruto binnenlands product bedragen.",
            False,
        ),
    ],
)
def test_nl_a_number_of_things_answered_with_shares_only(question, answer, expected):
    assert nl_figures_missing(question, answer) is expected


def test_en_a_share_beside_its_total_gives_the_number():
    # after uk-commons 1914725: 55 per cent of 129 cases can be counted
    question = "To ask the Foreign Secretary, how many cases there were where staff were the subject of the complaint."
    answer = "There were 129 such cases in 2025-26, 55 per cent where staff were the subjects of a complaint."
    assert not en_figures_missing(question, answer)


# ------------------------------------------------------------ number words beside a pointer to a published text


def test_en_number_words_about_other_things_beside_a_pointer_are_no_figure():
    # after uk-commons 1731196: the count is left to published statistics; "two exemptions" belong to the law,
    # they count no deportations (the record's "five-year period" is no figure at all since figures22, half of a
    # compound adjective, so it no longer tries the pointer's reading: review23)
    question = (
        "To ask the Secretary of State for the Home Department, how many foreign nationals sentenced to "
        "imprisonment have been deported in each of the last five years."
    )
    answer = (
        "The Home Office publishes statistics on the returns of foreign national offenders by nationality and "
        "year. These returns are published in the Returns Detailed Datasets, which are available at: "
        "Immigration system statistics data tables - GOV.UK. Section 7 of the Immigration Act 1971 provides two "
        "exemptions for Commonwealth and Irish citizens ordinarily resident in the UK before the decision."
    )
    assert en_figures_missing(question, answer)


def test_en_number_words_about_other_things_without_a_pointer_stay_a_figure():
    # the same number words with no pointer: they may speak of the count (too little said to tell)
    question = (
        "To ask the Secretary of State for the Home Department, how many foreign nationals sentenced to "
        "imprisonment have been deported in each of the last five years."
    )
    answer = (
        "Section 7 of the Immigration Act 1971 provides two exemptions for Commonwealth and Irish citizens "
        "ordinarily resident in the UK before the decision."
    )
    assert not en_figures_missing(question, answer)


def test_en_a_number_word_of_what_is_counted_beside_a_pointer_gives_the_count():
    # the number word stands in a sentence that names what is counted: it gives the count, the pointer
    # adds a source
    question = "To ask the Secretary of State for Justice, how many prosecutions for fly-tipping were brought in 2023."
    answer = (
        "Three prosecutions for fly-tipping were brought in 2023. I refer the hon. Member to the answer "
        "I gave on 3 June 2024 to Question 12345."
    )
    assert not en_figures_missing(question, answer)


# ------------------------------------------------------------ a number word within a name


def test_en_net_zero_is_no_figure():
    # after uk-commons 1754095: "net zero" names a target, it counts nothing; no expenditure is given
    question = (
        "To ask the Secretary of State for Energy Security and Net Zero, what the total expenditure was on "
        "achieving net zero targets in each year since 2015."
    )
    answer = (
        "The Office of Budget Responsibility published its analysis of the cost of reaching net zero by 2050. "
        "As the OBR has noted, the costs of failing to get climate change under control would be much larger "
        "than those of bringing emissions down to net zero."
    )
    assert en_figures_missing(question, answer)


def test_en_zero_outside_a_name_stays_a_figure():
    question = "To ask the Secretary of State for Justice, how many prosecutions for fly-tipping were brought in 2023."
    answer = "There were zero prosecutions for fly-tipping brought in 2023 under the net zero waste scheme."
    assert not en_figures_missing(question, answer)
