"""The `holding` sentence set learned from the readers' notes, and its measurement (holding51).

Every development unit (``qa_align.labelsets.DEVELOPMENT_SETS``, reference-dev included; never a test
set nor an id of ``--exclude``) is scored with the ``holding`` rule alone (``choose_cue_thresholds.FAST``
settings). For each unit the serving sentences are kept with their document offsets, the lexicon's
cue kinds in them, whether a ``holding`` cue (lexicon or learned) stands in them and whether the rule's
flag names them as evidence. Then

- ``build``: each quote of a ``holding`` unit's note that the note ties to ``holding``
  (``holding_quotes``) is found in the unit's sentences (``quote_in``: the parts an ellipsis splits must
  all occur, in order, after folding case, quotes, dashes and spaces): those sentences are label 1, the
  unit's other sentences 0; every sentence of a unit without ``holding`` is 0. Written as
  ``corpus/holding/notes.jsonl``.
- ``measure``: a logistic regression over the cue classifier's features (``cues.features``: words,
  word pairs, word beginnings and endings, the lexicon's cue lists) plus the share of the question's
  content words the sentence takes up, trained on the sets before ``dev-be55`` (DEVELOPMENT_SETS'
  order) and scored on ``dev-be55`` onwards: sentence P/R per language, then the unit-level flag with
  the reading added to the rule (a way in where the rule flags nothing, a filter of the rule's flags,
  both), right / false against the rule alone, per language.

    PYTHONPATH=$PWD:$PWD/scripts .venv/bin/python scripts/holding_notes.py collect --exclude /tmp/s51/heldout.ids \
        --cache /tmp/s51/holding51/units.json
    PYTHONPATH=$PWD:$PWD/scripts .venv/bin/python scripts/holding_notes.py build --cache /tmp/s51/holding51/units.json
    PYTHONPATH=$PWD:$PWD/scripts .venv/bin/python scripts/holding_notes.py measure --cache /tmp/s51/holding51/units.json

``collect --ids FILE`` reads the records named there (``--source``, uk-commons by default; a draw of
``scripts/draw_unlabelled.py``, held-out ids dropped) instead of the labelled units, with no label.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import re
import unicodedata
from pathlib import Path

from qa_align.labelsets import DEVELOPMENT_SETS

FIRST_LAST = "dev-be55"
FORWARD_FROM = "dev-be45"  # the older sets from here choose a threshold for a model trained before it  # the first of the last sets: measured on, never trained on
OUT = Path("corpus/holding/notes.jsonl")
FLAG_NAMES = (
    "holding", "generic", "deflection", "cross_reference", "yes_no_unanswered", "missing_answer",
    "no_information", "off_topic", "partial", "recycled", "boilerplate",
)  # fmt: skip

_QUOTE = re.compile(r"(?<![A-Za-z0-9])'(.+?)'(?![A-Za-z0-9])")
_FOLD = str.maketrans(
    {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"}
)
_ELLIPSIS = re.compile(r"\s*(?:\.\.\.|\u2026|\[\.\.\.\]|\(\.\.\.\))\s*")


def fold(text: str) -> str:
    """``text`` compared loosely: NFKC, lower case, typographic quotes and dashes plain, spaces one."""
    text = unicodedata.normalize("NFKC", text).translate(_FOLD).lower()
    return re.sub(r"\s+", " ", text).strip()


def holding_quotes(note: str) -> list[str]:
    """The quotes of ``note`` tied to ``holding``. The note is read as quotes and the text between them;
    outside parentheses, a run of quotes is gathered until a clause ends ("; ", ". ") or a
    parenthesis opens. A run is tied when

    - the parenthesis that ends it names ``holding`` as a flag ("'...' (holding)", "'...' and '...'
      (cross_reference, holding; a close call ...)", "(the result put off: holding)"; not "no holding");
    - or its text, after a quote and before the clause ends, says the quote defers or puts off
      ("'...' defers the ...", "'...' puts the matter off", "'...' put off to ..."),
      which ties that quote and the run before it.

    Inside a parenthesis a quote is tied only when ``holding`` follows it directly ("(... 'zal worden
    verstrekt', holding)"): other quotes there cite other documents. A quote right after "holding" in
    the same clause ("holding from 'nog geen ...'", "holding: '...'") is tied too. Quotes of fewer
    than three words in a run of several are names, not sentences, and are left out."""
    parts = re.split(r"(?<![A-Za-z0-9])'(.+?)'(?![A-Za-z0-9])", note)
    texts, quotes = parts[0::2], parts[1::2]  # texts[i] stands before quotes[i]
    named = re.compile(r"(?<!no )(?<!not )(?<!against )\bholding\b")
    defers = re.compile(r"\b(?:defers?|deferr(?:ed|ing)|puts? (?:\S+ ){0,6}off|put off)\b")
    tied: set[int] = set()
    inside: set[int] = set()  # quotes tied inside the parenthesis open now
    run: list[int] = []

    def says_defers(text: str) -> re.Match[str] | None:
        m = defers.search(text)
        if m and re.search(r"\b(?:no|not|never|nor)\b[^.;]{0,25}$", text[: m.start()]):
            return None  # "is no answer put off"
        return m

    depth = 0
    paren = ""  # the text of the parenthesis open at depth 1

    def tie(idx: list[int], said: str = "") -> None:
        m = says_defers(said)
        if m and re.match(r"(?:puts|defers)\b", m.group(0)):
            idx = idx[-1:]  # "'...', and '...' puts the matter off": the verb's subject is the last quote
        long = [i for i in idx if len(quotes[i].split()) >= 4]
        tied.update(long if len(idx) > 1 else idx)

    for i, text in enumerate(texts):
        if i > 0 and depth > 0 and re.match(r"^[\s,;:]*(?:holding)\b", text):
            tied.add(i - 1)
            inside.add(i - 1)
        for k, ch in enumerate(text):
            if depth == 0:
                if ch == "(":
                    depth, paren = 1, ""
                    continue
                if text[k : k + 2] in ("; ", ". "):
                    if run and says_defers(text[:k]):
                        tie(run, text[:k])
                    run = []
            elif ch == "(":
                depth += 1
            elif ch == ")":
                depth -= 1
                if depth == 0:
                    if run and not inside and (named.search(paren) or says_defers(text[:k])):
                        tie(run, text[: text.find("(")] if "(" in text else "")
                    run, inside = [], set()
                    continue
            if depth > 0:
                paren += ch
        if i < len(quotes):
            if depth > 0:
                paren += " "
                continue
            if re.search(r"\bholding\b(?: from| in| is| as| reads?| here)?\s*:?\s*$", text):
                tied.add(i)
            if says_defers(text) and not re.search(r"[.;]\s", text):
                if re.search(r":\s*$", text):  # "... is put off to what is still to come: '...'"
                    tied.add(i)
                elif run:
                    tie(run, text)
                run = []
            run.append(i)
    if run and says_defers(texts[-1]):
        tie(run, texts[-1])
    return [quotes[i] for i in sorted(tied)]


def quote_in(quote: str, sentences: list[str]) -> list[int]:
    """The indices of ``sentences`` that hold ``quote``: the parts an ellipsis splits it into must all
    occur in order; a part may run over sentences (then every sentence it touches counts)."""
    parts = [p for p in (fold(x).strip(" .,;:") for x in _ELLIPSIS.split(quote)) if len(p) >= 3]
    if not parts:
        return []
    folded = [fold(s) for s in sentences]
    joined, starts = "", []
    for f in folded:
        starts.append(len(joined))
        joined += f + " "
    at, hit = 0, []
    for p in parts:
        k = joined.find(p, at)
        if k < 0:
            return []
        end = k + len(p)
        hit += [i for i, s in enumerate(starts) if s < end and s + len(folded[i]) > k]
        at = end
    return sorted(set(hit))


def set_order() -> dict[str, int]:
    return {name: i for i, name in enumerate(DEVELOPMENT_SETS)}


def is_last(set_name: str) -> bool:
    order = set_order()
    return order[set_name] >= order[FIRST_LAST]


# --- collect -----------------------------------------------------------------------------------


def collect(args) -> None:
    from choose_cue_thresholds import FAST

    from qa_align.evaluate import development_sets
    from qa_align.pipeline import iter_scored
    from qa_align.readers import read_paths
    from qa_align.rules import RULES, answers, registry
    from qa_align.settings import Settings
    from qa_align.types import Problem

    left_out = set(Path(args.exclude).read_text().split()) if args.exclude else set()
    gold: dict[tuple[str, str, str], dict] = {}
    outside = set(Path(args.ids).read_text().split()) - left_out if args.ids else set()
    for name, files in ({} if outside else development_sets(".")).items():
        for f in files:
            for line in Path(f).read_text(encoding="utf-8").splitlines():
                if not line.strip():
                    continue
                d = json.loads(line)
                if d["doc_id"] in left_out:
                    continue
                for u in d["units"]:
                    key = (d["source"], d["doc_id"], u["n"])
                    if key not in gold:  # a unit labelled in two sets counts in the first
                        gold[key] = {"set": name, "flags": sorted(u["flags"]), "note": u.get("note", "")}
    registry()
    rule = RULES["holding"]
    units: dict[str, dict] = {}

    def reading(ctx):
        flags = list(rule.func(ctx))
        doc = ctx.doc.document
        key = (doc.source, doc.doc_id, ctx.pair.question.n)
        if key not in gold and doc.doc_id in outside:  # a record of no labelled set: no label
            gold[key] = {"set": "outside", "flags": [], "note": ""}
        if key not in gold:
            return iter(flags)
        spans = [(e.start, e.end) for f in flags for e in f.evidence if e.part == "answer"]
        sentences = []
        for seg, a in zip(ctx.pair.segments, ctx.answers, strict=True):
            held = a.cue("holding")
            for s in a.sentences:
                if not s.text.strip():
                    continue
                start, end = seg.source_span(s.start, s.end)
                learned = [c.probability or 0.0 for c in held if c.learned and answers._in((c,), s)]
                sentences.append(
                    {
                        "text": s.text,
                        "start": start,
                        "end": end,
                        "lex": sorted(set(answers.lexicon_kinds(a, s))),
                        "cue": any(not c.learned for c in held if answers._in((c,), s)),
                        "learned": max(learned, default=0.0),
                        "to_come": answers._in(a.cue("to_come"), s),
                        "evidence": any(x < end and y > start for x, y in spans),
                    }
                )
        units["\t".join(key)] = {
            **gold[key],
            "language": ctx.doc.language,
            "question": ctx.pair.question.text,
            "flagged": bool(flags),
            "sentences": sentences,
        }
        return iter(flags)

    RULES["holding"] = dataclasses.replace(rule, func=reading)
    ids = {d for _, d, _ in gold} | outside
    docs = [d for d in read_paths([args.data], None, None, 2, only=ids) if not isinstance(d, Problem)]
    want = {(s, d) for s, d, _ in gold}
    docs = [
        d for d in docs if (d.source, d.doc_id) in want or (d.doc_id in outside and d.source == args.source)
    ]
    for _ in iter_scored(docs, Settings().replace(**FAST), rules=["holding"]):
        pass
    Path(args.cache).write_text(json.dumps(units), encoding="utf-8")
    print(f"{len(units)} units written to {args.cache} ({len(gold)} labelled or drawn)")


# --- build -------------------------------------------------------------------------------------


def build_rows(units: dict[str, dict], every: bool = False) -> tuple[list[dict], dict[str, int]]:
    """The sentence set: a ``holding`` unit's sentences that hold a quote its note ties to ``holding``
    (label 1) and its other sentences (0; a unit none of whose quotes is found gives no row); of a unit
    without ``holding``, the sentences the rule reads as a candidate (a ``holding`` cue, lexicon or
    learned, a ``to_come`` word, or the rule's evidence), label 0, or every sentence with ``every``."""
    rows, counts = (
        [],
        {"holding units": 0, "with a tied quote": 0, "quotes": 0, "quotes found": 0, "units found": 0},
    )
    for key, u in units.items():
        source, doc_id, n = key.split("\t")
        texts = [s["text"] for s in u["sentences"]]
        positive: set[int] = set()
        if "holding" in u["flags"]:
            counts["holding units"] += 1
            quotes = holding_quotes(u["note"])
            counts["with a tied quote"] += bool(quotes)
            for q in quotes:
                counts["quotes"] += 1
                hit = quote_in(q, texts)
                counts["quotes found"] += bool(hit)
                positive.update(hit)
            counts["units found"] += bool(positive)
            if not positive:
                continue  # a holding unit whose holding words are not found: none of its sentences is a negative
        for i, s in enumerate(u["sentences"]):
            if not (
                every
                or "holding" in u["flags"]
                or s["cue"]
                or s["learned"] > 0
                or s["to_come"]
                or s["evidence"]
            ):
                continue
            rows.append(
                {
                    "source": source,
                    "doc_id": doc_id,
                    "unit": n,
                    "set": u["set"],
                    "language": u["language"],
                    "sentence": s["text"],
                    "start": s["start"],
                    "end": s["end"],
                    "label": int(i in positive),
                    "unit_holding": "holding" in u["flags"],
                }
            )
    return rows, counts


def build(args) -> None:
    units = json.loads(Path(args.cache).read_text(encoding="utf-8"))
    rows, counts = build_rows(units, args.all)
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(counts)
    for lang in ("nl", "en"):
        r = [x for x in rows if x["language"] == lang]
        print(lang, len(r), "sentences,", sum(x["label"] for x in r), "positive")


# --- measure -----------------------------------------------------------------------------------

_WORDS = re.compile(r"[^\W\d_]{4,}")


def sentence_features(
    text: str, language: str, lex: list[str], question: str, place: str, with_question: bool = True
) -> list[str]:
    """The cue classifier's features of the sentence (``cues.features``, the lexicon's kinds given)
    plus the share of the question's words of four letters or more it holds, binned, and its place."""
    from qa_align.cues import features

    out = features(text, language=language, lexicon_kinds=tuple(lex))
    if not with_question:
        return out
    asked = {w for w in _WORDS.findall(fold(question))}
    said = {w for w in _WORDS.findall(fold(text))}
    share = len(asked & said) / len(asked) if asked else 0.0
    out.append("q " + ("0" if share == 0 else "<.15" if share < 0.15 else "<.3" if share < 0.3 else ">=.3"))
    out.append("place " + place)
    return out


def unit_rows(units: dict[str, dict], with_question: bool = True) -> list[tuple[str, dict, list[list[str]]]]:
    """Each unit with its sentences' features, in the cache's order."""
    out = []
    for key, u in units.items():
        n = len(u["sentences"])
        feats = [
            sentence_features(s["text"], u["language"], s["lex"], u["question"],
                              "only" if n == 1 else "last" if i == n - 1 else "first" if i == 0 else "mid", with_question)
            for i, s in enumerate(u["sentences"])
        ]  # fmt: skip
        out.append((key, u, feats))
    return out


def fit(rows_x: list[list[str]], y: list[int], c: float):
    from sklearn.feature_extraction import FeatureHasher
    from sklearn.linear_model import LogisticRegression

    hasher = FeatureHasher(n_features=2**20, input_type="string", alternate_sign=False)
    model = LogisticRegression(C=c, max_iter=2000, class_weight="balanced")
    model.fit(hasher.transform(rows_x), y)
    return hasher, model


def probabilities(fitted, rows_x: list[list[str]]):
    hasher, model = fitted
    return model.predict_proba(hasher.transform(rows_x))[:, 1] if rows_x else []


def labelled_sentences(units_feats, positives: dict[str, set[int]]):
    """(features, label, unit key) of the sentences the set keeps (``build_rows``'s choice)."""
    out = []
    for key, u, feats in units_feats:
        pos = positives.get(key, set())
        if "holding" in u["flags"] and not pos:
            continue
        out += [(f, int(i in pos), key) for i, f in enumerate(feats)]
    return out


def positives_of(units: dict[str, dict]) -> dict[str, set[int]]:
    out = {}
    for key, u in units.items():
        if "holding" in u["flags"]:
            texts = [s["text"] for s in u["sentences"]]
            out[key] = {i for q in holding_quotes(u["note"]) for i in quote_in(q, texts)}
    return out


def unit_flags(
    u: dict, probs, way_in: float | None, filter_at: float | None, any_sentence: bool = False
) -> bool:
    """The ``holding`` flag of unit ``u`` with the learned reading added: ``way_in`` flags a unit the rule
    leaves when a sentence reaches it; ``filter_at`` drops a rule's flag whose evidence sentences all
    read under it (a flag with no evidence sentence among the unit's is kept; with ``any_sentence``, when
    every sentence of the unit reads under it)."""
    flagged = u["flagged"]
    if flagged and filter_at is not None:
        ev = [p for s, p in zip(u["sentences"], probs) if s["evidence"] or any_sentence]
        if ev and max(ev) < filter_at:
            flagged = False
    if not u["flagged"] and way_in is not None and len(probs) and max(probs) >= way_in:
        flagged = True
    return flagged


def counts(units_probs, way_in=None, filter_at=None, any_sentence=False) -> tuple[int, int, int]:
    labelled = right = false = 0
    for u, probs in units_probs:
        gold = "holding" in u["flags"]
        flag = unit_flags(u, probs, way_in, filter_at, any_sentence)
        labelled += gold
        right += flag and gold
        false += flag and not gold
    return labelled, right, false


def cell(c: tuple[int, int, int]) -> str:
    labelled, right, false = c
    p = right / (right + false) if right + false else 0.0
    r = right / labelled if labelled else 0.0
    return f"{labelled}/{right + false} right {right} false {false} P {p:.2f} R {r:.2f} (right-false {right - false})"


GRID = (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.97, 0.99)


def measure(args) -> None:
    import numpy as np
    from sklearn.model_selection import GroupKFold

    units = json.loads(Path(args.cache).read_text(encoding="utf-8"))
    positives = positives_of(units)
    everything = unit_rows(units, not args.no_question)
    for lang in ("nl", "en"):
        older = [r for r in everything if r[1]["language"] == lang and not is_last(r[1]["set"])]
        last = [r for r in everything if r[1]["language"] == lang and is_last(r[1]["set"])]
        train = labelled_sentences(older, positives)
        test = labelled_sentences(last, positives)
        print(
            f"\n## {lang}: older {len(older)} units, {len(train)} sentences ({sum(y for _, y, _ in train)} positive); "
            f"last {len(last)} units, {len(test)} sentences ({sum(y for _, y, _ in test)} positive)"
        )
        # the thresholds are chosen on the older sets' units, read out of fold (3 folds grouped by document)
        groups = np.array([k.split("\t")[1] for _, _, k in train])
        oof: dict[str, list] = {}
        for tr, _ in GroupKFold(n_splits=3).split(train, groups=groups):
            fitted = fit([train[i][0] for i in tr], [train[i][1] for i in tr], args.c)
            seen_docs = {groups[i] for i in tr}
            for key, _u, feats in older:
                if key.split("\t")[1] not in seen_docs and key not in oof:
                    oof[key] = probabilities(fitted, feats)
        older_probs = [(u, oof.get(key, [])) for key, u, _ in older]
        fitted = fit([f for f, _, _ in train], [y for _, y, _ in train], args.c)
        last_probs = [(u, probabilities(fitted, feats)) for _, u, feats in last]
        sent_p = np.asarray(probabilities(fitted, [f for f, _, _ in test]))
        y = np.array([t[1] for t in test])
        for t in (0.5, 0.7, 0.9):
            hit = sent_p >= t
            tp = int((hit & (y == 1)).sum())
            print(
                f"sentences, last sets, p >= {t}: {int(y.sum())}/{int(hit.sum())} P {tp / max(1, hit.sum()):.2f} R {tp / max(1, y.sum()):.2f}"
            )
        # forward: trained on the older sets before FORWARD_FROM, read on FORWARD_FROM .. the last sets
        early = [r for r in older if set_order()[r[1]["set"]] < set_order()[FORWARD_FROM]]
        late = [r for r in older if set_order()[r[1]["set"]] >= set_order()[FORWARD_FROM]]
        fw = fit(*zip(*[(f, y_) for f, y_, _ in labelled_sentences(early, positives)]), args.c)
        late_probs = [(u, probabilities(fw, feats)) for _, u, feats in late]
        print(
            f"rule alone: older {cell(counts(older_probs))}; forward {cell(counts(late_probs))}; last {cell(counts(last_probs))}"
        )
        variants = (
            ("way in", lambda t: dict(way_in=t)),
            ("filter (evidence)", lambda t: dict(filter_at=t)),
            ("filter (any sentence)", lambda t: dict(filter_at=t, any_sentence=True)),
        )
        for name, pick in variants:
            for t in GRID:
                print(
                    f"  {name} {t}: older {cell(counts(older_probs, **pick(t)))} | forward {cell(counts(late_probs, **pick(t)))}"
                    f" | last {cell(counts(last_probs, **pick(t)))}"
                )
            for where, probs_of in (("older (out of fold)", older_probs), ("forward", late_probs)):
                rule = counts(probs_of)
                rule_p = rule[1] / max(1, rule[1] + rule[2])
                ok = [
                    (c[1] - c[2], t)
                    for t in GRID
                    if (c := counts(probs_of, **pick(t)))[1] / max(1, c[1] + c[2]) >= rule_p
                ]
                chosen = max(ok)[1] if ok and max(ok)[0] > rule[1] - rule[2] else None
                got = cell(counts(last_probs, **pick(chosen))) if chosen is not None else "(the rule alone)"
                print(f"  {name}: chosen on {where}: {chosen}; last sets {got}")


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("step", choices=("collect", "build", "measure"))
    ap.add_argument("--data", default="../shared/data")
    ap.add_argument("--exclude", default="")
    ap.add_argument(
        "--ids", default="", help="collect: these records (one id a line, of --source), unlabelled"
    )
    ap.add_argument("--source", default="uk-commons")
    ap.add_argument("--cache", default="/tmp/holding_notes.json")
    ap.add_argument("--c", type=float, default=0.3)
    ap.add_argument("--no-question", action="store_true", help="measure: the cue classifier's features alone")
    ap.add_argument("--all", action="store_true", help="build: every sentence of the units without holding")
    args = ap.parse_args()
    {"collect": collect, "build": build, "measure": lambda a: measure(a)}[args.step](args)
