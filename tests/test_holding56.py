"""The readings of ``scripts/holding_meaning.py`` (holding56): the similarity of a deferral sentence to
the unit's question, as a gate on the rule's flags and as a second way in, measured, not shipped (no flag
depends on it). Expected values written out by hand from the small units below."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def meaning(monkeypatch):
    monkeypatch.syspath_prepend(str(ROOT / "scripts"))
    import holding_meaning

    return holding_meaning


def _unit(doc, gold, tool, sentences, lang="en"):
    return {
        "source": "uk-commons", "doc_id": doc, "n": "1", "lang": lang, "gold": gold, "tool": tool,
        "sentences": [
            {"text": t, "cue": cue, "kept": kept, "p": p, "sim": sim, "sim_head": sim}
            for t, cue, kept, p, sim in sentences
        ],
    }  # fmt: skip


def test_the_gate_drops_flags_whose_kept_sentence_is_far_from_the_question(meaning):
    units = [
        _unit("1", True, True, [("We will write in due course.", True, True, 0.8, 0.30)]),
        _unit("2", False, True, [("Guidance will follow.", True, True, 0.6, 0.05), ("Other.", False, False, 0.1, 0.9)]),
        _unit("3", True, True, [("A review is under way.", True, True, 0.7, 0.12)]),
        _unit("4", False, False, [("Nothing kept.", True, False, 0.2, 0.01)]),
    ]  # fmt: skip
    # unit 2's kept sentence (0.05) is below 0.1, unit 3's (0.12) is not; unit 2's unkept 0.9 is not read
    assert meaning._gain_gate(units, "sim", 0.1) == (0, 1)
    assert meaning._gain_gate(units, "sim", 0.2) == (1, 1)
    assert meaning._gain_gate(units, "sim", 0.0) == (0, 0)
    # the best gate on these units drops the false flag alone: the least t above 0.05 of the grid
    assert meaning._choose_gate(units, "sim") == 0.06


def test_the_entry_flags_an_unflagged_unit_by_probability_and_similarity_together(meaning):
    units = [
        _unit("1", True, False, [("The decision will be taken later.", False, False, 0.35, 0.45)]),
        _unit("2", False, False, [("Figures are published.", False, False, 0.35, 0.10)]),
        _unit("3", False, False, [("The matter is being looked at.", False, False, 0.15, 0.70)]),
        _unit("4", True, True, [("I will write.", True, True, 0.9, 0.5)]),
    ]  # fmt: skip
    assert meaning._entry_gain(units, 0.3, 0.4) == (1, 0)
    assert meaning._entry_gain(units, 0.3, 0.1) == (1, 1)
    assert meaning._entry_gain(units, 0.1, 0.4) == (1, 1)
    assert meaning._entry_gain(units, 0.5, 0.1) == (0, 0)


def test_folds_keep_a_document_whole(meaning):
    units = [_unit(d, False, False, []) for d in ("10", "10", "11", "10", "12")]
    folds = meaning._folds(units)
    assert folds[0] == folds[1] == folds[3]
    assert all(0 <= f < 5 for f in folds)


def test_similarity_ranks_the_sentence_on_the_asked_matter_first(meaning):
    from qa_align.embed import get_backend

    q = "To ask the Secretary of State for Transport, when she will publish the rail freight strategy."
    rows = [
        {
            "question": q, "lang": "en",
            "sentences": [
                {"text": "The rail freight strategy will be published later this year."},
                {"text": "Ministers meet stakeholders regularly on many matters."},
            ],
        }
    ]  # fmt: skip
    meaning._add_similarity(rows, get_backend("tfidf+char"))
    first, second = rows[0]["sentences"]
    assert first["sim"] > second["sim"]
    assert 0.0 <= second["sim"] <= first["sim"] <= 1.0
