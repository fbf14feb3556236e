"""Documents from records (one question and its answer as two strings), as held in JSON
Lines, JSON, CSV or Parquet files.

``Document.text`` of a record is its question, a blank line, and its answer, the answer
as plain text (HTML answers turned into text by ``html_to_text``, tables kept); every
offset points into that text.
"""

from __future__ import annotations

import dataclasses
import gzip
import json
import logging
import re
import zlib
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from ..dates import parse_date
from ..errors import ReadError
from ..segment import inline_parts, segment_answer, segment_question
from ..textclean import inline_lines, join_lines, split_lines
from ..types import AnswerPart, AnswerSegment, Document, Metadata, Problem, Question, QuestionPart, Table
from . import container, wide_encoding
from .html_text import html_to_text

log = logging.getLogger(__name__)

SEPARATOR = "\n\n"
_HTML = re.compile(r"<(?:p|br|table|div|li|ul|ol|span|strong|em|a)\b[^>]*>", re.IGNORECASE)


class FieldError(ValueError):
    """A record's field holds a kind of value it cannot take (a dict where text belongs)."""


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, Mapping):
        return "a dict"
    if isinstance(value, (list, tuple)):
        inner = sorted({_kind(v) for v in value if not isinstance(v, str)})
        return f"a list holding {' and '.join(inner)}" if inner else "a list"
    return f"a {type(value).__name__}"


def _missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and value != value)


def text_value(value: Any) -> str:
    """A text field as a string: ``""`` for None and NaN, a list of strings joined with line
    breaks, a number as written. Raises ``FieldError`` for anything else (a dict, a list of
    other things): its Python repr is no text to score."""
    if _missing(value):
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
        return "\n".join(value)
    raise FieldError(f"holds {_kind(value)}, not text")


def record_text(value: Any, field: str) -> str:
    """The text of a question or answer field: a string, or a list of strings (joined with
    line breaks); ``""`` when missing. Raises ``FieldError`` naming the field otherwise."""
    if isinstance(value, (int, float)) and not _missing(value):
        raise FieldError(f"the field {field!r} holds {_kind(value)}, not text")
    try:
        return text_value(value)
    except FieldError as exc:
        raise FieldError(f"the field {field!r} {exc}") from None


def record_id(value: Any, field: str) -> str:
    """An id field as text: a string (stripped) or a whole number. Raises ``FieldError``
    otherwise (``""`` when missing)."""
    if _missing(value):
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    raise FieldError(f"the id field {field!r} holds {_kind(value)}, not text or a whole number")


def meta_text(value: Any, field: str, where: str) -> str:
    """A metadata field as text (see ``text_value``); ``""`` with a warning when it holds
    something else, since the record can still be scored without it."""
    try:
        return text_value(value)
    except FieldError as exc:
        log.warning("%s: the field %r %s; left empty", where, field, exc)
        return ""


def date_value(value: Any, field: str, where: str) -> str:
    """A date field as an ISO 8601 date (see ``qa_align.dates.parse_date`` for the forms
    taken); ``""`` when missing, and ``""`` with a warning when it is not a date."""
    if _missing(value) or value == "":
        return ""
    iso = parse_date(value) if isinstance(value, str) else ""
    if not iso:
        shown = value if isinstance(value, str) else _kind(value)
        log.warning("%s: the field %r holds %.60r, not a date; left empty", where, field, shown)
    return iso


def answer_text(raw: str) -> tuple[str, tuple[Table, ...]]:
    """An answer field as plain text with its tables: HTML is converted, text kept."""
    if _HTML.search(raw):
        return html_to_text(raw)
    return raw, ()


def _shift(table: Table, by: int) -> Table:
    return dataclasses.replace(table, start=table.start + by, end=table.end + by)


def build_document(
    source: str,
    doc_id: str,
    path: str,
    question: str,
    answer: str,
    metadata: Metadata,
    single_unit: bool = False,
) -> Document:
    """A ``Document`` of one record. ``single_unit``: the question is one unit whatever
    numbers it holds (UK questions, asked in one sentence), with its ``(a) (b)`` parts.
    Raises ``ReadError`` (``unanswered``) when the answer is empty."""

    def fail(reason: str, unanswered: bool = False) -> ReadError:
        return ReadError(path, reason, doc_id=doc_id, source=source, unanswered=unanswered)

    if not question.strip():
        raise fail("the record has no question text")
    if _HTML.search(question):
        question, _ = html_to_text(question)
    answer, html_tables = answer_text(answer)
    if not answer.strip():
        raise fail("no answer (the question was not answered)", unanswered=True)
    text = question + SEPARATOR + answer
    a_start = len(question) + len(SEPARATOR)
    if single_unit:
        lines = split_lines(text, 0, len(question))
        qtext, tmap, s, e = join_lines(lines)
        unit = inline_parts(Question(start=s, end=e, text=qtext, textmap=tmap, n="1", number=None))
        q_part = QuestionPart(s, e, None, (unit,))
    else:
        q_part = segment_question(inline_lines(text, 0, len(question)))
    if not q_part.units:
        raise fail("the question part is empty")
    tables = tuple(_shift(t, a_start) for t in html_tables)
    if single_unit:
        a_lines = split_lines(text, a_start, len(text))
        hard = frozenset(
            k for k, ln in enumerate(a_lines) if any(t.start <= ln.start and ln.end <= t.end for t in tables)
        )
        atext, amap, s, e = join_lines(a_lines, hard=hard)
        seg = AnswerSegment(start=s, end=e, text=atext, textmap=amap, label="*", tables=tables)
        a_part = AnswerPart(s, e, (seg,), "unnumbered")
    else:
        lines = split_lines(text, a_start, len(text)) if tables else inline_lines(text, a_start, len(text))
        a_part = segment_answer(lines, tuple(u.number for u in q_part.units if u.number))
        if tables:
            segs = tuple(
                dataclasses.replace(
                    seg,
                    tables=tuple(sorted(
                        [*seg.tables, *(t for t in tables if seg.start <= t.start < max(seg.end, seg.start + 1))],
                        key=lambda t: t.start,
                    )),
                )
                for seg in a_part.segments
            )  # fmt: skip
            a_part = dataclasses.replace(a_part, segments=segs)
    return Document(source, doc_id, path, text, metadata, q_part, a_part)


def iter_json_records(
    path: Path, keep: Callable[[str], object] | None = None
) -> Iterator[tuple[int, dict[str, Any] | None, str]]:
    """(line number, record or None, error) for each record of a JSON Lines file (plain
    or .gz), or of a JSON file holding a list of records, or the UK Parliament API's
    ``{"results": [{"value": {...}}]}``. JSON Lines are decoded a line at a time: a line that
    is not UTF-8 or not JSON is one error, and every other line is still read. UTF-16 files
    and UTF-32 files are read as such, with a warning. ``keep``: a JSON Lines line is parsed only when it says
    so of the raw line (a cheap filter that may keep more than wanted)."""
    opener = gzip.open if path.suffix.lower() == ".gz" else open
    try:
        with opener(path, "rb") as fh:
            head = fh.read(4096)
        kind = container(head)
        if kind:  # a zip named .jsonl: one row, not a row a line of its bytes (lows47)
            raise ReadError(str(path), f"binary content ({kind}) where JSON was expected")
        encoding = wide_encoding(head) or "utf-8"
        if encoding != "utf-8":
            wide = "UTF-32" if "32" in encoding else "UTF-16"
            log.warning("%s: %s text; read as such (UTF-8 is expected)", path, wide)
        if ".json" == path.suffix.lower() or path.name.lower().endswith(".json.gz"):
            yield from _json_records(path, opener, encoding)
        else:
            yield from _json_lines(path, opener, encoding, keep)
    except FileNotFoundError:
        raise ReadError(str(path), "file not found") from None
    except (UnicodeDecodeError, OSError, EOFError, zlib.error) as exc:
        raise ReadError(str(path), f"cannot read as JSON ({type(exc).__name__}: {exc})") from exc


def _json_error(line: str, exc: json.JSONDecodeError) -> str:
    """What is wrong with a JSON Lines line, and at which column: read without its line end, so that a line
    cut short in a string says so ("Unterminated string starting at column 28"), not "Invalid control
    character at" its newline, with no place (lows50)."""
    try:
        json.loads(line.rstrip("\r\n"))
    except json.JSONDecodeError as bare:
        exc = bare
    return f"{exc.msg}{'' if exc.msg.endswith(' at') else ' at'} column {exc.colno}"


def _json_records(path: Path, opener, encoding: str) -> Iterator[tuple[int, dict[str, Any] | None, str]]:
    with opener(path, "rt", encoding="utf-8-sig" if encoding == "utf-8" else encoding) as fh:
        try:
            data = json.load(fh)
        except json.JSONDecodeError as exc:
            raise ReadError(str(path), f"not JSON ({exc.msg} at line {exc.lineno})") from exc
        except UnicodeDecodeError as exc:
            raise ReadError(str(path), f"not UTF-8 text (bad byte at offset {exc.start})") from exc
    items = data.get("results", [data]) if isinstance(data, dict) else data
    if not isinstance(items, list):
        raise ReadError(str(path), "JSON that is neither a list of records nor an API 'results' list")
    for k, item in enumerate(items, 1):
        if isinstance(item, dict) and isinstance(item.get("value"), dict):
            item = item["value"]
        if isinstance(item, dict):
            yield k, item, ""
        else:
            yield k, None, f"item {k}: not a JSON object"


def _json_lines(
    path: Path, opener, encoding: str, keep: Callable[[str], object] | None = None
) -> Iterator[tuple[int, dict[str, Any] | None, str]]:
    if encoding == "utf-8":
        fh = opener(path, "rb")
        lines = enumerate(fh, 1)
    else:  # UTF-16, UTF-32: bytes cannot be split at line breaks before decoding
        fh = opener(path, "rt", encoding=encoding)
        lines = enumerate(fh, 1)
    lineno = 0
    with fh:
        while True:
            try:
                lineno, raw = next(lines)
            except StopIteration:
                return
            except (OSError, EOFError, zlib.error, UnicodeDecodeError) as exc:
                yield lineno + 1, None, f"from line {lineno + 1} on: the file is cut short or corrupt ({exc})"
                return
            if isinstance(raw, bytes):
                try:
                    line = raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
                except UnicodeDecodeError as exc:
                    yield (
                        lineno,
                        None,
                        f"line {lineno}: not UTF-8 (byte 0x{raw[exc.start]:02x} at column {exc.start + 1})",
                    )
                    continue
            else:
                line = raw.lstrip("\ufeff")
            if not line.strip() or (keep is not None and not keep(line)):
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                yield lineno, None, f"line {lineno}: not JSON ({_json_error(line, exc)})"
                continue
            if not isinstance(rec, dict):
                yield lineno, None, f"line {lineno}: not a JSON object"
                continue
            yield lineno, rec, ""


def first_record(path: Path, within: int = 20) -> dict[str, Any] | None:
    """The first JSON object among a file's first records, for recognising its layout."""
    for lineno, rec, _error in iter_json_records(path):
        if rec is not None:
            return rec
        if lineno >= within:
            break
    return None


def id_among(ids: Collection[str], field: str) -> Callable[[str], bool]:
    """A test of a raw record line: false when the record's first field is ``field`` with a
    value not among ``ids`` (a string or an integer), true otherwise (then the line is parsed
    and its id told after). Records whose id comes first, as in the Belgian and UK files, are
    thus skipped without parsing."""
    head = re.compile(r'\s*\{\s*"' + re.escape(field) + r'"\s*:\s*(?:"([^"\\]*)"|(-?\d+))\s*[,}]')
    wanted = frozenset(i.strip() for i in ids)  # ids are read stripped (``record_id``)

    def keep(line: str) -> bool:
        m = head.match(line)
        return m is None or (m.group(1) if m.group(1) is not None else m.group(2)).strip() in wanted

    return keep


def read_record_file(
    path: Path,
    source: str,
    read_record: Callable[[Mapping[str, Any], str], Document],
    ids: Collection[str] | None = None,
    id_field: str = "",
) -> Iterator[Document | Problem]:
    """Every record of a JSON Lines or JSON file read by ``read_record``: a Document, or
    a Problem for a record that is not JSON or cannot be read. With ``ids`` (and the records'
    ``id_field``), lines that certainly hold another record are not parsed (``id_among``);
    the caller keeps the documents of those ids."""
    keep = id_among(ids, id_field) if ids is not None else None
    records = 0

    def counted() -> Iterator[tuple[int, dict[str, Any] | None, str]]:
        nonlocal records
        for found in iter_json_records(path, keep):
            records += 1
            yield found

    yield from read_records(counted(), str(path), source, read_record)
    if not records and keep is None:  # (with ``ids``, lines of other records are passed over)
        yield Problem(str(path), NO_RECORDS, source)


NO_RECORDS = "no records (an empty list, or only blank lines)"


def read_records(
    found: Iterable[tuple[int, Mapping[str, Any] | None, str]],
    path: str,
    source: str,
    read_record: Callable[[Mapping[str, Any], str], Document],
) -> Iterator[Document | Problem]:
    """Documents of ``iter_json_records``' (line number, record or None, error) triples: a
    Problem for a line that held no record, for a record ``read_record`` refuses, and for a record
    whose id an earlier line of the same triples gave (``FirstOfEachId``, naming both lines)."""
    from . import FirstOfEachId, problem_from

    ids = FirstOfEachId()  # an id twice in the file: the later one's line named (lows46)
    for lineno, rec, error in found:
        if rec is None:
            yield Problem(path, error, source, f"record {lineno}")
            continue
        try:
            doc = read_record(rec, path)
        except ReadError as exc:
            yield problem_from(exc, doc_id=f"record {lineno}", source=source)
            continue
        yield ids.repeated(doc, f"line {lineno}") or doc


def file_looks_like(path: Path, looks_like: Callable[[Mapping[str, Any]], bool], within: int = 20) -> bool:
    """Whether a JSON object among the file's first ``within`` records passes ``looks_like``:
    one broken or incomplete record at the top does not make the whole file unrecognised."""
    for lineno, rec, _error in iter_json_records(path):
        if rec is not None and looks_like(rec):
            return True
        if lineno >= within:
            break
    return False


@dataclasses.dataclass(frozen=True)
class RecordLayout:
    """A layout of records, as registered by ``register_records``: for reading records that
    are not in a file (the rows of a DataFrame, records sent to a worker)."""

    source: str
    looks_like: Callable[[Mapping[str, Any]], bool]
    read_record: Callable[[Mapping[str, Any], str], Document]
    id_field: str


RECORD_LAYOUTS: dict[str, RecordLayout] = {}  # by source name, filled by ``register_records``


def register_records(
    source: str,
    suffixes: tuple[str, ...],
    looks_like: Callable[[Mapping[str, Any]], bool],
    read_record: Callable[[Mapping[str, Any], str], Document],
    id_field: str,
    description: str,
    priority: int = 10,
) -> None:
    """Register the reader of a layout of JSON records: a file is of it when its first record
    ``looks_like`` one; each record is read by ``read_record``; ``id_field`` names the id, so
    that reading some documents only parses no other record whose id comes first."""
    from . import Reader, register

    RECORD_LAYOUTS[source] = RecordLayout(source, looks_like, read_record, id_field)
    register(
        Reader(
            source,
            suffixes,
            read=lambda path: read_record_file(path, source, read_record),
            looks_like=lambda path: file_looks_like(path, looks_like),
            priority=priority,
            description=description,
            read_some=lambda path, ids: read_record_file(path, source, read_record, ids, id_field),
        )
    )
