"""generic58: the routes under the unit model's cut that lose over the development sets are off (the stock line on
discussions, ``Settings.generic_discussions_stock``: right on 1 of 7; the short-answer floor,
``Settings.generic_short_floor``: right on 0 of 1; module constants until lows59), and
``scripts/generic_held_out.py`` measures the decision as shipped (the floor and the answered gate read, a stale
cache refused; review59's lows). Real text: uk-commons 1784603 (dev-uk74, labelled `yes_no_unanswered` only,
partial) and 1824828 (dev-uk58, labelled `deflection` only)."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest

from qa_align.settings import Settings

from .conftest import generic_flags as _flags
from .conftest import script
from .test_generic35 import OFGEM

# uk-commons 1784603 (dev-uk74): whether the discussions took place is never said (the readers:
# `yes_no_unanswered`); two sentences, the first the rule's general wording ("on a range of issues")
LAND_USE = (
    "To ask the Secretary of State for Housing, Communities and Local Government, whether she has had discussions "
    "with the Secretary of State for Environment, Food and Rural Affairs on the potential implications of the "
    "development of the Land Use Framework for the National Planning Policy Framework.",
    "<p>The Secretary of State has regular discussions with the Secretary of State for Environment, Food and Rural "
    "Affairs on a range of issues. Ministers in the Ministry of Housing, Communities and Local Government (MHCLG) "
    "and the Department for Environment, Food and Rural Affairs (DEFRA) will continue to work together to consider "
    "the interactions between the forthcoming Land Use Framework and the National Planning Policy Framework.</p>",
)


def test_both_routes_are_off_as_shipped():
    # settings since lows59 (``Settings.generic_discussions_stock``, ``generic_short_floor``)
    assert (Settings().generic_discussions_stock, Settings().generic_short_floor) == (False, None)


def test_the_shipped_decision_leaves_the_closed_question_on_discussions():
    # the shipped file reads 1784603 under its closed cut; the floor of generic54 flagged it
    assert "generic" not in _flags(*LAND_USE, "")
    # the floor's flag carries the rule's reason where the rule's general words stand too
    flag = _flags(*LAND_USE, "", generic_short_floor=0.15)["generic"]
    assert [e.text for e in flag.evidence] == ["a range of issues"]


def test_the_shipped_decision_leaves_the_stock_line_beside_the_regulator():
    # 1824828: the regulator's role and a stock line, which the readers flag `deflection`, not `generic`
    assert "generic" not in _flags(*OFGEM, "")
    assert (
        "speaks of discussions only in a stock line"
        in _flags(*OFGEM, "", generic_discussions_stock=True)["generic"].reason
    )


def _units():
    # five open units read by the model (cut 0.18): a short answer at p 0.16, a short one at p 0.10, a stock line at
    # p 0.12, one over the cut the answered gate takes, one over the cut
    keys = ("short16", "short10", "stock", "gated", "over")
    data = {
        "units": [SimpleNamespace(key=k) for k in keys],
        "features": {k: {"closed": 0.0} for k in keys},
        "extras": {"stock": (True, False)},
        "shipped": {
            "short16": {"short": True, "answered": False},
            "short10": {"short": True, "answered": False},
            "gated": {"short": False, "answered": True},
        },
    }
    m = {"served": np.ones(5, bool), "rule": np.zeros(5, bool), "veto": np.zeros(5, bool)}
    return data, np.array([0.16, 0.10, 0.12, 0.50, 0.19]), m


def test_held_out_decides_with_the_floor_the_stock_line_and_the_answered_gate():
    data, prob, m = _units()
    with script("generic_held_out") as held:
        shipped = held.decided(data, prob, m, 0.18, 0.30)
        old = held.decided(data, prob, m, 0.18, 0.30, stock_on=True, floor=0.15)
    assert shipped.tolist() == [False, False, False, False, True]
    assert old.tolist() == [True, False, True, False, True]


def test_held_out_refuses_a_stale_cache_and_one_without_the_shipped_readings(monkeypatch):
    with script("generic_held_out") as held:
        monkeypatch.setattr(
            held.tg, "stale_cache", lambda data, sets: "scored with other code (qa_align's files differ)"
        )
        with pytest.raises(SystemExit, match="other code"):
            held.usable({"shipped": {}}, "c.pkl")
        monkeypatch.setattr(held.tg, "stale_cache", lambda data, sets: None)
        with pytest.raises(SystemExit, match="predates"):
            held.usable({}, "c.pkl")
        held.usable({"shipped": {}}, "c.pkl")  # a current cache is read
