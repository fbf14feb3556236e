"""Draw the sentences of corpus/holding/round2-*.jsonl (run once, 2026-12-01 night): the rule's own
candidate sentences of ``holding``, one a document, from Dutch (be-kamer, tweede-kamer,
vlaams-parlement) and English (uk-commons) documents that no labelled set holds. Round 1 (``draw_holding_round1.py``) drew on broad deferral words; this round draws
on what the rule reads, so that the sentence model learns where it is used:

- ``cue``: an answer sentence with a ``holding`` cue (the lexicon's or the cue classifier's), the
  sentences the rule's tests and the model's filter read;
- ``to_come``: an answer sentence without one that names something still to come in a future form
  (``[cues] to_come`` and ``future``), the sentences of the model's second way in; in English only
  those that take up a content word of the unit's question ("beside" sentences that share the asked
  words, the look-alikes of a deferral of what was asked).

Documents are shuffled with ``random.Random(2080)``; each is scored with the rule alone (no sentence
model), and of its candidate sentences (four words or more) one is drawn at random, ``cue`` first
where the document has one and the quota of that kind is not full (per language: ``--cue`` and
``--to-come``). Left out: every document of ``../shared/labels/*.jsonl``, ``corpus/gold/**``,
``corpus/cues/*``, ``corpus/holding/*`` and of the id lists named with ``--exclude`` (the label sets
being drawn this session). Run from the project's folder with ``../shared`` beside it::

    PYTHONPATH=$PWD:$PWD/scripts .venv/bin/python scripts/draw_holding_round2.py \\
        --exclude be-kamer=/tmp/s8/be10-ids.txt uk-commons=/tmp/s8/uk11-ids.txt -o /tmp/round2.jsonl
"""

from __future__ import annotations

import argparse
import glob
import json
import random
import sys
from pathlib import Path

from train_holding_sentences import _scored

from qa_align.readers import read_paths
from qa_align.rules import answers
from qa_align.types import Problem

DATA = "../shared/data"
# the folders read per language: few be-kamer documents with an answer are left outside the labelled
# sets (405 of 3,811 in all, mostly without an answer), so the Dutch draw reads the Dutch folders whole
FOLDERS = {"nl": ("be-kamer-2017", "tweede-kamer", "vlaams-parlement"), "en": ("uk-commons",)}
POOL = 700  # documents read per language, after the shuffle (enough for the English quotas)


def _labelled(exclude: list[str]) -> set[tuple[str, str]]:
    """(source, doc_id) of every labelled document (only the ids are read) and of the lists given."""
    files = glob.glob("../shared/labels/*.jsonl") + glob.glob("corpus/gold/**/*.jsonl", recursive=True)
    files += glob.glob("corpus/cues/*.jsonl") + glob.glob("corpus/holding/*.jsonl")
    seen = set()
    for f in files:
        for line in Path(f).read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                seen.add((r.get("source"), str(r.get("doc_id"))))
    for spec in exclude:
        source, _, path = spec.partition("=")
        seen.update((source, line.strip()) for line in Path(path).read_text().splitlines() if line.strip())
    return seen


def _candidates(docs) -> dict:
    """Per document, its candidate sentences: (kind, sentence text), each once."""
    found: dict = {}

    def seen(ctx):
        key = (ctx.doc.document.source, ctx.doc.document.doc_id)
        asked = answers._question_words(ctx)
        got = found.setdefault(key, {})
        for a in ctx.answers:
            held = a.cue("holding")
            for s in a.sentences:
                if len(s.text.split()) < 4 or s.text in got:
                    continue
                if answers._in(held, s):
                    got[s.text] = "cue"
                elif answers._in(a.cue("to_come"), s) and answers._in(a.cue("future"), s):
                    if ctx.doc.language == "nl" or answers._on_the_asked(ctx, a, s, asked):
                        got[s.text] = "to_come"

    _scored(docs, seen)
    return found


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--exclude", nargs="*", default=[], metavar="SOURCE=IDS")
    parser.add_argument("--cue", type=int, default=60, help="cue sentences per language")
    parser.add_argument("--to-come", type=int, default=40, help="to_come sentences per language")
    parser.add_argument("-o", "--output", default="-")
    args = parser.parse_args(argv)
    seen = _labelled(args.exclude)
    rng = random.Random(2080)
    items = []
    for language, folders in FOLDERS.items():
        docs = [
            d
            for d in read_paths([f"{DATA}/{folder}" for folder in folders], None, None, 2)
            if not isinstance(d, Problem) and (d.source, d.doc_id) not in seen
        ]
        docs.sort(key=lambda d: (d.source, d.doc_id))
        rng.shuffle(docs)
        found = _candidates(docs[:POOL])
        quota = {"cue": args.cue, "to_come": args.to_come}
        for d in docs[:POOL]:
            got = found.get((d.source, d.doc_id), {})
            for kind in ("cue", "to_come"):
                texts = sorted(t for t, k in got.items() if k == kind)
                if texts and quota[kind] > 0:
                    quota[kind] -= 1
                    items.append(
                        {"source": d.source, "doc_id": d.doc_id, "language": language,
                         "sentence": rng.choice(texts), "drawn": kind}
                    )  # fmt: skip
                    break
            if not any(quota.values()):
                break
    out = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8")
    for k, item in enumerate(items, 1):
        item = {"id": f"h8-{k:03d}", **item}
        out.write(json.dumps(item, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
