"""generic54: the unit model refitted on every development set, the readers' later sets weighed more
(``scripts/train_generic.py --recency``, ``recency_weights``), and a floor for short answers in the
lexicon's general wording (``generic_units.short_general``, ``Settings.generic_short_floor``) that keeps the
plainest `generic` answer (uk-commons 1888978) the refit reads under its cut. Models written by hand
with one feature ("closed", 0 on these open questions); expected values from the probabilities written
in them and from the sets' order in ``labelsets``."""

from __future__ import annotations

import json

import numpy as np

from qa_align import labelsets
from qa_align.generic_units import GENERIC_MODEL

from .conftest import generic_flags, model_file, script


def _flags(question: str, answer: str, model: str) -> dict:
    # the floor of generic54, off since generic58 (``Settings.generic_short_floor`` None): the reading set back on
    return generic_flags(question, answer, model, generic_short_floor=0.15)


# uk-commons 1888978 (gold, labelled `generic`): one sentence of general words for the evidence asked
ASK = (
    "To ask the Secretary of State for Environment, Food and Rural Affairs, what scientific evidence Natural "
    "England is using to determine whether a development has a potential hydrological impacts on Sites of "
    "Special Scientific Interest."
)
ONE = (
    "Natural England assesses all available information on both impacts and mitigation and uses "
    "professional judgement and scientific expertise to provide advice to decision-makers."
)
# the same sentence and two more: an answer of three sentences is no short answer
THREE = ONE + " Each case is considered on its merits. The advice is shared with the applicant."

# "closed" weighs W against an intercept of -W/2 (``model_file``): on an open question p = 1 / (1 + e^(W/2))
P20 = 2.7726  # p 0.20: under the cut 0.30, over the floor 0.15
P10 = 4.3944  # p 0.10: under the floor


def test_a_one_sentence_general_answer_under_the_cut_is_flagged_from_the_floor(tmp_path):
    model = model_file(tmp_path, "closed", P20, threshold=0.3, language="en")
    assert list(_flags(ASK, f"<p>{ONE}</p>", model)) == ["generic"]


def test_under_the_floor_the_short_answer_is_not_flagged(tmp_path):
    over = model_file(tmp_path, "closed", P20, threshold=0.3, language="en")
    under = model_file(tmp_path, "closed", P10, threshold=0.3, language="en")
    assert (list(_flags(ASK, f"<p>{ONE}</p>", over)), list(_flags(ASK, f"<p>{ONE}</p>", under))) == (
        ["generic"],
        [],
    )


def test_three_sentences_are_no_short_answer(tmp_path):
    model = model_file(tmp_path, "closed", P20, threshold=0.3, language="en")
    assert (list(_flags(ASK, f"<p>{ONE}</p>", model)), list(_flags(ASK, f"<p>{THREE}</p>", model))) == (
        ["generic"],
        [],
    )


def test_a_figure_takes_the_general_wording_away(tmp_path):
    # the rule's general words stand only in an answer that gives no figure
    model = model_file(tmp_path, "closed", P20, threshold=0.3, language="en")
    figure = ONE.replace("decision-makers.", "decision-makers in 1,240 cases a year.")
    assert (list(_flags(ASK, f"<p>{ONE}</p>", model)), list(_flags(ASK, f"<p>{figure}</p>", model))) == (
        ["generic"],
        [],
    )


def test_recency_weights_run_from_one_to_one_plus_a():
    order = list(labelsets.DEVELOPMENT_SETS)
    with script("train_generic") as tg:
        weights = tg.recency_weights(np.array([order[0], order[-1], order[0]]), 3.0)
    assert weights.tolist() == [1.0, 4.0, 1.0]


def test_the_shipped_file_is_fitted_on_the_last_sets_with_recency_weights():
    model = json.loads(GENERIC_MODEL.read_text(encoding="utf-8"))
    assert {"dev-be97", "dev-be98", "dev-uk100", "dev-uk101"} <= set(model["trained_on"])
    assert model["recency"] == 1.0
    # its cuts: generic54's 0.30 / 0.40 were superseded by generic57's refit on the labels brought to settle53
    # (0.18 / 0.30, ``tests/test_generic57.py``); a closed question's cut stays above an open one's (generic51)
    assert model["closed_threshold"] > model["threshold"]
