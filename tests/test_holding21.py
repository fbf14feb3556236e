"""holding on a consideration negated (holding21): the cue classifier's deferral in a sentence that says what was
asked is not being considered or not planned ("The government is not currently considering updates to the
existing legislation ...", a phrase of ``[answer] declines`` and a word of the question) is the answer, a no, and
puts nothing off; a deferral of the lexicon's own words, or one beside a future form, still counts. The same
phrases read as a no answer the closed question for ``yes_no_unanswered``.
Real uk-commons answers from ../shared/data; expected flags written by hand from reading them."""

from qa_align.settings import Settings

from .conftest import flagged, uk_doc
from .test_holding18 import uk_holding_of


def test_a_consideration_negated_is_a_no_not_a_deferral():
    # uk-commons 1824804 (dev-uk34, the whole answer): the readers read a clear no, with the 2015 update given
    assert not uk_holding_of(
        "To ask the Secretary of State for Transport, if he will bring forward legislative proposals to update "
        "existing legislation on the use of high-weight agricultural vehicles on public roads to reflect modern "
        "vehicle (a) sizes, (b) traffic conditions and (c) safety standards.",
        "<p>The Secretary of State for Transport has not had discussions with road safety experts on updating "
        "legislation for the use of high-weight agricultural vehicles on public roads.</p><p> </p><p>Legislative "
        "updates to the speed and weight limits of agricultural tractors were made in 2015. This increased the "
        "maximum weight limit for tractor-trailer combinations to 31 tonnes.</p><p> </p><p>The government is not "
        "currently considering updates to the existing legislation on the use of high-weight agricultural vehicles "
        "but has engaged with the sector on this topic.</p>",
    )


def test_a_policy_change_not_being_considered_is_a_no():
    # uk-commons 1766386 (no labelled set, the whole answer): no change to what is recorded or published
    assert not uk_holding_of(
        "To ask the Secretary of State for Work and Pensions, pursuant to the Answer of 11 February 2025 to "
        "Question 29494 on Social Security Benefits: Fraud, if she will make it her policy to (a) record and (b) "
        "publish annually the number of benefit fraud investigations which result in benefits being revoked.",
        "<p>The Department is not currently considering changing the data we record or publish about the "
        "outcomes of fraud investigations. We are confident that the data we collect and publish in the Annual "
        "Reports and Accounts is comprehensive and proportionate.</p>",
    )


def test_a_no_beside_a_promise_in_the_same_sentence_still_defers():
    # uk-commons 1713526 (no labelled set, the whole answer): personal imports will not be prohibited altogether,
    # but whether restrictions will be placed, what was asked, is put off to the new approach "in due course"
    assert uk_holding_of(
        "To ask the Secretary of State for Environment, Food and Rural Affairs, with reference to paragraph 138 of "
        "the Border Target Operating Model, published in August 2023, whether restrictions will be placed on "
        "people bringing (a) animal and (b) plant products for food into the UK from the EU for personal use.",
        "<p>The BTOM sets out the policy design for import health controls on commercial consignments and the "
        "future regime for goods in personal possession is still being finalised.</p><p> </p><p>We do not intend "
        "to prohibit personal imports altogether, and we will set out our new approach, which adopts the same "
        "principles of risk assessment and proportionality, in due course.</p>",
    )


def test_legislation_not_being_considered_answers_whether_it_will_be_brought_forward():
    # uk-commons 1882514 (no labelled set, the whole answer): a clear no to "if he will bring forward legislative
    # proposals"
    doc = uk_doc(
        "To ask the Minister for the Cabinet Office, if he will bring forward legislative proposals to protect "
        "whistleblowers who breach legislation relating to official secrets, including the Official Secrets Act "
        "1989 and the National Security Act 2023, in order to protect the UK's national security.",
        "<p>The Government is not currently considering any legislative reform in this area as the existing "
        "frameworks provide appropriate protections for protecting national security. There are established "
        "channels for members of the security and intelligence services to raise concerns, which can then be "
        "investigated appropriately without compromising national security through unauthorised public "
        "disclosure.</p>",
    )
    assert not flagged(doc, "yes_no_unanswered", Settings(recycled_across_documents=False))
