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

The development sets are those of ``scripts/experiment_learned_flags.py`` (``reference-dev`` and
``corpus/gold``'s development files); no test set is read. Rerun it after the cue model is
retrained (``qa-align train-cues``) and put what it proposes in ``qa_align/settings.py``
(``CUE_THRESHOLDS``)::

    .venv/bin/python scripts/choose_cue_thresholds.py [--folds 5 | --by-set] [--grid 0.3:0.95:0.05]

``--by-set``: one fold per labelled set (``reference-dev``, ``gold``, ``dev-be``, ``dev-be2``,
``dev-uk``): how values chosen on the other sets carry to a set of other documents and readers.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from experiment_learned_flags import DEV, gold_docs, read_documents

from qa_align.cues import RULE_KINDS
from qa_align.evaluate import labelled_flags
from qa_align.pipeline import iter_scored
from qa_align.settings import Settings
from qa_align.types import Document, Problem

LANGUAGES = ("en", "nl")
CUES = ("pointer", "handover", "missing_data", "deferral")  # the cues whose kind is a flag
# the labelled sets as the README's tables name them: corpus/gold's four first files are "gold"
OWN_SETS = ("reference-dev", "dev-be", "dev-be2", "dev-uk")
# what scoring the flags needs: no similarity, score or batch-wide boilerplate, in this process
FAST = {"similarity_model": None, "score_model": "none", "recycled_across_documents": False, "jobs": 1}


@dataclass(frozen=True)
class Unit:
    key: tuple[str, str, str]  # source, doc_id, unit number
    language: str
    labelled_set: str
    flags: frozenset[str]  # the readers' (none for a unit the tool found that is not labelled)


def set_name(path: str) -> str:
    stem = Path(path).stem
    return stem if stem in OWN_SETS else "gold"


def development_units() -> tuple[list[Document], list]:
    """The development documents and their labelled documents with the set each comes from
    (a document labelled in two sets counts in the first, as ``gold_docs`` keeps it)."""
    seen: set[tuple[str, str]] = set()
    gold = []
    for path in DEV:
        for g in gold_docs([path], exclude=frozenset(seen)):
            seen.add((g.source, g.doc_id))
            gold.append((set_name(path), g))
    return read_documents([g for _, g in gold]), gold


def scored_flags(docs: Sequence[Document], settings: Settings) -> dict[tuple[str, str, str], frozenset[str]]:
    """The evaluated flags of every unit of ``docs`` scored with ``settings``."""
    out = {}
    for sp in iter_scored(list(docs), settings):
        if not isinstance(sp, Problem):
            out[(sp.document.source, sp.document.doc_id, sp.pair.question.n)] = frozenset(labelled_flags(sp))
    return out


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
    folds: list

    def __post_init__(self) -> None:
        self.lang_of = np.array([u.language for u in self.units])
        self.sets = np.array([u.labelled_set for u in self.units])

    def choose(self, cue: str, grid: list[float]) -> dict[str, float]:
        """Cross-validate the threshold of ``cue`` per language and one for both; print the
        figures and return the values to change (none where the current ones do as well)."""
        units, lang_of, n = self.units, self.lang_of, len(self.units)
        flag = RULE_KINDS[cue]
        pairs = dict(self.base.cue_thresholds)
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
                settings = self.base.replace(cue_thresholds=with_value(pairs, f"{lang}/{cue}", t))
                got = scored_flags(docs, settings)
                preds[lang][t] = mine & np.array([flag in got.get(u.key, ()) for u in units])
        shared = {t: preds["en"][t] | preds["nl"][t] for t in grid}
        near = float(np.mean(list(now.values())))
        cv_lang, cv_shared = np.zeros(n, bool), np.zeros(n, bool)
        chosen: dict[str, list[float]] = {lang: [] for lang in (*LANGUAGES, "both")}
        for train, test in self.folds:
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
        per_language = f1(y, cv_lang) > f1(y, cv_shared)
        cv = cv_lang if per_language else cv_shared
        gain = f1(y, cv) > f1(y, before)
        out = {}
        if gain and per_language:
            out = {f"{lang}/{cue}": best(y, preds[lang], lang_of == lang, now[lang]) for lang in LANGUAGES}
        elif gain:
            out = {cue: best(y, shared, np.ones(n, bool), near)}

        def show(t: float) -> str:
            return f"{t:.2f}"

        print(f"\n## cue_thresholds: {flag} (cue {cue})")
        print("current: " + ", ".join(f"{lang} {show(now[lang])}" for lang in LANGUAGES))
        print(
            "chosen in the folds: " + "; ".join(f"{k} {', '.join(map(show, v))}" for k, v in chosen.items())
        )
        print(
            f"CV F1: current {f1(y, before):.3f}, per language {f1(y, cv_lang):.3f}, "
            f"one for both {f1(y, cv_shared):.3f}: "
            + (
                "change to " + ", ".join(f"{k} {show(v)}" for k, v in out.items())
                if out
                else "no better than the current, left as it is"
            )
        )
        print(
            f"{'':14s} {'current':36s} cross-validated ({'per language' if per_language else 'one for both'})"
        )
        for name, rows in [
            *((f"language {lang}", lang_of == lang) for lang in LANGUAGES),
            *((s, self.sets == s) for s in ("reference-dev", "gold", *OWN_SETS[1:])),
            ("all", np.ones(n, bool)),
        ]:
            print(f"{name:14s} {prf(y[rows], before[rows]):36s} {prf(y[rows], cv[rows])}")
        return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--folds", type=int, default=5, help="folds, grouped by document (default 5)")
    ap.add_argument(
        "--by-set",
        action="store_true",
        help="one fold per labelled set instead (each set's units decided by the values the others choose)",
    )
    ap.add_argument("--grid", default="0.3:0.95:0.05", help="candidate thresholds FROM:TO:STEP")
    args = ap.parse_args(argv)
    from sklearn.model_selection import GroupKFold

    def grid(spec: str) -> list[float]:
        lo, hi, step = map(float, spec.split(":"))
        return sorted({round(float(t), 3) for t in np.arange(lo, hi + step / 2, step)})

    base = Settings().replace(**FAST)
    docs, gold = development_units()
    current = scored_flags(docs, base)
    units = units_of(gold, docs, current)
    print(f"development: {len(docs)} documents, {len(units)} units ({', '.join(LANGUAGES)})")
    groups = np.array(["/".join(u.key[:2]) for u in units])
    if args.by_set:
        sets = np.array([u.labelled_set for u in units])
        folds = [(np.flatnonzero(sets != s), np.flatnonzero(sets == s)) for s in dict.fromkeys(sets)]
    else:
        folds = list(GroupKFold(n_splits=args.folds).split(units, groups=groups))
    sweep = Sweep(units, docs, base, current, folds)
    changes = {k: v for cue in CUES for k, v in sweep.choose(cue, grid(args.grid)).items()}
    print("\n## proposed (each value chosen on all development units where its CV F1 beats the current)")
    pairs = dict(base.cue_thresholds)
    for key, t in changes.items():
        pairs = with_value(pairs, key, t)
    proposed = Settings.from_mapping({"cue_thresholds": pairs}).cue_thresholds
    print(f"cue_thresholds: {proposed!r}")
    after = scored_flags(docs, base.replace(cue_thresholds=proposed))
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
