"""An experiment, not part of the package: sample weights and question features for the
responsiveness score (issue 17, the sixth score round).

Scores ``../shared/data`` as ``qa-align train`` does (similarity over every document, no score
model; the held-out sets' documents only left out, never read), keeps the units of
``scoring.RETRAIN``'s training sets, and compares, a model per language as shipped:

- in cross-validation grouped by document, five fold assignments (``GroupKFold`` as ``train``
  folds, and four shuffles), at the C the shipped models choose (all 0.1, ``en`` 0.01, ``nl``
  0.03): ROC AUC all / en / nl, the gain over the features before this round paired on the same
  folds (mean, least, most), and the out-of-fold ROC AUC of each set tuned on least;
- leave-reference-dev-out: trained on every other development set, scored on
  ``reference-dev``'s units (labelled by the readers who labelled ``reference-test``).

Candidates: ``reference-dev`` weighted 2, 3 or 5 times; the three units whose label the second
reading (``corpus/gold/agreement/``) turned from answered to partial weighted 0.3; the question
reading's highest probabilities over the question's sentences (``asks``: figures, breakdown; and
with the sentences asking figures and the number of sentences); ``question_requests`` and
``assessment_unmet`` (``qa_align.scoring``), alone and together. The scored pairs are kept in
/tmp/scorequestions.

    .venv/bin/python scripts/experiment_score_questions.py
"""

from __future__ import annotations

import math
import pickle
import shlex
import sys
import warnings
from pathlib import Path

import numpy as np

OUT = Path("/tmp/scorequestions")
REF = "../shared/labels/reference-dev.jsonl"
FIXED_C = {"all": 0.1, "en": 0.01, "nl": 0.03}
SHOWN = {
    "dev-be10": ["corpus/gold/dev-be10.jsonl"],
    "dev-uk11": ["corpus/gold/dev-uk11.jsonl"],
    "dev-be8": ["corpus/gold/dev-be8.jsonl"],
    "dev-be9": ["corpus/gold/dev-be9.jsonl"],
    "dev-uk8-10": [f"corpus/gold/dev-uk{k}.jsonl" for k in (8, 9, 10)],
    "reference-dev": [REF],
}
RELABELLED = ("vlaams-parlement/schv-8-2024-cybersecurity/4", "uk-commons/1748349/1", "be-kamer/192154/2")
NEW = ("question_requests", "assessment_unmet")


def scored_units():
    """The training units the tool paired: (scored pair, 1 if answered, document, language,
    training set), scored once and kept in ``OUT``."""
    cache = OUT / "units.pkl"
    if cache.exists():
        return pickle.loads(cache.read_bytes())
    from qa_align.evaluate import load_gold
    from qa_align.pipeline import iter_scored
    from qa_align.scoring import RETRAIN
    from qa_align.settings import Settings
    from qa_align.train import training_documents
    from qa_align.types import Problem

    argv = shlex.split(RETRAIN)[2:]
    names = [argv[0]] + [argv[i + 1] for i, a in enumerate(argv) if a == "--gold"]
    held = {n: load_gold(n) for n in (argv[i + 1] for i, a in enumerate(argv) if a == "--held-out")}
    sets = {n: load_gold(n) for n in names}
    gold, _ = training_documents(sets, held)  # the held-out documents only left out
    first = {}
    for name, docs in sets.items():
        for g in docs:
            first.setdefault((g.source, g.doc_id), name)
    wanted = {(g.source, g.doc_id) for g in gold}
    settings = Settings().replace(score_model="none", off_topic_calibration="none")
    by_key = {
        (r.document.source, r.document.doc_id, r.pair.question.n): r
        for r in iter_scored([argv[1]], settings)
        if not isinstance(r, Problem) and (r.document.source, r.document.doc_id) in wanted
    }
    units = [
        (by_key[k], int(u.label == "answered"), f"{g.source}/{g.doc_id}", by_key[k].document.metadata.language,
         first[(g.source, g.doc_id)])
        for g in gold
        for u in g.units
        if (k := (g.source, g.doc_id, u.n)) in by_key
    ]  # fmt: skip
    OUT.mkdir(parents=True, exist_ok=True)
    cache.write_bytes(pickle.dumps(units))
    return units


def asks_features(sp) -> list[float]:
    """The question reading's highest probability of asking figures and a breakdown over the
    question's sentences, the sentences it reads as asking figures, log(1 + sentences)."""
    from qa_align import asks
    from qa_align import text as text_layer

    lang = sp.document.metadata.language
    said = [s for _, _, s in text_layer.sentences(sp.pair.question.text, lang)]
    read = [r for r in (asks.read(s, lang) for s in said) if r]
    figures = [r.probability("asks_figures") for r in read]
    split = [r.probability("asks_breakdown") for r in read]
    return [max(figures, default=0.0), max(split, default=0.0), float(sum(p >= 0.5 for p in figures)),
            math.log1p(len(said))]  # fmt: skip


def fold_assignments(y, groups) -> list[list[tuple[np.ndarray, np.ndarray]]]:
    """Five assignments of 5 folds grouped by document: GroupKFold's, then four shuffled (seeds 1-4)."""
    from sklearn.model_selection import GroupKFold

    folds = [list(GroupKFold(5).split(y, y, groups))]
    docs = np.unique(groups)
    for seed in (1, 2, 3, 4):
        fold_of = dict(zip(docs, np.random.default_rng(seed).permutation(len(docs)) % 5, strict=True))
        f = np.array([fold_of[g] for g in groups])
        folds.append([(np.where(f != k)[0], np.where(f == k)[0]) for k in range(5)])
    return folds


class Bench:
    def __init__(self, y, groups, langs, sets):
        self.y, self.groups, self.langs, self.sets = y, groups, langs, sets
        self.folds = fold_assignments(y, groups)

    def fit(self, X, idx, w):
        from qa_align.train import LanguageModels, _pipeline

        def one(c, m):
            return _pipeline(c).fit(X[m], self.y[m], logisticregression__sample_weight=w[m])

        own = {lang: one(FIXED_C[lang], idx[self.langs[idx] == lang]) for lang in ("en", "nl")}
        return LanguageModels(one(FIXED_C["all"], idx), own, ())

    def proba(self, model, X, idx):
        from qa_align.train import _language_rows

        return model.predict_proba(_language_rows(model, X[idx], self.langs[idx]))[:, 1]

    def aucs(self, idx, p):
        from sklearn.metrics import roc_auc_score

        y, langs = self.y[idx], self.langs[idx]
        return [roc_auc_score(y, p)] + [roc_auc_score(y[langs == k], p[langs == k]) for k in ("en", "nl")]

    def run(self, X, w):
        from sklearn.metrics import roc_auc_score

        res, per = [], []
        for folds in self.folds:
            p = np.zeros(len(self.y))
            for tr, te in folds:
                p[te] = self.proba(self.fit(X, tr, w), X, te)
            res.append(self.aucs(np.arange(len(p)), p))
            per.append(
                [roc_auc_score(self.y[m], p[m]) for m in (np.isin(self.sets, v) for v in SHOWN.values())]
            )
        out = np.where(self.sets == REF)[0]
        kept = np.where(self.sets != REF)[0]
        left = self.aucs(out, self.proba(self.fit(X, kept, w), X, out))
        return np.array(res), np.array(per).mean(0), np.array(left)


def main() -> int:
    from qa_align.scoring import feature_names, features

    warnings.filterwarnings("ignore")
    units = scored_units()
    names = [n for n in feature_names() if n not in NEW]
    cache: dict = {}
    X = np.array([features(sp, names, cache) for sp, *_ in units], float)
    Q = np.array([features(sp, NEW, cache) for sp, *_ in units], float)
    A = np.array([asks_features(sp) for sp, *_ in units], float)
    y = np.array([u[1] for u in units])
    groups, langs, sets = (np.array([u[k] for u in units]) for k in (2, 3, 4))
    keys = np.array([f"{g}/{sp.pair.question.n}" for sp, _, g, *_ in units])
    bench, ones = Bench(y, groups, langs, sets), np.ones(len(y))
    print(
        f"{len(y)} units of {len(set(groups))} documents ({int((langs == 'en').sum())} English), {int(y.sum())} answered"
    )
    candidates = [
        ("before this round", X, ones),
        *[(f"reference-dev weighted {k}", X, np.where(sets == REF, k, 1.0)) for k in (2, 3, 5)],
        ("relabelled units weighted 0.3", X, np.where(np.isin(keys, RELABELLED), 0.3, 1.0)),
        ("+ asks: figures, breakdown", np.column_stack([X, A[:, :2]]), ones),
        ("+ asks, sentences", np.column_stack([X, A]), ones),
        ("+ question_requests", np.column_stack([X, Q[:, :1]]), ones),
        ("+ assessment_unmet", np.column_stack([X, Q[:, 1:]]), ones),
        ("+ both (shipped)", np.column_stack([X, Q]), ones),
    ]
    base = None
    print("| candidate | cross-validated all / en / nl | gain all / en / nl (least, most) | "
          + " | ".join(SHOWN) + " | leave-reference-dev-out all / en / nl |")  # fmt: skip
    for label, Xa, w in candidates:
        res, per, left = bench.run(Xa, w)
        base = res if base is None else base
        gain = res - base
        print(
            f"| {label} | {' / '.join(f'{v:.3f}' for v in res.mean(0))} | "
            + " / ".join(f"{m:+.3f} ({lo:+.3f}, {hi:+.3f})" for m, lo, hi in zip(gain.mean(0), gain.min(0), gain.max(0)))
            + " | " + " | ".join(f"{v:.3f}" for v in per) + f" | {' / '.join(f'{v:.3f}' for v in left)} |",
            flush=True,
        )  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
