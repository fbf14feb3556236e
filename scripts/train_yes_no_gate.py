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
    from train_holding_gate import THRESHOLDS, fit_gate, gate_model

    from qa_align.rules.answers import YES_NO_GATE_FEATURES as FEATURES

    # the cut is chosen among thresholds up to ``--most`` only: a flag is dropped where the gate reads the
    # odds well against it, not wherever dropping it wins on the development units
    thresholds = tuple(t for t in THRESHOLDS if t <= args.most + 1e-9)
    features = [f for f in FEATURES if f not in (args.without or [])]
    rows = [json.loads(line) for line in open(args.rows, encoding="utf-8")]
    rows = [r for r in rows if r["features"] is not None]
    fitted, t, p = fit_gate(rows, features, args.c, thresholds)
    if args.show:
        for r, pr in sorted(zip(rows, p), key=lambda x: x[1]):
            if pr < t:
                print(f"  {pr:.2f} {'RIGHT' if r['gold'] else 'false'} {r['set']} {r['source']} {r['doc_id']} "
                      f"{r['n']}: {r['question'][:100]!r} | {str(r['sentence'])[:120]!r}")  # fmt: skip
    if args.write:
        right = sum(1 for r in rows if r["gold"])
        model = gate_model(
            features, fitted, t, most=args.most, cue_model="learned", c=args.c,
            trained_on=f"the development units the rule flags ({len(rows)}: {right} right, {len(rows) - right} false)",
        )  # fmt: skip
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
