"""Run-time scoring: the responsiveness model (trained by ``qa_align.train``) loaded and applied
to scored pairs, giving the ``score`` column.

The model is shipped inside the package (``qa_align/models/``, package data read with
``importlib.resources``), so a regular install scores as an editable one does. It is saved
twice by ``train``: the fitted scikit-learn pipeline (``responsiveness.joblib``) and its numbers
(``responsiveness.json``, key ``linear``, with the pipeline file's SHA-256), which are what is
loaded, evaluated with numpy alone. A model that is missing, unreadable or trained on other
features is a logged warning naming the cause and the retrain command; ``score`` stays empty.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import os
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np

from .types import ScoredPair

log = logging.getLogger(__name__)

MODEL_NAME = "responsiveness.joblib"
OFF_TOPIC_NAME = "off_topic.json"
RETRAIN = (
    "qa-align train corpus/gold/dev.jsonl ../shared/data --held-out corpus/gold/dev-en.jsonl "
    "--held-out corpus/gold/dev-nl.jsonl --held-out corpus/gold/dev-tk.jsonl"
)
METHODS = ("number", "group", "content", "whole", "none")
OTHER_FEATURES = (
    "flags", "answer_words_log", "answer_tables", "question_words_log", "similarity", "identifiability",
)  # fmt: skip


def rule_flags() -> tuple[str, ...]:
    """The flags that are features of a model trained now: the rules run by default (the
    rule registry's)."""
    from .rules import default_rules

    return default_rules()


def feature_names() -> tuple[str, ...]:
    """The features a model is trained on now, in order."""
    return (*(f"flag:{f}" for f in rule_flags()), *(f"method:{m}" for m in METHODS), *OTHER_FEATURES)


def __getattr__(name: str) -> tuple[str, ...]:
    """``RULE_FLAGS`` and ``FEATURES``, read from the rule registry when asked for."""
    if name == "RULE_FLAGS":
        return rule_flags()
    if name == "FEATURES":
        return feature_names()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _unknown(names: Iterable[str]) -> list[str]:
    """The features of ``names`` that scoring cannot compute now (none: a model trained before
    a rule was added keeps scoring, without that rule's flag)."""
    from .rules import registry

    known = {*(f"flag:{r}" for r in registry()), *(f"method:{m}" for m in METHODS), *OTHER_FEATURES}
    return [n for n in names if n not in known]


def shipped_dir() -> Path:
    """The folder of the models shipped in the package (``qa_align/models``)."""
    return Path(str(resources.files("qa_align.models")))


def shipped(name: str = MODEL_NAME) -> Path:
    """A file shipped in the package's models folder."""
    return shipped_dir() / name


def features(sp: ScoredPair, names: Iterable[str] | None = None) -> list[float]:
    """The feature row of a scored pair, in the order of ``names`` (default: ``feature_names()``;
    NaN where unknown)."""
    names = feature_names() if names is None else names
    flags = {f.name for f in sp.flags}
    answer = sp.pair.answer_text
    values = {
        # the flags the model knows (a rule it was not trained with adds nothing, ``+off_topic``)
        "flags": float(sum(f"flag:{f}" in names for f in flags)),
        "answer_words_log": math.log1p(len(answer.split())),
        "answer_tables": float(sum(len(s.tables) for s in sp.pair.segments)),
        "question_words_log": math.log1p(len(sp.pair.question.text.split())),
        "similarity": float("nan") if sp.similarity is None else sp.similarity,
        "identifiability": float("nan") if sp.identifiability is None else sp.identifiability,
    }
    row = []
    for name in names:
        kind, _, what = name.partition(":")
        if kind == "flag":
            row.append(float(what in flags))
        elif kind == "method":
            row.append(float(sp.pair.method == what))
        else:
            row.append(values[name])
    return row


@dataclass(frozen=True)
class LinearModel:
    """The fitted pipeline (mean imputation, standard scaling, logistic regression) as its
    numbers, evaluated with numpy: scoring then needs no scikit-learn import (about 2 s)."""

    names: tuple[str, ...]  # its features, in order
    fill: np.ndarray
    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray
    intercept: float

    @classmethod
    def from_pipeline(cls, model, names: Iterable[str]) -> LinearModel:
        imputer, scaler, logreg = model[0], model[1], model[-1]
        return cls(
            tuple(names),
            np.asarray(imputer.statistics_, float),
            np.asarray(scaler.mean_, float),
            np.asarray(scaler.scale_, float),
            np.asarray(logreg.coef_[0], float),
            float(logreg.intercept_[0]),
        )

    def to_json(self, model_file: Path) -> dict:
        return {
            "features": list(self.names),
            "model_file_sha256": hashlib.sha256(model_file.read_bytes()).hexdigest(),
            **{k: getattr(self, k).tolist() for k in ("fill", "mean", "scale", "coef")},
            "intercept": self.intercept,
        }

    @classmethod
    def from_json(cls, data: dict, model_file: Path) -> LinearModel:
        """The model saved beside ``model_file``; ``ValueError`` saying why when it was not
        saved from that very file or for these features."""
        saved = data.get("features")
        if not isinstance(saved, list) or not saved:
            raise ValueError("trained on other features (it names none)")
        unknown = _unknown(saved)
        if unknown:
            raise ValueError(
                f"trained on other features (it has {', '.join(unknown)}, which scoring does not compute)"
            )
        if data.get("model_file_sha256") != hashlib.sha256(model_file.read_bytes()).hexdigest():
            raise ValueError(f"its numbers were saved from another {model_file.name}")
        arrays = [np.asarray(data[k], float) for k in ("fill", "mean", "scale", "coef")]
        if any(a.shape != (len(saved),) for a in arrays):
            raise ValueError("its numbers do not have one value per feature")
        return cls(tuple(saved), *arrays, float(data["intercept"]))

    def predict_proba(self, X: np.ndarray) -> np.ndarray:
        X = np.where(np.isnan(X), self.fill, X)
        z = ((X - self.mean) / self.scale) @ self.coef + self.intercept
        p = 1.0 / (1.0 + np.exp(-z))
        return np.column_stack([1.0 - p, p])


def _refused(path: Path, cause: str) -> None:
    log.warning(
        "no responsiveness score: the model %s %s; the score column stays empty. Retrain it with `%s`",
        path,
        cause,
        RETRAIN,
    )


def load_model(path: str | os.PathLike[str] | None = None):
    """The responsiveness model at ``path`` (None or "": the shipped one), or None with a
    logged warning naming the cause and the retrain command. Its numbers (the ``.json``
    beside it) are loaded when they were saved from that very file; else the pickled
    pipeline, when the installed scikit-learn reads it without a warning."""
    path = Path(path) if path else shipped()
    if not path.is_file():
        _refused(path, "is missing")
        return None
    numbers = path.with_suffix(".json")
    cause = f"has no {numbers.name} beside it"
    try:
        linear = json.loads(numbers.read_text(encoding="utf-8")).get("linear")
        if isinstance(linear, dict):
            return LinearModel.from_json(linear, path)
        cause = f"has no numbers in {numbers.name} (no 'linear' key)"
    except FileNotFoundError:
        pass
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        cause = f"cannot be read from {numbers.name} ({exc})"
    return _load_pipeline(path, cause)


def _load_pipeline(path: Path, cause: str):
    """The pickled pipeline at ``path``, when its numbers could not be used (``cause``)."""
    import warnings

    import joblib

    log.info("the model's numbers: %s; loading the pickled pipeline %s", cause, path)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # a model pickled by another scikit-learn is not trusted
            saved = joblib.load(path)
    except Exception as exc:  # an unpicklable or foreign file: score stays empty, scoring goes on
        _refused(path, f"cannot be loaded ({type(exc).__name__}: {exc})")
        return None
    names = tuple(saved.get("features", ())) if isinstance(saved, dict) else ()
    unknown = _unknown(names) if names else ["no feature names"]
    if unknown:
        _refused(
            path,
            f"was trained on other features (it has {', '.join(unknown)}, which scoring does not compute)",
        )
        return None
    return PickledModel(saved["model"], names)


@dataclass(frozen=True)
class PickledModel:
    """A pickled scikit-learn pipeline with the names of the features it was trained on."""

    model: object
    names: tuple[str, ...]

    def predict_proba(self, X: np.ndarray) -> np.ndarray:
        return self.model.predict_proba(X)  # type: ignore[attr-defined]


def predict(model, scored: Iterable[ScoredPair]) -> list[float]:
    """The probability that each pair's sub-question is answered."""
    rows = [features(sp, model.names) for sp in scored]
    if not rows:
        return []
    return model.predict_proba(np.array(rows, dtype=float))[:, 1].tolist()
