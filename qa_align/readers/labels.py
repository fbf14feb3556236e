"""Labelled examples (``corpus/gold``, in the format of ``../shared/LABELS.md``; ``corpus/cues``,
labelled sentences in the format of ``../shared/labels/CUES.md``; ``corpus/asks``, question sentences
labelled for what they ask; ``corpus/holding``, answer sentences labelled for whether they put off
what was asked; ``corpus/yesno`` and ``corpus/settles``, answer sentences labelled for whether
they settle a closed question): recognised so
that scoring a folder skips them; ``qa-align eval`` and ``train`` read them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..types import Document, Problem
from . import reader
from .records import first_record


def looks_like_file(path: Path) -> bool:
    rec = first_record(path)
    if rec is None:
        return False
    # documents labelled by LABELS.md, answer sentences labelled by CUES.md (corpus/cues), question
    # sentences labelled for what they ask (corpus/asks), answer sentences labelled for holding
    # (corpus/holding), (closed question, answer sentence) pairs labelled for whether the sentence
    # settles it (corpus/yesno/pairs.jsonl), flagged units read for whether the answer settles the closed
    # question (corpus/yesno/round2.jsonl), and pairs labelled yes / no / open / other with how
    # (corpus/settles/round1.jsonl)
    return (
        ("units" in rec and "answer_numbering" in rec)
        or ("sentence" in rec and "labels" in rec)
        or ("text" in rec and "asks_figures" in rec)
        or ("sentence" in rec and "holding" in rec and "cue_deferral" in rec)
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
