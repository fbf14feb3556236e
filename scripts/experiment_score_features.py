"""An experiment, not part of the package: candidate features for the responsiveness score.

Scores ``../shared/data`` as ``qa-align train`` does (similarity over every document, no score
model), keeps the units of the development sets (``scoring.RETRAIN``'s training sets; no
held-out set is read), and compares, by cross-validation grouped by document over those units
alone, the shipped feature set (``scoring.feature_names()``) with it plus each candidate group:

- ``cue_max``, ``cue_share``: the shipped cue classifier's highest probability per cue over the
  unit's own sentences (``scoring.own_sentences``) and the share of them at or above the cue's
  threshold; ``cue_any``: the share of them with any cue, and one less the weakest sentence's
  strongest cue;
- ``specifics``: figures that are not years, years, and dates in the unit's own sentences;
- ``own_length``: the words of the unit's own sentences and their ratio to the question's;
- ``shared``: whether the answer serves several units;
- ``asked_parts``: the question's sentences, question marks, and how its asking sentences share
  content words (``attribute.stems``) with the unit's own sentences (least, mean, none shared);
- ``coverage``: ``qa_align.coverage`` of the pair (requests asked, gaps, their share, figures
  asked, figures given), as the rules compute it;
- ``typed``: "when" and "how many" asked in a question sentence, and those the answer gives no
  time or figure for.

Two figures per set: the nested cross-validation of ``train.cross_validate`` (five grouped folds,
each choosing C on its own training part), as the model card gives it, and the mean over four
shuffles of five grouped folds at each C of ``train.CS`` (no choice of C, so a flat surface shows
as flat). The scored pairs are kept in /tmp/scorefeatures. Its results of 2026-12-01 are in the
README ("The responsiveness score").

    .venv/bin/python scripts/experiment_score_features.py
"""

from __future__ import annotations

import argparse
import math
import pickle
import re
import sys
import warnings
from pathlib import Path

import numpy as np
from experiment_learned_flags import DEV  # the development sets, as the learned-flag experiment reads them

OUT = Path("/tmp/scorefeatures")
DATA = "../shared/data"
YEAR = re.compile(r"^(?:19|20)\d{2}$")
MONTHS = "jan|feb|maa|mar|apr|mei|may|jun|jul|aug|sep|okt|oct|nov|dec"  # their first three letters
DATE = re.compile(rf"\b\d{{1,2}}[ /.-](?:\d{{1,2}}|(?:{MONTHS})\w*)(?:[ /.-](?:19|20)\d{{2}})?\b", re.I)
WHEN = re.compile(r"\b(?:wanneer|when|welke datum|what date|timetable|timescale|tijdpad)\b", re.I)
TIME = re.compile(
    r"\b(?:(?:19|20)\d{2}|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|"
    r"november|december|january|february|march|may|june|july|august|october|binnenkort|soon|spring|"
    r"summer|autumn|winter|voorjaar|zomer|najaar|kwartaal|quarter|weken?|weeks?|maand(?:en)?|months?|"
    r"jaar|year|zodra|as soon as|in due course)\b",
    re.I,
)
COUNT = re.compile(r"\b(?:hoeveel|how many|how much|welk bedrag|what proportion|what percentage)\b", re.I)


def scored_units():
    """The development units the tool paired: (scored pair, 1 if answered, document, language),
    scored once and kept in ``OUT``."""
    cache = OUT / "units.pkl"
    if cache.exists():
        return pickle.loads(cache.read_bytes())
    from qa_align.evaluate import load_gold
    from qa_align.pipeline import iter_scored
    from qa_align.settings import Settings
    from qa_align.train import training_documents
    from qa_align.types import Problem

    gold, _ = training_documents({name: load_gold(name) for name in DEV})
    wanted = {(g.source, g.doc_id) for g in gold}
    settings = Settings().replace(score_model="none", off_topic_calibration="none")
    by_key = {
        (r.document.source, r.document.doc_id, r.pair.question.n): r
        for r in iter_scored([DATA], settings)
        if not isinstance(r, Problem) and (r.document.source, r.document.doc_id) in wanted
    }
    units = [
        (
            by_key[k],
            int(u.label == "answered"),
            f"{g.source}/{g.doc_id}",
            by_key[k].document.metadata.language,
        )
        for g in gold
        for u in g.units
        if (k := (g.source, g.doc_id, u.n)) in by_key
    ]
    OUT.mkdir(parents=True, exist_ok=True)
    cache.write_bytes(pickle.dumps(units))
    return units


def candidates(sp, cache: dict, contexts: dict, pairs_of: dict) -> dict[str, float]:
    """Every candidate feature of a scored pair, by name."""
    from qa_align import text as text_layer
    from qa_align.attribute import stems
    from qa_align.cues import CUES, load_model
    from qa_align.rules import DocContext, PairContext
    from qa_align.rules.core import _coverage
    from qa_align.scoring import _FIGURE, own_sentences, units_served
    from qa_align.settings import Settings

    lang = sp.document.metadata.language
    own = own_sentences(sp, cache)
    out: dict[str, float] = {}
    model = load_model("")
    p = model.probabilities(own, lang) if own else np.zeros((0, len(CUES)))
    cut = model._model(lang).thresholds
    for j, cue in enumerate(CUES):
        out[f"cue_max:{cue}"] = float(p[:, j].max()) if len(p) else math.nan
        out[f"cue_share:{cue}"] = float((p[:, j] >= cut[j]).mean()) if len(p) else math.nan
    out["cue_any_share"] = float((p >= cut).any(axis=1).mean()) if len(p) else math.nan
    out["cue_free"] = float(1 - p.max(axis=1).min()) if len(p) else math.nan
    text = " ".join(own)
    figures = _FIGURE.findall(text)
    years = sum(bool(YEAR.match(f)) for f in figures)
    out["own_figures_log"] = math.log1p(len(figures) - years)
    out["own_years_log"] = math.log1p(years)
    out["own_dates_log"] = math.log1p(len(DATE.findall(text)))
    question = sp.pair.question.text
    out["own_words_log"] = math.log1p(len(text.split()))
    out["own_ratio_log"] = out["own_words_log"] - math.log1p(len(question.split()))
    out["shared_segment"] = float(units_served(sp) > 1)
    said = [s for _, _, s in text_layer.sentences(question, lang)]
    asking = [s for s in said if s.rstrip().endswith("?")] or said
    given = stems(text, lang)
    shares = [len(a & given) / len(a) for a in (stems(s, lang) for s in asking) if a]
    out["q_marks_log"] = math.log1p(question.count("?"))
    out["q_sentences_log"] = math.log1p(len(asking))
    out["q_least_overlap"] = min(shares, default=math.nan)
    out["q_mean_overlap"] = sum(shares) / len(shares) if shares else math.nan
    out["q_unshared"] = float(sum(s == 0 for s in shares))
    key = (sp.document.source, sp.document.doc_id)
    if key not in contexts:
        contexts[key] = DocContext(sp.document, pairs_of[key], Settings())
    cov = _coverage(PairContext(contexts[key], sp.pair))
    a = cov.asked
    asked = len(a.dimensions) + len(a.periods) + len(a.parts) + len(a.counts)
    out["cov_asked_log"] = math.log1p(asked)
    out["cov_gaps"] = float(len(cov.gaps))
    out["cov_gap_share"] = len(cov.gaps) / asked if asked else 0.0
    out["cov_asks_figures"] = float(a.asks_figures)
    out["cov_given_log"] = math.log1p(len(cov.given.figures))
    when = count = unmet = 0
    for s in said:
        if WHEN.search(s):
            when += 1
            unmet += not TIME.search(text)
        if COUNT.search(s):
            count += 1
            unmet += not re.search(r"\d", text)
    out["typed_asked"] = float(when + count)
    out["typed_unmet"] = float(unmet)
    return out


def groups_of(names: list[str]) -> dict[str, list[str]]:
    from qa_align.cues import CUES

    return {
        "cue_max": [f"cue_max:{c}" for c in CUES],
        "cue_share": [f"cue_share:{c}" for c in CUES],
        "cue_any": ["cue_any_share", "cue_free"],
        "specifics": ["own_figures_log", "own_years_log", "own_dates_log"],
        "own_length": ["own_words_log", "own_ratio_log"],
        "shared": ["shared_segment"],
        "asked_parts": ["q_marks_log", "q_sentences_log", "q_least_overlap", "q_mean_overlap", "q_unshared"],
        "coverage": ["cov_asked_log", "cov_gaps", "cov_gap_share", "cov_asks_figures", "cov_given_log"],
        "typed": ["typed_asked", "typed_unmet"],
        "all": names,
    }


def fixed_c(X: np.ndarray, y: np.ndarray, groups: np.ndarray, shuffles: int = 4) -> dict[float, float]:
    """Mean ROC AUC over ``shuffles`` shuffles of five folds grouped by document, per C."""
    from sklearn.metrics import roc_auc_score

    from qa_align.train import CS, _pipeline

    rng = np.random.default_rng(0)
    docs = np.unique(groups)
    folds = []
    for _ in range(shuffles):
        fold_of = dict(zip(docs, rng.permutation(len(docs)) % 5, strict=True))
        folds.append(np.array([fold_of[g] for g in groups]))
    out = {}
    for c in CS:
        aucs = []
        for fold in folds:
            proba = np.zeros(len(y))
            for k in range(5):
                train, test = fold != k, fold == k
                proba[test] = _pipeline(c).fit(X[train], y[train]).predict_proba(X[test])[:, 1]
            aucs.append(roc_auc_score(y, proba))
        out[c] = float(np.mean(aucs))
    return out


def main(argv: list[str] | None = None) -> int:
    # no options: parsed so that --help explains and an unknown argument is refused, not ignored
    # while the whole experiment runs
    argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    ).parse_args(argv)
    from qa_align.scoring import features
    from qa_align.train import cross_validate

    warnings.filterwarnings("ignore")
    units = scored_units()
    pairs_of: dict = {}
    for sp, *_ in units:
        pairs_of.setdefault((sp.document.source, sp.document.doc_id), []).append(sp.pair)
    pairs_of = {k: tuple(v) for k, v in pairs_of.items()}
    cache: dict = {}
    contexts: dict = {}
    base = np.array([features(sp, None, cache) for sp, *_ in units], float)
    extra = [candidates(sp, cache, contexts, pairs_of) for sp, *_ in units]
    names = list(extra[0])
    more = np.array([[e[n] for n in names] for e in extra], float)
    y = np.array([u[1] for u in units])
    groups = [u[2] for u in units]
    langs = [u[3] for u in units]
    print(f"{len(y)} units of {len(set(groups))} documents, {int(y.sum())} answered")
    for label, cols in [("shipped features", []), *groups_of(names).items()]:
        X = np.hstack([base, more[:, [names.index(c) for c in cols]]]) if cols else base
        nested = cross_validate(X, y, groups, langs)["auc"]
        flat = fixed_c(X, y, np.array(groups))
        print(
            f"{label if not cols else '+ ' + label:20s} nested {nested['all']:.3f} "
            f"(en {nested.get('en') or 0:.3f}, nl {nested.get('nl') or 0:.3f}); at fixed C: "
            + " ".join(f"{c}: {a:.3f}" for c, a in flat.items()),
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
