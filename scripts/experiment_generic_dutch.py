"""A Dutch ``generic`` unit model measured held out against the rule (``models/generic-units.md``,
generic34); nothing here is read by the package.

The units and readings are ``train_generic.py``'s (``--cache``, written by its ``--rescore``), the
model its standardised logistic regression on ``GENERIC_FEATURES`` (``english`` left out: it is 0 on
every unit read) fitted on the unvetoed units of ``--language`` (default nl). Two protocols:

- ``cv``: over the units of every development set but ``--held-out``, an outer 5-fold grouped by
  document (the documents shuffled by each of ``--seeds``), C and threshold chosen inside each
  training part by ``train_generic.choose`` (the language's F1); per shuffle the rule's and the
  model's right/false flags and F1 over those units. With ``--sweep``, for each C of ``--cs`` the
  out-of-fold probabilities read at fixed thresholds, each with the flag's F1 pooled with the other
  units' cells of the eval table (``--others LABELLED,FLAGGED,RIGHT``, e.g. the English units of
  every development set at the shipped file): a cut that raises the language's F1 by flagging at a
  precision under half the pooled F1 lowers the flag's F1 in the table;
- ``held``: fitted on the units of every development set but ``--held-out`` (C and threshold chosen
  inside them) and read on each held-out set, beside the rule (``train_generic.py --held-out`` gives
  the same ``chosen`` column).

``--stance`` adds two readings of Dutch stance and commitment words (``STANCE``: "belangrijk",
"prioriteit", "ten volle", "blijven", "van nabij", ...): the share of the unit's sentences holding
one, and whether any does::

    PYTHONPATH=$PWD:scripts .venv/bin/python scripts/train_generic.py --rescore --cache /tmp/g34/units.pkl --language nl --modes model
    PYTHONPATH=$PWD:scripts .venv/bin/python scripts/experiment_generic_dutch.py --cache /tmp/g34/units.pkl --held-out dev-be57,dev-be58 --seeds 0,1,2 --sweep --others 453,604,305 [--stance]
"""

from __future__ import annotations

import argparse
import pickle
import re
import warnings
from pathlib import Path

import numpy as np
import train_generic as tg

from qa_align.generic_units import GENERIC_FEATURES

# Dutch words of stance, priority and continued commitment, the wording of the readers' notes on
# general Dutch answers ("Het is belangrijk om de dialoog met Turkije open te houden", be-kamer
# 187662; "Belgie ondersteunt ten volle deze doelstelling", 191766, labelled answered)
STANCE = re.compile(
    r"\b(belangrijk|prioriteit|essentieel|van nabij|opvolg|blijven|blijft|aandacht|inspanning|"
    r"hopen|evident|uiteraard|constructief|streven|streeft|ijveren|engagement|bezorgd|zorg dragen|"
    r"nauwgezet|ten volle|voortdurend|absoluut|principe|overtuigd|bijzonder)\w*",
    re.IGNORECASE,
)
CUTS = (0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5)


def stance_readings(sentences: list[str]) -> dict[str, float]:
    """The share of ``sentences`` that hold a word of ``STANCE``, and whether any does."""
    hits = [bool(STANCE.search(s)) for s in sentences]
    return {"stance_share": sum(hits) / max(1, len(hits)), "stance_any": float(any(hits))}


def add_stance(data: dict) -> None:
    for key, feats in data["features"].items():
        feats.update(stance_readings([t for t, _ in data["texts"][key][1]]))


def _counts(y: np.ndarray, pred: np.ndarray) -> str:
    tp, fp = int((y & pred).sum()), int((~y & pred).sum())
    return f"{tp}/{fp} F1 {tg._f1(y, pred):.3f}"


def _pooled(others: tuple[int, int, int] | None, y: np.ndarray, pred: np.ndarray) -> str:
    if others is None:
        return ""
    labelled, flagged, right = others
    tp = int((y & pred).sum())
    return f" pooled {2 * (right + tp) / (labelled + int(y.sum()) + flagged + int(pred.sum())):.3f}"


def _folds(groups: np.ndarray, seed: int):
    from sklearn.model_selection import GroupKFold

    docs = np.unique(groups)
    order = dict(zip(docs, np.random.RandomState(seed).permutation(len(docs))))
    shuffled = np.array([order[g] for g in groups])
    return shuffled, list(GroupKFold(5).split(groups, groups, shuffled))


def cv(x, y, rule, veto, groups, seeds, sweep, cs, others) -> None:
    """Nested grouped CV (``cv`` above), and with ``sweep`` the fixed cuts of each C."""
    print(f"{len(y)} units, {int(y.sum())} generic; rule {_counts(y, rule)}{_pooled(others, y, rule)}")
    for seed in seeds:
        shuffled, folds = _folds(groups, seed)
        pred = np.zeros(len(y), bool)
        chosen = []
        for train, test in folds:
            train = train[~veto[train]]
            c, t = tg.choose(x[train], y[train], rule[train], veto[train], shuffled[train], "model")
            p = tg._fit(x[train], y[train], c).predict_proba(x[test])[:, 1]
            pred[test] = (p >= t) & ~veto[test]
            chosen.append(f"{c}/{t:g}")
        print(f"seed {seed}: model {_counts(y, pred)}{_pooled(others, y, pred)} (chosen {', '.join(chosen)})")
        if not sweep:
            continue
        for c in cs:
            p = np.zeros(len(y))
            for train, test in folds:
                train = train[~veto[train]]
                p[test] = tg._fit(x[train], y[train], c).predict_proba(x[test])[:, 1]
            cells = [
                f"{t}: {_counts(y, (p >= t) & ~veto)}{_pooled(others, y, (p >= t) & ~veto)}" for t in CUTS
            ]
            print(f"  C {c}: " + " | ".join(cells))


def held(x, y, rule, veto, groups, sets, names_held) -> None:
    """Fitted on the units outside ``names_held``, read on each of them (``held`` above)."""
    test_all = np.isin(sets, names_held)
    train = ~test_all & ~veto
    c, t = tg.choose(x[train], y[train], rule[train], veto[train], groups[train], "model")
    model = tg._fit(x[train], y[train], c)
    print(
        f"fitted on {int(train.sum())} unvetoed units ({int(y[train].sum())} generic), chosen C {c} threshold {t}"
    )
    for name in [*names_held, "held-out"]:
        test = test_all if name == "held-out" else sets == name
        pred = (model.predict_proba(x[test])[:, 1] >= t) & ~veto[test]
        print(
            f"{name}: {int(y[test].sum())} generic; rule {_counts(y[test], rule[test])}, model {_counts(y[test], pred)}"
        )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument(
        "--cache", help="train_generic.py's cache (default: its own, train_generic.default_cache)"
    )
    ap.add_argument("--language", default="nl")
    ap.add_argument("--held-out", default="", help="comma-separated development sets held out of the cv")
    ap.add_argument("--seeds", default="0,1,2")
    ap.add_argument("--sweep", action="store_true", help="the out-of-fold probabilities at fixed cuts")
    ap.add_argument("--cs", default="0.01,0.03,0.1")
    ap.add_argument("--others", help="LABELLED,FLAGGED,RIGHT of the other units, for the pooled F1")
    ap.add_argument("--stance", action="store_true", help="add the readings of STANCE")
    args = ap.parse_args(argv)
    warnings.filterwarnings("ignore")
    names_held = [s for s in args.held_out.split(",") if s]
    unknown = [s for s in names_held if s not in tg.SETS]
    if unknown:
        raise SystemExit(f"not a development set: {', '.join(unknown)}")
    data = pickle.loads(Path(args.cache or tg.default_cache()).read_bytes())
    names = [n for n in GENERIC_FEATURES if n != "english"]
    if args.stance:
        add_stance(data)
        names += ["stance_share", "stance_any"]
    x, served, y_all, rule_all, groups_all, sets_all, veto_all = tg.matrix(data, names, args.language)
    y, rule, groups = y_all[served], rule_all[served], groups_all[served]
    sets, veto = sets_all[served], veto_all[served]
    others = tuple(int(v) for v in args.others.split(",")) if args.others else None
    inside = ~np.isin(sets, names_held)
    seeds = [int(s) for s in args.seeds.split(",")]
    cs = [float(c) for c in args.cs.split(",")]
    cv(x[inside], y[inside], rule[inside], veto[inside], groups[inside], seeds, args.sweep, cs, others)
    if names_held:
        held(x, y, rule, veto, groups, sets, names_held)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
