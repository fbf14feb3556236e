"""An experiment, not part of the package: the responsiveness score judged on the development sets
labelled last (issue 17, session 17, score11: English first).

Scores the labelled documents of ``scoring.RETRAIN``'s training sets alone (as
``experiment_score_grouped`` does; the held-out sets are never read; about a minute on a quiet
machine), keeps per unit the shipped features and, read with the document's ``DocContext`` as the
map stage reads them, the shipped ``answered`` model's p(answered) (``answered.answered_features``,
read on every unit with a serving segment, not only the closed questions it gates) with its inputs,
and the generic unit model's p(generic). Then it compares, a model per language as shipped (C
``en`` 0.01, ``nl`` 0.1), the shipped features with each candidate feature or model form:

- each labelled set left out in turn (out-of-fold ROC AUC all / en / nl), the seven sets labelled
  last (dev-be17 to dev-be21, dev-uk23, dev-uk24: the best stand-in for unseen text) read from
  those folds, pooled and English alone, and left out together (trained on every other set);
  dev-uk14 to dev-uk24 left out together; five folds grouped by document, three shuffles (mean);
  the sets up and down against the shipped features (of the seven last in brackets).

Candidates: p(answered) (plain and as a log-odds), p(generic), both; the answered model's inputs as
groups (all, the other flags' cues, the yes/no readings, the cue classifier's shares, what is asked
and given, uptake); the C of each language model; the ``partial`` units weighted 1.5 and 2; an
ordinal reading (a second model of "not ``not_answered``" added to the first's log-odds); with
``--text``, a word n-gram model of the unit's own sentences stacked on the features (TF-IDF of words
and word pairs, a logistic regression at C 1, its log-odds read out of fold inside each training
part), measured without the sets left out one by one (that would take some 300 text fits): the
folds, the last seven together and dev-uk14..24 together (some 100 text fits, about 10 minutes on
a loaded machine).

    PYTHONPATH=$PWD .venv/bin/python scripts/experiment_score_late.py [--text]
"""

from __future__ import annotations

import math
import pickle
import sys
import warnings
from pathlib import Path

import numpy as np

OUT = Path("/tmp/score11late")
C_EN, C_NL = 0.01, 0.1
LATE = ("dev-be17", "dev-be18", "dev-be19", "dev-be20", "dev-be21", "dev-uk23", "dev-uk24")
LATE_UK = tuple(f"dev-uk{k}" for k in range(14, 25))


def units():
    """Per labelled unit the tool paired: features, target, language, set, document, label, the
    candidate readings, the own sentences; scored once and kept in ``OUT``."""
    cache = OUT / "units.pkl"
    if cache.exists():
        return pickle.loads(cache.read_bytes())
    sys.path.insert(0, str(Path(__file__).parent))
    import experiment_score_grouped as grouped

    from qa_align import answered, generic_units
    from qa_align.rules import answers
    from qa_align.rules.context import PairContext
    from qa_align.scoring import feature_names, features, own_sentences
    from qa_align.settings import Settings

    grouped.OUT = OUT
    shipped = Settings()
    am = answered.answered_model(shipped.answered_model, shipped.cue_model)
    gm = generic_units.generic_model(shipped.generic_model, shipped.cue_model)
    names, cache_, rows = feature_names(), {}, []
    for g, u, sp, ctx, set_name in grouped.paired_units(shipped):
        pctx, read = PairContext(ctx, sp.pair), {}
        if sp.pair.segments:
            inputs = answered.answered_features(pctx)
            read = {"p_answered": answers.learned(am, inputs)[0]}
            read |= {"af:" + k: v for k, v in inputs.items()}
            read["p_generic"] = answers.learned(gm, generic_units.generic_features(pctx))[0]
        rows.append(
            (
                features(sp, names, cache_),
                int(u.label == "answered"),
                sp.document.metadata.language,
                set_name,
                f"{g.source}/{g.doc_id}",
                u.label,
                read,
                " ".join(own_sentences(sp, cache_)),
            )
        )
    OUT.mkdir(parents=True, exist_ok=True)
    cache.write_bytes(pickle.dumps((names, rows)))
    return names, rows


def main() -> int:
    warnings.filterwarnings("ignore")
    sys.path.insert(0, str(Path(__file__).parent))
    import experiment_score_grouped as grouped
    from sklearn.metrics import roc_auc_score

    from qa_align.train import _pipeline

    names, rows = units()
    X = np.array([r[0] for r in rows], float)
    y = np.array([r[1] for r in rows])
    langs = np.array([r[2] for r in rows])
    sets = np.array([r[3] for r in rows])
    docs = np.array([r[4] for r in rows])
    labels = np.array([r[5] for r in rows])
    read = [r[6] for r in rows]
    own = np.array([r[7] for r in rows], dtype=object)

    def col(key, f=lambda v: v):
        v = np.array([f(r[key]) if key in r else np.nan for r in read], float)
        v[np.isnan(v)] = np.nanmean(v)  # no serving segment: the mean, as similarity is imputed
        return v

    def form(c_en=C_EN, c_nl=C_NL, partial=1.0, ordinal=0.0, text=False):
        def fit(Xa, tr):
            if text:
                Xa = np.column_stack([Xa, grouped.stacked_text(own, y, docs, tr)])
            weight = np.where(labels == "partial", partial, 1.0)
            models = {}
            for lang, c in (("en", c_en), ("nl", c_nl)):
                t = tr & (langs == lang)
                m = _pipeline(c).fit(Xa[t], y[t], logisticregression__sample_weight=weight[t])
                m2 = _pipeline(c).fit(Xa[t], (labels[t] != "not_answered").astype(int)) if ordinal else None
                models[lang] = (m, m2)

            def predict(te):
                p = np.zeros(te.sum())
                for lang, (m, m2) in models.items():
                    at = langs[te] == lang
                    if at.any():
                        Z = Xa[te][at]
                        p[at] = m.decision_function(Z) + (ordinal * m2.decision_function(Z) if m2 else 0.0)
                return p

            return predict

        return fit

    def auc(mask, p):
        return roc_auc_score(y[mask], p[mask]) if 0 < y[mask].sum() < mask.sum() else float("nan")

    def measure(fit, Xa, each_set=True):
        everything, late = np.ones(len(y), bool), np.isin(sets, LATE)
        out, per = {}, {}
        if each_set:  # not with --text: 47 sets of six text fits each
            p = np.full(len(y), np.nan)
            for s in np.unique(sets):
                p[sets == s] = fit(Xa, sets != s)(sets == s)
            per = {s: auc(sets == s, p) for s in np.unique(sets)}
            out = {
                "sets out all": auc(everything, p),
                "en": auc(langs == "en", p),
                "nl": auc(langs == "nl", p),
            }
            out["last 7"], out["last 7 en"] = auc(late, p), auc(late & (langs == "en"), p)
        for name, mask in (("last 7 together", late), ("dev-uk14..24 together", np.isin(sets, LATE_UK))):
            held = np.full(len(y), np.nan)
            held[mask] = fit(Xa, ~mask)(mask)
            out[name] = auc(mask, held)
            if name == "last 7 together":
                out["last 7 together en"] = auc(mask & (langs == "en"), held)
        folds = [
            (auc(everything, q), auc(langs == "en", q), auc(langs == "nl", q))
            for q in grouped.document_folds(fit, Xa, docs)
        ]
        out["5 folds all"], out["en "], out["nl "] = np.mean(folds, axis=0)
        return out, per

    def logit(v):
        return math.log(max(v, 1e-4) / max(1 - v, 1e-4))

    inputs = sorted({k for r in read for k in r if k.startswith("af:")})

    def plus(*keys):
        return np.column_stack([X, *(col(k) for k in keys)])

    candidates = {
        "p(answered)": (form(), plus("p_answered")),
        "p(answered), log-odds": (form(), np.column_stack([X, col("p_answered", logit)])),
        "p(generic)": (form(), plus("p_generic")),
        "p(answered), p(generic)": (form(), plus("p_answered", "p_generic")),
        "answered model's inputs, all": (form(), plus(*inputs)),
        "its other flags' cues": (
            form(),
            plus(*(f"af:{c}" for c in ("holding", "deflection", "no_information", "cross_reference"))),
        ),
        "its yes/no readings": (
            form(),
            plus("af:plain_reply", *(k for k in inputs if k.startswith("af:yn_"))),
        ),
        "its cue shares": (form(), plus(*(k for k in inputs if k.startswith("af:read_")))),
        "its asked and given": (
            form(),
            plus(
                *(
                    f"af:{k}"
                    for k in (
                        "asks_figures",
                        "asks_count",
                        "asked_items",
                        "figures_given",
                        "figure_share",
                        "name_share",
                    )
                )
            ),
        ),
        "its uptake": (form(), plus("af:uptake", "af:taken_share", "af:talk_share")),
        "en C 0.003": (form(c_en=0.003), X),
        "en C 0.03": (form(c_en=0.03), X),
        "en C 0.1": (form(c_en=0.1), X),
        "nl C 0.03": (form(c_nl=0.03), X),
        "nl C 0.3": (form(c_nl=0.3), X),
        "partial weighted 1.5": (form(partial=1.5), X),
        "partial weighted 2": (form(partial=2.0), X),
        "ordinal 0.3": (form(ordinal=0.3), X),
        "ordinal 1": (form(ordinal=1.0), X),
    }
    each_set = "--text" not in sys.argv
    if not each_set:
        candidates = {"own sentences' word n-grams stacked": (form(text=True), X)}
    base, base_per = measure(form(), X, each_set)
    print("| features | " + " | ".join(base) + " | sets up / down (of the last 7) |")
    print("|---|" + "---|" * (len(base) + 1))
    print("| shipped | " + " | ".join(f"{v:.4f}" for v in base.values()) + " | |", flush=True)
    for name, (fit, Xa) in candidates.items():
        got, per = measure(fit, Xa, each_set)
        up = {s for s in per if per[s] > base_per[s] + 1e-9}
        down = {s for s in per if per[s] < base_per[s] - 1e-9}
        moved = f"{len(up)} / {len(down)} ({len(up & set(LATE))} / {len(down & set(LATE))})"
        print(f"| {name} | " + " | ".join(f"{v:.4f}" for v in got.values()) + f" | {moved} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
