"""The score's models keep each language's share of answered units (issue 17, session 19, score12):
one model per language, fitted without class weights, so that the two languages' probabilities
can be ranked together."""

from __future__ import annotations

import numpy as np

from qa_align.scoring import LanguageModels
from qa_align.train import _language_rows, fit_languages


def _units():
    """200 English units of which 50 are answered (one in four, as English written answers are
    answered less often in the development sets: 28%) and 200 Dutch units of which 100 are (one
    in two: 47% there); one feature, 1 on half of each language's units, where all their answered
    units are in English and 90 of the 100 in Dutch."""
    x, y, langs = [], [], []
    for lang, answered_with, answered_without in (("en", 50, 0), ("nl", 90, 10)):
        for k in range(100):
            x.append(1.0)
            y.append(int(k < answered_with))
            langs.append(lang)
        for k in range(100):
            x.append(0.0)
            y.append(int(k < answered_without))
            langs.append(lang)
    groups = [f"doc{i}" for i in range(len(y))]
    return np.array(x).reshape(-1, 1), np.array(y), groups, langs


def test_each_language_model_keeps_its_share_of_answered_units():
    X, y, groups, langs = _units()
    model = fit_languages(X, y, groups, langs)
    assert isinstance(model, LanguageModels)
    p = model.predict_proba(_language_rows(model, X, langs))[:, 1]
    arr = np.array(langs)
    # the mean probability of a language's units is its share answered: 50 of 200, 100 of 200
    assert abs(p[arr == "en"].mean() - 0.25) < 0.01
    assert abs(p[arr == "nl"].mean() - 0.50) < 0.01


def test_an_english_unit_answered_one_time_in_two_scores_no_more_than_one_half():
    # an English unit with the feature is answered one time in two, a Dutch one nine times in
    # ten: the English unit's probability is at most one half (pulled towards its language's one in
    # four by the regularisation), the Dutch one's above it. Class weights, which count each
    # language's answered units as half of them, lifted the English unit above one half.
    X, y, groups, langs = _units()
    model = fit_languages(X, y, groups, langs)
    rows = _language_rows(model, np.array([[1.0], [1.0]]), ["en", "nl"])
    en, nl = model.predict_proba(rows)[:, 1]
    assert en <= 0.5 < nl
