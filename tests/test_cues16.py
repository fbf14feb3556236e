"""``scripts/choose_cue_thresholds.py`` chooses on the flags of every development set in one session:
a candidate threshold scores again only the documents in which the cue classifier rates a sentence
between the candidate and the current value (helper cues16, ``models/cues.md``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qa_align.settings import Settings

from .conftest import be_doc, script

ROOT = Path(__file__).resolve().parent.parent
# be-kamer-2017 190673's answer and a question of the same series, shortened
QUESTION = "Hoeveel veeartsen hebben zich de voorbije vijf jaar moeten verantwoorden voor de rechter?"
# a reader reads missing data here: the professional body does not pass the figures on
NOT_PASSED_ON = "De Orde der Dierenartsen deelt die gegevens niet mee."
# and none here: a figure is given (be-kamer-2017 187313)
GIVEN = "In 2017 werden er 7 onderzoeken ingesteld."


@pytest.fixture
def choose():
    with script("choose_cue_thresholds") as module:
        yield module


@pytest.fixture
def docs():
    return [be_doc(QUESTION, NOT_PASSED_ON, doc_id="a"), be_doc(QUESTION, GIVEN, doc_id="b")]


def test_each_document_scored_alone_gives_the_flags_of_the_batch_and_the_classifiers_reading(choose, docs):
    settings = Settings().replace(**choose.FAST)
    flags, probs = choose.scored_with_probabilities(docs, settings)
    assert flags == choose.scored_flags(docs, settings)
    assert "no_information" in flags[("be-kamer", "a", "1")]
    # the classifier reads missing data in the sentence that says the figures are not passed on,
    # not in the one that gives the figure
    assert probs[("be-kamer", "a")]["missing_data"].max() > 0.5
    assert probs[("be-kamer", "b")]["missing_data"].max() < 0.5


def test_only_a_document_with_a_sentence_between_the_two_values_is_scored_again(choose, docs, monkeypatch):
    settings = Settings().replace(**choose.FAST)
    current, probs = choose.scored_with_probabilities(docs, settings)
    p = float(probs[("be-kamer", "a")]["missing_data"].max())
    assert choose.may_move(probs[("be-kamer", "a")], "missing_data", p - 0.05, p + 0.05)
    assert not choose.may_move(probs[("be-kamer", "b")], "missing_data", p - 0.05, p + 0.05)
    # read from above the sentence's probability instead of below it: document a may move, b not
    scored = []
    real = choose.scored_flags
    monkeypatch.setattr(choose, "scored_flags", lambda ds, s: scored.extend(ds) or real(ds, s))
    sweep = choose.Sweep([], docs, settings, current, {}, ("grouped",), probs)
    low, high = round(p - 0.05, 3), round(min(p + 0.05, 0.999), 3)
    moved = sweep.rescored(
        docs,
        "missing_data",
        high,
        low,
        settings.replace(cue_thresholds=(("missing_data", high),)),
    )
    assert [d.doc_id for d in scored] == ["a"]
    # the given figure's document keeps its flags without being scored again
    assert moved[("be-kamer", "b", "1")] == current[("be-kamer", "b", "1")]
