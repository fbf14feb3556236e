"""Which step of ``holding``'s hand-written rule keeps or drops each deferral cue, over every development unit
(holding59; ``qa_align.labelsets.DEVELOPMENT_SETS``, reference-dev included, no test set).

``collect`` scores the development units with the ``holding`` rule alone and the default settings (the
sentence-level decision and the unit gate as shipped), and writes one JSON line per unit: its set, document,
unit, whether readers gave it ``holding``, the flag's reason (empty when none) and, for every deferral cue the
rule read, the cue's words and offsets, its sentence with offsets, the first test of ``rules.answers._rule_keeps``
that drops it (``step``: ``learned_low`` for a classifier cue under ``HOLDING_LEARNED_MIN``, ``_standing``,
``_aside``, ``_said_for`` (another unit's sentence), ``not_on_asked`` (names nothing to come and no asked word),
...; ``kept_ahead``, ``kept_to_come``, ``kept_on_asked`` where the tests keep it), whether the tests kept it and
whether the sentence-level decision then kept it (``model``). The step is read again here in ``_rule_keeps``'s
order; the decision itself is the rule's own (``kept``).

``summary`` reads those rows and prints, for the units the rule does not flag, how many readers labelled
``holding`` and how many not, by the step that drops their cues (``unit_step``), and the misses with no cue at
all: a step that drops more labelled units than unlabelled ones would gain by being loosened::

    PYTHONPATH=$PWD .venv/bin/python scripts/holding_steps.py collect ../shared/data /tmp/hs/steps.jsonl
    PYTHONPATH=$PWD .venv/bin/python scripts/holding_steps.py summary /tmp/hs/steps.jsonl
"""

from __future__ import annotations

import argparse
import json
from collections import Counter

TESTS_CUE = ("_standing", "_under_way", "_reports_done", "_declined", "_dated_step")
TESTS_CTX = (
    "_plan_beside",
    "_not_yet_answers",
    "_step_given",
    "_publication_timed",
    "_says_no",
    "_aside",
    "_work_now",
)


def step_of(A, ctx, segment, a, c) -> str:
    """The first test of ``_rule_keeps`` (module ``A``, ``rules.answers``) that drops cue ``c``, or how it keeps
    it; the order is ``_rule_keeps``'s."""
    question = ctx.pair.question.text
    if c.learned and (c.probability or 0.0) < A.HOLDING_LEARNED_MIN:
        return "learned_low"
    for name in TESTS_CUE:
        if getattr(A, name)(a, c):
            return name
    if A._gives_the_time(question, a, c):
        return "_gives_the_time"
    for name in TESTS_CTX:
        if getattr(A, name)(ctx, a, c):
            return name
    ahead = A._asked_in(ctx.doc.language, ctx.doc.settings.lexicon_dir, "question", "asks_ahead")
    if ahead is not None and ahead.search(question) is not None:
        return "kept_ahead"
    asked = A._question_words(ctx)
    if not A._said_for(ctx, segment, a, c, asked):
        return "_said_for"
    if A._to_come(a, c):
        return "kept_to_come"
    if A._on_the_asked(ctx, a, c, asked):
        return "kept_on_asked"
    return "not_on_asked"


def read_steps(docs, settings=None) -> tuple[dict[tuple, list[dict]], dict[tuple, str]]:
    """Score ``docs`` with the ``holding`` rule alone (``settings``, the defaults where None) and give, per unit
    (source, document, unit), the deferral cues the rule read with their step (``step_of``), and the ``holding``
    flag's reason ("" for none)."""
    from collections import defaultdict

    from qa_align.pipeline import iter_scored
    from qa_align.rules import answers as A
    from qa_align.settings import Settings
    from qa_align.types import Problem

    log: dict[tuple, list[dict]] = defaultdict(list)
    plain_keeps, plain_sentence = A._rule_keeps, A._sentence_keeps

    def where(ctx):
        return (ctx.doc.document.source, ctx.doc.document.doc_id, ctx.pair.question.n)

    def keeps(ctx, segment, a, c):
        kept = plain_keeps(ctx, segment, a, c)
        s = A._sentence(a, c)
        log[where(ctx)].append({
            "cue": c.text, "start": c.start, "end": c.end, "learned": bool(c.learned),
            "step": step_of(A, ctx, segment, a, c), "kept": kept,
            "sentence": None if s is None else [s.start, s.end, s.text[:240]],
        })  # fmt: skip
        return kept

    def sentence_keeps(ctx, segment, a, c, kept, model, readings=None):
        # (``readings``: speed59's sentences read whole, for holding58's unit gate to take up)
        out = plain_sentence(ctx, segment, a, c, kept, model, readings)
        if log[where(ctx)]:
            log[where(ctx)][-1]["model"] = out
        return out

    reasons: dict[tuple, str] = {}
    A._rule_keeps, A._sentence_keeps = keeps, sentence_keeps
    try:
        for sp in iter_scored(docs, settings or Settings(jobs=1), rules=["holding"]):
            if isinstance(sp, Problem):
                continue
            flags = [f for f in sp.flags if f.name == "holding"]
            reasons[(sp.document.source, sp.document.doc_id, sp.pair.question.n)] = (
                flags[0].reason if flags else ""
            )
    finally:
        A._rule_keeps, A._sentence_keeps = plain_keeps, plain_sentence
    return dict(log), reasons


def collect(args) -> None:
    from qa_align.evaluate import load_gold
    from qa_align.labelsets import DEVELOPMENT_SETS
    from qa_align.readers import read_paths
    from qa_align.types import Problem

    gold = {name: [g for f in files for g in load_gold(f)] for name, files in DEVELOPMENT_SETS.items()}
    wanted = {(g.source, g.doc_id) for gs in gold.values() for g in gs}
    docs = [
        d for d in read_paths([args.data], None, None, 1, only={d for _, d in wanted})
        if not isinstance(d, Problem) and (d.source, d.doc_id) in wanted
    ]  # fmt: skip
    log, reasons = read_steps(docs)
    with open(args.out, "w", encoding="utf-8") as fh:
        for name, gs in gold.items():
            for g in gs:
                for u in g.units:
                    key = (g.source, g.doc_id, u.n)
                    if key not in reasons:
                        continue
                    fh.write(json.dumps({
                        "set": name, "source": g.source, "doc_id": g.doc_id, "n": u.n,
                        "gold": "holding" in u.flags, "flag": reasons[key], "cues": log.get(key, []),
                    }, ensure_ascii=False) + "\n")  # fmt: skip


def unit_step(row: dict) -> str:
    """What keeps an unflagged unit's cues from a flag: ``no cue``; ``kept, then dropped`` where the tests kept
    one (the sentence-level decision or the unit gate dropped it); otherwise the step that drops most of its cues,
    a classifier cue under the floor counted only where nothing else drops one (``learned_low only``); ties go to
    the step met first."""
    cues = row.get("cues") or []
    if not cues:
        return "no cue"
    if any(c["kept"] for c in cues):
        return "kept, then dropped"
    steps = [c["step"] for c in cues if c["step"] != "learned_low"]
    if not steps:
        return "learned_low only"
    return Counter(steps).most_common(1)[0][0]


def summarise(rows: list[dict]) -> dict[str, tuple[int, int]]:
    """Per ``unit_step``, the unflagged units readers labelled ``holding`` (misses) and those they did not."""
    out: dict[str, list[int]] = {}
    for row in rows:
        if row["flag"]:
            continue
        counts = out.setdefault(unit_step(row), [0, 0])
        counts[0 if row["gold"] else 1] += 1
    return {k: (v[0], v[1]) for k, v in out.items()}


def summary(args) -> None:
    with open(args.rows, encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    flagged = [r for r in rows if r["flag"]]
    right = sum(r["gold"] for r in flagged)
    print(
        f"units {len(rows)}  labelled {sum(r['gold'] for r in rows)}  flagged {len(flagged)}  right {right}"
    )
    print(f"{'dropped by':28} {'missed':>7} {'not holding':>12}")
    for step, (missed, other) in sorted(summarise(rows).items(), key=lambda kv: (-kv[1][0], kv[0])):
        print(f"{step:28} {missed:7d} {other:12d}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("collect")
    c.add_argument("data")
    c.add_argument("out")
    c.set_defaults(func=collect)
    s = sub.add_parser("summary")
    s.add_argument("rows")
    s.set_defaults(func=summary)
    args = ap.parse_args()
    args.func(args)


if __name__ == "__main__":
    main()
