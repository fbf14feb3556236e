"""Learn whether a unit is answered at all (``qa_align/models/answered.json``, read by
``qa_align.answered``) and choose, per gated flag (``yes_no_unanswered``, ``generic``), the cut of
that probability above which the flag is not raised; compare rule and rule + gate by
cross-validation grouped by document.

Every development unit (``choose_generic.SETS``: never a test set, nor the session's unseen sets)
is scored once without the gate; for each unit some segment serves, ``answered.answered_features``
is kept, and its label is whether the readers call it ``answered``. A standardised logistic
regression (C ``C``) fitted on the units of ``--population`` (by default those whose question the
tool reads as closed; the others keep the rule's decision) gives each unit its probability out of
fold; the cut of a flag is the one of
best F1 of "rule and probability below the cut" over the units it is chosen on (ties: the higher
cut, the gate that removes least). The outer comparison (``--folds`` grouped by document, or
``--by-set``: one fold per labelled set) chooses each fold's cut from the out-of-fold
probabilities of an inner grouped CV of its training part, fits the model on that part and
decides the held-out units with it: nothing is in-sample. ``--write`` stores the model fitted on
all development units with the cuts chosen on their out-of-fold probabilities::

    .venv/bin/python scripts/train_answered.py [--folds 5 | --by-set] [--population closed|all] [--no-gate generic]
        [--write qa_align/models/answered.json] [--dump FILE]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
from choose_cue_thresholds import FAST, f1, prf, units_of
from choose_generic import SETS, development_documents, scored_recording

from qa_align import answered, labelsets

C = 0.3
# every development set (``qa_align.labelsets.DEVELOPMENT_SETS``, as ``scripts/eval_table.py --every-set`` groups them,
# in the order labelled): ``--sets all`` (the shipped file was fitted on ``SETS``, up to dev-uk7)
ALL_SETS = {name: list(paths) for name, paths in labelsets.DEVELOPMENT_SETS.items()}
NO_GATE = 1.01  # a cut no probability reaches
CUTS = (*(round(float(c), 2) for c in np.arange(0.3, 0.951, 0.05)), NO_GATE)


def readings(docs, settings, texts: dict | None = None) -> tuple[dict, dict]:
    """Score ``docs`` without the gate; per unit key its flags and, for a unit some segment serves,
    ``answered.answered_features`` (and in ``texts``, when given, its closed question sentences and
    answer sentences, for ``--dump``)."""
    seen: dict = {}

    def record(ctx):
        if ctx.pair.segments:
            key = (ctx.doc.document.source, ctx.doc.document.doc_id, ctx.pair.question.n)
            seen[key] = answered.answered_features(ctx)
            if texts is not None:
                texts[key] = {
                    "closed": [c.text for c in ctx.question.closed],
                    "answer": [s.text for a in ctx.answers for s in a.sentences],
                }

    return scored_recording(docs, settings, record), seen


def fit(x: np.ndarray, y: np.ndarray, c: float = C):
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    return make_pipeline(StandardScaler(), LogisticRegression(C=c, max_iter=2000)).fit(x, y)


def out_of_fold(x, y, trains, groups, rows, folds: int = 5, c: float = C) -> np.ndarray:
    """Each of ``rows``' probability of being answered from a model fitted without its document
    (the rows of ``trains`` train: labelled, of the population; the others get a probability too)."""
    from sklearn.model_selection import GroupKFold

    prob = np.zeros(len(x))
    idx = np.flatnonzero(rows)
    for train, test in GroupKFold(n_splits=folds).split(idx, groups=groups[idx]):
        tr = idx[train][trains[idx[train]]]
        prob[idx[test]] = fit(x[tr], y[tr], c).predict_proba(x[idx[test]])[:, 1]
    return prob


def best_cut(truth: np.ndarray, rule: np.ndarray, prob: np.ndarray) -> float:
    """The cut of best F1 of ``rule & (prob < cut)`` against ``truth`` (ties: the higher cut)."""
    return max(CUTS, key=lambda c: (round(f1(truth, rule & (prob < c)), 9), c))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--folds", type=int, default=5, help="outer folds, grouped by document (default 5)")
    ap.add_argument("--by-set", action="store_true", help="one outer fold per labelled set instead")
    ap.add_argument("--write", help="store the model fitted on all development units here (JSON)")
    ap.add_argument(
        "--no-gate",
        action="append",
        default=[],
        choices=answered.GATED,
        help="with --write: store no cut for this flag (1.01), where the gate did not win held out",
    )
    ap.add_argument(
        "--population",
        choices=("closed", "all"),
        default="closed",
        help="the units the model is fitted on and gates: closed questions (default) or all",
    )
    ap.add_argument(
        "--dump", help="write each unit's label, out-of-fold probability and flags here (JSON Lines)"
    )
    ap.add_argument(
        "--sets",
        choices=("shipped", "all"),
        default="shipped",
        help="the development sets read: those the shipped file was fitted on (SETS) or every one (ALL_SETS)",
    )
    args = ap.parse_args(argv)
    from sklearn.model_selection import GroupKFold

    from qa_align.settings import Settings

    chosen = ALL_SETS if args.sets == "all" else SETS
    gold, docs = development_documents(chosen)
    texts: dict | None = {} if args.dump else None
    current, seen = readings(docs, Settings().replace(**FAST, answered_model="none"), texts)
    units = [u for u in units_of(gold, docs, current) if u.key in seen]
    labels = {(g.source, g.doc_id, u.n): u.label for _, g in gold for u in g.units}
    labelled = np.array([bool(labels.get(u.key)) for u in units])
    gatable = np.array([args.population == "all" or seen[u.key]["closed"] > 0 for u in units])
    trains = labelled & gatable
    y = np.array([labels.get(u.key) == "answered" for u in units])
    x = np.array([[seen[u.key][f] for f in answered.ANSWERED_FEATURES] for u in units])
    groups = np.array(["/".join(u.key[:2]) for u in units])
    sets = np.array([u.labelled_set for u in units])
    print(
        f"development: {len(docs)} documents, {len(units)} served units, {labelled.sum()} labelled, {y.sum()} answered"
    )
    everything = np.ones(len(units), bool)
    from sklearn.metrics import roc_auc_score

    oof = np.where(gatable, out_of_fold(x, y, trains, groups, everything), 0.0)
    print(f"p(answered) out of fold, {args.population}: ROC AUC {roc_auc_score(y[trains], oof[trains]):.3f}")
    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as out:
            for u, p in zip(units, oof):
                row = {
                    "key": u.key,
                    "set": u.labelled_set,
                    "label": labels.get(u.key, ""),
                    "p": round(float(p), 3),
                }
                row |= {"labelled": sorted(u.flags), "flagged": sorted(current.get(u.key, ()))}
                out.write(json.dumps(row | texts[u.key] | {"features": seen[u.key]}) + "\n")
    if args.by_set:
        outer = [(np.flatnonzero(sets != s), np.flatnonzero(sets == s)) for s in dict.fromkeys(sets)]
    else:
        outer = list(GroupKFold(n_splits=args.folds).split(x, groups=groups))
    cuts = {}
    for flag in answered.GATED:
        truth = np.array([flag in u.flags for u in units])
        rule = np.array([flag in current.get(u.key, ()) for u in units])
        gate = np.zeros(len(units), bool)
        spread = []
        for train, test in outer:
            part = np.zeros(len(units), bool)
            part[train] = True
            inner = np.where(gatable, out_of_fold(x, y, trains, groups, part), 0.0)
            cut = best_cut(truth[train], rule[train], inner[train])
            tr = train[trains[train]]
            prob = np.where(gatable[test], fit(x[tr], y[tr]).predict_proba(x[test])[:, 1], 0.0)
            gate[test] = rule[test] & (prob < cut)
            spread.append((cut, f1(truth[test], rule[test]), f1(truth[test], gate[test])))
        print(
            f"\n{flag}: rule vs rule + gate, held out ({'by set' if args.by_set else f'{args.folds} folds'})"
        )
        for name in [*(s for s in chosen if s in set(sets)), "all"]:
            rows = everything if name == "all" else sets == name
            print(f"{name:14s} {prf(truth[rows], rule[rows]):36s} {prf(truth[rows], gate[rows])}")
        print("folds (cut, F1 rule, F1 gate): " + "; ".join(f"{c} {a:.2f} {b:.2f}" for c, a, b in spread))
        gains = [b - a for _, a, b in spread]
        print(f"F1 gain per fold: mean {np.mean(gains):+.3f}, sd {np.std(gains):.3f}")
        cuts[flag] = NO_GATE if flag in args.no_gate else float(best_cut(truth, rule, oof))
        print(f"cut on all units' out-of-fold probabilities: {cuts[flag]}", file=sys.stderr)
    if args.write:
        write_model(args.write, fit(x[trains], y[trains]), cuts, y[trains], args.population, list(chosen))
    return 0


def write_model(
    path: str, model, cuts: dict[str, float], y: np.ndarray, population: str, sets: list[str]
) -> None:
    """Store the fitted model with its ``cuts`` as ``answered.answered_model`` reads it."""
    from qa_align.settings import Settings

    scaler, lr = model[0], model[1]
    out = {
        "features": list(answered.ANSWERED_FEATURES),
        "cue_model": Settings().replace(**FAST).cue_model,
        "mean": [round(float(v), 6) for v in scaler.mean_],
        "scale": [round(float(v), 6) for v in scaler.scale_],
        "coef": [round(float(v), 6) for v in lr.coef_[0]],
        "intercept": round(float(lr.intercept_[0]), 6),
        "threshold": cuts["yes_no_unanswered"],
        "cuts": cuts,
        "population": population,
        "C": C,
        "trained_on": sets,
        "units": int(len(y)),
        "positives": int(y.sum()),
    }
    Path(path).write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {path}: cuts {cuts}")


if __name__ == "__main__":
    raise SystemExit(main())
