"""What a change to the ``holding`` lexicon does outside the labelled sets: the units of random answers
of one folder whose ``holding`` flag differs between two lexicon folders, each with the sentences of its
deferral cues the rule keeps, to be read (``models/holding-sentences.md``, holding12).

Documents are the folder's, less every document of ``../shared/labels/*.jsonl`` and ``corpus/gold/**``
(only their ids are read), sorted by id and shuffled with ``random.Random(--seed)``; the first
``--sample`` are scored with the rule's default settings (similarity and the score left out, as
``scripts/choose_cue_thresholds.py`` scores), once with the lexicons of ``--before`` and once with
those of ``--after`` (a folder with ``en.toml`` and ``nl.toml``; "" for the shipped ones)::

    mkdir -p /tmp/lex0 && git show main:qa_align/lexicons/en.toml > /tmp/lex0/en.toml \\
        && git show main:qa_align/lexicons/nl.toml > /tmp/lex0/nl.toml
    PYTHONPATH=$PWD:$PWD/scripts .venv/bin/python scripts/holding_outside.py ../shared/data/uk-commons \\
        --before /tmp/lex0 --after "" --sample 1500

Prints the units flagged under each, then every unit gained or lost with its question and kept
sentences.
"""

from __future__ import annotations

import argparse
import dataclasses
import glob
import json
import random
from pathlib import Path

from choose_cue_thresholds import FAST

from qa_align.pipeline import iter_scored
from qa_align.readers import read_paths
from qa_align.rules import RULES, answers, registry
from qa_align.settings import Settings
from qa_align.types import Problem


def labelled_ids() -> set[str]:
    """The doc_id of every document of the labelled sets (development, test and unseen alike)."""
    files = glob.glob("../shared/labels/*.jsonl") + glob.glob("corpus/gold/**/*.jsonl", recursive=True)
    return {
        str(json.loads(line).get("doc_id"))
        for f in files
        for line in Path(f).read_text(encoding="utf-8").splitlines()
        if line.strip()
    }


def flagged(docs, lexicon_dir: str | None) -> dict[tuple[str, str], tuple[str, list[str]]]:
    """(doc_id, unit) of every unit ``holding`` flags with these lexicons: its question and the
    sentences of the deferral cues the rule keeps (or the flag's reason where none is kept)."""
    registry()
    rule = RULES["holding"]
    found: dict[tuple[str, str], tuple[str, list[str]]] = {}

    def func(ctx):
        flags = list(rule.func(ctx))
        if flags and ctx.pair.segments:
            kept = []
            for seg, a in zip(ctx.pair.segments, ctx.answers):
                for c in a.cue("holding"):
                    s = answers._sentence(a, c)
                    if s is not None and s.text not in kept and answers._rule_keeps(ctx, seg, a, c):
                        kept.append(s.text)
            found[(ctx.doc.document.doc_id, ctx.pair.question.n)] = (
                ctx.pair.question.text,
                kept or [flags[0].reason],
            )
        return iter(flags)

    RULES["holding"] = dataclasses.replace(rule, func=func)
    try:
        for _ in iter_scored(docs, Settings().replace(**FAST, lexicon_dir=lexicon_dir or None)):
            pass
    finally:
        RULES["holding"] = rule
    return found


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder")
    parser.add_argument("--before", default="", help="lexicon folder before the change ('' the shipped)")
    parser.add_argument("--after", default="", help="lexicon folder after the change ('' the shipped)")
    parser.add_argument("--sample", type=int, default=1500)
    parser.add_argument("--seed", type=int, default=12)
    args = parser.parse_args(argv)
    seen = labelled_ids()
    docs = [
        d
        for d in read_paths([args.folder], None, None, 2)
        if not isinstance(d, Problem) and d.doc_id not in seen
    ]
    docs.sort(key=lambda d: d.doc_id)
    random.Random(args.seed).shuffle(docs)
    docs = docs[: args.sample]
    before, after = flagged(docs, args.before), flagged(docs, args.after)
    print(f"{len(docs)} documents; holding flags {len(before)} before, {len(after)} after")
    for name, keys, where in (
        ("gained", after.keys() - before.keys(), after),
        ("lost", before.keys() - after.keys(), before),
    ):
        for key in sorted(keys):
            question, sentences = where[key]
            print(f"\n{name} {key[0]} #{key[1]}\n  Q: {question[:400]}")
            for s in sentences:
                print(f"  * {s[:300]}")


if __name__ == "__main__":
    main()
