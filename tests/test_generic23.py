"""``generic`` is not read where the answer is mostly a hand-over (generic23): half its sentences or
more place the matter with another body (a ``deflection`` cue), and the sentence beside it is the
hand-over's ground, not general statements in place of the specifics asked. The cases are written
after dev-uk31 1870097 ("This is a matter for the Mayor of London.") and dev-uk2 1839769 ("Defra
does not regulate the priority services register." before what the regulator has said), which the
readers flag `deflection` and not `generic`."""

from __future__ import annotations

from .conftest import generic_flags as _flags
from .conftest import model_file

LONDON = (
    "To ask the Secretary of State for Transport, what assessment he has made of the adequacy of night "
    "bus services in outer London."
)
REGISTER = (
    "To ask the Secretary of State for Environment, Food and Rural Affairs, whether she has made an "
    "assessment of the potential impact of annual re-validation requirements for priority services "
    "register customers."
)
TALK = (
    "The Government is committed to ensuring that everyone has access to reliable and affordable "
    "public transport. We continue to work closely with partners across the country to improve services."
)


def test_a_hand_over_that_is_the_whole_answer_is_not_generic(tmp_path, caplog):
    # a model that reads every English unit as generic (p 0.99): only the veto can keep the flag off
    flagging = model_file(tmp_path, "english", 10.0, language="en")
    with caplog.at_level("DEBUG", logger="qa_align.rules.answers"):
        assert "generic" not in _flags(LONDON, "<p>This is a matter for the Mayor of London.</p>", flagging)
    assert "vetoed: mostly a hand-over (1 of its 1 sentences), no general statement beside it" in caplog.text


def test_a_hand_over_with_its_ground_is_not_generic(tmp_path):
    flagging = model_file(tmp_path, "english", 10.0, language="en")
    answer = (
        "<p>Defra does not regulate the priority services register. Ofwat, as the economic regulator, "
        "has made clear in its guidance that companies should contact households on the register at "
        "least every two years.</p>"
    )
    assert "generic" not in _flags(REGISTER, answer, flagging)


def test_a_hand_over_beside_more_general_talk_is_still_read(tmp_path):
    # one sentence of three places the matter elsewhere; the two others are talk in place of the
    # assessment asked: the model decides, and this one flags
    flagging = model_file(tmp_path, "english", 10.0, language="en")
    answer = f"<p>{TALK} Night bus services in London are a matter for the Mayor of London.</p>"
    assert "generic" in _flags(LONDON, answer, flagging)


def test_policy_talk_beside_a_hand_over_is_still_read(tmp_path):
    # after uk-commons 1825509 (outside the labelled sets): the second of two sentences is talk
    # ("is working with ... to ensure support is in place"), not the hand-over's ground
    flagging = model_file(tmp_path, "english", 10.0, language="en")
    asked = (
        "To ask the Secretary of State for Health and Social Care, what steps his Department is taking "
        "to increase the accessibility of band five nursing roles available to newly qualified nurses."
    )
    answer = (
        "<p>Decisions about recruitment are a matter for individual National Health Service employers, "
        "who manage this at a local level. NHS England is working with employers, universities, and "
        "regional nursing leads to ensure support is in place to help graduating nurses find a role as "
        "soon as possible after qualification.</p>"
    )
    assert "generic" in _flags(asked, answer, flagging)
