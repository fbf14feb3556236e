"""An experiment, not part of the package: the rules' flags against a learned unit-level detector.

Per flag, a class-balanced logistic regression over unit features: the rules' flags, the cue
classifier's highest probability per cue over the serving segments' sentences, over the unit's own
sentences (``scoring.own_sentences``) and over the whole answer, how many own sentences reach 0.5
per cue, the question's readings (closed, count, figures, dimensions, parts), answer length,
figures, the score's unit features and the language. Every development set of
``labelsets.DEVELOPMENT_SETS`` is read (a document labelled in two sets counted once, in the newer);
it is evaluated

- leaving whole label sets out (``GroupKFold`` over the sets, not the documents), and
- trained on every set but the eight newest (``NEWEST``) and scored on those eight;

per flag the rules alone, the learned layer alone (with the rules' flag among its features), the
learned layer without the rules' flags as features, and rules OR learned. The threshold of a learned
model is chosen inside its training data only (out-of-fold probabilities, folds grouped by set).
With ``--test`` (at the very end, aggregate only) it is trained once on all development sets and
scored on the test sets. Scored units are cached under ``/tmp/s20/learned20/``, one file per labelled
units and package read (a change of either scores again). Its results of
2026-12-03 are in the README ("Measuring it").

    PYTHONPATH=$PWD .venv/bin/python scripts/experiment_learned_flags.py [--test]
"""

from __future__ import annotations

import argparse
import hashlib
import math
import pickle
import re
from collections import defaultdict
from pathlib import Path

import numpy as np

import qa_align
from qa_align import text as text_layer
from qa_align.analyze import analyze_question
from qa_align.cues import CUES, CueClassifier
from qa_align.evaluate import LANGUAGE, labelled_flags, load_gold
from qa_align.labelsets import DEVELOPMENT_SETS, TEST_SETS
from qa_align.pipeline import iter_scored
from qa_align.readers import read_paths
from qa_align.rules import evaluated_flags
from qa_align.scoring import own_sentences
from qa_align.settings import Settings
from qa_align.types import Problem

OUT = Path("/tmp/s20/learned20")
DATA = "../shared/data"
NEWEST = ["dev-be24", "dev-be25", "dev-uk27", "dev-uk28", "dev-be26", "dev-be27", "dev-uk29", "dev-uk30"]
LAST4 = ["dev-be26", "dev-be27", "dev-uk29", "dev-uk30"]
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


# The eight sets the experiment read in session 2 (561 units): ``scripts/experiment_score_features.py``
# still reads them from here; this experiment reads every set of ``labelsets.DEVELOPMENT_SETS``.
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


def gold_docs(files, exclude=frozenset()):
    """The labelled documents of ``files``, a document labelled twice kept in the first file that
    has it, none of ``exclude`` (as ``scripts/choose_cue_thresholds.py`` and ``choose_generic.py``
    read them)."""
    docs, seen = [], set(exclude)
    for f in files:
        for g in load_gold(f):
            k = (g.source, g.doc_id)
            if k in seen:
                continue
            seen.add(k)
            docs.append(g)
    return docs


def gold_sets(sets: dict[str, tuple[str, ...]], exclude=frozenset()):
    """(set name, GoldDoc) of every set, a document labelled in several sets kept in the newest
    (the last of ``sets``) only, and none of ``exclude``."""
    out, seen = [], set(exclude)
    for name, files in reversed(list(sets.items())):
        for g in gold_docs(files, exclude=frozenset(seen)):
            seen.add((g.source, g.doc_id))
            out.append((name, g))
    return out[::-1]


def read_documents(gold, jobs: int = 1):
    """The documents of ``gold`` (GoldDoc) read from ``DATA`` (those that read without a problem)."""
    wanted = {(g.source, g.doc_id) for g in gold}
    return [
        d
        for d in read_paths([DATA], None, None, jobs, only={i for _, i in wanted})
        if not isinstance(d, Problem) and (d.source, d.doc_id) in wanted
    ]


def _sentences(segments, lang):
    return [t for s in segments for _, _, t in text_layer.sentences(s.text, lang) if t.strip()]


def _max(probs, j):
    return float(probs[:, j].max()) if len(probs) else 0.0


def unit_features(sp, doc_probs, clf, lang):
    q = sp.pair.question
    qa = analyze_question(q, lang)
    segs = [s for s in sp.pair.segments if s.label != "intro"]
    seg_sents = _sentences(segs, lang)
    own = [t for t in own_sentences(sp) if t.strip()] if segs else []
    zeros = np.zeros((0, len(CUES)))
    p_seg = clf.probabilities(seg_sents, lang) if seg_sents else zeros
    p_own = clf.probabilities(own, lang) if own else zeros
    ans = " ".join(s.text for s in segs)
    rules = labelled_flags(sp)
    feats = {
        **{f"rule:{f}": float(f in rules) for f in evaluated_flags()},
        "rule:count": float(len(rules)),
        **{f"cue:{c}": _max(p_seg, j) for j, c in enumerate(CUES)},
        **{f"own:{c}": _max(p_own, j) for j, c in enumerate(CUES)},
        **{f"doc:{c}": _max(doc_probs, j) for j, c in enumerate(CUES)},
        **{f"own_n:{c}": math.log1p(float((p_own[:, j] > 0.5).sum())) for j, c in enumerate(CUES)},
        "q:closed": float(bool(qa.closed)),
        "q:asks_count": float(qa.asks_count),
        "q:asks_figures": float(qa.asks_figures),
        "q:dimensions": float(len(qa.dimensions)),
        "q:parts": float(len(q.parts)),
        "q:log_len": math.log1p(len(q.text)),
        "a:no_segment": float(not segs),
        "a:log_len": math.log1p(len(ans)),
        "a:own_log_len": math.log1p(sum(len(t) for t in own)),
        "a:own_sentences": math.log1p(len(own)),
        "a:numbers": math.log1p(len(NUM.findall(ans))),
        "a:shared_segment": float(any("-" in s.label or not s.numbers for s in segs)),
        "a:score": float(sp.score) if sp.score is not None else 0.5,
        "a:attributed_share": float(sp.attributed_share) if sp.attributed_share is not None else 1.0,
        "lang:en": float(lang == "en"),
    }
    if sp.unit_counts is not None:
        shared, asked, given, _ = sp.unit_counts
        feats["a:uptake"] = shared / asked if asked else 0.0
        feats["a:given_words"] = math.log1p(given)
    return feats


def _made_of(gold) -> str:
    """What ``score``'s units are made of: the labelled units of ``gold`` (set, document, unit, flags) and
    every file of the package read (rules, lexicons, models), as a short hash."""
    h = hashlib.sha1()
    for name, g in gold:
        h.update(repr((name, g.source, g.doc_id, [(u.n, sorted(u.flags)) for u in g.units])).encode())
    root = Path(qa_align.__file__).parent
    for f in sorted(root.rglob("*")):
        if f.is_file() and "__pycache__" not in f.parts:
            h.update(str(f.relative_to(root)).encode())
            h.update(f.read_bytes())
    return h.hexdigest()[:12]


def score(gold, cache: Path):
    """(set, doc_id, features or None, gold flags) per gold unit, cached beside ``cache`` under the hash of
    what they are made of (``_made_of``): a cache of other sets or of other rules is not read (``dev.pkl`` of
    52 sets was read as every development set after dev-be28 and dev-uk31 were added)."""
    cache = cache.with_name(f"{cache.stem}-{_made_of(gold)}{cache.suffix}")
    if cache.exists():
        return pickle.loads(cache.read_bytes())
    docs = read_documents([g for _, g in gold])
    by_doc = defaultdict(list)
    for sp in iter_scored(docs, Settings(jobs=1)):
        if not isinstance(sp, Problem):
            by_doc[(sp.document.source, sp.document.doc_id)].append(sp)
    clf = CueClassifier.load()
    rows = {}
    for key, sps in by_doc.items():
        lang = LANGUAGE.get(key[0], "nl")
        segs = {(s.start, s.end): s for sp in sps for s in sp.pair.segments if s.label != "intro"}
        sents = _sentences(sorted(segs.values(), key=lambda s: s.start), lang)
        doc_probs = clf.probabilities(sents, lang) if sents else np.zeros((0, len(CUES)))
        for sp in sps:
            rows[(*key, sp.pair.question.n)] = unit_features(sp, doc_probs, clf, lang)
    out = [
        (name, g.doc_id, rows.get((g.source, g.doc_id, u.n)), frozenset(u.flags))
        for name, g in gold
        for u in g.units
    ]
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_bytes(pickle.dumps(out))
    return out


def matrix(units, names=None):
    names = names or sorted({k for _, _, f, _ in units if f for k in f})
    X = np.array([[(f or {}).get(k, 0.0) for k in names] for _, _, f, _ in units])
    return X, np.array([s for s, _, _, _ in units]), names


def model():
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    return make_pipeline(StandardScaler(), LogisticRegression(class_weight="balanced", C=0.3, max_iter=3000))


def best_threshold(X, y, groups):
    """Threshold of best F1 over out-of-fold probabilities inside the training data (folds grouped
    by set)."""
    from sklearn.model_selection import GroupKFold

    p = np.zeros(len(y))
    for tr, te in GroupKFold(n_splits=5).split(X, y, groups):
        if y[tr].sum() < 2:
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


def fit_predict(X, y, groups, Xt):
    if y.sum() < 2:
        return np.zeros(len(Xt), bool)
    t = best_threshold(X, y, groups)
    return model().fit(X, y).predict_proba(Xt)[:, 1] >= t


def prf(y, pred):
    tp = int((pred & (y == 1)).sum())
    p = tp / pred.sum() if pred.sum() else float("nan")
    r = tp / y.sum() if y.sum() else float("nan")
    f = 2 * p * r / (p + r) if p + r and not math.isnan(p) and not math.isnan(r) else float("nan")
    return tp, int(pred.sum()), p, r, f


def fmt(m):
    tp, n, *rest = m
    return f"{tp:3d}/{n:<3d} " + " ".join(f"{x:4.2f}" if not math.isnan(x) else "   -" for x in rest)


def table(title, results):
    head = "found/flagged P R F1"
    lines = [
        title,
        f"{'flag':18s} {'sup':>4s} | {'rules: ' + head:25s} | {'learned':25s} | "
        f"{'learned w/o rule feats':25s} | {'rules OR learned':25s}",
    ]
    for f, (sup, *ms) in results.items():
        lines.append(f"{f:18s} {sup:4d} | " + " | ".join(f"{fmt(m):25s}" for m in ms))
    return "\n".join(lines)


def compare(y, rule, learned, plain, mask=None):
    m = np.ones(len(y), bool) if mask is None else mask
    return (
        int(y[m].sum()),
        prf(y[m], rule[m]),
        prf(y[m], learned[m]),
        prf(y[m], plain[m]),
        prf(y[m], rule[m] | learned[m]),
    )


def main(argv=None):
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--test",
        action="store_true",
        help="at the very end: trained on every development set, scored on the test sets",
    )
    args = parser.parse_args(argv)
    test_keys = {(g.source, g.doc_id) for _, g in gold_sets(TEST_SETS)}
    dev = gold_sets(DEVELOPMENT_SETS, exclude=test_keys)
    units = score(dev, OUT / "dev.pkl")
    X, sets, names = matrix(units)
    norule = np.array([not n.startswith("rule:") for n in names])
    print(
        f"dev: {len(dev)} documents in {len(set(sets))} sets, {len(units)} units, "
        f"{sum(f is None for _, _, f, _ in units)} without a tool pair; {len(names)} features"
    )
    from sklearn.model_selection import GroupKFold

    newest = np.isin(sets, NEWEST)
    last4 = np.isin(sets, LAST4)
    lso, held, held4, weights = {}, {}, {}, {}
    per_set_rows = []
    for flag in FLAGS:
        y = np.array([int(flag in g) for _, _, _, g in units])
        rule = X[:, names.index(f"rule:{flag}")] > 0
        learned = np.zeros(len(y), bool)
        plain = np.zeros(len(y), bool)
        n_sets = len(set(sets))
        for tr, te in GroupKFold(n_splits=min(10, n_sets)).split(X, y, sets):
            learned[te] = fit_predict(X[tr], y[tr], sets[tr], X[te])
            plain[te] = fit_predict(X[tr][:, norule], y[tr], sets[tr], X[te][:, norule])
        lso[flag] = compare(y, rule, learned, plain)
        for s in NEWEST:
            m = sets == s
            per_set_rows.append((flag, s, prf(y[m], rule[m]), prf(y[m], learned[m])))
        tr = ~newest
        hl = np.zeros(len(y), bool)
        hp = np.zeros(len(y), bool)
        hl[newest] = fit_predict(X[tr], y[tr], sets[tr], X[newest])
        hp[newest] = fit_predict(X[tr][:, norule], y[tr], sets[tr], X[newest][:, norule])
        held[flag] = compare(y, rule, hl, hp, newest)
        held4[flag] = compare(y, rule, hl, hp, last4)
        coef = model().fit(X, y)[-1].coef_[0]
        order = np.argsort(-np.abs(coef))[:6]
        weights[flag] = [(names[k], round(float(coef[k]), 2)) for k in order]
    out = [
        table(f"DEV, leave whole label sets out (GroupKFold over {len(set(sets))} sets, 10 folds)", lso),
        "",
        table(f"NEWEST 8 sets ({', '.join(NEWEST)}; {int(newest.sum())} units), trained on the others", held),
        "",
        table(f"  of which the 4 of last session ({', '.join(LAST4)}; {int(last4.sum())} units)", held4),
        "",
        "largest standardized weights (model on all dev):",
    ]
    out += [f"  {f}: " + ", ".join(f"{n} {w:+.2f}" for n, w in ws) for f, ws in weights.items()]
    out += ["", "per newest set (leave-set-out predictions), rules vs learned:"]
    out += [f"  {f:18s} {s:9s} {fmt(a)} | {fmt(b)}" for f, s, a, b in per_set_rows]
    if args.test:
        test = gold_sets(TEST_SETS)
        tunits = score(test, OUT / "test.pkl")
        Xt, _, _ = matrix(tunits, names)
        res = {}
        for flag in FLAGS:
            y = np.array([int(flag in g) for _, _, _, g in units])
            yt = np.array([int(flag in g) for _, _, _, g in tunits])
            rule = Xt[:, names.index(f"rule:{flag}")] > 0
            learned = fit_predict(X, y, sets, Xt)
            plain = fit_predict(X[:, norule], y, sets, Xt[:, norule])
            res[flag] = compare(yt, rule, learned, plain)
        out += ["", table(f"TEST sets in aggregate ({len(tunits)} units), trained once on all dev", res)]
    text = "\n".join(out)
    print(text)
    (OUT / ("results-test.txt" if args.test else "results-dev.txt")).write_text(text + "\n")


if __name__ == "__main__":
    main()
