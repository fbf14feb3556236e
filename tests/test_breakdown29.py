"""breakdown29 (session 28): a split asked "for each" of what a noun names in words no dimension lexicon
holds. After a split word that leads into its noun ("in each of his Department's offices", "for each of these
schemes"), the noun past the determiners is the split asked (`coverage._past_determiners`); in a count's
sentence with no split word, "on each occasion", "of each visit" ask the count for each (`[coverage]
each_words`, `each_leads` of en.toml), read where the answer gives no figure. Each case is a real question
(shortened) and its answer in its own words, or one written after them."""

from __future__ import annotations

from qa_align.settings import Settings

from .conftest import flags_of, uk_doc

SETTINGS = Settings(rules=("breakdown_missing", "figures_missing"), recycled_across_documents=False)


def _uk_flags(question: str, answer: str) -> list[str]:
    """The flags of a Commons record of ``question`` and ``answer`` (one unit)."""
    return flags_of(uk_doc(question, answer, doc_id="t", date_tabled="2025-01-10"), SETTINGS)


def test_a_count_asked_in_each_of_his_departments_offices_and_pointed_to_is_missing_per_office():
    # uk-commons 1734885 (dev-uk47: figures_missing and breakdown_missing "for each office")
    flags = _uk_flags(
        "To ask the Secretary of State for Defence, how many and what proportion of desks were occupied in each "
        "of his Department's offices in the most recent four weeks for which figures are available.",
        "Heads of Department have agreed that 60% minimum office attendance for most staff continues to be the "
        "best balance of working for the Civil Service. Office occupancy data for the period July - September "
        "has been published. The data is published here: https://www.gov.uk/government/publications/occupancy",
    )
    assert "breakdown_missing" in flags


def test_a_count_asked_in_each_of_the_offices_and_given_per_office_is_no_gap():
    # written after uk-commons 1734885: the offices each given with their figure
    flags = _uk_flags(
        "To ask the Secretary of State for Defence, how many desks were occupied in each of his Department's "
        "offices in the most recent four weeks for which figures are available.",
        "The average number of desks occupied in the four weeks to 30 September was as follows:\n"
        "- Main Building: 2,140\n- Abbey Wood: 1,875\n- Andover: 640",
    )
    assert "breakdown_missing" not in flags


def test_in_each_of_those_years_asks_no_split_of_its_own():
    # written after uk-commons questions on yearly spending: "those years" is the period asked, no open split
    flags = _uk_flags(
        "To ask the Secretary of State for Transport, how much was spent on road resurfacing in 2022 and 2023; "
        "and how many miles were resurfaced in each of those years.",
        "In 2022 £120 million was spent on road resurfacing and 310 miles were resurfaced. In 2023 £135 million "
        "was spent and 342 miles were resurfaced.",
    )
    assert "breakdown_missing" not in flags


def test_a_count_asked_on_each_occasion_and_not_held_is_missing_per_occasion():
    # uk-commons 1902457 (dev-uk34: breakdown_missing, nothing given per visit)
    flags = _uk_flags(
        "To ask the Secretary of State for Foreign, Commonwealth and Development Affairs, how many officials "
        "travelled on each occasion and at what grade.",
        "The information requested is not held centrally and could only be obtained at disproportionate cost.",
    )
    assert "breakdown_missing" in flags


def test_the_price_of_each_ticket_asks_no_split():
    # written after uk-commons questions on fares: "each" after the verb, no preposition, is the price of one
    flags = _uk_flags(
        "To ask the Secretary of State for Transport, how much each ticket on the new route will cost.",
        "Fares on the new route have not yet been set.",
    )
    assert "breakdown_missing" not in flags


def test_parts_labelled_a_close_paren_after_each_of_are_parts_not_a_split():
    # review29: written after uk-commons questions with lettered parts; "a)" without its opening bracket is a
    # part's label as "(a)" is, so "London" past it names no split of its own, and both parts are answered
    flags = _uk_flags(
        "To ask the Secretary of State for Education, how many staff were employed in each of a) London and b) "
        "Leeds in 2023.",
        "In 2023, (a) 1,240 staff were employed in London and (b) 860 staff were employed in Leeds.",
    )
    assert "breakdown_missing" not in flags
