"""A learned gate on ``yes_no_unanswered``: of the units where the rule raises the flag, which the
readers flag too (issue 17: on reference-test the rule flags about twice as often as the readers).

Every development set (``SETS``: ``choose_generic.SETS`` and the sets labelled since, never a test
set nor the session's unseen sets) is scored once with the shipped settings; for every unit where
``yes_no_unanswered`` is raised (the candidates) ``gate_features`` is kept: what
``answered.answered_features`` reads (the answer's length, the cue classifier's reading per cue, the
other flags' cues, figures, tables, what the question asks and how much the answer takes up, the
readings of ``answers.yes_no_readings``: yes or no words in the opening, a negation near an asked
word, the asked words the first and the best sentence hold), p(answered), the cue classifier's
highest and mean probability per cue over the unit's answer sentences, the closed question's kind
(a future or plan, a request in closed form, awareness, how far something has come), the other flags
raised and the source. The target is whether the readers flag the unit ``yes_no_unanswered``.

A standardised logistic regression (C chosen by grouped CV inside the training part) is judged
leave one set out: each set's candidates are decided by a gate fitted on the other sets, its cut (of
best F1 of the flag over the training sets' candidates, out of fold of an inner grouped CV; "no
gate" among the choices) chosen there too. The flag's F1, true and false flags, per set: rule alone
and rule + gate. ``--readings FILE`` keeps the scored readings (read again when the file exists)::

    .venv/bin/python scripts/train_yesno_gate.py [--readings /tmp/yesno_gate.pkl] [--write FILE]
"""

from __future__ import annotations

import argparse
import dataclasses
import pickle
import re
import sys
from pathlib import Path

import numpy as np
from choose_cue_thresholds import FAST, scored_flags, units_of
from choose_generic import DEVELOPMENT_SETS as SETS
from choose_generic import development_documents

from qa_align import answered
from qa_align.cues import CUES
from qa_align.rules import RULES, answers, registry
from qa_align.settings import Settings

FLAG = "yes_no_unanswered"
SOURCES = ("be-kamer", "tweede-kamer", "uk-commons", "vlaams-parlement")
OTHER_FLAGS = (
    "holding", "generic", "figures_missing", "breakdown_missing", "deflection", "cross_reference",
    "no_information",
)  # fmt: skip
# the closed question's kind, read in its first closed sentence
KINDS = {
    "kind_future": r"\b(will|zal|zult|zullen|plans?|intends?|van plan|voornemens|overweegt|overweegs?)\b",
    "kind_can": r"\b(can|could|kan|kunt|kunnen|zou|zoudt)\b",
    "kind_aware": r"\b(aware|bekend|kent|weet|heard|kennis)\b",
    "kind_assess": r"\b(assessment|assess|evaluat\w*|onderzo\w*|estimate)\b",
    "kind_figures": r"\b(how many|number of|aantal|cijfers|hoeveel)\b",
}
CS = (0.01, 0.03, 0.1, 0.3, 1.0)
NO_GATE = -1.0  # a cut every probability passes
CUTS = (NO_GATE, *(round(float(c), 2) for c in np.arange(0.1, 0.651, 0.025)))


def gate_features(ctx) -> dict[str, float]:
    """What the gate reads of a unit where the rule raises the flag (the other flags are added from
    the scored rows)."""
    out = dict(answered.answered_features(ctx))
    p = answered.p_answered(ctx)
    out["p_answered"] = 0.5 if p is None else p
    yn = answers.yes_no_readings(ctx)
    out |= {f"yr_{k}": float(v) for k, v in yn.items()}
    setting = ctx.doc.settings.cue_model
    probs = [answers._cue_probabilities(setting, a, s) for a in ctx.answers for s in a.sentences]
    probs = [p for p in probs if p]
    for c in CUES:
        vals = [p[c] for p in probs] or [0.0]
        out[f"pmax_{c}"] = max(vals)
        out[f"pmean_{c}"] = float(np.mean(vals))
    first = answers.left_open(ctx)
    text = first.text.lower() if first is not None else ""
    out |= {k: float(bool(re.search(rx, text))) for k, rx in KINDS.items()}
    out["q_words"] = float(np.log1p(len(ctx.pair.question.text.split())))
    source = ctx.doc.document.source
    out |= {f"src_{s}": float(source.startswith(s)) for s in SOURCES}
    return out


def readings(docs, settings: Settings, features=None) -> tuple[dict, dict]:
    """Score ``docs``; per unit key its flags and, where the rule raises the flag, its readings
    (``features(ctx)``, ``gate_features`` by default)."""
    features = features or gate_features
    registry()
    rule = RULES[FLAG]
    seen: dict = {}

    def recording(ctx):
        flags = list(rule.func(ctx))
        if flags:
            key = (ctx.doc.document.source, ctx.doc.document.doc_id, ctx.pair.question.n)
            seen[key] = features(ctx)
        yield from flags

    RULES[FLAG] = dataclasses.replace(rule, func=recording)
    try:
        return scored_flags(docs, settings), seen
    finally:
        RULES[FLAG] = rule


def load(path: str | None):
    if path and Path(path).exists():
        with open(path, "rb") as f:
            return pickle.load(f)
    gold, docs = development_documents(SETS)
    current, seen = readings(docs, Settings().replace(**FAST))
    units = units_of(gold, docs, current)
    rows = []
    for u in units:
        if FLAG not in current.get(u.key, ()):
            continue
        feats = dict(seen[u.key])
        feats |= {f"flag_{k}": float(k in current[u.key]) for k in OTHER_FLAGS}
        rows.append((u.key, u.labelled_set, FLAG in u.flags, feats))
    truth = {s: sum(FLAG in u.flags for u in units if u.labelled_set == s) for s in SETS}
    data = {"rows": rows, "support": truth}
    if path:
        with open(path, "wb") as f:
            pickle.dump(data, f)
    return data


def fit(x, y, c):
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    return make_pipeline(StandardScaler(), LogisticRegression(C=c, max_iter=5000)).fit(x, y)


def oof(x, y, groups, c, folds=5):
    from sklearn.model_selection import GroupKFold

    prob = np.zeros(len(y))
    for tr, te in GroupKFold(n_splits=min(folds, len(set(groups)))).split(x, groups=groups):
        prob[te] = fit(x[tr], y[tr], c).predict_proba(x[te])[:, 1]
    return prob


def flag_f1(y, keep, missed):
    """F1 of the flag over a set of candidates whose kept ones are ``keep``, with ``missed`` true
    units the rule never flags."""
    tp = int((y & keep).sum())
    return 2 * tp / (int(y.sum()) + missed + int(keep.sum())) if (y.sum() + missed + keep.sum()) else 1.0


def choose(x, y, groups, missed):
    """C and cut chosen on the candidates given (inner grouped CV): best F1 of the flag."""
    best = None
    for c in CS:
        p = oof(x, y, groups, c)
        for cut in CUTS:
            score = flag_f1(y, p >= cut, missed)
            key = (round(score, 9), -cut if cut > 0 else 1.0)
            if best is None or key > best[0]:
                best = (key, c, cut)
    return best[1], best[2]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--readings", help="keep the scored readings here (read again when there)")
    ap.add_argument("--features", help="comma-separated feature names or prefixes (default all)")
    ap.add_argument("--write", help="store the gate fitted on every set here (JSON)")
    args = ap.parse_args(argv)
    data = load(args.readings)
    rows, support = data["rows"], data["support"]
    names = sorted(rows[0][3])
    if args.features:
        wanted = args.features.split(",")
        names = [n for n in names if any(n == w or n.startswith(w) for w in wanted)]
    x = np.array([[r[3][n] for n in names] for r in rows])
    y = np.array([r[2] for r in rows])
    sets = np.array([r[1] for r in rows])
    groups = np.array(["/".join(r[0][:2]) for r in rows])
    missed = {s: support[s] - int((y & (sets == s)).sum()) for s in SETS}
    print(f"{len(rows)} candidates, {y.sum()} true; {len(names)} features", file=sys.stderr)
    gate = np.ones(len(y), bool)
    prob = np.zeros(len(y))
    chosen = {}
    for s in SETS:
        te, tr = sets == s, sets != s
        if not te.any():
            continue
        c, cut = choose(x[tr], y[tr], groups[tr], sum(v for k, v in missed.items() if k != s))
        prob[te] = fit(x[tr], y[tr], c).predict_proba(x[te])[:, 1]
        gate[te] = prob[te] >= cut
        chosen[s] = (c, cut)
    print(f"{'set':14s} {'sup':>4s}  rule tp/fp F1   gate tp/fp F1   removed true/false  C, cut")
    tot = np.zeros(6, int)
    for s in SETS:
        te = sets == s
        tp0, fp0 = int((y & te).sum()), int((~y & te).sum())
        tp1, fp1 = int((y & te & gate).sum()), int((~y & te & gate).sum())
        sup = support[s]
        f0 = 2 * tp0 / (sup + tp0 + fp0) if sup + tp0 + fp0 else 1.0
        f1_ = 2 * tp1 / (sup + tp1 + fp1) if sup + tp1 + fp1 else 1.0
        tot += [sup, tp0, fp0, tp1, fp1, 0]
        print(
            f"{s:14s} {sup:4d}  {tp0:3d}/{fp0:3d} {f0:.2f}   {tp1:3d}/{fp1:3d} {f1_:.2f}   "
            f"{tp0 - tp1:3d}/{fp0 - fp1:3d}   {chosen.get(s)}"
        )
    sup, tp0, fp0, tp1, fp1, _ = tot
    print(
        f"{'all':14s} {sup:4d}  {tp0:3d}/{fp0:3d} {2 * tp0 / (sup + tp0 + fp0):.3f}  "
        f"{tp1:3d}/{fp1:3d} {2 * tp1 / (sup + tp1 + fp1):.3f}  {tp0 - tp1:3d}/{fp0 - fp1:3d}"
    )
    from sklearn.metrics import roc_auc_score

    print(f"held-out ROC AUC of the gate over the candidates: {roc_auc_score(y, prob):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
