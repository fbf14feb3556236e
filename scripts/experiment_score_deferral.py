"""An experiment, not part of the package: the responsiveness score's tenth round (issue 17,
session 15, score10): ``deferral_found`` and the candidates tried beside it.

Reads the units of ``experiment_score_grouped`` (the labelled documents of ``scoring.RETRAIN``'s
training sets scored alone, kept in its ``OUT``; no held-out set is read) and compares, a model per
language at the C the shipped models choose (all 0.1, ``en`` 0.01, ``nl`` 0.03), the features of
main 35f0f25 with each candidate added:

- each labelled set left out in turn (out-of-fold ROC AUC all / en / nl, the mean over the English
  and over the Dutch sets), ``dev-uk14`` to ``dev-uk22`` left out together, and five folds grouped
  by document (three shuffles, mean); the sets up and down against the features of 35f0f25.

Candidates: a deferral read in an own sentence (English only, as shipped; and in Dutch too); any
refusal; any refusal and any deferral; any own sentence per cue; a missing-data cue beside
content; an annex or attached table named; the question's question marks; the breakdown
dimensions the question asks.

    PYTHONPATH=$PWD:scripts .venv/bin/python scripts/experiment_score_deferral.py
"""

from __future__ import annotations

import math
import re
import sys
import warnings

import numpy as np

FIXED_C = {"all": 0.1, "en": 0.01, "nl": 0.03}
LATE_UK = tuple(f"dev-uk{k}" for k in range(14, 23))
CUES = ("missing_data", "handover", "pointer", "deferral", "refusal", "general")
ANNEX = re.compile(
    r"\b(?:bijlage\w*|bijgevoegd\w*|annex\w*|attached|enclosed|appendix|onderstaande tabel\w*|tabel hieronder|"
    r"table below|following table)\b",
    re.I,
)
DIMENSIONS = re.compile(
    r"\b(?:per (?:jaar|provincie|gemeente|gewest|regio|maand|categorie|leeftijd\w*|geslacht|taalrol|arrondissement|"
    r"zone|type|nationaliteit|land|sector|dienst)|opgesplitst|uitgesplitst|opsplitsing|uitsplitsing|opdeling|"
    r"respectievelijk|by (?:year|region|age|gender|sex|ethnicity|month|type|constituency|local authority)|"
    r"broken down|breakdown|each year|each month)\b",
    re.I,
)


def main() -> int:
    warnings.filterwarnings("ignore")
    import experiment_score_grouped as grouped
    from sklearn.metrics import roc_auc_score

    from qa_align.scoring import LanguageModels
    from qa_align.train import _language_rows, _pipeline

    names, rows = grouped.units()
    X = np.array([r[0] for r in rows], float)
    if "deferral_found" in names:  # units scored after this round: the features of 35f0f25 alone
        X = np.delete(X, names.index("deferral_found"), axis=1)
    y = np.array([r[1] for r in rows])
    langs = np.array([r[2] for r in rows])
    sets = np.array([r[4] for r in rows])
    if len(rows[0]) < 9:
        print(f"units kept in {grouped.OUT} name no document: delete them and run again")
        return 1
    docs = np.array([r[8] for r in rows])
    counts = [r[7] or (0,) * 8 for r in rows]
    own = [" ".join(r[5]) for r in rows]
    questions = [r[6] for r in rows]

    def fit(Xa, tr):
        joint = _pipeline(FIXED_C["all"]).fit(Xa[tr], y[tr])
        models = {
            lang: _pipeline(FIXED_C[lang]).fit(Xa[tr & (langs == lang)], y[tr & (langs == lang)])
            for lang in ("en", "nl")
        }
        model = LanguageModels(joint, models, ())
        return lambda te: model.predict_proba(_language_rows(model, Xa[te], langs[te]))[:, 1]

    def auc(mask, p):
        return roc_auc_score(y[mask], p[mask]) if 0 < y[mask].sum() < mask.sum() else float("nan")

    def measure(Xa) -> tuple[dict, dict]:
        p = np.full(len(y), np.nan)
        for s in np.unique(sets):
            p[sets == s] = fit(Xa, sets != s)(sets == s)
        per_set = {s: auc(sets == s, p) for s in np.unique(sets)}
        english = {s for s in per_set if (langs[sets == s] == "en").all()}
        out = {"all": auc(np.ones(len(y), bool), p), "en": auc(langs == "en", p), "nl": auc(langs == "nl", p)}
        out["mean en sets"] = float(np.nanmean([v for s, v in per_set.items() if s in english]))
        out["mean nl sets"] = float(np.nanmean([v for s, v in per_set.items() if s not in english]))
        late = np.isin(sets, LATE_UK)
        held = np.full(len(y), np.nan)
        held[late] = fit(Xa, ~late)(late)
        out["dev-uk14..22"] = auc(late, held)
        folds = [
            (auc(langs == "en", q), auc(langs == "nl", q)) for q in grouped.document_folds(fit, Xa, docs)
        ]
        out["five folds en"], out["five folds nl"] = np.mean(folds, axis=0)
        return out, per_set

    read = {c: np.array([float(c_[2 + j] > 0) for c_ in counts]) for j, c in enumerate(CUES)}
    english = (langs == "en").astype(float)
    candidates = {
        "deferral_found (English; shipped)": [read["deferral"] * english],
        "a deferral, Dutch too": [read["deferral"]],
        "any refusal": [read["refusal"]],
        "any refusal, any deferral": [read["refusal"], read["deferral"]],
        "any own sentence per cue": list(read.values()),
        "missing data beside content": [read["missing_data"] * np.array([float(c[1] > 0) for c in counts])],
        "an annex named": [np.array([float(bool(ANNEX.search(t))) for t in own])],
        "question marks": [np.array([math.log1p(max(q.count("?") - 1, 0)) for q in questions])],
        "dimensions asked": [np.array([math.log1p(len(DIMENSIONS.findall(q))) for q in questions])],
    }
    base, base_sets = measure(X)
    print("| features | " + " | ".join(base) + " | sets up / down (English) |")
    print("|---|" + "---|" * (len(base) + 1))
    print("| 35f0f25 | " + " | ".join(f"{v:.4f}" for v in base.values()) + " | |")
    for name, columns in candidates.items():
        got, per_set = measure(np.column_stack([X, *columns]))
        up = [s for s in per_set if per_set[s] > base_sets[s] + 1e-9]
        down = [s for s in per_set if per_set[s] < base_sets[s] - 1e-9]
        en_sets = {s for s in per_set if (langs[sets == s] == "en").all()}
        moved = f"{len(up)} / {len(down)} ({len(en_sets & set(up))} / {len(en_sets & set(down))})"
        print(f"| {name} | " + " | ".join(f"{v:.4f}" for v in got.values()) + f" | {moved} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
