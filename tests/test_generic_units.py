"""``generic`` read by the unit model (``qa_align.generic_units``, ``Settings.generic_model``): the
units it decides (its language only), its flag's evidence and reason, its file refused without a
language, the readings it weighs, and the shipped file. Models written by hand with one feature;
expected values from reading question and answer."""

from __future__ import annotations

import json
import math

import pytest

from qa_align.errors import ConfigError
from qa_align.generic_units import GENERIC_FEATURES, GENERIC_MODEL

from .conftest import generic_flags as _flags
from .conftest import model_file
from .test_generic3 import SMALL_BOATS, TALK

# the figures asked, given: the rule flags nothing
FARMS = (
    "To ask the Secretary of State for Environment, Food and Rural Affairs, how many farms received "
    "grants under the Sustainable Farming Incentive in 2023."
)
FIGURES = (
    "<p>The Government is committed to supporting farmers. In 2023, 1,200 farms received payments "
    "under the Sustainable Farming Incentive.</p>"
)

# no count asked: what is done for farmers
STEPS = (
    "To ask the Secretary of State for Environment, Food and Rural Affairs, what steps he is taking to "
    "support farmers in the transition to the Sustainable Farming Incentive."
)

# the figures asked and more, nothing else
SPECIFIC = (
    "<p>In 2023, 1,200 farms received payments under the Sustainable Farming Incentive. Of these, 450 "
    "were in the South West and 300 in the North East. Payments totalled £45 million.</p>"
)


def test_the_model_decides_in_place_of_the_rule(tmp_path):
    # "english" weighs +10: every English unit no veto stands on reads as generic (p 0.99), one
    # asked what is done for farmers and told of the payments too
    flagging = model_file(tmp_path, "english", 10.0, language="en")
    assert "generic" not in _flags(STEPS, FIGURES, "none")
    got = _flags(STEPS, FIGURES, flagging)["generic"]
    assert "unit model" in got.reason and "p 0.99" in got.reason
    # its evidence: the answer's sentences the cue classifier reads as most general, at most two
    assert 1 <= len(got.evidence) <= 2
    assert all(e.part == "answer" for e in got.evidence)
    assert {e.text for e in got.evidence} <= {
        "The Government is committed to supporting farmers.",
        "In 2023, 1,200 farms received payments under the Sustainable Farming Incentive.",
    }
    # asked how many farms, the count is given: the veto stands before the model
    assert "generic" not in _flags(FARMS, FIGURES, flagging)
    # weighing -10 (p 0.01) it takes away the rule's flag on the Border Security Command's talk
    (tmp_path / "other").mkdir()
    quiet = model_file(tmp_path / "other", "english", -10.0, language="en")
    assert "generic" in _flags(SMALL_BOATS, f"<p>{TALK}</p>", "none")
    assert "generic" not in _flags(SMALL_BOATS, f"<p>{TALK}</p>", quiet)


def test_another_language_is_left_to_the_rule(tmp_path):
    # a model of Dutch units reads no English unit: the rule's flag and reason stand
    dutch = model_file(tmp_path, "english", -10.0, language="nl")
    alone = _flags(SMALL_BOATS, f"<p>{TALK}</p>", "none")
    assert _flags(SMALL_BOATS, f"<p>{TALK}</p>", dutch)["generic"] == alone["generic"]


def test_a_model_file_without_a_language_is_refused(tmp_path):
    nameless = model_file(tmp_path, "english", 10.0)
    with pytest.raises(ConfigError, match="generic_model"):
        _flags(FARMS, FIGURES, nameless)
    (tmp_path / "unknown").mkdir()
    unknown = model_file(tmp_path / "unknown", "no_such_reading", 1.0, language="en")
    with pytest.raises(ConfigError, match="unknown features"):
        _flags(FARMS, FIGURES, unknown)


def test_the_readings_of_a_unit():
    import dataclasses

    from qa_align.generic_units import generic_features
    from qa_align.rules import RULES, registry

    seen = {}

    def record(ctx):
        seen.update(generic_features(ctx))
        return iter(())

    registry()
    rule = RULES["generic"]
    RULES["generic"] = dataclasses.replace(rule, func=record)
    try:
        _flags(FARMS, FIGURES, "none")
    finally:
        RULES["generic"] = rule
    assert set(seen) == set(GENERIC_FEATURES)
    assert seen["english"] == 1.0 and seen["rule"] == 0.0
    assert seen["sentences"] == pytest.approx(math.log1p(2))
    assert seen["date_share"] == 0.5  # 2023 in the second sentence
    # only the second sentence takes up asked words ("farms", "Sustainable Farming Incentive");
    # "farmers" is not "farms"
    assert seen["any_asked_share"] == 0.5
    assert seen["first_asked"] == 0.0
    assert seen["figures_given"] == 1.0  # how many farms: 1,200
    assert seen["plain_reply"] == 0.0
    assert seen["ans_asks_count"] == 1.0


def test_the_shipped_model_reads_known_features_of_english_units():
    model = json.loads(GENERIC_MODEL.read_text(encoding="utf-8"))
    assert model["language"] == "en"
    assert set(model["features"]) <= set(GENERIC_FEATURES)
    assert 0.0 < model["threshold"] < 1.0
    # talk in place of what was asked reads as generic; the figures asked, broken down, do not
    assert "generic" in _flags(SMALL_BOATS, f"<p>{TALK}</p>", "")
    assert "generic" not in _flags(FARMS, SPECIFIC, "")


def test_the_vetoes_stand_before_the_model(tmp_path, caplog):
    # a model that reads every English unit as generic (p 0.99): where a veto stands, no flag all the
    # same, and the veto is logged; the same talk without what the veto reads is flagged
    flagging = model_file(tmp_path, "english", 10.0, language="en")
    talk = "The Government is committed to cleaner transport across the country."
    # the count asked, given
    count = "To ask the Secretary of State for Transport, how many electric buses were delivered to councils in 2024."
    given = f"<p>{talk} In 2024, 310 electric buses were delivered to councils.</p>"
    steps = "To ask the Secretary of State for Transport, what steps she is taking to help councils run cleaner fleets."
    with caplog.at_level("DEBUG", logger="qa_align.rules.answers"):
        assert "generic" not in _flags(count, given, flagging)
    assert "vetoed: the count asked is given ('310')" in caplog.text
    assert "generic" in _flags(steps, given, flagging)
    # a closed question answered no before the talk
    closed = "To ask the Secretary of State for Transport, whether she plans to ban diesel buses from city centres."
    assert "generic" not in _flags(closed, f"<p>No. {talk}</p>", flagging)
    assert "generic" in _flags(closed, f"<p>{talk}</p>", flagging)
    # only a deferral: holding reads it, nothing general beside it
    asked = (
        "To ask the Secretary of State for Education, what the condition is of school buildings in Cumbria."
    )
    deferral = (
        "<p>Officials are collating the information requested. I will write to the hon. Member shortly.</p>"
    )
    assert "generic" not in _flags(asked, deferral, flagging)
    general = "We are committed to ensuring that every pupil learns in a safe and modern building."
    assert "generic" in _flags(asked, f"<p>{general} I will write to the hon. Member shortly.</p>", flagging)
