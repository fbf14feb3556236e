"""The per-document stage made cheaper with the same results (speed16): the cue classifier
scores a sentence once whatever kinds of the lexicon it carries that are no feature of the model,
finds the lexicon's cues of each sentence by bisection (``cues._within``,
``AnswerAnalysis.lexicon_kinds_in``) and compares a segment's probabilities with its thresholds
at once (``cues._own_rows``); the words (``text.words``) and content words
(``coverage._content``) of a short text are kept per text, each caller given its own copy."""

from __future__ import annotations

import dataclasses

import pytest

from qa_align.analyze import Cue, analyze_answer
from qa_align.cues import CUES, CueClassifier, _within, own_reading
from qa_align.types import AnswerSegment

# answer sentences of the Belgian Chamber (be-kamer-2017) and the House of Commons (uk-commons)
DUTCH = [
    "De gevraagde gegevens bevinden zich in tabel 1 in bijlage bij dit antwoord.",
    "Ik verwijs u dan ook graag door naar de heer Theo Francken, de bevoegde Staatssecretaris voor Asiel en Migratie.",
    "Ik verwijs in dit verband naar het antwoord die ik op 20 oktober 2016 in de plenaire vergadering heb gegeven "
    "(Integraal Verslag, Kamer, 2016-2017, CRIV 54 PLEN 136).",
    "Neen.",
]
ENGLISH = [
    "The information requested isn't readily available and could only be provided at disproportionate cost.",
    "The information requested is not held by the Government.",
]


@pytest.fixture(scope="module")
def shipped() -> CueClassifier:
    return CueClassifier.load()


def test_a_pointer_to_an_annex_and_a_plain_no(shipped):
    # "De gevraagde gegevens bevinden zich in tabel 1 in bijlage bij dit antwoord." points to an annex
    model = shipped.models["nl"]
    probs = model.column_probabilities([model.columns(s) for s in DUTCH])
    assert probs[0][CUES.index("pointer")] >= model.thresholds[CUES.index("pointer")]
    assert probs[3][CUES.index("pointer")] < model.thresholds[CUES.index("pointer")]  # "Neen."


def test_a_kind_that_is_no_feature_makes_no_other_sentence(shipped):
    # "number_word" (a number written out) is no feature of the model: the sentence with it is the
    # sentence without it, scored once; "annex" is one, and makes another sentence
    model = CueClassifier.load().models["nl"]
    sentence = DUTCH[0]
    (plain,) = model.sentence_probabilities([(sentence, ())])
    (counted,) = model.sentence_probabilities([(sentence, ("number_word",))])
    assert counted.tobytes() == plain.tobytes()
    assert len(model._seen) == 1
    (annexed,) = model.sentence_probabilities([(sentence, ("annex", "number_word"))])
    assert len(model._seen) == 2
    assert annexed.tobytes() != plain.tobytes()
    assert annexed.tobytes() == model.column_probabilities([model.columns(sentence, ("annex",))])[0].tobytes()


def _brute(sentences, cues):
    return [[c for c in cues if s.start <= c.start < s.end] for s in sentences]


def test_cues_within_each_sentence_in_their_order():
    text = "Neen. Ik verwijs naar mijn antwoord op vraag nr. 191. Zie bijlage."
    sentences = [
        Cue(0, 5, text[0:5], "sentence"),
        Cue(6, 53, text[6:53], "sentence"),
        Cue(54, 66, text[54:66], "sentence"),
    ]
    cues = [
        Cue(0, 4, "Neen", "polarity"),
        Cue(6, 16, "Ik verwijs", "cross_reference"),
        Cue(22, 35, "mijn antwoord", "cross_reference_opening"),
        Cue(58, 65, "bijlage", "annex"),
    ]
    assert _within(sentences, cues) == _brute(sentences, cues)
    assert [[c.text for c in found] for found in _within(sentences, cues)] == [
        ["Neen"],
        ["Ik verwijs", "mijn antwoord"],
        ["bijlage"],
    ]
    shuffled = [cues[2], cues[0], cues[3], cues[1]]  # out of order: each tested, their order kept
    assert _within(sentences, shuffled) == _brute(sentences, shuffled)
    assert [c.text for c in _within(sentences, shuffled)[1]] == ["mijn antwoord", "Ik verwijs"]


def _segment(text: str) -> AnswerSegment:
    return AnswerSegment(label="", text=text, start=0, end=len(text))


def test_lexicon_kinds_of_a_sentence_are_those_of_its_lexicon_cues():
    text = " ".join(DUTCH)
    analysis = analyze_answer(_segment(text), "nl")
    for s in analysis.sentences:
        expected = tuple(c.kind for c in analysis.cues if not c.learned and s.start <= c.start < s.end)
        assert analysis.lexicon_kinds_in(s.start, s.end) == expected
    # the pointer of the third sentence ("Ik verwijs in dit verband naar het antwoord") is the lexicon's
    third = analysis.sentences[2]
    assert "cross_reference" in analysis.lexicon_kinds_in(third.start, third.end)
    # cues out of order (an analysis made by hand): each one tested, the same kinds
    reordered = dataclasses.replace(analysis, cues=tuple(reversed(analysis.cues)))
    for s in reordered.sentences:
        expected = tuple(c.kind for c in reordered.cues if not c.learned and s.start <= c.start < s.end)
        assert reordered.lexicon_kinds_in(s.start, s.end) == expected


@pytest.mark.parametrize(("language", "sentences"), [("nl", DUTCH), ("en", ENGLISH)])
def test_the_segments_reading_is_the_models_own(shipped, language, sentences):
    # "The information requested is not held by the Government." reads as missing data at the
    # model's own threshold; the reading of each sentence, compared for the segment at once, is
    # ``own_reading`` of its probabilities
    analysis = analyze_answer(_segment(" ".join(sentences)), language)
    from qa_align.rules.answers import lexicon_kinds

    probs = shipped.probabilities_of_read(
        [(s.text, lexicon_kinds(analysis, s)) for s in analysis.sentences], language
    )
    assert list(analysis.cued) == own_reading(probs, shipped.models[language].thresholds)
    if language == "en":
        assert "missing_data" in analysis.cued[1]


def test_words_of_a_sentence_kept_are_each_callers_own():
    from qa_align import text

    sentence = "Ik verwijs u dan ook graag door naar de heer Theo Francken."
    first = text.words(sentence)
    assert first == [
        "ik",
        "verwijs",
        "u",
        "dan",
        "ook",
        "graag",
        "door",
        "naar",
        "de",
        "heer",
        "theo",
        "francken",
    ]
    first.append("changed")
    assert text.words(sentence)[-1] == "francken"  # the kept words untouched
    long = " ".join([sentence] * 20)  # longer than what is kept: split as before
    assert len(long) > text._KEPT_WORDS_UP_TO
    assert text.words(long) == first[:-1] * 20


def test_content_words_kept_are_each_callers_own():
    from qa_align import coverage

    sentence = "The information requested is not held by the Government."
    stop = coverage._patterns("en", None).stopwords
    words = coverage._content(sentence, stop)
    # by their first five letters; "the", "is", "not", "by" and "information" are the lexicon's stop words
    assert words == {"reque", "held", "gover"}
    words.add("changed")
    assert "changed" not in coverage._content(sentence, stop)
    assert coverage._content(sentence, stop, 64) == {"requested", "held", "government"}
