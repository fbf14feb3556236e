"""deflection's "X is responsible for Y" reading (issue 17, deflection59; rules/responsibility.py): a sentence that
places something with another body is a hand-over where Y, what it places there, is the matter asked (respons59's
bullet under `deflection` in corpus/gold/README.readings.md). Texts are real records of ../shared/data (labelled in
the development sets named); the expected flags and the words they rest on are from reading each answer beside its
question, as the readers did."""

import pytest

from qa_align.pipeline import score_document
from qa_align.rules import responsibility
from qa_align.settings import Settings

from .conftest import uk_doc

SETTINGS = Settings(rules=("deflection",), recycled_across_documents=False)

# dev-uk15 1877558 (labelled deflection, respons59): part (ii) asks whether the Department holds audits or quality
# assurance of the medical determinations; the answer places the quality assurance with the NHSBSA
VDPS_Q = (
    "To ask the Secretary of State for Health and Social Care, (i) whether Vaccine Damage Payment Scheme (VDPS) claims"
    " are matched to assessors with condition-specific expertise, (ii) whether the Department for Health and Social"
    " Care holds audits or quality assurance exercises on the accuracy and consistency of medical determinations under"
    " the VDPS since 2021, and (iii) what steps are being taken to ensure the transparency and accountability of the"
    " VDPS medical assessment process."
)
VDPS_A = (
    "<p>Each claim to the Vaccine Damage Payment Scheme (VDPS) is assessed on a case-by-case basis by a medical"
    " assessor. All medical assessors are General Medical Council registered doctors, who have undertaken specialised"
    " training in vaccine damage and disability assessment.</p><p>The NHS Business Services Authority (NHSBSA), as the"
    " administrator of the VDPS, is responsible for managing quality assurance with the medical assessment supplier."
    " Medical assessors write a comprehensive medical assessment report for each claim, explaining how they reached"
    " their decision and what evidence they considered. NHSBSA shares this report with the claimant.</p><p>If a claim"
    " is rejected, the claimant can challenge the medical assessor\u2019s decision by submitting a mandatory reversal"
    " request. The original decision will then be reviewed.</p>"
)
VDPS_SENTENCE = (
    "The NHS Business Services Authority (NHSBSA), as the administrator of the VDPS, is responsible for managing"
    " quality assurance with the medical assessment supplier."
)
# dev-uk15 1843115 (labelled deflection, respons59): the support asked for building and maintenance problems of
# premises; their provision and maintenance "are typically the responsibility of" the GP partners (Y before the phrase)
GP_Q = (
    "To ask the Secretary of State for Health and Social Care, what support is available to GP practices operating"
    " from newly built premises that subsequently experience (a) building and (b) maintenance problems not identified"
    " at the (i) planning and (ii) construction stage."
)
GP_A = (
    "<p>The provision and maintenance of premises are typically the responsibility of general practice (GP) partners,"
    " who are either owner-occupiers or tenants of their surgery buildings. This includes addressing any building or"
    " maintenance issues identified after the planning and construction phases. The National Health Service reimburses"
    " partners for the recurring costs of operating in the property, for instance rent, notional rent, or mortgage"
    " costs, and funds services in the GP Contract.</p>"
)
# dev-uk38 1902233 (labelled without deflection, respons59's guide example): the patients' own costs are asked; the
# sentence places travel support with NHS England and the boards, another matter than the costs
PROTON_Q = (
    "To ask the Secretary of State for Health and Social Care, what estimate his Department has made of the (a)"
    " average and (b) total out of pocket costs incurred by patients and families accessing proton beam therapy,"
    " including travel, accommodation and subsistence, in each of the last five years."
)
PROTON_A = (
    "<p>The Department does not collect data on patients eligible for this treatment, associated out-of-pocket costs,"
    " and the number of individuals who have self-funded their therapy. However, NHS England and integrated care boards"
    " are responsible for commissioning and ensuring the healthcare needs of local communities are met, including"
    " providing support for travel.</p>"
)
# dev-uk90 1660756 (labelled without deflection, respons59: who is competent is itself asked)
TREASURY_Q = (
    "To ask the Chancellor of the Exchequer, which Minister in their Department is responsible for overseeing work on"
    " long-term strategic challenges; and how many officials in their Department (a) undertake horizon scanning work"
    " and (b) focus on delivering long-term priorities."
)
TREASURY_A = (
    "<p>The Chancellor of the Exchequer holds overall responsibility for the work of the Treasury, supported by five"
    " Treasury Ministers with clearly defined portfolios. The department leads on three of the Prime Minister's five"
    " priorities: reducing inflation, growing the economy, and reducing debt.</p>"
)


def _deflection(question: str, answer: str):
    doc = uk_doc(question, answer)
    (sp,) = score_document(doc, SETTINGS)
    flags = [f for f in sp.flags if f.name == "deflection"]
    return doc, (flags[0] if flags else None)


@pytest.mark.parametrize(
    ("question", "answer", "sentence", "matter"),
    [
        (VDPS_Q, VDPS_A, VDPS_SENTENCE, "managing quality assurance with the medical assessment supplier"),
        (
            GP_Q,
            GP_A,
            "The provision and maintenance of premises are typically the responsibility of general practice (GP)"
            " partners, who are either owner-occupiers or tenants of their surgery buildings.",
            "The provision and maintenance of premises are typically",
        ),
    ],
)
def test_y_the_matter_asked_is_a_hand_over_shown_by_its_sentence_and_y(question, answer, sentence, matter):
    doc, flag = _deflection(question, answer)
    assert flag is not None
    texts = [e.text for e in flag.evidence]
    assert texts == [sentence, matter]
    for e in flag.evidence:  # offsets into the document's text
        assert e.part == "answer"
        assert doc.text[e.start : e.end] == e.text


@pytest.mark.parametrize(
    ("question", "answer"),
    [(PROTON_Q, PROTON_A), (TREASURY_Q, TREASURY_A)],
    ids=["y-another-matter", "who-is-responsible-asked"],
)
def test_no_hand_over_where_y_is_another_matter_or_who_is_asked(question, answer):
    _, flag = _deflection(question, answer)
    assert flag is None


def test_who_is_responsible_asked():
    assert responsibility.asks_who(TREASURY_Q, "en", None)
    assert not responsibility.asks_who(VDPS_Q, "en", None)


def test_the_addressee_is_no_matter_asked():
    assert responsibility.question_matter(GP_Q).startswith(" what support is available to GP practices")


def _read(answer: str, question: str = GP_Q):
    """The "X is responsible for Y" sentences of the one unit of ``answer``, as the rule reads them."""
    from qa_align.rules import answers

    seen = []
    real = answers.responsibility.responsibilities

    def keep(ctx):
        found = real(ctx)
        seen.extend(found)
        return found

    answers.responsibility.responsibilities = keep
    try:
        score_document(uk_doc(question, answer), SETTINGS)
    finally:
        answers.responsibility.responsibilities = real
    return seen


def test_it_is_the_responsibility_of_x_to_y_reads_y_after_to():
    # dev-uk6 1872996 (labelled deflection, respons59): the provision whose support is asked placed with the boards
    (r,) = _read(
        "<p>It is the responsibility of integrated care boards (ICBs) in England to make appropriate provision to meet"
        " the health and care needs of their local population, including services for people with Parkinson\u2019s"
        " disease.</p>",
        "To ask the Secretary of State for Health and Social Care, what steps his Department is taking to support the"
        " provision of care for people with Parkinson\u2019s disease outside specialist hospital settings, including"
        " measures to enable care to be delivered closer to patients\u2019 homes.",
    )
    assert r.matter.text == (
        "make appropriate provision to meet the health and care needs of their local population, including services"
        " for people with Parkinson\u2019s disease"
    )
    assert r.body.strip() == "It is the responsibility of integrated care boards (ICBs) in England"
    assert not r.own
    assert {"parkin", "provis"} <= set(r.shared)


def test_a_denied_remit_names_no_hand_over():
    # dev-uk2 1782974 (labelled without deflection, respons59): "the remit denied, 'a range of sources'"
    assert (
        _read(
            "<p>DWP is not responsible for funding the welfare advice sector which receives funding from a range of"
            " sources.</p>"
        )
        == []
    )


def test_the_answering_government_is_no_other_body():
    # dev-uk28 1807968 (labelled without deflection): the Department's own remit stated
    (r,) = _read("<p>The department is responsible for apprenticeships in England only.</p>")
    assert r.own
    assert r.matter.text == "apprenticeships in England only"
