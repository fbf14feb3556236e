"""Fit the unit gate of ``yes_no_unanswered`` (``qa_align/models/yes_no_gate.json``,
``Settings.yes_no_gate_model``, card ``models/yes-no-gate.md``) on the development units' labels and give its
held-out figures.

``collect`` scores every development unit (``choose_cue_thresholds.development_units``: a document in the first
development set that labels it, reference-dev included; no test set) with ``FAST`` settings and the gate passing
every flag, and keeps for every unit the rule flags the gate's reading (``answers.yes_no_gate_reading``), with
the unit's label (a flagged unit no reader labelled counts as a false flag, as the evaluation counts it), its
set and document. ``fit`` reads those rows: a logistic regression over the standardised readings
(``answers.YES_NO_GATE_FEATURES`` but those ``--without`` names, by default the nearest sentence's
``answers.YES_NO_SENTENCE_FEATURES`` as shipped; C fixed, ``--c``), held out by 5 folds grouped by document and by session
(the labelled set), three shuffles of the groups each, the threshold chosen inside each training part (the one
of most false flags dropped beyond right ones among ``train_holding_gate.THRESHOLDS`` up to ``--most``, 0.3)
and applied to the held-out part. ``--write`` stores the model fitted on all rows (threshold chosen by 5 folds grouped by
document) as JSON::

    PYTHONPATH=$PWD:$PWD/scripts .venv/bin/python scripts/train_yes_no_gate.py collect /tmp/yg/rows.jsonl
    PYTHONPATH=$PWD:$PWD/scripts .venv/bin/python scripts/train_yes_no_gate.py fit /tmp/yg/rows.jsonl \\
        [--write qa_align/models/yes_no_gate.json]
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict

import numpy as np

FLAG = "yes_no_unanswered"
# the readings the shipped gate leaves out: the answer sentence nearest the question by character n-grams, which
# added nothing held out (``models/yes-no-gate.md``)
SHIPPED_WITHOUT = ("char_best", "char_answer", "char_cover", "word_best", "best_first")


def collect(args) -> None:
    from choose_cue_thresholds import FAST, development_units

    from qa_align.evaluate import labelled_flags
    from qa_align.pipeline import iter_scored
    from qa_align.rules import answers as A
    from qa_align.settings import Settings
    from qa_align.types import Problem

    readings: dict[tuple, dict] = {}
    plain_gate, plain_reading = A._yes_no_gate_model, A.yes_no_gate_reading
    n = len(A.YES_NO_GATE_FEATURES)
    passing = {"features": list(A.YES_NO_GATE_FEATURES), "mean": [0.0] * n, "scale": [1.0] * n,
               "coef": [0.0] * n, "intercept": 0.0, "threshold": 0.0}  # fmt: skip

    def reading(ctx, first, features=A.YES_NO_GATE_FEATURES):
        out = plain_reading(ctx, first, A.YES_NO_GATE_FEATURES)
        key = (ctx.doc.document.source, ctx.doc.document.doc_id, ctx.pair.question.n)
        s = out.sentence
        readings[key] = {"features": out.features, "sentence": s[1].text if s else None}
        return out

    A._yes_no_gate_model, A.yes_no_gate_reading = (lambda where, cue_model: passing), reading
    try:
        docs, gold = development_units()
        flagged = {}
        for sp in iter_scored(docs, Settings().replace(**FAST)):
            if not isinstance(sp, Problem) and FLAG in labelled_flags(sp):
                flagged[(sp.document.source, sp.document.doc_id, sp.pair.question.n)] = sp.pair.question.text
    finally:
        A._yes_no_gate_model, A.yes_no_gate_reading = plain_gate, plain_reading
    labels, sets = {}, {}
    for name, g in gold:
        for u in g.units:
            labels[(g.source, g.doc_id, u.n)] = FLAG in u.flags
        sets[(g.source, g.doc_id)] = name
    with open(args.out, "w", encoding="utf-8") as fh:
        for key, question in sorted(flagged.items()):
            fh.write(json.dumps({
                "set": sets.get(key[:2]), "source": key[0], "doc_id": key[1], "n": key[2],
                "gold": labels.get(key, False), "labelled": key in labels, "question": question,
                **readings.get(key, {"features": None, "sentence": None}),
            }, ensure_ascii=False) + "\n")  # fmt: skip
    right = sum(labels.get(k, False) for k in flagged)
    print(f"flagged {len(flagged)} right {right} false {len(flagged) - right}")


def fit(args) -> None:
    import train_holding_gate
    from train_holding_gate import _fit, _prob, choose_threshold, held_out

    # the cut is chosen among thresholds up to ``--most`` only: a flag is dropped where the gate reads the
    # odds well against it, not wherever dropping it wins on the development units
    train_holding_gate.THRESHOLDS = tuple(t for t in train_holding_gate.THRESHOLDS if t <= args.most + 1e-9)

    from qa_align.rules.answers import YES_NO_GATE_FEATURES as FEATURES

    features = [f for f in FEATURES if f not in (args.without or [])]
    rows = [json.loads(line) for line in open(args.rows, encoding="utf-8")]
    rows = [r for r in rows if r["features"] is not None]
    X = np.array([[r["features"][k] for k in features] for r in rows], dtype=float)
    y = np.array([int(r["gold"]) for r in rows])
    right, false = int(y.sum()), int(len(y) - y.sum())
    print(f"units the gate reads: {len(y)} (right {right}, false {false}; right minus false {right - false})")
    for name, groups in (("document", np.array([r["source"] + r["doc_id"] for r in rows])),
                         ("session", np.array([str(r["set"]) for r in rows]))):  # fmt: skip
        for seed in (0, 1, 2):
            p, cut = held_out(X, y, groups, args.c, seed)
            drop = p < cut
            lost, gone = int((drop & (y == 1)).sum()), int((drop & (y == 0)).sum())
            by_lang = defaultdict(lambda: [0, 0])
            for r, d, g in zip(rows, drop, y):
                if d:
                    by_lang[r["source"]][1 - g] += 1
            print(f"held out by {name}, shuffle {seed}: drops right {lost} / false {gone} (gain {gone - lost}); "
                  f"thresholds {sorted(set(cut.round(2)))}; by source (right, false) {dict(by_lang)}")  # fmt: skip
    fitted = _fit(X, y, args.c)
    inner = np.zeros(len(y))
    from train_holding_gate import folds_of

    for tr, te in folds_of(np.array([r["source"] + r["doc_id"] for r in rows]), 0):
        inner[te] = _prob(_fit(X[tr], y[tr], args.c), X[te])
    t = choose_threshold(inner, y)
    mean, scale, m = fitted
    p = _prob(fitted, X)
    print("coefficients", dict(zip(features, m.coef_[0].round(3))), "threshold", t,
          f"in-sample drops right {int(((p < t) & (y == 1)).sum())} / false {int(((p < t) & (y == 0)).sum())}")  # fmt: skip
    if args.show:
        for r, pr in sorted(zip(rows, p), key=lambda x: x[1]):
            if pr < t:
                print(f"  {pr:.2f} {'RIGHT' if r['gold'] else 'false'} {r['set']} {r['source']} {r['doc_id']} "
                      f"{r['n']}: {r['question'][:100]!r} | {str(r['sentence'])[:120]!r}")  # fmt: skip
    if args.write:
        model = {
            "features": list(features), "mean": [round(float(v), 6) for v in mean],
            "scale": [round(float(v), 6) for v in scale], "coef": [round(float(v), 6) for v in m.coef_[0]],
            "intercept": round(float(m.intercept_[0]), 6), "threshold": t, "most": args.most, "cue_model": "learned", "c": args.c,
            "trained_on": f"the development units the rule flags ({len(y)}: {right} right, {false} false)",
        }  # fmt: skip
        with open(args.write, "w", encoding="utf-8") as fh:
            json.dump(model, fh, indent=1)
            fh.write("\n")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("collect")
    c.add_argument("out")
    f = sub.add_parser("fit")
    f.add_argument("rows")
    f.add_argument("--c", type=float, default=1.0)
    f.add_argument("--most", type=float, default=0.3, help="the highest threshold the cut is chosen among")
    f.add_argument(
        "--without",
        nargs="*",
        default=list(SHIPPED_WITHOUT),
        help="features left out (default: the nearest sentence's, as shipped; none: --without)",
    )
    f.add_argument("--show", action="store_true", help="list the in-sample flags the fitted gate drops")
    f.add_argument("--write")
    args = ap.parse_args(argv)
    {"collect": collect, "fit": fit}[args.cmd](args)


if __name__ == "__main__":
    main()
