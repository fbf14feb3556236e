"""The probabilities at which the cue classifier's cues raise their flags: ``cue_decisive``, the
probability at which a learned cue raises its flag whatever the rule's further conditions on its
sentence (chosen, like ``cue_thresholds``, by ``scripts/choose_cue_thresholds.py``)."""

from __future__ import annotations

import re

import pytest

from qa_align.errors import ConfigError
from qa_align.pipeline import score_document
from qa_align.settings import Settings

from .conftest import be_doc

# tweede-kamer 1b650dd7 answer 2, read as a Belgian record: a pointer to a letter (the readers'
# cross_reference) in a sentence that also says talks are under way ("vinden momenteel ... plaats",
# the lexicon's deferral words), where the rule reads the classifier's pointer as no pointer
QUESTION = (
    "Samenwerking vreemdelingenketen.\n\n"
    " 1. Hoe verloopt de samenwerking tussen de diensten van de vreemdelingenketen?"
)
POINTER = (
    "Zoals aangegeven in mijn brief aan uw Kamer vinden momenteel binnen de werkgroep Onderlinge regeling "
    "Vreemdelingenketen (ORVK) gesprekken plaats over de verdere samenwerking op diverse beleidsonderwerpen."
)


def test_settings_take_cue_decisive_per_cue_and_language(tmp_path):
    assert Settings().cue_decisive == () and Settings().cue_decisive_for("nl") == {}
    config = tmp_path / "s.toml"
    config.write_text('[cue_decisive]\n"nl/pointer" = 0.9\nhandover = 0.95\n')
    settings = Settings.from_file(config)
    assert settings.cue_decisive == (("handover", 0.95), ("nl/pointer", 0.9))
    expected = {"nl": {"handover": 0.95, "pointer": 0.9}, "en": {"handover": 0.95}}
    assert {lang: settings.cue_decisive_for(lang) for lang in expected} == expected
    for bad in ({"pointing": 0.5}, {"nl/pointer": -0.1}, "pointer"):
        with pytest.raises(ConfigError, match="cue_decisive"):
            Settings.from_mapping({"cue_decisive": bad})


def _flags(decisive: dict[str, float]) -> dict[str, list[str]]:
    settings = Settings.from_mapping(
        {"rules": ("cross_reference",), "recycled_across_documents": False, "cue_decisive": decisive}
    )
    (sp,) = score_document(be_doc(QUESTION, POINTER), settings)
    return {f.name: [e.text for e in f.evidence] for f in sp.flags}


def test_a_decisive_cue_names_its_probability():
    settings = Settings.from_mapping(
        {"rules": ("cross_reference",), "recycled_across_documents": False, "cue_decisive": {"pointer": 0.6}}
    )
    (sp,) = score_document(be_doc(QUESTION, POINTER), settings)
    (flag,) = sp.flags
    start = flag.reason.index(POINTER)
    assert flag.reason[:start] == "refers elsewhere: '"
    assert re.fullmatch(r"' \(classifier 0\.\d\d\)", flag.reason[start + len(POINTER) :])
    probability = float(flag.reason[-5:-1])
    assert 0.6 <= probability < 1
    (evidence,) = flag.evidence
    assert sp.document.text[evidence.start : evidence.end] == POINTER


def test_a_decisive_probability_raises_the_flag_the_rules_conditions_held_back():
    assert _flags({}) == {}  # a deferral's words in the sentence: the classifier's pointer is left out
    assert _flags({"nl/pointer": 0.6}) == {"cross_reference": [POINTER]}
    assert _flags({"pointer": 0.6}) == {"cross_reference": [POINTER]}
    assert _flags({"en/pointer": 0.6}) == {}  # another language's value
    assert _flags({"handover": 0.6}) == {}  # another cue's value
