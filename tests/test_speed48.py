"""speed48: the cue classifier finds a segment's new sentences' columns at once
(``_LanguageModel.batch_columns``): the same columns in the same order as the features of each
sentence written out (``features``, looked up in the model's vocabulary) and as ``columns``, and so
the same probabilities to the last bit and the same evidence."""

from __future__ import annotations

import numpy as np
import pytest

from qa_align import cues
from qa_align.cues import LEXICON_KINDS, features, load_model

SENTENCES = {
    "en": [
        "The information is not held centrally.",
        "I refer the hon. Member to the answer I gave on 12 March 2024.",
        "The matter is being considered and we will write to him in due course.",
        "the the the data the data data",  # repeated words, pairs and skipped pairs
        "...",  # no word
        "Zxqv wrplk frobnicated unheardofwordsss.",  # words the model has never seen
        "This is a matter for the devolved administrations; they will publish their report shortly.",
        "Café naïve résumé 2019 and 2020 figures are still under review.",
    ],
    "nl": [
        "De gevraagde gegevens zijn niet beschikbaar.",
        "Ik verwijs het geachte lid naar het antwoord op vraag nr. 123 van 4 mei 2017.",
        "Het dossier wordt momenteel onderzocht en ik zal u de resultaten bezorgen zodra ze er zijn.",
        "Dat is een bevoegdheid van de gewesten.",
        "de de de cijfers de cijfers",
        "!!!",
    ],
}
# lexicon kinds as ``classify`` passes them: none, one, a repeated one, one the model does not read
KINDS = [
    (),
    ("no_information",),
    ("holding", "holding", "cross_reference"),
    ("number_word",),
    ("deflection",),
]


def _cases(language: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(s, KINDS[k % len(KINDS)]) for k, s in enumerate(SENTENCES[language])]


def _written_out(lm, text: str, kinds: tuple[str, ...], language: str) -> list[int]:
    """The columns of the sentence's features written out as strings, as ``probabilities`` reads them."""
    known = tuple(k for k in kinds if k in LEXICON_KINDS)
    names = features(text, True, None, language, lexicon_kinds=known, patterns=lm.patterns)
    return lm._lookup([names])[0]


def _split(ind: np.ndarray, counts: np.ndarray) -> list[list[int]]:
    ends = np.cumsum(counts)
    return [ind[e - n : e].tolist() for e, n in zip(ends.tolist(), counts.tolist(), strict=True)]


@pytest.mark.parametrize("language", ["en", "nl"])
def test_batch_columns_are_each_sentences_features(language):
    lm = load_model("").models[language]
    cases = _cases(language)
    ind, counts = lm.batch_columns(cases)
    got = _split(ind, counts)
    assert got == [_written_out(lm, t, k, language) for t, k in cases]
    assert got == [lm.columns(t, k) for t, k in cases]
    # a sentence of no word: its lexicon kind's column alone ("..." with "deflection"; "!!!" with none)
    assert got[4 if language == "en" else 5] == (
        [lm._lexicon_columns["deflection"]] if language == "en" else []
    )
    # one sentence at a time, and the sentences in another order, give the same
    for (t, k), cols in zip(cases, got, strict=True):
        one, n = lm.batch_columns([(t, k)])
        assert one.tolist() == cols and n.tolist() == [len(cols)]
    ind2, counts2 = lm.batch_columns(cases[::-1])
    assert _split(ind2, counts2) == got[::-1]


def test_batch_columns_after_the_words_are_forgotten(monkeypatch):
    """The model forgets the words it met past ``_WORDS_KEPT`` and reads them again the same."""
    lm = cues.CueClassifier.load().models["en"]  # a model of its own: its words are not shared
    cases = _cases("en")
    monkeypatch.setattr(cues, "_WORDS_KEPT", 5)
    for _ in range(3):
        for case in cases:
            ind, counts = lm.batch_columns([case])
            assert ind.tolist() == _written_out(lm, *case, "en")
    assert len(lm._rows) <= 5 + max(len(t.split()) for t, _ in cases)


@pytest.mark.parametrize("language", ["en", "nl"])
def test_probabilities_and_evidence_as_one_sentence_at_a_time(language):
    """``sentence_probabilities`` (the columns found at once) gives each sentence the probabilities
    that its written-out features give, to the last bit, and ``evidence`` the same spans as a
    model that scored nothing before."""
    lm = cues.CueClassifier.load().models[language]
    cases = [c for c in _cases(language) if c[0].strip(".!")]
    probs = lm.sentence_probabilities(cases)
    alone = lm.column_probabilities([_written_out(lm, t, k, language) for t, k in cases])
    assert probs.view(np.int64).tolist() == alone.view(np.int64).tolist()
    fresh = cues.CueClassifier.load().models[language]
    for text, kinds in cases:
        known = tuple(k for k in kinds if k in LEXICON_KINDS)
        assert lm.scored_columns(text, known).tolist() == _written_out(lm, text, kinds, language)
        got = lm.evidence(text, list(range(len(cues.CUES))), True, None, language, 3)
        assert got == fresh.evidence(text, list(range(len(cues.CUES))), True, None, language, 3)
