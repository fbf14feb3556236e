"""Round 2 of the closed-question pairs (helper yesno14, session 15; ``corpus/yesno/README.md``,
"Round 2"): Belgian Chamber units the rule flags ``yes_no_unanswered`` outside every labelled
set, read whole and labelled settled / open, and a small model of "the answer settles the closed
question" fitted on them.

    # 1. the pool and the draw (the score CSV of ``qa-align score ../shared/data/be-kamer-2017``)
    python scripts/yesno_round2.py draw SCORE_CSV --exclude /tmp/s15/audit-exclude.txt -n 130 -o IDS
    # 2. the drawn units to read (question of the unit, its answer, the record's whole answer)
    python scripts/yesno_round2.py show IDS

The draw: every (doc_id, question_no) of the CSV whose ``flags`` hold ``yes_no_unanswered``, from a
document that no label file holds (``draw_unlabelled.labelled``, its ``cues-kept`` rule:
``../shared/labels/reference-*.jsonl``, ``corpus/gold``, ``corpus/holding``, ``corpus/yesno``,
``corpus/asks``; documents of which single sentences were read for the cue sets stay) nor the
``--exclude`` lists; sorted, then
``random.Random(SEED).sample`` of N documents, one unit of each (the first flagged unit of a
document drawn with the same generator), so that grouped cross-validation has one unit a group.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from draw_unlabelled import labelled  # noqa: E402

FLAG = "yes_no_unanswered"
DATA = Path("../shared/data/be-kamer-2017/questions.jsonl")


def flagged_units(score_csv: str) -> dict[str, list[str]]:
    csv.field_size_limit(10**9)
    out: dict[str, list[str]] = defaultdict(list)
    with open(score_csv, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if row["source"] == "be-kamer" and FLAG in row["flags"].split(";"):
                out[row["doc_id"]].append(row["question_no"])
    return out


def draw(score_csv: str, exclude: list[str], n: int, seed: int) -> list[tuple[str, str]]:
    seen = labelled("be-kamer", False)
    for name in exclude:
        seen |= {line.strip() for line in Path(name).read_text(encoding="utf-8").splitlines() if line.strip()}
    units = flagged_units(score_csv)
    pool = sorted((d for d in units if d not in seen), key=int)
    rng = random.Random(seed)
    docs = rng.sample(pool, min(n, len(pool)))
    print(f"pool: {len(pool)} documents, {sum(len(units[d]) for d in pool)} flagged units", file=sys.stderr)
    return [(d, rng.choice(sorted(units[d], key=lambda u: (len(u), u)))) for d in docs]


def show(ids: str, score_csv: str) -> None:
    csv.field_size_limit(10**9)
    wanted = [
        tuple(line.split()) for line in Path(ids).read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    rows = {}
    with open(score_csv, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            rows[(row["doc_id"], row["question_no"])] = row
    records = {}
    docs = {d for d, _ in wanted}
    with DATA.open(encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            if str(d["doc_id"]) in docs:
                records[str(d["doc_id"])] = d
    for doc, unit in wanted:
        rec, row = records[doc], rows[(doc, unit)]
        print(f"=== {doc} unit {unit}")
        print(f"Q-UNIT: {row['question']}")
        print(f"A-UNIT: {row['answer']}")
        whole = (rec.get("answer") or "").strip()
        if whole != row["answer"].strip():
            print(f"A-WHOLE: {whole[:3000]}")
        print()


# --- the model: readings of a flagged unit and a gate fitted on the round --------------------------

LABELS = Path("corpus/yesno/round2.jsonl")
AUX = frozenset(
    "zal zult zullen zou zouden kan kunt kunnen heeft hebt heb hebben is zijn was waren wordt worden "
    "werd werden moet moeten mag mogen wil wilt willen bent gaat gaan will would can could has have "
    "had does do did is are was were shall should may might".split()
)  # fmt: skip
OPENERS = frozenset(
    "wat welke welk hoe hoeveel wanneer waarom wie waar waarop waarin waaruit waarover what which how "
    "when why who where".split()
)  # fmt: skip
FUTURE = frozenset("zal zullen wordt worden werd werden will being been".split())


def _stem(word: str) -> str:
    """A word's first five letters after a participle's "ge" ("gepleegd" and "plegen" do not meet;
    "onderzocht" and "onderzoekt" do, "besproken" and "bespreken" too)."""
    w = word.lower()
    if w.startswith("ge") and len(w) > 6:
        w = w[2:]
    return w[:5]


def settles_features(ctx) -> dict[str, float]:
    """What the round's model reads of a unit where the rule raises the flag, beside
    ``train_yesno_gate.gate_features``: whether an answer sentence restates the closed question's
    verbs (its first word, when no auxiliary, and its last word: "Onderzoekt de NMBS ...?" -
    "... wordt ook onderzocht"), in the future or passive; how much of the closed question's words
    the best sentence takes up (stems); whether an open question precedes the closed one in the
    unit; how many answer sentences there are."""
    from qa_align import text as text_layer

    closed = ctx.question.closed[0].text if ctx.question.closed else ""
    words = [w for w in text_layer.words(closed) if w.isalpha()]
    verbs = [w for w in (words[:1] + words[-1:]) if w not in AUX and len(w) > 3]
    content = {_stem(w) for w in words[1:] if len(w) > 4 and w not in AUX}
    sentences = [s.text for a in ctx.answers for s in a.sentences]
    best = 0.0
    restated = restated_future = 0.0
    echoing = 0
    for text in sentences:
        said = text_layer.words(text)
        stems = {_stem(w) for w in said}
        if content:
            share = len(content & stems) / len(content)
            best = max(best, share)
            echoing += len(content & stems) >= 2
        if verbs and any(_stem(v) in stems for v in verbs):
            restated = 1.0
            if FUTURE & set(said):
                restated_future = 1.0
    sents = [s.text for s in ctx.question.sentences]
    first_closed = next((i for i, s in enumerate(sents) if s == closed), len(sents))
    after_open = any(
        (text_layer.words(s)[:1] or [""])[0] in OPENERS
        for s in sents[:first_closed]
        if s.rstrip().endswith("?")
    )
    return {
        "s_restated": restated,
        "s_restated_future": restated_future,
        "s_best_share": best,
        "s_echo_share": echoing / len(sentences) if sentences else 0.0,
        "s_after_open": float(after_open),
        "s_sentences": float(np.log1p(len(sentences))),
        "s_questions": float(len([s for s in sents if s.rstrip().endswith("?")])),
    }


def _features(ctx) -> dict[str, float]:
    import train_yesno_gate

    return train_yesno_gate.gate_features(ctx) | settles_features(ctx)


def _record(docs, settings):
    """Score ``docs`` once; per unit key its flags and, where the rule raises the flag, its readings."""
    import train_yesno_gate

    return train_yesno_gate.readings(docs, settings, _features)


def development_sets() -> dict[str, list[str]]:
    """The development sets of the README's "Measuring it" command (``scripts/eval_table.py``), never a
    test set."""
    readme = Path(__file__).resolve().parent.parent / "README.md"
    text = readme.read_text(encoding="utf-8")
    start = text.index("scripts/eval_table.py ../shared/data reference-dev=")
    command = text[start : text.index("```", start)].replace("\\\n", " ")
    out = {}
    for arg in command.split():
        if "=" in arg:
            name, paths = arg.split("=", 1)
            if not name.startswith("test") and name != "reference-test":
                out[name] = paths.split(",")
    return out


def readings(out: str) -> None:
    """Score the round's documents and every development set once; keep the flagged units' readings."""
    import pickle

    from choose_cue_thresholds import FAST, units_of
    from choose_generic import development_documents
    from train_yesno_gate import OTHER_FLAGS

    from qa_align.api import read
    from qa_align.settings import Settings

    settings = Settings().replace(**FAST)
    labels = [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines() if line.strip()]
    wanted = {str(r["doc_id"]) for r in labels}
    docs = [d for d in read(str(DATA.parent)) if str(d.doc_id) in wanted]
    flags, seen = _record(docs, settings)
    round_rows = []
    for r in labels:
        key = ("be-kamer", str(r["doc_id"]), str(r["unit"]))
        if key in seen:
            feats = seen[key] | {f"flag_{k}": float(k in flags[key]) for k in OTHER_FLAGS}
            round_rows.append((key, r["label"], r.get("doubtful", False), feats))
    print(f"round: {len(round_rows)} of {len(labels)} units flagged again", file=sys.stderr)
    sets = development_sets()
    gold, ddocs = development_documents(sets)
    current, dseen = _record(ddocs, settings)
    units = units_of(gold, ddocs, current)
    dev_rows = []
    for u in units:
        if FLAG in current.get(u.key, ()):
            feats = dseen[u.key] | {f"flag_{k}": float(k in current[u.key]) for k in OTHER_FLAGS}
            dev_rows.append((u.key, u.labelled_set, FLAG in u.flags, feats))
    support = {s: sum(FLAG in u.flags for u in units if u.labelled_set == s) for s in sets}
    with open(out, "wb") as fh:
        pickle.dump({"round": round_rows, "dev": dev_rows, "support": support}, fh)


CS = (0.01, 0.03, 0.1, 0.3, 1.0)
CUTS = tuple(round(float(c), 2) for c in np.arange(0.1, 0.701, 0.05))


def _model(x, y, c):
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    return make_pipeline(
        StandardScaler(), LogisticRegression(C=c, class_weight="balanced", max_iter=5000)
    ).fit(x, y)


def _oof(x, y, c, folds=5, seed=14):
    """Out-of-fold p(open) in stratified folds (one unit a document, so the folds are grouped)."""
    from sklearn.model_selection import StratifiedKFold

    prob = np.zeros(len(y))
    for tr, te in StratifiedKFold(folds, shuffle=True, random_state=seed).split(x, y):
        prob[te] = _model(x[tr], y[tr], c).predict_proba(x[te])[:, 1]
    return prob


def _round_f1(y, keep):
    """F1 of the flag over the round's units, its open units taken as every true one."""
    tp = int((y & keep).sum())
    return 2 * tp / (int(y.sum()) + int(keep.sum()))


def fit_round(path: str, features: str | None) -> None:
    """C by out-of-fold ROC AUC and the cut by the flag's F1 on the round's fit part; then the
    held-out part's precision and every development set's flag with the gate (flag kept where
    p(open) reaches the cut), the model fitted on the whole fit part."""
    import pickle

    from sklearn.metrics import roc_auc_score

    with open(path, "rb") as fh:
        data = pickle.load(fh)
    labels = {
        ("be-kamer", str(r["doc_id"]), str(r["unit"])): r
        for r in map(json.loads, LABELS.read_text(encoding="utf-8").splitlines())
    }
    rows = data["round"]
    names = sorted(rows[0][3])
    if features:
        wanted = features.split(",")
        names = [n for n in names if any(n == w or n.startswith(w) for w in wanted)]
    x = np.array([[r[3][n] for n in names] for r in rows])
    y = np.array([r[1] == "open" for r in rows])
    part = np.array([labels[r[0]]["part"] for r in rows])
    fit_, held = part == "fit", part == "held_out"
    print(
        f"round: {len(rows)} units ({int(fit_.sum())} fit, {int(held.sum())} held out), open {int(y.sum())}; {len(names)} features"
    )
    best = max(CS, key=lambda c: roc_auc_score(y[fit_], _oof(x[fit_], y[fit_], c)))
    prob = _oof(x[fit_], y[fit_], best)
    auc = roc_auc_score(y[fit_], prob)
    cut = max(CUTS, key=lambda t: (round(_round_f1(y[fit_], prob >= t), 9), -t))
    f0, f1 = _round_f1(y[fit_], np.ones(int(fit_.sum()), bool)), _round_f1(y[fit_], prob >= cut)
    print(f"fit part, out of fold: C {best}, ROC AUC {auc:.3f}; cut {cut}: flag F1 {f0:.3f} -> {f1:.3f}")
    for t in CUTS:
        keep = prob >= t
        print(
            f"  cut {t:.2f}: removes {int((~keep & y[fit_]).sum())} open / {int((~keep & ~y[fit_]).sum())} settled, F1 {_round_f1(y[fit_], keep):.3f}"
        )
    model = _model(x[fit_], y[fit_], best)
    ph = model.predict_proba(x[held])[:, 1]
    keep = ph >= cut
    yh = y[held]
    print(
        f"held out: ROC AUC {roc_auc_score(yh, ph):.3f}; precision {yh.mean():.3f} ({int(yh.sum())}/{len(yh)}) -> "
        f"{(yh & keep).sum() / max(1, keep.sum()):.3f} ({int((yh & keep).sum())}/{int(keep.sum())}); "
        f"F1 {_round_f1(yh, np.ones(len(yh), bool)):.3f} -> {_round_f1(yh, keep):.3f}"
    )
    coef = model[-1].coef_[0]
    top = sorted(zip(names, coef, strict=True), key=lambda t: -abs(t[1]))[:10]
    print("weighs most (standardised, + toward open): " + ", ".join(f"{n} {w:+.2f}" for n, w in top))
    dev, support = data["dev"], data["support"]
    xd = np.array([[r[3][n] for n in names] for r in dev])
    yd = np.array([r[2] for r in dev])
    sd = np.array([r[1] for r in dev])
    pd_ = model.predict_proba(xd)[:, 1]
    print(
        f"development sets: {len(dev)} flags, {int(yd.sum())} true; ROC AUC of p(open) {roc_auc_score(yd, pd_):.3f}"
    )
    for t in sorted({cut, *CUTS}):
        kd = pd_ >= t
        tot = [0, 0, 0, 0, 0, 0.0, 0.0]
        for s in dict.fromkeys(sd):
            m = sd == s
            sup = support[s]
            tp0, fp0 = int((yd & m).sum()), int((~yd & m).sum())
            tp1, fp1 = int((yd & m & kd).sum()), int((~yd & m & kd).sum())
            g0 = 2 * tp0 / (sup + tp0 + fp0) if sup + tp0 + fp0 else 1.0
            g1 = 2 * tp1 / (sup + tp1 + fp1) if sup + tp1 + fp1 else 1.0
            tot = [
                tot[0] + sup,
                tot[1] + tp0,
                tot[2] + fp0,
                tot[3] + tp1,
                tot[4] + fp1,
                tot[5] + g0,
                tot[6] + g1,
            ]
            if t == cut and (tp0, fp0) != (tp1, fp1):
                print(f"  {s:14s} {tp0}/{fp0} F1 {g0:.2f} -> {tp1}/{fp1} F1 {g1:.2f}")
        sup, tp0, fp0, tp1, fp1, g0, g1 = tot
        mark = " <- the cut chosen" if t == cut else ""
        print(
            f"cut {t:.2f}: true/false {tp0}/{fp0} -> {tp1}/{fp1}; pooled F1 {2 * tp0 / (sup + tp0 + fp0):.3f} -> "
            f"{2 * tp1 / (sup + tp1 + fp1):.3f}; F1 summed over sets {g0:.2f} -> {g1:.2f}{mark}"
        )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("draw")
    d.add_argument("score_csv")
    d.add_argument("--exclude", nargs="*", default=[])
    d.add_argument("-n", type=int, default=130)
    d.add_argument("--seed", type=int, default=1415)
    d.add_argument("-o", "--output", required=True)
    s = sub.add_parser("show")
    s.add_argument("ids")
    s.add_argument("score_csv")
    r = sub.add_parser("readings")
    r.add_argument("-o", "--output", required=True, help="a pickle of the flagged units' readings")
    f = sub.add_parser("fit")
    f.add_argument("readings")
    f.add_argument("--features", help="comma-separated feature names or prefixes (default all)")
    args = ap.parse_args(argv)
    if args.cmd == "draw":
        drawn = draw(args.score_csv, args.exclude, args.n, args.seed)
        Path(args.output).write_text("".join(f"{d} {u}\n" for d, u in drawn), encoding="utf-8")
        print(f"{len(drawn)} units written to {args.output}", file=sys.stderr)
    elif args.cmd == "show":
        show(args.ids, args.score_csv)
    elif args.cmd == "readings":
        readings(args.output)
    else:
        fit_round(args.readings, args.features)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
