"""Measure the ``answered`` gate of ``yes_no_unanswered`` with every development set held out in
turn (``models/answered.md``, "Leave one set out"), from the dump of ``scripts/train_answered.py
--sets all --dump FILE`` (each served unit's flags without the gate, its label and
``answered.ANSWERED_FEATURES``): no document is scored again, so every variant is read on the same
units.

For each set, the gate is fitted on the closed labelled units of every other set (a standardised
logistic regression, ``train_answered.fit``), its cut chosen as ``train_answered`` chooses one (best
F1 of "rule and p below the cut" on the out-of-fold probabilities of a grouped 5-fold CV of the
training part, ties the higher cut), and it decides the held-out set's units. Variants:

- ``rule``: no gate (``answered_model = "none"``);
- ``shipped``: ``qa_align/models/answered.json`` at its cut (fitted on the sets its
  ``trained_on`` names: in-sample there, held out on the others);
- ``all``: one model and one cut;
- ``all-cut-lang``: one model, a cut per language chosen on that language's training units;
- ``lang``: a model and a cut per language, each fitted on that language's units only;
- ``source``: a model and a cut per source group (be-kamer; uk-commons; tweede-kamer and
  vlaams-parlement, fitted with be-kamer's units, too few alone);
- ``fixed``: one model at the shipped cut, no cut chosen.

Per set: the readers' flags (labelled units no segment serves count as missed in every variant),
the flags raised, the right ones, F1; then the sums. No test set is read::

    PYTHONPATH=$PWD:scripts .venv/bin/python scripts/train_answered.py --sets all --dump /tmp/dump.jsonl
    PYTHONPATH=$PWD:scripts .venv/bin/python scripts/answered_held_out.py /tmp/dump.jsonl [--variants rule,shipped,all]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter

import numpy as np
from train_answered import ALL_SETS, C, best_cut, fit, out_of_fold

from qa_align import answered
from qa_align.evaluate import load_gold
from qa_align.rules.answers import learned

FLAG = "yes_no_unanswered"
VARIANTS = ("rule", "shipped", "all", "all-cut-lang", "lang", "source", "fixed")


def load(path: str) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def support_of(key=lambda name, source: name) -> Counter:
    """Per set (or per ``key(set, source)``) the readers' ``FLAG`` units, from the gold files (a
    document labelled in two sets counted in the first, as ``choose_generic.development_documents``
    reads them), whether or not a segment serves them."""
    seen: set = set()
    out: Counter = Counter()
    for name, paths in ALL_SETS.items():
        for path in paths:
            for g in load_gold(path):
                if (g.source, g.doc_id) in seen:
                    continue
                seen.add((g.source, g.doc_id))
                out[key(name, g.source)] += sum(FLAG in u.flags for u in g.units)
    return out


def unit_arrays(rows: list[dict], extra: list[str], null: int, seed: int) -> dict[str, np.ndarray]:
    """The dump's units as arrays: ``x`` (``ANSWERED_FEATURES`` and the ``--extra`` or noise columns),
    ``y`` (labelled answered), ``labelled``, ``closed``, ``truth`` and ``rule`` (``FLAG`` labelled,
    raised without the gate), ``sets``, ``groups`` (the document)."""
    feats = list(answered.ANSWERED_FEATURES)
    x = np.array([[r["features"][f] for f in feats] for r in rows])
    return {
        "x": np.hstack([x, extra_columns(rows, extra, null, seed)]),
        "y": np.array([r["label"] == "answered" for r in rows]),
        "labelled": np.array([bool(r["label"]) for r in rows]),
        "closed": np.array([r["features"]["closed"] > 0 for r in rows]),
        "truth": np.array([FLAG in r["labelled"] for r in rows]),
        "rule": np.array([FLAG in r["flagged"] for r in rows]),
        "sets": np.array([r["set"] for r in rows]),
        "groups": np.array(["/".join(r["key"][:2]) for r in rows]),
    }


def extra_columns(rows: list[dict], paths: list[str], null: int, seed: int) -> np.ndarray:
    """The further columns of ``--extra`` (every file's features, 0 where a unit is missing) or, with
    ``null``, that many columns of uniform noise: the control of a gain by new features."""
    if null:
        return np.random.default_rng(seed).random((len(rows), null))
    cols: list[np.ndarray] = []
    for path in paths:
        got = {tuple(e["key"]): e["features"] for e in load(path)}
        names = list(next(iter(got.values()), {}))
        cols += [np.array([got.get(tuple(r["key"]), {}).get(n, 0.0) for r in rows]) for n in names]
        print(f"--extra {path}: {names} on {sum(tuple(r['key']) in got for r in rows)} units")
    return np.array(cols).T if cols else np.zeros((len(rows), 0))


def gate_split(
    a: dict, train, test, pool_of, cut_of, fixed: float | None, out: np.ndarray, c: float = C
) -> list[tuple]:
    """Decide ``test``'s closed units into ``out`` (the rule's ``FLAG`` and p(answered) below the cut)
    with models fitted on ``train``'s closed labelled units, one per pool of ``pool_of``, each cut
    group's cut (of ``cut_of``) chosen on ``train``'s out-of-fold probabilities (``best_cut``) unless
    ``fixed``; ``c`` is the regression's C; returns the (pool, cut group, cut) chosen."""
    x, y, closed, truth, rule, groups = (a[k] for k in ("x", "y", "closed", "truth", "rule", "groups"))
    trains = a["labelled"] & closed
    chosen = []
    for pool in dict.fromkeys(pool_of):
        in_pool = pool_of == pool
        tr = train & in_pool & trains
        te = test & in_pool & closed
        if not te.any() or tr.sum() < 20:
            continue
        prob = np.zeros(len(x))
        prob[te] = fit(x[tr], y[tr], c).predict_proba(x[te])[:, 1]
        inner = np.where(closed, out_of_fold(x, y, tr, groups, train & in_pool, c=c), 0.0)
        for cg in dict.fromkeys(cut_of[te]):
            part = train & in_pool & (cut_of == cg)
            cut = fixed if fixed is not None else best_cut(truth[part], rule[part], inner[part])
            chosen.append((str(pool), str(cg), cut))
            where = te & (cut_of == cg)
            out[where] = rule[where] & (prob[where] < cut)
    return chosen


def source_group(source: str) -> str:
    return "en" if source == "uk-commons" else ("be" if source == "be-kamer" else "nl-other")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dump", help="the JSON Lines of train_answered.py --sets all --dump")
    ap.add_argument("--variants", default=",".join(VARIANTS), help=f"comma-separated of {VARIANTS}")
    ap.add_argument(
        "--model", default=str(answered.ANSWERED_MODEL), help="the shipped file (variant shipped)"
    )
    ap.add_argument(
        "--extra",
        action="append",
        default=[],
        help="JSON Lines (key, features) of further features per unit, e.g. scripts/answered_meaning.py's "
        "(0 for a unit the file lacks); the refit variants read them beside ANSWERED_FEATURES",
    )
    ap.add_argument(
        "--null-column",
        type=int,
        default=0,
        metavar="N",
        help="the control: N columns of random noise (seeded by --seed) beside ANSWERED_FEATURES, "
        "in place of --extra, so that a gain can be told from fold noise",
    )
    ap.add_argument("--seed", type=int, default=0, help="the noise columns' seed (--null-column)")
    args = ap.parse_args(argv)
    variants = args.variants.split(",")
    rows = load(args.dump)
    a = unit_arrays(rows, args.extra, args.null_column, args.seed)
    closed, truth, rule, sets = a["closed"], a["truth"], a["rule"], a["sets"]
    english = np.array([r["features"]["english"] > 0 for r in rows])
    sgroup = np.array([source_group(r["key"][0]) for r in rows])
    support = support_of()
    names = [s for s in ALL_SETS if s in set(sets)]

    shipped = json.loads(open(args.model, encoding="utf-8").read())
    decisions: dict[str, np.ndarray] = {}
    cuts_seen: dict[str, list] = {}
    if "rule" in variants:
        decisions["rule"] = rule.copy()
    if "shipped" in variants:
        p = np.array([learned(shipped, r["features"])[0] for r in rows])
        decisions["shipped"] = rule & ~(closed & (p >= shipped["cuts"][FLAG]))

    def held_out(pool_of, cut_groups_of, fixed: float | None = None) -> tuple[np.ndarray, list]:
        """Each set decided by models fitted without it: ``pool_of`` maps a unit to the model it
        is read by (units of one pool fitted together), ``cut_groups_of`` to the group its cut is
        chosen on."""
        out = rule.copy()
        chosen = []
        for s in names:
            test = sets == s
            chosen += [(s, *c) for c in gate_split(a, ~test, test, pool_of, cut_groups_of, fixed, out)]
        return out, chosen

    one = np.array(["all"] * len(rows))
    lang = np.where(english, "en", "nl")
    fitted_source = np.where(sgroup == "nl-other", "be", sgroup)
    plans = {
        "all": (one, one, None),
        "all-cut-lang": (one, lang, None),
        "lang": (lang, lang, None),
        "source": (fitted_source, sgroup, None),
        "fixed": (one, one, float(shipped["cuts"][FLAG])),
    }
    for v in variants:
        if v in plans:
            pool, cg, fixed = plans[v]
            decisions[v], cuts_seen[v] = held_out(pool, cg, fixed)

    print(f"{FLAG}, each set held out of the gate's training (support / flagged / right, F1)")
    print("set            " + "".join(f"{v:>22s}" for v in decisions))
    totals = {v: [0, 0, 0] for v in decisions}
    for s in names:
        rows_s = sets == s
        cells = []
        for v, d in decisions.items():
            n, k, tp = support[s], int(d[rows_s].sum()), int((d & truth)[rows_s].sum())
            totals[v] = [totals[v][0] + n, totals[v][1] + k, totals[v][2] + tp]
            f = 2 * tp / (n + k) if n + k else 1.0
            cells.append(f"{n:3d}/{k:3d}/{tp:3d} {f:.2f}")
        print(f"{s:14s} " + "".join(f"{c:>22s}" for c in cells))
    cells = []
    for v in decisions:
        n, k, tp = totals[v]
        cells.append(f"{n:3d}/{k:3d}/{tp:3d} {2 * tp / (n + k):.3f}")
    print(f"{'sum':14s} " + "".join(f"{c:>22s}" for c in cells))
    for v, chosen in cuts_seen.items():
        spread = Counter((pool, cg, cut) for _, pool, cg, cut in chosen)
        print(
            f"{v}: cuts chosen " + "; ".join(f"{p}/{g} {c} x{k}" for (p, g, c), k in sorted(spread.items()))
        )
    removed = {v: (rule & ~d) for v, d in decisions.items() if v != "rule"}
    for v, r in removed.items():
        print(f"{v}: takes away {int(r.sum())} flags, {int((r & truth).sum())} of them right")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
