"""Review of session 21's merged change (review21): the years a count question names
(``coverage.count_years``, figures20) and the years a text names (``coverage._years``, read by
``Given.years``). A year after "in" that closes a clause opened by "since" is the year of the event
the count runs from, not the year counted; four digits of a longer number ("Question 194793") are
no year. Sentences as they stand in the uk-commons records named (unlabelled), the expected years
written out from reading them."""

from __future__ import annotations

from qa_align import coverage
from qa_align.analyze import analyze_question
from qa_align.types import Question


def _count_years(text: str, language: str = "en") -> tuple[int, ...]:
    unit = Question(text=text, start=0, end=len(text), n="1")
    analysis = analyze_question(unit, language)
    return coverage.count_years(coverage.asked(unit, analysis, language), analysis, language)


def test_the_year_of_the_event_a_count_runs_since_is_no_year_counted():
    # uk-commons 1828826: the applications are counted from the fall of Kabul on, every year since 2021;
    # figures of 2022 or 2023 are of the span asked, not "other years" than one asked
    question = (
        "To ask the Secretary of State for the Home Department, how many applications from Afghan women who "
        "have been denied asylum status at initial decision since the fall of Kabul in 2021 have subsequently "
        "(a) appealed that decision and (b) had that appeal granted."
    )
    assert _count_years(question) == ()


def test_the_year_a_count_is_of_is_still_read():
    # uk-commons 1724453: the claimants of 2023 are asked, no other year's
    question = (
        "To ask the Secretary of State for Work and Pensions, how many people in Melton Borough claimed "
        "pension credit in 2023."
    )
    assert _count_years(question) == (2023,)


def test_a_question_number_names_no_year():
    # a question's number is no year: "Question 194793" names 2023 (the answer's date) and no 1947; the figures
    # read beside it are of no year that number names (``coverage.Given.years``, read by figures_missing's
    # "figures of other years only")
    sentence = (
        "To ask the Secretary of State for Defence, pursuant to the Answer of 25 July 2023 to Question 194793 on "
        "Ministry of Defence: Correspondence, if he will make a statement to the House once the assessment"
    )
    assert coverage._years(sentence) == {2023}


def test_the_halves_of_a_financial_year_are_still_years():
    # "2021-22" names 2021 and 2022, "2023-2024" both its years
    assert coverage._years("in 2021-22 and in 2023-2024") == {2021, 2022, 2023, 2024}


def test_parts_numbered_in_roman_after_publish_are_parts_asked():
    # uk-commons 1662990: four parts are asked published, "(i) name, (ii) location, (iii) postcode and (iv)
    # parliamentary constituency": one copy deposited would not say which of them it is (``_parts_asked``, yesno20)
    from qa_align.rules.answers import _parts_asked

    question = (
        "To ask the Secretary of State for Education, which (a) maintained nurseries, (b) other early years "
        "education settings, (c) childminders, (d) other childcare providers, (e) primary schools, (f) secondary "
        "schools, (g) sixth-form colleges, (h) further education colleges and (j) universities outside the "
        "Chichester constituency she has visited since 25 October 2022; and if she will publish the (i) name, "
        "(ii) location, (iii) postcode and (iv) parliamentary constituency of each such establishment."
    )
    assert _parts_asked(question, {"publish"})
    # uk-commons 1657723's second clause asks two parts too: "(i) ethnicity and (ii) year-groups"
    assert _parts_asked(
        "and if she will publish a breakdown of the (i) ethnicity and (ii) year-groups", {"publish"}
    )
