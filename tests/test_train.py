"""The model card, written from its Jinja2 template (package data)."""

from __future__ import annotations

import json

import joblib

from qa_align.evaluate import GoldDoc, GoldUnit
from qa_align.train import model_card, training_documents

from .conftest import VLAAMS

REPORT = {
    "units": 12,
    "documents": 3,
    "answered": 7,
    "auc": {"all": 0.8125, "en": None},
    "counts": {"all": {"units": 12, "answered": 7}, "en": {"units": 4, "answered": 4}},
    "outer_fold_C": [0.1, 0.3],
    "C": 0.3,
    "backend": "",
    "command": "qa-align train gold.jsonl data",
    "trained": "2026-11-30",
    "coefficients": {"flags": -0.25, "similarity": 1.5, "flag:holding": -0.75},
}


def test_the_card_gives_the_figures_coefficients_by_weight_and_no_empty_test_section():
    card = model_card(REPORT)
    assert card.startswith("# Model card: responsiveness score\n\n")
    assert "regularisation C = 0.3 chosen from 0.01, 0.03, 0.1, 0.3, 1.0, 3.0 by a 4-fold" in card
    assert "**Data**: 12 labelled units of 3 documents, 7 labelled `answered`;\n" in card
    assert "| training set |" not in card  # no sets named: no table
    assert "similarity and identifiability (backend `tfidf+char`," in card  # none named: the default
    assert "C per fold [0.1, 0.3]), ROC AUC:" in card
    assert "| all | 12 | 7 | 0.812 |\n| en | 4 | 4 | - |\n\n**Caveats**: 12 units are few;" in card
    assert "**Held-out sets**" not in card
    assert "**Retrain**: `qa-align train gold.jsonl data` (trained 2026-11-30)" in card
    assert card.endswith(
        "| feature | weight |\n|---|---|\n| `similarity` | +1.500 |\n| `flag:holding` | -0.750 |\n| `flags` | -0.250 |\n"
    )


def test_the_card_lists_each_held_out_set_per_group():
    report = {
        **REPORT,
        "tests": {
            "dev-en.jsonl": {"auc": {"all": 0.75}, "counts": {"all": {"units": 5, "answered": 2}}},
            "dev-nl.jsonl": {"auc": {"all": None}, "counts": {"all": {"units": 3, "answered": 3}}},
        },
    }
    card = model_card(report)
    assert (
        "**Held-out sets** (labelled documents kept out of training; the fitted model's ROC AUC; a development "
        "set, one the rules were tuned on, gives optimistic figures; a test set, never looked at while tuning, "
        "does not):\n\n"
        "| held-out set | group | units | answered | ROC AUC |\n|---|---|---|---|---|\n"
        "| `dev-en.jsonl` | all | 5 | 2 | 0.750 |\n| `dev-nl.jsonl` | all | 3 | 3 | - |\n\n**Caveats**"
    ) in card


def test_train_saves_into_the_package_and_the_checkouts_models_folder(tmp_path):
    from qa_align.train import copy_outputs, save_dirs

    from .conftest import ROOT

    assert save_dirs() == [ROOT / "qa_align" / "models", ROOT / "models"]
    trained = tmp_path / "trained"
    trained.mkdir()
    for name, text in [
        ("responsiveness.joblib", "model"),
        ("responsiveness.json", "{}"),
        ("responsiveness.md", "# card"),
        ("off_topic.json", "{}"),
    ]:
        (trained / name).write_text(text, encoding="utf-8")
    copy = tmp_path / "copy"
    copy.mkdir()
    copy_outputs(trained / "responsiveness.joblib", [trained, copy])
    assert sorted(p.name for p in copy.iterdir()) == [
        "off_topic.json",
        "responsiveness.joblib",
        "responsiveness.json",
        "responsiveness.md",
    ]
    assert (copy / "responsiveness.md").read_text(encoding="utf-8") == "# card"


def test_the_card_lists_the_training_sets_and_what_was_left_out():
    sets = [
        {"name": "reference-dev.jsonl", "documents": 60, "used": 60, "held_out": 0, "repeated": 0},
        {"name": "corpus/gold/dev.jsonl", "documents": 72, "used": 50, "held_out": 17, "repeated": 5},
    ]
    card = model_card({**REPORT, "sets": sets})
    assert (
        "| training set | documents | trained on | left out: in a held-out set | left out: labelled before |\n"
        "|---|---|---|---|---|\n"
        "| `reference-dev.jsonl` | 60 | 60 | 0 | 0 |\n"
        "| `corpus/gold/dev.jsonl` | 72 | 50 | 17 | 5 |\n"
    ) in card


def _doc(doc_id: str, *labels: str, source: str = "be-kamer") -> GoldDoc:
    units = tuple(GoldUnit(str(k), ("*",), label, frozenset()) for k, label in enumerate(labels, 1))
    return GoldDoc(source, doc_id, "unnumbered", units)


def test_training_documents_take_each_document_once_and_leave_the_held_out_ones_out():
    first = [_doc("1", "answered"), _doc("2", "partial")]
    second = [_doc("2", "answered"), _doc("3", "not_answered"), _doc("4", "answered")]
    held = {"test.jsonl": [_doc("3", "answered"), _doc("9", "answered")]}
    docs, summary = training_documents({"first.jsonl": first, "second.jsonl": second}, held)
    # document 2 from the first set (its label there: partial), 3 left out: the test set holds it
    assert [(g.doc_id, g.units[0].label) for g in docs] == [
        ("1", "answered"),
        ("2", "partial"),
        ("4", "answered"),
    ]
    assert summary == [
        {"name": "first.jsonl", "documents": 2, "used": 2, "held_out": 0, "repeated": 0},
        {"name": "second.jsonl", "documents": 3, "used": 1, "held_out": 1, "repeated": 1},
    ]


def test_a_model_trained_on_some_rules_names_the_flags_of_those_rules(tmp_path):
    # `qa-align train --rules holding,deflection` saved the default rules' flags as features
    from qa_align.api import score_pairs
    from qa_align.scoring import METHODS, OTHER_FEATURES, load_model
    from qa_align.settings import Settings
    from qa_align.train import train

    rules = ("holding", "deflection")
    settings = Settings(rules=rules, score_model="none", off_topic_calibration="none")
    scored, _ = score_pairs(VLAAMS, settings)
    # labels of corpus/gold/dev.jsonl, read from the two documents
    gold = [
        _doc(
            "schv-8-2024-cybersecurity",
            "answered",
            "answered",
            "partial",
            "answered",
            "partial",
            source="vlaams-parlement",
        ),
        _doc("vrg_en_antw.235", "answered", "answered", "answered", source="vlaams-parlement"),
    ]
    path = tmp_path / "responsiveness.joblib"
    train(gold, scored, path, "qa-align train", rules=settings.rules)
    expected = ["flag:deflection", "flag:holding", *(f"method:{m}" for m in METHODS), *OTHER_FEATURES]
    assert list(joblib.load(path)["features"]) == expected
    saved = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    assert saved["linear"]["features"] == expected
    assert load_model(path).names == tuple(expected)


def test_a_language_with_enough_units_gets_its_own_model():
    # one feature; in English a high value means answered, in Dutch a low one: a model of both
    # languages cannot serve both, a model per language can. French has too few units for its own.
    import numpy as np

    from qa_align.scoring import LanguageModels
    from qa_align.train import _language_rows, fit_languages

    x = [-2.0, -1.0, 1.0, 2.0] * 5
    X = np.array([[v] for v in x * 3])
    y = np.array([int(v > 0) for v in x] + [int(v < 0) for v in x] + [int(v > 0) for v in x[:4]] * 5)
    langs = ["en"] * 20 + ["nl"] * 20 + ["fr"] * 20
    groups = [f"doc{k // 2}" for k in range(60)]
    model = fit_languages(X, y, groups, langs, min_units=20)
    assert isinstance(model, LanguageModels) and list(model.languages) == ["en", "fr", "nl"]
    model = fit_languages(X[:40], y[:40], groups[:40], langs[:40], min_units=21)
    assert not isinstance(model, LanguageModels)  # 20 units a language: one model of both
    model = fit_languages(X[:40], y[:40], groups[:40], langs[:40], min_units=20)
    rows = _language_rows(model, np.array([[2.0], [2.0], [-2.0], [-2.0]]), ["en", "nl", "en", "nl"])
    assert rows[:, 1:].tolist() == [[1.0, 0.0], [0.0, 1.0], [1.0, 0.0], [0.0, 1.0]]
    p = model.predict_proba(rows)[:, 1]
    assert p[0] > 0.5 > p[1] and p[2] < 0.5 < p[3]


def test_the_card_of_per_language_models_gives_each_languages_figures():
    report = {
        **REPORT,
        "auc": {"all": 0.8125, "en": 0.75, "nl": 0.875},
        "auc_joint": {"all": 0.8, "en": 0.625, "nl": 0.875},
        "counts": {
            "all": {"units": 12, "answered": 7},
            "en": {"units": 4, "answered": 2},
            "nl": {"units": 8, "answered": 5},
        },
        "outer_fold_C_languages": {"en": [0.01, 0.03], "nl": [0.1, 0.1]},
        "languages": {
            "en": {"C": 0.01, "units": 4, "coefficients": {"flags": 0.5, "similarity": -1.25}},
            "nl": {"C": 0.1, "units": 8, "coefficients": {"flags": -0.5, "similarity": 2.0}},
        },
    }
    card = model_card(report)
    assert (
        "It is 3 such models: one per language with enough labelled units\n"
        "(`en`: 4 units, C = 0.01, `nl`: 8 units, C = 0.1),\n"
    ) in card
    assert "C per fold [0.1, 0.3], of the `en` model [0.01, 0.03], of the `nl` model [0.1, 0.1])" in card
    assert (
        "| group | units | answered | ROC AUC | of all languages alone |\n|---|---|---|---|---|\n"
        "| all | 12 | 7 | 0.812 | 0.800 |\n| en | 4 | 2 | 0.750 | 0.625 |\n| nl | 8 | 5 | 0.875 | 0.875 |\n"
    ) in card
    assert card.endswith(
        "**Coefficients of the `en` model** (standardised inputs):\n\n| feature | weight |\n|---|---|\n"
        "| `similarity` | -1.250 |\n| `flags` | +0.500 |\n\n"
        "**Coefficients of the `nl` model** (standardised inputs):\n\n| feature | weight |\n|---|---|\n"
        "| `similarity` | +2.000 |\n| `flags` | -0.500 |\n"
    )
