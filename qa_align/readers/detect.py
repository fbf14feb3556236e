"""Which reader takes a file: by extension first, then by content."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..errors import ReadError
from ..types import Document, Problem
from . import READERS, Reader, be_kamer, read_text_file, read_text_head, register, vlaams
from .pdf_text import pdf_text


def _vlaams_text(path: Path) -> Iterator[Document | Problem]:
    yield vlaams.read_text(read_text_file(path), str(path))


def _vlaams_pdf(path: Path) -> Iterator[Document | Problem]:
    yield vlaams.read_text(pdf_text(path), str(path))


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


def detect(path: Path) -> Reader:
    """The reader for ``path``: the first whose extension fits and that recognises the
    content. Raises ``ReadError`` naming the accepted kinds when none does."""
    suffix = path.suffix.lower()
    double = "".join(path.suffixes[-2:]).lower()
    candidates = [r for r in READERS.values() if suffix in r.suffixes or double in r.suffixes]
    if not candidates:
        accepted = sorted({s for r in READERS.values() for s in r.suffixes})
        raise ReadError(
            str(path), f"unsupported file type {suffix or '(none)'}; accepted: {', '.join(accepted)}"
        )
    for reader in candidates:
        if reader.looks_like(path):
            return reader
    names = ", ".join(r.description or r.name for r in candidates)
    raise ReadError(str(path), f"not recognised as any of: {names}")
