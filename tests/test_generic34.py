"""A Dutch ``generic`` unit model measured and not shipped (generic34, 2026-12-05,
``models/generic-units.md``): the experiment script holds out development sets only, and its stance
readings read real be-kamer sentences as their words are. Expected values from reading the
sentences."""

from __future__ import annotations

import pytest


def test_the_experiment_refuses_to_hold_out_a_test_set(monkeypatch):
    monkeypatch.syspath_prepend("scripts")
    import experiment_generic_dutch

    with pytest.raises(SystemExit, match="not a development set: test-be"):
        experiment_generic_dutch.main(["--cache", "/nonexistent.pkl", "--held-out", "dev-be57,test-be"])


def test_stance_readings_of_two_be_kamer_answers(monkeypatch):
    monkeypatch.syspath_prepend("scripts")
    from experiment_generic_dutch import stance_readings

    # be-kamer 191766 unit 4 (dev-be52, labelled answered, flagged generic by the rule): the plan
    # described, then Belgium's stance "ten volle", a stance word in one of the two sentences
    plan = [
        "Het European Defence Action Plan vormt een bijdrage van de Commissie aan de EU Global Strategy "
        "die in Juli 2016 werd gelanceerd om de Europese veiligheid te verzekeren en daarbij autonoom te "
        "kunnen optreden.",
        "Belgie ondersteunt ten volle deze doelstelling.",
    ]
    assert stance_readings(plan) == {"stance_share": 0.5, "stance_any": 1.0}
    # be-kamer 192102 unit 2 (dev-be56, labelled generic): the conditions of the job profile
    # named, not given; no word of stance, priority or commitment
    profile = [
        "De kandidaten dienen te voldoen aan de voorwaarden die in het functieprofiel zijn opgenomen en "
        "aan de wettelijke voorwaarden om een studenten job uit te oefenen."
    ]
    assert stance_readings(profile) == {"stance_share": 0.0, "stance_any": 0.0}
