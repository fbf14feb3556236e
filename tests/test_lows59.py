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

from .test_generic35 import OFGEM
from .test_generic58 import LAND_USE

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
