"""Scoring the tool against labelled documents (``../shared/LABELS.md``): how many units it
finds, whether it pairs each unit with the answer segments a reader would, and how its
flags compare with the labelled ones.

A labelled unit is matched to the tool's pair by (source, doc_id, n). Pairing counts a
unit right when the tool serves it with the labelled segments: the same labels (``1``,
``3-5``), none for ``[]``, and for ``["*"]`` (an unnumbered answer serving every unit)
any part of the unnumbered answer, whole or split by content.
"""

from __future__ import annotations

import json
import os
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .errors import ConfigError
from .labelsets import DEVELOPMENT_SETS, TEST_SETS
from .pipeline import Progress, iter_scored
from .readers import read_paths
from .readers.tabular import Columns
from .rules import evaluated_flags
from .settings import Settings
from .types import Document, Problem, ScoredPair

LABELS = ("answered", "partial", "not_answered")
BATCH_NOTE = (
    "only they are read, so boilerplate (text across documents), similarity and identifiability are "
    "computed among them, not the whole folder (boilerplate is not compared)"
)
NUMBERINGS = ("numbered", "grouped", "unnumbered", "none")


def __getattr__(name: str) -> tuple[str, ...]:
    """``FLAGS``: the flags compared with labels, read from the rule registry when asked for."""
    if name == "FLAGS":
        return evaluated_flags()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


LANGUAGE = {"vlaams-parlement": "nl", "be-kamer": "nl", "tweede-kamer": "nl", "uk-commons": "en"}


def development_sets(root: str | os.PathLike[str] = ".") -> dict[str, tuple[Path, ...]]:
    """``DEVELOPMENT_SETS`` with their files under ``root`` (the repository's root). Raises
    ``ConfigError`` if a test set's file is among them (they must never choose a setting)."""
    tests = {Path(f).name for files in TEST_SETS.values() for f in files}
    out = {}
    for name, files in DEVELOPMENT_SETS.items():
        if name in TEST_SETS or any(Path(f).name in tests for f in files):
            raise ConfigError(f"development set {name!r} names a test set's file: {', '.join(files)}")
        out[name] = tuple(Path(root) / f for f in files)
    return out


@dataclass(frozen=True)
class GoldUnit:
    n: str
    answer_ns: tuple[str, ...]
    label: str
    flags: frozenset[str]


@dataclass(frozen=True)
class GoldDoc:
    source: str
    doc_id: str
    answer_numbering: str
    units: tuple[GoldUnit, ...]


def load_gold(path: str | os.PathLike[str]) -> list[GoldDoc]:
    """The labelled documents of a JSON Lines file. Raises ``ConfigError`` naming the line
    of the first malformed record (a missing field, an unknown flag or label)."""
    p = Path(path)
    try:
        lines = p.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise ConfigError(f"{p}: labelled set not found") from None
    docs: list[GoldDoc] = []
    seen: set[tuple[str, str]] = set()
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue

        def bad(msg: str, lineno: int = lineno) -> ConfigError:
            return ConfigError(f"{p}, line {lineno}: {msg}")

        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise bad(f"not JSON ({exc.msg})") from exc
        for key in ("source", "doc_id", "units"):
            if key not in rec:
                raise bad(f"no {key!r}")
        units = []
        for u in rec["units"]:
            for key in ("n", "answer_ns", "label", "flags"):
                if key not in u:
                    raise bad(f"unit without {key!r}")
            unknown = set(u["flags"]) - set(evaluated_flags())
            if unknown:
                raise bad(f"unknown flag(s) {sorted(unknown)}; known: {', '.join(evaluated_flags())}")
            if u["label"] not in LABELS:
                raise bad(f"unknown label {u['label']!r}; known: {', '.join(LABELS)}")
            units.append(
                GoldUnit(str(u["n"]), tuple(map(str, u["answer_ns"])), u["label"], frozenset(u["flags"]))
            )
        key = (str(rec["source"]), str(rec["doc_id"]))
        if key in seen:
            raise bad(f"document {key[0]}/{key[1]} labelled twice")
        seen.add(key)
        numbering = rec.get("answer_numbering", "")
        if numbering and numbering not in NUMBERINGS:
            raise bad(f"unknown answer_numbering {numbering!r}")
        docs.append(GoldDoc(key[0], key[1], numbering, tuple(units)))
    return docs


def pairing_matches(gold: GoldUnit, pair: ScoredPair | None) -> bool:
    """Whether the tool serves the unit with the segments the label names."""
    if pair is None:
        return False
    segments = [s for s in pair.pair.segments if s.label != "intro"]
    if not gold.answer_ns:
        return not segments
    if gold.answer_ns == ("*",):
        return bool(segments) and all(not s.numbers for s in segments)
    return {segment_key(s.label) for s in segments} == {segment_key(n) for n in gold.answer_ns}


def segment_key(label: str) -> frozenset[str]:
    """What a segment label names, written either way: "1-3,5" (a range and a number, as a reader
    writes the head "1. tot 3., en 5.") and "1,2,3,5" (as ``segment.label_for`` writes it) are
    both {1, 2, 3, 5}; a label that is not numbers and runs ("a", "intro") stands for itself."""
    parts: set[str] = set()
    for token in label.replace(" ", "").split(","):
        first, dash, last = token.partition("-")
        if dash and first.isdigit() and last.isdigit() and int(first) < int(last):
            parts.update(str(n) for n in range(int(first), int(last) + 1))
        else:
            parts.add(token)
    return frozenset(parts)


@dataclass
class _Counts:
    docs: int = 0
    docs_found: int = 0
    count_agree: int = 0
    units: int = 0
    paired: int = 0
    # per unit (and per unit the tool found that is not labelled): labelled and predicted flags
    rows: list[tuple[frozenset[str], frozenset[str]]] = field(default_factory=list)


def flag_metrics(
    rows: list[tuple[frozenset[str], frozenset[str]]], flags: tuple[str, ...]
) -> dict[str, dict]:
    """Per flag: support, predicted, and scikit-learn's precision, recall and F1 over
    ``rows`` (labelled flags, predicted flags), ``None`` where undefined (precision without a
    prediction, recall without support, F1 where either is undefined)."""
    import numpy as np
    from sklearn.metrics import precision_recall_fscore_support
    from sklearn.preprocessing import MultiLabelBinarizer

    binarizer = MultiLabelBinarizer(classes=list(flags))
    y_true = binarizer.fit_transform([g for g, _ in rows] or [()])
    y_pred = binarizer.transform([p for _, p in rows] or [()])
    p, r, f1, support = precision_recall_fscore_support(
        y_true, y_pred, labels=list(range(len(flags))), average=None, zero_division=np.nan
    )
    predicted = y_pred.sum(axis=0)

    def known(x: float) -> float | None:
        return None if np.isnan(x) else float(x)

    return {
        f: {
            "support": int(support[k]),
            "predicted": int(predicted[k]),
            "precision": known(p[k]),
            "recall": known(r[k]),
            "f1": None if np.isnan(p[k]) or np.isnan(r[k]) else known(f1[k]),
        }
        for k, f in enumerate(flags)
    }


@dataclass(frozen=True)
class Evaluation:
    """The results: per group (a source, a language, ``all``) its counts and rates; the
    mismatches, for reading."""

    groups: dict[str, dict]
    mismatches: tuple[dict, ...]
    missing: tuple[tuple[str, str], ...]
    problems: tuple[Problem, ...]
    documents_read: int = 0  # the labelled documents read and scored as one batch

    def to_json(self) -> str:
        return json.dumps(
            {
                "groups": self.groups,
                "mismatches": list(self.mismatches),
                "documents_read": self.documents_read,
                "batch": BATCH_NOTE,
                "missing_documents": [list(m) for m in self.missing],
                "problems": [
                    {"source": p.source, "doc_id": p.doc_id, "reason": p.reason} for p in self.problems
                ],
            },
            indent=2,
            ensure_ascii=False,
        )

    def table(self) -> str:
        """The results as a plain-text table for a terminal."""
        out = []
        header = (
            f"{'group':18s} {'docs':>5s} {'units':>6s} {'unit count agrees':>18s} {'pairing accuracy':>17s}"
        )
        out.append(header)
        out.append("-" * len(header))
        for name, g in self.groups.items():
            out.append(
                f"{name:18s} {g['docs_found']:>5d} {g['units']:>6d} "
                f"{_pct(g['unit_count_agreement']):>18s} {_pct(g['pairing_accuracy']):>17s}"
            )
        for name, g in self.groups.items():
            rows = [(f, m) for f, m in g["flags"].items() if m["support"] or m["predicted"]]
            if not rows:
                continue
            out.append("")
            out.append(f"flags, {name}")
            fh = f"  {'flag':20s} {'support':>7s} {'predicted':>9s} {'precision':>9s} {'recall':>7s} {'F1':>6s}"
            out.append(fh)
            for f, m in rows:
                out.append(
                    f"  {f:20s} {m['support']:>7d} {m['predicted']:>9d} {_num(m['precision']):>9s} "
                    f"{_num(m['recall']):>7s} {_num(m['f1']):>6s}"
                )
        out.append("")
        out.append(f"{self.documents_read} labelled documents read and scored as one batch: {BATCH_NOTE}")
        if self.missing:
            out.append("")
            out.append(f"labelled documents not found in the paths given: {len(self.missing)}")
            out.extend(f"  {s}/{d}" for s, d in self.missing[:20])
        return "\n".join(out)


def _pct(x: float | None) -> str:
    return "-" if x is None else f"{100 * x:.1f}%"


def _num(x: float | None) -> str:
    return "-" if x is None else f"{x:.2f}"


def _rate(a: int, b: int) -> float | None:
    return a / b if b else None


def labelled_flags(sp: ScoredPair) -> set[str]:
    """The pair's flags that ``LABELS.md`` defines (the rules registered ``evaluated``):
    ``boilerplate``, text that stands in other documents, has no labels to compare with."""
    evaluated = set(evaluated_flags())
    return {f.name for f in sp.flags if f.name in evaluated}


def evaluate(
    gold: Iterable[GoldDoc],
    paths: Iterable[str | os.PathLike[str]],
    settings: Settings | None = None,
    source: str | None = None,
    columns: Columns | None = None,
    progress: Progress | None = None,
) -> Evaluation:
    """Read the labelled documents among ``paths`` (only those: files and records that hold
    none of them are not read), score them as one batch and compare with ``gold``. Text
    reused across documents (boilerplate), similarity and identifiability are thus computed among the
    labelled documents read, not the whole folder; the comparison leaves boilerplate aside
    (``labelled_flags``). ``progress``: see ``pipeline.iter_scored``."""
    gold = list(gold)
    settings = settings or Settings()
    wanted = {(g.source, g.doc_id): g for g in gold}
    documents: list[Document] = []
    problems: list[Problem] = []
    jobs = settings.jobs or os.cpu_count() or 1
    for item in read_paths(paths, source, columns, jobs, only={doc_id for _, doc_id in wanted}):
        if (item.source, item.doc_id) not in wanted:
            continue  # another document of a file read for a labelled one
        (problems if isinstance(item, Problem) else documents).append(item)
    by_doc: dict[tuple[str, str], list[ScoredPair]] = defaultdict(list)
    for item in iter_scored(documents, settings, progress=progress):
        if isinstance(item, Problem):
            problems.append(item)
            continue
        by_doc[(item.document.source, item.document.doc_id)].append(item)

    counts: dict[str, _Counts] = defaultdict(_Counts)
    mismatches: list[dict] = []
    missing: list[tuple[str, str]] = []
    for g in gold:
        key = (g.source, g.doc_id)
        groups = (g.source, f"language {LANGUAGE.get(g.source, '?')}", "all")
        for name in groups:
            counts[name].docs += 1
        if key not in by_doc:
            missing.append(key)
            pairs = []
        else:
            pairs = by_doc[key]
            for name in groups:
                counts[name].docs_found += 1
        tool_units = {sp.pair.question.n: sp for sp in pairs}
        agree = key in by_doc and len(tool_units) == len(g.units)
        for name in groups:
            counts[name].count_agree += int(agree)
        gold_ns = {u.n for u in g.units}
        for u in g.units:
            sp = tool_units.get(u.n)
            ok = pairing_matches(u, sp) if key in by_doc else False
            predicted = labelled_flags(sp) if sp else set()
            for name in groups:
                c = counts[name]
                c.units += 1
                c.paired += int(ok)
                c.rows.append((frozenset(u.flags), frozenset(predicted)))
            if not ok or predicted != set(u.flags):
                mismatches.append(
                    {
                        "source": g.source,
                        "doc_id": g.doc_id,
                        "n": u.n,
                        "gold_answer_ns": list(u.answer_ns),
                        "tool_answer_no": sp.pair.answer_no if sp else None,
                        "pairing_ok": ok,
                        "gold_flags": sorted(u.flags),
                        "tool_flags": sorted(predicted),
                    }
                )
        for n, sp in tool_units.items():
            if n in gold_ns:
                continue
            for name in groups:
                counts[name].rows.append((frozenset(), frozenset(labelled_flags(sp))))
            mismatches.append({"source": g.source, "doc_id": g.doc_id, "n": n, "extra_unit": True})

    order = sorted(k for k in counts if k not in ("all",) and not k.startswith("language"))
    order += sorted(k for k in counts if k.startswith("language")) + ["all"]
    groups_out: dict[str, dict] = {}
    for name in order:
        c = counts[name]
        flags = flag_metrics(c.rows, evaluated_flags())
        groups_out[name] = {
            "docs": c.docs,
            "docs_found": c.docs_found,
            "units": c.units,
            "unit_count_agreement": _rate(c.count_agree, c.docs),
            "pairing_accuracy": _rate(c.paired, c.units),
            "flags": flags,
        }
    return Evaluation(groups_out, tuple(mismatches), tuple(missing), tuple(problems), len(documents))
