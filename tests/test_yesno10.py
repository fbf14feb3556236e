"""The readings of the learned gate tried on ``yes_no_unanswered`` (``scripts/train_yesno_gate.py``,
not shipped: README, ``yes_no_unanswered``): read only where the rule raises the flag, what they
read of a hand-written UK unit, and the flag's F1 counting the true units the rule never flags.
Expected values from reading question and answer."""

from __future__ import annotations

import math

import numpy as np
import pytest

from qa_align.readers.uk_commons import read_record as uk_record
from qa_align.settings import Settings

QUESTION = (
    "To ask the Secretary of State for Transport, whether he will publish the report on rural bus services."
)
# no yes or no, no negation, nothing deferred: the rule leaves the yes or no open
OPEN = "The Department has received the report and thanks the authors."


def _readings(monkeypatch, answer: str):
    monkeypatch.syspath_prepend("scripts")
    from choose_cue_thresholds import FAST
    from train_yesno_gate import readings

    doc = uk_record({"id": 7, "questionText": QUESTION, "answerText": f"<p>{answer}</p>"}, "t")
    return readings([doc], Settings().replace(**FAST, answered_model="none"))


def test_a_flagged_unit_is_read(monkeypatch):
    flags, seen = _readings(monkeypatch, OPEN)
    (key,) = seen
    assert "yes_no_unanswered" in flags[key]
    got = seen[key]
    assert got["english"] == 1.0 and got["src_uk-commons"] == 1.0 and got["src_be-kamer"] == 0.0
    assert got["kind_future"] == 1.0  # "whether he will publish"
    assert got["kind_can"] == 0.0 and got["kind_aware"] == 0.0
    assert got["p_answered"] == 0.5  # no answered model: no probability
    assert got["yr_polar_any"] == 0.0  # no yes or no word anywhere
    assert got["words"] == pytest.approx(math.log1p(10))  # ten words, one sentence
    assert 0.0 <= got["pmax_pointer"] <= 1.0


def test_an_answer_that_says_no_is_no_candidate(monkeypatch):
    flags, seen = _readings(monkeypatch, "No. The report will not be published.")
    assert seen == {}
    assert all("yes_no_unanswered" not in f for f in flags.values())


def test_the_flag_f1_counts_the_true_units_never_flagged(monkeypatch):
    monkeypatch.syspath_prepend("scripts")
    from train_yesno_gate import flag_f1

    y = np.array([True, True, False])
    # one true unit kept, one taken away, the false one taken away, one true unit never flagged:
    # 2 * 1 / (3 true + 1 kept)
    assert flag_f1(y, np.array([True, False, False]), 1) == pytest.approx(0.5)
    assert flag_f1(y, np.ones(3, bool), 0) == pytest.approx(4 / 5)
