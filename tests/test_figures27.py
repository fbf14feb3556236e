"""figures_missing (figures27): a claim that figures are not held does not settle the count asked.

A claim that names a lettered part ("by Parliamentary Constituencies isn't currently available") was read as
speaking of the breakdown of figures given, and the count left to breakdown_missing, even where nothing the answer
gives speaks of what is counted (its only figure the "2" of "a maximum of 2 children"): the count is missing
whatever the claim names (LABELS.md: flags are independent; "not held centrally" after "how many ... (a) per
region" is no_information and figures_missing and breakdown_missing). The question and
answer as they stand in the uk-commons record named."""

from __future__ import annotations

from qa_align.settings import Settings

from .conftest import flagged, uk_doc

SETTINGS = Settings(rules=("figures_missing",), recycled_across_documents=False)

# uk-commons 1696830 (outside the labelled sets; read: no number or share of households is given for any nation
# or constituency, and no estimate of the revenue: figures_missing, beside no_information and cross_reference)
TWO_CHILD = (
    "To ask the Secretary of State for Work and Pensions, what estimate he has made of the total revenue accrued "
    "by the Exchequer since the introduction of the two child limit; and how many and what proportion of "
    "households are impacted in (i) England, (ii) Scotland, (iii) Wales, (iv) Northern Ireland and (v) each "
    "parliamentary constituency in the latest period for which data is available."
)
TWO_CHILD_ANSWER = (
    "<p>The latest statistics, which include breakdowns by Region and Local Authority are published here: "
    '<a href="https://www.gov.uk/government/statistics/universal-credit-and-child-tax-credit-claimants-statistics-'
    'related-to-the-policy-to-provide-support-for-a-maximum-of-2-children-april-2023" target="_blank">Universal '
    "Credit and Child Tax Credit claimants: statistics related to the policy to provide support for amaximum of 2 "
    "children, April 2023 - GOV.UK (www.gov.uk)</a></p><p> </p><p>The information requested on savings is not "
    "available.</p><p><strong> </strong></p><p>Statistics related to the policy to provide support for a maximum "
    "of 2 children, by Parliamentary Constituencies isn’t currently available.</p><p><strong> </strong></p>"
)


def test_a_claim_naming_a_part_leaves_a_count_nothing_speaks_of_missing():
    assert flagged(uk_doc(TWO_CHILD, TWO_CHILD_ANSWER, 1696830), "figures_missing", SETTINGS)
