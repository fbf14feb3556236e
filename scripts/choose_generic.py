"""Choose where ``generic`` reads policy talk in place of the specifics asked
(``Settings.generic_policy_share``, ``Settings.generic_uptake`` and ``Settings.generic_min_talk``, ``qa_align.rules.answers``)
by cross-validation grouped by document on every development set.

Each development unit is scored once with the shipped settings; for each unit the rule's
reading is kept (``answers.specifics``: the share of the answer's sentences that are policy talk,
the share of the question's rarity-weighed content words it takes up; no talk counted for a closed
question whose yes or no the answer gives) with the rule's other ways
to flag (the lexicon's general wording, an ask never spoken of, policy talk around a closed
question left open). Then, for every triple of values of the grid, the flag each unit would get;
in folds grouped by document the triple of best F1 on the training folds decides the held-out
fold's units (ties: the more talk sentences, the higher share, then the lower uptake); the held-out decisions, pooled,
give the cross-validated F1 per labelled set beside the current values'. The triple proposed is the
one of best F1 on all the development units. No test set is read::

    .venv/bin/python scripts/choose_generic.py [--folds 5 | --by-set]
"""

from __future__ import annotations

import argparse
import dataclasses
import json

import numpy as np
from choose_cue_thresholds import FAST, f1, prf, scored_flags, units_of
from experiment_learned_flags import gold_docs, read_documents

from qa_align.rules import RULES, answers, registry
from qa_align.settings import Settings

# every development set, as the README's tables name them (no test set)
SETS = {
    "reference-dev": ["../shared/labels/reference-dev.jsonl"],
    "gold": [f"corpus/gold/{n}.jsonl" for n in ("dev", "dev-en", "dev-nl", "dev-tk")],
    "dev-be": ["corpus/gold/dev-be.jsonl"],
    "dev-be2": ["corpus/gold/dev-be2.jsonl"],
    "dev-uk": ["corpus/gold/dev-uk.jsonl"],
    "dev-be34": ["corpus/gold/dev-be3.jsonl", "corpus/gold/dev-be4.jsonl"],
    "dev-uk23": ["corpus/gold/dev-uk2.jsonl", "corpus/gold/dev-uk3.jsonl"],
    "dev-be56": ["corpus/gold/dev-be5.jsonl", "corpus/gold/dev-be6.jsonl"],
    "dev-uk456": [f"corpus/gold/dev-uk{n}.jsonl" for n in (4, 5, 6)],
}
SHARES = [round(x, 2) for x in np.arange(0.2, 1.001, 0.05)]
UPTAKES = [round(x, 2) for x in np.arange(0.0, 1.001, 0.05)]
TALKS = [1, 2, 3]


def readings(docs, settings: Settings) -> tuple[dict, dict, dict]:
    """Score ``docs``; per unit key the rule's reading: (share, uptake, talk sentences, another
    way of the rule flags it) and the readings beside it (``_extra``, for the dump)."""
    registry()
    rule = RULES["generic"]
    seen: dict = {}
    extra: dict = {}

    def recording(ctx):
        found = answers.specifics(ctx)
        other = bool(
            answers._general_words(ctx) or list(answers._ask_ignored(ctx)) or answers._policy_around_open(ctx)
        )
        key = (ctx.doc.document.source, ctx.doc.document.doc_id, ctx.pair.question.n)
        answered = answers._closed_answered(ctx)
        seen[key] = (found.share, found.uptake, 0 if answered else found.talk, other)
        extra[key] = _extra(ctx, found)
        return rule.func(ctx)

    RULES["generic"] = dataclasses.replace(rule, func=recording)
    try:
        flags = scored_flags(docs, settings)
    finally:
        RULES["generic"] = rule
    return flags, seen, extra


def _extra(ctx, found) -> dict:
    """Readings beside the rule's, for the dump only (to study other measures)."""
    sentences = [s for a in ctx.answers for s in a.sentences]
    asked = answers.said_words(ctx.pair.question.text, ctx)
    said = set().union(*(answers.said_words(s.text, ctx) for s in sentences)) if sentences else set()
    weight = answers._question_idf(ctx.doc.language, ctx.doc.settings.stem_letters)
    rarest = weight.get("", 1.0)
    ranked = sorted(asked, key=lambda w: -weight.get(w[:5], rarest))
    out = {"n": len(sentences), "lang": ctx.doc.language, "closed": bool(ctx.question.closed)}
    for k in (1, 3, 5):
        top = set(ranked[:k])
        out[f"top{k}"] = len(answers.matched(said, top, ctx)) / len(top) if top else 1.0
    top3 = set(ranked[:3])
    per = [answers._taken_up(answers.said_words(s.text, ctx), top3, ctx) for s in sentences]
    out["spec_share"] = sum(bool(p) for p in per) / max(1, len(sentences))
    talk_at = {c.start for _, c in answers._policy_talk(ctx)}
    plain = [s for s in sentences if not any(s.start <= t < s.end for t in talk_at)]
    said_plain = set().union(*(answers.said_words(s.text, ctx) for s in plain)) if plain else set()
    tot = sum(weight.get(w[:5], rarest) for w in asked) or 1.0
    out["uptake_plain"] = (
        sum(weight.get(w[:5], rarest) for w in answers._taken_up(said_plain, asked, ctx)) / tot
    )
    out["figsent"] = sum(len(a.figure_sentences) for a in ctx.answers) / max(1, len(sentences))
    out["tables"] = any(a.tables for a in ctx.answers)
    out["others"] = [
        k
        for k in ("deflection", "cross_reference", "no_information", "holding")
        if any(a.cue(k) for a in ctx.answers)
    ]
    out["open"] = answers.left_open(ctx) is not None
    out["asks_figures"] = bool(ctx.question.asks_figures)
    out["gen_learned"] = len([c for a in ctx.answers for c in a.cue("generic") if c.learned])
    out["policy_lex"] = len([c for a in ctx.answers for c in a.cue("policy_talk")])
    out["words"] = sum(len(s.text.split()) for s in sentences)
    return out


def development_documents(sets: dict[str, list[str]] = SETS) -> tuple[list, list]:
    """Every development set's labelled documents as (set name, labels), a document labelled in two
    sets taken from the first, and the documents read."""
    seen_docs: set = set()
    gold = []
    for name, paths in sets.items():
        for g in gold_docs(paths, exclude=frozenset(seen_docs)):
            seen_docs.add((g.source, g.doc_id))
            gold.append((name, g))
    return gold, read_documents([g for _, g in gold])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--folds", type=int, default=5, help="folds, grouped by document (default 5)")
    ap.add_argument("--by-set", action="store_true", help="one fold per labelled set instead")
    ap.add_argument("--dump", help="write each unit's reading and flags to this JSON Lines file")
    args = ap.parse_args(argv)
    from sklearn.model_selection import GroupKFold

    gold, docs = development_documents()
    base = Settings().replace(**FAST)
    current, seen, extra = readings(docs, base)
    units = units_of(gold, docs, current)
    print(f"development: {len(docs)} documents, {len(units)} units")
    y = np.array(["generic" in u.flags for u in units])
    before = np.array(["generic" in current.get(u.key, ()) for u in units])
    none = (0.0, 1.0, 0, False)
    share, uptake, talk, other = (np.array(v) for v in zip(*(seen.get(u.key, none) for u in units)))
    preds = {
        (a, b, m): other | ((talk >= m) & (share >= a - 1e-9) & (uptake <= b + 1e-9))
        for a in SHARES
        for b in UPTAKES
        for m in TALKS
    }
    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as out:
            for k, u in enumerate(units):
                row = {"key": u.key, "set": u.labelled_set, "gold": sorted(u.flags)}
                row |= {
                    "tool": sorted(current.get(u.key, ())),
                    "share": float(share[k]),
                    "uptake": float(uptake[k]),
                }
                row |= {"talk": int(talk[k]), "other": bool(other[k]), **extra.get(u.key, {})}
                out.write(json.dumps(row) + "\n")
    groups = np.array(["/".join(u.key[:2]) for u in units])
    sets = np.array([u.labelled_set for u in units])
    if args.by_set:
        folds = [(np.flatnonzero(sets != s), np.flatnonzero(sets == s)) for s in dict.fromkeys(sets)]
    else:
        folds = list(GroupKFold(n_splits=args.folds).split(units, groups=groups))

    def best(rows: np.ndarray) -> tuple[float, float, int]:
        return max(preds, key=lambda k: (round(f1(y[rows], preds[k][rows]), 9), k[2], k[0], -k[1]))

    cv = np.zeros(len(units), bool)
    chosen = []
    for train, test in folds:
        rows = np.zeros(len(units), bool)
        rows[train] = True
        k = best(rows)
        chosen.append(k)
        cv[test] = preds[k][test]
    proposed = best(np.ones(len(units), bool))
    print(
        "chosen in the folds (share, uptake, talk): "
        + "; ".join(f"{a:.2f} {b:.2f} {m}" for a, b, m in chosen)
    )
    print(
        f"proposed on all units: generic_policy_share {proposed[0]:.2f}, generic_uptake {proposed[1]:.2f}, "
        f"generic_min_talk {proposed[2]}"
    )
    print(f"{'':14s} {'current':36s} {'cross-validated':36s} proposed (in-sample)")
    for name, rows in [*((s, sets == s) for s in SETS), ("all", np.ones(len(units), bool))]:
        print(
            f"{name:14s} {prf(y[rows], before[rows]):36s} {prf(y[rows], cv[rows]):36s} "
            f"{prf(y[rows], preds[proposed][rows])}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
