"""holding on a consideration with an adverb between its auxiliary and its verb (holding22): "we are currently
considering the best way to achieve this", "is carefully considering", "is currently investigating" say the
asked matter is still being examined, as "is considering" does (``[cues] holding``); a consideration negated
stays a no ("is not currently considering", tests/test_holding21.py; "is not currently investigating"). Real
uk-commons answers from ../shared/data; expected flags written by hand from reading them."""

from .test_holding18 import uk_holding_of


def test_a_consideration_under_way_with_an_adverb_is_holding():
    # uk-commons 1728545 (dev-uk36, the whole answer): the proposal the estimate would concern is still being
    # worked out, the readers flag holding
    assert uk_holding_of(
        "To ask the Minister for Women and Equalities, pursuant to the Answer of 12 August 2024 to Question HL421 "
        "on Employment, if she will make an estimate of the potential impact of the proposal to strengthen "
        "equality impact assessments on compliance costs for public bodies.",
        "<p>This Government is committed to strengthening equality impact assessments for public authorities and "
        "we are currently considering the best way to achieve this.</p><p><strong> </strong></p><p>The Public "
        "Sector Equality Duty in the Equality Act 2010 requires public authorities, and those carrying out public "
        "functions, to have due regard to the need to eliminate discrimination, advance equality of opportunity, "
        "and foster good relations between different people.</p>",
    )


def test_an_investigation_under_way_before_publishing_is_holding():
    # uk-commons 1827728 (dev-uk36, the whole answer): publication put off to metrics still to be agreed
    assert uk_holding_of(
        "To ask the Minister for the Cabinet Office, if he will publish a breakdown of the performance of Allied "
        "Universal (G4S) against the key performance indicators at the most recent performance review on their "
        "integrated security and technology services contracts with the Government Property Agency.",
        "<p>The Government Property Agency (GPA) is currently investigating clarifying consistent performance "
        "metrics of all of its supply chain partners with a view to publishing on agreement.</p><p> </p>",
    )


def test_findings_currently_considered_put_the_progress_asked_off():
    # uk-commons 1806475 (no labelled set, the whole answer): the call for evidence asked about is still being
    # considered
    assert uk_holding_of(
        "To ask the Secretary of State for Transport, with reference to the policy paper entitled The plan for "
        "drivers, published 2 October 2023, what progress her Department has made on the call for evidence on "
        "options to restrict local authorities' (a) ability to generate surpluses from traffic offences and (b) "
        "over-zealous use of traffic enforcement powers.",
        "<p>The Department is currently considering the findings of the Call for Evidence on 'Restricting the "
        "generation of surplus funds from traffic contraventions' which was issued as part of the previous "
        "Government's Plan for Drivers.</p>",
    )


def test_an_investigation_negated_with_the_adverb_stays_a_no():
    # review23: "not currently investigating" says the matter is not being looked into, no deferral (a
    # realistic answer to uk-commons 1766386's question; "currently investigating" alone matched it); the same
    # with "considering" is tests/test_holding21.py's uk-commons 1766386
    assert not uk_holding_of(
        "To ask the Secretary of State for Work and Pensions, if she will make it her policy to (a) record and (b) "
        "publish annually the number of benefit fraud investigations which result in benefits being revoked.",
        "<p>The Department is not currently investigating changes to the data we record or publish about the "
        "outcomes of fraud investigations. We are confident that the data we collect and publish in the Annual "
        "Reports and Accounts is comprehensive and proportionate.</p>",
    )
