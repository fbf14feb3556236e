"""Reader for tables of questions and answers in any layout: CSV, TSV, JSON Lines (plain
or .gz), JSON and Parquet, read with pandas, with the id, question and answer columns
named by the user (``--id-col``, ``--question-col``, ``--answer-col``) and optional
metadata columns. A column that is not in the file fails with the list of the columns
the file has. With ``--text-col`` one column holds a whole document's text (a flempar
export, a CSV of PDF texts), read by the reader of ``--source`` (``vlaams-parlement``).
"""

from __future__ import annotations

import dataclasses
import gzip
import io
import logging
import re
import zlib
from collections import OrderedDict
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any, TypeVar

from ..errors import ConfigError, ReadError
from ..types import Document, Metadata, Problem
from . import (
    _ESCAPED,
    _MARKED,
    FieldDecoder,
    FirstOfEachId,
    container,
    decode_not_utf8,
    problem_from,
    wide_encoding,
)
from .records import (
    FieldError,
    build_document,
    date_value,
    iter_json_records,
    meta_text,
    record_id,
    record_text,
)

log = logging.getLogger(__name__)
_T = TypeVar("_T")
SUFFIXES = (".csv", ".tsv", ".jsonl", ".jsonl.gz", ".ndjson", ".json", ".parquet", ".csv.gz")


@dataclass(frozen=True)
class Columns:
    """Which column holds what. ``id`` is required, and ``question`` and ``answer``, or
    ``text`` (the whole document, read by the reader of ``source``); ``language`` is the
    language of the texts (``nl`` or ``en``), not a column."""

    id: str
    question: str | None = None
    answer: str | None = None
    date: str | None = None
    questioner: str | None = None
    minister: str | None = None
    title: str | None = None
    language: str = "nl"  # the texts' language (``--language``), the same for every row
    source: str = "table"  # the source name given to the documents
    single_unit: bool = False  # each question one unit (no numbering looked for)
    text: str | None = None  # the column holding a whole document (question and answer)

    def named(self) -> dict[str, str]:
        """The column names the user gave, by role."""
        skip = {"source", "single_unit", "language"}  # the language is a value, not a column
        return {
            f.name: getattr(self, f.name)
            for f in fields(self)
            if f.name not in skip and getattr(self, f.name)
        }


def suffix_of(path: Path) -> str:
    """The table kind of ``path`` by its name: ``.csv.gz`` and the like, else its suffix; a ``.txt``
    that is Excel's "Unicode text" (``unicode_text_table``) is a ``.tsv`` (lows49)."""
    double = "".join(path.suffixes[-2:]).lower()
    if double in SUFFIXES:
        return double
    suffix = path.suffix.lower()
    return ".tsv" if suffix == ".txt" and unicode_text_table(path) else suffix


def unicode_text_table(path: Path) -> bool:
    """Whether ``path`` begins as Excel's "Unicode text" export does (Save As "Unicode Text (*.txt)"):
    UTF-16 (or UTF-32) with its byte-order mark, a header line of more tabs than semicolons and commas.
    Named ``.txt`` such a table was refused as no written question (lows48 read it named ``.csv``); it
    is read as the ``.csv`` of the same export is: its columns named, or a message naming them (lows49).
    A text in UTF-8 or without tabs stays a text.

    The answer is kept for the path while its stat (size, times, inode) holds (lows50): a ``.txt`` on
    its way through a run (detected, its kind asked again by the table reader and the Dask engine's
    plan) is opened once for it, not up to four times (review51). Kept only for a file whose content
    was written a clock's step (``_CLOCK_STEP_NS``) before its status last changed, both times of the
    file system's own clock (lows52: compared with this machine's clock, a network file system's
    lagging one kept a kind that a rewrite within its step could make stale)."""
    try:
        stat = path.stat()
    except OSError:
        return False
    key, seen = str(path), (stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino, stat.st_dev)
    kept = _UNICODE_TEXT.get(key)
    if kept is not None and kept[0] == seen:
        _UNICODE_TEXT.move_to_end(key)
        return kept[1]
    try:
        with open(path, "rb") as fh:
            head = fh.read(4096)
    except OSError:
        return False
    marked = head[:4] in (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff") or head[:2] in (b"\xff\xfe", b"\xfe\xff")
    wide = wide_encoding(head) if marked else None
    table = wide is not None and csv_separator(head) == "\t" and _table_shaped(head, wide, len(head) < 4096)
    if stat.st_ctime_ns - stat.st_mtime_ns >= _CLOCK_STEP_NS:
        # kept only for a file last written a clock's step before its status last changed, so before it was
        # read, by the file system's clock alone (lows52: this machine's was compared before): one written
        # within the step may be rewritten in place with the same size and the same times (a coarse clock,
        # FAT's two seconds), which its stat would not tell (review52's low 5). A file copied or unpacked with
        # its time kept is so; one just exported (its change its last write) is read again at each asking,
        # some 0.15 ms a table (a hit 0.007 ms, lows52)
        _UNICODE_TEXT[key] = (seen, table)
        _UNICODE_TEXT.move_to_end(key)
        while len(_UNICODE_TEXT) > _KEEP_KINDS:  # the paths of the last few thousand used kept
            _UNICODE_TEXT.popitem(last=False)
    return table


def _table_shaped(head: bytes, encoding: str, whole: bool) -> bool:
    """Whether a tab-separated text's first lines are a table's: a header of two names or more, none
    empty, and each row after it of as many fields (the last left out where ``head`` is cut). A letter
    with tab-indented lines ("\\tDear Minister,") is a text, read as its UTF-8 copy is (lows50: it
    was refused as "a table of no known layout", its columns "Unnamed: 0" and its first line). Where
    ``head`` is cut, the last row read is left out whatever line it ends on: a quoted cell with line
    breaks (a question of many paragraphs) may be cut at one of them, its row short of fields (review52:
    such an export, read at e49f3f7, was refused as "not recognised")."""
    import csv

    text = head.decode(encoding, errors="replace").lstrip("\ufeff")
    rows = [r for r in csv.reader(io.StringIO(text, newline=""), delimiter="\t") if r]
    if not whole and len(rows) > 1:
        rows = rows[:-1]
    if not rows or len(rows[0]) < 2 or not all(name.strip() for name in rows[0]):
        return False
    return all(len(row) == len(rows[0]) for row in rows[1:])


# ``unicode_text_table`` by path, the least recently used first (per process)
_UNICODE_TEXT: OrderedDict[str, tuple[tuple[int, int, int, int, int], bool]] = OrderedDict()
_KEEP_KINDS = 4096
_CLOCK_STEP_NS = 2_000_000_000  # the coarsest step of a file system's times (FAT: two seconds)


def csv_separator(head: bytes) -> str:
    """The separator of a ``.csv`` file from its first bytes: ``;`` where the header line holds
    more semicolons than commas outside quotes (a spreadsheet's "CSV" in a locale that writes a
    decimal comma: Dutch, Belgian, French, German), a tab where it holds more tabs than either
    (Excel's "Unicode text", UTF-16 and tab-separated, named .csv: lows48), else ``,``. Counted on the text (UTF-16 and
    UTF-32 decoded first), a quoted name's own characters aside; review49: a header with a comma
    in a name, ``"Naam, voornaam";vraag`` or Excel's ``Naam, voornaam;vraag``, was read with ``,``."""
    text = head.decode(wide_encoding(head) or "latin-1", errors="replace")
    line = re.sub(r'"[^"]*"', "", text.split("\n", 1)[0])
    if line.count("\t") > max(line.count(";"), line.count(",")):
        return "\t"  # Excel's "Unicode text" (UTF-16, tab-separated) named .csv (lows48)
    return ";" if line.count(";") > line.count(",") else ","


def _unpack(kind: str) -> str:
    """What to do with an archive or compressed data given as a table (lows48)."""
    if "archive" in kind:
        return "; qa-align reads no archive: unpack it and give the table inside"
    if kind.startswith("gzip"):
        return "; a gzip-compressed table is read under a name ending in .csv.gz: rename it so"
    if "compressed" in kind:
        return (
            "; qa-align reads only gzip-compressed tables (.csv.gz): decompress it or compress it with gzip"
        )
    return ""


def load_frame(path: Path, used: Collection[str] | None = None):
    """The file as a DataFrame of strings. Raises ``ReadError`` when it cannot be read. A CSV or
    TSV that is not UTF-8: the columns ``used`` (None: all) decided by their own bytes (lows46)."""
    import pandas as pd

    kind = suffix_of(path)
    if not path.exists():
        raise ReadError(str(path), "file not found")
    encoding = "utf-8"
    head = b""
    if kind != ".parquet":
        opener = gzip.open if kind.endswith(".gz") else open
        try:
            with opener(path, "rb") as fh:
                head = fh.read(4096)
        except (OSError, EOFError, zlib.error) as exc:
            raise ReadError(str(path), f"cannot read the file ({type(exc).__name__}: {exc})") from exc
        kind_of_bytes = container(head)
        if kind_of_bytes:  # a zip named .csv: its bytes are no table (lows47)
            raise ReadError(
                str(path),
                f"binary content ({kind_of_bytes}) where a table was expected{_unpack(kind_of_bytes)}",
            )
        encoding = wide_encoding(head) or "utf-8-sig"
        if encoding != "utf-8-sig":
            wide = "UTF-32" if "32" in encoding else "UTF-16"
            log.warning("%s: %s text; read as such (UTF-8 is expected)", path, wide)
    try:
        if kind in (".csv", ".csv.gz", ".tsv"):
            sep = "\t" if kind == ".tsv" else csv_separator(head)
            try:
                return pd.read_csv(path, sep=sep, dtype=str, keep_default_na=False, encoding=encoding)
            except UnicodeDecodeError:
                if encoding != "utf-8-sig":
                    raise
            # as a text file is read (``decode_not_utf8``): a spreadsheet's export is often Windows-1252,
            # a UTF-8 file with a stray byte stays UTF-8 (lows45); each field by its own bytes (lows46)
            with opener(path, "rb") as fh:
                data = fh.read()
            fields = FieldDecoder(data, path)
            if fields.marked is None:  # (the file holds the marks' characters itself)
                text = decode_not_utf8(data, path)
                return pd.read_csv(io.StringIO(text), sep=sep, dtype=str, keep_default_na=False)
            del data  # (lows48: neither the file's bytes nor the marked ones kept past the parse)
            frame = pd.read_csv(io.BytesIO(fields.marked), sep=sep, dtype=str, keep_default_na=False)
            fields.marked = None
            try:
                return _decoded(frame, fields, used)
            except _Undefined:  # a field's byte undefined in Windows-1252: read again for its error
                with opener(path, "rb") as fh:
                    return _decoded(frame, FieldDecoder(fh.read(), path), used, bulk=False)
        if kind in (".jsonl", ".jsonl.gz", ".ndjson"):
            return pd.read_json(path, lines=True, dtype=False, encoding=encoding)
        if kind == ".json":
            return pd.read_json(path, dtype=False, encoding=encoding)
        if kind == ".parquet":
            return pd.read_parquet(path)
    except ReadError:
        raise
    except UnicodeDecodeError as exc:
        tried = " nor Windows-1252" if kind in (".csv", ".csv.gz", ".tsv") and encoding == "utf-8-sig" else ""
        raise ReadError(str(path), f"not UTF-8 text (bad byte at offset {exc.start}){tried}") from exc
    except ImportError as exc:
        raise ReadError(str(path), f"cannot read {kind} files: {exc}") from exc
    except (ValueError, OSError) as exc:
        raise ReadError(
            str(path), f"cannot read as {kind.lstrip('.')} ({type(exc).__name__}: {exc})"
        ) from exc
    except Exception as exc:  # pyarrow's and the csv parser's own errors
        raise ReadError(
            str(path), f"cannot read as {kind.lstrip('.')} ({type(exc).__name__}: {exc})"
        ) from exc
    raise ReadError(str(path), f"unsupported table type {kind}; accepted: {', '.join(SUFFIXES)}")


class _Undefined(Exception):
    """A column read as Windows-1252 holds a byte undefined there: the fields are decoded again
    one at a time, in the file's order, for the first one's ``ReadError`` (``_decoded``)."""


def _column_bytes(values: list) -> tuple[bytes, Any]:
    """A column's fields as UTF-8 bytes one after the other, and where each ends."""
    import numpy as np

    encoded = [v.encode("utf-8") if isinstance(v, str) else b"" for v in values]
    return b"".join(encoded), np.cumsum([len(e) for e in encoded], dtype=np.int64)


def _marks_at(blob: bytes):
    """Where in ``blob`` (UTF-8) each mark (``readers._MARKED``: F4 8F BE or BF, then a byte) begins."""
    import numpy as np

    a = np.frombuffer(blob, np.uint8)
    lead = np.flatnonzero(a[:-3] == 0xF4) if len(a) > 3 else np.zeros(0, np.int64)
    return lead[(a[lead + 1] == 0x8F) & (a[lead + 2] >= 0xBE)]


def _windows_1252(blob: bytes, ends, at, where: list[int]) -> list[str]:
    """The fields ``where`` of a column (``blob`` and ``ends``: ``_column_bytes``; ``at``: its
    marks, ``_marks_at``) read as Windows-1252, all in one (lows47): each mark its byte (F4 8F BE b
    is byte b, F4 8F BF b byte b + 0x40), every other character its UTF-8 bytes, as
    ``FieldDecoder.__call__`` reads one; ``_Undefined`` where a byte of one is undefined there (the
    other fields are decoded too, not kept)."""
    import numpy as np

    a = np.frombuffer(blob, np.uint8).copy()
    a[at[a[at + 2] == 0xBF] + 3] += 0x40
    keep = np.ones(len(a), bool)
    for k in (0, 1, 2):
        keep[at + k] = False
    # a field's place: its bytes less the three a mark before its end drops
    cut = (ends - np.searchsorted(at, ends, side="left") * 3).tolist()
    kept = a[keep]
    del a, keep
    data = kept.tobytes()
    del kept
    # each field decoded from its own bytes (lows48: the column's text decoded whole, then cut,
    # held a second copy of it); a single-byte encoding, so the same characters
    fields = [data[cut[i - 1] if i else 0 : cut[i]].decode("cp1252", errors="surrogateescape") for i in where]
    if any(_ESCAPED.search(f) for f in fields):
        raise _Undefined
    return fields


def _decoded(frame, fields: FieldDecoder, used: Collection[str] | None, bulk: bool = True):
    """``frame`` (parsed from ``fields.marked``) with each field holding a mark decoded by
    ``fields`` in the file's order (the header, then row by row, an index's value before the
    row's): a column name by its own bytes; the columns ``used`` (None: all) by lows45's choice
    over their fields together, the other columns over theirs (lows46).

    lows47: the counts are made over each column's bytes, and a column's fields read as
    Windows-1252 are decoded together (``_windows_1252``), their lines told to ``fields`` in the
    file's order (``FieldDecoder.account``); where one holds a byte undefined in Windows-1252,
    the fields are decoded again one at a time (``bulk`` False), as lows46 did, for the first
    one's error. What is decoded is the same."""
    import numpy as np
    import pandas as pd

    names = [fields(c) if isinstance(c, str) else c for c in frame.columns]
    read = [used is None or str(c) in used for c in names]
    width = frame.shape[1]
    cells = [frame.iloc[:, j].tolist() for j in range(width)]
    beyond, counts = [], np.zeros((len(frame), width), np.int64)
    columns = {}  # a column holding marks: its bytes, their ends and its marks
    for j, column in enumerate(cells):
        blob, ends = _column_bytes(column)
        # a character beyond ASCII is one lead byte (0xC0 and up) in UTF-8
        beyond.append(int(np.count_nonzero(np.frombuffer(blob, np.uint8) >= 0xC0)))
        at = _marks_at(blob)
        if len(at):
            counts[:, j] = np.bincount(np.searchsorted(ends, at, side="right"), minlength=len(frame))
            columns[j] = (blob, ends, at)
    totals = counts.sum(axis=0)
    choice = {
        side: fields.chosen(
            int(sum(b for b, r in zip(beyond, read) if r == side)),
            int(sum(m for m, r in zip(totals, read) if r == side)),
        )
        for side in (True, False)
    }
    utf8 = [choice[r] for r in read]
    marked = counts > 0
    # an index pandas made of the first fields (rows longer than the header): its values too, each
    # by its own bytes (a level's value a field), before the row's
    multi = isinstance(frame.index, pd.MultiIndex)
    values = list(frame.index) if not isinstance(frame.index, pd.RangeIndex) else []
    pattern = _MARKED

    def decoded(value):
        parts = value if multi else (value,)
        if not any(isinstance(p, str) and pattern.search(p) for p in parts):
            return value
        new = tuple(fields(p) if isinstance(p, str) and pattern.search(p) else p for p in parts)
        return new if multi else new[0]

    rows = set(marked.any(axis=1).nonzero()[0].tolist()) if marked.size else set()
    if values:
        rows |= {i for i, v in enumerate(values) if pattern.search(str(v))}
    changed = marked.any(axis=0).nonzero()[0].tolist() if marked.size else []
    for i in sorted(rows):  # (in the file's order)
        if values:
            values[i] = decoded(values[i])
        for j in marked[i].nonzero()[0].tolist() if marked.size else ():
            if bulk:
                fields.account(int(counts[i, j]), utf8[j])
            else:
                cells[j][i] = fields(cells[j][i], utf8[j])
    for j in changed if bulk else ():
        where = marked[:, j].nonzero()[0].tolist()
        column = cells[j]
        if utf8[j]:
            for i in where:
                column[i] = pattern.sub("\ufffd", column[i])
        else:
            for i, text in zip(where, _windows_1252(*columns.pop(j), where)):
                column[i] = text
    # the marked columns each set whole at the end (a cell at a time copied its column: 48 s for
    # 31 MB, review48)
    frame.columns = names
    for j in changed:
        frame.isetitem(j, pd.array(cells[j], dtype=frame.dtypes.iloc[j]))
    if values:
        frame.index = (
            pd.MultiIndex.from_tuples(values, names=frame.index.names)
            if multi
            else pd.Index(values, name=frame.index.name)
        )
    fields.warn()
    return frame


def check_columns(path: Path, available: list[str], columns: Columns) -> None:
    """``ReadError`` naming the columns the file has when it lacks one of ``columns``: that file's
    problem, not the run's (a folder of tables with one of another header loses that one only)."""
    missing = [
        f"--{role.replace('_', '-')}-col {name!r}"
        for role, name in columns.named().items()
        if name not in available
    ]
    if missing:
        raise ReadError(
            str(path),
            f"{NO_COLUMN}{', '.join(missing)}; the file's columns are: {', '.join(map(str, available))}",
        )


NO_COLUMN = "no column "  # how a table without a named column's problem begins (``no_column_error``)


def held_back(item: object) -> bool:
    """A table without a named column, or a file skipped as no written question."""
    return isinstance(item, Problem) and (item.skipped or (item.failed and item.reason.startswith(NO_COLUMN)))


def no_column_error(problems: Iterable[Problem]) -> ConfigError | None:
    """The run's one error where every problem but the skipped files is a table without a column
    the options name (and there is one): a mistyped ``--id-col`` over a batch of tables. None
    otherwise: beside anything read, or a file that failed otherwise, each such table is its row."""
    kept = [p for p in problems if not p.skipped]
    if not kept or not all(held_back(p) for p in kept):
        return None
    more = f" (and {len(kept) - 1} more tables without a named column)" if len(kept) > 1 else ""
    return ConfigError(f"{kept[0].path}: {kept[0].reason}{more}; nothing was scored")


def one_error_for_no_column(items: Iterable[_T]) -> Iterator[_T]:
    """``items`` as they come, but a table without a named column (or a skipped file) held back
    until anything else comes; where nothing else does, ``no_column_error`` is raised instead
    (review46's rule of the CLI, for the API and the Dask engine too: lows45)."""
    held: list[_T] = []
    rest = iter(items)
    for item in rest:
        if held_back(item):
            held.append(item)
            continue
        yield from held
        yield item
        yield from rest
        return
    error = no_column_error(held)  # type: ignore[arg-type]
    if error is not None:
        raise error
    yield from held


def read_row(row: dict[str, Any], columns: Columns, path: str) -> Document:
    try:
        doc_id = record_id(row.get(columns.id), columns.id)
    except FieldError as exc:
        raise ReadError(path, str(exc), source=columns.source) from None
    if not doc_id:
        raise ReadError(path, f"row without a value in {columns.id!r}", source=columns.source)
    try:
        question = record_text(row.get(columns.question), columns.question)
        answer = record_text(row.get(columns.answer), columns.answer)
    except FieldError as exc:
        raise ReadError(path, str(exc), doc_id=doc_id, source=columns.source) from None
    where = f"{path} [{doc_id}]"

    def get(col: str | None) -> str:
        return meta_text(row.get(col), col, where) if col else ""

    title = get(columns.title)
    metadata = Metadata(
        number=doc_id,
        date=date_value(row.get(columns.date), columns.date, where) if columns.date else "",
        questioner=get(columns.questioner),
        minister=get(columns.minister),
        title=title,
        subject=title,
        language=columns.language or "nl",
    )
    return build_document(columns.source, doc_id, path, question, answer, metadata, columns.single_unit)


_JSON_LINES = (".jsonl", ".jsonl.gz", ".ndjson")


def document_reader(source: str) -> Callable[..., list[Document]]:
    """The reader of a whole document's text for ``--text-col``: ``(text, path, doc_id,
    title) -> documents``. ``ConfigError`` for a source whose reader does not split one."""
    from . import vlaams

    readers = {vlaams.SOURCE: vlaams.read_documents}
    if source not in readers:
        raise ConfigError(
            f"--text-col needs --source naming a reader that splits a whole document into question "
            f"and answer: {', '.join(readers)} (not {source!r})"
        )
    return readers[source]


def read_text_row(row: dict[str, Any], columns: Columns, path: str) -> list[Document]:
    """The documents of a row whose ``text`` column holds a whole document, with the
    metadata columns given (date, questioner, minister, title) in place of what the text says."""
    try:
        doc_id = record_id(row.get(columns.id), columns.id)
        text = record_text(row.get(columns.text), columns.text or "")
    except FieldError as exc:
        raise ReadError(path, str(exc), source=columns.source) from None
    if not doc_id:
        raise ReadError(path, f"row without a value in {columns.id!r}", source=columns.source)
    where = f"{path} [{doc_id}]"

    def get(col: str | None) -> str:
        return meta_text(row.get(col), col, where).strip() if col else ""

    read = document_reader(columns.source)
    documents = read(text, path, doc_id, get(columns.title))
    given = {
        "date": date_value(row.get(columns.date), columns.date, where) if columns.date else "",
        "questioner": get(columns.questioner),
        "minister": get(columns.minister),
    }
    given = {k: v for k, v in given.items() if v}
    if columns.title and get(columns.title):
        given["title"] = get(columns.title)
    return [dataclasses.replace(d, metadata=dataclasses.replace(d.metadata, **given)) for d in documents]


def read_file(path: Path, columns: Columns) -> Iterator[Document | Problem]:
    """Every row of a table file: a Document or a Problem each. An unknown column raises
    ``ReadError`` naming the columns the file has (the file's one problem). JSON Lines are read a line at a time
    (``iter_json_records``): a bad line is one Problem, the others are read. With
    ``columns.text`` a row's text is read as a whole document by the reader of ``columns.source``."""
    if columns.text:
        document_reader(columns.source)  # a source that cannot read a text fails before any row
    elif not (columns.question and columns.answer):
        raise ConfigError("name the question and answer columns, or one column holding the whole text")
    if suffix_of(path) in _JSON_LINES:
        rows: list[tuple[int, dict[str, Any] | None, str]] = list(iter_json_records(path))
        available = list(dict.fromkeys(str(k) for _, rec, _ in rows if rec is not None for k in rec))
    else:
        df = load_frame(path, set(columns.named().values()))
        rows = [(k, row, "") for k, row in enumerate(df.to_dict(orient="records"), 1)]
        available = [str(c) for c in df.columns]
    if available or not rows:  # (JSON Lines none of whose lines could be read: each line's problem says why)
        check_columns(path, available, columns)
    yield from _read_rows(str(path), rows, columns, "line" if suffix_of(path) in _JSON_LINES else "row")


def _read_rows(
    path: str, rows: list[tuple[int, dict[str, Any] | None, str]], columns: Columns, place: str
) -> Iterator[Document | Problem]:
    """``read_file``'s rows (number, record or None, why none), each a Document or a Problem."""
    ids = FirstOfEachId()  # an id twice in the file: the later one's line or row named (lows46)
    for k, row, error in rows:
        if row is None:
            yield Problem(path, error, columns.source, f"row {k}")
            continue
        try:
            docs = read_text_row(row, columns, path) if columns.text else [read_row(row, columns, path)]
        except ReadError as exc:
            yield problem_from(exc, doc_id=f"row {k}", source=columns.source)
            continue
        for doc in docs:
            yield ids.repeated(doc, f"{place} {k}") or doc


FRAME = "DataFrame"  # the path of a DataFrame's documents (``read_frame``): where they came from


def read_frame(frame: Any, columns: Columns | None) -> list[Document | Problem]:
    """The rows of a pandas DataFrame given to the Python API (``api.score(df, columns=Columns(...))``), read as
    the rows of a table file with those columns are: a Document or a Problem each, their path ``FRAME``
    (lows52: a frame was iterated as its column names, each "no such file or folder"). A ``ConfigError`` naming
    what to pass where ``columns`` is None (a frame holds no layout to detect, nor its language) or names a
    column the frame lacks, or two columns of a name it names (which one to read is not said). A column it does
    not name is not read, from a frame as from a file: two of one such name are no fault (lows54: refused as
    two named ones are)."""
    available = [str(c) for c in frame.columns]
    twice = sorted({c for c in available if available.count(c) > 1})
    named = set(columns.named().values()) if columns is not None else set(twice)
    if set(twice) & named:  # (``to_dict`` would keep one of them, pandas' warning aside: lows53)
        raise ConfigError(
            f"the DataFrame has two columns or more named {', '.join(repr(c) for c in twice if c in named)} (as "
            "read: a column named 2024 is read as '2024'); give each column its own name (frame.columns = [...])"
        )
    if columns is None:
        raise ConfigError(
            "a DataFrame is read as a table of written questions: name its columns with "
            "columns=Columns(id=..., question=..., answer=..., language='nl' or 'en') "
            f"(qa_align.readers.tabular.Columns); the frame's columns are: {', '.join(available) or 'none'}"
        )
    if not columns.text and not (columns.question and columns.answer):
        raise ConfigError("name the question and answer columns, or one column holding the whole text")
    if columns.text:
        document_reader(columns.source)  # a source that cannot read a text fails before any row
    missing = [f"{role}={name!r}" for role, name in columns.named().items() if name not in available]
    if missing:
        raise ConfigError(
            f"the DataFrame has no column {', '.join(missing)} of columns=Columns(...); "
            f"its columns are: {', '.join(available) or 'none'}"
        )
    # the columns named alone, each found by its name as text (a column named 2024 as "2024", as a file's header
    # is): no other is read, and a name twice among the others is not (lows54)
    used = [k for k, c in enumerate(available) if c in named]
    frame = frame.iloc[:, used].set_axis([available[k] for k in used], axis=1)
    rows = [(k, row, "") for k, row in enumerate(frame.to_dict(orient="records"), 1)]
    return list(_read_rows(FRAME, rows, columns, "row"))
