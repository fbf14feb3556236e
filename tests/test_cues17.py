"""Round 11 of ``corpus/cues`` (``round11-nl.jsonl``, README "Round 11"): Dutch sentences of
documents in no labelled set, a third from the Tweede Kamer. Each test quotes a sentence of the file
and states what a reader of ``../shared/labels/CUES.md`` reads in it."""

from __future__ import annotations

from pathlib import Path

from qa_align.cues_train import load_labelled

ROUND11 = Path(__file__).resolve().parent.parent / "corpus" / "cues" / "round11-nl.jsonl"


def _labels():
    return {r.id: (r.sentence, set(r.labels)) for r in load_labelled([ROUND11])}


def test_round11_loads_with_its_three_parts():
    rows = load_labelled([ROUND11])
    assert len(rows) == 400
    assert {r.language for r in rows} == {"nl"}
    assert {r.source for r in rows} == {"be-kamer", "tweede-kamer"}
    assert sum(r.source == "tweede-kamer" for r in rows) == 133


def test_waiting_for_a_result_is_a_deferral():
    # the waiting forms holding20 found no cue reading: the minister waits for an inquiry or a ruling
    labels = _labels()
    sentence, cues = labels["r11nl-353"]
    assert (
        sentence == "Verder wachten we ook nog de uitspraak af van het Grondwettelijk Hof inzake flexi-jobs."
    )
    assert cues == {"deferral"}
    sentence, cues = labels["r11nl-2"]
    assert "wacht ik de resultaten af van het onderzoek" in sentence
    assert cues == {"deferral"}


def test_data_not_yet_held_is_missing_data_not_a_deferral():
    # "momenteel nog niet" beside data not held, nothing promised: missing_data alone
    sentence, cues = _labels()["r11nl-8"]
    assert sentence.startswith("Fedasil beschikt momenteel nog niet over gecentraliseerde gegevens")
    assert cues == {"missing_data"}


def test_data_expected_soon_is_missing_data_and_deferral():
    # R8: the asked figures not yet there and said to come soon
    sentence, cues = _labels()["r11nl-324"]
    assert sentence == "Er zouden weldra nieuwe gegevens beschikbaar moeten zijn."
    assert cues == {"missing_data", "deferral"}


def test_provisional_figures_that_may_be_revised_are_no_cue():
    # as r8nl-264: figures given, said to be provisional
    sentence, cues = _labels()["r11nl-245"]
    assert sentence == "Mogelijk zullen deze cijfers in de loop van 2017 nog herzien worden."
    assert cues == {"none"}
