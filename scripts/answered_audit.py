"""The ``yes_no_unanswered`` flags two ``answered`` files decide differently on records outside the
labelled sets (an audit draw of ``scripts/draw_unlabelled.py``, held-out ids dropped first): each
record is scored once without the gate (``answered_model = "none"``), and each file's cut is put on
the p(answered) it reads from the same features, as ``answered.gated`` does. Prints the units whose
flag one file keeps and the other takes away, with p under each, the closed question and the
answer's first sentences, for reading::

    grep -vxFf /tmp/s36/heldout.ids drawn.ids > kept.ids
    PYTHONPATH=$PWD:scripts .venv/bin/python scripts/answered_audit.py kept.ids OLD.json NEW.json
"""

from __future__ import annotations

import argparse
import json

from choose_cue_thresholds import FAST
from experiment_learned_flags import DATA
from train_answered import readings

from qa_align.readers import read_paths
from qa_align.rules.answers import learned
from qa_align.settings import Settings
from qa_align.types import Problem

FLAG = "yes_no_unanswered"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("ids", help="one record id a line (held-out ids already dropped)")
    ap.add_argument("old")
    ap.add_argument("new")
    args = ap.parse_args(argv)
    ids = {line.strip() for line in open(args.ids, encoding="utf-8") if line.strip()}
    docs = [
        d
        for d in read_paths([DATA], None, None, 1, only=ids)
        if not isinstance(d, Problem) and d.doc_id in ids
    ]
    texts: dict = {}
    flags, seen = readings(docs, Settings().replace(**FAST, answered_model="none"), texts)
    models = [json.loads(open(p, encoding="utf-8").read()) for p in (args.old, args.new)]
    flagged = sum(FLAG in f for f in flags.values())
    print(f"{len(docs)} documents, {len(flags)} units, {flagged} {FLAG} under the rule")
    kept = [0, 0]
    for key, feats in sorted(seen.items()):
        if FLAG not in flags.get(key, ()) or feats["closed"] <= 0:
            continue
        ps = [learned(m, feats)[0] for m in models]
        keep = [p < m["cuts"][FLAG] for p, m in zip(ps, models)]
        kept = [k + int(x) for k, x in zip(kept, keep)]
        if keep[0] == keep[1]:
            continue
        what = "GAINED" if keep[1] else "LOST"
        print(f"\n== {what} {' '.join(key)}  p old {ps[0]:.2f} new {ps[1]:.2f}")
        print("Q: " + " | ".join(texts[key]["closed"]))
        print("A: " + " | ".join(texts[key]["answer"])[:900])
    print(f"\nflags kept: old {kept[0]}, new {kept[1]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
