"""Learn where ``holding`` reads that a unit defers its answer (``qa_align/models/holding.json``,
read by ``qa_align.rules.answers``) and compare it, by cross-validation grouped by document, with
the rule on the deferral cues on the same units.

Every development unit is scored once with the rule alone (``holding_model`` "none"); for each
unit that some segment serves, ``answers.holding_reading`` is kept: the rule's own tests on the
deferring sentence, the cue classifier's probabilities, a promise, a condition, a past tense, the
asked words it holds, the answer's length, the question's kind. A logistic regression over the
standardised readings is fitted in folds grouped by document (``--by-set``: one fold per labelled
set; ``--held-out``: trained on the other sets, tested on those named): inside each training part,
an inner grouped cross-validation chooses the regularisation C and the probability threshold, the
one of best recall among those whose precision reaches ``--precision`` (else the best F1). The
held-out decisions, pooled, give the cross-validated precision and recall per labelled set beside
the rule's. ``--write`` stores the model fitted on all development units (C and threshold chosen
the same way) as JSON. No test set is read::

    .venv/bin/python scripts/choose_holding.py [--folds 5 | --by-set | --held-out dev-be5+dev-be6,dev-uk4+dev-uk5+dev-uk6]
        [--write qa_align/models/holding.json]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
from pathlib import Path

import numpy as np
from choose_cue_thresholds import FAST, scored_flags, units_of
from choose_generic import SETS, development_documents
from choose_yes_no import _f1, _fit, add_outer_folds, compare, write_model

from qa_align.rules import RULES, answers, registry

FLAG = "holding"
CS = (0.01, 0.03, 0.1, 0.3, 1.0, 3.0)
THRESHOLDS = tuple(round(t, 2) for t in np.arange(0.2, 0.91, 0.05))
PRECISION = 0.8  # the bar of issue 17: precision first, then recall


def readings(docs, settings) -> tuple[dict, dict]:
    """Score ``docs`` with the rule alone; per unit key its flags and, for a unit with a serving
    segment, ``answers.holding_reading``'s features."""
    registry()
    rule = RULES[FLAG]
    seen: dict = {}

    def recording(ctx):
        if ctx.pair.segments:
            key = (ctx.doc.document.source, ctx.doc.document.doc_id, ctx.pair.question.n)
            seen[key] = answers.holding_reading(ctx).features
        return rule.func(ctx)

    RULES[FLAG] = dataclasses.replace(rule, func=recording)
    try:
        flags = scored_flags(docs, settings)
    finally:
        RULES[FLAG] = rule
    return flags, seen


def _key(y: np.ndarray, pred: np.ndarray, precision: float) -> tuple[int, float, float]:
    """How well ``pred`` meets the bar: precision reached first, then recall (else F1), then F1;
    F1 alone for a ``precision`` of 0."""
    if precision <= 0:
        return (0, round(_f1(y, pred), 9), 0.0)
    tp = int((y & pred).sum())
    p = tp / pred.sum() if pred.any() else 0.0
    r = tp / y.sum() if y.any() else 0.0
    f = _f1(y, pred)
    return (1, round(r, 9), round(f, 9)) if p >= precision else (0, round(f, 9), round(r, 9))


def choose(
    x: np.ndarray, y: np.ndarray, groups: np.ndarray, precision: float = PRECISION, folds: int = 5
) -> tuple[float, float]:
    """C and threshold that best meet the bar (``_key``) on the out-of-fold probabilities of an
    inner grouped CV (ties: the smaller C, the threshold nearest 0.5)."""
    from sklearn.model_selection import GroupKFold

    best, key = (CS[0], 0.5), (-1, 0.0, 0.0)
    for c in CS:
        prob = np.zeros(len(y))
        for train, test in GroupKFold(n_splits=folds).split(x, groups=groups):
            prob[test] = _fit(x[train], y[train], c).predict_proba(x[test])[:, 1]
        for t in sorted(THRESHOLDS, key=lambda t: abs(t - 0.5)):
            score = _key(y, prob >= t, precision)
            if score > key:
                best, key = (c, t), score
    return best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_outer_folds(ap)
    ap.add_argument("--features", help="comma-separated subset of answers.HOLDING_FEATURES (default all)")
    ap.add_argument(
        "--precision",
        type=float,
        default=PRECISION,
        help="precision to reach first (default 0.8; 0: best F1)",
    )
    ap.add_argument("--cache", help="JSON file of the readings: read when present, else written")
    ap.add_argument("--write", help="store the model fitted on all development units here (JSON)")
    args = ap.parse_args(argv)

    gold, docs = development_documents(SETS)
    if args.cache and Path(args.cache).exists():
        cached = json.loads(Path(args.cache).read_text(encoding="utf-8"))
        current = {tuple(k): frozenset(v) for k, v in cached["flags"]}
        seen = {tuple(k): v for k, v in cached["seen"]}
    else:
        from qa_align.settings import Settings

        current, seen = readings(docs, Settings().replace(**FAST, holding_model="none"))
        if args.cache:
            dump = {
                "flags": [[list(k), sorted(v)] for k, v in current.items()],
                "seen": list(map(list, seen.items())),
            }
            Path(args.cache).write_text(json.dumps(dump), encoding="utf-8")
    units = units_of(gold, docs, current)
    y_all = np.array([FLAG in u.flags for u in units])
    rule = np.array([FLAG in current.get(u.key, ()) for u in units])
    served = np.array([u.key in seen for u in units])
    names = args.features.split(",") if args.features else list(answers.HOLDING_FEATURES)
    x = np.array([[seen[u.key][f] for f in names] for u, s in zip(units, served) if s])
    y = y_all[served]
    groups = np.array(["/".join(u.key[:2]) for u in units])[served]
    sets_all = np.array([u.labelled_set for u in units])
    print(f"development: {len(docs)} documents, {len(units)} units, {served.sum()} served, {y.sum()} holding")
    compare(args, x, y, groups, sets_all, served, y_all, rule, lambda *xyg: choose(*xyg, args.precision))
    if args.write:
        write_model(args.write, x, y, names, *choose(x, y, groups, args.precision))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
