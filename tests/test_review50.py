"""review50: faults found in session 48's changes, each test failing on staging48 (d3c41099).

holding48's ``answers._publication_timed`` took any year or time of the deferral's sentence for the time of
the publication it announces, and a publication told in the past for one announced: a deferral ("in due
course") to a question on a publication lost its ``holding``. The time must stand in the clause of the
publication announced, and "was published" announces none. Real answers from ../shared/data/uk-commons, drawn
outside the labelled sets (``scripts/draw_unlabelled.py uk 5051 6000``); the expected flags written by hand:
each answer puts the publication asked off to "in due course", the reading of holding that dev-uk 1844124 sets
("The terms of reference will be published in due course" to whether she will publish a list: holding)."""

import pytest

from qa_align.settings import Settings

from .conftest import flagged, uk_doc

SETTINGS = Settings(rules=("holding",), recycled_across_documents=False)

CASES = [
    # uk-commons 1853176: "2025" is the grant scheme's year, in the clause before the publication's
    pytest.param(
        (
            "To ask the Secretary of State for Environment, Food and Rural Affairs, pursuant to the answer of 29 "
            "October 2025 to question 83891, if she will publish details of grants to the fishing and seafood "
            "sector from 2025, including details of vessels receiving funding and the nature of on-board "
            "improvements."
        ),
        (
            "<p>Defra is committed to ensuring transparency on the use of public funds. In England, details of "
            "grant awards to the fishing and seafood sector are already published on Gov.uk. Publications are "
            "updated regularly and made in line with legal obligations, including data protection and commercial "
            "confidentiality. As we are in the process of awarding grants for Fisheries and Seafood Scheme for "
            "2025, these awards will be published in due course.</p>"
        ),
        id="a_year_of_another_clause_is_not_the_publication_s_time",
    ),
    # uk-commons 1792131: "Spring" names the Spring Statement, beside a publication done ("was published")
    pytest.param(
        (
            "To ask the Secretary of State for Work and Pensions, pursuant to the Answer of 28 March to Question "
            "39845 on Personal Independence Payments: Middlesbrough and Thornaby East, if she will publish that "
            "programme of analysis before bringing forward legislation."
        ),
        (
            "<p>Information on the impacts of the Pathways to Work Green Paper will be published in due course, "
            "and some information was published alongside the Spring Statement. These publications can be found "
            "in ‘Pathways to Work: Reforming Benefits and Support to Get Britain Working Green Paper’.</p><p>A "
            "further programme of analysis to support development of the proposals in the Green Paper will be "
            "developed and undertaken in the coming months.</p>"
        ),
        id="a_publication_told_in_the_past_announces_none",
    ),
]


@pytest.mark.parametrize("question, answer", CASES)
def test_a_publication_put_off_in_due_course_is_still_holding(question, answer):
    assert flagged(uk_doc(question, answer), "holding", SETTINGS) is True
