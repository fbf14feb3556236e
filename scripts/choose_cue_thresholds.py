"""Choose the probability at which each of the cue classifier's cues raises its flag
(``Settings.cue_thresholds``) by cross-validation grouped by document, on the development sets.

The flags fed by learned cues are ``cross_reference`` (pointer), ``deflection`` (handover),
``no_information`` (missing_data) and ``holding`` (deferral) (``qa_align.cues.RULE_KINDS``). For
each of those cues and each language, the development documents of that language are scored with
every candidate threshold for it (the other thresholds as they are), so every rule's condition on
the cue stays in the decision. Then, in 5 folds grouped by document, the threshold of best F1 of
the flag on the training folds (ties: the one nearest the current) decides the held-out fold's
units; the held-out decisions, pooled, give the cross-validated F1, per flag, per language and per
labelled set, beside the F1 of the current thresholds. A threshold is chosen per language and one
for both languages; the form with the better cross-validated F1 is the one proposed, its value
chosen on all the development units. Last, the proposed thresholds together against the current
ones on every evaluated flag (in-sample: the flags the change moves beside its own).

The development sets are every set of ``qa_align.evaluate.DEVELOPMENT_SETS`` (the README's table
of every set without its test sets; a document labelled in two sets counts in the first); no
test set is read. Two cross-validations are run on the same scorings: 5 folds grouped by document
and one fold per labelled set (each set decided by the values the other sets choose: how a value
carries to documents of other readers and times). A value is proposed where its form (per language
or one for both) beats the current F1 in both. Rerun it after the cue model is retrained
(``qa-align train-cues``) and put what it proposes in ``qa_align/settings.py``
(``CUE_THRESHOLDS``)::

    PYTHONPATH=$PWD .venv/bin/python scripts/choose_cue_thresholds.py [--folds 5] [--by-set]
        [--grid 0.5:0.95:0.05] [--cues pointer,handover,missing_data,deferral]

``--by-set``: decide by the one-set-out folds alone. ``--holding-min``: choose too the least
deferral probability at which ``holding`` reads the classifier's deferral
(``rules.answers.HOLDING_LEARNED_MIN``, one value for both languages), by the same folds. A
candidate value scores again only the development documents of its language in which the
classifier rates a sentence's cue between the candidate and the current value (the probabilities
of the first scoring, which scores each document alone): no other document's flags can move.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from experiment_learned_flags import gold_docs, read_documents

import qa_align.rules.answers as answers_rules
from qa_align.cues import CUES as ALL_CUES
from qa_align.cues import RULE_KINDS, CueClassifier
from qa_align.evaluate import development_sets, labelled_flags
from qa_align.pipeline import iter_scored
from qa_align.settings import Settings
from qa_align.types import Document, Problem

LANGUAGES = ("en", "nl")
CUES = ("pointer", "handover", "missing_data", "deferral")  # the cues whose kind is a flag
# ``--holding-min``: the least deferral probability ``holding`` reads (``HOLDING_LEARNED_MIN``)
HOLDING_MIN = "holding_min"
# what scoring the flags needs: no similarity, score or batch-wide boilerplate, in this process
FAST = {"similarity_model": None, "score_model": "none", "recycled_across_documents": False, "jobs": 1}


@dataclass(frozen=True)
class Unit:
    key: tuple[str, str, str]  # source, doc_id, unit number
    language: str
    labelled_set: str
    flags: frozenset[str]  # the readers' (none for a unit the tool found that is not labelled)


def development_units() -> tuple[list[Document], list]:
    """The development documents and their labelled documents with the set each comes from
    (a document labelled in two sets counts in the first, as ``gold_docs`` keeps it)."""
    seen: set[tuple[str, str]] = set()
    gold = []
    for name, paths in development_sets().items():
        for g in gold_docs(paths, exclude=frozenset(seen)):
            seen.add((g.source, g.doc_id))
            gold.append((name, g))
    return read_documents([g for _, g in gold]), gold


def scored_flags(docs: Sequence[Document], settings: Settings) -> dict[tuple[str, str, str], frozenset[str]]:
    """The evaluated flags of every unit of ``docs`` scored with ``settings``."""
    out = {}
    for sp in iter_scored(list(docs), settings):
        if not isinstance(sp, Problem):
            out[(sp.document.source, sp.document.doc_id, sp.pair.question.n)] = frozenset(labelled_flags(sp))
    return out


def scored_with_probabilities(docs: Sequence[Document], settings: Settings) -> tuple[dict, dict]:
    """``scored_flags`` of ``docs``, each document scored alone, and per document (source, doc_id)
    the probabilities the cue classifier gave each of its cues in any of its sentences (an array
    per cue of ``qa_align.cues.CUES``)."""
    read: list[np.ndarray] = []
    original = CueClassifier.probabilities_of_read

    def recorded(self, sentences, language):
        out = original(self, sentences, language)
        read.append(out)
        return out

    flags, probs = {}, {}
    CueClassifier.probabilities_of_read = recorded
    try:
        for d in docs:
            read.clear()
            flags.update(scored_flags([d], settings))
            rows = np.vstack(read) if read else np.zeros((0, len(ALL_CUES)))
            probs[(d.source, d.doc_id)] = {c: rows[:, j] for j, c in enumerate(ALL_CUES)}
    finally:
        CueClassifier.probabilities_of_read = original
    return flags, probs


def may_move(probs: dict, cue: str, a: float, b: float) -> bool:
    """Whether a document of ``probs`` (``scored_with_probabilities``) has a sentence whose ``cue``
    the classifier rates between thresholds ``a`` and ``b`` (a learned cue's probability is kept
    to three decimals, hence the margin)."""
    p = probs[cue]
    return bool(((p >= min(a, b) - 0.001) & (p < max(a, b) + 0.001)).any())


def units_of(gold, docs, current: dict) -> list[Unit]:
    """The labelled units and the units the tool finds that are not labelled (each a false
    positive for any flag it gets, as ``qa-align eval`` counts them)."""
    language = {(d.source, d.doc_id): d.metadata.language for d in docs}
    units = []
    for name, g in gold:
        if (g.source, g.doc_id) not in language:
            continue  # not read: ``qa-align eval`` reports it missing
        lang = language[(g.source, g.doc_id)]
        ns = {u.n for u in g.units}
        units += [Unit((g.source, g.doc_id, u.n), lang, name, u.flags) for u in g.units]
        extra = sorted(k for k in current if k[:2] == (g.source, g.doc_id) and k[2] not in ns)
        units += [Unit(k, lang, name, frozenset()) for k in extra]
    return units


def f1(y: np.ndarray, pred: np.ndarray) -> float:
    tp = int((y & pred).sum())
    return 2 * tp / (int(y.sum()) + int(pred.sum())) if y.any() or pred.any() else 1.0


def prf(y: np.ndarray, pred: np.ndarray) -> str:
    tp = int((y & pred).sum())
    p = f"{tp / pred.sum():.2f}" if pred.any() else "   -"
    r = f"{tp / y.sum():.2f}" if y.any() else "   -"
    return f"{int(y.sum()):3d}/{int(pred.sum()):3d} P {p} R {r} F1 {f1(y, pred):.2f}"


def best(y: np.ndarray, preds: dict[float, np.ndarray], rows: np.ndarray, near: float) -> float:
    """The threshold of best F1 on ``rows`` (ties: the one nearest ``near``, then the higher)."""
    return max(preds, key=lambda t: (round(f1(y[rows], preds[t][rows]), 9), -abs(t - near), t))


def with_value(pairs: dict[str, float], key: str, t: float) -> dict[str, float]:
    """``pairs`` (``cue_thresholds``' cue = probability) with ``key`` at ``t``; a key for every
    language takes the place of the languages' own."""
    out = {k: v for k, v in pairs.items() if k != key and ("/" in key or k.rsplit("/", 1)[-1] != key)}
    return {**out, key: t}


@dataclass
class Sweep:
    """The development units and what scoring them with other cue thresholds gives."""

    units: list[Unit]
    docs: list[Document]
    base: Settings
    current: dict
    folds: dict[str, list]  # name -> [(train rows, test rows)]: "grouped", "by set"
    decide: tuple[str, ...]  # the fold schemes in which a value must beat the current F1
    probs: dict = field(default_factory=dict)  # per document, the classifier's probabilities

    def rescored(self, docs: list[Document], cue: str, t: float, now: float, settings: Settings) -> dict:
        """The flags of ``docs`` with ``cue`` read from ``t`` instead of ``now``: those of the
        documents that may move scored again with ``settings``, the rest as they are; ``cue``
        ``HOLDING_MIN``: ``holding``'s least deferral probability at ``t``."""
        read = "deferral" if cue == HOLDING_MIN else cue
        moving = [d for d in docs if may_move(self.probs[(d.source, d.doc_id)], read, t, now)]
        if cue != HOLDING_MIN:
            return {**self.current, **scored_flags(moving, settings)}
        kept = answers_rules.HOLDING_LEARNED_MIN
        answers_rules.HOLDING_LEARNED_MIN = t
        try:
            return {**self.current, **scored_flags(moving, settings)}
        finally:
            answers_rules.HOLDING_LEARNED_MIN = kept

    def __post_init__(self) -> None:
        self.lang_of = np.array([u.language for u in self.units])
        self.sets = np.array([u.labelled_set for u in self.units])

    def cross_validate(self, y, preds, shared, now, near, folds) -> tuple[np.ndarray, np.ndarray, dict]:
        """Held-out flags with a value per language and with one for both, and the values the
        training folds chose."""
        n, lang_of = len(self.units), self.lang_of
        cv_lang, cv_shared = np.zeros(n, bool), np.zeros(n, bool)
        chosen: dict[str, list[float]] = {lang: [] for lang in (*LANGUAGES, "both")}
        for train, test in folds:
            tr, te = np.zeros(n, bool), np.zeros(n, bool)
            tr[train], te[test] = True, True
            for lang in LANGUAGES:
                mine = lang_of == lang
                t = best(y, preds[lang], tr & mine, now[lang])
                chosen[lang].append(t)
                cv_lang[te & mine] = preds[lang][t][te & mine]
            t = best(y, shared, tr, near)
            chosen["both"].append(t)
            cv_shared[te] = shared[t][te]
        return cv_lang, cv_shared, chosen

    def choose(self, cue: str, grid: list[float]) -> dict[str, float]:
        """Cross-validate the threshold of ``cue`` per language and one for both, in every fold
        scheme; print the figures and return the values to change (none unless the same form
        beats the current F1 in every scheme of ``decide``)."""
        units, lang_of, n = self.units, self.lang_of, len(self.units)
        flag = "holding" if cue == HOLDING_MIN else RULE_KINDS[cue]
        pairs = dict(self.base.cue_thresholds)
        if cue == HOLDING_MIN:
            now = {lang: answers_rules.HOLDING_LEARNED_MIN for lang in LANGUAGES}
        else:
            now = {lang: self.base.cue_thresholds_for(lang)[cue] for lang in LANGUAGES}
        grid = sorted({*grid, *now.values()})
        y = np.array([flag in u.flags for u in units])
        before = np.array([flag in self.current.get(u.key, ()) for u in units])
        # preds[lang][t]: the flag of each unit of ``lang`` with its value at t (False elsewhere)
        preds: dict[str, dict[float, np.ndarray]] = {}
        for lang in LANGUAGES:
            mine = lang_of == lang
            docs = [d for d in self.docs if d.metadata.language == lang]
            preds[lang] = {}
            for t in grid:
                if t == now[lang]:
                    preds[lang][t] = mine & before
                    continue
                settings = (
                    self.base
                    if cue == HOLDING_MIN
                    else self.base.replace(cue_thresholds=with_value(pairs, f"{lang}/{cue}", t))
                )
                got = self.rescored(docs, cue, t, now[lang], settings)
                preds[lang][t] = mine & np.array([flag in got.get(u.key, ()) for u in units])
            print(f"  {cue} {lang}: {len(grid)} values scored", file=sys.stderr, flush=True)
        shared = {t: preds["en"][t] | preds["nl"][t] for t in grid}
        print(f"\n## {flag} (cue {cue}): units found / false flags at each value, all development units")
        for lang in LANGUAGES:
            print(
                f"{lang}: "
                + ", ".join(
                    f"{t:.2f} {int((y & p).sum())}/{int((~y & p).sum())}" for t, p in preds[lang].items()
                )
            )
        near = float(np.mean(list(now.values())))
        cvs = {
            name: self.cross_validate(y, preds, shared, now, near, folds)
            for name, folds in self.folds.items()
        }

        def show(t: float) -> str:
            return f"{t:.2f}"

        def tally(values: list[float]) -> str:  # "0.50 x3, 0.75 x2", in the order first chosen
            return ", ".join(f"{show(t)} x{values.count(t)}" for t in dict.fromkeys(values))

        print(f"\n## cue_thresholds: {flag} (cue {cue})")
        print("current: " + ", ".join(f"{lang} {show(now[lang])}" for lang in LANGUAGES))
        full = {lang: best(y, preds[lang], lang_of == lang, now[lang]) for lang in LANGUAGES}
        full_both = best(y, shared, np.ones(n, bool), near)
        print(
            "best on all units (in-sample): "
            + ", ".join(f"{lang} {show(full[lang])}" for lang in LANGUAGES)
            + f"; both {show(full_both)}"
        )
        f_now = f1(y, before)
        gains = {}
        for name, (cv_lang, cv_shared, chosen) in cvs.items():
            print(f"[{name}] chosen in the folds: " + "; ".join(f"{k} {tally(v)}" for k, v in chosen.items()))
            print(
                f"[{name}] CV F1: current {f_now:.3f}, per language {f1(y, cv_lang):.3f}, "
                f"one for both {f1(y, cv_shared):.3f}"
            )
            gains[name] = {"per language": f1(y, cv_lang) > f_now, "one for both": f1(y, cv_shared) > f_now}
        # the form of better F1 in the first deciding scheme; it must gain in every deciding scheme
        first = cvs[self.decide[0]]
        form = "per language" if f1(y, first[0]) > f1(y, first[1]) else "one for both"
        out: dict[str, float] = {}
        if all(gains[name][form] for name in self.decide):
            if form == "per language":
                out = {f"{lang}/{cue}": full[lang] for lang in LANGUAGES if full[lang] != now[lang]}
            elif any(full_both != now[lang] for lang in LANGUAGES):
                out = {cue: full_both}
        print(
            f"proposed ({form}, must gain in: {', '.join(self.decide)}): "
            + (", ".join(f"{k} {show(v)}" for k, v in out.items()) if out else "none, left as it is")
        )
        print(
            f"{'':24s} {'current':36s} " + " ".join(f"{'CV ' + name + ' (' + form + ')':36s}" for name in cvs)
        )
        pick = 0 if form == "per language" else 1
        rows = [
            *((f"language {lang}", lang_of == lang) for lang in LANGUAGES),
            *((s, self.sets == s) for s in dict.fromkeys(self.sets)),
            ("all", np.ones(n, bool)),
        ]
        for name, r in rows:
            cells = [prf(y[r], cv[pick][r]) for cv in cvs.values()]
            moved = any(((cv[pick][r]) != before[r]).any() for cv in cvs.values())
            if name.startswith("language") or name == "all" or moved:
                print(f"{name:24s} {prf(y[r], before[r]):36s} " + " ".join(f"{c:36s}" for c in cells))
        return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--folds", type=int, default=5, help="folds grouped by document (default 5)")
    ap.add_argument(
        "--by-set",
        action="store_true",
        help="decide by the one-fold-per-set cross-validation alone (default: it and the grouped one)",
    )
    ap.add_argument("--grid", default="0.5:0.95:0.05", help="candidate thresholds FROM:TO:STEP")
    ap.add_argument("--cues", default=",".join(CUES), help=f"the cues to choose (default {','.join(CUES)})")
    ap.add_argument(
        "--holding-min",
        action="store_true",
        help="choose holding's least deferral probability (HOLDING_LEARNED_MIN) too, per language",
    )
    args = ap.parse_args(argv)
    cues = args.cues.split(",")
    if unknown := sorted(set(cues) - set(CUES)):
        ap.error(f"unknown cue {', '.join(unknown)}: known {', '.join(CUES)}")
    from sklearn.model_selection import GroupKFold

    def grid(spec: str) -> list[float]:
        lo, hi, step = map(float, spec.split(":"))
        return sorted({round(float(t), 3) for t in np.arange(lo, hi + step / 2, step)})

    base = Settings().replace(**FAST)
    docs, gold = development_units()
    current, probs = scored_with_probabilities(docs, base)
    units = units_of(gold, docs, current)
    sets = np.array([u.labelled_set for u in units])
    print(
        f"development: {len(docs)} documents, {len(units)} units ({', '.join(LANGUAGES)}), "
        f"{len(set(sets))} labelled sets"
    )
    groups = np.array(["/".join(u.key[:2]) for u in units])
    folds = {
        "grouped": list(GroupKFold(n_splits=args.folds).split(units, groups=groups)),
        "by set": [(np.flatnonzero(sets != s), np.flatnonzero(sets == s)) for s in dict.fromkeys(sets)],
    }
    decide = ("by set",) if args.by_set else ("grouped", "by set")
    sweep = Sweep(units, docs, base, current, folds, decide, probs)
    changes = {k: v for cue in cues for k, v in sweep.choose(cue, grid(args.grid)).items()}
    least = {}  # holding's least deferral probability per language, where it is to change
    if args.holding_min:
        found = sweep.choose(HOLDING_MIN, grid(args.grid))
        least = {lang: found.get(f"{lang}/{HOLDING_MIN}", found.get(HOLDING_MIN)) for lang in LANGUAGES}
        least = {lang: t for lang, t in least.items() if t is not None}
        print(f"{HOLDING_MIN}: {least or 'as it is'} (now {answers_rules.HOLDING_LEARNED_MIN})")
    print(
        f"\n## proposed (each value chosen on all development units where it gains in: {', '.join(decide)})"
    )
    pairs = dict(base.cue_thresholds)
    for key, t in changes.items():
        pairs = with_value(pairs, key, t)
    proposed = Settings.from_mapping({"cue_thresholds": pairs}).cue_thresholds
    print(f"cue_thresholds: {proposed!r}")
    if not changes and not least:
        return 0
    after = {}
    kept = answers_rules.HOLDING_LEARNED_MIN
    try:
        for lang in LANGUAGES:  # each language's documents with its own least deferral probability
            answers_rules.HOLDING_LEARNED_MIN = least.get(lang, kept)
            mine = [d for d in docs if d.metadata.language == lang]
            after.update(scored_flags(mine, base.replace(cue_thresholds=proposed)))
    finally:
        answers_rules.HOLDING_LEARNED_MIN = kept
    print("\nall proposed together, every evaluated flag (in-sample):")
    names = sorted({f for u in units for f in u.flags} | {f for v in current.values() for f in v})
    for flag in names:
        y = np.array([flag in u.flags for u in units])
        b = np.array([flag in current.get(u.key, ()) for u in units])
        a = np.array([flag in after.get(u.key, ()) for u in units])
        print(f"{flag:20s} {prf(y, b):36s} -> {prf(y, a)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
