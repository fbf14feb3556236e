"""Readings of meaning for the ``answered`` gate (helper answered21, ``models/answered.md``,
"Readings of meaning"): ``scripts/answered_meaning.py`` reads, for a closed question, how close
each sentence of the answer comes to the question's closed clause; ``scripts/answered_held_out.py``
reads such columns beside the gate's features (``--extra``) or random noise in their place
(``--null-column``, the control). Questions and answers of the uk-commons records named
(development sets); expected values written out from reading them, with the word backend
(``tfidf``) standing in for the sentence embeddings, which these tests do not load."""

import importlib
import json

import numpy as np
import pytest

from qa_align.embed import get_backend


@pytest.fixture
def scripts(monkeypatch):
    monkeypatch.syspath_prepend("scripts")
    return importlib.import_module("answered_meaning"), importlib.import_module("answered_held_out")


def _read(meaning_module, clause: str, answer: list[str]) -> dict[str, float]:
    """The unit's readings with the word backend (TF-IDF fitted on the clause and the answer)."""
    backend = get_backend("tfidf", cache=False).fit([clause, *answer])
    rows = meaning_module.unit_rows(backend.embed([clause, *answer]).toarray())
    return meaning_module.meaning(rows[:1], rows[1:], above=0.3)


def test_answer_that_takes_up_the_question_first(scripts):
    meaning, _ = scripts
    # reference-dev 1727876: the loan charge named first, then put off in other words ("this matter")
    got = _read(
        meaning,
        "whether she has taken steps to establish an independent review of HMRC's implementation of the Loan Charge.",
        [
            "The Chancellor and I know the loan charge is a very important matter for many members and their constituents.",
            "We have been considering this matter since taking office and will provide an update in due course.",
        ],
    )
    assert got["sem_argmax_first"] == 1.0  # the first sentence is the one that speaks of the question
    assert got["sem_first"] == got["sem_max"] > 0.0
    # the deferral shares only "an" with the question: it comes less close, the mean below the first
    assert got["sem_mean"] < got["sem_first"]


def test_answer_that_settles_it_in_its_second_sentence(scripts):
    meaning, _ = scripts
    # dev-uk18 1766268: the no stands second, in the question's own words
    got = _read(
        meaning,
        "and whether policy teams share lists of organisations they have met with.",
        [
            "Policy teams routinely confer when making decisions on engagement.",
            "We do not maintain and share lists of organisations policy teams have met.",
        ],
    )
    assert got["sem_argmax_first"] == 0.0  # the sentence that takes up the question comes second
    assert got["sem_max"] > got["sem_first"] > 0.0


def test_unit_without_an_answer_sentence_reads_nothing(scripts):
    meaning, _ = scripts
    assert set(meaning.meaning(np.ones((1, 3)), np.zeros((0, 3)), 0.5).values()) == {0.0}


def test_noise_control_and_extra_columns(scripts, tmp_path):
    _, held_out = scripts
    rows = [
        {"key": ["uk-commons", "1", "1"]},
        {"key": ["uk-commons", "2", "1"]},
        {"key": ["be-kamer", "3", "2"]},
    ]
    noise = held_out.extra_columns(rows, [], 2, seed=0)
    assert noise.shape == (3, 2) and ((noise >= 0) & (noise < 1)).all()
    assert np.array_equal(noise, held_out.extra_columns(rows, [], 2, seed=0))  # seeded
    assert not np.array_equal(noise, held_out.extra_columns(rows, [], 2, seed=1))
    extra = tmp_path / "sem.jsonl"
    extra.write_text(
        json.dumps({"key": ["be-kamer", "3", "2"], "features": {"sem_max": 0.7, "sem_first": 0.4}}) + "\n"
    )
    got = held_out.extra_columns(rows, [str(extra)], 0, seed=0)
    # the unit the file names gets its readings; the units it lacks read 0
    assert got.tolist() == [[0.0, 0.0], [0.0, 0.0], [0.7, 0.4]]
