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
one of best F1 on all the development units.

``--learn`` compares instead a logistic regression over the features of ``learned_features`` (the
rule's decision and readings, the cue classifier's probability of general terms per sentence, the
share of sentences that name something or hold a figure, the question's kind, the answer's length
and other cues) with the rule, in the outer folds of ``choose_yes_no.compare`` (C and threshold of
best F1 chosen inside each training part). On 2026-12-01 it did not beat the rule held out (README,
``generic``), so no model is shipped. No test set is read::

    .venv/bin/python scripts/choose_generic.py [--folds 5 | --by-set] [--learn [--held-out SETS] | --causes]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
from collections import Counter

import numpy as np
from choose_cue_thresholds import FAST, f1, prf, scored_flags, units_of
from experiment_learned_flags import gold_docs, read_documents

from qa_align import labelsets
from qa_align.rules import RULES, answers, registry
from qa_align.settings import Settings

# the first fourteen development sets, by ``qa_align.labelsets``' names (no test set): the scripts that
# import ``SETS`` chose their settings on these
SETS = {
    name: list(labelsets.DEVELOPMENT_SETS[name])
    for name in (
        "reference-dev",
        "gold",
        "dev-be",
        "dev-be2",
        "dev-uk",
        "dev-be3+dev-be4",
        "dev-uk2+dev-uk3",
        "dev-be5+dev-be6",
        "dev-uk4+dev-uk5+dev-uk6",
        "dev-be7",
        "dev-uk7",
        "dev-be8",
        "dev-be9",
        "dev-uk8-10",
    )
}
# every development set: the sets above and those labelled since, in the order labelled
DEVELOPMENT_SETS = {
    **SETS,
    "dev-be10": ["corpus/gold/dev-be10.jsonl"],
    "dev-uk11": ["corpus/gold/dev-uk11.jsonl"],
    "dev-uk12": ["corpus/gold/dev-uk12.jsonl"],
    "dev-uk13": ["corpus/gold/dev-uk13.jsonl"],
}
# what ``main`` reads: every development set of ``qa_align.labelsets`` (reference-dev and the sets
# labelled since the lists above were written; the lists above stay for the scripts that import them)
ALL_SETS = {name: list(paths) for name, paths in labelsets.DEVELOPMENT_SETS.items()}
SHARES = [round(x, 2) for x in np.arange(0.2, 1.001, 0.05)]
UPTAKES = [round(x, 2) for x in np.arange(0.0, 1.001, 0.05)]
TALKS = [1, 2, 3]


# what ``--learn`` reads of a unit beside the rule's decision; each 0/1, a share, a probability
# or a log count
FEATURES = (
    "rule", "general_words", "ask_ignored", "speaks_around", "around_open", "talk_share", "talk",
    "uptake", "top_uptake", "asked_share", "plain_uptake", "read_general", "read_general_any",
    "read_other", "name_share", "specific_share", "p_general_mean", "p_general_max", "p_general_share",
    "figure_share", "tables", "closed", "asks_figures", "left_open", "closed_answered", "words",
    "sentences", "english", "deflection", "cross_reference", "no_information", "holding",
)  # fmt: skip


def learned_features(ctx) -> dict[str, float]:
    """The unit's ``FEATURES``, as the unit model reads them (``generic_units.generic_features``):
    the rule's decision, its four ways to flag and its readings (``answers.specifics``: share of
    policy talk, uptake of the question's rarity-weighed words); the uptake of the question's
    rarest words, the share of sentences that name one of them and the uptake of the sentences that
    are not policy talk; the share of sentences the cue classifier reads as general and as another
    cue, and its probability of general terms (mean, most, share at 0.5 or more); the share of
    sentences that name something, that name something or hold a figure, that hold a figure; a
    table; the question's kind, whether its yes or no is left open or given; the answer's length,
    its language and the other flags' cues it holds."""
    from qa_align.generic_units import generic_features

    return {k: v for k, v in generic_features(ctx).items() if k in FEATURES}


def readings(docs, settings: Settings) -> tuple[dict, dict, dict, dict]:
    """Score ``docs``; per unit key the rule's reading: (share, uptake, talk sentences, another
    way of the rule flags it), the readings beside it (``_extra``, for the dump) and, for a unit
    some segment serves, ``--learn``'s features (``learned_features``)."""
    seen: dict = {}
    extra: dict = {}
    learned: dict = {}

    def record(ctx):
        if ctx.pair.segments:
            key = (ctx.doc.document.source, ctx.doc.document.doc_id, ctx.pair.question.n)
            learned[key] = learned_features(ctx)
        found = answers.specifics(ctx)
        other = bool(
            answers._general_words(ctx) or list(answers._ask_ignored(ctx)) or answers._policy_around_open(ctx)
        )
        key = (ctx.doc.document.source, ctx.doc.document.doc_id, ctx.pair.question.n)
        answered = answers._closed_answered(ctx)
        seen[key] = (found.share, found.uptake, 0 if answered else found.talk, other)
        extra[key] = _extra(ctx, found) | {"talk_all": found.talk, "closed_answered": answered}

    return scored_recording(docs, settings, record), seen, extra, learned


def scored_recording(docs, settings: Settings, record) -> dict:
    """``scored_flags`` of ``docs``, ``record(ctx)`` called on every unit as ``generic`` reads it."""
    registry()
    rule = RULES["generic"]

    def recording(ctx):
        record(ctx)
        return rule.func(ctx)

    RULES["generic"] = dataclasses.replace(rule, func=recording)
    try:
        return scored_flags(docs, settings)
    finally:
        RULES["generic"] = rule


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
    per = [answers.matched(answers.said_words(s.text, ctx), top3, ctx) for s in sentences]
    out["spec_share"] = sum(bool(p) for p in per) / max(1, len(sentences))
    talk_at = {c.start for _, c in answers._policy_talk(ctx)}
    plain = [s for s in sentences if not any(s.start <= t < s.end for t in talk_at)]
    said_plain = set().union(*(answers.said_words(s.text, ctx) for s in plain)) if plain else set()
    tot = sum(weight.get(w[:5], rarest) for w in asked) or 1.0
    out["uptake_plain"] = (
        sum(weight.get(w[:5], rarest) for w in answers.matched(said_plain, asked, ctx)) / tot
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
    from choose_yes_no import add_outer_folds

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_outer_folds(ap)
    ap.add_argument("--dump", help="write each unit's reading and flags to this JSON Lines file")
    ap.add_argument(
        "--learn",
        action="store_true",
        help="cross-validate a logistic regression over FEATURES against the rule instead",
    )
    ap.add_argument("--features", help="with --learn: comma-separated subset of FEATURES")
    ap.add_argument(
        "--causes",
        action="store_true",
        help="count the rule's missed and false flags by cause (CAUSES) per language instead",
    )
    args = ap.parse_args(argv)
    from sklearn.model_selection import GroupKFold

    gold, docs = development_documents(ALL_SETS)
    base = Settings().replace(**FAST)
    current, seen, extra, learned = readings(docs, base)
    units = units_of(gold, docs, current)
    print(f"development: {len(docs)} documents, {len(units)} units")
    y = np.array(["generic" in u.flags for u in units])
    before = np.array(["generic" in current.get(u.key, ()) for u in units])
    if args.learn:
        _learn(args, units, learned, y, before)
        return 0
    if args.causes:
        labels = {(g.source, g.doc_id, u.n): u.label for _, g in gold for u in g.units}
        table = causes(units, current, extra, labels, base)
        for (kind, cause, language), count in sorted(table.items(), key=lambda kv: (kv[0][0], -kv[1], kv[0])):
            print(f"{kind:6s} {count:4d}  {language}  {cause}")
        return 0
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
                row["learned"] = learned.get(u.key)
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
    for name, rows in [*((s, sets == s) for s in ALL_SETS), ("all", np.ones(len(units), bool))]:
        print(
            f"{name:14s} {prf(y[rows], before[rows]):36s} {prf(y[rows], cv[rows]):36s} "
            f"{prf(y[rows], preds[proposed][rows])}"
        )
    return 0


# the labelled flags beside ``generic`` that say the answer points, hands over or defers
POINTING = ("cross_reference", "deflection", "holding")


def causes(units, current: dict, extra: dict, labels: dict, settings: Settings) -> Counter:
    """The rule's mismatches counted by (kind, cause, language): a missed unit ("missed") by why
    the policy-talk reading left it out (no answer sentence; no policy-talk sentence at all; a closed
    question answered by a plain yes or no, a commitment or a decline; too little talk, below
    ``generic_min_talk`` or ``generic_policy_share``; the answer takes up more of the question's
    words than ``generic_uptake``), marked where the readers also flag a pointer, hand-over or
    deferral (``POINTING``); a false flag ("false") by the unit's label and how much policy talk
    the answer holds (none: the rule's other ways flagged it)."""
    out: Counter = Counter()
    for u in units:
        flagged = "generic" in current.get(u.key, ())
        if ("generic" in u.flags) == flagged:
            continue
        e = extra.get(u.key, {})
        if flagged:
            talk = e.get("talk_all", 0)
            how = (
                "no policy talk"
                if not talk
                else "1 sentence of policy talk"
                if talk == 1
                else "2+ sentences of policy talk"
            )
            out[("false", f"labelled {labels.get(u.key) or 'not labelled'}, {how}", u.language)] += 1
            continue
        talk, n = e.get("talk_all", 0), e.get("n", 0)
        share = talk / n if n else 0.0
        if not n:
            why = "no answer sentence"
        elif not talk:
            why = "no policy-talk sentence"
        elif e.get("closed_answered"):
            why = "closed question: plain yes or no, commitment or decline"
        elif talk < settings.generic_min_talk or share < settings.generic_policy_share - 1e-9:
            why = "policy talk in part of the answer only"
        else:
            why = "policy talk taking up the question's words"
        if set(u.flags) & set(POINTING):
            why += " (beside a pointer, hand-over or deferral)"
        out[("missed", why, u.language)] += 1
    return out


def _learn(args, units, learned: dict, y_all: np.ndarray, rule: np.ndarray) -> None:
    """Cross-validate a logistic regression over ``FEATURES`` on the units some
    segment serves (``choose_yes_no.compare``: C and threshold of best F1 in an inner grouped CV),
    beside the rule."""
    from choose_yes_no import choose, compare

    served = np.array([u.key in learned for u in units])
    names = args.features.split(",") if args.features else list(FEATURES)
    x = np.array([[float(learned[u.key][f]) for f in names] for u, s in zip(units, served) if s])
    y = y_all[served]
    groups = np.array(["/".join(u.key[:2]) for u in units])[served]
    sets_all = np.array([u.labelled_set for u in units])
    print(f"served: {served.sum()} units, {y.sum()} generic")
    compare(args, x, y, groups, sets_all, served, y_all, rule, choose)


if __name__ == "__main__":
    raise SystemExit(main())
