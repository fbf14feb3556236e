"""holding on a standing review with a long object (holding35): "keeps X under review" is a standing practice
whatever the length of X ("keeps all aspects of its Official Development Assistance programmes under review", a
gap of seven words, which `[cues] standing` read up to five); a review of the asked matter that is no standing
practice ("The report is now under review, and the Home Office will respond in due course") still defers. Real
answers from ../shared/data; expected flags written by hand from reading them."""

import pytest

from qa_align.settings import Settings

from .conftest import flagged, uk_doc

SETTINGS = Settings(rules=("holding",), recycled_across_documents=False)

# (question, answer, holding expected): each a uk-commons record, its set and reading in the comment
CASES = [
    # uk-commons 1848966 (dev-uk60, labelled generic, no holding: "'under review' a standing phrase"): the
    # FCDO keeping its programmes under review is what it always does, nothing asked put off
    pytest.param(
        "To ask the Secretary of State for Foreign, Commonwealth and Development Affairs, what coordination "
        "mechanisms exist between her Department, the Ministry of Defence and the Home Office to align aid "
        "spending with (a) defence, (b) resilience and (c) counter-malign influence objectives.",
        "<p>The Foreign, Commonwealth and Development Office keeps all aspects of its Official Development "
        "Assistance programmes under review to ensure the maximum impact on our objectives, in consultation "
        "with other government departments and a wide range of other stakeholders.</p>",
        False,
        id="keeping_all_aspects_of_programmes_under_review_is_standing",
    ),
    # uk-commons 1682165 (no labelled set; read for this change): no plans to update the guidance, which the
    # department keeps under review as it always does: a no, nothing put off
    pytest.param(
        "To ask the Secretary of State for Levelling Up, Housing and Communities, pursuant to the Answer of "
        "14 December 2023 to Question 6351 on Local Government: Debt Collection, with reference to increases "
        "in the cost of living, if his Department will take steps to update the guidance entitled Council "
        "tax collection: best practice guidance for local authorities, published on 16 August 2021.",
        "<p>While the Department keeps the guidance on council tax collection under review, there are "
        "currently no plans to update it. The Government expects councils to be sympathetic in their "
        "approach to collecting council tax, and it is open to them to adopt alternative approaches where "
        "they consider it appropriate.</p>",
        False,
        id="keeping_the_guidance_under_review_with_no_plans_is_standing",
    ),
    # uk-commons 1818331 (dev-uk25, labelled holding): the report asked about is under review and a response
    # will follow: the assessment put off (passes before and after the change)
    pytest.param(
        "To ask the Secretary of State for the Home Department, in reference to the Migration Advisory "
        "Committee report published on 10 June 2025, what assessment she has  made of the potential merits "
        "of (a) revising and (b) lowering the family visa financial requirements.",
        "<p>On 10 June the Migration Advisory Committee (MAC) published their independent review of the "
        "financial requirements across the family routes. The report is now under review, and the Home "
        "Office will respond in due course.</p>",
        True,
        id="a_report_under_review_with_a_response_to_come_is_holding",
    ),
]


@pytest.mark.parametrize("question, answer, expected", CASES)
def test_holding(question, answer, expected):
    assert flagged(uk_doc(question, answer), "holding", SETTINGS) is expected
