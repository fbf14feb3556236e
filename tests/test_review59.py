"""review59: readings of generic57's ``object_features`` that no test held (each mutated by hand: counting every
name off the object, reading policy talk or figures in every sentence off the object, all passed
``tests/test_generic57.py``). Expected values from reading the sentences against recommendation 38's object
(reference-dev 1783845's question, ``test_generic57.PEOPLE_Q``): which words of a name the object holds, which
sentence holds a figure, which holds a phrase of policy talk."""

from __future__ import annotations

import math

import pytest

from .test_generic57 import OTHER, PEOPLE_Q, _read

# a sentence on the object with a name made of the object's words ("Five-Step Approach of Recommendation"): the
# figure 38 in it stands on the object too
ON_NAMED = "The Five-Step Approach of Recommendation 38 combines innovative engagement online with real-life opportunities."
# a sentence off the object, a phrase of policy talk ("a priority") and a name, no figure
OFF_TALK = "The Armed Forces Recruitment Programme remains a priority."


def _features(answer: str) -> dict[str, float]:
    from qa_align.generic_units import generic_features

    return _read(PEOPLE_Q, f"<p>{answer}</p>", generic_features)


def test_a_name_of_the_object_s_words_is_a_name_on_the_object():
    on = _features(ON_NAMED)
    assert (on["names_on_object"], on["names_off_object"]) == (pytest.approx(math.log1p(1)), 0.0)
    # its figure stands on the object, nothing general off it
    assert on["figures_off_object"] == 0.0
    assert on["general_off_object"] == pytest.approx(0.0, abs=1e-9)
    # beside a sentence on another matter, each name counted on its side
    both = _features(f"{ON_NAMED} {OTHER}")
    assert both["names_on_object"] == pytest.approx(math.log1p(1))
    assert both["names_off_object"] == pytest.approx(math.log1p(1))  # "Armed Forces Recruitment Programme"


def test_policy_talk_off_the_object_is_read_only_in_a_sentence_of_policy_talk():
    # OTHER holds no phrase of policy talk: its general terms stand off the object, none of them as talk
    other = _features(OTHER)
    assert other["general_off_object"] > 0.0
    assert other["talk_off_object"] == 0.0
    # "remains a priority": all its general terms off the object are talk
    talk = _features(OFF_TALK)
    assert talk["general_off_object"] > 0.0
    assert talk["talk_off_object"] == pytest.approx(talk["general_off_object"])


def test_figures_off_the_object_are_read_only_in_a_sentence_that_holds_a_figure():
    # OFF_TALK stands wholly off the object but holds no figure; OTHER holds 5,000
    assert _features(OFF_TALK)["figures_off_object"] == 0.0
    assert _features(f"{OFF_TALK} {OTHER}")["figures_off_object"] == pytest.approx(math.log1p(1))
