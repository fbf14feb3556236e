"""The development sets defined once (``qa_align.evaluate.DEVELOPMENT_SETS``), as the scripts that
choose a setting read them, and the cue thresholds chosen on them (``scripts/choose_cue_thresholds.py``)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from qa_align import evaluate
from qa_align.errors import ConfigError

from .conftest import script

ROOT = Path(__file__).resolve().parent.parent


def test_no_test_set_is_a_development_set():
    development = {Path(f).name for files in evaluate.DEVELOPMENT_SETS.values() for f in files}
    assert not development & {"reference-test.jsonl", "test-be.jsonl", "test-uk.jsonl"}
    assert not set(evaluate.DEVELOPMENT_SETS) & {"reference-test", "test-be", "test-uk"}
    # and the test sets are where the README's table names them
    assert evaluate.TEST_SETS["test-be"] == ("corpus/gold/test-be.jsonl",)
    assert evaluate.TEST_SETS["reference-test"] == ("../shared/labels/reference-test.jsonl",)


def test_every_development_file_of_corpus_gold_is_in_a_development_set():
    # a set labelled and merged is a development set from then on: the scripts that choose
    # thresholds must read it too
    listed = {f for files in evaluate.DEVELOPMENT_SETS.values() for f in files}
    on_disk = {f"corpus/gold/{p.name}" for p in (ROOT / "corpus/gold").glob("*.jsonl")}
    assert on_disk - listed == {"corpus/gold/test-be.jsonl", "corpus/gold/test-uk.jsonl"}
    assert "../shared/labels/reference-dev.jsonl" in listed
    assert sum(len(files) for files in evaluate.DEVELOPMENT_SETS.values()) == len(listed)  # each once


def test_a_test_file_slipped_into_a_development_set_is_refused(monkeypatch):
    sets = {
        **evaluate.DEVELOPMENT_SETS,
        "dev-be2": ("corpus/gold/dev-be2.jsonl", "corpus/gold/test-be.jsonl"),
    }
    monkeypatch.setattr(evaluate, "DEVELOPMENT_SETS", sets)
    with pytest.raises(ConfigError, match="dev-be2"):
        evaluate.development_sets(ROOT)


def test_development_sets_are_paths_under_the_root():
    sets = evaluate.development_sets(ROOT)
    assert sets["gold"][0] == ROOT / "corpus/gold/dev.jsonl"
    assert sets["dev-uk8-10"] == tuple(ROOT / f"corpus/gold/dev-uk{n}.jsonl" for n in (8, 9, 10))


@pytest.fixture
def choose():
    with script("choose_cue_thresholds") as module:
        yield module


def test_one_set_out_folds_decide_each_set_by_the_value_the_others_choose(choose):
    # two English sets of two units each, a flag labelled on the first unit of each. At 0.7 the
    # rule flags a's two units (one false) and b's labelled one; at 0.9 only a's labelled one.
    # Trained on b, 0.7 is best (F1 1 against 0): set a is decided at 0.7, one true, one false.
    # Trained on a, 0.9 is best (F1 1 against 0.67): set b is decided at 0.9, its unit missed.
    units = [
        choose.Unit(("uk-commons", d, "1"), "en", s, frozenset(f))
        for d, s, f in [("1", "a", {"holding"}), ("2", "a", ()), ("3", "b", {"holding"}), ("4", "b", ())]
    ]
    sweep = choose.Sweep(units, [], None, {}, {}, ("by set",))
    y = np.array([True, False, True, False])
    en = {0.7: np.array([True, True, True, False]), 0.9: np.array([True, False, False, False])}
    preds = {"en": en, "nl": {t: np.zeros(4, bool) for t in en}}
    sets = np.array(["a", "a", "b", "b"])
    folds = [(np.flatnonzero(sets != s), np.flatnonzero(sets == s)) for s in ("a", "b")]
    held, _, chosen = sweep.cross_validate(y, preds, en, {"en": 0.8, "nl": 0.8}, 0.8, folds)
    assert chosen["en"] == [0.7, 0.9]
    assert held.tolist() == [True, True, False, False]
    assert choose.f1(y, held) == pytest.approx(2 * 1 / (2 + 2))
