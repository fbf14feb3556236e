"""Session 15 (helper cues13): the tense and verb patterns tried beside the cue classifier's own
(``scripts/cue_tense_patterns.toml``) and the paired bootstrap of
``scripts/experiment_cue_embeddings.py`` that compared the designs."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from qa_align.cues import compile_patterns, fold, load_patterns

from .conftest import script

ROOT = Path(__file__).resolve().parent.parent
TENSE = ROOT / "scripts" / "cue_tense_patterns.toml"


def _matched(sentence: str, language: str) -> set[str]:
    table = compile_patterns(load_patterns(TENSE)[language])
    return {name for name, rx in table if rx.search(fold(sentence))}


def test_a_present_passive_of_examining_reads_as_such_and_not_as_a_perfect():
    # be-kamer: work going on, a deferral by CUES.md
    found = _matched(
        "De problematiek van binnenhuisdekking wordt momenteel onderzocht in het kader van de CEPT/PT1.", "nl"
    )
    assert {"t_passive_present", "t_now"} <= found
    assert "t_perfect" not in found and "t_future_passive" not in found


def test_a_future_passive_is_read_apart_from_a_past_one():
    future = _matched(
        "Op basis daarvan zal een eerste evaluatie gebeuren en zal worden onderzocht waar bijsturing nodig is.",
        "nl",
    )
    past = _matched("Het verslag van het Monitoringcomite werd op 10 maart 2017 gepubliceerd.", "nl")
    assert "t_future_passive" in future and "t_perfect" not in future
    assert "t_perfect" in past and "t_future_passive" not in past and "t_future_active" not in past


def test_an_english_progressive_passive():
    found = _matched("... while their application for asylum is being considered.", "en")
    assert "t_progressive_passive" in found
    assert "t_future_passive" not in found and "t_past" not in found


@pytest.fixture
def experiment():
    with script("experiment_cue_embeddings") as module:
        yield module


def test_the_bootstrap_gives_the_difference_of_f1_on_the_held_out_predictions(experiment, tmp_path, capsys):
    # four documents, one deferral each; design a finds two of them, design b three and one false:
    # F1 a = 2*2/(4+2) = 0.667, b = 2*3/(4+4) = 0.75, b - a = +0.083
    y = np.zeros((8, 6), dtype=int)
    y[[0, 2, 4, 6], 3] = 1
    a = np.zeros_like(y)
    a[[0, 2], 3] = 1
    b = np.zeros_like(y)
    b[[0, 2, 4, 5], 3] = 1
    groups = np.array(["d1", "d1", "d2", "d2", "d3", "d3", "d4", "d4"])
    path = tmp_path / "p-nl.npz"
    np.savez(path, y=y, groups=groups, readers=np.zeros(8, dtype=bool), a=a, b=b)
    experiment.bootstrap(str(path), "a", "b", rounds=200)
    out = capsys.readouterr().out
    assert "deferral: b - a F1 +0.083" in out
    assert "missing_data" not in out  # no positive there: no line
