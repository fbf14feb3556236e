"""Judge the ``answered`` gate of ``yes_no_unanswered`` forward (``models/answered.md``, "Forward
test"): fitted on the development sets labelled before ``--first`` (``labelsets.DEVELOPMENT_SETS``
order), it decides the sets from ``--first`` on, which no shipped model or rule threshold was fitted
on. Read from the dump of ``scripts/train_answered.py --sets all --dump FILE``, so every variant is
read on the same units, and per language (be-kamer, uk-commons; the few tweede-kamer and
vlaams-parlement units are Dutch and train with be-kamer).

Variants (the split fixed before any was scored):

- ``rule``: no gate (``answered_model = "none"``);
- ``shipped``: ``qa_align/models/answered.json`` at its cut (fitted on eleven of the training sets);
- ``refit``: one model on the training sets' closed labelled units, one cut chosen inside them (best
  F1 of "rule and p below the cut" on the out-of-fold probabilities of a grouped 5-fold CV, ties the
  higher cut: ``train_answered.best_cut``);
- ``refit-cut-lang``: the same model, a cut per language, the Dutch cut chosen on Dutch training
  units only;
- ``lang``: a model and a cut per language, each fitted on that language's units only;
- ``fixed``: the refit at the shipped cut.

``--null-column N --seed S`` puts N columns of uniform noise beside ``ANSWERED_FEATURES`` (the control:
how far a refit moves by chance); ``--extra FILE`` adds feature columns (key, features) instead.
``--show-false be|en`` lists the ids of the false flags the best variant leaves in the test sets.
No test set is read::

    PYTHONPATH=$PWD:scripts .venv/bin/python scripts/train_answered.py --sets all --dump /tmp/dump.jsonl
    PYTHONPATH=$PWD:scripts .venv/bin/python scripts/answered_forward.py /tmp/dump.jsonl --last dev-uk65 [--null-column 5 --seed 0]

``--C C`` fits the refits at another regression C; ``--folds K --part older|all`` judges by K folds grouped by
document over the sets before ``--first`` (or every set) instead of forward (yesno51, ``models/answered.md``).
"""

from __future__ import annotations

import argparse
import json

import numpy as np
from answered_held_out import gate_split, load, support_of, unit_arrays
from train_answered import ALL_SETS, C

from qa_align import answered
from qa_align.rules.answers import learned

FLAG = "yes_no_unanswered"
VARIANTS = ("rule", "shipped", "refit", "refit-cut-lang", "lang", "fixed")


def language(source: str) -> str:
    return "en" if source == "uk-commons" else "nl"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dump", help="the JSON Lines of train_answered.py --sets all --dump")
    ap.add_argument("--first", default="dev-be55", help="the first set judged (default dev-be55)")
    ap.add_argument(
        "--last",
        help="the last set judged (default: the last labelled; dev-uk65 for the card's 16 sets, before "
        "dev-be63 .. dev-uk67 were added)",
    )
    ap.add_argument("--variants", default=",".join(VARIANTS), help=f"comma-separated of {VARIANTS}")
    ap.add_argument("--model", default=str(answered.ANSWERED_MODEL), help="the shipped file")
    ap.add_argument(
        "--extra", action="append", default=[], help="JSON Lines (key, features) of further columns"
    )
    ap.add_argument(
        "--null-column", type=int, default=0, metavar="N", help="N columns of noise (the control)"
    )
    ap.add_argument("--seed", type=int, default=0, help="the noise columns' seed")
    ap.add_argument("--show-false", choices=("nl", "en"), help="list the false flags left by --show-variant")
    ap.add_argument("--show-variant", default="shipped")
    ap.add_argument("--json", help="write the table's figures here")
    ap.add_argument(
        "--C", type=float, default=C, help=f"the refits' regression C (default {C}, the shipped file's)"
    )
    ap.add_argument(
        "--folds",
        type=int,
        default=0,
        metavar="K",
        help="judge by K folds grouped by document instead: over the sets before --first (--part older) or "
        "every set (--part all), each fold decided by models fitted on the rest of that part",
    )
    ap.add_argument("--part", choices=("older", "all"), default="older", help="the part --folds splits")
    args = ap.parse_args(argv)
    variants = args.variants.split(",")
    rows = load(args.dump)
    a = unit_arrays(rows, args.extra, args.null_column, args.seed)
    closed, truth, rule, sets = a["closed"], a["truth"], a["rule"], a["sets"]
    lang = np.array([language(r["key"][0]) for r in rows])
    order = list(ALL_SETS)
    test_sets = order[order.index(args.first) : order.index(args.last) + 1 if args.last else None]
    test = np.isin(sets, test_sets)
    train = ~test
    splits = [(train, test)]
    if args.folds:
        from sklearn.model_selection import GroupKFold

        test = ~test if args.part == "older" else np.ones(len(rows), bool)
        test_sets = [s for s in order if s in set(sets[test])]
        idx = np.flatnonzero(test)
        splits = []
        for tr, te in GroupKFold(n_splits=args.folds).split(idx, groups=a["groups"][idx]):
            masks = np.zeros((2, len(rows)), bool)
            masks[0, idx[tr]], masks[1, idx[te]] = True, True
            splits.append((masks[0], masks[1]))
    support = support_of(key=lambda name, source: (name, language(source)))

    shipped = json.loads(open(args.model, encoding="utf-8").read())
    p_shipped = np.array([learned(shipped, r["features"])[0] for r in rows])
    decisions: dict[str, np.ndarray] = {}
    cuts: dict[str, str] = {}
    if "rule" in variants:
        decisions["rule"] = rule.copy()
    if "shipped" in variants:
        decisions["shipped"] = rule & ~(closed & (p_shipped >= shipped["cuts"][FLAG]))
        cuts["shipped"] = str(shipped["cuts"][FLAG])

    def gate(pool_of: np.ndarray, cut_of: np.ndarray, fixed: float | None = None) -> tuple[np.ndarray, str]:
        out = rule.copy()
        chosen = [c for tr, te in splits for c in gate_split(a, tr, te, pool_of, cut_of, fixed, out, args.C)]
        return out, "; ".join(f"{p}/{g} {c}" for p, g, c in chosen)

    one = np.array(["all"] * len(rows))
    plans = {
        "refit": (one, one, None),
        "refit-cut-lang": (one, lang, None),
        "lang": (lang, lang, None),
        "fixed": (one, one, float(shipped["cuts"][FLAG])),
    }
    for v in variants:
        if v in plans:
            decisions[v], cuts[v] = gate(*plans[v])

    if args.folds:
        print(
            f"{FLAG}, {args.folds} folds grouped by document over {len(test_sets)} sets ({test_sets[0]} .. "
            f"{test_sets[-1]}): labelled / flagged / right F1; taken away (right)"
        )
    else:
        print(
            f"{FLAG}, fitted on {len(order) - len(test_sets)} sets before {args.first}, judged on "
            f"{len(test_sets)} ({test_sets[0]} .. {test_sets[-1]}): labelled / flagged / right F1; taken away (right)"
        )
    if args.null_column:
        print(f"with {args.null_column} noise columns, seed {args.seed}")
    if args.extra:
        print(f"with --extra {args.extra}")
    table: dict = {}
    print(f"{'variant':16s} {'nl (be-kamer)':>26s} {'en (uk-commons)':>26s} {'both':>26s}   cuts")
    for v, d in decisions.items():
        cells = []
        for lg in ("nl", "en", None):
            rows_l = test & (lang == lg if lg else True)
            n = sum(k for (s, l2), k in support.items() if s in test_sets and (lg is None or l2 == lg))
            k, tp = int(d[rows_l].sum()), int((d & truth)[rows_l].sum())
            away, away_right = int((rule & ~d)[rows_l].sum()), int((rule & ~d & truth)[rows_l].sum())
            f = 2 * tp / (n + k) if n + k else 1.0
            table[f"{v}/{lg or 'both'}"] = {
                "labelled": n,
                "flagged": k,
                "right": tp,
                "f1": round(f, 4),
                "away": away,
                "away_right": away_right,
            }
            cells.append(f"{n:3d}/{k:3d}/{tp:3d} {f:.3f} -{away}({away_right})")
        print(f"{v:16s} " + " ".join(f"{c:>26s}" for c in cells) + f"   {cuts.get(v, '')}")
    if args.show_false:
        d = decisions[args.show_variant]
        pick = test & (lang == args.show_false) & d & ~truth
        print(f"\nfalse flags left by {args.show_variant}, {args.show_false}: {int(pick.sum())}")
        for i in np.flatnonzero(pick):
            r = rows[i]
            print(f"{r['set']:10s} {' '.join(r['key'])}  label {r['label']}  p_shipped {p_shipped[i]:.2f}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(table, f, indent=1)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
