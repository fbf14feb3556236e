"""Training the responsiveness score: a scikit-learn model over the rule features, similarity
and identifiability that gives the probability that a sub-question is answered.

Trained on labelled development sets (``answered`` against ``partial`` and ``not_answered``;
several files merged, a document labelled twice taken from the first file that labels it, and
every document of a held-out set left out: see ``training_documents``), cross-validated with
folds grouped by document, saved with a model
card (a Jinja2 template, ``qa_align/templates/model_card.md.j2``) into the package
(``qa_align/models``, what ``score`` loads: see ``qa_align.scoring``) and the checkout's
top-level ``models/``. A missing similarity is imputed with the training mean.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import shutil
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from .errors import ConfigError
from .scoring import (
    MODEL_NAME,
    OFF_TOPIC_NAME,
    LanguageModels,
    LinearModel,
    feature_names,
    features,
    load_model,
    predict,
    shipped,
    shipped_dir,
)
from .types import ScoredPair

log = logging.getLogger(__name__)
MODEL_PATH = shipped(MODEL_NAME)  # where ``qa-align train`` saves by default (with a copy: ``save_dirs``)
load = load_model  # kept for code that loaded the model from here; scoring is ``qa_align.scoring``
__all__ = ["LinearModel", "features", "load", "predict", "train"]


def __getattr__(name: str) -> tuple[str, ...]:
    """``RULE_FLAGS`` and ``FEATURES`` (``qa_align.scoring``'s), read from the rule registry."""
    from . import scoring

    if name in ("RULE_FLAGS", "FEATURES"):
        return getattr(scoring, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


CS = (0.01, 0.03, 0.1, 0.3, 1.0, 3.0)  # regularisation strengths tried, chosen by inner grouped CV
# a language with this many labelled units gets its own model (fewer: the model of all languages
# scores it); in grouped CV on the development sets, an English model of its 311 units separated
# English units better than the model of both languages (0.78 against 0.76), Dutch ones as well
LANGUAGE_MIN_UNITS = 150


def _pipeline(c: float = 0.5):
    """Mean imputation, standard scaling and a logistic regression at ``C`` = ``c``, unweighted: each
    language's model keeps its language's share of answered units in its intercept (English 28%,
    Dutch 47% of the development units), so that the probabilities of the two models rank the units
    of both languages together (class-balanced weights, before session 19, shifted each language by
    its own share: pooled ROC AUC 0.861 against 0.867 with each set left out in turn, English and
    Dutch alone the same)."""
    from sklearn.impute import SimpleImputer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    return make_pipeline(
        SimpleImputer(strategy="mean", keep_empty_features=True),
        StandardScaler(),
        LogisticRegression(C=c, max_iter=2000),
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


def fit_languages(
    X: np.ndarray,
    y: np.ndarray,
    groups: Sequence[str],
    langs: Sequence[str],
    min_units: int = LANGUAGE_MIN_UNITS,
):
    """``fit_selected`` on all of (X, y), and, when a language has ``min_units`` labelled units
    of both classes, on that language's units alone (each with its own C): a
    ``LanguageModels`` of those pipelines, the model of all languages for the others; the one
    pipeline when no language has enough."""
    joint = fit_selected(X, y, groups)
    arr, groups_arr = np.asarray(langs), np.asarray(groups)
    own = {}
    for lang in sorted(set(langs)):
        m = arr == lang
        if m.sum() >= min_units and 0 < y[m].sum() < m.sum():
            own[lang] = fit_selected(X[m], y[m], list(groups_arr[m]))
    return LanguageModels(joint, own, ()) if own else joint  # ``train`` names its features


def _language_rows(model, X: np.ndarray, langs: Sequence[str]) -> np.ndarray:
    """``X`` with the ``language:xx`` columns that ``model`` routes on, when it is a
    ``LanguageModels``."""
    if not isinstance(model, LanguageModels):
        return X
    cols = [[float(lang == own) for own in model.languages] for lang in langs]
    return np.column_stack([X, np.array(cols, dtype=float).reshape(len(X), len(model.languages))])


def _chosen_c(model) -> dict[str, float]:
    """The C of each fitted pipeline: ``all`` (all languages) and each language's own."""
    if isinstance(model, LanguageModels):
        return {"all": float(model.default[-1].C), **{k: float(m[-1].C) for k, m in model.languages.items()}}
    return {"all": float(model[-1].C)}


def training_documents(sets: dict, held_out: dict | None = None) -> tuple[list, list[dict]]:
    """The labelled documents to train on from ``sets`` (name -> labelled documents, in the
    order given): a document labelled in several sets is taken from the first, and a document
    that a held-out set (name -> labelled documents) also holds is left out. Also, per set,
    how many of its documents were used, left out as held out, or labelled in a set before."""
    held = {(g.source, g.doc_id) for docs in (held_out or {}).values() for g in docs}
    taken: set[tuple[str, str]] = set()
    out, summary = [], []
    for name, docs in sets.items():
        used = excluded = repeated = 0
        for g in docs:
            key = (g.source, g.doc_id)
            if key in held:
                excluded += 1
            elif key in taken:
                repeated += 1
            else:
                taken.add(key)
                out.append(g)
                used += 1
        summary.append(
            {"name": name, "documents": len(docs), "used": used, "held_out": excluded, "repeated": repeated}
        )
    return out, summary


def labelled_rows(
    gold, scored: Sequence[ScoredPair], names: Sequence[str] | None = None
) -> tuple[np.ndarray, np.ndarray, list[str], list[str]]:
    """Feature rows (``names``, default ``feature_names()``), targets (1 = answered), groups
    (document) and languages of the labelled units the tool paired."""
    names = feature_names() if names is None else tuple(names)
    by_key = {(sp.document.source, sp.document.doc_id, sp.pair.question.n): sp for sp in scored}
    X, y, groups, langs = [], [], [], []
    cache: dict = {}
    for g in gold:
        for u in g.units:
            sp = by_key.get((g.source, g.doc_id, u.n))
            if sp is None:
                continue
            X.append(features(sp, names, cache))
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
    # the model shipped (one per language with enough units: fit_languages) and, to compare, the
    # model of all languages together, on the same folds
    langs_arr = np.asarray(langs)
    proba, joint = np.full(len(y), np.nan), np.full(len(y), np.nan)
    chosen: list[dict[str, float]] = []
    for tr, te in GroupKFold(min(folds, n_groups)).split(X, y, groups):
        if len(set(y[tr])) < 2:
            continue  # a training part with one class only: its test part stays unscored
        model = fit_languages(X[tr], y[tr], list(groups_arr[tr]), list(langs_arr[tr]))
        chosen.append(_chosen_c(model))
        proba[te] = model.predict_proba(_language_rows(model, X[te], langs_arr[te]))[:, 1]
        default = model.default if isinstance(model, LanguageModels) else model
        joint[te] = default.predict_proba(X[te])[:, 1]
    out = {
        "units": int(len(y)),
        "documents": len(set(groups)),
        "answered": int(y.sum()),
        "auc": {},
        "outer_fold_C": [c["all"] for c in chosen],
        "outer_fold_C_languages": {
            lang: [c[lang] for c in chosen if lang in c]
            for lang in sorted({k for c in chosen for k in c} - {"all"})
        },
    }
    known = ~np.isnan(proba)
    out["auc"] = _aucs(y[known], proba[known], [lang for lang, k in zip(langs, known) if k])
    out["auc_joint"] = _aucs(y[known], joint[known], [lang for lang, k in zip(langs, known) if k])
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


def held_out_report(
    model, tests: dict, scored: Sequence[ScoredPair], names: Sequence[str] | None = None
) -> dict:
    """The fitted ``model``'s ROC AUC on each held-out labelled set (name -> gold documents),
    overall and per language; a set whose documents were not scored is reported empty."""
    out = {}
    for name, gold in tests.items():
        X, y, _groups, langs = labelled_rows(gold, scored, names)
        if not len(y):
            out[name] = {"units": 0, "auc": {}, "counts": {}}
            continue
        proba = model.predict_proba(_language_rows(model, X, langs))[:, 1]
        out[name] = {"units": int(len(y)), "auc": _aucs(y, proba, langs), "counts": _counts(y, langs)}
    return out


def train(
    gold,
    scored: Sequence[ScoredPair],
    path: Path = MODEL_PATH,
    command: str = "",
    tests: dict | None = None,
    backend: str = "",
    rules: Sequence[str] | None = None,
    sets: list[dict] | None = None,
) -> dict:
    """Cross-validate, fit on all labelled units, save the model and its card beside it.
    ``tests`` (name -> labelled documents kept out of training) are scored by the fitted
    model and reported in the card; ``backend`` names the similarity backend ``scored`` used;
    ``rules`` the rules ``scored`` ran (default: the default rules), whose flags are features;
    ``sets`` the training sets' summary of ``training_documents``, for the card."""
    import joblib

    held = {(g.source, g.doc_id) for docs in (tests or {}).values() for g in docs}
    if any((g.source, g.doc_id) in held for g in gold):
        raise ConfigError("a held-out document is among the training documents (see training_documents)")
    names = feature_names(rules)
    X, y, groups, langs = labelled_rows(gold, scored, names)
    if len(set(y)) < 2:
        raise ConfigError("the labelled set needs answered and not answered units to train on")
    report = cross_validate(X, y, groups, langs)
    model = fit_languages(X, y, groups, langs)
    path.parent.mkdir(parents=True, exist_ok=True)
    languages = {}
    if isinstance(model, LanguageModels):
        model = LanguageModels(model.default, model.languages, names)
        joblib.dump({"model": model, "features": list(model.names)}, path)
        report["linear"] = model.to_json(path)
        arr = np.asarray(langs)
        languages = {
            lang: {
                "C": float(m[-1].C),
                "units": int((arr == lang).sum()),
                "coefficients": dict(zip(names, m[-1].coef_[0].round(3).tolist())),
            }
            for lang, m in model.languages.items()
        }
        default = model.default
    else:
        joblib.dump({"model": model, "features": names}, path)
        report["linear"] = LinearModel.from_pipeline(model, names).to_json(path)
        default = model
    coefs = dict(zip(names, default[-1].coef_[0].round(3).tolist()))
    if tests:
        report["tests"] = held_out_report(model, tests, scored, names)
    report.update(
        {
            "trained": dt.date.today().isoformat(),
            "command": command,
            "backend": backend,
            "coefficients": coefs,
            "C": float(default[-1].C),
            "languages": languages,
            "sets": sets or [],
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


def card_environment():
    """The Jinja2 environment of the package's model-card templates (``qa_align/templates``).
    Autoescape is off: a card is Markdown, not HTML, and HTML escapes (``&amp;``) would show
    as such in it; every value is the training's own (numbers, feature names, the command)."""
    from jinja2 import Environment, PackageLoader, StrictUndefined

    return Environment(
        loader=PackageLoader("qa_align", "templates"),
        autoescape=False,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def model_card(report: dict) -> str:
    """The model card (Markdown) of a training ``report``, from the package's Jinja2 template."""
    env = card_environment()
    env.filters["auc"] = lambda v: "-" if v is None else f"{v:.3f}"

    def by_weight(weights: dict) -> list:
        return sorted(weights.items(), key=lambda kv: -abs(kv[1]))

    return env.get_template("model_card.md.j2").render(
        r=report,
        cs=", ".join(map(str, CS)),
        coefficients=by_weight(report["coefficients"]),
        language_coefficients={
            k: by_weight(m["coefficients"]) for k, m in (report.get("languages") or {}).items()
        },
    )


def save_dirs() -> list[Path]:
    """Where ``qa-align train`` saves by default: the package's models folder (what ``score``
    loads) and, in a source checkout, the top-level ``models/`` beside the package, kept
    identical (a test checks it)."""
    checkout = shipped_dir().parent.parent
    top = checkout / "models"
    return [shipped_dir(), *([top] if (checkout / "pyproject.toml").is_file() and top.is_dir() else [])]


def copy_outputs(path: Path, folders: Sequence[Path]) -> None:
    """Copy the model at ``path``, its numbers, card and the off_topic calibration beside it
    into each of ``folders``."""
    for folder in folders:
        if folder.resolve() == path.parent.resolve():
            continue
        for file in (
            path,
            path.with_suffix(".json"),
            path.with_suffix(".md"),
            path.with_name(OFF_TOPIC_NAME),
        ):
            if file.is_file():
                shutil.copyfile(file, folder / file.name)
