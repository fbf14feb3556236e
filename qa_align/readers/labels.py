"""Labelled examples (``corpus/gold``, in the format of ``../shared/LABELS.md``; ``corpus/cues``,
labelled sentences in the format of ``../shared/labels/CUES.md``; ``corpus/asks``, question sentences
labelled for what they ask; ``corpus/holding``, answer sentences labelled for whether they put off
what was asked; ``corpus/yesno`` and ``corpus/settles``, answer sentences labelled for whether
they settle a closed question): recognised so
that scoring a folder skips them; ``qa-align eval`` and ``train`` read them. ``read_settles_pairs``
reads the closed-question pair files of both rounds into one format (``types.SettlesPair``)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import ConfigError
from ..types import Document, Problem, SettlesPair
from . import reader
from .records import first_record


def looks_like_file(path: Path) -> bool:
    rec = first_record(path)
    if rec is None:
        return False
    # documents labelled by LABELS.md, answer sentences labelled by CUES.md (corpus/cues), question
    # sentences labelled for what they ask (corpus/asks), answer sentences labelled for holding
    # (corpus/holding; notes.jsonl, the sentences the readers' notes quote, holding51), (closed question, answer sentence) pairs labelled for whether the sentence
    # settles it (corpus/yesno/pairs.jsonl), flagged units read for whether the answer settles the closed
    # question (corpus/yesno/round2.jsonl), and pairs labelled yes / no / open / other with how
    # (corpus/settles/round1.jsonl)
    return (
        ("units" in rec and "answer_numbering" in rec)
        or ("sentence" in rec and "labels" in rec)
        or ("text" in rec and "asks_figures" in rec)
        or ("sentence" in rec and "holding" in rec and "cue_deferral" in rec)
        or ("sentence" in rec and "unit_holding" in rec and "label" in rec)  # corpus/holding/notes.jsonl
        or ("sentence" in rec and "sentence_index" in rec and "label" in rec)
        or ("question" in rec and "unit" in rec and "reading" in rec and "label" in rec)
        or ("sentence" in rec and "closed" in rec and "settles" in rec)
    )


@reader(
    "labels",
    suffixes=(".jsonl",),
    looks_like=looks_like_file,
    priority=0,  # after the readers of documents: one that can read a file reads it
    description="labelled examples in the format of LABELS.md, CUES.md, corpus/asks, corpus/holding, corpus/yesno or corpus/settles (skipped when scoring)",
)
def skip(path: Path) -> Iterator[Document | Problem]:
    return iter(())


# the closed-question pair files of the project, in the order labelled: yesno8's pairs (session 8,
# ``settles_yes`` / ``settles_no`` / ``does_not_settle``) and settles21's round 1 (session 21, yes /
# no / open / other with how)
SETTLES_FILES = ("corpus/yesno/pairs.jsonl", "corpus/settles/round1.jsonl")
_OLD_LABELS = {"settles_yes": "yes", "settles_no": "no", "does_not_settle": "not_settled"}
_NEW_LABELS = ("yes", "no", "open", "other")


def read_settles_pairs(
    paths: Iterable[str | Path] = SETTLES_FILES, root: str | Path = "."
) -> list[SettlesPair]:
    """The (closed question, answer sentence) pairs of ``paths`` (relative to ``root``), in either of
    the project's two formats, as ``SettlesPair``: ``corpus/settles/round1.jsonl`` read as it stands,
    ``corpus/yesno/pairs.jsonl`` with ``question`` as ``closed``, ``unit`` as ``n``,
    ``sentence_index`` as ``index``, ``set`` as ``labelled_set`` and its labels as ``yes``, ``no``
    and ``not_settled`` (that round did not tell ``open`` from ``other``). A line that is no JSON, of
    neither format, missing a field its format needs or with a label the format does not allow raises
    ``ConfigError`` naming the file and line."""
    pairs: list[SettlesPair] = []
    for path in paths:
        full = Path(root) / path
        with open(full, encoding="utf-8") as lines:
            for number, line in enumerate(lines, 1):
                if not line.strip():
                    continue
                where = f"{full}:{number}"
                try:
                    pairs.append(_settles_pair(json.loads(line), str(path), where))
                except json.JSONDecodeError as e:
                    raise ConfigError(f"{where}: not a JSON line ({e.msg})") from None
                except KeyError as e:
                    raise ConfigError(f"{where}: field {e.args[0]!r} missing") from None
    return pairs


def _settles_pair(rec: dict, origin: str, where: str) -> SettlesPair:
    if "settles" in rec and "closed" in rec:
        if rec["settles"] not in _NEW_LABELS:
            raise ConfigError(
                f"{where}: settles {rec['settles']!r}, expected one of {', '.join(_NEW_LABELS)}"
            )
        return SettlesPair(
            id=rec["id"],
            source=rec["source"],
            doc_id=str(rec["doc_id"]),
            n=str(rec["n"]),
            language=rec["language"],
            closed=rec["closed"],
            index=int(rec["index"]),
            sentence=rec["sentence"],
            settles=rec["settles"],
            origin=origin,
            how=rec.get("how"),
            note=rec.get("note") or "",
        )
    if "label" in rec and "sentence_index" in rec:
        if rec["label"] not in _OLD_LABELS:
            raise ConfigError(f"{where}: label {rec['label']!r}, expected one of {', '.join(_OLD_LABELS)}")
        return SettlesPair(
            id=rec["id"],
            source=rec["source"],
            doc_id=str(rec["doc_id"]),
            n=str(rec["unit"]),
            language=rec["language"],
            closed=rec["question"],
            index=int(rec["sentence_index"]),
            sentence=rec["sentence"],
            settles=_OLD_LABELS[rec["label"]],
            origin=origin,
            labelled_set=rec.get("set", ""),
        )
    raise ConfigError(
        f"{where}: not a settles pair (expected the fields of corpus/settles/round1.jsonl or corpus/yesno/pairs.jsonl)"
    )
