"""Choose ``Settings.asks_min_probability``: the probability from which the question-reading model
(``qa_align.asks``) reads a sentence as asking figures where the lexicon reads no count word; with
``--split``, ``Settings.asks_split_min_probability``: the probability from which it reads a sentence as
asking a breakdown (``coverage.Asked.splits``), chosen the same way on breakdown_missing alone, with
``asks_split_min_probability`` 0 (no split read) as the setting to beat and ``SPLITS`` as the
thresholds tried.

Every development unit is scored with the count words alone (``asks_model`` "lexicon") and with the
model at each threshold of ``THRESHOLDS``, the rules figures_missing and breakdown_missing only.
In folds grouped by document (``--folds``; ``--by-set``: one fold per labelled set), the threshold
(or the lexicon alone) of best summed F1 of the two flags on the training part is applied to the
held-out part; the pooled held-out flags give precision and recall per flag and per set beside the
lexicon alone's. The threshold of best summed F1 on all units is printed last. No test set is read::

    .venv/bin/python scripts/choose_asks.py [--folds 5 | --by-set] [--split]
"""

from __future__ import annotations

import argparse
from collections import Counter

import numpy as np
from choose_cue_thresholds import FAST, scored_flags, units_of
from choose_generic import SETS, development_documents

from qa_align.asks import LEXICON_ONLY
from qa_align.settings import Settings

FLAGS = ("figures_missing", "breakdown_missing")
THRESHOLDS = (0.7, 0.8, 0.9, 0.95)
VETOES = (0.05,)  # ``asks_veto_below`` tried with the count words alone
SPLITS = (0.5, 0.7, 0.8, 0.9, 0.95, 0.97, 0.99)  # ``asks_split_min_probability`` tried with ``--split``
OFF = "lexicon"  # the count words alone (with ``--split``: no split read)
# the development sets: those of ``choose_generic`` and the two labelled since
DEVELOPMENT = {
    **SETS,
    "dev-be7": ["corpus/gold/dev-be7.jsonl"],
    "dev-uk7": ["corpus/gold/dev-uk7.jsonl"],
}


def _f1(y: np.ndarray, pred: np.ndarray) -> float:
    tp = int((y & pred).sum())
    return 2 * tp / (int(y.sum()) + int(pred.sum())) if y.any() or pred.any() else 1.0


def _score(ys: dict, preds: dict, rows: np.ndarray) -> float:
    return sum(_f1(ys[f][rows], preds[f][rows]) for f in ys)


def _prf(y: np.ndarray, pred: np.ndarray) -> str:
    tp = int((y & pred).sum())
    p = f"{tp / pred.sum():.2f}" if pred.any() else "-"
    r = f"{tp / y.sum():.2f}" if y.any() else "-"
    return f"{int(y.sum())}/{int(pred.sum())} {p} {r}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--by-set", action="store_true")
    ap.add_argument("--split", action="store_true", help="choose asks_split_min_probability instead")
    args = ap.parse_args(argv)
    from sklearn.model_selection import GroupKFold

    gold, docs = development_documents(DEVELOPMENT)
    flags = ("breakdown_missing",) if args.split else FLAGS
    base = Settings().replace(**FAST, rules=FLAGS)
    if args.split:
        runs = {OFF: scored_flags(docs, base.replace(asks_split_min_probability=0.0))}
        for t in SPLITS:
            runs[f"s={t}"] = scored_flags(docs, base.replace(asks_split_min_probability=t))
    else:
        runs = {OFF: scored_flags(docs, base.replace(asks_model=LEXICON_ONLY))}
        for t in THRESHOLDS:
            runs[f"t={t}"] = scored_flags(docs, base.replace(asks_model="", asks_min_probability=t))
        for v in VETOES:
            runs[f"veto<{v}"] = scored_flags(
                docs, base.replace(asks_model="", asks_min_probability=1.0, asks_veto_below=v)
            )
    units = units_of(gold, docs, runs[OFF])
    print(f"development: {len(docs)} documents, {len(units)} units")
    ys = {f: np.array([f in u.flags for u in units]) for f in flags}
    preds = {
        t: {f: np.array([f in run.get(u.key, ()) for u in units]) for f in flags} for t, run in runs.items()
    }
    groups = np.array([u.labelled_set if args.by_set else f"{u.key[0]}/{u.key[1]}" for u in units])
    sets = np.array([u.labelled_set for u in units])
    n_folds = len(set(groups)) if args.by_set else args.folds
    held = {f: np.zeros(len(units), dtype=bool) for f in flags}
    chosen = Counter()
    for train, test in GroupKFold(n_splits=n_folds).split(np.zeros(len(units)), groups=groups):
        # ties: the lexicon alone, then the higher threshold
        t = max(preds, key=lambda t: (round(_score(ys, preds[t], train), 9), t == OFF, t))
        chosen[t] += 1
        for f in flags:
            held[f][test] = preds[t][f][test]
    print("chosen per fold:", dict(chosen))
    for f in flags:
        print(f"\n{f}: support/flagged precision recall (held-out choice | {OFF} | each setting on all)")
        for name in ["all", *sorted(set(sets))]:
            rows = np.ones(len(units), dtype=bool) if name == "all" else sets == name
            cells = [_prf(ys[f][rows], held[f][rows]), _prf(ys[f][rows], preds[OFF][f][rows])]
            cells += [f"{t}: {_prf(ys[f][rows], preds[t][f][rows])}" for t in preds if t != OFF]
            print(f"  {name:14s} | " + " | ".join(cells))
    everything = np.arange(len(units))
    best = max(preds, key=lambda t: (round(_score(ys, preds[t], everything), 9), t == OFF, t))
    print("\nbest on all units:", best)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
