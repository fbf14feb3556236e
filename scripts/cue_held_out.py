"""The held-out errors of one cue, by sentence: the outer cross-validation of ``qa-align
train-cues`` (per language, folds grouped by document, C and thresholds chosen inside each
training part; ``qa_align.cues_train.held_out``), its false alarms and misses of the cue written
as JSON Lines, with the counts and F1 per labelled file printed. Sessions 5, 10, 12 and 54 each
rebuilt this in a scratch script to read the errors of Dutch deferral (``models/cues.md``)::

    PYTHONPATH=$PWD .venv/bin/python scripts/cue_held_out.py --language nl --cue deferral \\
        --out /tmp/errors.jsonl ../shared/labels/cues.jsonl corpus/cues/be-kamer.jsonl ... [-j 2]

Each line: ``id``, ``file``, ``source``, ``doc_id``, ``fold``, ``error`` (``false`` or
``missed``), ``p`` (the cue's held-out probability), ``threshold`` (its fold's), ``labels``,
``sentence``. ``--all`` writes every sentence of the language, not only the errors.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from qa_align.cues import CUES, PATTERNS_PATH, load_patterns
    from qa_align.cues_train import held_out, load_labelled

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("labels", nargs="+", help="labelled sentences (the files of train-cues)")
    ap.add_argument("--language", required=True)
    ap.add_argument("--cue", required=True, choices=CUES)
    ap.add_argument("--out", required=True, help="JSON Lines to write")
    ap.add_argument("--all", action="store_true", help="every sentence, not only the errors")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("-j", "--jobs", type=int, default=1)
    args = ap.parse_args(argv)
    rows = [r for r in load_labelled(args.labels) if r.language == args.language]
    if not rows:
        print(f"no {args.language} sentences in the files given", file=sys.stderr)
        return 2
    j = CUES.index(args.cue)
    counts: dict[str, list[int]] = {}
    with open(args.out, "w", encoding="utf-8") as fh:
        for h in held_out(rows, folds=args.folds, patterns=load_patterns(PATTERNS_PATH), jobs=args.jobs):
            gold, said = args.cue in h.row.labels, args.cue in h.predicted
            c = counts.setdefault(h.row.origin, [0, 0, 0])  # right, false, missed
            c[0] += gold and said
            c[1] += said and not gold
            c[2] += gold and not said
            if gold == said and not args.all:
                continue
            error = "" if gold == said else ("missed" if gold else "false")
            row = {"id": h.row.id, "file": h.row.origin, "source": h.row.source, "doc_id": h.row.doc_id}
            row |= {"fold": h.fold, "error": error, "p": round(h.probabilities[j], 4)}
            row |= {"threshold": round(h.thresholds[j], 4), "labels": list(h.row.labels)}
            fh.write(json.dumps({**row, "sentence": h.row.sentence}, ensure_ascii=False) + "\n")
    print("| file | right | false | missed | F1 |\n|---|---|---|---|---|")
    total = [0, 0, 0]
    for name, (tp, fp, fn) in sorted(counts.items()):
        total = [a + b for a, b in zip(total, (tp, fp, fn), strict=True)]
        print(f"| {name} | {tp} | {fp} | {fn} | {_f1(tp, fp, fn)} |")
    print(f"| all | {total[0]} | {total[1]} | {total[2]} | {_f1(*total)} |")
    return 0


def _f1(tp: int, fp: int, fn: int) -> str:
    return f"{2 * tp / (2 * tp + fp + fn):.3f}" if tp + fp + fn else "–"


if __name__ == "__main__":
    raise SystemExit(main())
