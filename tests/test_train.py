"""The model card, written from its Jinja2 template (package data)."""

from __future__ import annotations

from qa_align.train import model_card

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
    assert "): 12\nunits of 3 documents" in card and ", 7\nlabelled `answered`" in card
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
        "set, one the rules were tuned on, gives optimistic figures):\n\n"
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
