"""The `generic` unit model held out, with and without some of its readings (generic57): the development units of
``scripts/train_generic.py``'s cache (``--cache``, scored with ``--rescore``), each unvetoed English unit read by a
model fitted without its fold, the folds grouped by session (the sets in ``labelsets`` order, four to a session) or
by document, three shuffles of the groups; C fixed (``--c``), each unit weighed as the shipped file's fit weighs it
(``--recency``). Per fold kind and shuffle: the held-out ROC AUC over the unvetoed English units, and the flag as the
tool decides it (``decided``: the cut of open questions ``--cut``, of closed ones ``--closed-cut``, the shipped file's
by default; under the cut a stock line on discussions, ``generic_units.discussions_stock``, and a short answer in
general wording from ``--short-floor``, ``generic_units.short_general``, each as ``generic_units`` ships it unless
given; no flag where a veto stands or the answered gate takes it; the rule on every unit the model does not read)
against the readers' labels, every development set, right / false, F1, right minus false, the last
four sets and reference-dev apart. ``--without`` leaves readings out (comma-separated): the column the readings were
added to. A cache scored with other code or labels, or before it held the short answers and the answered gate, is
refused (generic58).

    PYTHONPATH=$PWD:scripts .venv/bin/python scripts/generic_held_out.py --cache /tmp/generic58/units.pkl --until dev-uk107
    PYTHONPATH=$PWD:scripts .venv/bin/python scripts/generic_held_out.py --cache /tmp/generic58/units.pkl --until dev-uk107 \\
        --without object_specific,general_mass,general_off_object,talk_off_object,figures_off_object,names_on_object,names_off_object
"""

from __future__ import annotations

import argparse
import json
import pickle
import warnings
from pathlib import Path

import numpy as np
import train_generic as tg

from qa_align import generic_units as gu
from qa_align.generic_units import GENERIC_FEATURES
from qa_align.settings import GENERIC_DISCUSSIONS_STOCK, GENERIC_SHORT_FLOOR


def folds_of(groups: np.ndarray, seed: int, n: int = 5) -> list[tuple[np.ndarray, np.ndarray]]:
    """Five folds of ``groups`` (GroupKFold), the groups renamed in an order drawn from ``seed`` first (a shuffle)."""
    from sklearn.model_selection import GroupKFold

    names = np.unique(groups)
    order = dict(zip(names, np.random.RandomState(seed).permutation(len(names))))
    renamed = np.array([order[g] for g in groups])
    return list(GroupKFold(n_splits=n).split(np.zeros(len(groups)), groups=renamed))


def held_out(
    data: dict, names: list[str], by: str, seed: int, c: float, recency: float
) -> tuple[np.ndarray, dict]:
    """Each served English unit's held-out probability (0 where a veto stands; the units the model does not read
    nan) and the matrix's readings."""
    x, served, y_all, rule_all, groups, sets, veto_all = tg.matrix(data, names, "en")
    y, veto, sets_s = y_all[served], veto_all[served], sets[served]
    order = {name: i for i, name in enumerate(tg.SETS)}
    kind = np.array([str(order[s] // 4) for s in sets_s]) if by == "session" else groups[served]
    fit_on = np.flatnonzero(~veto)
    prob = np.zeros(len(y))
    weights = tg.recency_weights(sets_s[fit_on], recency) if recency else None
    for train, test in folds_of(kind[fit_on], seed):
        w = None if weights is None else weights[train]
        model = tg._fit(x[fit_on][train], y[fit_on][train], c, w)
        prob[fit_on[test]] = model.predict_proba(x[fit_on][test])[:, 1]
    out = np.full(len(y_all), np.nan)
    out[served] = prob
    return out, {"served": served, "y": y_all, "rule": rule_all, "veto": veto_all, "sets": sets}


def decided(
    data: dict,
    prob: np.ndarray,
    m: dict,
    cut: float,
    closed_cut: float,
    stock_on: bool | None = None,
    floor: float | None | str = "shipped",
) -> np.ndarray:
    """The tool's flag on every unit as ``rules.answers.generic`` decides it: the rule where the model does not read
    the unit, else the model's cut (the closed questions' on closed ones), under the cut a stock line on discussions
    where ``stock_on`` (``Settings.generic_discussions_stock``'s default by default) and a short answer in general
    wording from p ``floor`` (``Settings.generic_short_floor``'s default by default; None: no floor); none where a veto stands or the
    answered gate takes the flag away (``answered.gated``, read where the model decides: the rule's decisions have
    it inside already). review59: the figure was the model's cut and the stock line only, not the decision shipped."""
    stock_on = GENERIC_DISCUSSIONS_STOCK if stock_on is None else stock_on
    floor = GENERIC_SHORT_FLOOR if floor == "shipped" else floor
    units = data["units"]
    shipped = data["shipped"]
    closed = np.array([data["features"].get(u.key, {}).get("closed", 0.0) == 1.0 for u in units])
    stock = np.array([bool(data["extras"].get(u.key, (False,))[0]) for u in units]) & stock_on
    short = np.array([shipped.get(u.key, {}).get("short", False) for u in units])
    gated = np.array([shipped.get(u.key, {}).get("answered", False) for u in units])
    with np.errstate(invalid="ignore"):  # nan where the model does not read the unit (not taken below)
        over = prob >= np.where(closed, closed_cut, cut)
        shorts = short & (prob >= floor) if floor is not None else np.zeros(len(units), bool)
    flag = m["rule"].copy()
    s = m["served"]
    model = (over | stock | shorts) & ~m["veto"] & ~gated
    flag[s] = model[s]
    return flag


def usable(data: dict, path: str) -> None:
    """Refuse a cache scored with other code or labels than this checkout's over ``train_generic.SETS``
    (``train_generic.stale_cache``) or before it held the rest of the shipped decision (``shipped``: the short
    answers and the answered gate; generic58); review59: the script read any cache."""
    stale = tg.stale_cache(data, tg.SETS)
    if stale:
        raise SystemExit(f"{path}: {stale}; score again (train_generic.py --rescore --cache {path})")
    if "shipped" not in data:
        raise SystemExit(
            f"{path}: the cache predates the shipped decision's readings (generic58); score again "
            f"(train_generic.py --rescore --cache {path})"
        )


def counts(y: np.ndarray, flag: np.ndarray) -> str:
    tp, fl = int((y & flag).sum()), int(flag.sum())
    f1 = 2 * tp / (int(y.sum()) + fl) if y.any() or fl else 1.0
    return f"{tp}/{fl - tp} F1 {f1:.3f} right-false {2 * tp - fl:+d}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cache", required=True, help="train_generic.py's cache (scored with --rescore)")
    ap.add_argument("--until", help="the development sets up to this one (train_generic.py --until)")
    ap.add_argument("--without", default="", help="readings left out, comma-separated")
    ap.add_argument("--c", type=float, default=0.01, help="the regression's C (the shipped file's: 0.01)")
    ap.add_argument(
        "--cut", type=float, help="the cut of open questions (default: the shipped file's threshold)"
    )
    ap.add_argument(
        "--closed-cut",
        type=float,
        help="the cut of closed questions (default: the shipped file's closed_threshold)",
    )
    ap.add_argument(
        "--stock",
        choices=("on", "off"),
        help="the stock line on discussions (default: Settings.generic_discussions_stock's, off)",
    )
    ap.add_argument(
        "--short-floor",
        help="the short answers' floor, a probability or 'none' (default: Settings.generic_short_floor's, none)",
    )
    ap.add_argument("--recency", type=float, default=1.0, help="train_generic.py --recency (shipped: 1)")
    args = ap.parse_args(argv)
    from sklearn.metrics import roc_auc_score

    warnings.filterwarnings("ignore", category=FutureWarning)
    if args.until:
        tg.keep_sets_until(args.until)
    data = pickle.loads(Path(args.cache).read_bytes())
    usable(data, args.cache)
    shipped = json.loads(gu.GENERIC_MODEL.read_text(encoding="utf-8"))
    cut = shipped["threshold"] if args.cut is None else args.cut
    closed_cut = (
        shipped.get("closed_threshold", shipped["threshold"]) if args.closed_cut is None else args.closed_cut
    )
    stock_on = None if args.stock is None else args.stock == "on"
    floor = (
        "shipped"
        if args.short_floor is None
        else None
        if args.short_floor == "none"
        else float(args.short_floor)
    )
    data["units"] = [u for u in data["units"] if u.labelled_set in tg.SETS]
    left = set(filter(None, args.without.split(",")))
    unknown = left - set(GENERIC_FEATURES)
    if unknown:
        raise SystemExit(f"not a reading of GENERIC_FEATURES: {', '.join(sorted(unknown))}")
    names = [n for n in GENERIC_FEATURES if n not in left]
    last = list(tg.SETS)[-4:]
    print(
        f"{len(names)} readings; C {args.c}, cuts {cut} / {closed_cut}; stock line "
        f"{'on' if (GENERIC_DISCUSSIONS_STOCK if stock_on is None else stock_on) else 'off'}, short floor "
        f"{GENERIC_SHORT_FLOOR if floor == 'shipped' else floor}; last four: {', '.join(last)}"
    )
    for by in ("session", "document"):
        for seed in (0, 1, 2):
            prob, m = held_out(data, names, by, seed, args.c, args.recency)
            read = m["served"] & ~m["veto"]
            auc = roc_auc_score(m["y"][read], prob[read])
            flag = decided(data, prob, m, cut, closed_cut, stock_on, floor)
            y = m["y"]
            tail = np.isin(m["sets"], last)
            ref = m["sets"] == "reference-dev"
            print(
                f"{by:8s} {seed}  AUC {auc:.3f}  every set {counts(y, flag)}  last four {counts(y[tail], flag[tail])}"
                f"  reference-dev {counts(y[ref], flag[ref])}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
