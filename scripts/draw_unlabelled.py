"""Draw records that no labelled set holds, for a new set to be labelled by reading.

    python scripts/draw_unlabelled.py be|uk SEED N [--pool cues-kept|cues-out]

Prints N ids (``doc_id`` of ``../shared/data/be-kamer-2017/questions.jsonl``, ``id`` of
``../shared/data/uk-commons/written_questions.jsonl.gz``), answered records only, drawn by
``random.seed(SEED); random.sample(pool, N)`` from the pool in file order. The pool leaves out
every record of that source that a label file holds: ``../shared/labels/reference-*.jsonl``,
``corpus/gold/**/*.jsonl``, ``corpus/holding/``, ``corpus/yesno/``, ``corpus/asks/`` (``cues-kept``,
the default, the rule since the afternoon of 2026-12-02: the documents of which only single sentences
were read for the cue sets stay in the pool). ``--pool cues-out``: the rule of the draws before
(`dev-uk20` and earlier, ``draw8.py`` in their notes): every ``../shared/labels/*.jsonl`` (the cue
set ``cues.jsonl`` included), ``corpus/gold/**/*.jsonl``, ``corpus/cues/``, ``corpus/holding/``. The pool is what the
label files held when the draw was made: to draw the same ids again, run it at the commit before
the drawn set's labels were added (from the project's folder, with ``../shared`` beside it).
"""

from __future__ import annotations

import glob
import gzip
import json
import random
import sys

SOURCES = {"be": "be-kamer", "uk": "uk-commons"}


def labelled(source: str, cues: bool) -> set[str]:
    if cues:  # the rule of the draws up to the morning of 2026-12-02
        files = glob.glob("../shared/labels/*.jsonl") + glob.glob("corpus/gold/**/*.jsonl", recursive=True)
        files += glob.glob("corpus/cues/*.jsonl") + glob.glob("corpus/holding/*.jsonl")
    else:
        files = glob.glob("../shared/labels/reference-*.jsonl")
        files += glob.glob("corpus/gold/**/*.jsonl", recursive=True)
        for folder in ("holding", "yesno", "asks"):
            files += glob.glob(f"corpus/{folder}/*.jsonl")
    seen = set()
    for name in files:
        with open(name, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    d = json.loads(line)
                    if d.get("source") in (source, None) and "doc_id" in d:
                        seen.add(str(d["doc_id"]))
    return seen


def pool(kind: str, cues: bool) -> list[str]:
    seen = labelled(SOURCES[kind], cues)
    rest = []
    if kind == "be":
        with open("../shared/data/be-kamer-2017/questions.jsonl", encoding="utf-8") as fh:
            for line in fh:
                d = json.loads(line)
                if (d.get("answer") or "").strip() and str(d["doc_id"]) not in seen:
                    rest.append(str(d["doc_id"]))
    else:
        with gzip.open("../shared/data/uk-commons/written_questions.jsonl.gz", "rt", encoding="utf-8") as fh:
            for line in fh:
                d = json.loads(line)
                rid = str(d.get("id") or d.get("value", {}).get("id"))
                if (d.get("answerText") or "").strip() and rid not in seen:
                    rest.append(rid)
    return rest


def main(argv: list[str]) -> int:
    cues = False
    if "--pool" in argv:
        k = argv.index("--pool")
        if argv[k + 1] not in ("cues-kept", "cues-out"):
            print("--pool is cues-kept or cues-out", file=sys.stderr)
            return 2
        cues, argv = argv[k + 1] == "cues-out", argv[:k] + argv[k + 2 :]
    if len(argv) != 3 or argv[0] not in SOURCES:
        print(__doc__, file=sys.stderr)
        return 2
    kind, seed, n = argv[0], int(argv[1]), int(argv[2])
    rest = pool(kind, cues)
    if n > len(rest):
        print(f"only {len(rest)} records in the pool, {n} asked", file=sys.stderr)
        return 1
    random.seed(seed)
    print("\n".join(random.sample(rest, n)))
    print(f"{len(rest)} records in the pool", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
