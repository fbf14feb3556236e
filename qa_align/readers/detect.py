"""Which reader takes a file: by extension first, then by content."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..errors import ReadError
from ..types import Document, Problem
from . import (
    READERS,
    Reader,
    be_kamer,
    read_text_file,
    read_text_head,
    register,
    tabular,
    tweede_kamer,
    uk_commons,
    vlaams,
)
from .pdf_text import extract_pages, pdf_text
from .records import first_record


def _vlaams_text(path: Path) -> Iterator[Document | Problem]:
    yield vlaams.with_sidecar(vlaams.read_text(read_text_file(path), str(path)), path)


def _vlaams_pdf(path: Path) -> Iterator[Document | Problem]:
    yield vlaams.with_sidecar(vlaams.read_text(pdf_text(path), str(path)), path)


def _looks_vlaams_text(path: Path) -> bool:
    return vlaams.looks_like(read_text_head(path))  # an unreadable file raises ReadError


register(
    Reader(
        name="vlaams-parlement",
        suffixes=(".txt",),
        looks_like=_looks_vlaams_text,
        read=_vlaams_text,
        description="Flemish Parliament written question as text (header lines + PDF text)",
    )
)


def _tweede_kamer_pdf(path: Path) -> Iterator[Document | Problem]:
    yield tweede_kamer.read_pdf(path)


def _looks_tweede_kamer(path: Path) -> bool:
    first = extract_pages(path, max_pages=1)
    return tweede_kamer.looks_like(first[0] if first else "")


register(
    Reader(
        name="tweede-kamer",
        suffixes=(".pdf",),
        looks_like=_looks_tweede_kamer,
        read=_tweede_kamer_pdf,
        description="Tweede Kamer Kamervragen with answers (Aanhangsel van de Handelingen, PDF)",
    )
)
register(
    Reader(
        name="vlaams-parlement-pdf",
        suffixes=(".pdf",),
        looks_like=lambda path: True,
        read=_vlaams_pdf,
        description="Flemish Parliament written question as PDF (text layer)",
    )
)


register(
    Reader(
        name="be-kamer",
        suffixes=(".jsonl", ".jsonl.gz"),
        looks_like=be_kamer.looks_like_file,
        read=be_kamer.read_file,
        description="Belgian federal Chamber written questions as JSON Lines records",
    )
)


register(
    Reader(
        name="uk-commons",
        suffixes=(".jsonl", ".jsonl.gz", ".json", ".json.gz"),
        looks_like=uk_commons.looks_like_file,
        read=uk_commons.read_file,
        description="UK House of Commons written questions (written-questions API records)",
    )
)


def _is_label_file(path: Path) -> bool:
    rec = first_record(path)
    if rec is None:
        return False
    # documents labelled by LABELS.md, or answer sentences labelled by CUES.md (corpus/cues)
    return ("units" in rec and "answer_numbering" in rec) or ("sentence" in rec and "labels" in rec)


def _skip_labels(path: Path) -> Iterator[Document | Problem]:
    return iter(())  # a labelled set (corpus/gold) is read by `qa-align eval`, not scored


register(
    Reader(
        name="labels",
        suffixes=(".jsonl",),
        looks_like=_is_label_file,
        read=_skip_labels,
        description="labelled examples in the format of LABELS.md or CUES.md (skipped when scoring)",
    )
)


def _columns_hint(path: Path) -> str:
    try:
        df = tabular.load_frame(path)
    except ReadError:
        return ""
    return f"; its columns: {', '.join(map(str, df.columns[:40]))}"


def detect(path: Path) -> Reader:
    """The reader for ``path``: the first whose extension fits and that recognises the
    content. Raises ``ReadError`` naming the accepted kinds when none does."""
    suffix = path.suffix.lower()
    double = "".join(path.suffixes[-2:]).lower()
    candidates = [r for r in READERS.values() if suffix in r.suffixes or double in r.suffixes]
    if not candidates and tabular.suffix_of(path) in tabular.SUFFIXES:
        raise ReadError(
            str(path),
            f"a table of no known layout; name its columns with --id-col, --question-col and "
            f"--answer-col{_columns_hint(path)}",
        )
    if not candidates:
        accepted = sorted({s for r in READERS.values() for s in r.suffixes})
        raise ReadError(
            str(path), f"unsupported file type {suffix or '(none)'}; accepted: {', '.join(accepted)}"
        )
    for reader in candidates:
        if reader.looks_like(path):
            return reader
    names = ", ".join(r.description or r.name for r in candidates)
    if tabular.suffix_of(path) in tabular.SUFFIXES:
        raise ReadError(
            str(path),
            f"not a known layout ({names}); name its columns with --id-col, --question-col and "
            f"--answer-col{_columns_hint(path)}",
        )
    raise ReadError(str(path), f"not recognised as any of: {names}")
