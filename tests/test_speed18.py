"""The per-document stage made cheaper with the same results (speed18): the question model folds a
sentence with ``str.translate`` over a table of the characters met (``asks._FOLDED``); the cue
classifier keeps its patterns and lexicon features as their columns (``_LanguageModel._searched``,
``_lexicon_columns``); the asked periods search a range only in a text with two years
(``coverage._periods``); ``coverage.may_ask_figures`` asks the question model before it searches the
unit's words; ``scripts/bench_map.py --sampled`` samples the pass's CPU."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest

from qa_align import asks, coverage
from qa_align.analyze import analyze_question, answer_cues
from qa_align.cues import CueClassifier, features
from qa_align.types import Question

SCRIPTS = Path(__file__).resolve().parent.parent / "scripts"

# answer sentences of the Belgian Chamber (be-kamer-2017) and the House of Commons (uk-commons)
DUTCH = [
    "De gevraagde gegevens bevinden zich in tabel 1 in bijlage bij dit antwoord.",
    "Een evaluatie van deze maatregel wordt momenteel nog onderzocht door mijn administratie.",
    "Ik zal u de cijfers bezorgen zodra ze beschikbaar zijn.",
]
ENGLISH = [
    "The information requested is not held by the Government.",
    "I will write to the hon. Member when the study is complete.",
]


@pytest.fixture(scope="module")
def shipped() -> CueClassifier:
    return CueClassifier.load()


def test_the_question_model_folds_accents_and_keeps_offsets():
    # "financiën" is read as "financien"; "İ" (whose lower case is two characters) stays as it is,
    # so the folded sentence is as long as the sentence and its words' offsets are the sentence's
    sentence = "Wat zijn de uitgaven van Financiën in İstanbul sinds 2015?"
    folded = asks._fold(sentence)
    assert folded == "wat zijn de uitgaven van financien in İstanbul sinds 2015?"
    assert len(folded) == len(sentence)
    assert folded == "".join(asks._fold_char(c) for c in sentence)  # a character at a time, as before
    assert ord("ë") in asks._FOLDED  # each character met is kept in the table


@pytest.mark.parametrize(("language", "sentence"), [("nl", s) for s in DUTCH] + [("en", s) for s in ENGLISH])
def test_columns_are_those_of_the_features_written_out(shipped, language, sentence):
    # ``columns`` gives the columns of the features ``features`` writes out, the lexicon's lists and
    # the model's patterns included, in the same order ("tabel 1 in bijlage" matches the annex list)
    model = shipped.models[language]
    for kinds in ((), ("annex",), ("annex", "number_word", "no_information")):
        names = features(sentence, True, None, language, kinds, model.patterns)
        expected = [model.index[f] for f in names if f in model.index]
        assert model.columns(sentence, kinds) == expected


def test_a_pattern_of_the_model_is_a_column(shipped):
    # "wordt momenteel nog onderzocht": an auxiliary and a participle apart, one of the Dutch patterns
    model = shipped.models["nl"]
    found = [i for i, _, _ in model._searched if i in model.columns(DUTCH[1])]
    assert found
    assert all(model.features[i].startswith("r ") for i in found)
    assert not [i for i, _, _ in model._searched if i in model.columns("Neen.")]


def test_a_range_of_years_is_read_and_one_year_is_none():
    p = coverage._patterns("nl", None)
    (period,) = coverage._periods("Hoeveel klachten werden er tussen 2015 en 2020 ingediend?", p)
    assert (period.kind, period.first, period.last) == ("range", 2015, 2020)
    (period,) = coverage._periods("Hoeveel klachten werden er sinds 2015 ingediend?", p)
    assert (period.kind, period.first) == ("since", 2015)
    p = coverage._patterns("en", None)
    (period,) = coverage._periods("how many complaints were made from 2019 to 2023", p)
    assert (period.kind, period.first, period.last) == ("range", 2019, 2023)
    assert coverage._periods("how many complaints were made in 2019", p) == []


def test_a_phrase_at_the_first_and_at_the_last_word_is_found():
    # "Information" heads the text, "not held centrally" ends the first sentence, "held" the last
    found = answer_cues("Information not held centrally. Not held.", "en")
    assert [(c.start, c.end, c.kind) for c in found] == [
        (0, 11, "data_words"),
        (12, 30, "no_information"),
        (16, 20, "data_words"),
        (36, 40, "data_words"),
    ]
    found = answer_cues("Ik verwijs naar mijn antwoord op vraag 3.", "nl")
    assert ("verwijs naar mijn antwoord", "cross_reference") in [(c.text, c.kind) for c in found]


def test_a_unit_may_ask_figures_with_the_model_and_without_it_only_by_its_words():
    # "What assessment he has made of the effectiveness of the scheme" names no count and no
    # measure: with the question model it may still ask figures (the model reads it), without it not
    t = "What assessment he has made of the effectiveness of the scheme."
    unit = Question(0, len(t), t, n="1")
    analysis = analyze_question(unit, "en")
    assert coverage.may_ask_figures(unit, analysis, "en", None, "")
    assert not coverage.may_ask_figures(unit, analysis, "en", None, "lexicon")
    t = "What the cost of the scheme was in each year since 2019."
    unit = Question(0, len(t), t, n="2")
    assert coverage.may_ask_figures(unit, analyze_question(unit, "en"), "en", None, "lexicon")


def _spin(seconds: float) -> int:
    end, n = time.process_time() + seconds, 0
    while time.process_time() < end:
        n += sum(range(200))
    return n


def test_the_sampler_names_the_function_that_takes_the_cpu():
    sys.path.insert(0, str(SCRIPTS))
    try:
        import bench_map
    finally:
        sys.path.remove(str(SCRIPTS))
    with bench_map.Sampler() as sampler:
        _spin(0.3)
    table = sampler.table(5)
    assert sum(sampler.stacks.values()) > 0
    assert "_spin (test_speed18.py:" in table
