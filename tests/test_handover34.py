"""Another body's responsibility as `[cues] deflection` phrases (issue 17,
handover34): forms cues34 listed among the deflection misses that neither the lexicon nor the cue classifier
read. Texts are real records of ../shared/data; the expected flags are from reading them beside the question."""

import pytest

from qa_align.settings import Settings

from .conftest import flagged, uk_doc

SETTINGS = Settings(rules=("deflection",), recycled_across_documents=False)

# uk-commons 1676289 (no labelled set): how many delivery routes changed; the answer places the matter with
# the company and says the Government has no part in it
ROYAL_MAIL_Q = (
    "To ask the Secretary of State for Business and Trade, how many of Royal Mail's delivery routes have changed"
    " as a result of the adoption of electric vehicles."
)
ROYAL_MAIL_A = (
    "Royal Mail is a private company, and the Government does not have a role in its operational decisions"
    " including the deployment of electric vehicles and administration of delivery routes."
)
# uk-commons 1767072 (no labelled set): the desk booking rules of the arm's length bodies asked, placed with them
DESK_Q = (
    "To ask the Chancellor of the Exchequer, whether there are any requirements for civil servants to book a desk"
    " in advance in order to attend the office in person in each of (a) their Department's office workplaces and"
    " (b) the arm\u2019s length bodies of their Department."
)
DESK_A = (
    "<p>HM Treasury uses office space in multi-department buildings that are managed by the Government Property"
    " Agency, who provide a desk/place booking system for staff in each of our offices.</p><p> </p><p>"
    "Responsibility for any desk booking sits with each individual arm's length body, rather than HMT.</p>"
)
# uk-commons 1839422 (no labelled set; the same answer as dev-uk58 1821314, which the readers flag deflection):
# the support for firefighters asked about placed with the Fire and Rescue Authorities
FIRE_Q = (
    "To ask the Secretary of State for Housing, Communities and Local Government, what assessment his Department"
    " has made of the adequacy of the (a) support available to fire service staff who attend traumatic callouts"
    " and (b) suicide prevention training requirements for fire service managers in North East Hampshire"
    " constituency."
)
FIRE_A = (
    "The health and wellbeing of firefighters is of the utmost importance. The Government recognises the risks"
    " firefighters face and is grateful to them for their bravery. As the employer of fire and rescue service"
    " personnel, Fire and Rescue Authorities (FRAs) are ultimately responsible for the health and wellbeing of"
    " firefighters. The Government-issued National Framework directs that all FRAs should have a people strategy"
    " which sets out the mental and physical health and wellbeing support available to firefighters."
)


@pytest.mark.parametrize(
    "question, answer",
    [(ROYAL_MAIL_Q, ROYAL_MAIL_A), (DESK_Q, DESK_A), (FIRE_Q, FIRE_A)],
    ids=["does-not-have-a-role-in", "responsibility-sits-with", "ultimately-responsible-for"],
)
def test_another_bodys_responsibility_is_a_hand_over(question, answer):
    assert flagged(uk_doc(question, answer), "deflection", SETTINGS)
