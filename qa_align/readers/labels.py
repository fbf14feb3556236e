"""Labelled examples (``corpus/gold``, in the format of ``../shared/LABELS.md``): recognised so
that scoring a folder skips them; ``qa-align eval`` and ``train`` read them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..types import Document, Problem
from . import reader
from .records import first_record


def looks_like_file(path: Path) -> bool:
    rec = first_record(path)
    return rec is not None and "units" in rec and "answer_numbering" in rec


@reader(
    "labels",
    suffixes=(".jsonl",),
    looks_like=looks_like_file,
    priority=0,  # after the readers of documents: one that can read a file reads it
    description="labelled examples in the format of LABELS.md (skipped when scoring)",
)
def skip(path: Path) -> Iterator[Document | Problem]:
    return iter(())
