"""generic25: the candidate inputs of the ``generic`` unit model measured by
``scripts/experiment_generic_inputs.py`` (not shipped, ``models/generic-units.md``), read on a real
unit: uk-commons 1655766 (not in a labelled set's held-out ids), its question and its three answer
sentences as the answer gives them. Expected values from reading the text."""

from __future__ import annotations

import numpy as np
import pytest

QUESTION = (
    "To ask the Secretary of State for Work and Pensions, what recent assessment he has made of the (a) impact "
    "and (b) cost effectiveness of steps being taken by local authorities to increase levels of take up of "
    "Pension Credit; and if he will make a statement."
)
SENTENCES = [
    (
        "We are identifying a trial with local authorities of ‘Invitation to Claim’ letters sent to housing "
        "benefit recipients who do not claim Pension Credit.",
        0.0,
    ),
    ("We will analyse the results of this later this year.", 0.0),
    ("We do not undertake assessments of general Local Authority activity.", 0.0),
]


@pytest.fixture
def experiment(monkeypatch):
    monkeypatch.syspath_prepend("scripts")
    import experiment_generic_inputs

    return experiment_generic_inputs


def test_question_kind_is_an_assessment(experiment):
    # "what recent assessment he has made of ...": an assessment asked, no count, no "whether" opening
    found = experiment.features(QUESTION, SENTENCES, np.zeros(experiment.BUCKETS, np.int32))
    assert found["q_what_assess"] == 1.0
    assert found["q_how_many"] == 0.0
    assert found["q_whether"] == 0.0


def test_names_the_question_lacks(experiment):
    # "Invitation to Claim" (first sentence) and "Local Authority" (third) are names the question does not
    # hold ("Pension Credit" it does); the second sentence names nothing, no sentence has a figure or a sum
    found = experiment.features(QUESTION, SENTENCES, np.zeros(experiment.BUCKETS, np.int32))
    assert found["new_name_share"] == pytest.approx(2 / 3)
    assert found["new_specific_share"] == pytest.approx(2 / 3)
    assert found["money_share"] == 0.0


def test_boilerplate_share_reads_the_profile(experiment):
    # a profile in which the second sentence's 4-grams stand in 60 answers: its 7 4-grams (ten words) of the answer's
    # 21 + 7 + 7 = 35 (24, 10 and 10 words) are boilerplate at 10, one sentence of three is half boilerplate
    df = np.zeros(experiment.BUCKETS, np.int32)
    df[experiment.grams(SENTENCES[1][0])] = 60
    found = experiment.features(QUESTION, SENTENCES, df)
    assert found["bp_sent_half"] == pytest.approx(1 / 3)
    assert found["bp_sent_max"] == 1.0
    assert found["bp10_share"] == pytest.approx(7 / 35)
