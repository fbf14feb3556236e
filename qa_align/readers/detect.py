"""Which reader takes a file: by extension first, then by content, in the order the readers
declare (``Reader.priority``; a reader with no content check last)."""

from __future__ import annotations

from pathlib import Path

from ..errors import NotRecognised, ReadError
from . import Reader, load_readers, tabular


def _columns_hint(path: Path) -> str:
    """The table's columns, for a message that asks for column options; a table file whose bytes
    are an archive or other binary container raises that instead (lows48: a zip named .csv was
    said to be "a table of no known layout", as though naming its columns would read it)."""
    try:
        df = tabular.load_frame(path)
    except ReadError as exc:
        if exc.reason.startswith("binary content"):
            raise
        return ""
    return f"; its columns: {', '.join(map(str, df.columns[:40]))}"


def candidates_for(path: Path) -> list[Reader]:
    """The readers that take files of ``path``'s extension, in the order they are tried."""
    suffix = path.suffix.lower()
    double = "".join(path.suffixes[-2:]).lower()
    return sorted(
        (r for r in load_readers().values() if suffix in r.suffixes or double in r.suffixes), key=Reader.order
    )


def detect(path: Path) -> Reader:
    """The reader for ``path``: the first, in the readers' declared order, whose extension
    fits and that recognises the content. Raises ``ReadError`` naming the accepted kinds
    when none does."""
    readers = load_readers()
    suffix = path.suffix.lower()
    candidates = candidates_for(path)
    kind = tabular.suffix_of(path)  # once: a ``.txt`` is opened to tell Excel's "Unicode text"
    if suffix == ".txt" and kind == ".tsv":
        candidates = []  # Excel's "Unicode text": a table, as its .csv is (lows49)
    if not candidates and kind in tabular.SUFFIXES:
        raise ReadError(
            str(path),
            f"a table of no known layout; name its columns with --id-col, --question-col and "
            f"--answer-col{_columns_hint(path)}",
        )
    if not candidates:
        accepted = sorted({s for r in readers.values() for s in r.suffixes})
        raise ReadError(
            str(path), f"unsupported file type {suffix or '(none)'}; accepted: {', '.join(accepted)}"
        )
    for reader in candidates:
        if reader.looks_like is None or reader.looks_like(path):
            return reader
    names = ", ".join(r.description or r.name for r in candidates)
    if kind in tabular.SUFFIXES:
        raise ReadError(
            str(path),
            f"not a known layout ({names}); name its columns with --id-col, --question-col and "
            f"--answer-col{_columns_hint(path)}",
        )
    raise NotRecognised(str(path), f"not recognised as any of: {names}")
