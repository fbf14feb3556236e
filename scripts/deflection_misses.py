"""The ``deflection`` disagreements of the development sets, each unit with its serving sentences, the
cue classifier's hand-over probability per sentence and the lexicon's hand-over phrases in it: the reading
sheet for sorting misses and false flags into causes (deflection58).

Every development set named (``--sets``, default every ``dev-uk*`` set, newest first) is scored with the
``deflection`` rule alone, as ``scripts/choose_cue_thresholds.py`` scores (similarity and the score left
out). For each unit the readers flag ``deflection`` and the rule does not (a miss), or the other way round
(a false flag), it prints the question, then each sentence of the segments serving the unit with its
hand-over probability (``p=``), ``L`` where a lexicon hand-over phrase stands in it, ``K`` where the rule
keeps a cue there (``answers._hands_over``), and the phrase. ``--summary`` prints counts only::

    PYTHONPATH=$PWD:$PWD/scripts .venv/bin/python scripts/deflection_misses.py [--sets dev-uk109,dev-uk108]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import re
from pathlib import Path

from choose_cue_thresholds import FAST

from qa_align.cues import CUES, load_model
from qa_align.evaluate import development_sets
from qa_align.pipeline import iter_scored
from qa_align.readers import read_paths
from qa_align.rules import RULES, answers, registry
from qa_align.settings import Settings
from qa_align.types import Problem


def _set_order(name: str) -> tuple[int, str]:
    m = re.search(r"(\d+)$", name)
    return (-(int(m.group(1)) if m else 0), name)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", default="../shared/data")
    ap.add_argument(
        "--sets", default="", help="comma-separated development set names (default: every dev-uk*)"
    )
    ap.add_argument("--prefix", default="dev-uk", help="without --sets: the sets whose name starts so")
    ap.add_argument("--summary", action="store_true")
    args = ap.parse_args()
    sets = development_sets(".")
    names = (
        args.sets.split(",")
        if args.sets
        else sorted((n for n in sets if n.startswith(args.prefix)), key=_set_order)
    )
    gold: dict[tuple[str, str], tuple[str, bool, str]] = {}
    for name in names:
        for f in sets[name]:
            for line in Path(f).read_text(encoding="utf-8").splitlines():
                if line.strip():
                    d = json.loads(line)
                    for u in d["units"]:
                        gold.setdefault(
                            (d["doc_id"], u["n"]), (name, "deflection" in u["flags"], u.get("note", ""))
                        )
    registry()
    rule = RULES["deflection"]
    handover = CUES.index("handover")
    seen: dict[tuple[str, str], tuple[bool, str]] = {}

    def reading(ctx):
        flags = list(rule.func(ctx))
        key = (ctx.doc.document.doc_id, ctx.pair.question.n)
        if key not in gold:
            return iter(flags)
        flagged = bool(flags)
        if flagged == gold[key][1] or args.summary:
            seen[key] = (flagged, "")
            return iter(flags)
        model = load_model(ctx.doc.settings.cue_model)
        lines = [f"Q: {ctx.pair.question.text.strip()[:600]}"]
        for _seg, a in zip(ctx.pair.segments, ctx.answers, strict=True):
            if a.read is None:
                continue
            for s in a.sentences:
                if not s.text.strip():
                    continue
                p = float(
                    model.probabilities_of_read([(s.text, answers.lexicon_kinds(a, s))], a.language)[0][
                        handover
                    ]
                )
                lex = [c for c in a.cue("deflection") if s.start <= c.start < s.end and not c.learned]
                kept = any(
                    s.start <= c.start < s.end and answers._hands_over(a, c) for c in a.cue("deflection")
                )
                mark = ("L" if lex else "-") + ("K" if kept else "-")
                phr = f" [{'; '.join(c.text for c in lex)}]" if lex else ""
                lines.append(f"  {mark} p={p:.2f} {s.text.strip()[:400]}{phr}")
        seen[key] = (flagged, "\n".join(lines))
        return iter(flags)

    RULES["deflection"] = dataclasses.replace(rule, func=reading)
    ids = {d for d, _ in gold}
    docs = [d for d in read_paths([args.data], None, None, 2, only=ids) if not isinstance(d, Problem)]
    for _ in iter_scored(
        [d for d in docs if d.doc_id in ids], Settings().replace(**FAST), rules=["deflection"]
    ):
        pass
    for name in names:
        keys = [k for k, v in gold.items() if v[0] == name and k in seen]
        lab = sum(gold[k][1] for k in keys)
        fl = sum(seen[k][0] for k in keys)
        right = sum(gold[k][1] and seen[k][0] for k in keys)
        print(f"== {name}: {lab} labelled, {fl} flagged, {right} right, {fl - right} false")
        if args.summary:
            continue
        for k in keys:
            if seen[k][0] != gold[k][1]:
                kind = "MISS" if gold[k][1] else "FALSE"
                print(f"-- {kind} {name} {k[0]} {k[1]} (note: {gold[k][2]})\n{seen[k][1]}\n")


if __name__ == "__main__":
    main()
