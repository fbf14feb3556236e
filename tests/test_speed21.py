"""The reduce stages' savings (speed21) give what they gave before."""

from __future__ import annotations

import subprocess
import sys

import pytest

from .conftest import ROOT


def test_the_function_words_are_spacys_without_importing_spacy():
    # the rows stage's process reads them without importing spaCy (1-4 s there)
    code = (
        "import sys; from qa_align.attribute import _stop_words, stems; "
        "words = _stop_words('nl'); "
        "print('hebben' in words, 'worden' in words, 'whether' in _stop_words('en'), "
        "sorted(stems('Wij hebben de scholen gevraagd', 'nl')), 'spacy' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    # "wij", "hebben" and "de" are function words; "gevraagd" is cut to six letters
    assert out == ["True", "True", "True", "['gevraa',", "'schole']", "False"]


def test_the_function_words_read_alone_are_those_spacy_imports():
    from qa_align.attribute import _stop_words_file

    for language in ("en", "nl"):
        module = pytest.importorskip(f"spacy.lang.{language}.stop_words")
        assert _stop_words_file(language) == frozenset(module.STOP_WORDS)
    assert (
        _stop_words_file("xq") is None
    )  # no such file: the caller imports the module (an import error: none)


def _pairs(answer: str) -> dict:
    """The scored pairs of a Belgian record of two units, the second asking an assessment
    ("Welke inschatting maakt u ..."), by unit number."""
    from qa_align.pipeline import score_document
    from qa_align.readers.be_kamer import read_record
    from qa_align.settings import Settings

    rec = {
        "doc_id": "t",
        "question": "Titel.\n\n 1. Hoeveel scholen kregen subsidie?"
        "2. Welke inschatting maakt u van de fietsenstalling aan het station?",
        "answer": answer,
        "department": "D",
        "date_tabled": "2017-01-01",
    }
    settings = Settings(rules=("missing_answer",), recycled_across_documents=False)
    return {sp.pair.question.n: sp for sp in score_document(read_record(rec, "t"), settings)}


def test_an_answer_without_a_word_of_assessment_leaves_it_unmet_without_attributing(monkeypatch):
    import qa_align.attribute
    from qa_align.scoring import assessment_unmet

    pairs = _pairs("In Limburg kregen 14 scholen subsidie. De fietsenstalling aan het station komt in 2025.")

    def refused(*args, **kwargs):
        raise AssertionError("attributed")

    monkeypatch.setattr(qa_align.attribute, "attribute", refused)
    assert assessment_unmet(pairs["2"]) == 1.0  # nothing in the answer is an assessment
    assert assessment_unmet(pairs["1"]) == 0.0  # unit 1 asks none


def test_a_word_of_assessment_in_another_units_sentence_still_leaves_it_unmet():
    from qa_align.scoring import assessment_unmet

    # the evaluation is said of the schools (unit 1); of the bicycle shed (unit 2) only a date
    other = _pairs(
        "Na een evaluatie kregen in Limburg 14 scholen subsidie. De fietsenstalling aan het station komt in 2025."
    )
    assert assessment_unmet(other["2"]) == 1.0
    own = _pairs(
        "In Limburg kregen 14 scholen subsidie. Mijn inschatting is dat de fietsenstalling aan het station "
        "in 2025 komt."
    )
    assert assessment_unmet(own["2"]) == 0.0


def test_a_text_met_again_gets_the_ids_of_its_words_without_being_split_again():
    from qa_align.embed import _HashedChars, _Words

    said = "In Limburg kregen 14 scholen subsidie."
    texts = [said, "Scholen in Limburg.", said]
    # scikit-learn's words: two word characters or more, lower-cased, no punctuation
    ids, ends = _Words(1)._word_ids(texts)
    assert ids.tolist() == [0, 1, 2, 3, 4, 5, 4, 0, 1, 0, 1, 2, 3, 4, 5]
    assert ends.tolist() == [0, 6, 9, 15]
    # the character n-grams' words: split at white space, lower-cased, punctuation kept
    ids, ends = _HashedChars(1).bags(texts)
    assert ids.tolist() == [0, 1, 2, 3, 4, 5, 4, 0, 6, 0, 1, 2, 3, 4, 5]
    assert ends.tolist() == [0, 6, 9, 15]


def test_the_figures_of_a_grouped_answer_are_counted_once_for_every_unit_it_serves():
    import math

    from qa_align.scoring import features

    pairs = _pairs("In Limburg kregen 14 scholen subsidie. De fietsenstalling aan het station komt in 2025.")
    cache: dict = {}
    # one unnumbered answer serves both units: its figures are 14 and 2025
    assert features(pairs["1"], ("answer_figures_log",), cache) == [math.log1p(2)]
    assert list(cache.values()) == [2]
    assert features(pairs["2"], ("answer_figures_log",), cache) == [math.log1p(2)]
    assert features(pairs["2"], ("answer_figures_log",)) == [math.log1p(2)]
