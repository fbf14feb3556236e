"""What the review of the second-wave merges found (review9): a preamble before a question that asks
a split, a reference word before a number that names no text, the folding of a sentence for the
question-reading model. Sentences made up; expected values written out from reading them."""

from __future__ import annotations

import pytest

from qa_align import asks, coverage
from qa_align.analyze import analyze_answer, analyze_question
from qa_align.rules.answers import _still_to_come
from qa_align.types import AnswerSegment, Question

_ASKS_SPENT = "Wat heeft de politie daaraan uitgegeven, opgesplitst per provincie?"


def _asked(text: str) -> coverage.Asked:
    unit = Question(0, len(text), text)
    return coverage.asked(unit, analyze_question(unit, "nl"), "nl", None, "", 0.9, 0.05, 0.95)


@pytest.mark.parametrize(
    "preamble",
    [
        "",
        # a statement before the question: not the unit's first question sentence
        "De inbraken stegen in 2016 sterk. ",
        # a statement with a count word: a count stated, none asked before the question
        "Het aantal inbraken steeg in 2016 sterk. ",
    ],
)
def test_a_split_asked_after_a_stated_preamble_still_asks_a_count(preamble):
    # "what did the police spend on it, per province": an amount asked, whatever is stated before it
    text = preamble + _ASKS_SPENT
    got = _asked(text)
    assert got.asks_figures
    (count,) = got.counts
    assert count.sentence == (len(preamble), len(text))


def test_a_count_read_by_the_model_names_what_its_sentence_asks_of():
    # the count sits on the word that weighed most, but what is counted is read from the sentence's
    # opening too, as "Hoeveel" opening it would be: spent by the police, not only "per provincie"
    p = coverage._patterns("nl", None)
    (count,) = _asked(_ASKS_SPENT).counts
    words = coverage._counted_words(_ASKS_SPENT, (count,), p.stopwords, p.partitive)
    assert words == {"politie", "daaraan", "uitgegeven", "provincie"}


def _to_come(text: str, language: str) -> list[bool]:
    analysis = analyze_answer(AnswerSegment(0, len(text), text), language, None, cue_model="lexicon")
    return [_still_to_come(analysis, s) for s in analysis.sentences]


@pytest.mark.parametrize(
    "text, language",
    [
        # a phase, a level, a step named by its number: no text there to go to
        ("Phase 2 of the programme, as set out last year, will be published in the spring.", "en"),
        ("The results of level 3, we expect, will be published in the spring.", "en"),
        ("The findings for step 1 of the review, which is under way, will be published in the spring.", "en"),
        ("De resultaten van fase 2, die nu loopt, zullen in het voorjaar worden gepubliceerd.", "nl"),
    ],
)
def test_a_numbered_phase_or_level_is_no_text_there_to_go_to(text, language):
    assert _to_come(text, language) == [True]


@pytest.mark.parametrize(
    "text",
    [
        # a paragraph and an article named by their number, in a clause without a future form
        "Het verslag zal worden gepubliceerd, zoals bepaald in § 3 van het decreet.",
        "Het verslag zal worden gepubliceerd, zoals bepaald in artikel 3 van het decreet.",
    ],
)
def test_a_numbered_article_or_paragraph_is_a_text_there_to_go_to(text):
    assert _to_come(text, "nl") == [False]


def test_folding_keeps_the_length_of_the_text():
    # "İ" lowers to two characters ("i" and a combining dot): it stays as it is, the offsets hold
    assert asks._fold("İstanbul financiën") == "İstanbul financien"
    text = "İİİ Hoeveel politieagenten zijn er?"
    reading = asks.read(text, "nl", "")
    assert reading is not None and reading.words
    assert all(text[w.start : w.end] == w.text for w in reading.words)
