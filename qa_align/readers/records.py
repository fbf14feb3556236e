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
import re
from collections.abc import Callable, Collection, Iterator, Mapping
from pathlib import Path
from typing import Any

from ..errors import ReadError
from ..segment import inline_parts, segment_answer, segment_question
from ..textclean import inline_lines, join_lines, split_lines
from ..types import AnswerPart, AnswerSegment, Document, Metadata, Problem, Question, QuestionPart, Table
from .html_text import html_to_text

SEPARATOR = "\n\n"
_HTML = re.compile(r"<(?:p|br|table|div|li|ul|ol|span|strong|em|a)\b[^>]*>", re.IGNORECASE)


def text_value(value: Any) -> str:
    """A field as a string: ``""`` for None and NaN."""
    if value is None or (isinstance(value, float) and value != value):
        return ""
    return str(value)


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
        q_part = dataclasses.replace(q_part, units=tuple(inline_parts(u) for u in q_part.units))
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
    ``{"results": [{"value": {...}}]}``. ``keep``: a JSON Lines line is parsed only when it
    says so of the raw line (a cheap filter that may keep more than wanted)."""
    opener = gzip.open if path.suffix == ".gz" else open
    try:
        if ".json" == path.suffix.lower() or path.name.lower().endswith(".json.gz"):
            with opener(path, "rt", encoding="utf-8") as fh:
                try:
                    data = json.load(fh)
                except json.JSONDecodeError as exc:
                    raise ReadError(str(path), f"not JSON ({exc.msg} at line {exc.lineno})") from exc
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
            return
        with opener(path, "rt", encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, 1):
                if not line.strip() or (keep is not None and not keep(line)):
                    continue
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as exc:
                    yield lineno, None, f"line {lineno}: not JSON ({exc.msg})"
                    continue
                if not isinstance(rec, dict):
                    yield lineno, None, f"line {lineno}: not a JSON object"
                    continue
                yield lineno, rec, ""
    except FileNotFoundError:
        raise ReadError(str(path), "file not found") from None
    except (UnicodeDecodeError, OSError, EOFError) as exc:
        raise ReadError(str(path), f"cannot read as JSON ({type(exc).__name__}: {exc})") from exc


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
    wanted = frozenset(ids)

    def keep(line: str) -> bool:
        m = head.match(line)
        return m is None or (m.group(1) if m.group(1) is not None else m.group(2)) in wanted

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
    from . import problem_from

    keep = id_among(ids, id_field) if ids is not None else None
    for lineno, rec, error in iter_json_records(path, keep):
        if rec is None:
            yield Problem(str(path), error, source)
            continue
        try:
            yield read_record(rec, str(path))
        except ReadError as exc:
            yield problem_from(exc, doc_id=f"record {lineno}", source=source)


def file_looks_like(path: Path, looks_like: Callable[[Mapping[str, Any]], bool]) -> bool:
    """Whether the first JSON object among the file's first records passes ``looks_like``."""
    rec = first_record(path)
    return rec is not None and looks_like(rec)


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
