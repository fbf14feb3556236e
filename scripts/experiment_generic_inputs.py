"""New inputs for the ``generic`` unit model (``models/generic-units.md``, generic25), measured held
out beside ``GENERIC_FEATURES``; nothing here is read by the package.

Each candidate is computed from the unit's question and answer sentences as ``train_generic.py``
keeps them (``--cache``: ``texts``), offline and in well under a millisecond a unit:

- ``spec``: how specific the answer is beyond the question's words: the share of the answer's
  content words (four letters or more, no stop word) whose first five letters the question lacks,
  their distinct count (log); the shares of sentences naming a capitalised word the question does
  not hold, or a figure, a date or a name; figures, dates and names per sentence (log); sentences
  with a sum of money;
- ``bp``: the answer's overlap with a source-wide boilerplate profile: the document frequency of
  each word 4-gram over the 47,491 answers of ``uk-commons`` (``--profile``, hashed into 2^23
  buckets, the held-out ids of ``--exclude`` left out); the shares of the answer's 4-grams found in
  10 or 50 answers or more, of sentences half of whose 4-grams are found in 10, the most of one
  sentence;
- ``qtype``: the question's kind (how many or much, what steps, what assessment, whether or if, why,
  when, discussions, how) and four crossings with what the answer gives (a count asked and a
  figure, when and a date, steps and a new specific, discussions and a new name);
- ``emb``: the cosine of each answer sentence to the question with the offline ``use`` backend of
  ``qa_align.embed`` (most, mean, first sentence; ``--embed`` computes them, kept beside the cache);
- ``--ngram``: a TF-IDF word 1-2-gram logistic regression of the answer text, stacked as one
  feature: out of fold on the training part (an inner 5-fold grouped by document), fitted on the
  whole training part for the held-out units, so it is fitted inside each fold only.

Protocols (English units no veto stands on, as ``train_generic.py`` fits them): ``cv``, an outer
5-fold grouped by document over every development set, folds shuffled by ``--seeds``, C and
threshold fixed (0.01 / 0.30, 0.03 / 0.30) or chosen inside (without ``--nochoose``), with the
out-of-fold ROC AUC, average precision and best F1; ``unseen``, fitted on the sets the shipped
file was fitted on and scored on the others, beside the shipped file; ``lofo``, one set left out at
a time by ``train_generic.compare`` (every unit, the rule on the Dutch ones)::

    PYTHONPATH=$PWD:scripts .venv/bin/python scripts/train_generic.py --rescore --cache /tmp/g25/units.pkl --language en --modes model
    PYTHONPATH=$PWD:scripts .venv/bin/python scripts/experiment_generic_inputs.py --cache /tmp/g25/units.pkl --profile /tmp/g25/df4.npy --build-profile
    PYTHONPATH=$PWD:scripts .venv/bin/python scripts/experiment_generic_inputs.py --cache /tmp/g25/units.pkl --profile /tmp/g25/df4.npy --embed
    PYTHONPATH=$PWD:scripts .venv/bin/python scripts/experiment_generic_inputs.py --cache /tmp/g25/units.pkl --profile /tmp/g25/df4.npy --protocol cv --nochoose --add spec,bp,qtype [--null 1] [--ngram]
"""

from __future__ import annotations

import argparse
import gzip
import html
import json
import math
import pickle
import re
import sys
import zlib
from pathlib import Path

import numpy as np
import train_generic as tg

from qa_align.generic_units import GENERIC_FEATURES

WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
TOKEN = re.compile(r"[A-Za-z][A-Za-z'\-]*|\d[\d,.]*%?|£\s?\d[\d,.]*")
STOP = set(
    """a an the and or of to in on for with by at from as is are was were be been being has have had
this that these those it its their there they them he she his her we our us you your i my me not no
which what who whom whose when where why how whether if will would shall should can could may might must
do does did done than then also such other any all each more most some very into about over under up out
so but per new make made take taken ensure ensuring work working continue continues support supporting
government department secretary state minister ask hon member right steps assessment""".split()
)
MONTHS = "january february march april may june july august september october november december".split()
DATE = re.compile(r"\b(" + "|".join(MONTHS) + r"|20\d\d|19\d\d)\b", re.IGNORECASE)
NUMBER = re.compile(r"(£\s?\d|\b\d[\d,.]*\b|\bper cent\b|%)")
ASKER = re.compile(r"^to ask (the )?[^,]*?,\s*", re.IGNORECASE)
TAG = re.compile(r"<[^>]+>")
BUCKETS = 1 << 23
KINDS = {
    "q_how_many": r"\bhow (many|much)\b|\bwhat (number|proportion|percentage|amount|level)\b",
    "q_what_steps": r"\bwhat (steps|action|measures|plans|progress|support|guidance|funding)\b",
    "q_what_assess": r"\bwhat (recent )?(assessment|estimate|evaluation|analysis)\b|\bwhether .*\bassessment\b",
    "q_whether": r"^(whether|if)\b",
    "q_why": r"\bwhy\b",
    "q_when": r"\bwhen\b|\bwhat (date|timetable)\b",
    "q_discuss": r"\b(discussions|representations|meetings|conversations)\b",
    "q_how": r"^how\b|\bhow (he|she|the|her|his|it|they)\b",
}
GROUPS = {
    "spec": ["ans_only_share", "ans_only_types", "new_name_share", "new_specific_share", "specific_per_sentence",
             "money_share"],
    "bp": ["bp10_share", "bp50_share", "bp_sent_half", "bp_sent_max"],
    "qtype": [*KINDS, "how_many_x_fig", "when_x_date", "steps_x_new", "discuss_x_name"],
    "emb": ["emb_max", "emb_mean", "emb_first"],
}  # fmt: skip


def content(text: str) -> list[str]:
    return [w for w in WORD.findall(text.lower()) if len(w) > 3 and w not in STOP]


def grams(text: str) -> list[int]:
    """The hashed word 4-grams of a text (the profile's buckets)."""
    w = WORD.findall(html.unescape(text).lower())
    return [zlib.crc32(" ".join(w[i : i + 4]).encode()) & (BUCKETS - 1) for i in range(len(w) - 3)]


def build_profile(out: Path, exclude: Path) -> None:
    """Each 4-gram bucket's count of ``uk-commons`` answers holding it (ids of ``exclude`` left out)."""
    held = set(exclude.read_text().split()) if exclude.exists() else set()
    df, n = np.zeros(BUCKETS, np.int32), 0
    with gzip.open("../shared/data/uk-commons/written_questions.jsonl.gz", "rt") as f:
        for line in f:
            r = json.loads(line)
            if str(r["id"]) in held or not r.get("answerText"):
                continue
            found = set(grams(TAG.sub(" ", r["answerText"])))
            if found:
                df[np.fromiter(found, np.int64)] += 1
            n += 1
    np.save(out, df)
    print(f"{n} answers, {int((df >= 10).sum())} buckets in 10 or more")


def features(question: str, sentences: list[tuple[str, float]], df: np.ndarray) -> dict[str, float]:
    """The candidate inputs of one unit (``spec``, ``bp``, ``qtype``)."""
    q = ASKER.sub("", question.strip())
    asked = {w[:5] for w in content(q)}
    tokens = set(TOKEN.findall(q))
    sents = [t for t, _ in sentences if t.strip()]
    n = max(1, len(sents))
    words = [w for t in sents for w in content(t)]
    only = [w for w in words if w[:5] not in asked]
    found = []
    for t in sents:
        toks = TOKEN.findall(t)
        names = {
            x
            for i, x in enumerate(toks)
            if i and x[:1].isupper() and x.lower() not in STOP and x not in tokens
        }
        found.append((len(names), len(NUMBER.findall(t)), len(DATE.findall(t))))
    out = {
        "ans_only_share": len(only) / max(1, len(words)),
        "ans_only_types": math.log1p(len({w[:5] for w in only})),
        "new_name_share": sum(a > 0 for a, _, _ in found) / n,
        "new_specific_share": sum(a + b + c > 0 for a, b, c in found) / n,
        "specific_per_sentence": math.log1p(sum(a + b + c for a, b, c in found) / n),
        "money_share": sum("£" in t for t in sents) / n,
    }
    total = in10 = in50 = 0
    per_sentence = []
    for t in sents:
        v = df[np.array(grams(t), dtype=np.int64)]
        if len(v):
            total, in10, in50 = total + len(v), in10 + int((v >= 10).sum()), in50 + int((v >= 50).sum())
            per_sentence.append(float((v >= 10).mean()))
    out |= {
        "bp10_share": in10 / total if total else 0.0,
        "bp50_share": in50 / total if total else 0.0,
        "bp_sent_half": sum(s >= 0.5 for s in per_sentence) / n,
        "bp_sent_max": max(per_sentence, default=0.0),
    }
    out |= {k: float(bool(re.search(rx, q, re.IGNORECASE))) for k, rx in KINDS.items()}
    out["how_many_x_fig"] = out["q_how_many"] * sum(b > 0 for _, b, _ in found) / n
    out["when_x_date"] = out["q_when"] * sum(c > 0 for _, _, c in found) / n
    out["steps_x_new"] = out["q_what_steps"] * out["new_specific_share"]
    out["discuss_x_name"] = out["q_discuss"] * out["new_name_share"]
    return out


def embed(data: dict, out: Path) -> None:
    """Each English unit's cosines of its answer sentences to its question (``use`` backend)."""
    import time

    from qa_align.embed import get_backend

    language = {u.key: u.language for u in data["units"]}
    keys = [k for k in data["texts"] if language.get(k) == "en"]
    backend = get_backend("use", cache=False)
    start = time.process_time()
    questions = np.asarray(backend.embed([ASKER.sub("", data["texts"][k][0]) for k in keys]))
    sents = [[t for t, _ in data["texts"][k][1] if t.strip()] or [""] for k in keys]
    rows = np.asarray(backend.embed([s for ss in sents for s in ss]))
    found, at = {}, 0
    for k, q, ss in zip(keys, questions, sents):
        sims, at = rows[at : at + len(ss)] @ q, at + len(ss)
        found[k] = {"emb_max": float(sims.max()), "emb_mean": float(sims.mean()), "emb_first": float(sims[0])}
    out.write_bytes(pickle.dumps(found))
    print(f"{len(keys)} units, {len(rows)} sentences, {time.process_time() - start:.1f} s cpu")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cache", help="train_generic.py's cache of the development units (default: its own)")
    ap.add_argument("--profile", default="/tmp/train_generic/df4.npy", help="the 4-gram profile (.npy)")
    ap.add_argument("--exclude", default="/tmp/s31/heldout.ids", help="record ids the profile leaves out")
    ap.add_argument("--build-profile", action="store_true")
    ap.add_argument("--embed", action="store_true", help="compute the embedding cosines (beside --cache)")
    ap.add_argument("--add", default="", help="groups (spec, bp, qtype, emb) or feature names to add")
    ap.add_argument("--ngram", action="store_true", help="stack an n-gram model of the answer as a feature")
    ap.add_argument("--null", type=int, help="add train_generic's column of noise (its seed)")
    ap.add_argument("--protocol", default="cv", choices=("cv", "unseen", "lofo"))
    ap.add_argument("--seeds", default="0,1,2", help="the outer folds' shuffles (cv)")
    ap.add_argument("--nochoose", action="store_true", help="C and threshold fixed only")
    args = ap.parse_args(argv)
    if args.build_profile:
        build_profile(Path(args.profile), Path(args.exclude))
        return 0
    cache = Path(args.cache) if args.cache else tg.default_cache()
    data = pickle.loads(cache.read_bytes())
    cosines = cache.with_suffix(".emb.pkl")
    if args.embed:
        embed(data, cosines)
        return 0
    df = np.load(args.profile)
    extra = pickle.loads(cosines.read_bytes()) if cosines.exists() else {}
    for k, (q, sents) in data["texts"].items():
        data["features"][k] |= features(q, sents, df) | extra.get(k, {})
    names = list(GENERIC_FEATURES)
    for a in filter(None, args.add.split(",")):
        names += GROUPS.get(a, [a])
    if args.null is not None:
        tg.add_null_column(data, args.null)
        names.append("null")
    print("added:", ", ".join(names[len(GENERIC_FEATURES) :]) or "nothing", "| n-gram stacked:", args.ngram)
    if args.protocol == "lofo":
        tg.compare(data, names, ["model"], "en")
        return 0
    Held(data, names, args).run()
    return 0


class Held:
    """The cv and unseen protocols over the unvetoed English units."""

    FIXED = ((0.01, 0.30), (0.03, 0.30))

    def __init__(self, data: dict, names: list[str], args) -> None:
        self.data, self.args = data, args
        x, served, y, rule, groups, sets, veto = tg.matrix(data, names, "en")
        self.keys = [u.key for u, s in zip(data["units"], served) if s]
        self.x, self.y, self.rule = x, y[served], rule[served]
        self.groups, self.sets, self.veto = groups[served], sets[served], veto[served]
        self.texts = [" ".join(t for t, _ in data["texts"][k][1]) for k in self.keys]

    def ngram(self, train: np.ndarray, test: np.ndarray, seed: int) -> tuple[np.ndarray, np.ndarray]:
        """The n-gram model's probability: out of fold on ``train``, fitted on ``train`` for ``test``."""
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.model_selection import GroupKFold
        from sklearn.pipeline import make_pipeline

        def model():
            vectorizer = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
            return make_pipeline(vectorizer, LogisticRegression(max_iter=2000, class_weight="balanced"))

        texts, y = [self.texts[i] for i in train], self.y[train]
        oof = np.zeros(len(train))
        for a, b in GroupKFold(5, shuffle=True, random_state=seed).split(train, groups=self.groups[train]):
            fitted = model().fit([texts[i] for i in a], y[a])
            oof[b] = fitted.predict_proba([texts[i] for i in b])[:, 1]
        return oof, model().fit(texts, y).predict_proba([self.texts[i] for i in test])[:, 1]

    def fold(self, train: np.ndarray, test: np.ndarray, seed: int = 0) -> dict[str, np.ndarray]:
        train = train[~self.veto[train]]
        xtr, xte, y = self.x[train], self.x[test], self.y[train]
        if self.args.ngram:
            oof, p = self.ngram(train, test, seed)
            xtr, xte = np.column_stack([xtr, oof]), np.column_stack([xte, p])
        out = {}
        if not self.args.nochoose:
            c, t = tg.choose(xtr, y, self.rule[train], self.veto[train], self.groups[train], "model")
            out["chosen"] = (tg._fit(xtr, y, c).predict_proba(xte)[:, 1] >= t) & ~self.veto[test]
        for c, t in self.FIXED:
            p = tg._fit(xtr, y, c).predict_proba(xte)[:, 1]
            out[f"{c}/{t}"], out[f"p {c}"] = (p >= t) & ~self.veto[test], p
        return out

    def line(self, name: str, pred: np.ndarray, rows: np.ndarray) -> str:
        y = self.y[rows]
        tp, fp = int((y & pred).sum()), int((~y & pred).sum())
        return f"  {name:8s} {tp:4d}/{fp:4d} right/false F1 {2 * tp / (int(y.sum()) + tp + fp):.3f}"

    def run(self) -> None:
        from sklearn.metrics import average_precision_score, roc_auc_score
        from sklearn.model_selection import GroupKFold

        if self.args.protocol == "unseen":
            model = json.loads(Path(tg.SHIPPED).read_text(encoding="utf-8"))
            old = np.isin(self.sets, model["trained_on"])
            test = np.flatnonzero(~old)
            out = self.fold(np.flatnonzero(old), test)
            print(
                f"unseen: {len(set(self.sets[test]))} sets, {len(test)} units, {int(self.y[test].sum())} generic"
            )
            for k, v in out.items():
                if not k.startswith("p "):
                    print(self.line(k, v, test))
            from qa_align.rules.answers import learned

            p = np.array([learned(model, self.data["features"][self.keys[i]])[0] for i in test])
            print(self.line("shipped", (p >= model["threshold"]) & ~self.veto[test], test))
            return
        rows = np.flatnonzero(~self.veto)
        for seed in map(int, self.args.seeds.split(",")):
            held: dict[str, np.ndarray] = {}
            for a, b in GroupKFold(5, shuffle=True, random_state=seed).split(rows, groups=self.groups[rows]):
                for k, v in self.fold(rows[a], rows[b], seed).items():
                    held.setdefault(k, np.zeros(len(self.y), v.dtype))[rows[b]] = v
            print(f"cv seed {seed}: {len(rows)} units, {int(self.y[rows].sum())} generic")
            y = self.y[rows]
            for k, v in held.items():
                if not k.startswith("p "):
                    print(self.line(k, v[rows], rows))
                    continue
                p = v[rows]
                best = max(
                    2 * (y & (p >= t)).sum() / (y.sum() + (p >= t).sum()) for t in np.arange(0.1, 0.6, 0.01)
                )
                print(
                    f"  {k}: AUC {roc_auc_score(y, p):.4f} AP {average_precision_score(y, p):.4f} best F1 {best:.3f}"
                )


if __name__ == "__main__":
    sys.exit(main())
