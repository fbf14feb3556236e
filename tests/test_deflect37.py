"""The matter sitting with a body, an operational matter for a body and a body's call "ultimately for" it, as
`[cues] deflection` phrases (issue 17, deflect37); a body named responsible for what it does is no hand-over by
those words alone. Texts are real records of ../shared/data; the expected flags are from reading them beside the
question."""

import pytest

from qa_align.settings import Settings

from .conftest import flagged, uk_doc

SETTINGS = Settings(rules=("deflection",), recycled_across_documents=False)

# uk-commons 1836927 (no labelled set; the answer's first paragraph): an assessment of postal votes abroad asked; the
# dispatch and the assessment placed with the Returning Officers
POSTAL_Q = (
    "To ask the Secretary of State for Housing, Communities and Local Government, what assessment his Department has"
    " made of whether overseas electors in (a) Australia and (b) UAE can receive postal ballot papers posted from the"
    " United Kingdom in line with the legal deadlines for returning them."
)
POSTAL_A = (
    "<p>The responsibility for arranging the timing and dispatch of postal votes sits with the Returning Officer for"
    " each electoral area. As such, it falls to them to assess the likelihood of an elector\u2019s postal ballot pack"
    " being dispatched, returned and completed before the close of poll.</p>"
)
# uk-commons 1885798 (no labelled set): which councils will adopt the scheme asked; the decision placed with them
BUS_LANES_Q = (
    "To ask the Secretary of State for Justice, with reference to his Department\u2019s press release entitled"
    " Deputy Prime Minister sets out vision for the justice system, published on 24 February 2026, which additional"
    " local authorities plan to adopt the scheme allowing prisoner transport vans to use bus lanes."
)
BUS_LANES_A = (
    "<p>We agree with Sir Brian\u2019s Leveson\u2019s recommendation in the Independent Review of the Criminal Courts"
    " that Prisoner Escort and Custody Services (PECS) should be enabled to use bus lanes when transporting"
    " prisoners. However, these decisions are ultimately for local authorities.</p><p>PECS vehicles already use"
    " bus lanes in Manchester, Bristol, Salford and Nottingham. We are currently engaging with local authorities"
    " across the country to expand this, and will work with the Department for Transport to ensure that local"
    " authorities are aware of the role they can play in reducing prisoner delays.</p>"
)
# uk-commons 1665374 (no labelled set; the answer's first sentences): police guidance on proscribed organisations
# asked; the investigations placed with the police
POLICE_Q = (
    "To ask the Secretary of State for the Home Department, whether her Department provides (a) guidance and (b)"
    " training to police officers on ensuring that (i) Hamas logos and chants are swiftly identified and (ii) any"
    " person suspected of promoting terror in the UK is arrested."
)
POLICE_A = (
    "The Government takes proscription offences seriously. Investigations into the activities of proscribed"
    " organisations or individuals who may be members of or who demonstrate support for proscribed organisations"
    " are an operational matter for the police and intelligence agencies."
)
# uk-commons 1749628 (no labelled set), the first sentence alone: a body named responsible for what it does,
# no "own" affairs, no hand-over of the matter (the answer's next sentence, "Responsibility ... sits with the
# Financial Conduct Authority", is left out)
PRA_Q = (
    "To ask the Chancellor of the Exchequer, whether the Prudential Regulation Authority is responsible for"
    " enforcing the (a) development and (b) implementation of transition plans for (i) UK regulated financial"
    " institutions and (ii) FTSE 100 companies."
)
PRA_A = (
    "The Prudential Regulation Authority (PRA) is responsible for overseeing the prudential regulation and"
    " supervision of financial institutions in the UK, ensuring their safety, soundness, and compliance with"
    " regulatory standards."
)


@pytest.mark.parametrize(
    "question, answer",
    [(POSTAL_Q, POSTAL_A), (BUS_LANES_Q, BUS_LANES_A), (POLICE_Q, POLICE_A)],
    ids=["sits-with-the", "ultimately-for", "operational-matter-for"],
)
def test_a_body_named_for_the_matter_is_a_hand_over(question, answer):
    assert flagged(uk_doc(question, answer), "deflection", SETTINGS)


def test_responsible_for_alone_is_no_hand_over():
    assert not flagged(uk_doc(PRA_Q, PRA_A), "deflection", SETTINGS)
