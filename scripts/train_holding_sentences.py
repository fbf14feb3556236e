"""Train the sentence-level decision of ``holding`` (``qa_align/models/holding_sentences.json``, read
by ``qa_align.rules.answers``): does a deferral sentence put off what the unit asks?

1. The sentences of ``corpus/holding/round1-*.jsonl`` and ``round2-*.jsonl`` (answer sentences
   labelled by reading: ``asked`` / ``beside`` / ``none``) are found in their documents, scored
   with the rule alone, and read beside each unit their answer serves (``answers.sentence_reading``); a sentence that serves
   several units is read beside the unit whose question it takes up most. A logistic regression
   over the standardised readings tells ``asked`` from the rest; C is chosen by an inner
   cross-validation grouped by document (best log loss), and held-out precision, recall and F1 per
   language come from an outer 5-fold cross-validation grouped by document (threshold 0.5).
2. The development units (``scripts/choose_generic.py``'s SETS; no test set is read) are scored
   with the rule alone; for each unit, every sentence with a ``holding`` cue (the rule's candidate
   sentences) is read the same way, with whether the rule's tests keep it. The rule with the model
   keeps a candidate when its probability reaches ``threshold`` (one the tests keep) or ``enter``
   (one they drop). Both are chosen in 5 folds grouped by document on the units' ``holding``
   labels (best F1 on the training folds, ties to the rule's own decision); the held-out
   decisions, pooled, give cross-validated precision and recall per labelled set beside the rule's.
   ``--write`` stores the model fitted on all labelled sentences, with both values chosen on all
   development units (the default) or, with ``--choose-on sentences``, on the labelled sentences
   read with their held-out probabilities (best F1 of the rule with the model at each pair, the
   sentence decision of ``sentence_decisions``); ``--labels`` names the files trained on (default
   both rounds; the shipped file is round 1's, ``models/holding-sentences.md``)::

    .venv/bin/python scripts/train_holding_sentences.py [--cache /tmp/hs.json] [--labels FILES]
        [--choose-on sentences] [--write qa_align/models/holding_sentences.json]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import re
import sys
from pathlib import Path

import numpy as np
from choose_cue_thresholds import FAST, prf, scored_flags, units_of
from choose_generic import SETS, development_documents
from choose_yes_no import model_json

from qa_align.readers import read_paths
from qa_align.rules import RULES, answers, registry
from qa_align.settings import Settings
from qa_align.types import Problem

LABELS = (
    "corpus/holding/round1-nl.jsonl", "corpus/holding/round1-en.jsonl",
    "corpus/holding/round2-nl.jsonl", "corpus/holding/round2-en.jsonl",
)  # fmt: skip
DATA = "../shared/data"
CS = (0.01, 0.03, 0.1, 0.3, 1.0, 3.0)
THRESHOLDS = (0.0, *(round(t, 2) for t in np.arange(0.1, 0.91, 0.05)))
ENTERS = (*(round(t, 2) for t in np.arange(0.5, 0.96, 0.05)), 1.01)  # 1.01: the tests decide
NAMES = list(answers.SENTENCE_FEATURES)


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().lower()


def _recording(seen):
    """``holding``'s rule, wrapped to call ``seen(ctx)`` on each unit a segment serves."""
    registry()
    rule = RULES["holding"]

    def func(ctx):
        if ctx.pair.segments:
            seen(ctx)
        return rule.func(ctx)

    return rule, dataclasses.replace(rule, func=func)


def _scored(docs, seen) -> dict:
    rule, wrapped = _recording(seen)
    RULES["holding"] = wrapped
    try:
        return scored_flags(
            docs, Settings().replace(**FAST, holding_model="none", holding_sentences_model="none")
        )
    finally:
        RULES["holding"] = rule


def labelled(paths=LABELS) -> list[dict]:
    """The labelled sentences of ``paths``."""
    return [
        json.loads(line) for path in paths for line in Path(path).read_text(encoding="utf-8").splitlines()
    ]


def labelled_readings(paths=LABELS) -> list[dict]:
    """Each labelled sentence found in its document: id, language, document, label and readings."""
    rows = labelled(paths)
    want = {(r["source"], r["doc_id"]): [] for r in rows}
    for r in rows:
        want[(r["source"], r["doc_id"])].append(r)
    docs = [
        d
        for d in read_paths([DATA], None, None, 2, only={i for _, i in want})
        if not isinstance(d, Problem) and (d.source, d.doc_id) in want
    ]
    found: dict[str, tuple[float, dict]] = {}

    def seen(ctx):
        for r in want.get((ctx.doc.document.source, ctx.doc.document.doc_id), ()):
            target = _norm(r["sentence"])
            for seg, a in zip(ctx.pair.segments, ctx.answers):
                for s in a.sentences:
                    text = _norm(s.text)
                    if text and (target[:80] in text or (len(text) > 30 and text in target)):
                        x = answers.sentence_reading(ctx, seg, a, s)
                        cues = [c for c in a.cue("holding") if s.start <= c.start < s.end]
                        x["cue"] = bool(cues)
                        x["candidate"] = bool(cues) or (
                            answers._in(a.cue("to_come"), s) and bool(x["future"])
                        )
                        x["rule"] = any(answers._rule_keeps(ctx, seg, a, c) for c in cues)
                        if r["id"] not in found or x["asked_share"] > found[r["id"]][0]:
                            found[r["id"]] = (x["asked_share"], x)

    _scored(docs, seen)
    out = [
        {
            "id": r["id"],
            "language": r["language"],
            "doc": r["doc_id"],
            "holding": r["holding"],
            "x": found[r["id"]][1],
        }
        for r in rows
        if r["id"] in found
    ]
    print(f"labelled sentences: {len(rows)}, found in a serving segment: {len(out)}", file=sys.stderr)
    return out


def development_readings() -> tuple[list, dict, dict]:
    """The development units (``units_of``), the rule's flags, and per unit key its candidate
    sentences (whether the rule's tests keep one, its readings) and whether the rule flags it
    without them (``_when_put_off``)."""
    gold, docs = development_documents(SETS)
    cands: dict = {}

    def seen(ctx):
        key = (ctx.doc.document.source, ctx.doc.document.doc_id, ctx.pair.question.n)
        by_sentence: dict = {}
        for seg, a in zip(ctx.pair.segments, ctx.answers):
            for c in (*a.cue("holding"), *a.cue("to_come")):
                s = answers._sentence(a, c)
                if s is None or (c.kind != "holding" and not answers._in(a.cue("future"), s)):
                    continue
                k = (id(a), s.start)
                kept = c.kind == "holding" and answers._rule_keeps(ctx, seg, a, c)
                if k in by_sentence:
                    by_sentence[k][0] |= kept
                else:
                    by_sentence[k] = [kept, answers.sentence_reading(ctx, seg, a, s)]
        when = any(True for _ in answers._when_put_off(ctx))
        cands[key] = {"when": when, "sentences": list(by_sentence.values())}

    flags = _scored(docs, seen)
    return units_of(gold, docs, flags), flags, cands


def _fit(x, y, c):
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    return make_pipeline(StandardScaler(), LogisticRegression(C=c, max_iter=2000)).fit(x, y)


def choose_c(x, y, groups, folds: int = 5) -> float:
    """C of least log loss on an inner grouped CV (ties: the smaller)."""
    from sklearn.metrics import log_loss
    from sklearn.model_selection import GroupKFold

    best, key = CS[0], float("inf")
    for c in CS:
        prob = np.zeros(len(y))
        for train, test in GroupKFold(n_splits=folds).split(x, groups=groups):
            prob[test] = _fit(x[train], y[train], c).predict_proba(x[test])[:, 1]
        loss = log_loss(y, prob)
        if loss < key - 1e-9:
            best, key = c, loss
    return best


def sentence_cv(rows) -> np.ndarray:
    """Held-out probabilities (outer 5 folds grouped by document, C by inner CV); prints P/R/F1."""
    from sklearn.model_selection import GroupKFold

    x = np.array([[r["x"][n] for n in NAMES] for r in rows])
    y = np.array([r["holding"] == "asked" for r in rows])
    groups = np.array([r["doc"] for r in rows])
    prob = np.zeros(len(y))
    for train, test in GroupKFold(n_splits=5).split(x, groups=groups):
        c = choose_c(x[train], y[train], groups[train])
        prob[test] = _fit(x[train], y[train], c).predict_proba(x[test])[:, 1]
    lang = np.array([r["language"] for r in rows])
    cue = np.array([r["x"]["p_deferral"] >= 0.5 for r in rows])
    print("held-out sentences (asked vs beside/none), threshold 0.5; beside: the deferral cue (p >= 0.5)")
    for name, rows_ in (("nl", lang == "nl"), ("en", lang == "en"), ("all", np.ones(len(y), bool))):
        print(f"  {name:4s} model {prf(y[rows_], prob[rows_] >= 0.5)}   cue {prf(y[rows_], cue[rows_])}")
    return prob


def unit_decisions(model, units, cands, rule):
    """Per unit, whether the rule flags it without a candidate (``_when_put_off``), and of each
    candidate sentence whether the tests keep it, its probability and whether it may enter."""
    out = []
    for u, r in zip(units, rule):
        c = cands.get(u.key)
        if c is None:
            out.append((bool(r), [], [], []))
            continue
        xs = [x for _, x in c["sentences"]]
        p = model.predict_proba(np.array([[x[n] for n in NAMES] for x in xs]))[:, 1] if xs else []
        mays = [answers._may_enter(x) for x in xs]
        out.append((c["when"], [k for k, _ in c["sentences"]], list(p), mays))
    return out


def flags_with(decisions, t: float, e: float) -> np.ndarray:
    """Each unit's flag with the model's ``threshold`` ``t`` and ``enter`` ``e``."""
    return np.array(
        [
            any((k and p >= t) or (not k and may and p >= e) for k, p, may in zip(kept, probs, mays)) or when
            for when, kept, probs, mays in decisions
        ]
    )


def sentence_f1(rows, prob, e: float) -> float:
    """F1 on the labelled sentences of the rule's decision with the second way in at ``enter``
    ``e`` (``prob``: held-out probabilities): kept by the rule's tests, or a candidate that may enter
    with a probability of at least ``e``."""
    from choose_cue_thresholds import f1

    y = np.array([r["holding"] == "asked" for r in rows])
    pred = np.array(
        [
            r["x"]["rule"] or (r["x"]["candidate"] and answers._may_enter(r["x"]) and p >= e)
            for r, p in zip(rows, prob)
        ]
    )
    return f1(y, pred)


def sentence_decisions(rows, prob, t: float, e: float) -> np.ndarray:
    """Each labelled sentence's decision by the rule with the model at ``threshold`` ``t`` and
    ``enter`` ``e`` (``prob``: held-out probabilities): kept by the rule's tests with a probability of
    at least ``t``, or a candidate the tests drop that may enter with a probability of at least ``e``."""
    return np.array(
        [
            (r["x"]["rule"] and p >= t)
            or (not r["x"]["rule"] and r["x"]["candidate"] and answers._may_enter(r["x"]) and p >= e)
            for r, p in zip(rows, prob)
        ]
    )


def choose_on_sentences(rows, prob) -> tuple[float, float]:
    """``threshold`` and ``enter`` of best F1 on the labelled sentences, read with the held-out
    probabilities of the outer grouped cross-validation (``sentence_cv``); ties: the lower values."""
    from choose_cue_thresholds import f1

    y = np.array([r["holding"] == "asked" for r in rows])
    best, key = (0.0, 1.01), -1.0
    for t in THRESHOLDS:
        for e in ENTERS:
            if e < t:
                continue
            score = round(f1(y, sentence_decisions(rows, prob, t, e)), 9)
            if score > key:
                best, key = (t, e), score
    return best


def choose_values(decisions, y, tie: dict[float, float]) -> tuple[float, float]:
    """``threshold`` and ``enter`` of best F1 on ``decisions``' units; ties: the better F1 on the
    labelled sentences (``tie``, by enter), then the lower threshold and enter."""
    from choose_cue_thresholds import f1

    best, key = (0.0, 1.01), (-1.0, -1.0)
    for t in THRESHOLDS:
        for e in ENTERS:
            if e < t:
                continue
            score = (round(f1(y, flags_with(decisions, t, e)), 9), round(tie[e], 9))
            if score > key:
                best, key = (t, e), score
    return best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cache", help="JSON file of the readings: read when present, else written")
    ap.add_argument("--held-out", help="comma-separated labelled sets the values are not chosen on")
    ap.add_argument("--write", help="store the model here (JSON)")
    ap.add_argument(
        "--choose-on",
        choices=("sentences", "units"),
        default="units",
        help="where threshold and enter are chosen: the development units' holding labels (default)"
        " or the labelled sentences, held out by grouped CV",
    )
    ap.add_argument(
        "--labels",
        default=",".join(LABELS),
        help="comma-separated files of labelled sentences to train on (default: both rounds)",
    )
    args = ap.parse_args(argv)
    if args.cache and Path(args.cache).exists():
        cached = json.loads(Path(args.cache).read_text(encoding="utf-8"))
        rows = cached["rows"]
        from choose_cue_thresholds import Unit

        units = [Unit(tuple(u[0]), u[1], u[2], frozenset(u[3])) for u in cached["units"]]
        flags = {tuple(k): frozenset(v) for k, v in cached["flags"]}
        cands = {tuple(k): v for k, v in cached["cands"]}
    else:
        rows = labelled_readings(args.labels.split(","))
        units, flags, cands = development_readings()
        if args.cache:
            dump = {
                "rows": rows,
                "units": [[list(u.key), u.language, u.labelled_set, sorted(u.flags)] for u in units],
                "flags": [[list(k), sorted(v)] for k, v in flags.items()],
                "cands": [[list(k), v] for k, v in cands.items()],
            }
            Path(args.cache).write_text(json.dumps(dump), encoding="utf-8")
    paths = args.labels.split(",")
    ids = {r["id"] for r in labelled(paths)}
    rows = [r for r in rows if r["id"] in ids]  # a cache read for more files keeps these only
    prob = sentence_cv(rows)
    tie = {e: sentence_f1(rows, prob, e) for e in ENTERS}
    print("labelled sentences, F1 of the rule with the second way in, by enter:")
    print("  " + ", ".join(f"{e}: {f:.3f}" for e, f in tie.items()))
    x = np.array([[r["x"][n] for n in NAMES] for r in rows])
    y = np.array([r["holding"] == "asked" for r in rows])
    groups = np.array([r["doc"] for r in rows])
    c = choose_c(x, y, groups)
    model = _fit(x, y, c)
    y_units = np.array(["holding" in u.flags for u in units])
    rule = np.array(["holding" in flags.get(u.key, ()) for u in units])
    decisions = unit_decisions(model, units, cands, rule)
    sets = np.array([u.labelled_set for u in units])
    from sklearn.model_selection import GroupKFold

    cv = np.zeros(len(units), bool)
    doc = np.array(["/".join(u.key[:2]) for u in units])
    if args.held_out:
        out = np.isin(sets, args.held_out.split(","))
        folds = [(np.flatnonzero(~out), np.flatnonzero(out))]
    else:
        folds = list(GroupKFold(n_splits=5).split(units, groups=doc))
    for train, test in folds:
        t, e = choose_values([decisions[i] for i in train], y_units[train], tie)
        print(f"fold: threshold {t}, enter {e}", file=sys.stderr)
        cv[test] = flags_with([decisions[i] for i in test], t, e)
    tested = np.zeros(len(units), bool)
    for _, test in folds:
        tested[test] = True
    print(f"C {c}; development units, {'':4s} rule {'':30s} rule with the sentence model (cross-validated)")
    for name in [*SETS, "all"]:
        rows_ = (sets == name if name != "all" else np.ones(len(units), bool)) & tested
        if rows_.any():
            print(f"  {name:14s} {prf(y_units[rows_], rule[rows_]):36s} {prf(y_units[rows_], cv[rows_])}")
    if args.choose_on == "sentences":
        t, e = choose_on_sentences(rows, prob)
        for name, rows_ in (("nl", "nl"), ("en", "en"), ("all", None)):
            keep = [r["language"] == rows_ or rows_ is None for r in rows]
            sub = [r for r, k in zip(rows, keep) if k]
            y_ = np.array([r["holding"] == "asked" for r in sub])
            pred = sentence_decisions(sub, prob[np.array(keep)], t, e)
            rule_ = np.array([bool(r["x"]["rule"]) for r in sub])
            print(f"  sentences {name:4s} rule {prf(y_, rule_)}   rule with the model {prf(y_, pred)}")
        print(f"chosen on the labelled sentences (held out): threshold {t}, enter {e}")
    else:
        t, e = choose_values(decisions, y_units, tie)
        print(f"chosen on all development units: threshold {t}, enter {e}")
    if args.write:
        out = model_json(model, NAMES, c, t, y)
        chosen_on = paths if args.choose_on == "sentences" else list(SETS)
        out |= {"enter": e, "trained_on": paths, "values_chosen_on": chosen_on}
        Path(args.write).write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {args.write}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
