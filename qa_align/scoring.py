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
    "qa-align train corpus/gold/dev.jsonl ../shared/data --test corpus/gold/test-en.jsonl "
    "--test corpus/gold/test-nl.jsonl --test corpus/gold/test-tk.jsonl"
)
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


def shipped_dir() -> Path:
    """The folder of the models shipped in the package (``qa_align/models``)."""
    return Path(str(resources.files("qa_align.models")))


def shipped(name: str = MODEL_NAME) -> Path:
    """A file shipped in the package's models folder."""
    return shipped_dir() / name


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


@dataclass(frozen=True)
class LinearModel:
    """The fitted pipeline (mean imputation, standard scaling, logistic regression) as its
    numbers, evaluated with numpy: scoring then needs no scikit-learn import (about 2 s)."""

    fill: np.ndarray
    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray
    intercept: float

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
            "features": list(FEATURES),
            "model_file_sha256": hashlib.sha256(model_file.read_bytes()).hexdigest(),
            **{k: getattr(self, k).tolist() for k in ("fill", "mean", "scale", "coef")},
            "intercept": self.intercept,
        }

    @classmethod
    def from_json(cls, data: dict, model_file: Path) -> LinearModel:
        """The model saved beside ``model_file``; ``ValueError`` saying why when it was not
        saved from that very file or for these features."""
        saved = data.get("features")
        if saved != list(FEATURES):
            saved = saved if isinstance(saved, list) else []
            lacks = [f for f in FEATURES if f not in saved]
            extra = [f for f in saved if f not in FEATURES]
            raise ValueError(
                "trained on other features"
                + (f" (it lacks {', '.join(lacks)})" if lacks else "")
                + (f" (it has {', '.join(extra)}, which scoring does not compute)" if extra else "")
            )
        if data.get("model_file_sha256") != hashlib.sha256(model_file.read_bytes()).hexdigest():
            raise ValueError(f"its numbers were saved from another {model_file.name}")
        arrays = [np.asarray(data[k], float) for k in ("fill", "mean", "scale", "coef")]
        if any(a.shape != (len(FEATURES),) for a in arrays):
            raise ValueError("its numbers do not have one value per feature")
        return cls(*arrays, float(data["intercept"]))

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
    features = tuple(saved.get("features", ())) if isinstance(saved, dict) else ()
    if features != FEATURES:
        lacks = [f for f in FEATURES if f not in features]
        _refused(path, "was trained on other features" + (f" (it lacks {', '.join(lacks)})" if lacks else ""))
        return None
    return saved["model"]


def predict(model, scored: Iterable[ScoredPair]) -> list[float]:
    """The probability that each pair's sub-question is answered."""
    rows = [features(sp) for sp in scored]
    if not rows:
        return []
    return model.predict_proba(np.array(rows, dtype=float))[:, 1].tolist()
