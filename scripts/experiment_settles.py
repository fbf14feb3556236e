"""Whether a sentence-level reading of "does this answer sentence settle the closed question?"
improves ``yes_no_unanswered`` (issue 17 follow-up; ``corpus/yesno/README.md`` has the findings).
Not shipped: held out, it takes away about as many true flags as false ones.

The pairs of ``corpus/yesno/pairs.jsonl`` (a closed question and one answer sentence, labelled by
reading settles_yes, settles_no or does_not_settle) train a standardised logistic regression,
settles against does_not_settle, over ``FEATURES`` of the sentence read in its unit's context:
the share of the closed question's asked words (``asked_words``, first words and whole) the
sentence takes up, negation and affirmation words (the lexicon's ``negations``, ``affirmations``,
``plain_replies``), a negation near an asked word, modal and future words, ``undecided`` phrases,
a figure, its place and length, the lexicon's hedging cues in it and the cue classifier's reading.

Every development document is scored once with the rules as they are; for each unit with a
closed question the features of each answer sentence are kept, with the unit's flags. The pairs
take the features of their sentence (unit and sentence number; the text must match). C is chosen
by held-out ROC AUC in five folds grouped by document (a hash of source and id). In the same
folds, a model fitted on the other documents' pairs reads every sentence of the held-out
documents' flagged units, and a flag would go where some sentence reaches the threshold: per
threshold the true and false flags taken away, per development set, all held out; and how well
the highest sentence probability tells the false flags from the true ones, over all flags and over
the flags on plain answers (no hedging cue, no classifier cue in any sentence). No test set is read::

    PYTHONPATH=$PWD .venv/bin/python scripts/experiment_settles.py [--threshold 0.8]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from choose_cue_thresholds import FAST, scored_flags  # noqa: E402
from choose_generic import SETS, development_documents  # noqa: E402

from qa_align import text as text_layer  # noqa: E402
from qa_align.cues import CUES  # noqa: E402
from qa_align.rules import (
    PairContext,  # noqa: E402
    answers,  # noqa: E402
)
from qa_align.rules.asked import asked_words, matched, said_words  # noqa: E402
from qa_align.settings import Settings  # noqa: E402

NEAR = 4  # a negation this many words from an asked word or closer is "near" it
# a sentence with one of these cues does not state a position of its own (``answers._HEDGES``)
HEDGES = ("holding", "generic", "deflection", "no_information", "cross_reference")
# modal and future words: a sentence with one speaks of what may or will be
MODALS = {
    "en": frozenset({"will", "would", "shall", "could", "should", "may", "might", "intend", "intends", "plan", "plans", "expect", "expects"}),
    "nl": frozenset({"zal", "zullen", "zou", "zouden", "kan", "kunnen", "moet", "moeten", "plan", "plannen", "voornemens", "verwacht", "beoogt"}),
}  # fmt: skip
FEATURES = (
    "core_share", "whole_share", "from_question", "negation", "negation_near", "affirmation",
    "opens_polar", "first", "modal", "undecided", "figure", "hedged", "words", "english",
    *(f"read_{c}" for c in CUES),
)  # fmt: skip


def sentence_features(ctx: PairContext) -> list[dict[str, float]]:
    """The ``FEATURES`` of each answer sentence of the unit (all segments, in order) against its
    closed questions; read once per unit."""
    return ctx.doc.reading("settles_features", ctx.pair.question.n, lambda: _read(ctx))


def _read(ctx: PairContext) -> list[dict[str, float]]:
    lexicon, language = ctx.doc.lexicon, ctx.doc.language
    core, whole = asked_words(ctx), asked_words(ctx, whole=True)
    question = said_words(ctx.pair.question.text, ctx)
    negations = {w.lower() for w in lexicon.negations}
    affirmations = {w.lower() for w in lexicon.affirmations}
    replies = {w.lower() for w in lexicon.plain_replies}
    undecided = [tuple(text_layer.words(p)) for p in lexicon.undecided]
    modals = MODALS.get(language, frozenset())
    out = []
    first = True
    for a in ctx.answers:
        hedges = [c for k in HEDGES for c in a.cue(k)]
        reads = a.read or tuple(frozenset() for _ in a.sentences)
        for s, read in zip(a.sentences, reads, strict=True):
            words = [w.lower() for w in text_layer.words(s.text)]
            said = said_words(s.text, ctx)
            row = {
                "core_share": len(matched(said, core, ctx)) / len(core) if core else 0.0,
                "whole_share": len(matched(said, whole, ctx)) / len(whole) if whole else 0.0,
                "from_question": len(matched(said, question, ctx)) / len(said) if said else 0.0,
                "negation": any(w in negations for w in words),
                "negation_near": _near(words, negations, whole, ctx),
                "affirmation": any(w in affirmations for w in words),
                "opens_polar": bool(words) and words[0] in replies,
                "first": first,
                "modal": any(w in modals for w in words),
                "undecided": _holds(words, undecided),
                "figure": any(s.start <= f.start < s.end for f in a.figures),
                "hedged": any(s.start <= c.start < s.end for c in hedges),
                "words": math.log1p(len(words)),
                "english": language == "en",
                **{f"read_{c}": c in read for c in CUES},
            }
            out.append({k: float(v) for k, v in row.items()})
            first = False
    return out


def _near(words: list[str], negations: set[str], asked: set[str], ctx: PairContext) -> bool:
    for i, w in enumerate(words):
        if w in negations:
            window = set(words[max(0, i - NEAR) : i + NEAR + 1]) - {w}
            if matched(window, asked, ctx):
                return True
    return False


def _holds(words: list[str], phrases: list[tuple[str, ...]]) -> bool:
    return any(p and tuple(words[i : i + len(p)]) == p for i in range(len(words)) for p in phrases)


PAIRS = Path("corpus/yesno/pairs.jsonl")
FLAG = "yes_no_unanswered"
CS = (0.03, 0.1, 0.3, 1.0, 3.0)
THRESHOLDS = (0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95)
FOLDS = 5


def read_units() -> tuple[list, dict, dict]:
    """The labelled units (set, key, readers' flags), the tool's flags per unit and, per closed
    unit, its answer sentences, their features, its first closed question sentence and language."""
    gold, docs = development_documents(SETS)
    seen: dict = {}
    read = answers._read_left_open

    def recording(ctx):
        found = read(ctx)
        if ctx.question.closed and ctx.pair.segments:
            key = (ctx.doc.document.source, ctx.doc.document.doc_id, ctx.pair.question.n)
            texts = [s.text for a in ctx.answers for s in a.sentences]
            seen[key] = (texts, sentence_features(ctx), ctx.question.closed[0].text, ctx.doc.language)
        return found

    answers._read_left_open = recording
    try:
        flags = scored_flags(docs, Settings(**FAST))
    finally:
        answers._read_left_open = read
    units = []
    for name, g in gold:
        ns = {u.n for u in g.units}
        units += [(name, (g.source, g.doc_id, u.n), u.flags) for u in g.units]
        units += [(name, k, frozenset()) for k in flags if k[:2] == (g.source, g.doc_id) and k[2] not in ns]
    return units, flags, seen


def fold_of(source: str, doc_id: str) -> int:
    return int(hashlib.sha1(f"{source}/{doc_id}".encode()).hexdigest(), 16) % FOLDS


def fit(x: np.ndarray, y: np.ndarray, c: float):
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    scaler = StandardScaler().fit(x)
    return scaler, LogisticRegression(C=c, class_weight="balanced", max_iter=2000).fit(scaler.transform(x), y)


def vector(f: dict) -> list[float]:
    return [f[k] for k in FEATURES]


def main(argv: list[str] | None = None) -> int:
    from sklearn.metrics import roc_auc_score

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument(
        "--threshold", type=float, default=0.8, help="the threshold whose per-set table is printed"
    )
    args = ap.parse_args(argv)
    pairs = [json.loads(line) for line in PAIRS.read_text(encoding="utf-8").splitlines() if line.strip()]
    units, flags, seen = read_units()
    rows = []
    for p in pairs:
        key = (p["source"], p["doc_id"], p["unit"])
        texts, feats, _, _ = seen[key]
        if texts[p["sentence_index"]] != p["sentence"]:
            raise SystemExit(f"{p['id']}: the sentence read differs from the pair's")
        rows.append(vector(feats[p["sentence_index"]]))
    x = np.array(rows)
    y = np.array([p["label"] != "does_not_settle" for p in pairs])
    fold = np.array([fold_of(p["source"], p["doc_id"]) for p in pairs])
    print(
        f"{len(pairs)} pairs, {int(y.sum())} settle, {len({(p['source'], p['doc_id']) for p in pairs})} documents"
    )
    best = None
    for c in CS:
        held = np.zeros(len(y))
        for k in range(FOLDS):
            scaler, model = fit(x[fold != k], y[fold != k], c)
            held[fold == k] = model.predict_proba(scaler.transform(x[fold == k]))[:, 1]
        auc = roc_auc_score(y, held)
        print(f"C {c}: held-out pair ROC AUC {auc:.3f}")
        if best is None or auc > best[0]:
            best = (auc, c, held)
    _, c, held = best
    english = np.array([p["language"] == "en" for p in pairs])
    for t in THRESHOLDS:
        parts = []
        for name, m in (("nl", ~english), ("en", english)):
            pred, truth = held[m] >= t, y[m]
            tp = int((pred & truth).sum())
            parts.append(f"{name} P {tp / max(1, pred.sum()):.2f} R {tp / max(1, truth.sum()):.2f}")
        print(f"  pairs, threshold {t}: " + "; ".join(parts))
    # flags taken away, held out: each unit read by the model fitted without its document's fold
    models = {k: fit(x[fold != k], y[fold != k], c) for k in range(FOLDS)}
    best_p = {}
    for name, key, gold_flags in units:
        if FLAG not in flags.get(key, ()) or key not in seen:
            continue
        scaler, model = models[fold_of(key[0], key[1])]
        feats = seen[key][1]
        p = (
            model.predict_proba(scaler.transform(np.array([vector(f) for f in feats])))[:, 1]
            if feats
            else [0.0]
        )
        plain = not any(f["hedged"] or any(f[f"read_{c}"] for c in CUES) for f in feats)
        best_p[key] = (name, FLAG in gold_flags, float(max(p)), plain)
    truth = np.array([v[1] for v in best_p.values()])
    top = np.array([v[2] for v in best_p.values()])
    plain = np.array([v[3] for v in best_p.values()])
    print(
        f"flagged units: {len(truth)} ({int(truth.sum())} true); ROC AUC of the highest sentence probability, "
        f"false flags against true: all {roc_auc_score(~truth, top):.3f}, plain answers "
        f"{roc_auc_score(~truth[plain], top[plain]):.3f} ({int(plain.sum())} flags, {int(truth[plain].sum())} true)"
    )
    base = defaultdict(lambda: [0, 0, 0])
    for name, key, gold_flags in units:
        b = base[name]
        b[0] += FLAG in gold_flags
        b[1] += FLAG in flags.get(key, ())
        b[2] += FLAG in gold_flags and FLAG in flags.get(key, ())
    for t in THRESHOLDS:
        gone = defaultdict(lambda: [0, 0])
        for name, true, p, _ in best_p.values():
            if p >= t:
                gone[name][0 if true else 1] += 1
        total = [sum(v[0] for v in gone.values()), sum(v[1] for v in gone.values())]
        print(f"threshold {t}: flags taken away, held out: true {total[0]}, false {total[1]}")
        if t == args.threshold:
            for name, (sup, flagged, tp) in base.items():
                g = gone[name]
                f1 = 2 * tp / (sup + flagged) if sup + flagged else 1.0
                f1b = 2 * (tp - g[0]) / (sup + flagged - g[0] - g[1]) if sup + flagged - sum(g) else 1.0
                print(
                    f"  {name:14s} support {sup:3d} flagged {flagged:3d} -> {flagged - sum(g):3d}  F1 {f1:.2f} -> {f1b:.2f}"
                )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
