"""A ``polarity`` phrase of the answer's first two sentences ("has been", "we will", "isn't") without a
yes or no word of its own needs two words of what the closed question asks, as a yes or no word does
elsewhere, before the sentence is read as the yes or no (helper yesno30, ``answers._takes_position``):
one asked word no longer suffices ("WCA isn't working" meets "Work" of "Work Capability Assessment").

Real records of uk-commons, outside every labelled set (1779635, 1892499, 1825440, 1726752), the expected verdicts
written out from reading them: none of the answers says yes or no to what was asked."""

from qa_align.settings import Settings

from .conftest import uk_doc

# the rule alone, without the gate on a unit read as answered (``qa_align.answered``)
RULE_ONLY = Settings(rules=("yes_no_unanswered",), recycled_across_documents=False, answered_model="none")


def _flag(doc, settings=RULE_ONLY):
    from qa_align.pipeline import score_document

    (sp,) = score_document(doc, settings)
    return next((f for f in sp.flags if f.name == "yes_no_unanswered"), None)


def test_negated_contraction_with_one_asked_word_is_no_answer():
    # uk-commons 1779635: whether the abolition of the WCA is still to begin in April 2026; "WCA isn't
    # working and needs to be reformed or replaced" and a green paper in the spring say neither
    question = (
        "To ask the Secretary of State for Work and Pensions, whether it remains her Department's policy to begin "
        "the rollout of the abolition of the Work Capability Assessment and the categories of Limited Capability "
        "for Work and Limited Capability for Work Related Activity from April 2026."
    )
    answer = (
        "<p>We’ve been clear that WCA isn’t working and needs to be reformed or replaced.</p><p> </p><p>We are "
        "working to develop proposals for reform to the system of health and disability benefits and will set them "
        "out in a green paper in the spring.</p><p> </p><p>As part of the Get Britain Working plan, we will support "
        "more disabled people and those with health conditions to enter and stay in work, by devolving more power "
        "to local areas so they can shape a joined-up work, health, and skills offer that suits the needs of the "
        "people they serve.</p>"
    )
    assert _flag(uk_doc(question, answer)) is not None


def test_not_published_with_one_asked_word_is_no_answer():
    # uk-commons 1892499: an assessment of the adequacy of HMRC's powers and resources is asked; "live case
    # information isn't routinely published" is no yes or no to it
    question = (
        "To ask the Chancellor of the Exchequer, if she will make an assessment of the adequacy of HMRC's (a) "
        "investigative powers and (b) human resources to investigate cases of organised criminals accessing VAT "
        "accounts using genuine customers' registration details and claiming VAT refunds."
    )
    answer = (
        "<p>HMRC has active investigations into organised crime VAT fraud. However, live case information isn’t "
        "routinely published, and disclosing the number of ongoing investigations would risk alerting or enabling "
        "those seeking to exploit the tax system.</p><p> </p><p>HMRC has wide ranging criminal investigation "
        "powers, as set out on GOV.UK, and is resourced to investigate serious fraud, deploying compliance and "
        "enforcement capability to protect the integrity of the tax system. At Spring Statement 2025, the "
        "Government set out plans to expand HMRC's counter-fraud capability, including strengthening its response "
        "to organised criminal attacks.</p>"
    )
    assert _flag(uk_doc(question, answer)) is not None


SMILE_QUESTION = (
    "To ask the Secretary of State for Health and Social Care, with reference to his Department's policy paper "
    "entitled Faster, simpler and fairer: our plan to recover and reform NHS dentistry, published on 7 February "
    "2024, whether he plans to continue the Smile for Life programme."
)


def test_we_will_keeps_one_asked_word():
    # uk-commons 1726752: "We will implement our Dental Rescue Plan" meets the question in "plan" alone; "we
    # will" is a commitment, not of ``weak_polarity``, and keeps the one-word reading (a "we will" sentence is
    # the yes in other words as often as not over the development sets: 1757920, 1883852, 1827946, 1817454)
    answer = (
        "<p>We are currently reviewing the policy paper, including proposals for a Smile for Life programme, and "
        "what elements can be taken forward effectively. We will implement our Dental Rescue Plan and prioritise "
        "initiatives that will see the biggest impact on access to National Health Service dental care.</p>"
    )
    assert _flag(uk_doc(SMILE_QUESTION, answer)) is None


def test_has_been_with_one_asked_word_is_no_answer():
    # uk-commons 1825440: whether women runners are to be recognised as a distinct group for the VAWG strategy;
    # "This Government has been clear that the level of violence ... is intolerable" says neither
    question = (
        "To ask the Secretary of State for the Home Department, with reference to the report entitled Abuse of "
        "women runners: implications for the violence against women and girls policy agenda, published by the "
        "University of Manchester in November 2024, whether she plans to recognise women runners as a distinct "
        "group for purposes of the forthcoming Violence Against Women and Girls Strategy."
    )
    answer = (
        "<p>This Government has been clear that the level of violence against women and girls (VAWG) in our "
        "country is intolerable, and we are treating it as the national emergency that it is. Everyone should "
        "both be and feel safe whilst going about their day-to-day lives - and we recognise the particular "
        "vulnerability that women runners may feel.</p><p>We will go further than before to deliver a "
        "cross-government transformative approach to halve VAWG in a decade, underpinned by a new VAWG "
        "strategy, which we are aiming to publish in September.</p><p>We are working across Government to use "
        "every tool available to target perpetrators and address the root causes of abuse and violence to keep "
        "all women safe.</p>"
    )
    assert _flag(uk_doc(question, answer)) is not None
