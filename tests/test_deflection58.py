"""Hand-overs in words the `[cues] deflection` list did not read, and "is for the" read only where it hands over
(issue 17, deflection58). Texts are real records of ../shared/data (labelled in the development sets named); the
expected flags and the words they rest on are from reading each answer beside its question, as the readers did."""

import pytest

from qa_align.pipeline import score_document
from qa_align.settings import Settings

from .conftest import uk_doc

SETTINGS = Settings(rules=("deflection",), recycled_across_documents=False)

# dev-uk61 1914684 (labelled deflection): the regulation and the governance framework asked placed with the
# Government of Nigeria, "are, however, matters for"
NIGERIA_Q = (
    "To ask the Secretary of State for Foreign, Commonwealth and Development Affairs, whether she has made an"
    " assessment of the potential implications for her polices of the governance framework for Nigeria\u2019s oil and"
    " gas sector established under the administration of former President Goodluck Jonathan; and whether she has"
    " raised this framework with Shell plc in discussions on its prospective onshore operations in the Niger Delta."
)
NIGERIA_A = (
    "<p>We continue to raise with Shell, including at Ministerial level, the importance of action to address the"
    " risks of pollution from oil production in the Niger Delta, in line with international standards. The regulation"
    " of companies within Nigeria and the governance framework for the oil and gas sectors are, however, matters for"
    " the Government of Nigeria. The UK therefore encourages a coordinated effort between the Nigerian Government, oil"
    " and gas companies, and local communities to bring an end to all forms of oil contamination in Nigeria.</p><p>The"
    " Gulf of Guinea remains an important global energy-producing region, and the UK is committed to supporting"
    " Nigeria to realise its energy transition ambitions.</p>"
)
# dev-uk109 1742022 (labelled deflection, settle53): the commissioning the recommendation concerns placed with the
# integrated care boards after two factual sentences, "is a decision for"
LARC_Q = (
    "To ask the Secretary of State for Health and Social Care, what assessment he has made of the potential"
    " implications for his policies of  Getting It Right First Time's guidance entitled Heavy Menstrual Bleeding,"
    " published in October 2021; and whether he plans to implement their recommendations."
)
LARC_A = (
    "<p>The Getting It Right First Time\u2019s (GIRFT) 2021 report into maternity and gynaecology identified a key"
    " barrier in treating heavy menstrual bleeding as the commissioning arrangements for contraceptive and sexual"
    " health services. The report recommended the lifting of restrictions on providing long-acting reversible"
    " contraception (LARC) for non-contraceptive purposes, such as treatment for heavy menstrual bleeding.</p><p>The"
    " commissioning of LARC is a decision for individual integrated care boards, who can decide whether to offer LARC"
    " through general practices or sexual health services, or both, based on an assessment of population need.</p>"
)
# dev-uk75 1913990 (labelled deflection): what a transaction of the Commission was for; its spending its own
# decision, the question passed to it
SMC_Q = (
    "To ask the Minister for Women and Equalities, with reference to the Cabinet Office spend data, Expenditure Over"
    " \u00a325,000 - March 2026 (Cabinet Office Core), updated on 30 April 2025, what the transaction for SOCIAL"
    " MOBILITY COMMISSION (PROG) to THE INSTITUTE FOR FISCAL STUDIES, Ref: 1037277674 was for."
)
SMC_A = (
    "<p>The Social Mobility Commission (SMC) is an independent advisory Arm\u2019s Length Body, sponsored by the Office"
    " for Equality and Opportunity. The SMC makes its own decisions on spending within their set budget.</p>"
)
# dev-uk69 1905426 (labelled deflection), the answer's first paragraph: the licensing left "at the discretion of"
# the authorities and "a matter solely for" Transport for London
TFL_Q = (
    "To ask the Secretary of State for Transport, what discussions she has had with Transport for London on delays"
    " arising from the introduction of new licensing software in 2025; what assessment she has made of the impact of"
    " the 2024 cyber incident on taxi and private hire licence processing times."
)
TFL_A = (
    "<p>We work closely with Transport for London on a range of issues but the operation of private hire driver"
    " licensing is a matter solely for them.</p>"
)
# dev-uk69 1689368 (labelled deflection), two sentences of its fourth paragraph: complaints sent to the local
# planning authority
OFCOM_Q = (
    "To ask the Secretary of State for Science, Innovation and Technology, whether Ofcom has notified her Department"
    " of any instances where operators in (a) Birmingham and (b) Birmingham, Edgbaston constituency have not complied"
    " with their statutory duties."
)
OFCOM_A = (
    "<p>My Department has not been notified of any complaints Ofcom received for the Birmingham area. Concerned"
    " constituents should raise the matter with their Local Planning Authority in the first instance, as this will"
    " allow complaints to be raised with Ofcom through the most appropriate channels.</p>"
)
# uk-commons 1813056 (no labelled set), its second paragraph's first sentence: "it is for the devolved
# administrations to assess" still hands over without the old "for the devolved administrations" entry
BLUETONGUE_Q = (
    "To ask the Secretary of State for Environment, Food and Rural Affairs, what assessment he has made of the"
    " potential impact of imposing an all-England restricted zone from 1 July 2025 in response to the bluetongue"
    " virus on (a) livestock markets and (b) other businesses (i) in Wales and (ii) along the Wales-England border."
)
BLUETONGUE_A = (
    "<p>Disease control is a devolved matter, and it is for the devolved administrations to assess their disease"
    " risks and respond accordingly.</p>"
)

# dev-uk55 1873228 (labelled no deflection), the whole answer: "This contract is for the manufacture" says what
# the contract covers
RADAR_Q = (
    "To ask the Secretary of State for Defence, with reference to his Department's press release entitled Britain's"
    " fighter jet fleet strengthened in \u00a3205 million boost for British jobs, published on 19 January 2026, when the"
    " full-scale production of the European Common Radar System Mk2 will begin."
)
RADAR_A = (
    "<p>On 22 January 2026 the Secretary of State for Defence visited Leonardo in Edinburgh to confirm the award of the"
    " full production contract between the MOD and BAE Systems, Leonardo UK and Parker Meggitt, valued at \u00a3453"
    " million. This contract is for the manufacture and delivery of 40 ECRS Mk2 Radars. Radar deliveries will support"
    " timescales to bring ECRS Mk2 into service with the RAF by the end of this decade.</p>"
)
# dev-uk106 1828232 (labelled no deflection), the answer's fourth paragraph: "The aim is for the programme to
# reach 4,000 participants" is the programme's aim
ESOL_Q = (
    "To ask the Secretary of State for Housing, Communities and Local Government, how much funding was allocated to"
    " English for Speakers of Other Languages in 2024-25; what is the budget for 2025-26; and what proportion in each"
    " case was allocated as grants to local authorities."
)
ESOL_A = (
    "<p>The department provided \u00a311.5 million of funding for English language courses and employment support for"
    " up to 12,500 Ukrainians across the UK through the \u2018STEP Ukraine\u2019 programme. We are about to launch a"
    " follow-up \u2018STEP\u2019 programme of \u00a34.2m (excl. VAT) for English language courses and employment support"
    " for Ukrainians and Hong Kong British Nationals. The aim is for the programme to reach 4,000 participants.</p>"
)
# dev-uk99 1722540 (labelled no deflection), the whole answer: Barnett funding "for the Devolved Administrations ...
# to be spent at their discretion" is money given, not the matter asked handed over
HSF_Q = (
    "To ask the Secretary of State for Work and Pensions, whether she is taking steps with Cabinet colleagues to"
    " assess the adequacy of the supply of food for people in poverty in summer 2024; and whether she has made an"
    " assessment with Cabinet colleagues of the potential implications for the Government's policies of trends in"
    " the level of supply of emergency food for people dependant on that provision."
)
HSF_A = (
    "<p>We are committed to tackling poverty and ending mass dependence on emergency food parcels. We are introducing"
    " free breakfast clubs in every primary school to ensure children are fed a nutritious breakfast and are ready to"
    " learn and have created a new Ministerial Taskforce to drive cross-government action on child poverty.</p><p>"
    "</p><p>We are also supporting people with the cost of essentials such as food and energy through the Household"
    " Support Fund. This scheme is run by Upper Tier Local Authorities in England to provide discretionary support to"
    " those most in need. Currently, \u00a3500m is being provided to enable the extension of the Fund, including"
    " funding for the Devolved Administrations through the Barnett formula to be spent at their discretion. Local"
    " Authorities in England are receiving \u00a3421m to support those in need locally. As a new government, we are"
    " keeping all policies under review, including the Household Support Fund.</p>"
)


def _deflection_words(question: str, answer: str) -> list[str] | None:
    """The evidence words of the one unit's deflection flag (None where it has none), each checked against the
    answer text at its offsets."""
    doc = uk_doc(question, answer)
    (sp,) = score_document(doc, SETTINGS)
    flags = [f for f in sp.flags if f.name == "deflection"]
    if not flags:
        return None
    text = doc.text
    for e in flags[0].evidence:
        assert text[e.start : e.end] == e.text
    return [e.text.lower() for e in flags[0].evidence]


@pytest.mark.parametrize(
    "question, answer, words",
    [
        (NIGERIA_Q, NIGERIA_A, "are, however, matters for"),
        (LARC_Q, LARC_A, "a decision for"),
        (SMC_Q, SMC_A, "its own decisions"),
        (TFL_Q, TFL_A, "a matter solely for"),
        (OFCOM_Q, OFCOM_A, "should raise the matter with"),
        (BLUETONGUE_Q, BLUETONGUE_A, "it is for the"),
    ],
    ids=["are-matters-for", "a-decision-for", "its-own-decisions", "a-matter-solely-for", "should-raise-with",
         "it-is-for-the-devolved"],
)  # fmt: skip
def test_a_hand_over_in_these_words_is_flagged_with_them(question, answer, words):
    found = _deflection_words(question, answer)
    assert found is not None and any(words in w for w in found), found


@pytest.mark.parametrize(
    "question, answer",
    [(RADAR_Q, RADAR_A), (ESOL_Q, ESOL_A), (HSF_Q, HSF_A)],
    ids=["contract-is-for-the", "aim-is-for-the", "barnett-for-the-devolved"],
)
def test_what_a_thing_is_for_is_no_hand_over(question, answer):
    assert _deflection_words(question, answer) is None
