"""Readings of meaning for the ``answered`` gate (``models/answered.md``, "Readings of meaning"):
for each closed unit of a dump of ``scripts/train_answered.py --sets all --dump FILE``, the cosines
of a sentence-embedding backend (``qa_align.embed``, offline: ``use`` or ``minilm``) between the
question's closed clauses and each sentence of the unit's answer. Written as JSON Lines (``key``,
``features``) that ``scripts/answered_held_out.py --extra FILE`` reads beside
``answered.ANSWERED_FEATURES``; the time the backend took is printed (per unit and in total).

Per unit (0 for a unit without a closed clause or an answer sentence):

- ``sem_max``: the highest cosine of a closed clause with an answer sentence;
- ``sem_first``: the highest cosine of a closed clause with the answer's first sentence;
- ``sem_mean``: the mean over the answer's sentences of their highest cosine with a clause;
- ``sem_share``: the share of the answer's sentences whose highest cosine reaches ``--above``;
- ``sem_argmax_first``: whether the first sentence is the one of highest cosine.

::

    PYTHONPATH=$PWD:scripts .venv/bin/python scripts/answered_meaning.py /tmp/dump.jsonl --model use -o /tmp/sem-use.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
import time

import numpy as np

SEM_FEATURES = ("sem_max", "sem_first", "sem_mean", "sem_share", "sem_argmax_first")


def meaning(clauses: np.ndarray, sentences: np.ndarray, above: float) -> dict[str, float]:
    """The ``SEM_FEATURES`` of one unit from its clauses' and answer sentences' unit rows."""
    if not len(clauses) or not len(sentences):
        return dict.fromkeys(SEM_FEATURES, 0.0)
    best = (sentences @ clauses.T).max(axis=1)  # each sentence's highest cosine with a clause
    return {
        "sem_max": float(best.max()),
        "sem_first": float(best[0]),
        "sem_mean": float(best.mean()),
        "sem_share": float((best >= above).mean()),
        "sem_argmax_first": float(int(best.argmax()) == 0),
    }


def unit_rows(v: np.ndarray) -> np.ndarray:
    v = np.asarray(v, dtype=np.float32)
    return v / np.maximum(np.linalg.norm(v, axis=1, keepdims=True), 1e-9)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dump", help="the JSON Lines of train_answered.py --sets all --dump")
    ap.add_argument("--model", default="use", choices=("use", "minilm"), help="the embedding backend")
    ap.add_argument("--above", type=float, default=0.5, help="the cosine of sem_share (default 0.5)")
    ap.add_argument("-o", "--out", required=True, help="write each closed unit's features here")
    args = ap.parse_args(argv)
    from qa_align.embed import get_backend

    started = time.process_time()
    backend = get_backend(args.model, cache=False)  # timed: no disk cache
    loaded = time.process_time() - started
    rows = [json.loads(line) for line in open(args.dump, encoding="utf-8") if line.strip()]
    rows = [r for r in rows if r["features"]["closed"] > 0 and r["closed"] and r["answer"]]
    started = time.process_time()
    texts = list(dict.fromkeys(t for r in rows for t in (*r["closed"], *r["answer"])))
    vec: dict[str, np.ndarray] = {}
    for k in range(0, len(texts), 500):  # in blocks, the time so far printed after each
        vec |= dict(zip(texts[k : k + 500], unit_rows(backend.embed(texts[k : k + 500]))))
        print(
            f"{len(vec)}/{len(texts)} texts, {time.process_time() - started:.0f} s",
            file=sys.stderr,
            flush=True,
        )
    spent = time.process_time() - started
    with open(args.out, "w", encoding="utf-8") as out:
        for r in rows:
            clauses = np.array([vec[t] for t in r["closed"]])
            sentences = np.array([vec[t] for t in r["answer"]])
            out.write(
                json.dumps({"key": r["key"], "features": meaning(clauses, sentences, args.above)}) + "\n"
            )
    print(
        f"{args.model}: loaded in {loaded:.1f} s; {len(rows)} closed units, {len(texts)} distinct texts "
        f"embedded in {spent:.1f} s process time ({1000 * spent / max(1, len(rows)):.0f} ms a unit)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
