"""breakdown_missing (breakdown48). "in each year since 2015" of a question with no date (uk-commons records carry
none) asks the years from 2015 one by one up to a year not known; an answer that names no year gives none of them,
as one that names no year of "each of the last five years" (``coverage._period_gaps``). LABELS.md ("Flags are
independent"): figures said not held after a split asked are figures_missing and breakdown_missing. Texts are the
uk-commons records' own (1845722, dev-uk58, flagged so by its readers; 1877548, not labelled, read in the outside
audit as LABELS.md reads it). The first two fail on 7f136f8; the last two are guards that pass on both ("since
2015" with no words that ask it year by year asks one figure; an answer that names the years gives them)."""

from __future__ import annotations

from qa_align.pipeline import score_document
from qa_align.settings import Settings

from .conftest import uk_doc

SETTINGS = Settings(rules=("figures_missing", "breakdown_missing"), recycled_across_documents=False)


def _flags(question: str, answer: str, doc_id: int) -> dict[str, str]:
    (sp,) = score_document(uk_doc(question, answer, doc_id=doc_id), SETTINGS)
    return {f.name: f.reason for f in sp.flags}


# dev-uk58 1845722 (its readers: breakdown_missing, cross_reference, figures_missing, no_information,
# yes_no_unanswered)
HALAL = (
    "To ask the Secretary of State for Environment, Food and Rural Affairs, what information her Department holds on "
    "the prevalence of non-stun slaughter for Halal meat production in each year since 2015; and whether she has "
    "received representations from relevant stakeholders on animal welfare standards."
)
HALAL_ANSWER = (
    "<p>UK data regarding the number or proportion of animals slaughtered using the halal method without prior "
    "stunning is not collected.</p><p> </p><p>The Food Standards Agency carries out a periodic slaughter sector "
    "survey in England and Wales, which started in 2011. Links to previous slaughter sector surveys are available "
    '<a href="https://www.food.gov.uk/business-guidance/animal-welfare" target="_blank">here</a>.</p><p> </p><p>The '
    "Department has regular engagement with stakeholders on animal welfare standards.</p>"
)

# uk-commons 1877548 (not labelled): no expenditure for any financial year, said not readily available
CREDIT = (
    "To ask the Secretary of State for Work and Pensions, what the estimated total Universal Credit expenditure is "
    "for 16 to 21 year olds who are receiving the UC health element, including the standard allowance and other "
    "elements, and for all ages receiving the health element, for each financial year since 2019/20."
)
CREDIT_ANSWER = (
    "<p>The specific information requested is not readily available and to provide it would incur disproportionate "
    "cost.</p>"
)


def test_each_year_since_answered_with_no_year():
    flags = _flags(HALAL, HALAL_ANSWER, 1845722)
    assert "figures_missing" in flags
    assert "breakdown_missing" in flags
    assert "since 2015" in flags["breakdown_missing"]


def test_each_financial_year_since_said_unavailable():
    flags = _flags(CREDIT, CREDIT_ANSWER, 1877548)
    assert "breakdown_missing" in flags
    assert "since 2019" in flags["breakdown_missing"]


def test_since_without_year_by_year_words_asks_one_figure():
    question = "To ask the Secretary of State for Justice, how many prisoners have been released in error since 2018."
    answer = (
        "<p>This information is not held centrally and could only be obtained at disproportionate cost.</p>"
    )
    flags = _flags(question, answer, 9000002)
    assert "figures_missing" in flags
    assert "breakdown_missing" not in flags


def test_each_year_since_with_the_years_given():
    question = "To ask the Secretary of State for Justice, how many prisoners were released in error in each year since 2021."
    answer = "<p>The number of prisoners released in error was 54 in 2021, 61 in 2022, 115 in 2023 and 262 in 2024.</p>"
    flags = _flags(question, answer, 9000003)
    assert "breakdown_missing" not in flags
