"""Every pairing mismatch of the Belgian development sets, grouped by cause, in a few seconds.

    python scripts/pairing_causes.py ../shared/data [--json FILE] [--split dev-be55]

Pairing (``answer_ns`` against the segments that serve a unit) is decided by ``align`` alone, so
this reads the labelled Belgian documents of every set of ``qa_align.labelsets.DEVELOPMENT_SETS``
and aligns them, without the rules or the score (15 s where ``eval_table.py --every-set`` takes
10-15 minutes); each set's pairing is the ``pairing`` cell of that table for its Belgian units.
It prints each set's pairing, then the mismatches by cause (``cause``), counted for the sets
before ``--split`` (the older sets) and from it on (the last sets), with every unit of the rarer
causes. ``--json FILE`` writes one mismatch a line (set, doc_id, n, gold, tool, numbering, cause).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from qa_align.evaluate import load_gold, segment_key
from qa_align.labelsets import DEVELOPMENT_SETS

CAUSES = {
    "nothing": "unnumbered answer: the readers find nothing for the unit, the whole serves it",
    "unsaid": "unnumbered answer: the attribution gives the unit no sentence, the readers serve it",
    "items": "unnumbered answer: its own items numbered (a list, cases, tracks) read as heads",
    "neighbour": "numbered answer: the readers add a neighbour's segment beside the unit's own",
    "added": "numbered answer: the tool adds a segment the readers leave out",
    "unserved": "numbered answer: no segment by the tool (after the last head, an offset numbering)",
    "other": "other (offset numbering, numbers in the text, letters, units counted otherwise)",
}


def cause(gold: tuple[str, ...] | list[str], tool: str | None, numbering: str) -> str:
    """The cause of one pairing mismatch, a key of ``CAUSES``: ``gold`` is the label's
    ``answer_ns``, ``tool`` the pair's ``answer_no`` ("1;2-3", "*", "" for none, ``None`` for a
    unit the tool does not have), ``numbering`` the label's ``answer_numbering``."""
    if tool is None:
        return "other"  # the tool counts the question's units otherwise
    gold = list(gold)
    served = [t for t in (tool or "").split(";") if t]
    if numbering == "unnumbered":
        if not gold and served == ["*"]:
            return "nothing"
        if gold == ["*"] and not served:
            return "unsaid"
        if gold == ["*"] and served and served != ["*"]:
            return "items"
        return "other"
    if gold and "*" not in gold and served:
        want = {segment_key(g) for g in gold}
        have = {segment_key(t) for t in served}
        if have < want:
            return "neighbour"
        if want < have:
            return "added"
    if gold and not served:
        return "unserved"
    return "other"


def _matches(gold: tuple[str, ...], pair) -> bool:
    """``evaluate.pairing_matches`` on a ``Pair`` (not a scored one)."""
    if pair is None:
        return False
    segments = [s for s in pair.segments if s.label != "intro"]
    if not gold:
        return not segments
    if gold == ("*",):
        return bool(segments) and all(not s.numbers for s in segments)
    return {segment_key(s.label) for s in segments} == {segment_key(n) for n in gold}


def _set_number(name: str) -> int | None:
    m = re.fullmatch(r"dev-be(\d+)", name)
    return int(m.group(1)) if m else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", help="the data folder (../shared/data)")
    parser.add_argument("--json", help="write one mismatch a line to this file")
    parser.add_argument("--split", default="dev-be55", help="the first of the last sets (dev-beNN)")
    args = parser.parse_args(argv)
    split = _set_number(args.split)
    if split is None:
        parser.error("--split names a set dev-beNN")
    if not Path(args.data).is_dir():
        parser.error(f"{args.data}: no such folder (the data folder, ../shared/data)")

    from qa_align.align import align
    from qa_align.readers import read_paths
    from qa_align.settings import Settings

    wanted = {}
    for name, files in DEVELOPMENT_SETS.items():
        for f in files:
            for g in load_gold(f):
                if g.source.startswith("be"):
                    wanted.setdefault((g.source, g.doc_id), (name, g))
    settings = Settings(jobs=1)
    docs = {}
    for item in read_paths([args.data], None, None, 1, only={d for _, d in wanted}):
        key = (getattr(item, "source", None), getattr(item, "doc_id", None))
        if key in wanted:
            docs[key] = item
    # a labelled document the folder does not hold (or that could not be read) is left out of the counts and
    # named, not counted as mismatched (review51: a wrong folder gave "pairing 0.000" for every set)
    unread = [key for key in wanted if key not in docs]
    if unread:
        print(
            f"{len(unread)} of {len(wanted)} labelled Belgian documents not read, left out: "
            + ", ".join(f"{wanted[k][0]} {k[1]}" for k in unread[:10])
            + (", ..." if len(unread) > 10 else ""),
            file=sys.stderr,
        )
    if len(unread) == len(wanted):
        return 1
    per_set: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    rows = []
    for key, (name, g) in wanted.items():
        if key not in docs:
            continue
        pairs = align(docs[key], settings)
        tool = {p.question.n: p for p in pairs}
        for u in g.units:
            p = tool.get(u.n)
            ok = _matches(u.answer_ns, p)
            per_set[name][0] += ok
            per_set[name][1] += 1
            if not ok:
                answer_no = p.answer_no if p else None
                rows.append(
                    {
                        "set": name,
                        "doc_id": g.doc_id,
                        "n": u.n,
                        "gold": list(u.answer_ns),
                        "tool": answer_no,
                        "numbering": g.answer_numbering,
                        "cause": cause(u.answer_ns, answer_no, g.answer_numbering),
                    }
                )
    for name, (ok, n) in per_set.items():
        print(f"{name}: pairing {ok / n:.3f} ({n - ok} of {n} Belgian units)")
    counts: Counter[tuple[str, bool]] = Counter()
    for r in rows:
        number = _set_number(r["set"])
        counts[(r["cause"], number is not None and number >= split)] += 1
    print(f"\n{len(rows)} mismatches; older sets (before {args.split}) / last sets ({args.split} on):")
    for key, text in CAUSES.items():
        print(f"{counts[(key, False)]:4} {counts[(key, True)]:4}  {key}: {text}")
        if key not in ("nothing", "neighbour"):
            for r in rows:
                if r["cause"] == key:
                    print(
                        f"           {r['set']} {r['doc_id']} {r['n']}: {'/'.join(r['gold']) or '[]'} ~ {r['tool']}"
                    )
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
