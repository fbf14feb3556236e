"""The markers ``scripts/holding_band.py`` reads on a sentence of the cue classifier's band (a modal future, a
time marker), on real answer sentences; expected values written out from reading them (holding32)."""

import re
from pathlib import Path

import pytest

SCRIPTS = Path(__file__).resolve().parent.parent / "scripts"

CASES = [
    # be-kamer 188401 (dev-be27): a promise once a solution is found
    (
        "nl",
        "Zodra er terzake een haalbare oplossing kan vooropgesteld worden, zal hierover verder kunnen "
        "gecommuniceerd worden.",
        True,
        True,
    ),
    # be-kamer 191246 (dev-be24): premature, no future form, no time
    ("nl", "Het is dus op dit ogenblik voorbarig om al eventuele conclusies te trekken.", False, False),
    # be-kamer 191608 (outside the labelled sets, audit draw be 3780)
    ("nl", "Na afloop van de werkzaamheden zal de NMBS het tarief aanpassen.", True, True),
    # uk-commons 1798996: a time marker, no modal
    (
        "en",
        "A decision on a vaccination programme for the prevention of gonorrhoea is expected shortly, "
        "following the outcome of this process.",
        False,
        True,
    ),
    # uk-commons 1712696: a modal, no time marker
    ("en", "We will consider any evidence put forward by the MAC very closely.", True, False),
]


@pytest.mark.parametrize(("language", "sentence", "modal", "time"), CASES)
def test_band_markers_on_real_sentences(monkeypatch, language, sentence, modal, time):
    monkeypatch.syspath_prepend(str(SCRIPTS))
    import holding_band

    text = sentence.lower()
    assert bool(re.search(holding_band.MODAL[language], text)) is modal
    assert bool(re.search(holding_band.TIME[language], text)) is time
