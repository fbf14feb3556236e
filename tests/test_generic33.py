"""``generic`` is not read where the answer says that what the question asks to have been done was
not done (generic33, ``generic_units.ask_denied``, ``[answer] denied_asks``): "what assessment she
has made" answered "Defra has not made an assessment of ..." is a plain no, not general text in
place of the specifics, whatever talk stands beside it. Real text: uk-commons 1857473 (dev-uk53),
1904704 (dev-uk41), 1810394 (outside the labelled sets), 1907646 (dev-uk50) and 1691166 (dev-uk37)."""

from __future__ import annotations

from .conftest import generic_flags as _flags
from .conftest import model_file

import pytest

# uk-commons 1857473 (dev-uk53): the readers label it answered, no `generic`
BIRMINGHAM = (
    "To ask the Secretary of State for Environment, Food and Rural Affairs, what assessment she has made "
    "of the potential environmental impact of prolonged interruptions to refuse collection in Birmingham, "
    "including consequences for air quality, pest control, and neighbourhood cleanliness.",
    "<p>Defra has not made an assessment of the potential impact of prolonged interruptions to refuse "
    "collection in Birmingham. The ongoing waste dispute is a local issue and rightly being dealt with by "
    "Birmingham City Council. Commissioners appointed by the Secretary of State for Housing, Communities "
    "and Local Government continue to support the Council in their recovery and improvement journey and "
    "provide regular progress reports to the Secretary of State.</p>",
)
# uk-commons 1904704 (dev-uk41): two paragraphs on what businesses must do, then the denial
BEREAVEMENT = (
    "To ask the Secretary of State for Business and Trade, what discussions his Department in cooperation "
    "with other departments has had with private sector organisations on the standardisation of their "
    "bereavement notification processes, in order to reduce the level of distress caused to bereaved families.",
    "<p>Internal policies relating to bereavement are a matter for individual businesses, but we expect "
    "companies to treat consumers with compassion in such circumstances, with many organisations having "
    "specialist bereavement advisors to support consumers during such times.</p><p>Under consumer "
    "legislation, businesses are required to carry out their services with reasonable care and skill, and "
    "within a reasonable time.</p><p>My department has not had any recent discussions with organisations "
    "about improving bereavement processes. However, we do engage with businesses more generally on "
    "consumer protection matters.</p>",
)
# uk-commons 1810394 (outside the labelled sets), a closed question
EMBASSY = (
    "To ask the Secretary of State for Transport, whether she has had discussions with the Secretary of "
    "State for (a) the Home Department and (b) Housing, Communities and Local Government on the potential "
    "impact of the proposed new Chinese embassy on traffic disruption.",
    "<p>There have been no discussions on the potential impact of the proposed new Chinese embassy on "
    "traffic disruption. Responsibility for managing London's road network is shared between Transport "
    "for London, National Highways, and the 32 London boroughs, plus the City of London.</p>",
)
# uk-commons 1907646 (dev-uk50, labelled `generic`): the assessment of (a) is denied, the steps of (b)
# are not: the unit is read, and the model decides
E_CARGO = (
    "To ask the Secretary of State for Transport, (a) what recent assessment she has made of the cost of "
    "insurance premiums for e-cargo bikes in the urban freight sector; (b) what steps she is taking to "
    "address the affordability of such premiums.",
    "<p>There has been no recent assessment of the cost of insurance premiums for e-cargo bikes in the "
    "urban freight sector.</p><p>Everyone who drives, rides or cycles, including delivery drivers and "
    "riders, has a duty to behave in a safe and responsible manner, and to follow the rules set out in "
    "The Highway Code.</p>",
)
# uk-commons 1691166 (dev-uk37, labelled `generic`): "not usually disclosed" refuses, it does not say no
# discussion was had
DISCLOSED = (
    "To ask the Chancellor of the Exchequer, whether he had discussions with the Minister for Women and "
    "Equalities on the potential impact on equalities of the order.",
    "<p>However, the Government recognises the concerns that have been raised recently about these "
    "changes. In line with the practice of successive administrations, details of internal discussions "
    "are not usually disclosed.</p>",
)


@pytest.mark.parametrize("case", [BIRMINGHAM, BEREAVEMENT, EMBASSY], ids=["assessment", "talk-first", "closed"])
def test_what_was_asked_said_not_done_is_no_generic(tmp_path, case):
    # a model that reads every English unit as generic (p 0.99): only the veto keeps the flag off
    flagging = model_file(tmp_path, "english", 10.0, language="en")
    assert "generic" not in _flags(*case, flagging)


def test_the_veto_names_the_denial(tmp_path, caplog):
    flagging = model_file(tmp_path, "english", 10.0, language="en")
    with caplog.at_level("DEBUG", logger="qa_align.rules.answers"):
        _flags(*BIRMINGHAM, flagging)
    assert "what was asked is said not to have been done ('Defra has not made an assessment" in caplog.text


@pytest.mark.parametrize("case", [E_CARGO, DISCLOSED], ids=["steps-beside", "not-disclosed"])
def test_no_veto_without_a_denial_of_each_thing_asked(tmp_path, case):
    flagging = model_file(tmp_path, "english", 10.0, language="en")
    assert "generic" in _flags(*case, flagging)
