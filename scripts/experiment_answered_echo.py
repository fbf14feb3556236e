"""Two further readings for the ``answered`` gate, tried on the forward split of
``scripts/answered_forward.py`` (``models/answered.md``, "Forward test", session 36), read from the
dump of ``scripts/train_answered.py --sets all --dump FILE`` (each unit's closed question sentences and
the answer sentences given to it):

- ``echo_predicate``: a closed question's predicate (its last word of five letters or more, the
  participle or infinitive where a Dutch verb-first question ends on its verb: "afgerond",
  "vooropgesteld") stands in the unit's answer, compared on its first seven letters: the act asked
  restated as a statement, the readers' yes (of the 19 false be-kamer flags of the forward split it
  reads 4: 189485 2, 191610 1, 185692 1, 187044 3; not 191737 1 or 192548 2, whose questions end on
  "begaan" and "Inspectie");
- ``neighbour_share``: the highest share of the closed question's content words (five letters or
  more) that one answer sentence of the same document given to another unit holds: the yes or no the
  readers read in a neighbour's segment (dev-be60 191430 2: 0.33); sentences the tool gives to no unit
  are not in the dump, so it reads 0 on dev-be56 189182 1, dev-be57 187001 2, dev-be62 193164 2.

Writes JSON Lines (key, features) for ``answered_forward.py --extra`` and prints each column's ROC
AUC for telling the rule's false flags from its true ones (closed units, Dutch and English)::

    PYTHONPATH=$PWD:scripts .venv/bin/python scripts/experiment_answered_echo.py /tmp/dump.jsonl -o /tmp/echo.jsonl
"""

from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict

WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
STEM = 7
MIN_LEN = 5


def words(text: str) -> list[str]:
    return [w.lower() for w in WORD.findall(text)]


def stem(w: str) -> str:
    return w[:STEM]


def readings(rows: list[dict]) -> dict[tuple, dict[str, float]]:
    by_doc: dict[tuple, list[str]] = defaultdict(list)
    for r in rows:
        doc = tuple(r["key"][:2])
        for s in r["answer"]:
            if s not in by_doc[doc]:
                by_doc[doc].append(s)
    out = {}
    for r in rows:
        own = set(r["answer"])
        answer_stems = {stem(w) for s in r["answer"] for w in words(s) if len(w) >= MIN_LEN}
        predicates = []
        asked: set[str] = set()
        for c in r["closed"]:
            ws = [w for w in words(c) if len(w) >= MIN_LEN]
            if ws:
                predicates.append(stem(ws[-1]))
            asked |= {stem(w) for w in ws}
        echo = float(any(p in answer_stems for p in predicates))
        best = 0.0
        if asked:
            for s in by_doc[tuple(r["key"][:2])]:
                if s in own:
                    continue
                got = {stem(w) for w in words(s) if len(w) >= MIN_LEN}
                best = max(best, len(asked & got) / len(asked))
        out[tuple(r["key"])] = {"echo_predicate": echo, "neighbour_share": best}
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dump")
    ap.add_argument("-o", "--output", required=True)
    args = ap.parse_args(argv)
    rows = [json.loads(line) for line in open(args.dump, encoding="utf-8") if line.strip()]
    got = readings(rows)
    with open(args.output, "w", encoding="utf-8") as f:
        for key, feats in got.items():
            f.write(json.dumps({"key": list(key), "features": feats}) + "\n")
    from sklearn.metrics import roc_auc_score

    for lang in ("nl", "en"):
        flagged = [
            r
            for r in rows
            if "yes_no_unanswered" in r["flagged"]
            and r["features"]["closed"] > 0
            and (r["key"][0] == "uk-commons") == (lang == "en")
        ]
        false = [int("yes_no_unanswered" not in r["labelled"]) for r in flagged]
        cells = []
        for name in ("echo_predicate", "neighbour_share"):
            vals = [got[tuple(r["key"])][name] for r in flagged]
            cells.append(
                f"{name} {roc_auc_score(false, vals):.2f} (mean false {mean(vals, false, 1):.3f}, true {mean(vals, false, 0):.3f})"
            )
        print(
            f"{lang}: {sum(false)} false / {len(false) - sum(false)} true flags; AUC false vs true: "
            + "; ".join(cells)
        )
    return 0


def mean(vals, false, which) -> float:
    picked = [v for v, f in zip(vals, false) if f == which]
    return sum(picked) / len(picked) if picked else 0.0


if __name__ == "__main__":
    raise SystemExit(main())
