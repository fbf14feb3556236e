"""lows59: the lows review60 left (session 58).

- (b) deflection58's "a decision for" also read a decision left to a fiscal event ("this would be a decision for the
  upcoming Spending Review", uk-commons 1784514, 1787237: a deferral, no body handed the matter), as "is a matter
  for" did before it ("Future local authority funding decisions will be a matter for the next Spending Review");
  "should raise * with" read a member of the public sent to a landlord, an employer or a school (1783346, 1763221,
  1863368), not the matter asked handed over; "that is for the overseas regulator" (1765051) and "are for the
  operating department to manage" (1679070) were read by no entry since deflection58 narrowed "is for the".
- (c) ``_available_of`` read only the first match of each ``available_replies`` phrase in a sentence: "available on
  request" before "available on" a website hid the second.
- (d) ``generic_units.DISCUSSIONS_STOCK`` and ``SHORT_GENERAL_FLOOR`` were module constants, not settings.

Expected values from reading the answers (each a real uk-commons answer or one written on its model).
"""

from __future__ import annotations

import pytest

from .test_deflection58 import _deflection_words
from .test_generic35 import OFGEM
from .test_generic58 import LAND_USE

# --- (b) deflection: a fiscal event is no body; a member of the public sent on is no hand-over -----------------------

# uk-commons 1784514 (its third paragraph): whether there will be further rounds is put off to the Spending Review, a
# decision still to come, and no body is handed the matter
NEIGHBOURHOODS_Q = (
    "To ask the Secretary of State for Housing, Communities and Local Government, with reference to her Department's"
    " guidance entitled, Plan for Neighbourhoods: prospectus, updated on 12 March 2025, whether there will be further"
    " rounds of funding available for towns not selected in this round."
)
NEIGHBOURHOODS_A = (
    "<p>There are no plans to expand the programme at this time, this would be a decision for the upcoming Spending"
    " Review. The Deputy Prime Minister and Prime Minister have been clear that the Spending Review will need to"
    " support the delivery of the government\u2019s plan for a decade of national renewal and raising living standards"
    " in every part of the United Kingdom.</p>"
)
# uk-commons 1721710 (whole): "is a matter for" read it before deflection58 too
SECOND_HOMES_Q = (
    "To ask the Secretary of State for Housing, Communities and Local Government, if she will make it her policy to"
    " allow local authorities to increase Council Tax by up to 500% on second homes."
)
SECOND_HOMES_A = (
    "<p>From April 2025 councils will have the power to charge a premium of up to 100% on second homes.</p><p>Future"
    " local authority funding decisions will be a matter for the next Spending Review and Local Government Finance"
    " Settlement in which we are engaged.</p>"
)
# uk-commons 1783346 (its second paragraph): a tenant told to raise the landlord's overcharging with the landlord, to
# the discussions with utility companies asked
TENANT_Q = (
    "To ask the Secretary of State for Energy Security and Net Zero, what recent discussions his Department has had"
    " with the utility companies on the ability of people living in (a) flats and (b) houses in multiple occupation to"
    " take advantage of reduced tariffs for off-peak electricity due to (i) the conditions of their tenancy agreement"
    " (ii) the potential impact on their neighbours."
)
TENANT_A = (
    "<p>In order to protect consumers in HMOs, there is legislation which sets a maximum price that can be charged for"
    " electricity and gas which has already been bought from a licensed supplier. The maximum resale price guidance is"
    " available on Ofgem\u2019s website and if a tenant upon reviewing this guidance believes their landlord to be in"
    " contravention of it, they should raise it with them.</p>"
)
# uk-commons 1863368 (its first paragraph): parents sent to the school, to the assessment of the trusts' compliance
SCHOOL_Q = (
    "To ask the Secretary of State for Education, what assessment she has made of the level of compliance of Multi"
    " Academy Trusts with statutory guidance on charging for school-time activities, including WOW days,"
    " curriculum-required trips and transport to compulsory swimming lessons."
)
SCHOOL_A = (
    "<p>The Education Act 1996 prohibits schools from charging for education provided during school hours, subject to"
    " very limited exceptions. The department publishes guidance to assist schools to comply with the law on charging"
    " for school activities. Parents who have concerns about their school\u2019s charging policy should raise this with"
    " the school.</p>"
)
# uk-commons 1752743 (dev-uk52, labelled `holding` and `yes_no_unanswered`, no deflection; its first paragraph): what
# the capital funding is for, not a hand-over
CAPITAL_Q = (
    "To ask the Secretary of State for Health and Social Care, when it was decided that community interest companies"
    " should be ineligible for capital funding provided to NHS mental health trusts in the 2024-25 financial year."
)
CAPITAL_A = (
    "<p>Government capital funding is provided for specific purposes, and for the National Health Service is for NHS"
    " organisations to manage their assets and provide NHS services. Community interest companies (CICs) are therefore"
    " outside the remit of most of this funding.</p>"
)

NOT_HANDED = {
    "spending-review": (NEIGHBOURHOODS_Q, NEIGHBOURHOODS_A),
    "next-spending-review": (SECOND_HOMES_Q, SECOND_HOMES_A),
    "tenant-to-landlord": (TENANT_Q, TENANT_A),
    "parents-to-school": (SCHOOL_Q, SCHOOL_A),
    "what-funding-is-for": (CAPITAL_Q, CAPITAL_A),
}


@pytest.mark.parametrize("case", list(NOT_HANDED))
def test_a_fiscal_event_or_a_member_of_the_public_sent_on_is_no_hand_over(case):
    assert _deflection_words(*NOT_HANDED[case]) is None


HANDED = {
    # uk-commons 1679070 (its first paragraph): the estate asked about is the departments' to manage
    "are for * to manage": (
        "To ask the Minister for the Cabinet Office, what (a) buildings, (b) land and (c) other property held by the"
        " Government are no longer required for operational purposes; and whether his Department is taking steps to"
        " (i) dispose and (ii) repurpose each site.",
        "<p>The requested information is not centrally held by the Cabinet Office and complying with this request"
        " would incur a disproportionate cost to the Department. Estates operations, performance and finances are for"
        " the operating department to manage themselves.</p>",
        "are for the operating department to manage",
    ),
    # uk-commons 1660139 (its first sentence): parking charges at airports are the operators' to manage
    "it is for * to manage": (
        "To ask the Secretary of State for Transport, what steps she is taking to ensure that drop-off charges at"
        " airports are reasonable.",
        "<p>It is for airport operators as commercial businesses to manage and justify their parking charges and"
        " advertising of parking charges.</p>",
        "it is for airport operators as commercial businesses to manage",
    ),
    # uk-commons 1765051 (its second paragraph's last sentence): what a QROPS may invest in is the overseas
    # regulator's matter
    "is for the * regulator": (
        "To ask the Chancellor of the Exchequer, what steps her Department is taking with the Financial Conduct"
        " Authority to (a) investigate and (b) address (i) fraudulent activity linked to Qualified Recognised Overseas"
        " Pension Schemes and (ii) the financial impact on UK citizens.",
        "<p>However, those overseas schemes are required to be regulated by a pensions regulator in the overseas"
        " country where they are established in order for them to receive UK tax relieved pensions. HMRC does not"
        " impose restrictions on assets a QROPS can invest in that is for the overseas regulator.</p>",
        "is for the overseas regulator",
    ),
    # dev-uk69 1689368 (its fourth paragraph): the complaints asked about go to the local planning authority, then Ofcom
    "should raise * with * authority": (
        "To ask the Secretary of State for Science, Innovation and Technology, whether Ofcom has notified her Department"
        " of any instances where operators in (a) Birmingham and (b) Birmingham, Edgbaston constituency have not"
        " complied with their statutory duties.",
        "<p>It is crucial for Local Planning Authorities to raise concerns with Ofcom, providing as much evidence as"
        " possible, so that Ofcom may consider these complaints. Concerned constituents should raise the matter with"
        " their Local Planning Authority in the first instance, as this will allow complaints to be raised with Ofcom"
        " through the most appropriate channels.</p>",
        "should raise the matter with their local planning authority",
    ),
}


@pytest.mark.parametrize("entry", list(HANDED))
def test_the_hand_overs_read_again_or_kept_in_general_forms(entry):
    question, answer, words = HANDED[entry]
    found = _deflection_words(question, answer)
    assert found is not None and words in found, found


def test_a_body_named_before_the_event_still_hands_over():
    # the event shares no word with the hand-over's: the Treasury is handed the matter (written on 1721710's model)
    answer = (
        "<p>Future local authority funding decisions are a matter for HM Treasury, to be settled at the next Spending"
        " Review.</p>"
    )
    assert _deflection_words(SECOND_HOMES_Q, answer) == ["are a matter for"]


# --- (c) every match of an available phrase ---------------------------------------------------------------------------

SAFETY_Q = "To ask the Secretary of State for Transport, if she will publish the safety review of the A66 junction at Kemplay Bank."


def test_available_on_request_before_available_on_a_website_hides_nothing():
    # one sentence, the same phrase twice: a printed copy given on request, and the review asked on the website, which
    # says it stands published (the yes to "if she will publish"). Read at the first match only, the "on request" hid
    # the second.
    from qa_align.rules.answers import _delivers

    from .test_generic57 import _read

    tail = " National Highways keeps the safety of the junction under regular review."
    both = (
        "A printed copy is available on request from National Highways, and the safety review of the A66 junction at "
        "Kemplay Bank is available on the National Highways website."
    )
    assert _read(SAFETY_Q, f"<p>{both}{tail}</p>", _delivers) is True
    # the request alone, twice, is still no yes
    twice = (
        "A printed copy is available on request from National Highways, and the safety review of the A66 junction at "
        "Kemplay Bank is available on request from the same office."
    )
    assert _read(SAFETY_Q, f"<p>{twice}{tail}</p>", _delivers) is False


# --- (d) generic58's two switches are settings ------------------------------------------------------------------------

# LAND_USE, uk-commons 1784603 (dev-uk74, labelled `yes_no_unanswered` only): the shipped unit model reads it under
# its closed cut; generic54's floor (0.15) flags it as a short answer in general wording ("on a range of issues").
# OFGEM, uk-commons 1824828 (dev-uk58, labelled `deflection` only): a stock line on the discussions asked beside the
# regulator's role.


def test_the_two_routes_are_settings_off_by_default():
    from qa_align.settings import Settings

    assert (Settings().generic_discussions_stock, Settings().generic_short_floor) == (False, None)
    on = Settings.from_mapping({"generic_discussions_stock": True, "generic_short_floor": 0.15})
    assert (on.generic_discussions_stock, on.generic_short_floor) == (True, 0.15)


def test_the_switches_read_from_a_settings_file_and_checked(tmp_path):
    import pytest

    from qa_align.errors import ConfigError
    from qa_align.settings import Settings

    config = tmp_path / "settings.toml"
    config.write_text("generic_discussions_stock = true\ngeneric_short_floor = 0.2\n", encoding="utf-8")
    read = Settings.from_file(config)
    assert (read.generic_discussions_stock, read.generic_short_floor) == (True, 0.2)
    with pytest.raises(ConfigError, match="setting generic_discussions_stock takes true or false, not 'yes'"):
        Settings.from_mapping({"generic_discussions_stock": "yes"})
    for bad in (1.5, -0.1, "0.15", True):
        with pytest.raises(ConfigError, match="setting generic_short_floor takes a number from 0 to 1"):
            Settings(generic_short_floor=bad)
    assert Settings(generic_short_floor=None).generic_short_floor is None


def test_the_api_settings_turn_each_route_on():
    # the shipped unit model decides both units; by default neither route flags them (generic58)
    from qa_align.api import score_pairs

    from .conftest import uk_doc

    def flags(question, answer, **settings):
        doc = uk_doc(question, answer)
        base = {"rules": ["generic"], "recycled_across_documents": False, "score_model": "none"}
        (sp,) = score_pairs([doc], {**base, **settings})[0]
        return {f.name: f for f in sp.flags}

    assert "generic" not in flags(*LAND_USE)
    # the floor's flag (it carries the rule's reason where the rule's general words stand too, ``test_generic58``)
    floor = flags(*LAND_USE, generic_short_floor=0.15)["generic"]
    assert [e.text for e in floor.evidence] == ["a range of issues"]
    assert "generic" not in flags(*OFGEM)
    stock = flags(*OFGEM, generic_discussions_stock=True)["generic"]
    assert "speaks of discussions only in a stock line" in stock.reason
