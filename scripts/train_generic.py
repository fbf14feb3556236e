"""A unit-level model of ``generic`` (``LABELS.md``: "only general statements or policy boilerplate,
no specifics for what was asked") against the rule, judged leaving one development set out; and
the model file ``Settings.generic_model`` reads (``--write``, ``models/generic-units.md``).

Every development unit of ``qa_align.labelsets.DEVELOPMENT_SETS`` (reference-dev included; no test
set, no unseen set) is scored once with the shipped settings; for each unit some segment serves, the
readings of ``generic_units.generic_features`` (the rule's decision and readings, the cue
classifier's probability of general terms over the unit's sentences: mean, most, share at 0.5 or
more; the share of sentences that take up the question's words, name something, hold a figure or a
date; figures asked and given, a plain yes or no, the question's kind, the answer's length, its
language, the other flags' cues and cue-classifier shares; since generic57 what the answer says on the
question's object and beside it, ``generic_units.object_features``). The readings are kept under
``--cache`` so that the comparison can be re-run without scoring again (``--rescore`` to score again);
beside them, per unit, what they are made of (``raw_reading``: the question, each answer sentence with its
cue classifier's probabilities, policy talk, figure and lexicon kinds), to study a new reading without
scoring again (generic57); ``scripts/generic_held_out.py`` reads the cache held out with and without some
readings. The default cache is /tmp/train_generic/units-KEY.pkl, KEY from qa-align's own files
(``code_fingerprint``: ``runcache``'s less the unit model's file and the model cards) and the development
sets' label files (``cache_key``): a run of other code or other labels (another worktree's, on the same
machine) neither reads nor overwrites it. A cache keeps what
it was scored with (``cache_stamp``); one scored with other code or labels, or without a set read, is
refused (``stale_cache``; review58's low 6, lows57).

The comparison: each labelled set is scored by a standardised logistic regression (L2, or L1 with
``--penalty l1``) trained on the other sets, its C and its threshold of best F1 chosen inside the
training sets by a cross-validation grouped by document; with ``--language en`` the model reads
English units only and the rule decides the others. Per set the flag's support, true/false flags
and F1 for the rule and for each of ``--modes`` (the model alone, rule OR model, rule AND model),
and the sum::

    PYTHONPATH=$PWD:scripts .venv/bin/python scripts/train_generic.py [--rescore] --language en [--modes model,or,and] [--out held.jsonl]
    PYTHONPATH=$PWD:scripts .venv/bin/python scripts/train_generic.py --language en --write qa_align/models/generic-units.json

``--held-out SETS`` scores those sets by three models fitted on the others: the shipped file
(``--shipped``), its C and threshold refitted, C and threshold chosen inside the training sets;
``--fixed C,T`` leaves one set out with C and threshold fixed, ``--trained-on SETS`` fitting only on
those sets (generic19: the old list against every development set)::

    PYTHONPATH=$PWD:scripts .venv/bin/python scripts/train_generic.py --language en --held-out dev-be24,dev-be25,dev-uk27,dev-uk28,dev-be26,dev-be27,dev-uk29,dev-uk30

``--forward FIRST`` is ``--held-out`` of FIRST and every set labelled after it in
``labelsets.DEVELOPMENT_SETS`` order, the models fitted on the sets before it (a forward test: the
shipped file, fitted before FIRST was labelled, against a refit on the same older sets); the sum
is printed per source as well; with ``--trained-on SETS`` the refits are fitted on those sets only
(a learning curve on the same held-out sets). ``--extras`` adds to each model's column the flags
``learned_generic`` raises under the threshold (a stock line on discussions, an assessment untaken
from p ``ASSESSMENT_FLOOR``), read when scoring (a cache without them: ``--rescore``), so that the
columns are what the tool would flag. ``--beta B`` chooses C and threshold by F-beta in the inner
cross-validation (B < 1 weighs precision; default 1, F1). ``--closed-interactions`` adds the
general-terms readings times ``closed`` as features (``add_closed_interactions``). generic36,
session 36 (the forward table in ``models/generic-units.md``; nothing beat the shipped file)::

    PYTHONPATH=$PWD:scripts .venv/bin/python scripts/train_generic.py --language en --forward dev-be55 --last dev-uk65 --extras [--null-column 1] [--beta 0.5] [--closed-interactions]

``--null-column SEED`` adds a feature ``null`` of uniform noise (drawn per unit from SEED and the
unit's key, the same in every run) to the features read: the comparison run with a column that
carries nothing, how far the figures move by the folds' chance alone, the noise a new feature's
gain must exceed (generic20: seeds 1, 2, 3 moved the one-set-out sum of 175/185 right/false to
168/185, 177/191, 172/185)::

    PYTHONPATH=$PWD:scripts .venv/bin/python scripts/train_generic.py --language en --modes model --null-column 1

``--unveto BEGINNINGS`` leaves out the vetoes whose reason begins so (comma-separated): those units
are fitted on and decided by the model like the others (generic21: "only a deferral" moved the
one-set-out sum from 206/220 right/false to 217/243, the same F1 0.51, so the veto stays)::

    PYTHONPATH=$PWD:scripts .venv/bin/python scripts/train_generic.py --language en --modes model --unveto "only a deferral"
"""

from __future__ import annotations

import argparse
import hashlib
import os
import pickle
import random
import sys
from pathlib import Path

import numpy as np
from choose_cue_thresholds import FAST, units_of
from choose_generic import development_documents, scored_recording
from choose_yes_no import choose as choose_by_f1
from choose_yes_no import model_json

from qa_align import labelsets, runcache
from qa_align.answered import gated
from qa_align.generic_units import (
    ASSESSMENT_FLOOR,
    GENERIC_FEATURES,
    GENERIC_MODEL,
    assessment_untaken,
    discussions_stock,
    general_probabilities,
    generic_features,
    generic_veto,
    short_general,
)
from qa_align.settings import GENERIC_DISCUSSIONS_STOCK, Settings

# whether ``decide`` flags a stock line on discussions under the threshold: the tool's default
# (``Settings.generic_discussions_stock``, off since generic58)
DISCUSSIONS_STOCK = GENERIC_DISCUSSIONS_STOCK

CACHE_DIR = Path("/tmp/train_generic")
# the repository's root: ``labelsets``' paths are written from it
ROOT = Path(__file__).resolve().parents[1]
SHIPPED = "qa_align/models/generic-units.json"
# every development set of ``qa_align.labelsets`` as the README's tables name them (no test set, no
# unseen set): the sets labelled since a list was written here are read without editing this file
SETS = {name: list(paths) for name, paths in labelsets.DEVELOPMENT_SETS.items()}


def keep_sets_until(last: str) -> None:
    """Keep in ``SETS`` the development sets up to ``last`` (labelsets order) and drop the later ones, in
    place (``--until``): the sets a shipped file was fitted on (its ``trained_on``) stay what a refit reads,
    and its recency weights the same, after new sets are registered (review58: a file fitted up to one set is
    not reproduced by the card's command once later sets are registered)."""
    order = list(SETS)
    if last not in order:
        raise SystemExit(f"not a development set: {last}")
    for name in order[order.index(last) + 1 :]:
        del SETS[name]


def labels_digest(paths: list[str]) -> str:
    """A hash of a set's label files (each path as written and its bytes; a missing file as missing). A relative
    path is read from the repository's root (``ROOT``), as ``labelsets`` writes them, whatever the working
    directory (lows58: read from it, a run from another folder found every set "missing" and refused a valid
    cache)."""
    h = hashlib.sha256()
    for p in paths:
        f = ROOT / p
        h.update(p.encode() + b"\0" + (f.read_bytes() if f.is_file() else b"missing") + b"\0")
    return h.hexdigest()


def code_fingerprint() -> str:
    """A hash of the qa-align files the readings depend on: ``runcache.own_files`` less the unit model's own file
    (the units are scored with ``generic_model`` "none", and ``--write`` replaces it: a refit would otherwise make
    the cache it was fitted on stale) and the model cards (prose, ``.md``) (review59)."""
    return runcache.digest(
        p for p in runcache.own_files() if p.resolve() != GENERIC_MODEL and p.suffix != ".md"
    )


def cache_stamp(sets: dict[str, list[str]]) -> dict:
    """What a cache's readings depend on: qa-align's own files (``code_fingerprint``: code, lexicons, the models
    the rules read) and the label files of each set scored."""
    return {
        "code": code_fingerprint(),
        "labels": {name: labels_digest(paths) for name, paths in sets.items()},
    }


def cache_key(stamp: dict) -> str:
    """Twelve hex digits of ``stamp`` (``cache_stamp`` of every development set): the default cache's name."""
    text = stamp["code"] + "".join(f"\0{name}\0{d}" for name, d in sorted(stamp["labels"].items()))
    return hashlib.sha256(text.encode()).hexdigest()[:12]


def default_cache() -> Path:
    """The cache of this checkout's code and labels (``cache_key`` of every development set, ``--until`` or not:
    a run up to a set reads the units of a cache scored on all)."""
    sets = {name: list(paths) for name, paths in labelsets.DEVELOPMENT_SETS.items()}
    return CACHE_DIR / f"units-{cache_key(cache_stamp(sets))}.pkl"


def stale_cache(data: dict, sets: dict[str, list[str]]) -> str | None:
    """Why the cache ``data`` cannot serve a run over ``sets`` (``cache_stamp``), or None: scored with other code,
    without one of the sets, or with other labels of one. A cache written before stamps (lows57) is read, with
    a warning."""
    stamp = data.get("stamp")
    if stamp is None:
        print("warning: the cache predates its stamp: what it was scored with is not known", file=sys.stderr)
        return None
    now = cache_stamp(sets)
    if stamp["code"] != now["code"]:
        return "scored with other code (qa_align's files differ)"
    for name, digest in now["labels"].items():
        if name not in stamp["labels"]:
            return f"scored without {name}"
        if stamp["labels"][name] != digest:
            return f"scored with other labels of {name}"
    return None


def write_cache(path: Path, data: dict) -> None:
    """``data`` pickled to ``path`` through a file of its own renamed over it: a run reading the cache meanwhile
    reads the old one or the new one, whole."""
    path.parent.mkdir(parents=True, exist_ok=True)
    part = path.with_name(f"{path.name}.{os.getpid()}.part")
    part.write_bytes(pickle.dumps(data))
    os.replace(part, path)


def sentence_reading(ctx) -> list[tuple[str, float]]:
    """Each answer sentence with the cue classifier's probability of general terms (for reading)."""
    return [(s.text, q) for _, s, q in general_probabilities(ctx)]


def raw_reading(ctx) -> dict:
    """What a unit's readings are made of, kept in the cache to study new readings without scoring
    again: the question's text, the document's title, each answer sentence's text, its cue classifier's
    probabilities (every cue), whether it is policy talk, holds a figure, and the lexicon's kinds in it."""
    from qa_align.analyze import cue_starts, starts_in
    from qa_align.cues import CUES, load_model
    from qa_align.rules import answers as answer_rules

    talk_at = cue_starts(c for _, c in answer_rules._policy_talk(ctx))
    rows = []
    for a in ctx.answers:
        figures_at = cue_starts(a.figures)
        for i, s in enumerate(a.sentences):
            kinds = answer_rules.lexicon_kinds(a, s)
            rows.append(
                {
                    "t": s.text,
                    "talk": starts_in(s, talk_at),
                    "fig": starts_in(s, figures_at),
                    "kinds": list(kinds),
                    "read": sorted(a.read[i]) if a.read is not None and i < len(a.read) else None,
                    "_lang": a.language,
                    "_ok": a.read is not None and bool(s.text.strip()),
                }
            )
    ok = [r for r in rows if r["_ok"]]
    if ok:
        probs = load_model(ctx.doc.settings.cue_model).probabilities_of_read(
            [(r["t"], tuple(r["kinds"])) for r in ok], ok[0]["_lang"]
        )
        for r, p in zip(ok, probs):
            r["cues"] = {c: round(float(x), 4) for c, x in zip(CUES, p)}
    for r in rows:
        del r["_lang"], r["_ok"]
    meta = ctx.doc.document.metadata
    return {
        "q": ctx.pair.question.text,
        "title": meta.title or meta.subject,
        "closed": bool(ctx.question.closed),
        "sents": rows,
    }


def read_units(path: Path) -> dict:
    """Score every development unit once; per unit its set, labels, the tool's flags, its features."""
    gold, docs = development_documents(SETS)
    feats: dict = {}
    texts: dict = {}
    vetoes: dict = {}
    extras: dict = {}
    shipped: dict = {}
    raw: dict = {}

    def record(ctx):
        if ctx.pair.segments:
            key = (ctx.doc.document.source, ctx.doc.document.doc_id, ctx.pair.question.n)
            feats[key] = generic_features(ctx)
            texts[key] = (ctx.pair.question.text, sentence_reading(ctx))
            vetoes[key] = generic_veto(ctx)
            # the two flags ``learned_generic`` raises under the threshold (``--extras``)
            extras[key] = (discussions_stock(ctx) is not None, assessment_untaken(ctx) is not None)
            # the rest of the shipped decision (generic58): a short answer in general wording (``short_general``,
            # flagged under the cut from p ``Settings.generic_short_floor``) and the answered gate (``answered.gated``), which
            # takes the flag away after the model and the rule alike
            shipped[key] = {"short": short_general(ctx) is not None, "answered": gated(ctx, "generic")}
            raw[key] = raw_reading(ctx)

    # the rule decides (its vetoes inside): the column the model is compared with
    current = scored_recording(docs, Settings().replace(**FAST, generic_model="none"), record)
    units = units_of(gold, docs, current)
    labels = {(g.source, g.doc_id, u.n): u.label for _, g in gold for u in g.units}
    out = {"units": units, "current": current, "features": feats, "texts": texts, "labels": labels}
    out["vetoes"] = vetoes
    out["extras"] = extras
    out["shipped"] = shipped
    out["raw"] = raw
    out["stamp"] = cache_stamp(SETS)
    write_cache(path, out)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument(
        "--cache",
        help="the readings' cache (default: /tmp/train_generic/units-KEY.pkl, KEY of this code and labels)",
    )
    ap.add_argument("--rescore", action="store_true", help="score the development units again")
    ap.add_argument("--features", help="comma-separated subset of the features")
    ap.add_argument(
        "--out", help="write each unit's held-out probability (first mode) to this JSON Lines file"
    )
    ap.add_argument("--language", help="the model reads only this language's units (the rule the others)")
    ap.add_argument(
        "--write", help="fit on every development unit of --language (default en) and write the model here"
    )
    ap.add_argument(
        "--closed-threshold",
        type=float,
        help="with --write, the cut for closed questions written beside the threshold "
        "(generic_units.model_cut; generic51: 0.4)",
    )
    ap.add_argument(
        "--recency",
        type=float,
        default=0.0,
        help="with --write, weigh each unit 1 + A x its set's position in labelsets order / the last "
        "(generic54: 1, the shipped file; recency_weights)",
    )
    ap.add_argument(
        "--threshold",
        type=float,
        help="with --write, the cut for open questions written in place of the one the CV chooses "
        "(generic53, generic54: 0.3, the cut generic51 kept)",
    )
    ap.add_argument(
        "--until",
        help="read only the development sets up to this one (labelsets order), the later ones as unlabelled: "
        "the shipped file refitted as it was, sets registered since left out (the shipped file: dev-uk101; review58)",
    )
    ap.add_argument("--penalty", default="l2", choices=("l1", "l2"), help="the regression's penalty")
    ap.add_argument(
        "--fit-all",
        action="store_true",
        help="fit on every served unit, vetoed ones too (default: the unvetoed)",
    )
    ap.add_argument("--modes", default="model,or,and", help="decisions compared: model, or, and")
    ap.add_argument(
        "--held-out",
        help="comma-separated sets scored by models fitted on the other sets: the shipped file, the "
        "shipped C and threshold, C and threshold chosen inside the training sets",
    )
    ap.add_argument("--shipped", default=SHIPPED, help="the model file compared with --held-out")
    ap.add_argument(
        "--fixed", help="C,threshold: leave one set out with these in place of choosing them inside"
    )
    ap.add_argument(
        "--trained-on",
        help="comma-separated sets: leave one set out fitting only on these (the others held out whole)",
    )
    ap.add_argument(
        "--null-column",
        type=int,
        metavar="SEED",
        help="add a feature 'null' of uniform noise drawn from SEED per unit: the figures' fold noise",
    )
    ap.add_argument(
        "--forward",
        metavar="FIRST",
        help="hold out FIRST and every development set labelled after it (labelsets order), "
        "fitting on the sets before it: --held-out of those sets",
    )
    ap.add_argument(
        "--last",
        metavar="LAST",
        help="with --forward, the last set held out (default: the last labelled; dev-uk65 for the 16 sets of "
        "models/generic-units.md, before dev-be63 .. dev-uk67 were added)",
    )
    ap.add_argument(
        "--extras",
        action="store_true",
        help="with --held-out/--forward, add the flags learned_generic raises under the threshold "
        "(a stock line on discussions; an assessment untaken from p ASSESSMENT_FLOOR), as shipped",
    )
    ap.add_argument(
        "--beta",
        type=float,
        default=1.0,
        help="choose the threshold (and C) by F-beta in the inner cross-validation (< 1 weighs precision)",
    )
    ap.add_argument(
        "--closed-interactions",
        action="store_true",
        help="add the general-terms readings times 'closed' (closed_p_general_mean, _max, _share): "
        "general talk read apart for closed questions",
    )
    ap.add_argument(
        "--unveto",
        help="comma-separated beginnings of veto reasons left out: those units are decided by the model",
    )
    args = ap.parse_args(argv)
    UNVETO[:] = args.unveto.split(",") if args.unveto else []
    BETA["beta"] = args.beta
    if args.forward:
        order = list(SETS)
        if args.forward not in order:
            raise SystemExit(f"not a development set: {args.forward}")
        if args.last and args.last not in order:
            raise SystemExit(f"not a development set: {args.last}")
        args.held_out = ",".join(
            order[order.index(args.forward) : order.index(args.last) + 1 if args.last else None]
        )
    if args.until:
        keep_sets_until(args.until)
    path = Path(args.cache) if args.cache else default_cache()
    PENALTY["penalty"] = args.penalty
    UNVETOED["only"] = not args.fit_all
    data = read_units(path) if args.rescore or not path.exists() else pickle.loads(path.read_bytes())
    stale = stale_cache(data, SETS)
    if stale:
        raise SystemExit(f"{path}: {stale}; score again (--rescore)")
    # a cache scored on more sets than ``--until`` keeps: their units left out (review58)
    data["units"] = [u for u in data["units"] if u.labelled_set in SETS]
    units = data["units"]
    print(
        f"development: {len(units)} units, {sum('generic' in u.flags for u in units)} generic",
        file=sys.stderr,
    )
    names = args.features.split(",") if args.features else list(GENERIC_FEATURES)
    if args.null_column is not None:
        add_null_column(data, args.null_column)
        names.append("null")
    if args.closed_interactions:
        names.extend(add_closed_interactions(data))
    if args.write:
        write_model(
            args.write,
            data,
            names,
            args.language or "en",
            args.closed_threshold,
            recency=args.recency,
            threshold=args.threshold,
        )
        return 0
    within = args.trained_on.split(",") if args.trained_on else None
    if args.held_out:
        held_out_sets(
            data,
            names,
            args.held_out.split(","),
            args.shipped,
            args.language or "en",
            extras=args.extras,
            within=within,
        )
        return 0
    fixed = tuple(float(v) for v in args.fixed.split(",")) if args.fixed else None
    held = compare(data, names, args.modes.split(","), args.language, fixed=fixed, within=within)
    if args.out:
        write_held_out(args.out, data, held)
    return 0


def add_null_column(data: dict, seed: int) -> None:
    """Give every unit's features a ``null`` reading: uniform noise in [0, 1) drawn from ``seed`` and
    the unit's key alone (the same in every run and whatever the order of the units), so a model
    that reads it learns nothing true from it."""
    for key, feats in data["features"].items():
        feats["null"] = random.Random(f"{seed}:{'/'.join(map(str, key))}").random()


CLOSED_READS = ("p_general_mean", "p_general_max", "p_general_share")


def add_closed_interactions(data: dict) -> list[str]:
    """Give every unit's features the general-terms readings of ``CLOSED_READS`` times ``closed``
    (0 on an open question): a closed question's general talk weighed apart from an open one's
    (generic36: on the forward split 29 of the 55 false flags are closed questions, 6 of 37 right
    ones). Returns the names added."""
    added = [f"closed_{name}" for name in CLOSED_READS]
    for feats in data["features"].values():
        closed = _value(feats.get("closed")) == 1.0
        for name in CLOSED_READS:
            feats[f"closed_{name}"] = _value(feats.get(name)) if closed else 0.0
    return added


def write_held_out(path: str, data: dict, held: dict) -> None:
    """Each served unit's held-out probability beside its labels, the rule's flags, its question
    and its sentences with their probability of general terms, one JSON line each (for reading)."""
    import json

    served = [u for u, s in zip(data["units"], held["served"]) if s]
    with open(path, "w", encoding="utf-8") as out:
        for u, p in zip(served, held["prob"]):
            question, sentences = data["texts"][u.key]
            row = {
                "key": u.key, "set": u.labelled_set, "p": round(float(p), 3), "gold": sorted(u.flags),
                "label": data["labels"].get(u.key), "tool": sorted(data["current"].get(u.key, ())),
                "veto": data["vetoes"].get(u.key),
                "question": question, "sentences": [[t, round(q, 2)] for t, q in sentences],
            }  # fmt: skip
            out.write(json.dumps(row, ensure_ascii=False) + "\n")


def write_model(
    path: str,
    data: dict,
    names: list[str],
    language: str,
    closed_threshold: float | None = None,
    recency: float = 0.0,
    threshold: float | None = None,
) -> None:
    """Fit the model on every served unit of ``language`` no veto stands on (every one with
    ``--fit-all``), C and threshold chosen by the inner
    grouped cross-validation of ``choose``, and write it as ``generic_units.generic_model`` reads it
    (with ``closed_threshold``, the cut for closed questions, where given; with ``threshold``, that cut for
    open questions in place of the one chosen; with ``recency``, each unit weighed by ``recency_weights``)."""
    import json

    x, served, y_all, rule_all, groups, sets, veto_all = matrix(data, names, language)
    y, rule, veto = y_all[served], rule_all[served], veto_all[served]
    keep = ~(veto & UNVETOED["only"])
    x, y, rule, veto = x[keep], y[keep], rule[keep], veto[keep]
    c, t = choose(x, y, rule, veto, groups[served][keep], "model")
    if threshold is not None:
        t = threshold
    weights = recency_weights(sets[served][keep], recency) if recency else None
    fitted = _fit(x, y, c, weights)
    # the file as choose_yes_no writes its model, with the language read and the sets trained on
    out = {**model_json(fitted, names, c, t, y), "language": language, "trained_on": list(SETS)}
    if recency:
        out["recency"] = recency
    if closed_threshold is not None:
        out = {k: v for key, value in out.items() for k, v in _with_closed(key, value, closed_threshold)}
    Path(path).write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {path}: C {c}, threshold {t}, {len(y)} units, {int(y.sum())} generic")


def _with_closed(key: str, value, closed_threshold: float) -> list[tuple]:
    """The model file's entry ``key``, with ``closed_threshold`` right after the threshold."""
    return [(key, value), ("closed_threshold", closed_threshold)] if key == "threshold" else [(key, value)]


def shipped_cuts(model: dict, closed: np.ndarray) -> np.ndarray:
    """The shipped file's cut per unit (``generic_units.model_cut``): its ``closed_threshold`` where
    ``closed`` and the file gives one, else its ``threshold``."""
    threshold = float(model["threshold"])
    return np.where(closed, float(model.get("closed_threshold", threshold)), threshold)


# the beginnings of veto reasons left out (``--unveto``): those units are the model's to decide
UNVETO: list[str] = []


def _vetoed(reason: str | None) -> bool:
    """Whether a veto stands on a unit whose ``generic_veto`` reason is ``reason``."""
    return reason is not None and not any(reason.startswith(u) for u in UNVETO)


def matrix(data: dict, names: list[str], language: str | None = None):
    """The served units' feature matrix, labels, documents and sets, the rule's decisions and the
    vetoes (``generic_units.generic_veto``) on every unit."""
    units, feats, current = data["units"], data["features"], data["current"]
    served = np.array([u.key in feats and (language is None or u.language == language) for u in units])
    x = np.array([[_value(feats[u.key].get(f)) for f in names] for u, s in zip(units, served) if s])
    y_all = np.array(["generic" in u.flags for u in units])
    rule = np.array(["generic" in current.get(u.key, ()) for u in units])
    groups = np.array(["/".join(u.key[:2]) for u in units])
    sets = np.array([u.labelled_set for u in units])
    veto = np.array([_vetoed(data["vetoes"].get(u.key)) for u in units])
    return x, served, y_all, rule, groups, sets, veto


def _value(v) -> float:
    return -1.0 if v is None else float(v)


def _f1(y: np.ndarray, pred: np.ndarray) -> float:
    tp = int((y & pred).sum())
    return 2 * tp / (int(y.sum()) + int(pred.sum())) if y.any() or pred.any() else 1.0


PENALTY = {"penalty": "l2"}
# fit on the units no veto stands on, the ones the model decides (``--fit-all``: every served unit)
UNVETOED = {"only": True}


def _fit(x: np.ndarray, y: np.ndarray, c: float, weights: np.ndarray | None = None):
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    solver = "liblinear" if PENALTY["penalty"] == "l1" else "lbfgs"
    model = LogisticRegression(C=c, max_iter=3000, penalty=PENALTY["penalty"], solver=solver)
    if weights is None:
        return make_pipeline(StandardScaler(), model).fit(x, y)
    return make_pipeline(StandardScaler(), model).fit(x, y, logisticregression__sample_weight=weights)


def recency_weights(sets: np.ndarray, recency: float) -> np.ndarray:
    """Each unit's weight in the fit (``--recency A``): 1 + A times its labelled set's position in
    ``labelsets.DEVELOPMENT_SETS`` order over the last position (1 for the first set, 1 + A for the last):
    the readers' later sets weigh more, their reading having moved since the first sets (settle44 to
    settle53: a named step for a wider group is a specific, named lines on a neighbouring matter are
    `generic`, facts on the object named are specifics). generic54 shipped A 1: in a 5-fold cross-validation
    grouped by session (four sets a fold unit) A 2 to 5 did a little better held out, but lost a unit a test
    pins by the readers' label (README, "generic on UK text"; ``models/generic-units.md``)."""
    order = {name: i for i, name in enumerate(SETS)}
    last = max(len(order) - 1, 1)
    return np.array([1.0 + recency * order[s] / last for s in sets])


CS = (0.01, 0.03, 0.1, 0.3, 1.0)
THRESHOLDS = tuple(round(t, 2) for t in np.arange(0.1, 0.91, 0.025))


def decide(
    mode: str, rule: np.ndarray, veto: np.ndarray, p: np.ndarray, t: float, extra: np.ndarray | None = None
) -> np.ndarray:
    """The flag: the model alone, rule OR model, rule AND model; none where a veto stands (the
    rule's decisions have them inside already). ``extra`` (``--extras``): per unit a stock line on
    discussions (where ``DISCUSSIONS_STOCK``) and an assessment untaken (from ``ASSESSMENT_FLOOR``), flagged
    under the threshold as ``learned_generic`` does."""
    model = p >= t
    if extra is not None:
        # an assessment untaken under the threshold, from the floor on; none where the floor is off (generic55)
        untaken = extra[:, 1] & (p >= ASSESSMENT_FLOOR) if ASSESSMENT_FLOOR is not None else False
        # a stock line on discussions under the threshold, where ``learned_generic`` flags it (off since generic58)
        stock = extra[:, 0] if DISCUSSIONS_STOCK else False
        model = model | stock | untaken
    model = model & ~veto
    return model if mode == "model" else rule | model if mode == "or" else rule & model


def choose(x, y, rule, veto, groups, mode: str, folds: int = 5) -> tuple[float, float]:
    """C and threshold of best F1 (``mode``'s decision) on the out-of-fold probabilities of an
    inner cross-validation grouped by document (ties: the smaller C, the threshold nearest 0.5);
    with ``--beta`` other than 1, of best F-beta (below 1 precision weighs more)."""
    beta = BETA["beta"]
    return choose_by_f1(
        x,
        y,
        groups,
        folds,
        decide=lambda p, t: decide(mode, rule, veto, p, t),
        fit=_fit,
        cs=CS,
        thresholds=THRESHOLDS,
        score=None if beta == 1.0 else lambda y, pred: _fbeta(y, pred, beta),
    )


# the F-beta the inner cross-validation chooses C and threshold by (``--beta``)
BETA = {"beta": 1.0}


def _fbeta(y: np.ndarray, pred: np.ndarray, beta: float) -> float:
    tp, flagged = int((y & pred).sum()), int(pred.sum())
    if not tp:
        return 0.0
    precision, recall = tp / flagged, tp / int(y.sum())
    return (1 + beta**2) * precision * recall / (beta**2 * precision + recall)


def _counts(y: np.ndarray, pred: np.ndarray) -> str:
    tp, fp = int((y & pred).sum()), int((~y & pred).sum())
    return f"{int(y.sum()):3d} {tp:3d}/{fp:3d} F1 {_f1(y, pred):.2f}"


def compare(
    data: dict,
    names: list[str],
    modes: list[str],
    language: str | None = None,
    fixed: tuple[float, float] | None = None,
    within: list[str] | None = None,
) -> dict:
    """Leave one set out: each set's served units scored by the model trained on the other sets
    (C and threshold chosen inside them, per ``modes``, or ``fixed``); per set support, true/false
    flags and F1 of the rule and of each mode, and the sum; with ``within``, fitted on those sets
    only (a set outside them scored by the model of all of them). Returns the held-out probabilities."""
    x, served, y_all, rule_all, groups_all, sets_all, veto_all = matrix(data, names, language)
    y, rule, groups, sets = y_all[served], rule_all[served], groups_all[served], sets_all[served]
    veto = veto_all[served]
    preds = {m: np.zeros(len(y_all), bool) for m in modes}
    prob = np.zeros(len(y))
    chosen = {}
    for s in SETS:
        test = sets == s
        if not test.any():
            for m in modes:  # a set the model reads nothing of: the rule decides
                preds[m] |= (sets_all == s) & rule_all
            continue
        train = ~test & ~(veto & UNVETOED["only"])
        if within is not None:
            train &= np.isin(sets, within)
        for m in modes:
            c, t = fixed or choose(x[train], y[train], rule[train], veto[train], groups[train], m)
            p = _fit(x[train], y[train], c).predict_proba(x[test])[:, 1]
            if m == modes[0]:
                prob[test] = p
            d = np.zeros(len(y_all), bool)
            d[np.flatnonzero(served)[test]] = decide(m, rule[test], veto[test], p, t)
            # units the model does not read (no serving segment, another language): the rule decides
            d[(sets_all == s) & ~served] = rule_all[(sets_all == s) & ~served]
            preds[m] |= d
            chosen[(s, m)] = (c, t)
    # the rule without its vetoes: its own decision (``rule`` of the readings) where a segment serves
    bare = np.array(
        [bool(data["features"].get(u.key, {}).get("rule", c)) for u, c in zip(data["units"], rule_all)]
    )
    print(
        "set                      sup  bare rule tp/fp F1  rule tp/fp F1   "
        + "  ".join(f"{m:>5s} tp/fp F1  " for m in modes)
    )
    for s in [*SETS, "all"]:
        rows = np.ones(len(y_all), bool) if s == "all" else sets_all == s
        line = f"{s:24s} {_counts(y_all[rows], bare[rows])}  {_counts(y_all[rows], rule_all[rows])[4:]}"
        line += "".join(f"  {_counts(y_all[rows], preds[m][rows])[4:]}" for m in modes)
        print(line)
    for m in modes:
        print(
            m,
            "C/threshold per held-out set:",
            "; ".join(f"{s} {c}/{t}" for (s, mm), (c, t) in chosen.items() if mm == m),
        )
    return {"prob": prob, "served": served}


def held_out_sets(
    data: dict,
    names: list[str],
    held: list[str],
    shipped: str,
    language: str,
    extras: bool = False,
    within: list[str] | None = None,
) -> dict:
    """The sets ``held`` scored by three models of ``language``'s units, the vetoes standing and the
    rule deciding the units a model does not read: the ``shipped`` file as it is; the shipped C and
    threshold fitted on every other set's unvetoed units; C and threshold chosen inside those sets
    (``choose``). Per held-out set, summed and summed per language, support, true/false flags and
    F1 beside the rule's (``extras``: with the flags ``learned_generic`` raises under the threshold;
    ``within``: the refits fitted on those sets only). Returns each column's decisions over every unit."""
    import json

    from qa_align.rules.answers import learned

    unknown = [s for s in held if s not in SETS]
    if unknown:
        raise SystemExit(f"not a development set: {', '.join(unknown)}")
    model = json.loads(Path(shipped).read_text(encoding="utf-8"))
    x, served, y_all, rule_all, groups_all, sets_all, veto_all = matrix(data, names, language)
    y, rule, groups, sets = y_all[served], rule_all[served], groups_all[served], sets_all[served]
    veto = veto_all[served]
    test = np.isin(sets, held)
    train = ~test & ~(veto & UNVETOED["only"])
    if within is not None:
        train &= np.isin(sets, within)
    keys = [u.key for u, s in zip(data["units"], served) if s]
    p_shipped = np.array([learned(model, data["features"][k])[0] for k, t in zip(keys, test) if t])
    c_refit = (model["C"], model["threshold"])
    c_chosen = choose(x[train], y[train], rule[train], veto[train], groups[train], "model")
    closed = np.array(
        [_value(data["features"][k].get("closed")) == 1.0 for k, t in zip(keys, test) if t], bool
    )
    probs = {"shipped": (p_shipped, shipped_cuts(model, closed))}
    for name, (c, t) in (("refit", c_refit), ("chosen", c_chosen)):
        probs[name] = (_fit(x[train], y[train], c).predict_proba(x[test])[:, 1], t)
    extra = None
    if extras:
        if "extras" not in data:
            raise SystemExit("--extras: the cache predates the readings; score again (--rescore)")
        extra = np.array([data["extras"][k] for k, t in zip(keys, test) if t], bool)
    columns = {"rule": rule_all.copy()}
    for name, (p, t) in probs.items():
        d = rule_all.copy()
        d[np.flatnonzero(served)[test]] = decide("model", rule[test], veto[test], p, t, extra)
        columns[name] = d
    print(
        f"fitted on {int(train.sum())} unvetoed {language} units of the other sets "
        f"({int(y[train].sum())} generic); shipped C/threshold {c_refit[0]}/{c_refit[1]}, "
        f"chosen inside {c_chosen[0]}/{c_chosen[1]}"
    )
    print("set                      sup  " + "  ".join(f"{n:>8s} tp/fp F1" for n in columns))
    sources = np.array([u.key[0] for u in data["units"]])
    per_source = sorted({*sources[np.isin(sets_all, held)]})
    for s in [*held, "held-out", *(f"held-out {src}" for src in per_source)]:
        rows = np.isin(sets_all, held) if s.startswith("held-out") else sets_all == s
        if s.startswith("held-out "):
            rows &= sources == s.split()[1]
        line = f"{s:24s} {int(y_all[rows].sum()):3d}"
        line += "".join(f"  {_counts(y_all[rows], d[rows])[4:]:>17s}" for d in columns.values())
        print(line)
    return columns


if __name__ == "__main__":
    raise SystemExit(main())
