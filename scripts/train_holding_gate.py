"""Fit the unit gate of ``holding`` (``qa_align/models/holding_gate.json``, ``Settings.holding_gate_model``,
card ``models/holding-gate.md``) on the development units' ``holding`` labels and give its held-out figures.

``collect`` scores every development unit (``qa_align.labelsets.DEVELOPMENT_SETS``, reference-dev included; no
test set) with the ``holding`` rule alone and no gate, as the default settings score it otherwise, and keeps for
every unit the rule flags through its kept deferral cues the gate's reading (``answers.gate_reading``), with the
unit's label, its set and document. ``fit`` reads those rows: a logistic regression over the standardised
readings (``answers.GATE_FEATURES``; C fixed, ``--c``), held out by 5 folds grouped by document and by session
(the labelled set), three shuffles of the groups each, the threshold chosen inside each training part (the one
of most right minus false flags kept among ``THRESHOLDS``) and applied to the held-out part. It prints, per
grouping and shuffle, the flags the gate drops held out (right / false) and the development sum's right minus
false before and after; ``--write`` stores the model fitted on all rows (threshold chosen the same way) as JSON::

    PYTHONPATH=$PWD:$PWD/scripts .venv/bin/python scripts/train_holding_gate.py collect /tmp/hg/rows.jsonl
    PYTHONPATH=$PWD:$PWD/scripts .venv/bin/python scripts/train_holding_gate.py fit /tmp/hg/rows.jsonl \\
        [--write qa_align/models/holding_gate.json]
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict

import numpy as np

THRESHOLDS = tuple(round(0.05 * k, 2) for k in range(2, 12))  # 0.1 .. 0.55


def collect(args) -> None:
    from qa_align.evaluate import load_gold
    from qa_align.labelsets import DEVELOPMENT_SETS
    from qa_align.pipeline import iter_scored
    from qa_align.readers import read_paths
    from qa_align.rules import answers as A
    from qa_align.settings import Settings
    from qa_align.types import Problem

    readings: dict[tuple, dict] = {}
    plain_gate, plain_reading = A._gate_model, A.gate_reading
    passing = {"features": list(A.GATE_FEATURES), "mean": [0.0] * len(A.GATE_FEATURES),
               "scale": [1.0] * len(A.GATE_FEATURES), "coef": [0.0] * len(A.GATE_FEATURES),
               "intercept": 0.0, "threshold": 0.0}  # fmt: skip

    def reading(ctx, kept, model):
        out = plain_reading(ctx, kept, model)
        readings[(ctx.doc.document.source, ctx.doc.document.doc_id, ctx.pair.question.n)] = out.features
        return out

    A._gate_model, A.gate_reading = (lambda where, cue_model: passing), reading
    try:
        gold = {name: [g for f in files for g in load_gold(f)] for name, files in DEVELOPMENT_SETS.items()}
        wanted = {(g.source, g.doc_id) for gs in gold.values() for g in gs}
        docs = [
            d for d in read_paths([args.data], None, None, 1, only={d for _, d in wanted})
            if not isinstance(d, Problem) and (d.source, d.doc_id) in wanted
        ]  # fmt: skip
        flagged = set()
        for sp in iter_scored(docs, Settings(jobs=1), rules=["holding"]):
            if not isinstance(sp, Problem) and any(f.name == "holding" for f in sp.flags):
                flagged.add((sp.document.source, sp.document.doc_id, sp.pair.question.n))
    finally:
        A._gate_model, A.gate_reading = plain_gate, plain_reading
    with open(args.out, "w", encoding="utf-8") as fh:
        for name, gs in gold.items():
            for g in gs:
                for u in g.units:
                    key = (g.source, g.doc_id, u.n)
                    if key not in flagged:
                        continue
                    fh.write(json.dumps({
                        "set": name, "source": g.source, "doc_id": g.doc_id, "n": u.n,
                        "gold": "holding" in u.flags, "features": readings.get(key),
                    }) + "\n")  # fmt: skip


def _fit(X: np.ndarray, y: np.ndarray, c: float):
    from sklearn.linear_model import LogisticRegression

    mean, scale = X.mean(0), X.std(0)
    scale[scale == 0] = 1.0
    m = LogisticRegression(C=c, max_iter=5000).fit((X - mean) / scale, y)
    return mean, scale, m


def _prob(fitted, X: np.ndarray) -> np.ndarray:
    mean, scale, m = fitted
    return m.predict_proba((X - mean) / scale)[:, 1]


def choose_threshold(p: np.ndarray, y: np.ndarray, thresholds: tuple[float, ...] = THRESHOLDS) -> float:
    """The threshold of ``thresholds`` under which dropping the flags removes most false flags beyond the right
    ones (0.0, no gate, where none removes more false than right); ties to the lowest."""
    best, at = 0, 0.0
    for t in thresholds:
        gain = int(((p < t) & (y == 0)).sum()) - int(((p < t) & (y == 1)).sum())
        if gain > best:
            best, at = gain, t
    return at


def folds_of(groups: np.ndarray, seed: int, n: int = 5):
    from sklearn.model_selection import GroupKFold

    names = np.unique(groups)
    order = dict(zip(names, np.random.RandomState(seed).permutation(len(names))))
    renamed = np.array([order[g] for g in groups])
    return list(GroupKFold(n_splits=n).split(np.zeros(len(groups)), groups=renamed))


def held_out(
    X, y, groups, c: float, seed: int, thresholds: tuple[float, ...] = THRESHOLDS
) -> tuple[np.ndarray, np.ndarray]:
    """Each row's held-out probability and the threshold its training part chose."""
    prob, cut = np.zeros(len(y)), np.zeros(len(y))
    for tr, te in folds_of(groups, seed):
        inner = np.zeros(len(tr))
        for itr, ite in folds_of(groups[tr], seed + 100):
            inner[ite] = _prob(_fit(X[tr][itr], y[tr][itr], c), X[tr][ite])
        cut[te] = choose_threshold(inner, y[tr], thresholds)
        prob[te] = _prob(_fit(X[tr], y[tr], c), X[te])
    return prob, cut


def fit_gate(rows: list[dict], features, c: float, thresholds: tuple[float, ...] = THRESHOLDS):
    """Fit a gate over ``rows`` (``collect``'s lines, each with its ``features``): print the held-out figures by
    document and by session (three shuffles each) and the fitted coefficients; return the model fitted on every
    row, the threshold chosen by an inner cross-validation grouped by document, and each row's probability."""
    X = np.array([[r["features"][k] for k in features] for r in rows], dtype=float)
    y = np.array([int(r["gold"]) for r in rows])
    right, false = int(y.sum()), int(len(y) - y.sum())
    print(f"units the gate reads: {len(y)} (right {right}, false {false}; right minus false {right - false})")
    for name, groups in (("document", np.array([r["source"] + r["doc_id"] for r in rows])),
                         ("session", np.array([str(r["set"]) for r in rows]))):  # fmt: skip
        for seed in (0, 1, 2):
            p, cut = held_out(X, y, groups, c, seed, thresholds)
            drop = p < cut
            lost, gone = int((drop & (y == 1)).sum()), int((drop & (y == 0)).sum())
            by_source = defaultdict(lambda: [0, 0])
            for r, d, g in zip(rows, drop, y):
                if d:
                    by_source[r["source"]][1 - g] += 1
            print(f"held out by {name}, shuffle {seed}: drops right {lost} / false {gone} (gain {gone - lost}); "
                  f"thresholds {sorted(set(cut.round(2)))}; by source (right, false) {dict(by_source)}")  # fmt: skip
    fitted = _fit(X, y, c)
    inner = np.zeros(len(y))
    for tr, te in folds_of(np.array([r["source"] + r["doc_id"] for r in rows]), 0):
        inner[te] = _prob(_fit(X[tr], y[tr], c), X[te])
    t = choose_threshold(inner, y, thresholds)
    p = _prob(fitted, X)
    print("coefficients", dict(zip(features, fitted[2].coef_[0].round(3))), "threshold", t,
          f"in-sample drops right {int(((p < t) & (y == 1)).sum())} / false {int(((p < t) & (y == 0)).sum())}")  # fmt: skip
    return fitted, t, p


def gate_model(features, fitted, threshold: float, **more) -> dict:
    """The gate file's fields: the features in order, the scaling and the coefficients, the threshold."""
    mean, scale, m = fitted
    return {
        "features": list(features), "mean": [round(float(v), 6) for v in mean],
        "scale": [round(float(v), 6) for v in scale], "coef": [round(float(v), 6) for v in m.coef_[0]],
        "intercept": round(float(m.intercept_[0]), 6), "threshold": threshold, **more,
    }  # fmt: skip


def fit(args) -> None:
    from qa_align.rules.answers import GATE_FEATURES

    rows = [json.loads(line) for line in open(args.rows, encoding="utf-8")]
    rows = [r for r in rows if r["features"] is not None]
    fitted, t, _ = fit_gate(rows, GATE_FEATURES, args.c)
    if args.write:
        model = gate_model(
            GATE_FEATURES, fitted, t, cue_model="learned", c=args.c,
            trained_on=f"the development units the rule flags through its kept deferral cues ({len(rows)})",
        )  # fmt: skip
        with open(args.write, "w", encoding="utf-8") as fh:
            json.dump(model, fh, indent=1)
            fh.write("\n")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("collect")
    c.add_argument("out")
    c.add_argument("--data", default="../shared/data")
    f = sub.add_parser("fit")
    f.add_argument("rows")
    f.add_argument("--c", type=float, default=1.0)
    f.add_argument("--write")
    args = ap.parse_args(argv)
    {"collect": collect, "fit": fit}[args.cmd](args)


if __name__ == "__main__":
    main()
