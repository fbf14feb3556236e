"""Reader for the Belgian federal Chamber's written questions as records
(``be-kamer-2017/questions.jsonl``: ``doc_id``, ``date_tabled``, ``author``, ``department``,
``themes``, ``question``, ``answer``).

The numbering runs on inline (``...per missie?2. Kunt u ...``); the question opens with its
subject line (``Lijn Brussel-Luxemburg. - Technisch incident.``) and a blank line; tables
were stripped from the answers and left placeholder codes (``2016201713989-12-1014-fr-nl-1``),
kept as tables that stood there.

A record's ``Document.text`` is its question, a blank line, and its answer: offsets point
into that.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from ..errors import ReadError
from ..segment import segment_answer, segment_question
from ..textclean import inline_lines
from ..types import Document, Metadata, Problem
from .records import (
    FieldError,
    date_value,
    file_looks_like,
    meta_text,
    read_record_file,
    record_id,
    record_text,
    register_records,
)

SOURCE = "be-kamer"
FIELDS = ("doc_id", "question", "answer")  # the rest (department, date_tabled, author, ...) is metadata
SEPARATOR = "\n\n"
_ANSWER_MARKER = re.compile(r"(?<![A-Za-z])Antwoord\s*:?\s*(?=1\s*[.)])")


def looks_like(record: Mapping[str, Any]) -> bool:
    return all(k in record for k in FIELDS)


def read_record(record: Mapping[str, Any], path: str) -> Document:
    """A ``Document`` from one record. Raises ``ReadError`` when it has no question or no answer."""
    try:
        doc_id = record_id(record.get("doc_id"), "doc_id")
    except FieldError as exc:
        raise ReadError(path, str(exc), source=SOURCE) from None
    if not doc_id:
        raise ReadError(path, "record without doc_id", source=SOURCE)

    def fail(reason: str, unanswered: bool = False) -> ReadError:
        return ReadError(path, reason, doc_id=doc_id, source=SOURCE, unanswered=unanswered)

    try:
        question = record_text(record.get("question"), "question")
        answer = record_text(record.get("answer"), "answer")
    except FieldError as exc:
        raise fail(str(exc)) from None
    where = f"{path} [{doc_id}]"

    def meta(key: str) -> str:
        return meta_text(record.get(key), key, where)

    if not question.strip():
        raise fail("the record has no question text")
    if not answer.strip():
        raise fail("no answer (the question was not answered)", unanswered=True)
    text = question + SEPARATOR + answer
    # the subject line ends at the first blank line
    blank = question.find("\n\n")
    subject_end = blank if blank != -1 and blank < 400 else 0
    subject = " ".join(question[:subject_end].split())
    q_lines = inline_lines(text, subject_end, len(question))
    a_start = len(question) + len(SEPARATOR)
    # an erratum that quotes the question before its "Antwoord1. ..." is segmented from that word on
    marker = _ANSWER_MARKER.search(answer)
    if marker and marker.start() > 0:
        a_start += marker.end()
    a_lines = inline_lines(text, a_start, len(text))
    q_part = segment_question(q_lines)
    if not q_part.units:
        raise fail("the question part is empty")
    a_part = segment_answer(a_lines, tuple(u.number for u in q_part.units if u.number))
    themes = tuple(t.strip() for t in re.split(r"[,\n]", meta("themes")) if t.strip())
    metadata = Metadata(
        number=doc_id,
        date=date_value(record.get("date_tabled"), "date_tabled", where),
        questioner=meta("author"),
        minister=meta("department"),
        minister_title=meta("subdepartment"),
        subject=subject,
        title=subject,
        themes=themes,
        language="nl",
        extra=tuple(
            (k, v) for k in ("party", "author_language", "theme_main") if record.get(k) and (v := meta(k))
        ),
    )
    return Document(SOURCE, doc_id, path, text, metadata, q_part, a_part)


def read_file(path: Path) -> Iterator[Document | Problem]:
    """Every record of a Belgian Chamber JSON Lines file: a Document or a Problem each."""
    return read_record_file(path, SOURCE, read_record)


def looks_like_file(path: Path) -> bool:
    """Whether the file's first record is one of this source's."""
    return file_looks_like(path, looks_like)


# the records' fields tell be-kamer and uk-commons apart: the same priority
register_records(
    SOURCE,
    (".jsonl", ".jsonl.gz"),
    looks_like,
    read_record,
    id_field="doc_id",
    description="Belgian federal Chamber written questions as JSON Lines records",
)
