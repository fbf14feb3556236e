"""``yes_no_unanswered`` unit by unit over the development sets, with what settled each closed unit.

Every development set of ``qa_align.labelsets`` (or the sets named) is read and scored as one batch,
as ``qa-align eval`` scores it, with ``choose_cue_thresholds.FAST`` (no similarity model, no score
model: the flag does not read them; the totals are those of ``scripts/eval_table.py --every-set``).
For each labelled unit (and each unit the tool finds that is not labelled) one JSON line: the set,
the key, the readers' flags, label and note, whether the tool flags it, the unit's closed question
sentences and answer sentences, and for a closed unit some segment serves which test of
``answers._read_left_open`` holds (``plain_reply``, ``_takes_position``, ``_declines``, ...),
p(answered) and whether the gate took the flag, and where ``_takes_position`` holds, the sentence,
branch, yes or no words and words asked that made it (``position``: a mirror of its loop, checked
against it; ``mirror_agrees`` false where the two part). ``diff`` lists the units whose flag moved
between two runs and the totals of each::

    PYTHONPATH=$PWD .venv/bin/python scripts/yesno_trace.py run /tmp/base.jsonl [SET ...]
    PYTHONPATH=$PWD .venv/bin/python scripts/yesno_trace.py diff /tmp/base.jsonl /tmp/after.jsonl
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys

FLAG = "yes_no_unanswered"
# the tests of ``answers._read_left_open`` read per unit (each settles the closed question)
TESTS = (
    "plain_reply", "_direct", "_knows", "_figures_given", "_given_elsewhere", "_commits", "_takes_position",
    "_declines", "_data_not_held", "_restates", "_delivers", "_denies", "_names_thing", "_states_plainly",
    "_takes_step",
)  # fmt: skip


def position(ctx) -> dict | None:
    """The sentence of the answer by which ``answers._takes_position`` (read on all the unit's closed
    questions) finds a yes or no, and why: a mirror of its loop, None where it finds none."""
    from qa_align import text as text_layer
    from qa_align.analyze import cue_starts, starts_in
    from qa_align.rules import answers as A
    from qa_align.rules.asked import asked_words, matched, said_words

    lexicon, settings = ctx.doc.lexicon, ctx.doc.settings
    asked = asked_words(ctx)
    if not asked:
        return None
    polar = {w.lower() for w in (*lexicon.negations, *lexicon.affirmations)}
    opening_only = {w.lower() for w in lexicon.phrases("answer", "opening_affirmations")}
    undecided = [tuple(text_layer.words(p)) for p in lexicon.undecided]
    status = A._asks_status(ctx)
    status_replies = A._phrase_words(lexicon, "answer", "status_replies")
    weak = A._phrase_words(lexicon, "answer", "weak_polarity")
    covered: set[str] = set()
    for a in ctx.answers:
        hedges = [c for kind in A._HEDGES if not (status and kind == "holding") for c in a.cue(kind)]
        figures = cue_starts(a.figures) if lexicon.figures_answer_closed else []
        pointers = a.cue("cross_reference")
        for k, s in enumerate(a.sentences):
            text = A._before_hedge(s, [c for c in hedges if c not in pointers])
            if not text:
                continue
            words = text_layer.words(text)
            if A._holds(words, undecided):
                continue
            polar_words = polar & set(words)
            if k >= 2:
                polar_words -= opening_only
            if text != s.text and not polar_words:
                continue
            if not polar_words and any(s.start <= c.start < s.end for c in pointers):
                continue
            marked = polar_words or starts_in(s, figures)
            shared = matched(said_words(text, ctx), asked, ctx)
            covered |= shared
            need = settings.yes_no_shared_words + (0 if marked else settings.yes_no_statement_words)
            opening = (
                [c for c in a.cue("polarity") if c.text.lower() in text.lower()]
                if k < 2 and text == s.text
                else []
            )
            branch = "plain"
            if k < 2 and polar_words:
                need, branch = 1, "opening yes or no word"
            elif opening and weak and all(A._holds(text_layer.words(c.text), weak) for c in opening):
                need, branch = min(need, settings.yes_no_shared_words), "weak polarity"
            elif opening:
                need, branch = 1, "polarity cue " + ", ".join(c.text for c in opening)
            if status and A._holds(words, status_replies):
                need, branch = 1, branch + " (status reply)"
            if len(shared) >= need:
                return {
                    "branch": branch,
                    "sentence_index": k,
                    "sentence": text,
                    "polar": sorted(polar_words),
                    "shared": sorted(shared),
                    "need": need,
                    "asked": sorted(asked),
                }
    if len(covered) >= max(settings.yes_no_shared_words, settings.yes_no_covered_share * len(asked)):
        return {"branch": "covered", "shared": sorted(covered), "asked": sorted(asked)}
    return None


def trace(ctx) -> dict:
    """What settled a closed unit (``TESTS``, the gate, ``position``)."""
    from qa_align import answered
    from qa_align.rules import answers as A

    out: dict = {"p_answered": answered.p_answered(ctx), "gated": A._answered(ctx, FLAG)}
    out["tests"] = [name for name in TESTS if getattr(A, name)(ctx)]
    if "_takes_position" in out["tests"]:
        out["position"] = position(ctx)
        out["mirror_agrees"] = out["position"] is not None
    return out


def run(out_path: str, names: list[str]) -> int:
    sys.path.insert(0, "scripts")
    from choose_cue_thresholds import FAST

    from qa_align.evaluate import labelled_flags, load_gold
    from qa_align.labelsets import DEVELOPMENT_SETS
    from qa_align.pipeline import iter_scored
    from qa_align.readers import read_paths
    from qa_align.rules import RULES, registry
    from qa_align.settings import Settings
    from qa_align.types import Problem

    unknown = [n for n in names if n not in DEVELOPMENT_SETS]
    if unknown:
        raise SystemExit(f"not a development set: {', '.join(unknown)}; known: {', '.join(DEVELOPMENT_SETS)}")
    registry()
    rule = RULES[FLAG]
    read: dict = {}

    def recording(ctx):
        flags = list(rule.func(ctx))
        key = (ctx.doc.document.source, ctx.doc.document.doc_id, ctx.pair.question.n)
        read[key] = {
            "closed": [c.text for c in ctx.question.closed],
            "answer": [s.text for a in ctx.answers for s in a.sentences],
            "segments": [s.label for s in ctx.pair.segments],
            "reason": flags[0].reason if flags else None,
            "trace": trace(ctx) if ctx.question.closed and ctx.pair.segments else None,
        }
        yield from flags

    RULES[FLAG] = dataclasses.replace(rule, func=recording)
    settings = Settings().replace(**FAST)
    totals = [0, 0, 0]
    try:
        with open(out_path, "w", encoding="utf-8") as out:
            for name in names or list(DEVELOPMENT_SETS):
                files = DEVELOPMENT_SETS[name]
                notes = {}
                for path in files:
                    for line in open(path, encoding="utf-8"):
                        if line.strip():
                            rec = json.loads(line)
                            for u in rec["units"]:
                                notes[(rec["source"], str(rec["doc_id"]), str(u["n"]))] = u.get("note", "")
                gold = [g for path in files for g in load_gold(path)]
                wanted = {(g.source, g.doc_id) for g in gold}
                docs = [
                    d
                    for d in read_paths(["../shared/data"], only={i for _, i in wanted})
                    if not isinstance(d, Problem) and (d.source, d.doc_id) in wanted
                ]
                scored = {
                    (sp.document.source, sp.document.doc_id, sp.pair.question.n): sp
                    for sp in iter_scored(docs, settings)
                    if not isinstance(sp, Problem)
                }
                for g in gold:
                    units = {u.n: u for u in g.units}
                    keys = [(g.source, g.doc_id, n) for n in units]
                    keys += [k for k in scored if k[:2] == (g.source, g.doc_id) and k[2] not in units]
                    for key in keys:
                        u, sp = units.get(key[2]), scored.get(key)
                        row = {
                            "set": name,
                            "key": list(key),
                            "labelled": bool(u and FLAG in u.flags),
                            "label": u.label if u else "not labelled",
                            "labelled_flags": sorted(u.flags) if u else [],
                            "flagged": bool(sp and FLAG in labelled_flags(sp)),
                            "tool_flags": sorted(labelled_flags(sp)) if sp else [],
                            "question": sp.pair.question.text if sp else "",
                            "note": notes.get(key, ""),
                            **read.get(key, {}),
                        }
                        totals[0] += row["labelled"]
                        totals[1] += row["flagged"]
                        totals[2] += row["labelled"] and row["flagged"]
                        out.write(json.dumps(row, ensure_ascii=False, default=float) + "\n")
                print(f"{name}: {len(docs)} documents", file=sys.stderr, flush=True)
    finally:
        RULES[FLAG] = rule
    labelled, flagged, right = totals
    print(f"labelled {labelled} flagged {flagged} right {right} false {flagged - right}")
    return 0


def diff(before: str, after: str) -> int:
    def rows(path: str) -> dict:
        with open(path, encoding="utf-8") as f:
            return {(r["set"], *r["key"]): r for r in map(json.loads, f)}

    a, b = rows(before), rows(after)
    for name, d in (("before", a), ("after", b)):
        flagged = sum(r["flagged"] for r in d.values())
        right = sum(r["flagged"] and r["labelled"] for r in d.values())
        labelled = sum(r["labelled"] for r in d.values())
        print(f"{name}: labelled {labelled} flagged {flagged} right {right} false {flagged - right}")
    for key in sorted(a.keys() & b.keys()):
        if a[key]["flagged"] != b[key]["flagged"]:
            r = b[key]
            moved = "gained" if r["flagged"] else "lost"
            kind = "right" if r["labelled"] else "false"
            print(f"{moved} {kind}: {' '.join(key)} ({r['label']}) {(r.get('closed') or [''])[0][:100]}")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="command", required=True)
    r = sub.add_parser("run", help="trace every development set (or those named) into a JSON Lines file")
    r.add_argument("out")
    r.add_argument("sets", nargs="*", help="development sets (default every one)")
    d = sub.add_parser("diff", help="the units whose flag moved between two runs")
    d.add_argument("before")
    d.add_argument("after")
    args = ap.parse_args(argv)
    if args.command == "run":
        return run(args.out, args.sets)
    return diff(args.before, args.after)


if __name__ == "__main__":
    raise SystemExit(main())
