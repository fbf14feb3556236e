"""generic51: the unit model's cut for closed questions (``closed_threshold`` of its file,
``generic_units.model_cut``), read in place of its ``threshold`` where the question is closed; the file
refused where it is no number; the retrain script's forward test reads the same cuts. Models written
by hand with one feature ("closed"); expected values from the cuts written in them."""

from __future__ import annotations

import json

import numpy as np
import pytest

from qa_align.errors import ConfigError
from qa_align.generic_units import GENERIC_MODEL

from .conftest import generic_flags as _flags
from .conftest import model_file, script

# a closed question (whether it is planned) and an open one (what is done) on the same matter, and an
# answer of general lines only: no yes or no, no count, no deferral, no sum nor measure named
CLOSED = (
    "To ask the Secretary of State for Health and Social Care, whether he plans to review the funding "
    "formula for community pharmacies."
)
OPEN = (
    "To ask the Secretary of State for Health and Social Care, what steps he is taking to support "
    "community pharmacies."
)
TALK = (
    "<p>The Government is committed to supporting community pharmacy. We continue to work closely with "
    "the sector to ensure that patients receive the care they need.</p>"
)

# "closed" weighs -1.24 against an intercept of +0.62 (``model_file``): p 0.35 on a closed question,
# 0.65 on an open one
WEIGHT = -1.24


def test_a_closed_question_under_its_own_cut_is_not_flagged(tmp_path):
    both = model_file(tmp_path, "closed", WEIGHT, threshold=0.3, closed_threshold=0.4, language="en")
    assert "generic" not in _flags(CLOSED, TALK, both)
    got = _flags(OPEN, TALK, both)["generic"]
    assert "p 0.65 >= 0.30" in got.reason


def test_without_a_closed_cut_the_threshold_decides_closed_questions_too(tmp_path):
    # (where the rule flags too, its reason stands: the flag is what is read here)
    one = model_file(tmp_path, "closed", WEIGHT, threshold=0.3, language="en")
    assert "generic" in _flags(CLOSED, TALK, one)
    # a cut for closed questions under the unit's p flags it where the threshold would not
    (tmp_path / "low").mkdir()
    high = model_file(tmp_path / "low", "closed", WEIGHT, threshold=0.5, language="en")
    assert "generic" not in _flags(CLOSED, TALK, high)
    (tmp_path / "closed").mkdir()
    low = model_file(
        tmp_path / "closed", "closed", WEIGHT, threshold=0.5, closed_threshold=0.3, language="en"
    )
    assert "generic" in _flags(CLOSED, TALK, low)
    assert "p 0.65 >= 0.50" in _flags(OPEN, TALK, low)["generic"].reason


def test_a_closed_cut_that_is_no_number_is_refused(tmp_path):
    bad = model_file(tmp_path, "closed", WEIGHT, threshold=0.3, closed_threshold="0.4", language="en")
    with pytest.raises(ConfigError, match="closed_threshold"):
        _flags(CLOSED, TALK, bad)


def test_model_cut():
    from qa_align.generic_units import model_cut

    assert model_cut({"threshold": 0.3, "closed_threshold": 0.4}, closed=True) == 0.4
    assert model_cut({"threshold": 0.3, "closed_threshold": 0.4}, closed=False) == 0.3
    assert model_cut({"threshold": 0.3}, closed=True) == 0.3


def test_the_shipped_file_cuts_closed_questions_above_open_ones():
    # generic51's 0.30 / 0.40 superseded by generic57's refit (0.18 / 0.30, ``tests/test_generic57.py``): a closed
    # question's cut stays the higher
    model = json.loads(GENERIC_MODEL.read_text(encoding="utf-8"))
    assert model["closed_threshold"] > model["threshold"]


def test_the_forward_test_reads_the_shipped_cuts():
    closed = np.array([True, False, True])
    with script("train_generic") as train_generic:
        cuts = train_generic.shipped_cuts({"threshold": 0.3, "closed_threshold": 0.4}, closed)
        assert cuts.tolist() == [0.4, 0.3, 0.4]
        assert train_generic.shipped_cuts({"threshold": 0.3}, closed).tolist() == [0.3, 0.3, 0.3]
