"""The responsiveness score: a scikit-learn model over the rule features, similarity and
identifiability that gives the probability that a sub-question is answered.

Trained on the labelled development set (``corpus/gold``: ``answered`` against ``partial``
and ``not_answered``), cross-validated with folds grouped by document, saved in ``models/``
with a model card. ``qa-align train`` retrains it; ``score`` fills the ``score`` column when
the model file is there (a missing similarity is imputed with the training mean).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import math
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np

from .errors import ConfigError
from .types import ScoredPair

log = logging.getLogger(__name__)
MODEL_PATH = Path(__file__).resolve().parent.parent / "models" / "responsiveness.joblib"
RULE_FLAGS = (
    "missing_answer", "breakdown_missing", "figures_missing", "recycled_text", "echoes_question",
    "deflection", "cross_reference", "no_information", "yes_no_unanswered", "generic", "holding",
)  # fmt: skip
METHODS = ("number", "group", "content", "whole", "none")
FEATURES = (
    *(f"flag:{f}" for f in RULE_FLAGS),
    *(f"method:{m}" for m in METHODS),
    "flags", "answer_words_log", "answer_tables", "question_words_log", "similarity", "identifiability",
)  # fmt: skip


def features(sp: ScoredPair) -> list[float]:
    """The feature row of a scored pair, in the order of ``FEATURES`` (NaN where unknown)."""
    names = {f.name for f in sp.flags}
    answer = sp.pair.answer_text
    row = [float(f in names) for f in RULE_FLAGS]
    row += [float(sp.pair.method == m) for m in METHODS]
    row += [
        float(len(names)),
        math.log1p(len(answer.split())),
        float(sum(len(s.tables) for s in sp.pair.segments)),
        math.log1p(len(sp.pair.question.text.split())),
        float("nan") if sp.similarity is None else sp.similarity,
        float("nan") if sp.identifiability is None else sp.identifiability,
    ]
    return row


def _pipeline():
    from sklearn.impute import SimpleImputer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    return make_pipeline(
        SimpleImputer(strategy="mean", keep_empty_features=True),
        StandardScaler(),
        LogisticRegression(C=0.5, class_weight="balanced", max_iter=2000),
    )


def labelled_rows(gold, scored: Sequence[ScoredPair]) -> tuple[np.ndarray, np.ndarray, list[str], list[str]]:
    """Feature rows, targets (1 = answered), groups (document) and languages of the
    labelled units the tool paired."""
    by_key = {(sp.document.source, sp.document.doc_id, sp.pair.question.n): sp for sp in scored}
    X, y, groups, langs = [], [], [], []
    for g in gold:
        for u in g.units:
            sp = by_key.get((g.source, g.doc_id, u.n))
            if sp is None:
                continue
            X.append(features(sp))
            y.append(1 if u.label == "answered" else 0)
            groups.append(f"{g.source}/{g.doc_id}")
            langs.append(sp.document.metadata.language)
    return np.array(X, dtype=float), np.array(y), groups, langs


def cross_validate(X: np.ndarray, y: np.ndarray, groups: list[str], langs: list[str], folds: int = 5) -> dict:
    """Out-of-fold probabilities (folds grouped by document) and their ROC AUC, overall and per language."""
    from sklearn.metrics import roc_auc_score
    from sklearn.model_selection import GroupKFold, cross_val_predict

    proba = cross_val_predict(_pipeline(), X, y, groups=groups, cv=GroupKFold(folds), method="predict_proba")[
        :, 1
    ]
    out = {"units": int(len(y)), "answered": int(y.sum()), "auc": {}}
    for name, mask in [
        ("all", np.ones(len(y), bool)),
        *[(lang, np.array(langs) == lang) for lang in sorted(set(langs))],
    ]:
        ys = y[mask]
        out["auc"][name] = float(roc_auc_score(ys, proba[mask])) if 0 < ys.sum() < len(ys) else None
        out.setdefault("counts", {})[name] = {"units": int(mask.sum()), "answered": int(ys.sum())}
    return out


def train(gold, scored: Sequence[ScoredPair], path: Path = MODEL_PATH, command: str = "") -> dict:
    """Cross-validate, fit on all labelled units, save the model and its card beside it."""
    import joblib

    X, y, groups, langs = labelled_rows(gold, scored)
    if len(set(y)) < 2:
        raise ConfigError("the labelled set needs answered and not answered units to train on")
    report = cross_validate(X, y, groups, langs)
    model = _pipeline().fit(X, y)
    path.parent.mkdir(parents=True, exist_ok=True)
    joblib.dump({"model": model, "features": FEATURES}, path)
    coefs = dict(zip(FEATURES, model[-1].coef_[0].round(3).tolist()))
    report.update({"trained": dt.date.today().isoformat(), "command": command, "coefficients": coefs})
    path.with_suffix(".md").write_text(model_card(report), encoding="utf-8")
    path.with_suffix(".json").write_text(json.dumps(report, indent=1), encoding="utf-8")
    return report


def model_card(report: dict) -> str:
    auc = report["auc"]
    rows = "\n".join(
        f"| {name} | {report['counts'][name]['units']} | {report['counts'][name]['answered']} | "
        f"{'-' if v is None else f'{v:.3f}'} |"
        for name, v in auc.items()
    )
    coefs = "\n".join(
        f"| `{k}` | {v:+.3f} |" for k, v in sorted(report["coefficients"].items(), key=lambda kv: -abs(kv[1]))
    )
    return f"""# Model card: responsiveness score

**What it gives**: the `score` column, the probability that a sub-question is answered (a
logistic regression, class-balanced, standardised inputs, mean-imputed similarity).

**Data**: the labelled development set `corpus/gold/dev.jsonl` (see its README): {report["units"]}
units of 40 documents (Flemish, Belgian Chamber, Tweede Kamer, UK Commons), {report["answered"]}
labelled `answered`; the target is `answered` (1) against `partial` and `not_answered` (0).

**Features**: each rule's flag (0/1), the pairing method, the number of flags, log words of
answer and question, tables in the answer, similarity and identifiability (TF-IDF backend,
computed over the labelled batch).

**Cross-validated** (5 folds grouped by document, out-of-fold probabilities), ROC AUC:

| group | units | answered | ROC AUC |
|---|---|---|---|
{rows}

**Caveats**: 149 units are few; the rules were tuned on the same documents, so these figures are
optimistic; English has 14 units. Retrain when the labelled set grows.

**Retrain**: `{report["command"]}` (trained {report["trained"]})

**Coefficients** (standardised inputs):

| feature | weight |
|---|---|
{coefs}
"""


def load(path: Path = MODEL_PATH):
    """The saved model, or ``None`` when there is none."""
    if not path.is_file():
        return None
    import warnings

    import joblib

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # a model pickled by another scikit-learn is not trusted
            saved = joblib.load(path)
    except Exception as exc:  # an unpicklable or foreign file: score stays empty, scoring goes on
        log.warning("cannot use the score model %s (%s); retrain it with `qa-align train`", path, exc)
        return None
    if tuple(saved.get("features", ())) != FEATURES:
        log.warning("%s was trained on other features; retrain it with `qa-align train`", path)
        return None
    return saved["model"]


def predict(model, scored: Iterable[ScoredPair]) -> list[float]:
    rows = [features(sp) for sp in scored]
    if not rows:
        return []
    return model.predict_proba(np.array(rows, dtype=float))[:, 1].tolist()
