"""Reader for UK House of Commons written questions, as records of the UK Parliament's
written-questions API (``id``, ``uin``, ``heading``, ``questionText``, ``answerText`` as
HTML, ``answeringBodyName``, ``dateTabled``, ``dateAnswered``, ``answerIsHolding``,
``groupedQuestions``, ...): JSON Lines (plain or .gz) with one record a line, or the API's
own JSON with a ``results`` list of ``{"value": {...}}``.

A UK question is asked in one sentence: it is one unit (``n`` "1"), its inline parts
``(a) ... (b) ...`` kept as that unit's parts. The answer is unnumbered: one segment
``*`` with its HTML tables kept as tables.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from ..errors import ReadError
from ..types import Document, Metadata, Problem
from .records import (
    FieldError,
    build_document,
    date_value,
    file_looks_like,
    meta_text,
    read_record_file,
    record_id,
    record_text,
    register_records,
)

SOURCE = "uk-commons"
FIELDS = ("id", "questionText", "answerText")
_EXTRA = (
    "uin", "answeringBodyName", "dateAnswered", "answerIsHolding", "answerIsCorrection",
    "askingMemberId", "answeringMemberId", "isWithdrawn", "dateHoldingAnswer",
)  # fmt: skip


def looks_like(record: Mapping[str, Any]) -> bool:
    return all(k in record for k in FIELDS)


def _member(value: Any, field: str, where: str) -> str:
    """A member field: the API gives either a name or an object with ``name``."""
    if isinstance(value, Mapping):
        return meta_text(value.get("name") or value.get("listAs"), f"{field}.name", where)
    return meta_text(value, field, where)


def read_record(record: Mapping[str, Any], path: str) -> Document:
    try:
        doc_id = record_id(record.get("id"), "id")
    except FieldError as exc:
        raise ReadError(path, str(exc), source=SOURCE) from None
    if not doc_id:
        raise ReadError(path, "record without id", source=SOURCE)
    if record.get("isWithdrawn") is True:
        raise ReadError(path, "the question was withdrawn", doc_id=doc_id, source=SOURCE, unanswered=True)
    try:
        question = record_text(record.get("questionText"), "questionText")
        answer = record_text(record.get("answerText"), "answerText")
    except FieldError as exc:
        raise ReadError(path, str(exc), doc_id=doc_id, source=SOURCE) from None
    where = f"{path} [{doc_id}]"

    def meta(key: str) -> str:
        return meta_text(record.get(key), key, where)

    grouped = record.get("groupedQuestions") or []
    extra = [(k, v) for k in _EXTRA if (v := meta(k))]
    if isinstance(grouped, list) and grouped:
        extra.append(("groupedQuestions", ",".join(meta_text(g, "groupedQuestions", where) for g in grouped)))
    heading = meta("heading")
    metadata = Metadata(
        number=meta("uin"),
        date=date_value(record.get("dateTabled"), "dateTabled", where),
        questioner=_member(record.get("askingMember"), "askingMember", where),
        minister=_member(record.get("answeringMember"), "answeringMember", where)
        or meta("answeringBodyName"),
        minister_title=meta("answeringBodyName"),
        subject=heading,
        title=heading,
        language="en",
        extra=tuple(extra),
        date_answered=date_value(record.get("dateAnswered"), "dateAnswered", where),
    )
    return build_document(SOURCE, doc_id, path, question, answer, metadata, single_unit=True)


def read_file(path: Path) -> Iterator[Document | Problem]:
    """Every record of a UK written-questions file: a Document or a Problem each."""
    return read_record_file(path, SOURCE, read_record)


def looks_like_file(path: Path) -> bool:
    """Whether the file's first record is one of this source's."""
    return file_looks_like(path, looks_like)


# the records' fields tell be-kamer and uk-commons apart: the same priority
register_records(
    SOURCE,
    (".jsonl", ".jsonl.gz", ".json", ".json.gz"),
    looks_like,
    read_record,
    id_field="id",
    description="UK House of Commons written questions (written-questions API records)",
)
