"""Sentence embeddings as features of the cue classifier (issue 17, session 15): the model card's
cross-validation (``qa_align.cues_train.cross_validate``: per language, 5 outer folds grouped by
document, C and per-cue thresholds chosen by an inner grouped cross-validation on the training part
alone) run for several designs on the same labelled sentences:

- ``base``: the shipped design (words, pairs, skipped pairs, beginnings, endings, lexicon, patterns);
- ``tense``: ``base`` with the extra patterns of ``--extra-patterns`` (a TOML file in the format of
  ``qa_align/lexicons/cue_patterns.toml``) added to the language's table;
- ``emb``: the embedding alone (one logistic regression per cue over its dimensions);
- ``concat``: ``base`` and the embedding side by side (each part of unit length, the embedding
  scaled by ``--weight``), one logistic regression per cue;
- ``stack``: the probabilities of ``base`` and ``emb`` (out of fold inside the training part) joined
  by a logistic regression per cue over their two logits;
- ``tense+concat``, ``tense+stack``: the same with the extra patterns.

    PYTHONPATH=$PWD .venv/bin/python scripts/experiment_cue_embeddings.py --backend use \
        --variants base,tense,emb,concat,stack,tense+stack --extra-patterns scripts/cue_tense_patterns.toml \
        --preds /tmp/cue-emb ../shared/labels/cues.jsonl corpus/cues/*.jsonl
    PYTHONPATH=$PWD .venv/bin/python scripts/experiment_cue_embeddings.py --bootstrap /tmp/cue-emb-nl.npz base stack
    (the F1 of one design minus another's per cue, 95 % interval from resampling documents)

Embeddings come from ``qa_align.embed.get_backend`` (cached on disk by text, ``QA_ALIGN_CACHE``).
Prints P/R/F1 per language and cue, all sentences and the readers' ``cues.jsonl`` alone, and
writes them as JSON with ``--json``. One process, no parallel folds.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

from qa_align.cues import CUES, _LanguageModel, compile_patterns, features
from qa_align.cues_train import (
    C_GRID,
    MIN_POSITIVES,
    READERS_FILE,
    _best_threshold,
    _prf,
    _targets,
    _vocabulary,
    load_labelled,
    load_patterns,
)

BAR_CUES = ("missing_data", "handover", "pointer", "deferral")


def _sparse(feats: list[list[str]], fit_rows: np.ndarray, rows: list[np.ndarray]) -> list:
    """Idf-weighted unit rows of ``rows`` (index arrays) on the vocabulary of ``fit_rows``."""
    vocab, idf = _vocabulary([feats[i] for i in fit_rows])
    m = _LanguageModel(vocab, idf, np.zeros((len(vocab), len(CUES))), np.zeros(len(CUES)), np.ones(len(CUES)))
    return [m.matrix([feats[i] for i in r]) for r in rows]


def _design(kind: str, feats, emb, weight: float, fit_rows: np.ndarray, rows: list[np.ndarray]) -> list:
    import scipy.sparse as sp

    if kind == "sparse":
        return _sparse(feats, fit_rows, rows)
    if kind == "emb":
        return [emb[r] for r in rows]
    # concat
    xs = _sparse(feats, fit_rows, rows)
    return [
        sp.hstack([x, sp.csr_matrix(weight * emb[r])], format="csr") for x, r in zip(xs, rows, strict=True)
    ]


def _fit(X, y: np.ndarray, c: float):
    from sklearn.linear_model import LogisticRegression

    m = LogisticRegression(C=c, class_weight="balanced", max_iter=5000, solver="liblinear")
    m.fit(X, y)
    return m


def _prob(m, X) -> np.ndarray:
    return 1 / (1 + np.exp(-(X @ m.coef_[0] + m.intercept_[0])))


def _tuned(kind, feats, emb, weight, y, groups, tr, te, inner, cues, grid) -> tuple[np.ndarray, np.ndarray]:
    """Held-out probabilities of ``te`` (all cues) by a model of ``kind`` fitted on ``tr``, C and
    threshold chosen by grouped CV inside ``tr``; also the out-of-fold probabilities of ``tr``
    at the chosen C (what a stack is fitted on). Returns (p_te, p_tr_oof, thresholds)."""
    from sklearn.model_selection import GroupKFold

    n_c = len(grid)
    oof = np.zeros((n_c, len(tr), len(CUES)))
    fitted = [j for j in cues if y[tr, j].sum() >= MIN_POSITIVES]
    for itr, ite in GroupKFold(inner).split(tr, y[tr], groups[tr]):
        a, b = tr[itr], tr[ite]
        Xa, Xb = _design(kind, feats, emb, weight, a, [a, b])
        for j in fitted:
            if len(set(y[a, j])) < 2:
                continue
            for ci, c in enumerate(grid):
                oof[ci, ite, j] = _prob(_fit(Xa, y[a, j], c), Xb)
    Xtr, Xte = _design(kind, feats, emb, weight, tr, [tr, te])
    p_te = np.zeros((len(te), len(CUES)))
    p_oof = np.zeros((len(tr), len(CUES)))
    thr = np.ones(len(CUES))
    for j in fitted:
        best = max(range(n_c), key=lambda ci: _best_threshold(y[tr, j], oof[ci, :, j])[1])
        thr[j] = _best_threshold(y[tr, j], oof[best, :, j])[0]
        p_oof[:, j] = oof[best, :, j]
        p_te[:, j] = _prob(_fit(Xtr, y[tr, j], grid[best]), Xte)
    return p_te, p_oof, thr


def _logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return np.log(p / (1 - p))


def _stack(parts_te, parts_oof, y_tr, groups_tr, inner, cues) -> np.ndarray:
    """A logistic regression per cue over the parts' logits, fitted on their out-of-fold
    probabilities of the training part; its threshold from a grouped CV of that fit."""
    from sklearn.model_selection import GroupKFold

    pred = np.zeros((parts_te[0].shape[0], len(CUES)), dtype=int)
    for j in cues:
        Z = np.column_stack([_logit(p[:, j]) for p in parts_oof])
        Zt = np.column_stack([_logit(p[:, j]) for p in parts_te])
        if y_tr[:, j].sum() < MIN_POSITIVES:
            continue
        oof = np.zeros(len(y_tr))
        for a, b in GroupKFold(inner).split(Z, y_tr[:, j], groups_tr):
            oof[b] = _prob(_fit(Z[a], y_tr[a, j], 1.0), Z[b])
        t, _ = _best_threshold(y_tr[:, j], oof)
        pred[:, j] = _prob(_fit(Z, y_tr[:, j], 1.0), Zt) >= t
    return pred


def run(rows, emb_by_lang, variants, extra, weight, folds, cues_wanted, grid, preds_path="") -> dict:
    from sklearn.model_selection import GroupKFold

    patterns = load_patterns()
    cues = [CUES.index(c) for c in cues_wanted]
    out: dict = {}
    for lang in sorted({r.language for r in rows}):
        part = [r for r in rows if r.language == lang]
        table = dict(patterns.get(lang, {}))
        base_feats = [features(r.sentence, True, None, lang, patterns=compile_patterns(table)) for r in part]
        feats = {"": base_feats}
        if extra.get(lang) and any(v.startswith("tense") for v in variants):
            both = compile_patterns({**table, **extra[lang]})
            feats["tense"] = [features(r.sentence, True, None, lang, patterns=both) for r in part]
        emb = emb_by_lang.get(lang)
        y = _targets(part)
        groups = np.array([r.group for r in part])
        readers = np.array([r.origin == READERS_FILE for r in part])
        preds = {v: np.zeros(y.shape, dtype=int) for v in variants}
        t0 = time.time()
        for tr, te in GroupKFold(folds).split(base_feats, y, groups):
            got: dict = {}
            args = (weight, y, groups, tr, te, folds - 1, cues, grid)
            for v in variants:
                fkey = "tense" if v.startswith("tense") else ""
                name = v.removeprefix("tense+") if v != "tense" else "base"
                for kind, key in {
                    "base": [("sparse", fkey)],
                    "emb": [("emb", "")],
                    "concat": [("concat", fkey)],
                    "stack": [("sparse", fkey), ("emb", "")],
                }[name]:
                    if (kind, key) not in got:
                        got[kind, key] = _tuned(kind, feats[key], emb, *args)
                if name == "base":
                    p, _, t = got["sparse", fkey]
                    preds[v][te] = p >= t
                elif name == "emb":
                    p, _, t = got["emb", ""]
                    preds[v][te] = p >= t
                elif name == "concat":
                    p, _, t = got["concat", fkey]
                    preds[v][te] = p >= t
                elif name == "stack":
                    ps, os_, _ = got["sparse", fkey]
                    pe, oe, _ = got["emb", ""]
                    preds[v][te] = _stack([ps, pe], [os_, oe], y[tr], groups[tr], folds - 1, cues)
            print(f"  {lang}: fold done ({time.time() - t0:.0f} s)", file=sys.stderr, flush=True)
        if preds_path:
            np.savez_compressed(
                f"{preds_path}-{lang}.npz",
                y=y,
                groups=groups,
                readers=readers,
                **{v: preds[v] for v in variants},
            )
        out[lang] = {
            v: {
                "all": {CUES[j]: _prf(y[:, j], preds[v][:, j]) for j in cues},
                "cues.jsonl": {CUES[j]: _prf(y[readers, j], preds[v][readers, j]) for j in cues},
            }
            for v in variants
        }
    return out


def bootstrap(path: str, a: str, b: str, rounds: int = 2000, seed: int = 0) -> None:
    """The F1 of variant ``b`` minus that of ``a`` per cue, on held-out predictions saved by
    ``--preds``, with a 95 % interval from resampling documents (paired: the same draw for both)."""
    saved = np.load(path)
    y, groups, pa, pb = saved["y"], saved["groups"], saved[a], saved[b]
    names, inverse = np.unique(groups, return_inverse=True)
    rng = np.random.default_rng(seed)

    def f1(yy, pp):
        return 2 * (yy & pp).sum(0) / np.maximum(yy.sum(0) + pp.sum(0), 1)

    diffs = []
    for _ in range(rounds):
        draw = np.bincount(rng.integers(0, len(names), len(names)), minlength=len(names))[inverse]
        rows = np.repeat(np.arange(len(y)), draw)
        diffs.append(f1(y[rows], pb[rows]) - f1(y[rows], pa[rows]))
    diffs = np.array(diffs)
    point = f1(y, pb) - f1(y, pa)
    for j, c in enumerate(CUES):
        if y[:, j].sum():
            lo, hi = np.percentile(diffs[:, j], [2.5, 97.5])
            print(
                f"{c}: {b} - {a} F1 {point[j]:+.3f} (95 % {lo:+.3f} to {hi:+.3f}; {b} better in {np.mean(diffs[:, j] > 0):.0%})"
            )


def _f(x) -> str:
    return "  –  " if x is None else f"{x:.3f}"


def main(argv: list[str]) -> int:
    if argv and argv[0] == "--bootstrap":  # --bootstrap PREFIX-LANG.npz VARIANT_A VARIANT_B
        bootstrap(argv[1], argv[2], argv[3])
        return 0
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("labels", nargs="+")
    ap.add_argument(
        "--backend", default="use", help="an embed backend per language: use, minilm, or en=minilm,nl=use"
    )
    ap.add_argument("--variants", default="base,emb,concat,stack")
    ap.add_argument("--extra-patterns", default="", help="TOML of patterns added in the tense variants")
    ap.add_argument("--weight", type=float, default=1.0, help="scale of the embedding beside the sparse row")
    ap.add_argument("--languages", default="en,nl")
    ap.add_argument("--cues", default=",".join(BAR_CUES))
    ap.add_argument("--c-grid", default=",".join(f"{c:g}" for c in C_GRID))
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--json", default="")
    ap.add_argument("--preds", default="", help="save the held-out predictions as PREFIX-LANG.npz")
    args = ap.parse_args(argv)

    from qa_align.embed import get_backend

    langs = args.languages.split(",")
    rows = [r for r in load_labelled(args.labels) if r.language in langs]
    variants = args.variants.split(",")
    extra = load_patterns(args.extra_patterns) if args.extra_patterns else {}
    backends = dict(kv.split("=") for kv in args.backend.split(",")) if "=" in args.backend else {}
    emb_by_lang: dict[str, np.ndarray] = {}
    if any(v.split("+")[-1] in ("emb", "concat", "stack") for v in variants):
        for lang in langs:
            name = backends.get(lang, args.backend)
            texts = [r.sentence for r in rows if r.language == lang]
            t0 = time.time()
            emb_by_lang[lang] = np.asarray(get_backend(name).embed(texts), dtype=np.float64)
            print(
                f"{lang}: {len(texts)} sentences embedded by {name} in {time.time() - t0:.1f} s",
                file=sys.stderr,
            )
    grid = tuple(float(c) for c in args.c_grid.split(","))
    res = run(
        rows, emb_by_lang, variants, extra, args.weight, args.folds, args.cues.split(","), grid, args.preds
    )
    for lang, by_variant in res.items():
        for scope in ("all", "cues.jsonl"):
            print(f"\n{lang} ({scope}; backend {backends.get(lang, args.backend)}, weight {args.weight:g})")
            print("variant".ljust(14) + "".join(f"{c:>26}" for c in args.cues.split(",")))
            for v, block in by_variant.items():
                cells = "".join(
                    f"   {_f(m['precision'])}/{_f(m['recall'])}/{_f(m['f1'])}" for m in block[scope].values()
                )
                print(v.ljust(14) + cells)
    if args.json:
        Path(args.json).write_text(
            json.dumps({"args": vars(args), "results": res}, indent=1), encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
