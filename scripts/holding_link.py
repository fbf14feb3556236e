"""Whether a `holding` deferral is about the thing the unit asks: readings of the link between a deferral
sentence and the unit's question, measured as filters of the rule's flags (holding52).

Every development unit (``qa_align.labelsets.DEVELOPMENT_SETS``, reference-dev included; no test set)
is scored with the ``holding`` rule alone, and for every deferral cue of the unit (``[cues] holding``,
lexicon or learned, kept by the rule's tests or not) the link readings of its sentence are kept:

- ``sent``: the question's content words (``answers._question_words``, function words out, matched as
  the rule matches them: ``rules.asked.matched``, stem letters and Dutch compounds by their last part)
  that the sentence holds; ``clause``: those in the cue's clause alone (``clause_of``); ``subject``: those
  before the cue, or before the sentence's first auxiliary where the cue opens it (no parser: a
  reading of where the sentence's subject stands);
- ``rest``: those that the unit's other sentences (no deferral cue in them) hold, and ``others``, how
  many such sentences there are;
- ``place``: the sentence's place in the segment's attribution (``single``: the segment serves this unit
  alone; ``all``: given to every unit alike; ``given:HOW``: given to some), ``to_come`` (``[cues]
  to_come``), ``asked_data`` and the sentence before it where it points back;
- the label of that sentence in ``corpus/holding/notes.jsonl`` where it has one (in sample: the set is
  read from these units' notes, so it is shown, never chosen on).

``measure`` gives each reading as a filter (a flag dropped when none of its kept sentences reads as
linked), right and false dropped per language on the older sets (before ``dev-be55``) and the last,
then chooses on the older sets alone, per language, among ``GRID`` (the rest of a long answer speaks of
what was asked, the deferral names nothing to come) the reading with the largest gain in right minus
false, and gives it on the last sets. ``show`` lists the flags a reading drops (``--ids`` records, read
by hand outside the labelled sets).

    PYTHONPATH=$PWD:$PWD/scripts .venv/bin/python scripts/holding_link.py collect /tmp/s52/holding52/dev.jsonl
    PYTHONPATH=$PWD:$PWD/scripts .venv/bin/python scripts/holding_link.py measure /tmp/s52/holding52/dev.jsonl
    PYTHONPATH=$PWD:$PWD/scripts .venv/bin/python scripts/holding_link.py collect OUT --ids DRAW --source be-kamer
    PYTHONPATH=$PWD:$PWD/scripts .venv/bin/python scripts/holding_link.py show OUT --language nl --rest 0.4 --others 9
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
from collections.abc import Callable, Iterable
from pathlib import Path

FIRST_LAST = "dev-be55"  # the first of the last sets: judged on, never chosen on
NOTES = Path("corpus/holding/notes.jsonl")

_AUXILIARIES = {
    "en": r"\b(?:will|would|shall|is|are|was|were|has|have|had|can|cannot|may|must|should|continues?|remains?|"
    r"expects?|intends?|plans?|aims?)\b",
    "nl": r"\b(?:zal|zullen|zou|zouden|wordt|worden|werd|werden|is|zijn|was|waren|heeft|hebben|kan|kunnen|moet|"
    r"moeten|blijft|blijven|verwacht|wil|willen)\b",
}
# the words that open what a question asks, its head standing after them ("what steps she is taking", "how
# much funding will be allocated", "Welke maatregelen zal u nemen", "Wanneer mag de AUVB ... verwachten")
_ASKS = {
    "en": r"\b(?:what|whether|how many|how much|how|when|which|if|why|where|who)\b",
    "nl": r"\b(?:welke|wat|hoeveel|hoe|wanneer|waarom|waar|wie|kunt|kan|zal|zult|is|zijn|heeft|hebt|wordt|worden)\b",
}
# words that stand where the head does but name no matter: the asker's verbs and the addressee's office
_HEAD_SKIP = {
    "en": frozenset(
        "the a an of to for in on his her their its she he they it has have had made make will would be been "
        "being is are was were any that this these those department departments government secretary state "
        "recent potential with by from and or there".split()
    ),
    "nl": frozenset(
        "de het een van in op voor met en of u uw er die dat dit deze te zal zult worden wordt kan kunt is zijn "
        "hoe welke wat al nog ook bij aan om naar door hebt heeft men".split()
    ),
}
_ADDRESSEE = re.compile(r"^\s*to ask the [^,]*,\s*(?:(?:with reference to|pursuant to)[^,]*,\s*)?", re.I)


def question_head(question: str, language: str, size: int = 2) -> list[str]:
    """The head of what ``question`` asks: the first ``size`` words of three letters or more after its
    first asking word (``_ASKS``), its addressee ("To ask the Secretary of State for ..., ") and the words
    of ``_HEAD_SKIP`` left out: "what steps she plans to take to (a) reform procurement" -> ["steps",
    "plans"], "Welke maatregelen zal u nemen" -> ["maatregelen", "nemen"]. No parser: a reading of where
    the asked noun or verb stands, to test whether a deferral sentence names it (holding55)."""
    text = _ADDRESSEE.sub("", question).lower()
    opening = re.search(_ASKS.get(language, _ASKS["en"]), text)
    rest = text[opening.end() :] if opening else text
    skip = _HEAD_SKIP.get(language, _HEAD_SKIP["en"])
    return [w for w in re.findall(r"[^\W\d_]+", rest) if len(w) > 2 and w not in skip][:size]


def holds_head(sentence: str, head: Iterable[str]) -> list[str]:
    """The words of ``head`` that ``sentence`` holds, a word matched by its stem (all but its last two
    letters, at least four) at the start of a word: "funding" in "Funding from April 2026", "assess" in
    "assessment"."""
    low = sentence.lower()
    return [w for w in head if re.search(r"\b" + re.escape(w[: max(4, len(w) - 2)]), low)]


_CLAUSE = re.compile(r"[,;:()]|\s(?:and|but|which|while|whereas|en|maar|die|dat|waarbij|terwijl|omdat)\s")

# the readings chosen among: (the share of the question's words the rest of the answer holds, at least;
# the least count of other sentences; whether every kept sentence must name nothing to come)
GRID = tuple(itertools.product((0.3, 0.4, 0.5, 0.6, 0.7), (0, 3, 5, 7, 9, 11), (True, False)))


def clause_of(text: str, at: int) -> str:
    """The clause of ``text`` that holds offset ``at``: between the nearest clause marks (``_CLAUSE``:
    a comma, semicolon, colon, bracket or a joining word) before and after it."""
    marks = list(_CLAUSE.finditer(text))
    lo = max((m.end() for m in marks if m.end() <= at), default=0)
    hi = min((m.start() for m in marks if m.start() > at), default=len(text))
    return text[lo:hi].strip()


def subject_of(text: str, at: int, language: str) -> str:
    """What stands before the cue at ``at`` in the sentence ``text``, or, where the cue opens the
    sentence (a learned cue is the whole sentence), what stands before its first auxiliary."""
    if at > 3:
        return text[:at]
    aux = re.search(_AUXILIARIES.get(language, _AUXILIARIES["en"]), text, re.I)
    return text[: aux.start()] if aux else ""


def rest_share(cue: dict) -> float:
    """The share of the question's content words that the unit's other sentences hold."""
    return len(cue["rest_m"]) / max(1, len(cue["q_words"]))


def linked(cue: dict, reading: str) -> bool:
    """Whether a cue row reads as about the thing asked under ``reading`` (the sentence's words, its
    clause's, its subject's; the sentence before it where it points back, the data asked named back)."""
    if cue["asked_data"]:
        return True
    if reading == "sent":
        return bool(cue["sent_m"] or cue["prev_m"])
    if reading == "clause":
        return bool(cue["clause_m"])
    if reading == "subject":
        return bool(cue["subj_m"] or cue["prev_m"])
    if reading == "sent2":
        return len(cue["sent_m"]) >= 2
    if reading == "share":
        return len(cue["sent_m"]) >= 0.25 * max(1, len(cue["q_words"]))
    if reading == "own":  # a word of the question that the rest of the answer does not hold
        return bool(set(cue["sent_m"]) - set(cue["rest_m"]))
    if reading == "place":
        return cue["place"] != "all"
    if reading == "head":  # the question's head noun or verb in the sentence (holding55)
        return bool(cue.get("head_m") or cue["prev_m"])
    raise ValueError(f"unknown reading {reading!r}")


def kept(unit: dict) -> list[dict]:
    return [c for c in unit["cues"] if c["kept"]]


def aside(unit: dict, rest: float, others: int, nothing_to_come: bool) -> bool:
    """Whether every kept deferral of ``unit`` stands beside an answer that speaks of what was asked: the
    unit's other sentences, at least ``others`` of them, hold at least ``rest`` of the question's content
    words, and (``nothing_to_come``) no kept sentence names something still to come."""
    cues = kept(unit)
    if not cues or cues[0]["others"] < others:
        return False
    if nothing_to_come and any(c["to_come"] for c in cues):
        return False
    return all(rest_share(c) >= rest for c in cues)


def dropped(units: Iterable[dict], drop: Callable[[dict], bool]) -> tuple[int, int]:
    """Right and false flags among ``units`` that ``drop`` takes away (the rule's flags with a kept cue)."""
    gone = [u for u in units if u["tool"] and kept(u) and drop(u)]
    right = sum(1 for u in gone if u["gold"])
    return right, len(gone) - right


def choose(units: list[dict], language: str) -> tuple[tuple[float, int, bool], tuple[int, int]] | None:
    """The ``GRID`` reading with the largest gain in right minus false on the older sets of ``language``
    (ties: the first of ``GRID``), with its counts; None when none gains."""
    older = [u for u in units if u["part"] == "older" and u["lang"] == language]
    best = None
    for rest, others, nothing in GRID:
        right, false = dropped(
            older, lambda u, rest=rest, others=others, nothing=nothing: aside(u, rest, others, nothing)
        )
        key = (false - right, -(right + false))
        if false - right > 0 and (best is None or key > best[0]):
            best = (key, (rest, others, nothing), (right, false))
    return None if best is None else (best[1], best[2])


def _notes_label(notes: dict, unit: dict, cue: dict) -> int | None:
    return notes.get((unit["source"], str(unit["doc_id"]), str(unit["n"]), cue["sentence"].strip()))


def measure(args) -> None:
    units = [json.loads(line) for line in open(args.rows, encoding="utf-8")]
    notes = {}
    if NOTES.exists():
        for line in open(NOTES, encoding="utf-8"):
            d = json.loads(line)
            notes[(d["source"], str(d["doc_id"]), str(d["unit"]), d["sentence"].strip())] = d["label"]
    parts = [(p, lang) for p in ("older", "last") for lang in ("nl", "en")]
    print("the rule alone (labelled / flagged / right / false):")
    for part, lang in parts:
        us = [u for u in units if u["part"] == part and u["lang"] == lang]
        fl = [u for u in us if u["tool"]]
        right = sum(u["gold"] for u in fl)
        print(f"  {part} {lang}: {sum(u['gold'] for u in us)} / {len(fl)} / {right} / {len(fl) - right}")
    readings: dict[str, Callable[[dict], bool]] = {
        r: (lambda u, r=r: not any(linked(c, r) for c in kept(u)))
        for r in ("sent", "clause", "subject", "sent2", "share", "own", "place", "head")
    }
    readings["notes (in sample)"] = lambda u: all(_notes_label(notes, u, c) == 0 for c in kept(u))
    print("as filters (flags dropped where no kept sentence reads linked): right, false dropped; gain")
    for name, drop in readings.items():
        cells = []
        for part, lang in parts:
            r, f = dropped([u for u in units if u["part"] == part and u["lang"] == lang], drop)
            cells.append(f"{part} {lang} -{r}R -{f}F {f - r:+d}")
        print(f"  {name:18s} " + " | ".join(cells))
    print("chosen on the older sets (GRID: rest share, others, nothing to come):")
    for lang in ("nl", "en"):
        chosen = choose(units, lang)
        if chosen is None:
            print(f"  {lang}: nothing gains on the older sets")
            continue
        (rest, others, nothing), (r, f) = chosen
        last = [u for u in units if u["part"] == "last" and u["lang"] == lang]
        lr, lf = dropped(
            last, lambda u, rest=rest, others=others, nothing=nothing: aside(u, rest, others, nothing)
        )
        print(
            f"  {lang}: rest {rest} others {others} nothing to come {nothing}: older -{r}R -{f}F {f - r:+d}; "
            f"last -{lr}R -{lf}F {lf - lr:+d}"
        )


def show(args) -> None:
    units = [json.loads(line) for line in open(args.rows, encoding="utf-8")]
    for u in units:
        if u.get("lang", args.language) != args.language or not u["tool"]:
            continue
        if not aside(u, args.rest, args.others, not args.to_come_too):
            continue
        print(
            "==",
            u["source"],
            u["doc_id"],
            u["n"],
            "gold" if u.get("gold") else "",
            "| Q:",
            u["question"][:300],
        )
        for c in kept(u)[:3]:
            print(
                "    S:",
                c["sentence"][:300],
                "| rest",
                c["rest_m"],
                "sent",
                c["sent_m"],
                "others",
                c["others"],
            )


def _cue_row(ctx, segment, analysis, cue, kept_it: bool) -> dict:
    """The link readings of one deferral cue of the unit (``ctx``)."""
    from qa_align.rules import answers as A
    from qa_align.rules.asked import matched, said_words

    s = A._sentence(analysis, cue)
    text = s.text if s is not None else cue.text
    start = s.start if s is not None else cue.start
    language = ctx.doc.language
    function = A._function_words(language, ctx.doc.settings.lexicon_dir)
    asked = A._question_words(ctx) - function

    def words(t: str) -> list[str]:
        return sorted(matched(said_words(t, ctx) - function, asked, ctx)) if t.strip() else []

    at = max(0, cue.start - start)
    back = s is not None and A._refers_back(analysis, s)
    previous = A._with_previous(analysis, s) if back else None
    rest = " ".join(
        x.text for a in ctx.answers for x in a.sentences if x.text.strip() and not A._in(a.cue("holding"), x)
    )
    said = ctx.doc.attribution(segment)
    place = "single"
    if len(said.units) >= 2:
        k = next(
            (k for k, x in enumerate(said.sentences) if s is not None and x.start <= s.start < x.end), None
        )
        place = (
            "none"
            if k is None
            else ("all" if said.sentences[k].how == "all" else f"given:{said.sentences[k].how}")
        )
    return {
        "sentence": text, "cue": cue.text[:80], "learned": bool(cue.learned), "p": round(cue.probability or 0.0, 3),
        "kept": kept_it, "q_words": sorted(asked), "sent_m": words(text), "clause_m": words(clause_of(text, at)),
        "subj_m": words(subject_of(text, at, language)), "back": back,
        "prev_m": words(analysis.text[previous.start : previous.end]) if previous is not None else [],
        "asked_data": s is not None and A._names_asked_data(analysis, s), "to_come": A._to_come(analysis, cue),
        "rest_m": words(rest), "others": A._others(ctx), "place": place,
        "head_m": holds_head(text, question_head(ctx.pair.question.text, language)),
    }  # fmt: skip


def collect(args) -> None:
    from collections import defaultdict

    from qa_align.evaluate import load_gold
    from qa_align.labelsets import DEVELOPMENT_SETS
    from qa_align.pipeline import iter_scored
    from qa_align.readers import read_paths
    from qa_align.rules import answers as A
    from qa_align.settings import Settings
    from qa_align.types import Problem

    recorded: dict[tuple, list[dict]] = {}
    plain = A._cue_evidence

    def recording(ctx, kind, keep=None):  # the rule's own evidence, and every cue's readings beside it
        out = plain(ctx, kind, keep)
        if kind == "holding":
            chosen = {(id(seg), c.start, c.end) for seg, c in out}
            recorded[(ctx.doc.document.source, ctx.doc.document.doc_id, ctx.pair.question.n)] = [
                _cue_row(ctx, seg, a, c, (id(seg), c.start, c.end) in chosen)
                for seg, a in zip(ctx.pair.segments, ctx.answers)
                for c in a.cue("holding")
            ]
        return out

    A._cue_evidence = recording
    settings = Settings(jobs=1)  # the readings are recorded in this process
    rows = []
    try:
        if args.ids:
            ids = {line.strip() for line in open(args.ids) if line.strip()}
            docs = [
                d for d in read_paths([args.data], None, None, 1, only=ids)
                if not isinstance(d, Problem) and d.doc_id in ids and d.source == args.source
            ]  # fmt: skip
            for sp in iter_scored(docs, settings, rules=["holding"]):
                if isinstance(sp, Problem):
                    continue
                key = (sp.document.source, sp.document.doc_id, sp.pair.question.n)
                fl = [f for f in sp.flags if f.name == "holding"]
                rows.append({
                    "source": key[0], "doc_id": key[1], "n": key[2], "lang": "nl" if key[0] == "be-kamer" else "en", "tool": bool(fl),
                    "question": sp.pair.question.text, "cues": recorded.get(key, []),
                })  # fmt: skip
        else:
            names = list(DEVELOPMENT_SETS)
            gold = {
                name: [g for f in files for g in load_gold(f)] for name, files in DEVELOPMENT_SETS.items()
            }
            wanted = {(g.source, g.doc_id) for gs in gold.values() for g in gs}
            docs = [
                d for d in read_paths([args.data], None, None, 1, only={d for _, d in wanted})
                if not isinstance(d, Problem) and (d.source, d.doc_id) in wanted
            ]  # fmt: skip
            by = defaultdict(dict)
            for sp in iter_scored(docs, settings, rules=["holding"]):
                if not isinstance(sp, Problem):
                    by[(sp.document.source, sp.document.doc_id)][sp.pair.question.n] = sp
            cut = names.index(FIRST_LAST)
            for i, (name, gs) in enumerate(gold.items()):
                for g in gs:
                    units = by.get((g.source, g.doc_id), {})
                    labelled = {u.n: "holding" in u.flags for u in g.units}
                    for n in sorted(set(labelled) | {n for n, sp in units.items() if _flagged(sp)}, key=str):
                        sp = units.get(n)
                        key = (g.source, g.doc_id, n)
                        rows.append({
                            "set": name, "part": "older" if i < cut else "last", "source": g.source,
                            "doc_id": g.doc_id, "n": n, "lang": "nl" if g.source == "be-kamer" else "en",
                            "gold": labelled.get(n, False), "tool": sp is not None and _flagged(sp),
                            "question": sp.pair.question.text if sp else "", "cues": recorded.get(key, []),
                        })  # fmt: skip
    finally:
        A._cue_evidence = plain
    with open(args.out, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def _flagged(sp) -> bool:
    return any(f.name == "holding" for f in sp.flags)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("collect")
    c.add_argument("out")
    c.add_argument("--data", default="../shared/data")
    c.add_argument("--ids")
    c.add_argument("--source", default="uk-commons")
    m = sub.add_parser("measure")
    m.add_argument("rows")
    s = sub.add_parser("show")
    s.add_argument("rows")
    s.add_argument("--language", default="nl")
    s.add_argument("--rest", type=float, default=0.4)
    s.add_argument("--others", type=int, default=9)
    s.add_argument("--to-come-too", action="store_true")
    args = ap.parse_args(argv)
    {"collect": collect, "measure": measure, "show": show}[args.cmd](args)


if __name__ == "__main__":
    main()
