"""The responsiveness score: a scikit-learn model over the rule features, similarity and
identifiability that gives the probability that a sub-question is answered.

Trained on the labelled development set (``corpus/gold``: ``answered`` against ``partial``
and ``not_answered``), cross-validated with folds grouped by document, saved in ``models/``
with a model card. ``qa-align train`` retrains it; ``score`` fills the ``score`` column when
the model file is there (a missing similarity is imputed with the training mean).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .errors import ConfigError
from .types import ScoredPair

log = logging.getLogger(__name__)
MODEL_PATH = Path(__file__).resolve().parent.parent / "models" / "responsiveness.joblib"
METHODS = ("number", "group", "content", "whole", "none")
OTHER_FEATURES = (
    "flags", "answer_words_log", "answer_tables", "question_words_log", "similarity", "identifiability",
)  # fmt: skip


def rule_flags() -> tuple[str, ...]:
    """The flags that are features of the model: the rules run by default (the registry's)."""
    from .rules import default_rules

    return default_rules()


def feature_names() -> tuple[str, ...]:
    """The features a model is trained on now, in order."""
    return (*(f"flag:{f}" for f in rule_flags()), *(f"method:{m}" for m in METHODS), *OTHER_FEATURES)


def __getattr__(name: str) -> tuple[str, ...]:
    """``RULE_FLAGS`` and ``FEATURES``, read from the rule registry when first asked for."""
    if name == "RULE_FLAGS":
        return rule_flags()
    if name == "FEATURES":
        return feature_names()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _computable(names: Sequence[str]) -> bool:
    """Whether every feature ``names`` a saved model was trained on can be computed now: a
    model trained before a rule was added keeps working (that rule's flag is no feature of it)."""
    from .rules import registry

    known = {*(f"flag:{r}" for r in registry()), *(f"method:{m}" for m in METHODS), *OTHER_FEATURES}
    return bool(names) and set(names) <= known


def features(sp: ScoredPair, names: Sequence[str] | None = None) -> list[float]:
    """The feature row of a scored pair, in the order of ``names`` (default: ``feature_names()``;
    NaN where unknown)."""
    flags = {f.name for f in sp.flags}
    answer = sp.pair.answer_text
    values = {
        "flags": float(len(flags)),
        "answer_words_log": math.log1p(len(answer.split())),
        "answer_tables": float(sum(len(s.tables) for s in sp.pair.segments)),
        "question_words_log": math.log1p(len(sp.pair.question.text.split())),
        "similarity": float("nan") if sp.similarity is None else sp.similarity,
        "identifiability": float("nan") if sp.identifiability is None else sp.identifiability,
    }
    row = []
    for name in names or feature_names():
        kind, _, what = name.partition(":")
        if kind == "flag":
            row.append(float(what in flags))
        elif kind == "method":
            row.append(float(sp.pair.method == what))
        else:
            row.append(values[name])
    return row


CS = (0.01, 0.03, 0.1, 0.3, 1.0, 3.0)  # regularisation strengths tried, chosen by inner grouped CV


def _pipeline(c: float = 0.5):
    from sklearn.impute import SimpleImputer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    return make_pipeline(
        SimpleImputer(strategy="mean", keep_empty_features=True),
        StandardScaler(),
        LogisticRegression(C=c, class_weight="balanced", max_iter=2000),
    )


def fit_selected(X: np.ndarray, y: np.ndarray, groups: Sequence[str], folds: int = 4):
    """The pipeline with the ``C`` of ``CS`` that gives the best ROC AUC in a cross-validation
    grouped by document over (X, y) alone, fitted on all of (X, y)."""
    from sklearn.metrics import roc_auc_score
    from sklearn.model_selection import GroupKFold

    n_groups = len(set(groups))
    best_c, best_auc = CS[len(CS) // 2], -1.0
    if n_groups >= 2 and 0 < y.sum() < len(y):
        splits = list(GroupKFold(min(folds, n_groups)).split(X, y, groups))
        for c in CS:
            proba = np.full(len(y), np.nan)
            for tr, te in splits:
                if len(set(y[tr])) < 2:
                    continue
                proba[te] = _pipeline(c).fit(X[tr], y[tr]).predict_proba(X[te])[:, 1]
            known = ~np.isnan(proba)
            if known.any() and 0 < y[known].sum() < known.sum():
                auc = roc_auc_score(y[known], proba[known])
                if auc > best_auc + 1e-9:
                    best_c, best_auc = c, auc
    return _pipeline(best_c).fit(X, y)


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
    """Out-of-fold probabilities (folds grouped by document; fewer folds when there are fewer
    documents) and their ROC AUC, overall and per language."""
    from sklearn.model_selection import GroupKFold

    # nested: each outer fold chooses its C by an inner grouped CV on its own training part
    groups_arr = np.asarray(groups)
    n_groups = len(set(groups))
    if n_groups < 2:
        raise ConfigError("cross-validation needs labelled units from at least 2 documents")
    proba = np.full(len(y), np.nan)
    chosen = []
    for tr, te in GroupKFold(min(folds, n_groups)).split(X, y, groups):
        if len(set(y[tr])) < 2:
            continue  # a training part with one class only: its test part stays unscored
        model = fit_selected(X[tr], y[tr], list(groups_arr[tr]))
        chosen.append(float(model[-1].C))
        proba[te] = model.predict_proba(X[te])[:, 1]
    out = {
        "units": int(len(y)),
        "documents": len(set(groups)),
        "answered": int(y.sum()),
        "auc": {},
        "outer_fold_C": chosen,
    }
    known = ~np.isnan(proba)
    out["auc"] = _aucs(y[known], proba[known], [lang for lang, k in zip(langs, known) if k])
    out["counts"] = _counts(y, langs)
    out["scored_out_of_fold"] = int(known.sum())
    return out


def _masks(langs: list[str]) -> list[tuple[str, np.ndarray]]:
    """ "all" and each language, with the rows that belong to it."""
    arr = np.array(langs)
    return [("all", np.ones(len(langs), bool)), *[(lang, arr == lang) for lang in sorted(set(langs))]]


def _counts(y: np.ndarray, langs: list[str]) -> dict:
    return {name: {"units": int(m.sum()), "answered": int(y[m].sum())} for name, m in _masks(langs)}


def _aucs(y: np.ndarray, proba: np.ndarray, langs: list[str]) -> dict:
    """ROC AUC overall and per language (None where one class is absent)."""
    from sklearn.metrics import roc_auc_score

    return {
        name: float(roc_auc_score(y[m], proba[m])) if 0 < y[m].sum() < m.sum() else None
        for name, m in _masks(langs)
    }


def held_out_report(model, tests: dict, scored: Sequence[ScoredPair]) -> dict:
    """The fitted ``model``'s ROC AUC on each labelled test set (name -> gold documents),
    overall and per language; a set whose documents were not scored is reported empty."""
    out = {}
    for name, gold in tests.items():
        X, y, _groups, langs = labelled_rows(gold, scored)
        if not len(y):
            out[name] = {"units": 0, "auc": {}, "counts": {}}
            continue
        proba = model.predict_proba(X)[:, 1]
        out[name] = {"units": int(len(y)), "auc": _aucs(y, proba, langs), "counts": _counts(y, langs)}
    return out


def train(
    gold,
    scored: Sequence[ScoredPair],
    path: Path = MODEL_PATH,
    command: str = "",
    tests: dict | None = None,
    backend: str = "",
) -> dict:
    """Cross-validate, fit on all labelled units, save the model and its card beside it.
    ``tests`` (name -> labelled documents kept out of training) are scored by the fitted
    model and reported in the card; ``backend`` names the similarity backend ``scored`` used."""
    import joblib

    X, y, groups, langs = labelled_rows(gold, scored)
    if len(set(y)) < 2:
        raise ConfigError("the labelled set needs answered and not answered units to train on")
    report = cross_validate(X, y, groups, langs)
    model = fit_selected(X, y, groups)
    path.parent.mkdir(parents=True, exist_ok=True)
    joblib.dump({"model": model, "features": feature_names()}, path)
    coefs = dict(zip(feature_names(), model[-1].coef_[0].round(3).tolist()))
    report["linear"] = LinearModel.from_pipeline(model).to_json(path)
    if tests:
        report["tests"] = held_out_report(model, tests, scored)
    report.update(
        {
            "trained": dt.date.today().isoformat(),
            "command": command,
            "backend": backend,
            "coefficients": coefs,
            "C": float(model[-1].C),
        }
    )
    path.with_suffix(".md").write_text(model_card(report), encoding="utf-8")
    path.with_suffix(".json").write_text(json.dumps(report, indent=1), encoding="utf-8")
    return report


OFF_TOPIC_QUANTILE = 0.05
OFF_TOPIC_MIN_WORDS = 15
OFF_TOPIC_MIN_UNITS = 20  # fewer answered units of a language: no thresholds for it


def calibrate_off_topic(gold, scored: Sequence[ScoredPair], path: Path, command: str = "") -> dict:
    """The thresholds of ``off_topic`` per language: the ``OFF_TOPIC_QUANTILE`` of similarity
    and of identifiability over the labelled ``answered`` units (with both values known);
    saved as JSON at ``path``."""
    by_key = {(sp.document.source, sp.document.doc_id, sp.pair.question.n): sp for sp in scored}
    values: dict[str, list[tuple[float, float]]] = {}
    positives: dict[str, int] = {}
    for g in gold:
        for u in g.units:
            sp = by_key.get((g.source, g.doc_id, u.n))
            if sp is None:
                continue
            lang = sp.document.metadata.language
            positives[lang] = positives.get(lang, 0) + int("off_topic" in u.flags)
            if (
                u.label == "answered"
                and sp.similarity is not None
                and sp.identifiability is not None
                and len(sp.pair.answer_text.split()) >= OFF_TOPIC_MIN_WORDS  # the rule's own domain
            ):
                values.setdefault(lang, []).append((sp.similarity, sp.identifiability))
    languages = {}
    for lang, vals in sorted(values.items()):
        if len(vals) < OFF_TOPIC_MIN_UNITS:
            log.warning("off_topic: %d answered %s units are too few to calibrate on", len(vals), lang)
            continue
        arr = np.array(vals)
        languages[lang] = {
            "similarity": round(float(np.quantile(arr[:, 0], OFF_TOPIC_QUANTILE)), 4),
            "identifiability": round(float(np.quantile(arr[:, 1], OFF_TOPIC_QUANTILE)), 4),
            "quantile": OFF_TOPIC_QUANTILE,
            "min_words": OFF_TOPIC_MIN_WORDS,
            "answered_units": len(vals),
            "off_topic_positives": positives.get(lang, 0),
        }
    report = {
        "what": "thresholds of the off_topic rule: an answer below both is flagged (qa_align/rules/topic.py)",
        "trained": dt.date.today().isoformat(),
        "command": command,
        "languages": languages,
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(report, indent=1), encoding="utf-8")
    return report


def _test_section(report: dict) -> str:
    tests = report.get("tests")
    if not tests:
        return ""
    rows = "\n".join(
        f"| `{name}` | {lang} | {t['counts'][lang]['units']} | {t['counts'][lang]['answered']} | "
        f"{'-' if v is None else f'{v:.3f}'} |"
        for name, t in tests.items()
        for lang, v in t["auc"].items()
    )
    return f"""**Test sets** (labelled documents kept out of training; the fitted model's ROC AUC):

| test set | group | units | answered | ROC AUC |
|---|---|---|---|---|
{rows}

"""


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
logistic regression, class-balanced, standardised inputs, mean-imputed similarity; its
regularisation C = {report["C"]} chosen from {", ".join(map(str, CS))} by a 4-fold cross-validation
grouped by document).

**Data**: the labelled development set `corpus/gold/dev.jsonl` (see its README): {report["units"]}
units of {report["documents"]} documents (Flemish, Belgian Chamber, Tweede Kamer, UK Commons), {report["answered"]}
labelled `answered`; the target is `answered` (1) against `partial` and `not_answered` (0).

**Features**: each rule's flag (0/1), the pairing method, the number of flags, log words of
answer and question, tables in the answer, similarity and identifiability (backend `{report.get("backend") or "tfidf+char"}`,
computed as `score` computes them: over every document given to `qa-align train`, not only the
labelled ones).

**Cross-validated** (5 folds grouped by document, out-of-fold probabilities; nested: each fold
chose its own C on its training part only, C per fold {report["outer_fold_C"]}), ROC AUC:

| group | units | answered | ROC AUC |
|---|---|---|---|
{rows}

{_test_section(report)}**Caveats**: {report["units"]} units are few; the rules were tuned on (most of) the same documents,
so these figures are optimistic. Retrain when the labelled set grows.

**Retrain**: `{report["command"]}` (trained {report["trained"]})

**Coefficients** (standardised inputs):

| feature | weight |
|---|---|
{coefs}
"""


@dataclass(frozen=True)
class LinearModel:
    """The fitted pipeline (mean imputation, standard scaling, logistic regression) as its
    numbers, evaluated with numpy: scoring then needs no scikit-learn import (about 2 s)."""

    fill: np.ndarray
    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray
    intercept: float
    features: tuple[str, ...] = ()  # the names of the columns, in order (default: ``feature_names()``)

    @classmethod
    def from_pipeline(cls, model) -> LinearModel:
        imputer, scaler, logreg = model[0], model[1], model[-1]
        return cls(
            np.asarray(imputer.statistics_, float),
            np.asarray(scaler.mean_, float),
            np.asarray(scaler.scale_, float),
            np.asarray(logreg.coef_[0], float),
            float(logreg.intercept_[0]),
        )

    def to_json(self, model_file: Path) -> dict:
        return {
            "features": list(self.features or feature_names()),
            "model_file_sha256": hashlib.sha256(model_file.read_bytes()).hexdigest(),
            **{k: getattr(self, k).tolist() for k in ("fill", "mean", "scale", "coef")},
            "intercept": self.intercept,
        }

    @classmethod
    def from_json(cls, data: dict, model_file: Path) -> LinearModel | None:
        """The model saved beside ``model_file``, if it was saved from that very file."""
        names = tuple(data.get("features") or ())
        if not _computable(names):
            return None
        if data.get("model_file_sha256") != hashlib.sha256(model_file.read_bytes()).hexdigest():
            return None
        arrays = [np.asarray(data[k], float) for k in ("fill", "mean", "scale", "coef")]
        if any(a.shape != (len(names),) for a in arrays):
            return None
        return cls(*arrays, float(data["intercept"]), names)

    def predict_proba(self, X: np.ndarray) -> np.ndarray:
        X = np.where(np.isnan(X), self.fill, X)
        z = ((X - self.mean) / self.scale) @ self.coef + self.intercept
        p = 1.0 / (1.0 + np.exp(-z))
        return np.column_stack([1.0 - p, p])


def load(path: Path = MODEL_PATH):
    """The saved model, or ``None`` when there is none. A linear model saved with its numbers
    beside it (``.json``, written by ``train``) is loaded from them."""
    if not path.is_file():
        return None
    try:
        saved_linear = json.loads(path.with_suffix(".json").read_text(encoding="utf-8")).get("linear")
        linear = LinearModel.from_json(saved_linear, path) if isinstance(saved_linear, dict) else None
    except (OSError, ValueError, KeyError, TypeError):
        linear = None
    if linear is not None:
        return linear
    import warnings

    import joblib

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # a model pickled by another scikit-learn is not trusted
            saved = joblib.load(path)
    except Exception as exc:  # an unpicklable or foreign file: score stays empty, scoring goes on
        log.warning("cannot use the score model %s (%s); retrain it with `qa-align train`", path, exc)
        return None
    names = tuple(saved.get("features", ()))
    if not _computable(names):
        log.warning("%s was trained on other features; retrain it with `qa-align train`", path)
        return None
    return saved["model"] if names == feature_names() else _Named(saved["model"], names)


@dataclass(frozen=True)
class _Named:
    """A saved model with the names of its features, when they are not today's."""

    model: object
    features: tuple[str, ...]

    def predict_proba(self, X: np.ndarray) -> np.ndarray:
        return self.model.predict_proba(X)  # type: ignore[attr-defined]


def predict(model, scored: Iterable[ScoredPair]) -> list[float]:
    names = getattr(model, "features", None) or feature_names()
    rows = [features(sp, names) for sp in scored]
    if not rows:
        return []
    return model.predict_proba(np.array(rows, dtype=float))[:, 1].tolist()
