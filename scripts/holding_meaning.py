"""Whether a `holding` deferral is about the thing asked, read by meaning: the similarity of the deferral
sentence to the unit's question (and to the question's asked head), measured as a gate on the rule's flags
and as a second way in for a sentence the sentence model rates below its cut (holding56).

``collect`` scores every development unit (``qa_align.labelsets.DEVELOPMENT_SETS``, reference-dev
included; no test set) with the ``holding`` rule alone, as the default settings score it, and keeps for
every answer sentence of the unit: its text, whether it holds a deferral cue (``[cues] holding``, lexicon
or learned), whether the rule kept that cue (the flag's evidence), and the probability of the sentence
model (``models/holding-sentences.md``: ``learned(model, sentence_reading(...))``, read for every
sentence, cue or none). Then the similarity of each sentence to the question and to the question's head
(``holding_link.question_head``: the first words after the asking word), by the default similarity
backend (``Settings.similarity_model``, ``tfidf+char``) fitted once on every question and sentence
collected (cosine of their vectors), is added to each row.

``measure`` reads the rows in two parts, the older sets and the last (``--last``: the first of the last
sets, by default ``dev-be101``: dev-be101, dev-be102, dev-uk104, dev-uk105), and gives:

- ``gate``: a flag dropped when the best similarity of its kept sentences to the question (or to its
  head) is below ``t``; ``t`` chosen by 5-fold cross-validation grouped by document on the older sets
  (the ``t`` of the largest right-minus-false gain on the training folds, applied to the held-out fold),
  and the ``t`` chosen on all older sets applied to the last;
- ``feature``: a logistic regression over the unit's rule decision, its kept sentences' best model
  probability and similarity (the link as a feature beside the model's own reading), held out by
  5 folds grouped by document on the older sets, and fitted on the older sets for the last;
- ``entry``: for an unflagged unit, a sentence with the model's probability at least ``lo`` (below its
  ``enter``) and a similarity to the question at least ``s`` flags it; right and false gained, on the
  grid and with the pair chosen on the older sets;
- the separation itself: the similarity of the kept sentences of right and of false flags (quartiles),
  and of the best no-cue sentence of misses and of unflagged unlabelled units.

    PYTHONPATH=$PWD:$PWD/scripts .venv/bin/python scripts/holding_meaning.py collect /tmp/s56/holding56/rows.jsonl
    PYTHONPATH=$PWD:$PWD/scripts .venv/bin/python scripts/holding_meaning.py measure /tmp/s56/holding56/rows.jsonl
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict

from holding_link import question_head

LAST = "dev-be101"  # the first of the last sets (session 55's held-out sets, development sets since)
GATES = tuple(round(0.02 * k, 2) for k in range(0, 26))
ENTRY_P = (0.2, 0.3, 0.4, 0.5)
ENTRY_S = (0.2, 0.3, 0.4, 0.5, 0.6)


def collect(args) -> None:
    from qa_align.embed import get_backend
    from qa_align.evaluate import load_gold
    from qa_align.labelsets import DEVELOPMENT_SETS
    from qa_align.pipeline import iter_scored
    from qa_align.readers import read_paths
    from qa_align.rules import answers as A
    from qa_align.settings import Settings
    from qa_align.types import Problem

    recorded: dict[tuple, list[dict]] = {}
    kept_at: dict[tuple, set[tuple[int, int]]] = defaultdict(set)
    plain_evidence, plain_rule = A._cue_evidence, A._rule_holding

    def evidence(ctx, kind, keep=None):  # the cues the rule keeps, by the segment and sentence start
        out = plain_evidence(ctx, kind, keep)
        if kind == "holding" and keep is not None:
            key = (ctx.doc.document.source, ctx.doc.document.doc_id, ctx.pair.question.n)
            for seg, c in out:
                a = next(a for s, a in zip(ctx.pair.segments, ctx.answers) if s is seg)
                s = A._sentence(a, c)
                kept_at[key].add((id(seg), s.start if s is not None else c.start))
        return out

    def rule(ctx):
        flags = list(plain_rule(ctx))
        key = (ctx.doc.document.source, ctx.doc.document.doc_id, ctx.pair.question.n)
        model = A._sentences_model(ctx.doc.settings.holding_sentences_model, ctx.doc.settings.cue_model)
        rows = []
        for seg, a in zip(ctx.pair.segments, ctx.answers):
            for s in a.sentences:
                if not s.text.strip():
                    continue
                cue = any(s.start <= c.start < s.end for c in a.cue("holding"))
                p = A.learned(model, A.sentence_reading(ctx, seg, a, s))[0] if model is not None else 0.0
                rows.append({
                    "text": s.text, "cue": cue, "kept": (id(seg), s.start) in kept_at.get(key, ()),
                    "p": round(p, 4),
                })  # fmt: skip
        recorded[key] = rows
        yield from flags

    A._cue_evidence, A._rule_holding = evidence, rule
    settings = Settings(jobs=1)  # the readings are recorded in this process
    out = []
    try:
        gold = {name: [g for f in files for g in load_gold(f)] for name, files in DEVELOPMENT_SETS.items()}
        notes = _notes(DEVELOPMENT_SETS)
        wanted = {(g.source, g.doc_id) for gs in gold.values() for g in gs}
        docs = [
            d for d in read_paths([args.data], None, None, 1, only={d for _, d in wanted})
            if not isinstance(d, Problem) and (d.source, d.doc_id) in wanted
        ]  # fmt: skip
        by: dict = defaultdict(dict)
        for sp in iter_scored(docs, settings, rules=["holding"]):
            if not isinstance(sp, Problem):
                by[(sp.document.source, sp.document.doc_id)][sp.pair.question.n] = sp
        for name, gs in gold.items():
            for g in gs:
                units = by.get((g.source, g.doc_id), {})
                labelled = {u.n: "holding" in u.flags for u in g.units}
                for n in sorted(set(labelled) | set(units), key=str):
                    sp = units.get(n)
                    key = (g.source, g.doc_id, n)
                    out.append({
                        "set": name, "source": g.source, "doc_id": g.doc_id, "n": n,
                        "lang": "nl" if g.source == "be-kamer" else "en", "gold": labelled.get(n, False),
                        "tool": sp is not None and any(f.name == "holding" for f in sp.flags),
                        "question": sp.pair.question.text if sp else "", "note": notes.get(key, ""),
                        "sentences": recorded.get(key, []),
                    })  # fmt: skip
    finally:
        A._cue_evidence, A._rule_holding = plain_evidence, plain_rule
    _add_similarity(out, get_backend(settings.similarity_model))
    with open(args.out, "w", encoding="utf-8") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def _notes(sets: dict) -> dict[tuple, str]:
    """The readers' note of every labelled unit, by (source, doc_id, unit)."""
    out = {}
    for files in sets.values():
        for f in files:
            for line in open(f, encoding="utf-8"):
                d = json.loads(line)
                for u in d.get("units", []):
                    out[(d.get("source"), str(d.get("doc_id")), str(u.get("n")))] = u.get("note", "") or ""
    return out


def _add_similarity(rows: list[dict], backend) -> None:
    """``sim``: the cosine of each sentence's vector and its question's; ``sim_head``: and its question's
    head's (``question_head``, four words), by ``backend`` fitted on every question and sentence."""
    import numpy as np
    from scipy import sparse
    from sklearn.preprocessing import normalize

    heads = [" ".join(question_head(r["question"], r["lang"], 4)) for r in rows]
    texts = [r["question"] for r in rows] + heads + [s["text"] for r in rows for s in r["sentences"]]
    backend.fit(texts)
    X = backend.embed(texts)
    X = sparse.csr_matrix(X) if sparse.issparse(X) else np.asarray(X)
    X = normalize(X)  # rows of unit length (sparse kept sparse): a dot product is the cosine
    owner = np.array([i for i, r in enumerate(rows) for _ in r["sentences"]], dtype=int)
    S = X[2 * len(rows) :]

    def cosines(Y):
        prod = S.multiply(Y[owner]) if sparse.issparse(S) else S * Y[owner]
        return np.asarray(prod.sum(axis=1)).ravel()

    sims, heads_sim = cosines(X[: len(rows)]), cosines(X[len(rows) : 2 * len(rows)])
    k = 0
    for r in rows:
        for s in r["sentences"]:
            s["sim"], s["sim_head"] = round(float(sims[k]), 4), round(float(heads_sim[k]), 4)
            k += 1


def _part(rows: list[dict], last: str) -> None:
    from qa_align.labelsets import DEVELOPMENT_SETS

    cut = list(DEVELOPMENT_SETS).index(last)
    order = {name: i for i, name in enumerate(DEVELOPMENT_SETS)}
    for r in rows:
        r["part"] = "older" if order[r["set"]] < cut else "last"


def _best(unit: dict, key: str, which: str = "kept") -> float:
    return max((s[key] for s in unit["sentences"] if s[which]), default=0.0)


def _folds(units: list[dict], k: int = 5) -> list[int]:
    """A fold for every unit, by its document (the same document always in one fold)."""
    import hashlib

    return [int(hashlib.md5(f"{u['source']}:{u['doc_id']}".encode()).hexdigest(), 16) % k for u in units]


def _gain_gate(units: list[dict], key: str, t: float) -> tuple[int, int]:
    gone = [u for u in units if u["tool"] and any(s["kept"] for s in u["sentences"]) and _best(u, key) < t]
    right = sum(u["gold"] for u in gone)
    return right, len(gone) - right


def _choose_gate(units: list[dict], key: str) -> float:
    return max(GATES, key=lambda t: (lambda r, f: (f - r, -t))(*_gain_gate(units, key, t)))


def _quartiles(values: list[float]) -> str:
    if not values:
        return "-"
    v = sorted(values)
    at = lambda q: v[min(len(v) - 1, int(q * len(v)))]  # noqa: E731
    return f"n {len(v)} q1 {at(0.25):.2f} median {at(0.5):.2f} q3 {at(0.75):.2f}"


def measure(args) -> None:
    rows = [json.loads(line) for line in open(args.rows, encoding="utf-8")]
    _part(rows, args.last)
    parts = {p: [u for u in rows if u["part"] == p] for p in ("older", "last")}
    print(f"the rule alone, labelled / flagged / right / false (last sets: from {args.last} on):")
    for p, us in parts.items():
        fl = [u for u in us if u["tool"]]
        right = sum(u["gold"] for u in fl)
        print(f"  {p}: {sum(u['gold'] for u in us)} / {len(fl)} / {right} / {len(fl) - right}")
    print(
        "separation: best similarity of the kept sentences to the question (sim) and to its head (sim_head)"
    )
    for p, us in parts.items():
        for key in ("sim", "sim_head", "p"):
            for lang in ("nl", "en"):
                right = [_best(u, key) for u in us if u["tool"] and u["gold"] and u["lang"] == lang]
                false = [_best(u, key) for u in us if u["tool"] and not u["gold"] and u["lang"] == lang]
                print(f"  {p} {lang} {key:8s} right {_quartiles(right)} | false {_quartiles(false)}")
    print("gate: a flag dropped where its kept sentences' best similarity is below t (right, false dropped)")
    for key in ("sim", "sim_head"):
        older = parts["older"]
        folds = _folds(older)
        r_cv = f_cv = 0
        chosen = []
        for k in range(5):
            train = [u for u, f in zip(older, folds) if f != k]
            test = [u for u, f in zip(older, folds) if f == k]
            t = _choose_gate(train, key)
            chosen.append(t)
            r, f = _gain_gate(test, key, t)
            r_cv, f_cv = r_cv + r, f_cv + f
        t = _choose_gate(older, key)
        r_l, f_l = _gain_gate(parts["last"], key, t)
        print(
            f"  {key}: older, 5 folds grouped by document (t {chosen}): -{r_cv}R -{f_cv}F {f_cv - r_cv:+d}; "
            f"t {t} chosen on all older, last: -{r_l}R -{f_l}F {f_l - r_l:+d}"
        )
        for t in (0.05, 0.1, 0.15, 0.2, 0.25):
            cells = " | ".join(
                f"{p} -{r}R -{f}F {f - r:+d}" for p, us in parts.items() for r, f in [_gain_gate(us, key, t)]
            )
            print(f"    t {t}: {cells}")
    _feature(parts)
    _entry(parts)


def _unit_features(u: dict) -> list[float]:
    kept = [s for s in u["sentences"] if s["kept"]]
    return [
        float(u["tool"]),
        max((s["p"] for s in kept), default=0.0),
        max((s["sim"] for s in kept), default=0.0),
        max((s["sim_head"] for s in kept), default=0.0),
        float(u["lang"] == "en"),
    ]


def _feature(parts: dict[str, list[dict]]) -> None:
    """The link as a feature beside the rule's decision and the model's reading of the kept sentences:
    the flag stays where the regression's probability reaches 0.5 (a unit the rule does not flag is
    never flagged here: the regression may only take flags away)."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    print(
        "feature: logistic regression over (flag, best p, best sim, best sim_head, english) of flagged units"
    )
    for cols, name in (([1, 4], "p alone"), ([1, 2, 3, 4], "p + similarity")):
        older = [u for u in parts["older"] if u["tool"]]
        X = np.array([[_unit_features(u)[c] for c in cols] for u in older])
        y = np.array([u["gold"] for u in older])
        folds = np.array(_folds(older))
        drop_r = drop_f = 0
        for k in range(5):
            m = LogisticRegression(C=1.0, class_weight=None).fit(X[folds != k], y[folds != k])
            keep = m.predict_proba(X[folds == k])[:, 1] >= 0.5
            drop_r += int(((~keep) & y[folds == k]).sum())
            drop_f += int(((~keep) & ~y[folds == k]).sum())
        m = LogisticRegression(C=1.0).fit(X, y)
        last = [u for u in parts["last"] if u["tool"]]
        Xl = np.array([[_unit_features(u)[c] for c in cols] for u in last])
        yl = np.array([u["gold"] for u in last])
        keep = m.predict_proba(Xl)[:, 1] >= 0.5 if len(last) else np.array([], bool)
        lr, lf = int(((~keep) & yl).sum()), int(((~keep) & ~yl).sum())
        print(
            f"  {name}: older held out -{drop_r}R -{drop_f}F {drop_f - drop_r:+d}; last -{lr}R -{lf}F {lf - lr:+d}"
            f" (coef {np.round(m.coef_[0], 2).tolist()})"
        )


def _entry_gain(units: list[dict], lo: float, s_min: float, key: str = "sim") -> tuple[int, int]:
    new = [
        u for u in units
        if not u["tool"] and any(s["p"] >= lo and s[key] >= s_min for s in u["sentences"])
    ]  # fmt: skip
    right = sum(u["gold"] for u in new)
    return right, len(new) - right


def _entry(parts: dict[str, list[dict]]) -> None:
    print("misses: the best sentence of a missed unit, by the model's p, and its similarity")
    for p, us in parts.items():
        for lang in ("nl", "en"):
            miss = [u for u in us if u["gold"] and not u["tool"] and u["lang"] == lang]
            none = [u for u in us if not u["gold"] and not u["tool"] and u["lang"] == lang]
            nocue = sum(1 for u in miss if not any(s["cue"] for s in u["sentences"]))
            print(
                f"  {p} {lang}: misses {len(miss)} (no cue in any sentence {nocue}); best p: misses "
                f"{_quartiles([_best(u, 'p', 'text') for u in miss])} | unflagged unlabelled "
                f"{_quartiles([_best(u, 'p', 'text') for u in none])}"
            )
            sim_at = lambda u: max((s["sim"] for s in u["sentences"] if s["p"] >= 0.2), default=0.0)  # noqa: E731
            print(
                f"      sim of sentences with p >= 0.2: misses {_quartiles([sim_at(u) for u in miss])} | "
                f"unflagged unlabelled {_quartiles([sim_at(u) for u in none])}"
            )
    print("entry: an unflagged unit flagged where a sentence has p >= lo and sim >= s (right, false gained)")
    older = parts["older"]
    best = max(
        ((lo, s) for lo in ENTRY_P for s in ENTRY_S),
        key=lambda ls: (lambda r, f: r - f)(*_entry_gain(older, *ls)),
    )
    for lo in ENTRY_P:
        for s in ENTRY_S:
            cells = " | ".join(
                f"{p} +{r}R +{f}F {r - f:+d}" for p, us in parts.items() for r, f in [_entry_gain(us, lo, s)]
            )
            print(f"  p {lo} sim {s}: {cells}")
    r, f = _entry_gain(older, *best)
    if r - f <= 0:
        print(
            f"  chosen on the older sets: none (the best pair, p {best[0]} sim {best[1]}, gains {r - f:+d})"
        )
        return
    r, f = _entry_gain(parts["last"], *best)
    print(f"  chosen on the older sets: p {best[0]} sim {best[1]}; last +{r}R +{f}F {r - f:+d}")


def sentences(args) -> None:
    """The link as a feature of the sentence model itself: the labelled sentences of
    ``corpus/holding/`` (``train_holding_sentences.labelled_readings``, both rounds) read with
    ``answers.sentence_reading``, each with its similarity to the question it is read beside (and to
    that question's head), the backend fitted on those questions and sentences; held-out figures
    (``train_holding_sentences.sentence_cv``: 5 folds grouped by document, C by inner
    cross-validation) with the model's 32 readings, and with the two similarities added."""
    import numpy as np
    import train_holding_sentences as T

    from qa_align.embed import get_backend
    from qa_align.rules import answers
    from qa_align.settings import Settings

    plain = answers.sentence_reading

    def reading(ctx, segment, analysis, sentence):
        out = plain(ctx, segment, analysis, sentence)
        return {**out, "_q": ctx.pair.question.text, "_s": sentence.text, "_l": ctx.doc.language}

    answers.sentence_reading = reading
    try:
        rows = T.labelled_readings(T.LABELS)
    finally:
        answers.sentence_reading = plain
    units = [
        {"question": r["x"]["_q"], "lang": r["x"]["_l"], "sentences": [{"text": r["x"]["_s"]}]} for r in rows
    ]
    _add_similarity(units, get_backend(Settings().similarity_model))
    for r, u in zip(rows, units):
        r["x"]["sim"], r["x"]["sim_head"] = u["sentences"][0]["sim"], u["sentences"][0]["sim_head"]
    y = np.array([r["holding"] == "asked" for r in rows])
    for label, key in (("sim", "sim"), ("sim_head", "sim_head")):
        v = np.array([r["x"][key] for r in rows])
        print(f"{label}: asked {_quartiles(list(v[y]))} | beside or none {_quartiles(list(v[~y]))}")
    base = list(T.NAMES)
    for name, names in (("the 32 readings", base), ("with sim and sim_head", [*base, "sim", "sim_head"])):
        print(f"== {name}")
        T.NAMES = names
        T.sentence_cv(rows)
    T.NAMES = base


def show(args) -> None:
    """The units of one kind (``miss``, ``false``) with their note, question, and best sentences."""
    import random

    rows = [json.loads(line) for line in open(args.rows, encoding="utf-8")]
    _part(rows, args.last)
    pick = [
        u for u in rows
        if u["part"] == args.part
        and ((args.kind == "miss" and u["gold"] and not u["tool"]) or (args.kind == "false" and u["tool"] and not u["gold"]))
    ]  # fmt: skip
    if args.n and len(pick) > args.n:
        pick = random.Random(56).sample(pick, args.n)
    for u in pick:
        print(f"== {u['set']} {u['source']} {u['doc_id']} #{u['n']} | note: {u['note'][:400]}")
        print(f"   Q: {u['question'][:400]}")
        sents = sorted(u["sentences"], key=lambda s: -(s["kept"] * 10 + s["cue"] * 5 + s["p"]))
        for s in sents[:4]:
            tag = "K" if s["kept"] else ("c" if s["cue"] else "-")
            print(f"   {tag} p {s['p']:.2f} sim {s['sim']:.2f}/{s['sim_head']:.2f}: {s['text'][:260]}")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("collect")
    c.add_argument("out")
    c.add_argument("--data", default="../shared/data")
    for name in ("measure", "show"):
        m = sub.add_parser(name)
        m.add_argument("rows")
        m.add_argument("--last", default=LAST)
    sub.add_parser("sentences")
    s = sub.choices["show"]
    s.add_argument("--part", default="last")
    s.add_argument("--kind", default="miss")
    s.add_argument("-n", type=int, default=0)
    args = ap.parse_args(argv)
    {"collect": collect, "measure": measure, "show": show, "sentences": sentences}[args.cmd](args)


if __name__ == "__main__":
    main()
