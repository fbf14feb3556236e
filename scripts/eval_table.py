"""Print the flag table of several labelled sets side by side, in Markdown, for the README.

Each set is evaluated as ``qa-align eval`` evaluates it (its documents read and scored as one
batch, default settings), and each cell is ``support/flagged precision recall`` of the set's
``all`` group (F1 for the flags whose bar is F1), as the README's tables give them::

    .venv/bin/python scripts/eval_table.py ../shared/data \\
        reference-dev=../shared/labels/reference-dev.jsonl \\
        gold=corpus/gold/dev.jsonl,corpus/gold/dev-en.jsonl,corpus/gold/dev-nl.jsonl,corpus/gold/dev-tk.jsonl \\
        dev-be=corpus/gold/dev-be.jsonl

A set named by several files (comma-separated) is their labelled documents together. ``--group
NAME`` gives another group than ``all`` (a source such as ``be-kamer``, or ``language nl``).
``--every-set`` adds every labelled set of ``qa_align.labelsets`` after those named: the
development sets in the order labelled, then the test sets (run from the repository's root, as
their paths are)::

    .venv/bin/python scripts/eval_table.py ../shared/data --every-set
"""

from __future__ import annotations

import argparse
import sys

from qa_align.evaluate import evaluate, load_gold
from qa_align.labelsets import DEVELOPMENT_SETS, TEST_SETS
from qa_align.rules import evaluated_flags

F1_FLAGS = ("yes_no_unanswered", "generic")  # issue 17's bar for these two is F1


def _num(x: float | None) -> str:
    return "-" if x is None else f"{x:.2f}"


def cell(flag: str, m: dict | None) -> str:
    """One flag's cell: ``support/flagged precision recall``, or F1 for the F1 flags."""
    if m is None:
        return ""
    counts = f"{m['support']}/{m['predicted']}"
    if not m["support"] and not m["predicted"]:
        return counts
    if flag in F1_FLAGS:
        return f"{counts} F1 {_num(m['f1'])}"
    return f"{counts} {_num(m['precision'])} {_num(m['recall'])}"


def every_set() -> list[str]:
    """Every labelled set of ``qa_align.labelsets`` as ``NAME=FILE[,FILE...]``: the development
    sets, then the test sets."""
    both = set(DEVELOPMENT_SETS) & set(TEST_SETS)
    if both:
        raise ValueError(f"labelled sets named as development and test set both: {', '.join(sorted(both))}")
    return [f"{name}={','.join(files)}" for name, files in {**DEVELOPMENT_SETS, **TEST_SETS}.items()]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("data", help="the data folder the labelled documents are read from (../shared/data)")
    ap.add_argument("sets", nargs="*", metavar="NAME=FILE[,FILE...]", help="a labelled set and its files")
    ap.add_argument("--group", default="all", help="the group whose figures are given (default: all)")
    ap.add_argument(
        "--every-set",
        action="store_true",
        help="add every labelled set of qa_align.labelsets (development, then test)",
    )
    args = ap.parse_args(argv)
    if args.every_set:
        args.sets = [*args.sets, *every_set()]
    if not args.sets:
        ap.error("name at least one set NAME=FILE[,FILE...], or give --every-set")

    columns: list[tuple[str, dict]] = []
    for spec in args.sets:
        name, sep, files = spec.partition("=")
        if not sep or not files:
            ap.error(f"a set is NAME=FILE[,FILE...], not {spec!r}")
        gold = [doc for path in files.split(",") for doc in load_gold(path)]
        result = evaluate(gold, [args.data])
        group = result.groups.get(args.group)
        if group is None:
            ap.error(f"set {name!r} has no group {args.group!r}: it has {', '.join(result.groups)}")
        columns.append((f"{name} ({group['docs_found']} documents)", group))
        print(f"{name}: {group['docs_found']} documents, {group['units']} units", file=sys.stderr)

    print("| flag | " + " | ".join(title for title, _ in columns) + " |")
    print("|---|" + "---|" * len(columns))
    pairing = ["-" if g["pairing_accuracy"] is None else f"{g['pairing_accuracy']:.3f}" for _, g in columns]
    print("| pairing | " + " | ".join(pairing) + " |")
    for flag in evaluated_flags():
        cells = [cell(flag, g["flags"].get(flag)) for _, g in columns]
        if all(c in ("", "0/0") for c in cells):
            continue
        print(f"| {flag} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
