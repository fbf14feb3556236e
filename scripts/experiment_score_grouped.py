"""An experiment, not part of the package: the responsiveness score cross-validated by labelled
set (issue 17, the eighth and ninth score rounds: English).

Scores the labelled documents of ``scoring.RETRAIN``'s training sets (only those: similarity and
identifiability are then fitted on them alone, not on all of ``../shared/data`` as ``qa-align
train`` fits them; the held-out sets are never read), and compares feature sets and model forms,
a model per language and one of all languages as shipped, at the C the shipped models choose
(all 0.1, ``en`` 0.01, ``nl`` 0.03):

- leave one labelled set out (39 sets): out-of-fold ROC AUC all / en / nl / per source, and per
  set (the mean over the English sets and over the Dutch ones);
- the UK sets tuned on least, ``dev-uk14`` to ``dev-uk22``, held out together (trained on all
  the others).

Candidates (the features of ``qa_align.scoring`` and, computed here from the unit's own
sentences, ``own_sentences``, and the cue classifier's reading of them, ``cue_counts``):
``cue_free_share`` (shipped); the share of own sentences read as each cue; a hand-over or pointer
as the own sentences' only content; the cue classifier's highest and mean probability of each cue;
figures asked and none given but years; non-year figures given; the own sentences' words; the
question's kind (closed, policy steps, when); no flag features at all; gradient boosting
(``HistGradientBoostingClassifier``, depth 3, 200 rounds, a language column). The scored pairs are
kept in /tmp/score9grouped (on a loaded machine the scoring takes some 5 minutes, the trials some
3 minutes each).

    PYTHONPATH=$PWD .venv/bin/python scripts/experiment_score_grouped.py
"""

from __future__ import annotations

import gzip
import json
import math
import pickle
import re
import shutil
import sys
import warnings
from collections import defaultdict
from pathlib import Path

import numpy as np

OUT = Path("/tmp/score9grouped")
FIXED_C = {"all": 0.1, "en": 0.01, "nl": 0.03}
LATE_UK = tuple(f"dev-uk{k}" for k in range(14, 23))
CUES = ("missing_data", "handover", "pointer", "deferral", "refusal", "general")
YEAR = re.compile(r"^(?:19|20)\d\d$")
ASK_FIGURES = re.compile(
    r"\b(?:how many|how much|numbers? of|proportion|percentage|what (?:the )?(?:total |annual )?"
    r"(?:cost|amount|value|spend\w*)|statistics|figures|hoeveel|aantal|aantallen|cijfers|bedrag|bedragen|"
    r"kostprijs|statistieken|budget)\b",
    re.I,
)
OPENING = re.compile(r"^\s*(?:to ask [^,]*,\s*)?(?:\(?\w{1,3}[.)]\s+)?", re.I)
CLOSED = re.compile(
    r"(?:whether|if|will|is|are|does|do|has|have|can|kan|kunt|zal|zult|zijn|heeft|hebt|wordt|bent|overweegt)\b",
    re.I,
)
POLICY = re.compile(
    r"\b(?:what (?:steps|plans|action|progress|measures|support|discussions)|welke (?:maatregelen|stappen|"
    r"acties|initiatieven)|plannen)\b",
    re.I,
)
WHEN = re.compile(r"(?:when|wanneer)\b", re.I)


def training_sets() -> list[str]:
    from qa_align.scoring import RETRAIN

    words = RETRAIN.split()
    return [words[2]] + [words[i + 1] for i, w in enumerate(words) if w == "--gold"]


def labelled_data(files: list[str]) -> Path:
    """A copy of ``../shared/data`` with only the labelled documents of ``files``."""
    from qa_align.evaluate import load_gold

    wanted: dict[str, set[str]] = {}
    for f in files:
        for g in load_gold(f):
            wanted.setdefault(g.source, set()).add(str(g.doc_id))
    src, dst = Path("../shared/data"), OUT / "data"
    for folder in (p for p in src.iterdir() if p.is_dir()):
        keep = wanted.get(folder.name, wanted.get(folder.name.removesuffix("-2017"), set()))
        (dst / folder.name).mkdir(parents=True, exist_ok=True)
        for f in folder.iterdir():
            if f.name.endswith((".jsonl", ".jsonl.gz")):
                opener = gzip.open if f.name.endswith(".gz") else open
                with (
                    opener(f, "rt", encoding="utf-8") as fi,
                    opener(dst / folder.name / f.name, "wt", encoding="utf-8") as fo,
                ):
                    fo.writelines(
                        line
                        for line in fi
                        if str(json.loads(line).get("id", json.loads(line).get("doc_id"))) in keep
                    )
            else:
                shutil.copy(f, dst / folder.name / f.name)
    return dst


def scored_training_documents():
    """The labelled documents of ``training_sets()`` scored alone (from ``labelled_data``, under
    ``OUT``; the score model and off-topic calibration off): the gold documents, each document's
    set (``(source, doc_id)`` -> the first set's file stem), and the scored pairs by document
    (``(source, doc_id)``) and by unit (``(source, doc_id, n)``)."""
    from qa_align.evaluate import load_gold
    from qa_align.pipeline import iter_scored
    from qa_align.settings import Settings
    from qa_align.train import training_documents
    from qa_align.types import Problem

    files = training_sets()
    sets = {f: load_gold(f) for f in files}
    gold, _ = training_documents(sets, {})
    set_of: dict = {}
    for f, docs in sets.items():
        for g in docs:
            set_of.setdefault((g.source, g.doc_id), Path(f).stem)
    settings = Settings().replace(score_model="none", off_topic_calibration="none", jobs=1)
    wanted = {(g.source, g.doc_id) for g in gold}
    scored = [
        r
        for r in iter_scored([str(labelled_data(files))], settings)
        if not isinstance(r, Problem) and (r.document.source, r.document.doc_id) in wanted
    ]
    by_doc, by_key = defaultdict(list), {}
    for sp in scored:
        by_doc[(sp.document.source, sp.document.doc_id)].append(sp)
        by_key[(sp.document.source, sp.document.doc_id, sp.pair.question.n)] = sp
    return gold, set_of, by_doc, by_key


def paired_units(settings):
    """Each labelled unit of ``scored_training_documents()`` the tool paired, in the gold order:
    the gold document, the unit, its scored pair, its document's ``DocContext`` read with
    ``settings`` (as the map stage reads it, made once a document) and its set."""
    from qa_align.rules.context import DocContext

    gold, set_of, by_doc, by_key = scored_training_documents()
    for g in gold:
        ctx = None
        for u in g.units:
            sp = by_key.get((g.source, g.doc_id, u.n))
            if sp is None:
                continue
            if ctx is None:
                ctx = DocContext(sp.document, tuple(p.pair for p in by_doc[(g.source, g.doc_id)]), settings)
            yield g, u, sp, ctx, set_of[(g.source, g.doc_id)]


def document_folds(fit, Xa, docs, seeds=range(3), k=5):
    """Per shuffle (``seeds``), the out-of-fold predictions of ``k`` folds grouped by document:
    ``fit(Xa, train_mask)`` returns a function of the test mask."""
    for seed in seeds:
        order = {d: i for i, d in enumerate(np.random.RandomState(seed).permutation(np.unique(docs)))}
        fold = np.array([order[d] % k for d in docs])
        q = np.full(len(docs), np.nan)
        for j in range(k):
            q[fold == j] = fit(Xa, fold != j)(fold == j)
        yield q


def stacked_text(own, y, docs, tr):
    """A word n-gram model of the units' own sentences (``own``, one text a unit) as one column:
    its log-odds out of fold inside the training part ``tr`` (five folds grouped by document), and
    fitted on all of ``tr`` for the rest."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    def text_fit(tr):
        vec = TfidfVectorizer(ngram_range=(1, 2), min_df=3, sublinear_tf=True, max_features=30000)
        model = LogisticRegression(C=1.0, class_weight="balanced", max_iter=2000).fit(
            vec.fit_transform(own[tr]), y[tr]
        )
        return lambda te: model.decision_function(vec.transform(own[te]))

    s, idx = np.zeros(len(y)), np.where(tr)[0]
    ud = np.unique(docs[idx])
    fold_of = dict(zip(ud, np.random.RandomState(0).permutation(len(ud)) % 5, strict=True))
    fold = np.array([fold_of[d] for d in docs[idx]])
    for k in range(5):
        inner, held = np.zeros(len(y), bool), np.zeros(len(y), bool)
        inner[idx[fold != k]], held[idx[fold == k]] = True, True
        s[held] = text_fit(inner)(held)
    s[~tr] = text_fit(tr)(~tr)
    return s


def units():
    """Per labelled unit the tool paired: feature row, target, language, source, set, own
    sentences, question, cue counts, document; scored once and kept in ``OUT``."""
    cache = OUT / "units.pkl"
    if cache.exists():
        return pickle.loads(cache.read_bytes())
    from qa_align.scoring import cue_counts, feature_names, features, own_sentences

    gold, set_of, _, by_key = scored_training_documents()
    names, cache_ = feature_names(), {}
    rows = []
    for g in gold:
        for u in g.units:
            sp = by_key.get((g.source, g.doc_id, u.n))
            if sp is not None:
                rows.append(
                    (
                        features(sp, names, cache_),
                        int(u.label == "answered"),
                        sp.document.metadata.language,
                        g.source,
                        set_of[(g.source, g.doc_id)],
                        own_sentences(sp, cache_),
                        sp.pair.question.text,
                        cue_counts(sp, cache_),
                        f"{g.source}/{g.doc_id}",  # the document (score10: grouped folds)
                    )
                )
    data = (names, rows)
    OUT.mkdir(parents=True, exist_ok=True)
    cache.write_bytes(pickle.dumps(data))
    return data


def candidates(rows) -> dict[str, np.ndarray]:
    """The candidate features not in ``qa_align.scoring``, from each unit's own sentences."""
    from qa_align.cues import load_model
    from qa_align.scoring import _FIGURE

    model, out = load_model(""), {}
    probs = [
        model.probabilities([s for s in own if s.strip()], lang) if any(s.strip() for s in own) else None
        for _, _, lang, _, _, own, _, _ in rows
    ]
    # the shipped classifier's reading of the own sentences (``scoring.cue_counts``): the share
    # read as each cue, and a hand-over or pointer as the answer's only content
    counted = [r[7] or (0, 0, *(0 for _ in CUES)) for r in rows]
    for j, cue in enumerate(CUES):
        out[f"cue_share:{cue}"] = np.array([c[2 + j] / c[0] if c[0] else 0.0 for c in counted])
    only = [c[0] > 0 and c[1] == 0 and c[3] + c[4] > 0 for c in counted]
    out["handover_pointer_only"] = np.array(only, float)
    for j, cue in enumerate(CUES):
        out[f"cue_max:{cue}"] = np.array([0.0 if p is None else p[:, j].max() for p in probs])
        out[f"cue_mean:{cue}"] = np.array([0.0 if p is None else p[:, j].mean() for p in probs])
    own_text = [" ".join(r[5]) for r in rows]
    asked = np.array([bool(ASK_FIGURES.search(r[6])) for r in rows])
    given = np.array([sum(not YEAR.match(f) for f in _FIGURE.findall(t)) for t in own_text])
    out["figures_unmet"] = (asked & (given == 0)).astype(float)
    out["figures_asked"] = asked.astype(float)
    out["own_figures_log"] = np.log1p(given)
    out["own_words_log"] = np.array([math.log1p(len(t.split())) for t in own_text])
    questions = [OPENING.sub("", r[6], count=1) for r in rows]
    out["ask_closed"] = np.array([bool(CLOSED.match(q)) for q in questions], float)
    out["ask_policy"] = np.array([bool(POLICY.search(q)) for q in questions], float)
    out["ask_when"] = np.array([bool(WHEN.match(q)) for q in questions], float)
    return out


def main() -> int:
    warnings.filterwarnings("ignore")
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.metrics import roc_auc_score

    from qa_align.scoring import LanguageModels
    from qa_align.train import _language_rows, _pipeline

    names, rows = units()
    X = np.array([r[0] for r in rows], float)
    y = np.array([r[1] for r in rows])
    langs = np.array([r[2] for r in rows])
    sources = np.array([r[3] for r in rows])
    sets = np.array([r[4] for r in rows])
    extra = candidates(rows)

    def linear(Xa, tr):
        joint = _pipeline(FIXED_C["all"]).fit(Xa[tr], y[tr])
        own = {
            lang: _pipeline(FIXED_C[lang]).fit(Xa[tr & (langs == lang)], y[tr & (langs == lang)])
            for lang in ("en", "nl")
        }
        model = LanguageModels(joint, own, ())
        return lambda te: model.predict_proba(_language_rows(model, Xa[te], langs[te]))[:, 1]

    def boosted(Xa, tr):
        withlang = np.column_stack([Xa, (langs == "en").astype(float)])
        model = HistGradientBoostingClassifier(
            max_iter=200, learning_rate=0.05, max_depth=3, min_samples_leaf=30, l2_regularization=1.0,
            class_weight="balanced", random_state=0,
        ).fit(withlang[tr], y[tr])  # fmt: skip
        return lambda te: model.predict_proba(withlang[te])[:, 1]

    def auc(mask, p):
        return roc_auc_score(y[mask], p[mask]) if 0 < y[mask].sum() < mask.sum() else float("nan")

    def grouped(Xa, fit=linear) -> dict:
        p = np.full(len(y), np.nan)
        for s in np.unique(sets):
            te = sets == s
            p[te] = fit(Xa, ~te)(te)
        late = np.isin(sets, LATE_UK)
        q = np.full(len(y), np.nan)
        q[late] = fit(Xa, ~late)(late)
        per_set = {s: auc(sets == s, p) for s in np.unique(sets)}
        english = {s for s in per_set if (langs[sets == s] == "en").all()}
        out = {
            k: auc(m, p)
            for k, m in [("all", np.ones(len(y), bool)), ("en", langs == "en"), ("nl", langs == "nl")]
        }
        out |= {src: auc(sources == src, p) for src in np.unique(sources)}
        out["dev-uk14..22 together"] = auc(late, q)
        out["mean of en sets"] = float(np.nanmean([v for s, v in per_set.items() if s in english]))
        out["mean of nl sets"] = float(np.nanmean([v for s, v in per_set.items() if s not in english]))
        return out | {f"set {s}": v for s, v in per_set.items()}

    shipped = X
    without = X[:, [i for i, n in enumerate(names) if n != "cue_free_share"]]
    flagless = X[
        :,
        [i for i, n in enumerate(names) if not n.startswith("flag:") and n not in ("flags", "evidence_log")],
    ]

    def plus(*keys):
        return np.column_stack([without, *(extra[k] for k in keys)])

    trials = {
        "before (no cue_free_share)": grouped(without),
        "shipped (+ cue_free_share)": grouped(shipped),
        "+ cue max per cue": grouped(plus(*(f"cue_max:{c}" for c in CUES))),
        "+ cue mean per cue": grouped(plus(*(f"cue_mean:{c}" for c in CUES))),
        "+ figures_unmet": grouped(plus("figures_unmet")),
        "+ figures asked, own figures": grouped(plus("figures_asked", "own_figures_log")),
        "+ cue share per cue": grouped(plus(*(f"cue_share:{c}" for c in CUES))),
        "+ cue_free_share, cue share per cue": grouped(
            np.column_stack([shipped, *(extra[f"cue_share:{c}"] for c in CUES)])
        ),
        "+ cue_free_share, handover_pointer_only": grouped(
            np.column_stack([shipped, extra["handover_pointer_only"]])
        ),
        "+ cue_free_share, figures_unmet": grouped(np.column_stack([shipped, extra["figures_unmet"]])),
        "+ cue_free_share, figures asked, own figures": grouped(
            np.column_stack([shipped, extra["figures_asked"], extra["own_figures_log"]])
        ),
        "+ own words": grouped(plus("own_words_log")),
        "+ question kind": grouped(plus("ask_closed", "ask_policy", "ask_when")),
        "no flag features": grouped(flagless),
        "gradient boosting": grouped(without, boosted),
    }
    keys = [k for k in next(iter(trials.values())) if not k.startswith("set ")]
    print("| trial | " + " | ".join(keys) + " |")
    print("|---|" + "---|" * len(keys))
    for name, r in trials.items():
        print(f"| {name} | " + " | ".join(f"{r[k]:.3f}" for k in keys) + " |")
    print()
    before, after = trials["before (no cue_free_share)"], trials["shipped (+ cue_free_share)"]
    for k in (k for k in before if k.startswith("set ")):
        print(f"{k[4:]:14s} {before[k]:.3f} -> {after[k]:.3f} ({after[k] - before[k]:+.3f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
