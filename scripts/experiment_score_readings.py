"""An experiment, not part of the package: the map stage's learned readings as features of the
responsiveness score (issue 17, the seventh score round).

Scores ``../shared/data`` as ``qa-align train`` does (similarity over every document, no score
model; ``experiment_score_questions.scored_units``, two worker processes), keeps the units of
``scoring.RETRAIN``'s training sets (no held-out set is read) and, with ``--causes``, prints the
English units the cross-validation ranks worst (30 answered scored lowest, 30 not answered scored
highest) with their labels and notes. Otherwise it compares, a model per language as shipped at a
fixed C (0.1, and 0.03 for the language models), the shipped features with each candidate group
added, read per unit with the document's ``DocContext`` as the map stage reads them:

- ``p_answered``: the shipped ``answered`` model's probability (``answered.answered_features``,
  ``models/answered.json``), read here for every unit with a serving segment, not only the closed
  questions it gates;
- ``p_generic``: the shipped generic unit model's probability (``generic_units.generic_features``,
  ``models/generic-units.json``), read for every unit, ``generic_model`` on or off;
- raw readings: coverage of what is asked (figures, counts, items asked, figures given), the cue
  classifier's share of sentences per cue, uptake of the question's words, the closed question's
  readings, general-talk probabilities, specific sentences;
- per request of the question (split at list items and semicolon-joined requests): the least and
  mean share of its content words the unit's own sentences hold.

Figures: five fold assignments grouped by document (mean ROC AUC all / en / nl, the gain paired on
the same folds), the out-of-fold ROC AUC per set tuned on least, and leave-one-set-out (trained on
every other development set, scored on that set), `reference-dev` also per language. The answered
model was fitted on `reference-dev`, `corpus/gold` and dev-be to dev-uk7, the generic model of
44a7e45 (the one this script was run with) on every set up to dev-uk13: only dev-uk14 to dev-uk17
were clean for both, and those four are also left out pooled, with a bootstrap over their documents
of the gain of both probabilities. The generic model shipped since (generic11) is fitted on
dev-uk14 to dev-uk17 too: a rerun must read the model of 44a7e45 (`git show
44a7e45:qa_align/models/generic-units.json`) or pool dev-be11, dev-be12 and dev-uk18 instead. Kept in
/tmp/scorereadings (delete it after the models change: the readings there are not keyed on them).

    PYTHONPATH=$PWD:scripts .venv/bin/python scripts/experiment_score_readings.py [--causes]
"""

from __future__ import annotations

import json
import pickle
import sys
import warnings
from collections import defaultdict
from pathlib import Path

import numpy as np

OUT = Path("/tmp/scorereadings")
REF = "../shared/labels/reference-dev.jsonl"
SHOWN = (
    "dev-uk14",
    "dev-uk15",
    "dev-uk16",
    "dev-uk17",
    "dev-uk12",
    "dev-uk13",
    "dev-be10",
    "dev-uk11",
    "reference-dev",
)
CS = ({"all": 0.1, "en": 0.1, "nl": 0.1}, {"all": 0.1, "en": 0.03, "nl": 0.03})


def set_name(path: str) -> str:
    return "reference-dev" if path == REF else Path(path).stem


def scored_units():
    """``experiment_score_questions.scored_units`` kept in ``OUT``, with two worker processes."""
    import experiment_score_questions as questions

    from qa_align.settings import Settings

    replace = Settings.replace
    Settings.replace = lambda self, **kw: replace(self, **{"jobs": 2, **kw})  # type: ignore[method-assign]
    questions.OUT = OUT
    try:
        return questions.scored_units()
    finally:
        Settings.replace = replace  # type: ignore[method-assign]


def readings(units) -> list[dict | None]:
    """Per unit with a serving segment, the answered and generic models' features and
    probabilities, read with the document's ``DocContext`` (None without a segment)."""
    cache = OUT / "readings.pkl"
    if cache.exists():
        return pickle.loads(cache.read_bytes())
    from qa_align.answered import ANSWERED_MODEL, answered_features
    from qa_align.generic_units import GENERIC_MODEL, generic_features
    from qa_align.rules import answers
    from qa_align.rules.context import DocContext, PairContext
    from qa_align.settings import Settings

    settings = Settings()
    answered = json.loads(Path(ANSWERED_MODEL).read_text(encoding="utf-8"))
    generic = json.loads(Path(GENERIC_MODEL).read_text(encoding="utf-8"))
    by_doc: dict = defaultdict(list)
    for i, (sp, *_) in enumerate(units):
        by_doc[(sp.document.source, sp.document.doc_id)].append(i)
    out: list[dict | None] = [None] * len(units)
    for idx in by_doc.values():
        ctx = DocContext(units[idx[0]][0].document, tuple(units[i][0].pair for i in idx), settings)
        for i in idx:
            pair = units[i][0].pair
            if not pair.segments:
                continue
            pc = PairContext(ctx, pair)
            af, gf = answered_features(pc), generic_features(pc)
            out[i] = {
                **{f"a_{k}": v for k, v in af.items()},
                **{f"g_{k}": v for k, v in gf.items()},
                "p_answered": answers.learned(answered, af)[0],
                "p_generic": answers.learned(generic, gf)[0],
            }
    cache.write_bytes(pickle.dumps(out))
    return out


def request_shares(sp, cache: dict) -> list[float]:
    """The least and mean share of a request's content words that the unit's own sentences
    hold, the requests being the question cut at list items and semicolon-joined requests."""
    from qa_align.attribute import stems
    from qa_align.scoring import _ITEM, _JOINED, own_sentences

    q, lang = sp.pair.question.text, sp.document.metadata.language
    cuts = sorted({m.start() for m in _ITEM.finditer(q)} | {m.start() for m in _JOINED.finditer(q)})
    bounds = [0, *cuts, len(q)]
    given = stems(" ".join(own_sentences(sp, cache)), lang) if sp.pair.segments else set()
    shares = [len(s & given) / len(s) for a, b in zip(bounds, bounds[1:]) if (s := stems(q[a:b], lang))]
    return [min(shares), float(np.mean(shares))] if shares else [1.0, 1.0]


class Bench:
    """A model per language at fixed C, on five fold assignments grouped by document and
    leaving each shown set out in turn."""

    def __init__(self, y, groups, langs, sets, c):
        import experiment_score_questions as questions

        self.y, self.langs, self.sets, self.c = y, langs, sets, c
        self.folds = questions.fold_assignments(y, groups)

    def proba(self, X, tr, te):
        from qa_align.train import _pipeline

        p = np.zeros(len(te))
        for lang in ("en", "nl"):
            a, b = tr[self.langs[tr] == lang], self.langs[te] == lang
            if b.any():
                p[b] = _pipeline(self.c[lang]).fit(X[a], self.y[a]).predict_proba(X[te[b]])[:, 1]
        other = ~np.isin(self.langs[te], ["en", "nl"])
        if other.any():
            p[other] = _pipeline(self.c["all"]).fit(X[tr], self.y[tr]).predict_proba(X[te[other]])[:, 1]
        return p

    def oof(self, X, folds):
        p = np.zeros(len(self.y))
        for tr, te in folds:
            p[te] = self.proba(X, tr, te)
        return p

    def run(self, X):
        cv, per = [], []
        for folds in self.folds:
            p = self.oof(X, folds)
            cv.append([auc(self.y[m], p[m]) for m in self.masks(np.ones(len(p), bool))])
            per.append([auc(self.y[self.sets == s], p[self.sets == s]) for s in SHOWN])
        left = []
        for s in SHOWN:
            te, tr = np.where(self.sets == s)[0], np.where(self.sets != s)[0]
            p = self.proba(X, tr, te)
            left.append([auc(self.y[te][m], p[m]) for m in self.masks(np.ones(len(te), bool), te)])
        return np.array(cv), np.array(per).mean(0), left

    def masks(self, every, idx=None):
        langs = self.langs if idx is None else self.langs[idx]
        return [every, langs == "en", langs == "nl"]


def auc(y, p) -> float:
    from sklearn.metrics import roc_auc_score

    return float(roc_auc_score(y, p)) if 0 < y.sum() < len(y) else float("nan")


def causes(units, X, y, groups, langs, sets) -> None:
    """The English units the out-of-fold scores (``GroupKFold``, C 0.1) rank worst."""
    bench = Bench(y, groups, langs, sets, CS[0])
    p = bench.oof(X, bench.folds[0])
    notes = {}
    for path in {u[4] for u in units}:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if line.strip():
                g = json.loads(line)
                for u in g["units"]:
                    notes[(path, f"{g['source']}/{g['doc_id']}", u["n"])] = (u["label"], u.get("note", ""))
    en = np.where(langs == "en")[0]
    low = sorted((i for i in en if y[i] == 1), key=lambda i: p[i])[:30]
    high = sorted((i for i in en if y[i] == 0), key=lambda i: -p[i])[:30]
    for title, idx in (("answered, scored lowest", low), ("not answered, scored highest", high)):
        print(f"== {title}")
        for i in idx:
            sp = units[i][0]
            label, note = notes.get((units[i][4], groups[i], sp.pair.question.n), ("?", ""))
            print(f"-- {groups[i]} {sp.pair.question.n} [{sets[i]}] p {p[i]:.2f} {label}; tool: "
                  f"{', '.join(f.name for f in sp.flags) or 'no flag'}\n   note: {note}\n"
                  f"   Q: {sp.pair.question.text[:500]}\n   A: {sp.pair.answer_text[:800]}")  # fmt: skip


def main() -> int:
    from qa_align.cues import CUES
    from qa_align.scoring import feature_names, features

    warnings.filterwarnings("ignore")
    units = scored_units()
    cache: dict = {}
    X = np.array([features(sp, feature_names(), cache) for sp, *_ in units], float)
    y = np.array([u[1] for u in units])
    groups, langs = (np.array([u[k] for u in units]) for k in (2, 3))
    sets = np.array([set_name(u[4]) for u in units])
    if "--causes" in sys.argv:
        causes(units, X, y, groups, langs, sets)
        return 0
    read = readings(units)
    requests = np.array([request_shares(sp, cache) for sp, *_ in units], float)

    def col(name: str) -> np.ndarray:
        if name.startswith("request_"):
            return requests[:, ("request_min", "request_mean").index(name)]
        return np.array([r[name] if r else np.nan for r in read], float)

    candidates = {
        "p_answered": ["p_answered"],
        "p_generic": ["p_generic"],
        "p_answered + p_generic": ["p_answered", "p_generic"],
        "coverage (figures, counts, items asked; figures given; figure share)": [
            "a_asks_figures", "a_asks_count", "a_asked_items", "a_figures_given", "a_figure_share"],
        "cue classifier, share of sentences per cue": [f"a_read_{c}" for c in CUES] + ["a_read_none"],
        "uptake of the question's words": [
            "a_uptake", "a_taken_share", "a_talk_share", "g_top_uptake", "g_asked_share", "g_plain_uptake"],
        "closed question: plain reply, answered, left open": ["a_plain_reply", "g_closed_answered", "g_left_open"],
        "general-talk probability, mean and highest": ["g_p_general_mean", "g_p_general_max"],
        "specific and named sentences' shares": ["g_specific_share", "a_name_share"],
        "requests: least share": ["request_min"],
        "requests: mean share": ["request_mean"],
    }  # fmt: skip
    print(
        f"{len(y)} units of {len(set(groups))} documents ({int((langs == 'en').sum())} English), {int(y.sum())} answered"
    )
    for c in CS:
        bench = Bench(y, groups, langs, sets, c)
        base = bench.run(X)
        print(f"\nC {c}\n| features | cross-validated all / en / nl | gain | " + " | ".join(SHOWN[:-1])
              + " (left out) | reference-dev left out all / en / nl |")  # fmt: skip
        for label, cols in {"shipped": [], **candidates}.items():
            cv, _per, left = bench.run(np.column_stack([X, *[col(k) for k in cols]])) if cols else base
            gain = (cv - base[0]).mean(0)
            print(f"| {label} | {' / '.join(f'{v:.3f}' for v in cv.mean(0))} | "
                  f"{' / '.join(f'{v:+.3f}' for v in gain)} | "
                  + " | ".join(f"{v[0]:.3f}" for v in left[:-1])
                  + f" | {' / '.join(f'{v:.3f}' for v in left[-1])} |", flush=True)  # fmt: skip
    pooled(X, np.column_stack([col("p_answered"), col("p_generic")]), y, groups, langs, sets)
    return 0


def pooled(X, P, y, groups, langs, sets) -> None:
    """dev-uk14 to dev-uk17 left out together (the sets neither learned model was fitted on):
    the shipped features against them with both probabilities, and a bootstrap over their
    documents of the gain (1,000 draws)."""
    clean = np.isin(sets, ["dev-uk14", "dev-uk15", "dev-uk16", "dev-uk17"])
    te, tr = np.where(clean)[0], np.where(~clean)[0]
    yt, gt = y[te], groups[te]
    docs = np.unique(gt)
    for c in CS:
        bench = Bench(y, groups, langs, sets, c)
        p0, p1 = bench.proba(X, tr, te), bench.proba(np.column_stack([X, P]), tr, te)
        rng, gains = np.random.default_rng(0), []
        for _ in range(1000):
            pick = np.concatenate([np.where(gt == d)[0] for d in rng.choice(docs, len(docs))])
            gains.append(auc(yt[pick], p1[pick]) - auc(yt[pick], p0[pick]))
        lo, hi = np.nanpercentile(gains, [2.5, 97.5])
        a0, a1 = auc(yt, p0), auc(yt, p1)
        print(f"C {c}: dev-uk14-17 pooled, left out ({len(te)} units, {int(yt.sum())} answered): "
              f"{a0:.3f} -> {a1:.3f} ({a1 - a0:+.3f}, 95% bootstrap {lo:+.3f} to {hi:+.3f})")  # fmt: skip


if __name__ == "__main__":
    sys.exit(main())
