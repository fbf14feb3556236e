"""Learn where ``yes_no_unanswered`` reads a closed question's yes or no as left open
(``qa_align/models/yes_no.json``, read by ``qa_align.rules.answers``) and compare it, by
cross-validation grouped by document, with the rule's shared-word test on the same units.

Every development unit is scored once without the model; for each unit whose question the tool
reads as closed and which some segment serves, the readings of ``answers.yes_no_features`` are
kept. A logistic regression over the standardised readings is fitted in folds grouped by
document (or one fold per labelled set, ``--by-set``): inside each training part, an inner
grouped cross-validation chooses the regularisation C and the probability threshold of best F1;
the held-out decisions, pooled, give the cross-validated precision and recall per labelled set
beside the rule's. Units the tool does not read as closed keep the rule's decision (no flag).
``--write`` stores the model fitted on all development units (C and threshold chosen the same
way) as JSON. ``--breakdown`` prints instead where the rule's flags fall: per label the readers
gave the unit, per answer with or without a hedging cue (``answers._HEDGES``), per question
that opens with an open sentence or not, and per labelled set the plain answers (no hedging cue),
the labelled units, the flags and the true ones: the rule's flags on plain answers hold in the
sets it was written from and much less in later ones (``--add dev-be7=corpus/gold/dev-be7.jsonl``
reads a set beside the development sets). ``--held-out`` trains on the other sets and tests on the ones named (the rule was
written from the sets before dev-be5+dev-be6 and dev-uk4+dev-uk5+dev-uk6). No test set is read::

    .venv/bin/python scripts/choose_yes_no.py [--folds 5 | --by-set | --held-out dev-be5+dev-be6,dev-uk4+dev-uk5+dev-uk6]
        [--write qa_align/models/yes_no.json] [--breakdown] [--add NAME=FILE[,FILE...]]
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from choose_cue_thresholds import FAST, prf, scored_flags, units_of
from choose_generic import SETS, development_documents

from qa_align.rules import answers

# the readings the model weighs by default (``--features`` to change): the rule's tests, the yes or
# no words of the opening, a negation near an asked word, the asked words the first sentence, the
# best sentence and the whole answer hold, the answer's length, its hedged share and language; the
# answer's cues one by one, its sentence count and the like added nothing in cross-validation
FEATURES = (
    "rule", "plain_reply", "direct", "commits", "given", "position", "declines", "figures", "polar_first",
    "polarity_cue", "negation_near", "shared_first_share", "shared_max_share", "covered_share", "first_plain",
    "first_from_question", "words", "hedged_share", "english",
)  # fmt: skip
CS = (0.01, 0.03, 0.1, 0.3, 1.0, 3.0)
THRESHOLDS = tuple(round(t, 2) for t in np.arange(0.2, 0.81, 0.05))
FLAG = "yes_no_unanswered"


def readings(docs, settings) -> tuple[dict, dict]:
    """Score ``docs`` with the rule alone; per unit key its flags and, for a closed question with
    a serving segment, ``answers.yes_no_features``."""
    seen: dict = {}
    read = answers._read_left_open

    def recording(ctx):
        found = read(ctx)
        if ctx.question.closed and ctx.pair.segments:
            key = (ctx.doc.document.source, ctx.doc.document.doc_id, ctx.pair.question.n)
            seen[key] = answers.yes_no_features(ctx)
        return found

    answers._read_left_open = recording
    try:
        flags = scored_flags(docs, settings)
    finally:
        answers._read_left_open = read
    return flags, seen


def _f1(y: np.ndarray, pred: np.ndarray) -> float:
    tp = int((y & pred).sum())
    return 2 * tp / (int(y.sum()) + int(pred.sum())) if y.any() or pred.any() else 1.0


def _fit(x: np.ndarray, y: np.ndarray, c: float):
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    return make_pipeline(StandardScaler(), LogisticRegression(C=c, max_iter=2000)).fit(x, y)


def choose(
    x: np.ndarray,
    y: np.ndarray,
    groups: np.ndarray,
    folds: int = 5,
    *,
    decide=None,
    fit=None,
    cs=CS,
    thresholds=THRESHOLDS,
    score=None,
) -> tuple[float, float]:
    """C and threshold of best F1 on the out-of-fold probabilities of an inner grouped CV (ties: the
    smaller C, the threshold nearest 0.5); ``decide(prob, t)`` the flag (default ``prob >= t``),
    ``fit`` the learner (default ``_fit``), ``cs`` and ``thresholds`` the grids, ``score(y, pred)``
    the measure in place of F1 (train_generic's ``--beta``)."""
    from sklearn.model_selection import GroupKFold

    decide = decide or (lambda prob, t: prob >= t)
    fit = fit or _fit
    score = score or _f1
    best, key = (cs[0], 0.5), -1.0
    for c in cs:
        prob = np.zeros(len(y))
        for train, test in GroupKFold(n_splits=folds).split(x, groups=groups):
            prob[test] = fit(x[train], y[train], c).predict_proba(x[test])[:, 1]
        for t in sorted(thresholds, key=lambda t: abs(t - 0.5)):
            value = round(score(y, decide(prob, t)), 9)
            if value > key:
                best, key = (c, t), value
    return best


def add_outer_folds(ap: argparse.ArgumentParser) -> None:
    """The options of ``compare``'s outer folds: ``--folds``, ``--by-set``, ``--held-out``."""
    ap.add_argument("--folds", type=int, default=5, help="outer folds, grouped by document (default 5)")
    ap.add_argument("--by-set", action="store_true", help="one outer fold per labelled set instead")
    ap.add_argument(
        "--held-out",
        help="comma-separated labelled sets to test on, the model trained on the others (one outer fold)",
    )


def compare(args, x, y, groups, sets_all, kept, y_all, rule, chooser) -> None:
    """Cross-validate the model on the units ``kept`` (features ``x``, labels ``y``, documents
    ``groups``) in the outer folds ``args`` names (``--held-out``, ``--by-set`` or ``--folds``
    grouped by document), each fold's C and threshold by ``chooser`` on its training part; print the
    held-out decisions' precision and recall per labelled set beside the ``rule``'s (units not kept
    get no flag from the model)."""
    from sklearn.model_selection import GroupKFold

    sets = sets_all[kept]
    if args.held_out:
        out = np.isin(sets, args.held_out.split(","))
        folds = [(np.flatnonzero(~out), np.flatnonzero(out))]
    elif args.by_set:
        folds = [(np.flatnonzero(sets != s), np.flatnonzero(sets == s)) for s in dict.fromkeys(sets)]
    else:
        folds = list(GroupKFold(n_splits=args.folds).split(x, groups=groups))
    cv = np.zeros(len(y), bool)
    tested = set()
    for train, test in folds:
        tested |= set(sets[test])
        c, t = chooser(x[train], y[train], groups[train])
        cv[test] = _fit(x[train], y[train], c).predict_proba(x[test])[:, 1] >= t
        print(f"fold: C {c}, threshold {t}", file=sys.stderr)
    learned = np.zeros(len(y_all), bool)
    learned[kept] = cv
    print(f"{'':14s} {'rule':36s} cross-validated model")
    everything = np.isin(sets_all, sorted(tested))  # the units of the sets held out in some fold
    for name, rows in [*((s, sets_all == s) for s in SETS if s in tested), ("all", everything)]:
        print(f"{name:14s} {prf(y_all[rows], rule[rows]):36s} {prf(y_all[rows], learned[rows])}")
    y_all, rule, learned = y_all[everything], rule[everything], learned[everything]
    print(f"F1 all: rule {_f1(y_all, rule):.3f}, model {_f1(y_all, learned):.3f}")


def write_model(path: str, x: np.ndarray, y: np.ndarray, names: list[str], c: float, t: float) -> None:
    """Fit the model on all of ``x`` with C ``c`` and store it with threshold ``t`` at ``path``."""
    out = model_json(_fit(x, y, c), names, c, t, y)
    Path(path).write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {path}: C {c}, threshold {t}")


def model_json(model, names: list[str], c: float, t: float, y: np.ndarray) -> dict:
    """A fitted standardised logistic regression (``_fit``) as the rules read it: features, mean,
    scale, coefficients, intercept and threshold, the cue_model its features were read with, with C
    and what it was trained on."""
    from qa_align.settings import Settings

    scaler, lr = model[0], model[1]
    return {
        "features": names,
        # the features read the cue classifier as these readings did (``readings``, FAST): the rules
        # leave the model to the rule in a run with another cue_model
        "cue_model": Settings().replace(**FAST).cue_model,
        "mean": [round(float(v), 6) for v in scaler.mean_],
        "scale": [round(float(v), 6) for v in scaler.scale_],
        "coef": [round(float(v), 6) for v in lr.coef_[0]],
        "intercept": round(float(lr.intercept_[0]), 6),
        "threshold": t,
        "C": c,
        "trained_on": list(SETS),
        "units": int(len(y)),
        "positives": int(y.sum()),
    }


@dataclass(frozen=True)
class Closed:
    """One development unit whose question the tool reads as closed and some segment serves."""

    label: str  # the readers' label of the unit ("answered", "partial", "not_answered"; "" unlabelled)
    labelled: bool  # the readers flag yes_no_unanswered
    flagged: bool  # the rule flags it
    hedged: bool  # the answer holds a cue of ``answers._HEDGES``
    opens_open: bool  # the unit's first question sentence is open, its closed one after it
    labelled_set: str = ""  # the labelled set it comes from (``SETS``, ``--add``)


def breakdown(units: list[Closed]) -> list[tuple[str, int, int, int, int]]:
    """Per group (every unit, then by label, by hedge, by opening, and the plain answers of each
    labelled set in order of first appearance) the units, labelled positives, flags and true flags."""
    groups = {
        "all": lambda u: True,
        **{f"label {k}": (lambda u, k=k: u.label == k) for k in sorted({u.label for u in units})},
        "answer hedged": lambda u: u.hedged,
        "answer plain": lambda u: not u.hedged,
        "opens open, answer plain": lambda u: u.opens_open and not u.hedged,
        "opens open, answer hedged": lambda u: u.opens_open and u.hedged,
        "opens closed": lambda u: not u.opens_open,
        **{
            f"answer plain, {s}": (lambda u, s=s: u.labelled_set == s and not u.hedged)
            for s in dict.fromkeys(u.labelled_set for u in units)
            if s
        },
    }
    out = []
    for name, keep in groups.items():
        rows = [u for u in units if keep(u)]
        positives = sum(u.labelled for u in rows)
        out.append(
            (
                name,
                len(rows),
                positives,
                sum(u.flagged for u in rows),
                sum(u.labelled and u.flagged for u in rows),
            )
        )
    return out


def _print_breakdown(gold, units, rule, seen) -> None:
    labels = {(g.source, g.doc_id, u.n): u.label for _, g in gold for u in g.units}
    closed = [
        Closed(
            labels.get(u.key, ""),
            FLAG in u.flags,
            bool(r),
            any(seen[u.key][k] for k in answers._HEDGES),
            seen[u.key]["opens_open"] > 0,
            u.labelled_set,
        )
        for u, r in zip(units, rule)
        if u.key in seen
    ]
    print(
        f"{'units read as closed':28s} {'units':>6s} {'labelled':>9s} {'flagged':>8s} {'true':>5s} {'precision':>10s}"
    )
    for name, n, positives, flagged, true in breakdown(closed):
        precision = f"{true / flagged:.2f}" if flagged else "-"
        print(f"{name:28s} {n:6d} {positives:9d} {flagged:8d} {true:5d} {precision:>10s}")


def _named_set(arg: str) -> tuple[str, list[str]]:
    """``NAME=FILE[,FILE...]`` as a name and its files."""
    name, sep, files = arg.partition("=")
    if not (sep and name and files):
        raise SystemExit(f"--add {arg!r}: expected NAME=FILE[,FILE...]")
    paths = files.split(",")
    if any("test" in Path(p).name for p in paths):
        raise SystemExit(f"--add {arg!r}: a test set is never read here")
    return name, paths


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_outer_folds(ap)
    ap.add_argument(
        "--veto",
        action="store_true",
        help="learn only on the units the rule flags: the model may take a flag away",
    )
    ap.add_argument("--features", help="comma-separated subset of answers.YES_NO_FEATURES (default FEATURES)")
    ap.add_argument("--write", help="store the model fitted on all development units here (JSON)")
    ap.add_argument("--breakdown", action="store_true", help="print where the rule's flags fall, and stop")
    ap.add_argument(
        "--add",
        action="append",
        default=[],
        metavar="NAME=FILE[,FILE...]",
        help="a labelled set read beside the development sets (repeatable): never a test set",
    )
    args = ap.parse_args(argv)

    gold, docs = development_documents(SETS | dict(_named_set(a) for a in args.add))
    from qa_align.settings import Settings

    current, seen = readings(docs, Settings().replace(**FAST, yes_no_model="none"))
    units = units_of(gold, docs, current)
    y_all = np.array([FLAG in u.flags for u in units])
    rule = np.array([FLAG in current.get(u.key, ()) for u in units])
    if args.breakdown:
        _print_breakdown(gold, units, rule, seen)
        return 0
    closed = np.array([u.key in seen and (not args.veto or seen[u.key]["rule"] > 0) for u in units])
    names = args.features.split(",") if args.features else list(FEATURES)
    x = np.array([[seen[u.key][f] for f in names] for u, c in zip(units, closed) if c])
    y = y_all[closed]
    groups = np.array(["/".join(u.key[:2]) for u in units])[closed]
    sets_all = np.array([u.labelled_set for u in units])
    print(
        f"development: {len(docs)} documents, {len(units)} units, {closed.sum()} closed, {y.sum()} flagged closed"
    )
    compare(args, x, y, groups, sets_all, closed, y_all, rule, choose)
    if args.write:
        write_model(args.write, x, y, names, *choose(x, y, groups))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
