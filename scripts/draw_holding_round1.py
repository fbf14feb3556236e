"""Draw the sentences of corpus/holding/round1-*.jsonl (run once, 2026-12-01): one answer sentence a
document, at random among the sentences of four words or more that hold a broad deferral word, from
be-kamer and uk-commons documents in no labelled set. Run from the project's folder with
``../shared`` beside it; the two id files of earlier draws (``--exclude``) were the lead's.

    python scripts/draw_holding_round1.py --exclude /tmp/s4/be2-ids.txt /tmp/s4/uk2-ids.txt
"""

from __future__ import annotations

import argparse
import glob
import gzip
import html
import json
import random
import re
import sys
from pathlib import Path

from qa_align.text import sentences

NL = re.compile(
    r"\b(onderzo\w*|nog niet|momenteel|binnenkort|later|bestude\w*|evalua\w*|in voorbereiding|"
    r"analyse\w*|overleg|zodra|zal|zullen|verwacht\w*|te gepasten tijde|in de loop van|wordt bekeken|"
    r"nagedacht)\b",
    re.I,
)
EN = re.compile(
    r"\b(will write|due course|consider\w*|review\w*|consult\w*|will (set out|publish|announce|update|"
    r"respond|provide|confirm|be)|currently|shortly|in the coming|once|later this year|ongoing|"
    r"keep .{0,30}under review)\b",
    re.I,
)
PER_LANGUAGE = 150


def _labelled(exclude: list[str]) -> set[tuple[str, str]]:
    files = ["../shared/labels/reference-dev.jsonl", "../shared/labels/reference-test.jsonl"]
    files += ["../shared/labels/cues.jsonl", *glob.glob("corpus/gold/**/*.jsonl", recursive=True)]
    files += glob.glob("corpus/cues/*.jsonl")
    seen = set()
    for f in files:
        for line in Path(f).read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                seen.add((r.get("source"), str(r.get("doc_id"))))
    for f, source in zip(exclude, ("be-kamer", "uk-commons")):
        seen.update((source, line.strip()) for line in Path(f).read_text().splitlines())
    return seen


def _plain(markup: str) -> str:
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", markup))).strip()


def _draw(records, source, language, words, rng) -> list[dict]:
    items = []
    for doc_id, answer in records:
        found = [s[2] for s in sentences(answer, language) if len(s[2].split()) >= 4 and words.search(s[2])]
        if found:
            items.append(
                {"source": source, "doc_id": doc_id, "language": language, "sentence": rng.choice(found)}
            )
        if len(items) >= PER_LANGUAGE:
            break
    return items


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--exclude", nargs=2, default=[], metavar=("BE_IDS", "UK_IDS"))
    parser.add_argument("-o", "--output", default="-")
    args = parser.parse_args(argv)
    seen = _labelled(args.exclude)
    rng = random.Random(2070)
    be = [json.loads(line) for line in open("../shared/data/be-kamer-2017/questions.jsonl", encoding="utf-8")]
    be = [(str(r["doc_id"]), r["answer"]) for r in be if (r.get("answer") or "").strip()]
    be = [r for r in be if ("be-kamer", r[0]) not in seen]
    rng.shuffle(be)
    items = _draw(be, "be-kamer", "nl", NL, rng)
    with gzip.open("../shared/data/uk-commons/written_questions.jsonl.gz", "rt", encoding="utf-8") as f:
        uk = [json.loads(line) for line in f]
    uk = [(str(r["id"]), r["answerText"]) for r in uk if r.get("answerText")]
    uk = [r for r in uk if ("uk-commons", r[0]) not in seen]
    rng.shuffle(uk)
    items += _draw([(i, _plain(a)) for i, a in uk], "uk-commons", "en", EN, rng)
    out = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8")
    for k, item in enumerate(items, 1):
        item.update(id=f"h7-{k:03d}", drawn="deferral_words")
        out.write(json.dumps(item, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
