"""Training and cross-validation of the cue classifier (``qa_align.cues``) on labelled answer
sentences: ``qa-align train-cues LABELS.jsonl... -o models/cues.npz``.

Per language, one logistic regression per cue over the sentence features of
``qa_align.cues.features`` (with the patterns of ``qa_align/lexicons/cue_patterns.toml``, saved
in the model). The regularisation and the decision threshold of each cue are chosen
by cross-validation inside the training data (folds grouped by document). The figures reported
come from an outer cross-validation, also grouped by document, whose held-out folds take no
part in either choice.
"""

from __future__ import annotations

import json
import logging
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .cues import (
    CUES,
    PATTERNS_PATH,
    RULE_KINDS,
    RULES_MIN_F1,
    CueClassifier,
    _LanguageModel,
    compile_patterns,
    features,
    load_patterns,
)
from .errors import ConfigError

log = logging.getLogger(__name__)

C_GRID = (1.0, 4.0, 16.0)  # inverse regularisation strengths tried inside the training folds
MIN_DF = 2  # a feature seen in fewer training sentences is left out
MIN_POSITIVES = 10  # a cue with fewer positive training sentences in a language is never predicted
LABELS = (*CUES, "none")


@dataclass(frozen=True)
class LabelledSentence:
    id: str
    source: str
    doc_id: str
    language: str
    sentence: str
    labels: tuple[str, ...]
    origin: str = ""  # the name of the file it was read from

    @property
    def group(self) -> str:
        return f"{self.source}/{self.doc_id}"


def load_labelled(paths: Sequence[str | Path]) -> list[LabelledSentence]:
    """Labelled sentences from JSON Lines files in the format of ``cues.jsonl`` (``id``,
    ``source``, ``doc_id``, ``language``, ``sentence``, ``labels``; other fields ignored)."""
    rows: list[LabelledSentence] = []
    seen: set[str] = set()
    for path in paths:
        path = Path(path)
        if not path.is_file():
            raise ConfigError(f"no labelled sentences at {path}")
        with path.open(encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                where = f"{path}:{n}"
                try:
                    obj = json.loads(line)
                    row = LabelledSentence(
                        str(obj["id"]),
                        str(obj["source"]),
                        str(obj["doc_id"]),
                        str(obj["language"]),
                        str(obj["sentence"]),
                        tuple(obj["labels"]),
                        path.name,
                    )
                except json.JSONDecodeError as exc:
                    raise ConfigError(f"{where}: not JSON ({exc.msg})") from None
                except KeyError as exc:
                    raise ConfigError(f"{where}: lacks the field {exc.args[0]!r}") from None
                unknown = [label for label in row.labels if label not in LABELS]
                if unknown or not row.labels:
                    raise ConfigError(
                        f"{where}: labels {list(row.labels)} (known: {', '.join(LABELS)}; never empty)"
                    )
                key = f"{row.source}/{row.id}"
                if key in seen:
                    raise ConfigError(f"{where}: id {row.id!r} of {row.source} given twice")
                seen.add(key)
                rows.append(row)
    if not rows:
        raise ConfigError("no labelled sentences in " + ", ".join(str(p) for p in paths))
    return rows


def _targets(rows: Sequence[LabelledSentence]) -> np.ndarray:
    return np.array([[c in r.labels for c in CUES] for r in rows], dtype=int)


def _vocabulary(feature_lists: Sequence[Sequence[str]]) -> tuple[list[str], np.ndarray]:
    """Features seen in at least ``MIN_DF`` sentences, with scikit-learn's smoothed idf."""
    df: dict[str, int] = {}
    for names in feature_lists:
        for f in names:
            df[f] = df.get(f, 0) + 1
    kept = sorted(f for f, k in df.items() if k >= MIN_DF)
    n = len(feature_lists)
    idf = np.array([math.log((1 + n) / (1 + df[f])) + 1.0 for f in kept])
    return kept, idf


def _best_threshold(y: np.ndarray, p: np.ndarray) -> tuple[float, float]:
    """The threshold on ``p`` of the best F1 for ``y`` (half-way between two scores), and that F1."""
    if y.sum() == 0:
        return 1.0, 0.0
    order = np.argsort(-p)
    ps, ys = p[order], y[order]
    tp = np.cumsum(ys)
    k = np.arange(1, len(ys) + 1)
    f1 = 2 * tp / (k + ys.sum())
    distinct = np.r_[ps[1:] < ps[:-1], True]  # cut only between different scores
    f1 = np.where(distinct, f1, -1.0)
    i = int(np.argmax(f1))
    threshold = (ps[i] + ps[i + 1]) / 2 if i + 1 < len(ps) else ps[i] / 2
    return float(threshold), float(f1[i])


def _fit_cue(X, y: np.ndarray, c: float) -> tuple[np.ndarray, float]:
    from sklearn.linear_model import LogisticRegression

    # liblinear: the same fit as lbfgs on these sparse rows (held-out F1 within 0.01) in a third of the time
    m = LogisticRegression(C=c, class_weight="balanced", max_iter=5000, solver="liblinear")
    m.fit(X, y)
    return m.coef_[0], float(m.intercept_[0])


def _fit_language(
    feature_lists: list[list[str]],
    y: np.ndarray,
    groups: np.ndarray,
    folds: int,
    min_positives: int,
    patterns: dict[str, str] | None = None,
) -> tuple[_LanguageModel, dict]:
    """A language's model fitted on all the rows given, C and thresholds chosen by grouped
    cross-validation on those rows alone; with what was chosen."""
    from sklearn.model_selection import GroupKFold

    n_groups = len(set(groups))
    inner = min(folds, n_groups)
    chosen_c = np.full(len(CUES), C_GRID[0])
    thresholds = np.ones(len(CUES))
    fit = [y[:, j].sum() >= min_positives for j in range(len(CUES))]
    if inner >= 2:
        oof = {c: np.zeros(y.shape) for c in C_GRID}
        for tr, te in GroupKFold(inner).split(feature_lists, y, groups):
            vocab, idf = _vocabulary([feature_lists[i] for i in tr])
            m = _LanguageModel(vocab, idf, np.zeros((len(vocab), len(CUES))), np.zeros(len(CUES)), thresholds)
            Xtr = m.matrix([feature_lists[i] for i in tr])
            Xte = m.matrix([feature_lists[i] for i in te])
            for j in range(len(CUES)):
                if not fit[j] or len(set(y[tr, j])) < 2:
                    continue
                for c in C_GRID:
                    coef, b = _fit_cue(Xtr, y[tr, j], c)
                    oof[c][te, j] = 1 / (1 + np.exp(-(Xte @ coef + b)))
        for j in range(len(CUES)):
            if not fit[j]:
                continue
            best = max(C_GRID, key=lambda c: _best_threshold(y[:, j], oof[c][:, j])[1])
            chosen_c[j] = best
            thresholds[j] = _best_threshold(y[:, j], oof[best][:, j])[0]
    else:
        thresholds[:] = 0.5
    vocab, idf = _vocabulary(feature_lists)
    coef = np.zeros((len(vocab), len(CUES)))
    intercept = np.full(len(CUES), -30.0)  # a cue not fitted: probability 0
    model = _LanguageModel(vocab, idf, coef, intercept, thresholds, patterns)
    X = model.matrix(feature_lists)
    for j in range(len(CUES)):
        if fit[j] and len(set(y[:, j])) == 2:
            coef[:, j], intercept[j] = _fit_cue(X, y[:, j], chosen_c[j])
        else:
            thresholds[j] = 1.0
    return model, {"C": dict(zip(CUES, chosen_c.tolist(), strict=True))}


def _language_features(
    part: Sequence[LabelledSentence],
    lang: str,
    lexicon: bool,
    lexicon_dir: str | None,
    patterns: dict[str, dict[str, str]] | None,
) -> tuple[list[list[str]], dict[str, str]]:
    """The features of a language's sentences, with that language's pattern table."""
    table = (patterns or {}).get(lang, {})
    compiled = compile_patterns(table)
    return [features(r.sentence, lexicon, lexicon_dir, lang, patterns=compiled) for r in part], table


def fit(
    rows: Sequence[LabelledSentence],
    lexicon: bool = True,
    folds: int = 5,
    lexicon_dir: str | None = None,
    min_positives: int = MIN_POSITIVES,
    patterns: dict[str, dict[str, str]] | None = None,
) -> CueClassifier:
    """The cue classifier of every language in ``rows``; a cue with fewer than
    ``min_positives`` positive sentences in a language is never predicted there.
    ``patterns``: ``{language: {name: regex}}`` (``load_patterns``), none by default."""
    models, chosen = {}, {}
    for lang in sorted({r.language for r in rows}):
        part = [r for r in rows if r.language == lang]
        feats, table = _language_features(part, lang, lexicon, lexicon_dir, patterns)
        models[lang], chosen[lang] = _fit_language(
            feats, _targets(part), np.array([r.group for r in part]), folds, min_positives, table
        )
    return CueClassifier(models, lexicon, {"chosen": chosen})


def _prf(y: np.ndarray, pred: np.ndarray) -> dict:
    tp = int((y & pred).sum())
    support, predicted = int(y.sum()), int(pred.sum())
    p = tp / predicted if predicted else None
    r = tp / support if support else None
    f = 2 * tp / (support + predicted) if support + predicted else None
    return {"support": support, "precision": p, "recall": r, "f1": f}


@dataclass(frozen=True)
class HeldOutSentence:
    """One labelled sentence as the outer cross-validation scored it: the probability of each cue
    (in ``CUES`` order) and the thresholds of the model fitted, and tuned, on the other folds'
    documents only; ``fold`` is the number of the outer fold it was held out in."""

    row: LabelledSentence
    fold: int
    probabilities: tuple[float, ...]
    thresholds: tuple[float, ...]

    @property
    def predicted(self) -> tuple[str, ...]:
        return tuple(c for c, p, t in zip(CUES, self.probabilities, self.thresholds, strict=True) if p >= t)


def _held_out(
    feats: list[list[str]],
    y: np.ndarray,
    groups: np.ndarray,
    tr: np.ndarray,
    te: np.ndarray,
    inner: int,
    table: dict[str, str],
) -> tuple[np.ndarray, np.ndarray]:
    """The cue probabilities of the rows ``te`` by a model fitted (and tuned) on the rows ``tr``,
    with that model's thresholds."""
    model, _ = _fit_language([feats[i] for i in tr], y[tr], groups[tr], inner, MIN_POSITIVES, table)
    return model.probabilities([feats[i] for i in te]), np.asarray(model.thresholds, dtype=float)


def held_out(
    rows: Sequence[LabelledSentence],
    lexicon: bool = True,
    folds: int = 5,
    lexicon_dir: str | None = None,
    patterns: dict[str, dict[str, str]] | None = None,
    jobs: int = 1,
) -> list[HeldOutSentence]:
    """Every row scored by the outer cross-validation of ``cross_validate`` (per language, folds
    grouped by document, each training part choosing its own C and thresholds by an inner grouped
    cross-validation), in the order of ``rows``: the held-out predictions the figures are made of,
    to read a cue's errors by sentence. ``jobs``: processes that fit the held-out folds at once."""
    from joblib import Parallel, delayed
    from sklearn.model_selection import GroupKFold

    tasks = []
    for lang in sorted({r.language for r in rows}):
        where = [k for k, r in enumerate(rows) if r.language == lang]
        part = [rows[k] for k in where]
        feats, table = _language_features(part, lang, lexicon, lexicon_dir, patterns)
        y = _targets(part)
        groups = np.array([r.group for r in part])
        outer = min(folds, len(set(groups)))
        if outer < 2:
            raise ConfigError(f"cross-validation needs sentences of two documents or more in {lang}")
        for k, (tr, te) in enumerate(GroupKFold(outer).split(feats, y, groups)):
            tasks.append((where, k, te, (feats, y, groups, tr, te, folds - 1, table)))
    log.info("cues: %d held-out folds, %d at once", len(tasks), jobs)
    done = Parallel(n_jobs=jobs)(delayed(_held_out)(*args) for *_, args in tasks)
    out: list[HeldOutSentence | None] = [None] * len(rows)
    for (where, k, te, _), (probs, thresholds) in zip(tasks, done, strict=True):
        th = tuple(float(t) for t in thresholds)
        for i, p in zip(te, probs, strict=True):
            out[where[i]] = HeldOutSentence(rows[where[i]], k, tuple(float(x) for x in p), th)
    assert all(h is not None for h in out)  # each row is held out in exactly one fold
    return out  # type: ignore[return-value]


def cross_validate(
    rows: Sequence[LabelledSentence],
    lexicon: bool = True,
    folds: int = 5,
    lexicon_dir: str | None = None,
    patterns: dict[str, dict[str, str]] | None = None,
    jobs: int = 1,
) -> dict:
    """Held-out figures: per language, an outer cross-validation grouped by document; each
    training part chooses its own C and thresholds by an inner grouped cross-validation. Returns
    precision, recall, F1 and support per cue, per language and per (language, source). ``jobs``:
    processes that fit the held-out folds at once (the figures are those of one process)."""
    scored = held_out(rows, lexicon, folds, lexicon_dir, patterns, jobs)
    results: dict = {"folds": folds, "languages": {}, "sources": {}, "files": {}}
    for lang in sorted({h.row.language for h in scored}):
        part = [h for h in scored if h.row.language == lang]
        y = _targets([h.row for h in part])
        pred = np.array([[c in h.predicted for c in CUES] for h in part], dtype=int)
        results["languages"][lang] = {
            "sentences": len(part),
            "cues": {c: _prf(y[:, j], pred[:, j]) for j, c in enumerate(CUES)},
        }
        for key, attr in (("sources", "source"), ("files", "origin")):
            for value in sorted({getattr(h.row, attr) for h in part}):
                s = np.array([getattr(h.row, attr) == value for h in part])
                results[key][f"{lang}/{value}"] = {
                    "sentences": int(s.sum()),
                    "cues": {c: _prf(y[s, j], pred[s, j]) for j, c in enumerate(CUES)},
                }
    return results


def train_cues(
    paths: Sequence[str | Path],
    output: str | Path,
    command: str,
    lexicon: bool = True,
    folds: int = 5,
    lexicon_dir: str | None = None,
    patterns_path: str | Path = PATTERNS_PATH,
    jobs: int = 1,
) -> dict:
    """Cross-validate, fit on everything, save the model (``output`` .npz + .json) and write
    its model card (same name, ``.md``). Returns the cross-validated figures. The patterns of
    ``patterns_path`` are features (saved in the model); ``jobs`` processes fit the held-out folds."""
    rows = load_labelled(paths)
    patterns = load_patterns(patterns_path)
    cv = cross_validate(rows, lexicon, folds, lexicon_dir, patterns, jobs)
    model = fit(rows, lexicon, folds, lexicon_dir, patterns=patterns)
    model.info.update(
        {
            "command": command,
            "training_data": [str(p) for p in paths],
            "sentences": len(rows),
            "cross_validation": cv,
        }
    )
    out = model.save(output)
    out.with_suffix(".md").write_text(model_card(model, rows), encoding="utf-8")
    return cv


def _fmt(x: float | None) -> str:
    return "–" if x is None else f"{x:.2f}"


def _table(block: dict) -> str:
    lines = ["| cue | support | precision | recall | F1 |", "|---|---|---|---|---|"]
    for c, m in block["cues"].items():
        lines.append(
            f"| {c} | {m['support']} | {_fmt(m['precision'])} | {_fmt(m['recall'])} | {_fmt(m['f1'])} |"
        )
    return "\n".join(lines)


BAR = 0.8  # issue 17: held-out F1 each of these cues must reach in each language
BAR_CUES = ("missing_data", "handover", "pointer", "deferral")
READERS_FILE = "cues.jsonl"  # the readers' labelled set, whose sentences get their own figures


def model_card(model: CueClassifier, rows: Sequence[LabelledSentence]) -> str:
    """``models/cues.md`` from the package's Jinja2 template ``cue_model_card.md.j2``: data,
    held-out figures (all sentences and the readers' ``cues.jsonl`` alone), thresholds, command."""
    from .train import card_environment

    env = card_environment()
    env.filters["f1"] = _fmt
    info = model.info
    cv = info["cross_validation"]
    counts: dict[tuple[str, str], int] = {}
    for r in rows:
        counts[(r.language, r.source)] = counts.get((r.language, r.source), 0) + 1
    languages = list(cv["languages"])
    return env.get_template("cue_model_card.md.j2").render(
        info=info,
        cv=cv,
        lexicon=model.lexicon,
        counts=sorted(counts.items()),
        files=", ".join(f"`{p}`" for p in info["training_data"]),
        languages=languages,
        reader={lang: cv["files"].get(f"{lang}/{READERS_FILE}") for lang in languages},
        bar=BAR,
        bar_cues=BAR_CUES,
        c_grid=", ".join(f"{c:g}" for c in C_GRID),
        table=_table,
        rule_kinds=", ".join(f"{c} → `{k}`" for c, k in RULE_KINDS.items()),
        min_f1=RULES_MIN_F1,
        reliable=[
            (lang, ", ".join(c for c in CUES if c in RULE_KINDS and c in model.reliable(lang)) or "none")
            for lang in model.languages
        ],
        cue_names=CUES,
        thresholds=[(lang, [f"{t:.2f}" for t in m.thresholds]) for lang, m in sorted(model.models.items())],
        min_df=MIN_DF,
        kept=", ".join(f"{lang} {len(m.features)}" for lang, m in sorted(model.models.items())),
        min_positives=MIN_POSITIVES,
    )
