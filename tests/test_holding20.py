"""holding on the false flags of the sets never tuned on (holding20): to a question on the steps taken or the
progress made, a deferral whose sentence announces a step of the government's own still to come (a consultation
to be held, legislation to be brought forward) gives a step asked, not the asked matter put off
(``corpus/gold/README.md``, readings of ``holding``: scheduled steps that are what was asked); the same sentence
to a question that asks no steps, a promise of the details asked and a consultation's response promised still
defer.
Real uk-commons answers from ../shared/data, shortened; expected flags written by hand from reading them."""

from .test_holding18 import uk_holding_of


def test_legislation_to_be_brought_forward_is_a_step_asked():
    # uk-commons 1883063 (dev-uk31, shortened): the steps asked are given, the legislation to come among them
    assert not uk_holding_of(
        "To ask the Secretary of State for the Home Department, what steps she is taking to help ensure that "
        "Mayors and the new Local Policing and Crime Boards retain the ability to hire and dismiss chief "
        "constables so that policing leaders remain directly accountable to the communities they serve.",
        "Future governance arrangements will ensure that policing leaders remain accountable to the communities "
        "they serve. Policing and Crime Boards and Mayors will have the necessary powers and levers to support "
        "their governance role and hold Chief Constables to account, including the ability to hire and dismiss "
        "their Chief Constable and to set the budget. We will bring forward legislation for future arrangements "
        "as soon as Parliamentary time allows.",
    )


def test_a_consultation_to_come_is_a_step_asked():
    # uk-commons 1655903 (dev-uk30, shortened): what the FCA will do is one of the steps asked, nothing asked
    # is put off
    assert not uk_holding_of(
        "To ask the Chancellor of the Exchequer, what steps he is taking to ensure adequate access to (i) cash "
        "and (ii) banking services in those areas in the next five years.",
        "The Financial Services and Markets Act 2023 provides the Financial Conduct Authority (FCA) with "
        "responsibility and powers to seek to ensure reasonable provision of cash access services. The FCA is "
        "currently developing its approach and will consult in due course.",
    )


def test_a_consultation_to_come_still_defers_an_assessment_asked():
    # uk-commons 1762595 (dev-uk14, shortened): the assessment asked is put off to proposals still to be
    # consulted on; the question asks no steps
    assert uk_holding_of(
        "To ask the Minister for Women and Equalities, what recent assessment she has made of the adequacy of "
        "the (a) resources and (b) legal powers available to the Equality and Human Rights Commission in the "
        "context of the introduction of mandatory ethnicity and disability pay gap reporting requirements for "
        "large companies.",
        "These measures will be part of the upcoming Equality (Race and Disability) Bill. We will shortly be "
        "consulting on our proposals to help us shape the legislation. This will include considering how the new "
        "reporting requirements will be monitored and enforced.",
    )


def test_details_promised_with_the_consultation_still_defer_the_steps_asked():
    # uk-commons 1818267 (no labelled set): the whole answer; the steps asked are put off to the details to be
    # given with the consultation
    assert uk_holding_of(
        "To ask the Secretary of State for the Home Department, with reference to her Department's policy paper "
        "entitled Restoring control over the immigration system, updated 6 June 2025, what steps she is taking "
        "to ensure that reforms will allow recognised refugees to become British citizens.",
        "We will be consulting on the earned settlement and citizenship scheme later this year, and further "
        "details on the proposed scheme will be provided at that time.",
    )


def test_a_consultation_response_promised_is_no_step_given():
    # uk-commons 1837695 (no labelled set): the progress asked on the consultation is its response, still to
    # come while the feedback is considered
    assert uk_holding_of(
        "To ask the Minister for the Cabinet Office, with reference to the UK's Modern Industrial Strategy, CP "
        "1337, published on 23 June 2025, what progress he has made on the 12-week consultation on updating "
        "definitions covering the 17 sensitive areas of the economy subject to mandatory notification under the "
        "National Security and Investment Act.",
        "The consultation closed on 14 October. The Government is currently considering the feedback received "
        "and will publish a consultation response summarising responses and setting out the proposals that will "
        "be taken forward, including possible secondary legislation, in due course.",
    )


def test_details_promised_in_another_sentence_still_defer_the_steps_asked():
    # uk-commons 1752893 (dev-uk2+3, shortened): the steps asked are put off to details still to be set out
    assert uk_holding_of(
        "To ask the Secretary of State for Transport, what steps she is taking to (a) support British companies "
        "bidding for electric bus contracts and (b) ensure that (i) BYD, (ii) Yutong and (iii) other foreign "
        "companies do not have a disproportionate share of Government electric bus (A) contracts and (B) "
        "grants.",
        "On 8 October, the Department announced plans to create a new UK Bus Manufacturing Expert Panel. This "
        "panel will bring together industry experts and local leaders to explore ways to ensure the UK remains a "
        "leader in bus manufacturing. More details on this will be set out in due course.",
    )
