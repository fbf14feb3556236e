"""An experiment, not part of the package: the rules' flags against a learned unit-level detector.

Per flag, a class-balanced logistic regression over 24 unit features (the rules' 8 flags, the cue
classifier's highest probability per cue over the serving sentences, question and answer
features), cross-validated on the development sets grouped by document; with ``--test``,
trained once on all of them and scored on the test sets ``corpus/gold/test-be.jsonl`` and
``test-uk.jsonl`` (aggregate only). ``reference-test.jsonl`` is not read. Results and scored
units are kept under /tmp/learnflags. Its results of 2026-12-01 are in the README ("Measuring it").

    .venv/bin/python scripts/experiment_learned_flags.py [--test]
"""

from __future__ import annotations

import math
import pickle
import re
import sys
from pathlib import Path

import numpy as np

from qa_align import text as text_layer
from qa_align.analyze import analyze_question
from qa_align.cues import CUES, CueClassifier
from qa_align.evaluate import LANGUAGE, labelled_flags, load_gold
from qa_align.pipeline import iter_scored
from qa_align.readers import read_paths
from qa_align.settings import Settings
from qa_align.types import Problem

OUT = Path("/tmp/learnflags")
DATA = "../shared/data"
DEV = [
    "../shared/labels/reference-dev.jsonl",
    "corpus/gold/dev.jsonl",
    "corpus/gold/dev-en.jsonl",
    "corpus/gold/dev-nl.jsonl",
    "corpus/gold/dev-tk.jsonl",
    "corpus/gold/dev-be.jsonl",
    "corpus/gold/dev-be2.jsonl",
    "corpus/gold/dev-uk.jsonl",
]
TEST = ["corpus/gold/test-be.jsonl", "corpus/gold/test-uk.jsonl"]
FLAGS = [
    "holding",
    "yes_no_unanswered",
    "generic",
    "figures_missing",
    "breakdown_missing",
    "deflection",
    "cross_reference",
    "no_information",
]
NUM = re.compile(r"\d[\d.,]*")


def gold_docs(files, exclude=frozenset()):
    docs, seen = [], set()
    for f in files:
        for g in load_gold(f):
            k = (g.source, g.doc_id)
            if k in seen or k in exclude:
                continue  # first labelled set wins; test documents never enter dev
            seen.add(k)
            docs.append(g)
    return docs


def read_documents(gold):
    """The documents of ``gold`` read from ``DATA`` (those that read without a problem)."""
    wanted = {(g.source, g.doc_id) for g in gold}
    return [
        d
        for d in read_paths([DATA], None, None, 2, only={i for _, i in wanted})
        if not isinstance(d, Problem) and (d.source, d.doc_id) in wanted
    ]


def score(gold, cache):
    if cache.exists():
        return pickle.loads(cache.read_bytes())
    docs = read_documents(gold)
    rows = {}
    clf = CueClassifier.load()
    for sp in iter_scored(docs, Settings()):
        if isinstance(sp, Problem):
            continue
        lang = LANGUAGE.get(sp.document.source, "nl")
        q = sp.pair.question
        qa = analyze_question(q, lang)
        segs = [s for s in sp.pair.segments if s.label != "intro"]
        sents = [t for s in segs for _, _, t in text_layer.sentences(s.text, lang) if t.strip()]
        probs = clf.probabilities(sents, lang) if sents else np.zeros((0, len(CUES)))
        ans = " ".join(s.text for s in segs)
        feats = {
            **{f"rule:{f}": 0.0 for f in FLAGS},
            **{f"cue:{c}": float(probs[:, j].max()) if len(probs) else 0.0 for j, c in enumerate(CUES)},
            "q:closed": float(bool(qa.closed)),
            "q:asks_count": float(qa.asks_count),
            "q:asks_figures": float(qa.asks_figures),
            "q:dimensions": float(len(qa.dimensions)),
            "q:parts": float(len(q.parts)),
            "q:log_len": math.log1p(len(q.text)),
            "a:no_segment": float(not segs),
            "a:log_len": math.log1p(len(ans)),
            "a:numbers": math.log1p(len(NUM.findall(ans))),
            "a:shared_segment": float(any("-" in s.label or not s.numbers for s in segs)),
        }
        for f in labelled_flags(sp):
            if f"rule:{f}" in feats:
                feats[f"rule:{f}"] = 1.0
        rows[(sp.document.source, sp.document.doc_id, q.n)] = feats
    out = []
    for g in gold:
        for u in g.units:
            out.append((g.doc_id, rows.get((g.source, g.doc_id, u.n)), set(u.flags)))
    cache.write_bytes(pickle.dumps(out))
    return out


def matrix(units):
    names = sorted({k for _, f, _ in units if f for k in f})
    X = np.array([[(f or {}).get(k, 0.0) for k in names] for _, f, _ in units])
    groups = np.array([d for d, _, _ in units])
    return X, groups, names


def model():
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    return make_pipeline(StandardScaler(), LogisticRegression(class_weight="balanced", C=0.3, max_iter=2000))


def best_threshold(X, y, groups):
    """Threshold of best F1 over out-of-fold probabilities inside the training data."""
    from sklearn.model_selection import GroupKFold

    p = np.zeros(len(y))
    for tr, te in GroupKFold(n_splits=3).split(X, y, groups):
        if y[tr].sum() == 0:
            continue
        p[te] = model().fit(X[tr], y[tr]).predict_proba(X[te])[:, 1]
    best, bt = -1.0, 0.5
    for t in np.unique(np.round(p, 3)):
        pr = p >= t
        tp = (pr & (y == 1)).sum()
        f = 2 * tp / (pr.sum() + y.sum()) if pr.sum() + y.sum() else 0
        if f > best:
            best, bt = f, t
    return bt


def prf(y, pred):
    tp = int((pred & (y == 1)).sum())
    p = tp / pred.sum() if pred.sum() else float("nan")
    r = tp / y.sum() if y.sum() else float("nan")
    f = 2 * p * r / (p + r) if p + r and not math.isnan(p) and not math.isnan(r) else float("nan")
    return p, r, f


def fmt(m):
    return " ".join(f"{x:5.2f}" if not math.isnan(x) else "    -" for x in m)


def table(title, results):
    lines = [
        title,
        f"{'flag':20s} {'sup':>4s} | {'rule P    R    F1':>17s} | {'learned P  R    F1':>17s} | "
        f"{'OR P   R    F1':>17s} | {'no-rule-feat P R F1':>17s}",
    ]
    for f, (sup, a, b, c, d) in results.items():
        lines.append(f"{f:20s} {sup:4d} | {fmt(a)} | {fmt(b)} | {fmt(c)} | {fmt(d)}")
    return "\n".join(lines)


def main():
    from sklearn.model_selection import GroupKFold

    test_keys = {(g.source, g.doc_id) for g in gold_docs(TEST)}
    dev = gold_docs(DEV, exclude=test_keys)
    dev_units = score(dev, OUT / "dev.pkl")
    X, groups, names = matrix(dev_units)
    print(
        f"dev: {len(dev)} documents, {len(dev_units)} units, "
        f"{sum(f is None for _, f, _ in dev_units)} without a tool pair; features: {len(names)}"
    )
    norule = [k for k, n in enumerate(names) if not n.startswith("rule:")]
    n_all = len(gold_docs(DEV))
    print(f"dev documents dropped because also in a test set: {n_all - len(dev)}")
    cv, weights = {}, {}
    for flag in FLAGS:
        y = np.array([int(flag in g) for _, _, g in dev_units])
        rule = X[:, names.index(f"rule:{flag}")] > 0
        learned = np.zeros(len(y), bool)
        plain = np.zeros(len(y), bool)
        for tr, te in GroupKFold(n_splits=5).split(X, y, groups):
            if y[tr].sum() < 2:
                continue
            t = best_threshold(X[tr], y[tr], groups[tr])
            learned[te] = model().fit(X[tr], y[tr]).predict_proba(X[te])[:, 1] >= t
            Xn = X[:, norule]
            t = best_threshold(Xn[tr], y[tr], groups[tr])
            plain[te] = model().fit(Xn[tr], y[tr]).predict_proba(Xn[te])[:, 1] >= t
        cv[flag] = (int(y.sum()), prf(y, rule), prf(y, learned), prf(y, rule | learned), prf(y, plain))
        coef = model().fit(X, y)[-1].coef_[0]
        order = np.argsort(-np.abs(coef))[:5]
        weights[flag] = [(names[k], round(float(coef[k]), 2)) for k in order]
    out = [
        table("DEV, 5-fold CV grouped by document (units of the dev sets)", cv),
        "",
        "largest standardized weights (model on all dev):",
    ]
    out += [f"  {f}: " + ", ".join(f"{n} {w:+.2f}" for n, w in ws) for f, ws in weights.items()]
    if "--test" in sys.argv:
        test = gold_docs(TEST)
        test_units = score(test, OUT / "test.pkl")
        Xt = np.array([[(f or {}).get(k, 0.0) for k in names] for _, f, _ in test_units])
        res = {}
        for flag in FLAGS:
            y = np.array([int(flag in g) for _, _, g in dev_units])
            yt = np.array([int(flag in g) for _, _, g in test_units])
            t = best_threshold(X, y, groups)
            learned = model().fit(X, y).predict_proba(Xt)[:, 1] >= t
            rule = Xt[:, names.index(f"rule:{flag}")] > 0
            Xn = X[:, norule]
            t = best_threshold(Xn, y, groups)
            plain = model().fit(Xn, y).predict_proba(Xt[:, norule])[:, 1] >= t
            res[flag] = (
                int(yt.sum()),
                prf(yt, rule),
                prf(yt, learned),
                prf(yt, rule | learned),
                prf(yt, plain),
            )
        out += [
            "",
            table(
                f"TEST (test-be + test-uk, {len(test)} documents, {len(test_units)} units), "
                "trained once on all dev",
                res,
            ),
        ]
    text = "\n".join(out)
    print(text)
    (OUT / ("results-test.txt" if "--test" in sys.argv else "results-dev.txt")).write_text(text + "\n")


if __name__ == "__main__":
    main()
