"""The ``holding`` misses of every development set by cause, and what would tell the cue classifier's
deferrals below the rule's cut from the sentences beside them (``models/holding-sentences.md``, holding32).

Every development set of ``qa_align.evaluate.development_sets`` (no test set) is scored with the
``holding`` rule alone, as ``scripts/choose_cue_thresholds.py`` scores (similarity and the score left
out). For each unit it keeps the sentences of the segments that serve it and, for each, the cue
classifier's deferral probability (``CueClassifier.probabilities_of_read`` on the sentence and the
kinds of the lexicon's cues in it, the reading of ``answers._cue_probabilities``) and whether a
``holding`` cue stands in it. It prints

- the units the readers flag ``holding`` and the rule does not, by cause, per language: a cue the
  rule's tests drop, no cue with a sentence of the band (``--low`` to ``--high``, 0.5 to 0.9), no
  cue under it, no serving sentence;
- the band as a way in: over the units the rule leaves unflagged that hold a sentence of the band
  with no ``holding`` cue, the units a reading would gain, labelled ``holding`` / not, per language,
  for the band alone and with each marker below on that sentence, first as read, then where the
  rule's own tests (``answers._rule_keeps``, the sentence read as a lexicon cue) keep it.

Markers (the words of ``MODAL`` and ``TIME`` per language): a modal future; a time marker; the last
sentence of the unit's serving text; no figure in the unit's other sentences and three sentences or
fewer; two or more of the question's content words (``answers._question_words``); a probability of
0.8 or more; and their pairs and triples named in ``READINGS``::

    PYTHONPATH=$PWD:$PWD/scripts .venv/bin/python scripts/holding_band.py --exclude /tmp/s32/heldout.ids

``--exclude`` names a file of document ids (one a line) left out unread.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import re
from collections import Counter
from pathlib import Path

from choose_cue_thresholds import FAST

from qa_align.cues import CUES, load_model
from qa_align.evaluate import development_sets
from qa_align.pipeline import iter_scored
from qa_align.readers import read_paths
from qa_align.rules import RULES, answers, registry
from qa_align.rules.asked import matched, said_words
from qa_align.settings import Settings
from qa_align.types import Problem

MODAL = {"nl": r"\b(?:zal|zullen|zult)\b", "en": r"\b(?:will|shall)\b"}
TIME = {
    "nl": r"\b(?:zodra|na afloop|binnenkort|te gepasten tijde|in de (?:loop van de )?komende|later dit jaar|"
    r"eerstdaags|weldra|zo snel mogelijk|zo spoedig mogelijk|na de zomer|in het najaar|in het voorjaar|"
    r"tegen (?:het )?einde|begin 20\d\d|eind 20\d\d|in de loop van|nadien|daarna|vervolgens|"
    r"na (?:de|het) (?:evaluatie|onderzoek|studie|analyse|advies))\b",
    "en": r"\b(?:in due course|shortly|soon|later this year|in the coming (?:weeks|months)|once|"
    r"when (?:the|this|it)|following (?:the|its)|in the (?:new|next) year|by the end of|in the autumn|"
    r"in the spring|in the summer|next year|as soon as|after the)\b",
}
READINGS = (
    ("the band alone", ("band",)),
    ("a modal future", ("modal",)),
    ("a time marker", ("time",)),
    ("the last sentence", ("last",)),
    ("nothing else (no other figure, <= 3 sentences)", ("alone",)),
    ("two asked words", ("asked",)),
    ("probability >= 0.8", ("p8",)),
    ("modal future + time marker", ("modal", "time")),
    ("time marker + last sentence", ("time", "last")),
    ("modal future + time marker + last sentence", ("modal", "time", "last")),
    ("nothing else + modal future", ("alone", "modal")),
    ("nothing else + time marker", ("alone", "time")),
    ("probability >= 0.7 + time marker", ("p7", "time")),
)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", default="../shared/data")
    ap.add_argument("--exclude", default="", help="a file of document ids left out")
    ap.add_argument("--low", type=float, default=0.5)
    ap.add_argument("--high", type=float, default=answers.HOLDING_LEARNED_MIN)
    args = ap.parse_args()
    left_out = set(Path(args.exclude).read_text().split()) if args.exclude else set()
    gold = {}
    for files in development_sets(".").values():
        for f in files:
            for line in Path(f).read_text(encoding="utf-8").splitlines():
                if line.strip() and (d := json.loads(line))["doc_id"] not in left_out:
                    for u in d["units"]:
                        gold[(d["doc_id"], u["n"])] = "holding" in u["flags"]
    registry()
    rule = RULES["holding"]
    seen: dict[tuple[str, str], tuple[str, bool, str, set[str], set[str]]] = {}
    deferral = CUES.index("deferral")

    def reading(ctx):
        flags = list(rule.func(ctx))
        key = (ctx.doc.document.doc_id, ctx.pair.question.n)
        if key not in gold:
            return iter(flags)
        model = load_model(ctx.doc.settings.cue_model)
        rows = [
            (seg, a, s)
            for seg, a in zip(ctx.pair.segments, ctx.answers, strict=True)
            if a.read is not None
            for s in a.sentences
            if s.text.strip()
        ]
        probs = [
            float(
                model.probabilities_of_read([(s.text, answers.lexicon_kinds(a, s))], a.language)[0][deferral]
            )
            for _, a, s in rows
        ]
        cued = [answers._in(a.cue("holding"), s) for _, a, s in rows]
        cause, marks, kept_marks = "", set(), set()
        if not rows:
            cause = "no serving sentence"
        elif any(cued):
            cause = "a cue the rule's tests drop"
        else:
            cause = "no cue, band" if max(probs) >= args.low else "no cue, under the band"
        if not flags and rows:
            asked = answers._question_words(ctx)
            band = [j for j, p in enumerate(probs) if args.low <= p < args.high and not cued[j]]
            if band:
                j = max(band, key=lambda k: probs[k])
                seg, a, s = rows[j]
                marks = _marks(ctx, a.language, rows, j, probs[j], asked)
                cue = dataclasses.replace(s, kind="holding", probability=None)
                if answers._rule_keeps(ctx, seg, a, cue):
                    kept_marks = marks
                else:
                    kept_marks = {"dropped"}
        seen[key] = (ctx.doc.language, bool(flags), cause, marks, kept_marks)
        return iter(flags)

    RULES["holding"] = dataclasses.replace(rule, func=reading)
    ids = {d for d, _ in gold}
    docs = [d for d in read_paths([args.data], None, None, 2, only=ids) if not isinstance(d, Problem)]
    for _ in iter_scored([d for d in docs if d.doc_id in ids], Settings().replace(**FAST), rules=["holding"]):
        pass
    right = sum(1 for k, v in seen.items() if v[1] and gold[k])
    false = sum(1 for k, v in seen.items() if v[1] and not gold[k])
    print(f"holding over the development sets: {sum(gold.values())} labelled, {right} right, {false} false\n")
    causes = Counter((v[2], v[0]) for k, v in seen.items() if gold[k] and not v[1])
    print("| miss | nl | en |\n|---|---|---|")
    for c in sorted({c for c, _ in causes}):
        print(f"| {c} | {causes[(c, 'nl')]} | {causes[(c, 'en')]} |")
    print(
        f"\n| reading of the band {args.low}-{args.high} (units gained, labelled holding / not) "
        "| nl | en | nl, the rule's tests | en, the rule's tests |\n|---|---|---|---|---|"
    )
    for name, needs in READINGS:
        cells = []
        for at in (3, 4):
            for lang in ("nl", "en"):
                hit = [k for k, v in seen.items() if v[0] == lang and v[at] and set(needs) <= v[at]]
                cells.append(f"{sum(gold[k] for k in hit)} / {sum(not gold[k] for k in hit)}")
        print(f"| {name} | " + " | ".join(cells) + " |")


def _marks(ctx, language: str, rows, j: int, p: float, asked: set[str]) -> set[str]:
    """The markers of the ``j``-th of the unit's sentences ``rows`` (probability ``p``)."""
    text = rows[j][2].text.lower()
    marks = {"band"}
    if re.search(MODAL.get(language, r"$^"), text):
        marks.add("modal")
    if re.search(TIME.get(language, r"$^"), text):
        marks.add("time")
    if j == len(rows) - 1:
        marks.add("last")
    others = [s.text for k, (_, _, s) in enumerate(rows) if k != j]
    if len(rows) <= 3 and not any(re.search(r"\d", t) for t in others):
        marks.add("alone")
    if len(matched(said_words(rows[j][2].text, ctx), asked, ctx)) >= 2:
        marks.add("asked")
    if p >= 0.8:
        marks.add("p8")
    if p >= 0.7:
        marks.add("p7")
    return marks


if __name__ == "__main__":
    main()
