"""breakdown_missing (breakdown50). An estimate asked in words no count cue reads ("if he will make a comparative
estimate of the potential impact of ... on the price of electricity in (a) Northern Ireland and (b) Great Britain",
``[coverage] part_estimates``) asks figures as a count does before lettered parts in its clause: the parts are
categories of that figure, and an answer that gives none of them leaves them missing (``coverage._parts_of_count``;
corpus/gold/README.readings.md, "Lettered categories of one count or amount ... with a letter given no figure:
partial + breakdown_missing"). Parts that open with a measure ("the (a) cost of and (b) completion date for") are
measures of one thing, each a figure of its own (the readers' "Lettered measures of one item", figures_missing, no
breakdown_missing); and a plain no to a closed "whether ... has made an estimate" answers the parts as it answers a
count (``coverage.estimates_asked``, ``coverage.estimate_not_made``). Texts are the uk-commons records' own: dev-uk61
1850224 and dev-uk19 1761776, flagged breakdown_missing by their readers; 1689282, 1682523 and 1755313, not
labelled, read in the outside audit. The first two fail on e49f3f7; the last two are guards that pass on both."""

from __future__ import annotations

from qa_align.pipeline import score_document
from qa_align.settings import Settings

from .conftest import uk_doc

SETTINGS = Settings(rules=("figures_missing", "breakdown_missing"), recycled_across_documents=False)


def _flags(question: str, answer: str, doc_id: int) -> dict[str, str]:
    (sp,) = score_document(uk_doc(question, answer, doc_id=doc_id), SETTINGS)
    return {f.name: f.reason for f in sp.flags}


# dev-uk61 1850224 (its readers: breakdown_missing, cross_reference, figures_missing, yes_no_unanswered)
CBAM = (
    "To ask the Secretary of State for Energy Security and Net Zero, pursuant to the Answer of 28 February 2025 to "
    "Question 31221 on Carbon Emissions: UK Trade with EU, if he will make a comparative estimate of the potential "
    "impact of the Carbon Border Adjustment Mechanism on the price of electricity in (a) Northern Ireland and (b) "
    "Great Britain after 1 January 2026."
)
CBAM_ANSWER = (  # the record's text, its link to Question 31221 left out
    "<p>I refer the Hon. Member to the answer given on 28 February 2025 to Question 31221</p><p> </p><p>The EU’s "
    "Carbon Border Adjustment Mechanism (CBAM) is in an implementation period until January 2026 and applies to "
    "exports of electricity to the EU but not electricity for the UK market. The EU Commission has said that it "
    "intends to finalise the regulation via legislation over 2025. It remains difficult to conduct an accurate "
    "assessment of any potential impacts.</p><p>The UK will continue to engage closely with the EU as it finalises "
    "the CBAM and will continue to raise the need for clarity on the practical implementation of the CBAM for trade "
    "in electricity, given the challenges involved. Alongside this, to support business readiness for the EU CBAM, "
    "the Department for Business and Trade offers a comprehensive support package through business.gov.uk, "
    "signposting to relevant European Commission resources.</p>"
)

# dev-uk19 1761776 (its readers: breakdown_missing, figures_missing, holding, yes_no_unanswered)
CHAGOS = (
    "To ask the Secretary of State for Foreign, Commonwealth and Development Affairs, if he will make an estimate of "
    "the projected financial commitments within the revised agreement with Mauritius on the Chagos Islands including "
    "adjustments for (a) inflation and (b) exchange rate fluctuations."
)
CHAGOS_ANSWER = (
    "<p>Once the treaty is signed it will be put before both Houses for scrutiny before ratification in the usual "
    "way.</p>"
)


def test_parts_of_a_comparative_estimate_with_no_figure():
    flags = _flags(CBAM, CBAM_ANSWER, 1850224)
    assert "breakdown_missing" in flags
    assert "part (a): no answer" in flags["breakdown_missing"]
    assert "part (b): no answer" in flags["breakdown_missing"]


def test_parts_of_an_estimate_with_no_count_word():
    flags = _flags(CHAGOS, CHAGOS_ANSWER, 1761776)
    assert "breakdown_missing" in flags
    assert "part (a)" in flags["breakdown_missing"]


def test_parts_that_name_measures_are_no_categories():
    # uk-commons 1682523 (not labelled): a cost and a date, two figures of one station, no split of either
    question = (
        "To ask the Secretary of State for Transport, with reference to the policy paper entitled Network North, "
        "published on 4 October 2023, what recent estimate he has made of the (a) cost of and (b) completion date "
        "for the proposed development of the new station located in Tavistock connecting to Plymouth."
    )
    answer = (
        "<p>A Strategic Outline Business Case (SOBC) for this project has been completed by Devon County Council, "
        "with funding from the Restoring Your Railway Ideas Fund. Work is underway with industry partners to develop "
        "a proposal for the next stage of works, leading up to Single Option Selection and the development of an "
        "Outline Business Case. HS2 savings have been set aside to fund development and delivery of the scheme. More "
        "detail on cost and completion date will be included as part of the Outline Business Case.</p>"
    )
    assert "breakdown_missing" not in _flags(question, answer, 1682523)


def test_estimate_said_not_made_answers_its_parts():
    # uk-commons 1755313 (not labelled): "whether he has made an estimate", answered that none was made (the record's
    # text, its last sentence left out)
    question = (
        "To ask the Secretary of State for Health and Social Care, whether he has made an estimate of the potential "
        "(a) savings to the NHS, (b) impact on waiting times and (c) impact on the workload of GPs of proposals to "
        "pay GPs £20 per request for undertaking advice and guidance with hospital specialists."
    )
    answer = (
        "<p>Advice and Guidance services enhance two-way communication between clinicians in primary and secondary "
        "care, with a view to ensuring patients receive the right care, in the right clinical setting. The Elective "
        "Reform Plan has committed to ensuring general practitioners will receive £20 per Advice and Guidance "
        "request, to recognise the importance of the role that they play in the delivery of this important "
        "service.</p><p>The Government has not made a standalone estimate of the potential savings to the National "
        "Health Service. This is not a new policy. Advice and Guidance has been shown to be successful in reducing "
        "demand on elective care by diverting potential referrals, where specialist advice determines that the most "
        "appropriate setting for care is in primary or community care. Approximately half of Advice and Guidance "
        "requests were diverted in 2023/24.</p>"
    )
    assert "breakdown_missing" not in _flags(question, answer, 1755313)
