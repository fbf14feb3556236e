"""Benchmark of the embedding backends on the protocol of the similarity issue.

    .venv/bin/python scripts/bench_similarity.py [--backends tfidf,tfidf+char,use,minilm,hybrid]

Protocol: 400 randomly drawn (seed 0) answered records of be-kamer-2017/questions.jsonl
(answer longer than 50 characters), the first 2,000 characters of each question and answer,
cosine similarity; each question ranks all 400 answers; top-1 (its own answer ranks first)
and MRR. The same on 400 records of uk-commons (question and answer as text, the answer's
HTML turned into text). ``hybrid`` sums the z-scored (per row, then per column) similarity
matrices of tfidf+char and use. Prints one table row per backend and source, with seconds, and
below it (``NAME z``) the same similarities z-scored per question, then per answer: the hubness
correction identifiability uses. Before each source's rows: how many answers refer elsewhere or
hand the question over (no backend should match them), how many hits near-identical questions or
answers cost, and so the protocol's ceiling; ``rest`` is top-1 among the other questions and
answers only.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"


def sample(source: str, n: int = 400, seed: int = 0) -> tuple[list[str], list[str]]:
    from qa_align.readers.html_text import html_to_text

    if source == "be-kamer":
        recs = [
            json.loads(line) for line in open(DATA / "be-kamer-2017" / "questions.jsonl", encoding="utf-8")
        ]
        recs = [r for r in recs if r.get("answer") and len(r["answer"]) > 50]
        q, a = "question", "answer"
    else:
        with gzip.open(DATA / "uk-commons" / "written_questions.jsonl.gz", "rt", encoding="utf-8") as fh:
            recs = [json.loads(line) for line in fh]
        recs = [r for r in recs if len(html_to_text(r.get("answerText") or "")[0]) > 50]
        q, a = "questionText", "answerText"
    random.seed(seed)
    drawn = random.sample(recs, n)
    answers = [r[a] if source == "be-kamer" else html_to_text(r[a])[0] for r in drawn]
    return [r[q][:2000] for r in drawn], [t[:2000] for t in answers]


def metrics(sim: np.ndarray) -> tuple[float, float]:
    ranks = np.array(
        [int(np.where(np.argsort(-row, kind="stable") == i)[0][0]) + 1 for i, row in enumerate(sim)]
    )
    return float((ranks == 1).mean()), float((1 / ranks).mean())


def zscore(s: np.ndarray) -> np.ndarray:
    s = (s - s.mean(1, keepdims=True)) / (s.std(1, keepdims=True) + 1e-9)
    return (s - s.mean(0, keepdims=True)) / (s.std(0, keepdims=True) + 1e-9)


def unmatchable(source: str, questions: list[str], answers: list[str]) -> tuple[np.ndarray, int]:
    """The answers no backend should match to their question, and how many more the protocol
    cannot score: (a mask of answers under 80 words that refer elsewhere or hand the question
    over, by the lexicon's ``cross_reference``, ``deflection`` and ``annex_note`` cues; the count
    of hits lost to duplicates). Questions or answers that are near-identical (word TF-IDF
    cosine 0.9 or more) form groups in which only one can rank its own answer first."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    from qa_align.analyze import answer_cues

    language = "nl" if source == "be-kamer" else "en"
    kinds = {"cross_reference", "deflection", "annex_note"}
    refer = np.array(
        [len(a.split()) < 80 and any(c.kind in kinds for c in answer_cues(a, language)) for a in answers]
    )
    vectorizer = TfidfVectorizer(sublinear_tf=True).fit(questions + answers)
    close = np.zeros((len(questions), len(questions)), dtype=bool)
    for texts in (questions, answers):
        x = vectorizer.transform(texts)
        close |= (x @ x.T).toarray() >= 0.9
    close &= ~refer[None, :] & ~refer[:, None]
    group = -np.ones(len(questions), dtype=int)
    for i in np.where(~refer)[0]:
        if group[i] < 0:
            group[i], todo = i, [i]
            while todo:
                for j in np.where(close[todo.pop()] & (group < 0))[0]:
                    group[j] = i
                    todo.append(j)
    grouped = group[group >= 0]
    return refer, int(len(grouped) - len(np.unique(grouped)))


def matrix(name: str, questions: list[str], answers: list[str]) -> np.ndarray:
    from qa_align.embed import get_backend

    backend = get_backend(name, cache=False).fit(questions + answers)
    product = backend.embed(questions) @ backend.embed(answers).T
    return product.toarray() if hasattr(product, "toarray") else np.asarray(product)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--backends", default="tfidf,tfidf+char,use,minilm,hybrid")
    parser.add_argument("--sources", default="be-kamer,uk-commons")
    args = parser.parse_args(argv)
    print(f"{'source':10s} {'backend':12s} {'top-1':>6s} {'MRR':>6s} {'rest':>6s} {'seconds':>8s}")
    for source in args.sources.split(","):
        questions, answers = sample(source)
        refer, lost = unmatchable(source, questions, answers)
        print(
            f"{source}: {refer.sum()} answers refer elsewhere or hand over; {lost} more lost to near-identical "
            f"questions or answers; the protocol's ceiling is about {1 - (refer.sum() + lost) / len(questions):.3f}"
        )
        cache: dict[str, np.ndarray] = {}
        for name in args.backends.split(","):
            start = time.perf_counter()
            if name == "hybrid":
                for part in ("tfidf+char", "use"):
                    if part not in cache:
                        cache[part] = matrix(part, questions, answers)
                sim = zscore(cache["tfidf+char"]) + zscore(cache["use"])
            else:
                sim = cache.setdefault(name, matrix(name, questions, answers))
            seconds = time.perf_counter() - start
            top1, mrr = metrics(sim)
            rest = metrics(sim[~refer][:, ~refer])[0]
            print(f"{source:10s} {name:12s} {top1:6.3f} {mrr:6.3f} {rest:6.3f} {seconds:8.1f}", flush=True)
            if name != "hybrid":
                # corrected for hubness as identifiability is (qa_align.similarity._beaten)
                top1, mrr = metrics(zscore(sim))
                rest = metrics(zscore(sim)[~refer][:, ~refer])[0]
                print(
                    f"{source:10s} {name + ' z':12s} {top1:6.3f} {mrr:6.3f} {rest:6.3f} {'':>8s}", flush=True
                )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
