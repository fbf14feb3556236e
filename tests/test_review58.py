"""review58: the review of session 56's changes. The shipped unit model (generic54's file; generic56's refit was
not shipped, see the README's "session 56, generic56") was fitted on the development sets up to dev-uk101;
sets registered since (dev-be99 .. dev-uk107) are read by the card's refit command unless told otherwise.
``scripts/train_generic.py --until SET`` reads the sets up to SET only, as a file was fitted. Expected values
written by hand (set names); the three of ``--until`` fail on f231a705 (no ``--until``), checked on a
``git archive`` copy with this file added."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from qa_align import labelsets

from .conftest import script

ROOT = Path(__file__).resolve().parents[1]


def _sets_up_to(last: str) -> list[str]:
    order = list(labelsets.DEVELOPMENT_SETS)
    return order[: order.index(last) + 1]


def test_the_shipped_file_was_fitted_on_the_sets_up_to_dev_uk107():
    # generic57's refit (``--until dev-uk107``); generic54's file stopped at dev-uk101
    model = json.loads((ROOT / "qa_align/models/generic-units.json").read_text(encoding="utf-8"))
    assert model["trained_on"][0] == "reference-dev"
    assert model["trained_on"][-1] == "dev-uk107"
    assert model["trained_on"] == _sets_up_to("dev-uk107")


def test_train_generic_until_keeps_the_sets_up_to_it(monkeypatch):
    with script("train_generic") as train_generic:
        monkeypatch.setattr(train_generic, "SETS", dict(train_generic.SETS))
        assert "dev-uk106" in train_generic.SETS  # registered since the file was fitted
        train_generic.keep_sets_until("dev-uk105")
        assert list(train_generic.SETS)[-1] == "dev-uk105"
        assert {"dev-uk106", "dev-uk107"}.isdisjoint(train_generic.SETS)
        assert list(train_generic.SETS)[0] == "reference-dev"
        # the recency weights read the sets kept: dev-uk105 the last, weighed 1 + A, reference-dev 1
        weights = train_generic.recency_weights(np.array(["reference-dev", "dev-uk105"]), 1.0)
        assert weights.tolist() == [1.0, 2.0]


def test_train_generic_until_an_unknown_set_is_refused(monkeypatch):
    with script("train_generic") as train_generic:
        monkeypatch.setattr(train_generic, "SETS", dict(train_generic.SETS))
        with pytest.raises(SystemExit, match="not a development set: dev-uk999"):
            train_generic.keep_sets_until("dev-uk999")


def test_train_generic_main_takes_until(monkeypatch, tmp_path):
    # the option is read: an unknown set stops the command before any unit is read or scored
    with script("train_generic") as train_generic:
        monkeypatch.setattr(train_generic, "SETS", dict(train_generic.SETS))
        with pytest.raises(SystemExit, match="not a development set"):
            train_generic.main(["--until", "dev-uk999", "--cache", str(tmp_path / "none.pkl")])
