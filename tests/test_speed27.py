"""The per-document stage made cheaper with the same results (speed27): a year's pattern
(``coverage._YEAR``), the date anchors (``analyze._DATE_ANCHOR``) and the answer's number pattern open
with a lookahead that fails at once where none can start; ``coverage._value_lists`` makes its
patterns once per lexicon (``_value_patterns``)."""

from __future__ import annotations

import re

from qa_align import analyze, coverage
from qa_align.lexicon import load_lexicon


def test_a_year_opens_with_its_lookahead():
    assert coverage._YEAR.startswith(r"(?=(?:19|20)\d\d)")
    assert analyze._DATE_ANCHOR.pattern.startswith(r"(?=\d)")


def test_the_years_read_as_before():
    # a financial year gives both halves; a paper's or question's number and a reference code give none
    assert coverage._years("In 2021-22 and in 2019 the figures rose.") == {2019, 2021, 2022}
    assert coverage._years("In answer to Question HL2064 of 12 May.") == set()
    assert coverage._years("See HC 1929, Session 2022–23.") == {2022, 2023}
    assert coverage._years("reference number FOI2023/08394") == set()
    assert coverage._years("Verordening (EG) nr. 216/2008 en richtlijn 2016/798/EU") == set()
    assert coverage._years("Question 19417 was answered in 2017.") == {2017}


def test_the_periods_read_as_before():
    p = coverage._patterns("nl", None)
    (period,) = coverage._periods("Hoeveel aanvragen waren er in de periode 2014-2018, per jaar?", p)
    assert (period.kind, period.first, period.last) == ("range", 2014, 2018)
    # two years of a document's reference ("resolutie 2249/2015") name no period
    assert coverage._periods("Wat is de stand van resolutie 2249/2015?", p) == []


def test_the_numbers_and_dates_read_as_before():
    text = "Op 12 maart 2017 waren er 1.487 dossiers, of 12 % meer dan in 2016 (€ 3,5 miljoen)."
    masked = analyze.mask_dates(text)
    assert len(masked) == len(text) and "maart" not in masked and "1.487" in masked
    figures = [c.text for c in analyze.find_figures(text, "nl")]
    assert "1.487" in figures and "2016" not in figures and "12 maart" not in " ".join(figures)
    number = analyze.matchers("nl", None).number
    assert [m.group() for m in number.finditer("art5 en €20 en 7")] == ["€20", "7"]


def test_value_patterns_once_per_lexicon():
    lexicon = load_lexicon("nl")
    first = coverage._value_patterns(lexicon)
    assert coverage._value_patterns(lexicon) is first
    nouns, _, patterns, _ = first
    assert len(patterns) == len(lexicon.dimensions)
    for d, pattern in zip(lexicon.dimensions, patterns, strict=True):
        assert (pattern is None) == (not d.values)
        for v in d.values:
            assert pattern is not None and pattern.fullmatch(v.upper()) or re.search(r"\W$", v)
