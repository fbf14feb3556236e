"""What a question sentence asks (``qa_align.asks``) and how ``coverage.asked`` and figures_missing read
it. A model written by hand (two weights) makes the probabilities computable by hand; questions and
answers written after real records (named)."""

from __future__ import annotations

import math
import os

import pytest

from qa_align import asks
from qa_align.analyze import analyze_question
from qa_align.coverage import asked
from qa_align.errors import ConfigError
from qa_align.pipeline import score_document
from qa_align.settings import Settings
from qa_align.types import Question

from .conftest import asks_model_file, be_doc

GEKOST = "Wat heeft dat gekost?"


@pytest.fixture
def hand_model(tmp_path):
    """A Dutch model of three features: "gekost" and "opsplitsing" weigh 2 towards figures, "wat"
    nothing; intercept -1 (so a sentence holding "wat" and "gekost" reads -1 + 2/sqrt(2) = 0.414,
    p = 0.602; one holding "opsplitsing" alone -1 + 2 = 1, p = 0.731)."""
    return asks_model_file(
        tmp_path, ["w gekost", "w wat", "w opsplitsing"], ([2.0, 0.0, 2.0], -1.0), ([0.0, 0.0, 0.0], -3.0)
    )


def test_features_are_words_pairs_character_grams_and_the_lexicons_readings():
    names = {f for f, _, _ in asks.features("Hoeveel kost dat?", "nl")}
    assert {"w hoeveel", "b ^ hoeveel", "b kost dat", "c  ko", "c kost ", "c ost", "lex count"} <= names
    assert "lex count" not in {f for f, _, _ in asks.features(GEKOST, "nl")}


def test_accents_are_folded():
    assert "w financien" in {f for f, _, _ in asks.features("De FOD Financiën.", "nl")}


def test_reading_of_a_hand_model(hand_model):
    reading = asks.AsksModel.load(hand_model).read(GEKOST, "nl")
    assert reading.probability("asks_figures") == pytest.approx(1 / (1 + math.exp(-(-1 + 2 / math.sqrt(2)))))
    assert reading.probability("asks_breakdown") == pytest.approx(1 / (1 + math.exp(3 - 0)))
    # the word that weighed towards figures; "wat" weighs nothing and is not named
    assert [(w.start, w.end, w.text) for w in reading.words] == [(14, 20, "gekost")]


def test_a_language_the_model_does_not_know_has_no_reading(hand_model):
    assert asks.AsksModel.load(hand_model).read("What did it cost?", "en") is None


def test_save_and_load_keep_the_weights(hand_model, tmp_path):
    model = asks.AsksModel.load(hand_model)
    again = asks.AsksModel.load(model.save(tmp_path / "again.json"))
    assert again.read(GEKOST, "nl") == model.read(GEKOST, "nl")


def test_load_errors(tmp_path):
    with pytest.raises(ConfigError, match="no question-reading model"):
        asks.AsksModel.load(tmp_path / "absent.json")
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": 1, "readings": ["asks_figures", "asks_breakdown"], "languages": {"nl": {}}}')
    with pytest.raises(ConfigError, match="not a question-reading model"):
        asks.AsksModel.load(bad)
    assert asks.load_model(asks.LEXICON_ONLY) is None


def _unit(text: str) -> Question:
    return Question(start=0, end=len(text), text=text)


def test_asked_reads_a_count_the_model_finds_where_the_lexicon_reads_none(hand_model):
    # after be-kamer 188841: the figures are asked without a count word
    text = "Het ministerie organiseerde een campagne. Wat heeft dat gekost?"
    unit = _unit(text)
    analysis = analyze_question(unit, "nl")
    assert asked(unit, analysis, "nl").counts == ()  # the count words alone
    (cue,) = asked(unit, analysis, "nl", None, hand_model, 0.5).counts
    assert (cue.start, cue.end, cue.text) == (56, 62, "gekost")
    assert cue.sentence == (42, 63) and cue.learned
    # below the model's probability (0.602), no count
    assert asked(unit, analysis, "nl", None, hand_model, 0.7).counts == ()


def test_a_sentence_with_a_count_word_gets_no_second_count(hand_model):
    unit = _unit("Hoeveel heeft dat gekost?")
    (cue,) = asked(unit, analyze_question(unit, "nl"), "nl", None, hand_model, 0.5).counts
    assert cue.text == "Hoeveel" and not cue.learned


def test_a_preamble_that_states_asks_no_count(hand_model):
    # "gekost" alone reads -1 + 2 = 1 (p 0.73), but the sentence states before the question
    unit = _unit("De campagne heeft veel gekost. Waarom werd die campagne georganiseerd?")
    assert asked(unit, analyze_question(unit, "nl"), "nl", None, hand_model, 0.5).counts == ()


def test_figures_missing_names_the_sentence_the_model_read(hand_model):
    question = "Campagne. Het ministerie organiseerde een campagne. Wat heeft dat gekost?"
    answer = "De campagne werd goed onthaald en wordt volgend jaar herhaald."
    settings = Settings(
        rules=("figures_missing",),
        recycled_across_documents=False,
        asks_model=hand_model,
        asks_min_probability=0.5,
    )
    (sp,) = score_document(be_doc(question, answer), settings)
    (flag,) = sp.flags
    assert flag.name == "figures_missing"
    assert "'Wat heeft dat gekost?' read as asking figures, p=0.60" in flag.reason
    assert [e.text for e in flag.evidence] == ["gekost", "Wat heeft dat gekost?"]
    # the count words alone read no count
    off = settings.replace(asks_model=asks.LEXICON_ONLY)
    (sp,) = score_document(be_doc(question, answer), off)
    assert sp.flags == ()


def test_settings_of_the_question_reading():
    assert Settings().asks_model == ""
    # chosen by scripts/choose_asks.py (README, "What a question asks")
    assert (Settings().asks_min_probability, Settings().asks_veto_below) == (0.9, 0.05)
    with pytest.raises(ConfigError, match="asks_min_probability takes a number"):
        Settings.from_mapping({"asks_min_probability": "high"})


def test_training_learns_figures_asked_in_other_words():
    # hand-written sentences: figures asked with and without a count word, and questions that ask none
    figures = [
        "Wat heeft de campagne gekost?", "Hoeveel heeft het project gekost?", "Wat kostte de verbouwing?",
        "Graag de bedragen per jaar.", "Met vermelding van de bedragen.", "Hoeveel personen werden aangeworven?",
        "Wat heeft de studie gekost?", "Wat kostte het onderzoek?", "Hoeveel dossiers werden behandeld?",
        "Graag de cijfers van de kosten.",
    ]  # fmt: skip
    others = [
        "Waarom werd de campagne georganiseerd?", "Wanneer start het project?", "Wie voert de verbouwing uit?",
        "Bent u bereid dit te onderzoeken?", "Welke maatregelen neemt u?", "Hoe verloopt de samenwerking?",
        "Waarom werd de studie besteld?", "Wie leidt het onderzoek?", "Wat is uw standpunt hierover?",
        "Overweegt u een evaluatie?",
    ]  # fmt: skip
    rows = [
        asks.LabelledQuestion(str(k), "t", str(k % 5), "nl", text, k < len(figures), False)
        for k, text in enumerate(figures + others)
    ]
    rows = [
        asks.LabelledQuestion(
            r.id, r.source, r.doc_id, r.language, r.text, r.asks_figures, r.text.startswith("Graag")
        )
        for r in rows
    ]
    model = asks.train(rows)
    assert model.read("Wat heeft de renovatie gekost?", "nl").probability("asks_figures") > 0.5
    assert model.read("Waarom werd de renovatie besteld?", "nl").probability("asks_figures") < 0.5


def test_the_model_can_veto_a_count_word(hand_model):
    # no feature of the hand model stands in the sentence: -1, p = 0.269
    unit = _unit("Hoeveel kost dat?")
    analysis = analyze_question(unit, "nl")
    assert asked(unit, analysis, "nl", None, hand_model, 0.5, 0.3).counts == ()
    assert [c.text for c in asked(unit, analysis, "nl", None, hand_model, 0.5, 0.2).counts] == ["Hoeveel"]
    # no veto without a model
    assert [c.text for c in asked(unit, analysis, "nl", None, asks.LEXICON_ONLY, 0.5, 0.3).counts] == [
        "Hoeveel"
    ]


def test_weights_stand_for_the_strata_as_they_come():
    # stratum A: 10 sentences in all, 2 drawn (5 each); C: 40 in all, 1 drawn; mean 50 / 3
    assert asks._weights(["A", "A", "C"], {"A": 10, "C": 40}) == pytest.approx([0.3, 0.3, 2.4])
    assert asks._weights(["A", "B"], {"A": 10}) == [1.0, 1.0]  # a stratum without a count: unweighted


def test_a_split_asked_after_another_sentence_asks_no_count_of_its_own(hand_model):
    # after be-kamer 185173: the split is of a reason, no figure
    unit = _unit("Wat was de reden voor een aanvaarding? Graag een opsplitsing per jaar.")
    assert asked(unit, analyze_question(unit, "nl"), "nl", None, hand_model, 0.5).counts == ()
    # the same sentence alone asks a count (p 0.731)
    unit = _unit("Graag een opsplitsing per jaar.")
    (cue,) = asked(unit, analyze_question(unit, "nl"), "nl", None, hand_model, 0.5).counts
    assert cue.text == "opsplitsing"
    # after be-kamer 189406: a split of the count the sentence before asks adds no count
    unit = _unit("Hoeveel incidenten werden er gemeld? Graag een opsplitsing per jaar van die kosten.")
    counts = asked(unit, analyze_question(unit, "nl"), "nl", None, hand_model, 0.5).counts
    assert [c.text for c in counts] == ["Hoeveel"]


def test_a_model_retrained_into_the_same_file_is_read_again(tmp_path):
    # "gekost" weighs 2, intercept -1: "Wat heeft dat gekost?" holds "wat" (weight 0) and "gekost",
    # two known features, so z = -1 + 2/sqrt(2) = 0.414, p = 0.602
    path = asks_model_file(tmp_path, ["w gekost", "w wat"], ([2.0, 0.0], -1.0), ([0.0, 0.0], -3.0))
    assert asks.read(GEKOST, "nl", path).probability("asks_figures") == pytest.approx(0.602, abs=1e-3)
    before = os.stat(path).st_mtime_ns
    # retrained into the same file: "gekost" now weighs nothing, z = -1, p = 0.269
    asks_model_file(tmp_path, ["w gekost", "w wat"], ([0.0, 0.0], -1.0), ([0.0, 0.0], -3.0))
    os.utime(path, ns=(before + 10**9, before + 10**9))
    assert asks.read(GEKOST, "nl", path).probability("asks_figures") == pytest.approx(0.269, abs=1e-3)


@pytest.fixture
def counting_model(tmp_path):
    """A Dutch model in which the lexicon's count cue weighs too: towards figures "gekost" 2, "wat" 0,
    ``lex count`` 3, intercept -1; towards a breakdown nothing, intercept -3."""
    return asks_model_file(
        tmp_path, ["w gekost", "w wat", "lex count"], ([2.0, 0.0, 3.0], -1.0), ([0.0, 0.0, 0.0], -3.0)
    )


def test_bounds_of_a_reading_from_the_words_alone(counting_model):
    model = asks.AsksModel.load(counting_model)
    # "Wat heeft dat gekost?": "wat" and "gekost" known, weights summing to 2; the lexicon may add its
    # count cue (3) or not: -1 + 2/sqrt(2) = 0.414 without, -1 + 5/sqrt(3) = 1.887 with it
    (low, high), breakdown = model.bounds(GEKOST, "nl")
    assert (low, high) == (pytest.approx(0.414, abs=1e-3), pytest.approx(1.887, abs=1e-3))
    assert breakdown == (-3.0, -3.0)
    # no count word stands in it: the reading is the lower bound
    z = -1 + 2 / math.sqrt(2)
    assert model.read(GEKOST, "nl").probability("asks_figures") == pytest.approx(1 / (1 + math.exp(-z)))
    # "Hoeveel heeft dat gekost?": "gekost" known (2), "hoeveel" a count cue: -1 + 2 = 1 without it,
    # -1 + 5/sqrt(2) = 2.536 with it, which the reading is
    (low, high), _ = model.bounds("Hoeveel heeft dat gekost?", "nl")
    assert (low, high) == (pytest.approx(1.0), pytest.approx(2.536, abs=1e-3))
    z = -1 + 5 / math.sqrt(2)
    reading = model.read("Hoeveel heeft dat gekost?", "nl")
    assert reading.probability("asks_figures") == pytest.approx(1 / (1 + math.exp(-z)))
    assert model.bounds("What did it cost?", "en") is None


def test_may_rate_says_no_only_where_the_reading_cannot_reach(counting_model):
    # "Wat heeft dat gekost?" may read from p 0.602 (z 0.414) to p 0.868 (z 1.887)
    assert not asks.may_rate(GEKOST, "nl", "asks_figures", counting_model, at_least=0.9)
    assert asks.may_rate(GEKOST, "nl", "asks_figures", counting_model, at_least=0.8)
    assert not asks.may_rate(GEKOST, "nl", "asks_figures", counting_model, below=0.6)
    assert asks.may_rate(GEKOST, "nl", "asks_figures", counting_model, below=0.65)
    # towards a breakdown p 0.047 whatever the lexicon reads
    assert not asks.may_rate(GEKOST, "nl", "asks_breakdown", counting_model, at_least=0.05)
    assert asks.may_rate(GEKOST, "nl", "asks_breakdown", counting_model, below=0.05)
    # no reading at all: a language the model does not know, an empty sentence, no model
    assert not asks.may_rate("What did it cost?", "en", "asks_figures", counting_model, at_least=0.0)
    assert not asks.may_rate("  ", "nl", "asks_figures", counting_model, at_least=0.0)
    assert not asks.may_rate(GEKOST, "nl", "asks_figures", asks.LEXICON_ONLY, at_least=0.0)


def test_the_lexicon_features_are_those_the_bounds_allow_for():
    # a sentence with a count cue, a figure request, a dimension, a quantity, an amount and a split
    text = "Hoeveel kostte het, in euro, per provincie en per jaar? Graag cijfers, opgesplitst per gemeente."
    names = {f for f, _, _ in asks.lexicon_features(text, "nl")}
    assert {"lex count", "lex dimension"} <= names
    assert names <= set(asks.LEXICON_FEATURES)
