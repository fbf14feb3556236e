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
from .records import build_document, file_looks_like, read_record_file, register_records, text_value

SOURCE = "uk-commons"
FIELDS = ("id", "questionText", "answerText")
_EXTRA = (
    "uin", "answeringBodyName", "dateAnswered", "answerIsHolding", "answerIsCorrection",
    "askingMemberId", "answeringMemberId", "isWithdrawn", "dateHoldingAnswer",
)  # fmt: skip


def looks_like(record: Mapping[str, Any]) -> bool:
    return all(k in record for k in FIELDS)


def _member(value: Any) -> str:
    """A member field: the API gives either a name or an object with ``name``."""
    if isinstance(value, Mapping):
        return text_value(value.get("name") or value.get("listAs"))
    return text_value(value)


def read_record(record: Mapping[str, Any], path: str) -> Document:
    doc_id = text_value(record.get("id")).strip()
    if not doc_id:
        raise ReadError(path, "record without id", source=SOURCE)
    if record.get("isWithdrawn") is True:
        raise ReadError(path, "the question was withdrawn", doc_id=doc_id, source=SOURCE, unanswered=True)
    grouped = record.get("groupedQuestions") or []
    extra = [(k, text_value(record.get(k))) for k in _EXTRA if text_value(record.get(k))]
    if grouped:
        extra.append(("groupedQuestions", ",".join(text_value(g) for g in grouped)))
    heading = text_value(record.get("heading"))
    metadata = Metadata(
        number=text_value(record.get("uin")),
        date=text_value(record.get("dateTabled"))[:10],
        questioner=_member(record.get("askingMember")),
        minister=_member(record.get("answeringMember")) or text_value(record.get("answeringBodyName")),
        minister_title=text_value(record.get("answeringBodyName")),
        subject=heading,
        title=heading,
        language="en",
        extra=tuple(extra),
        date_answered=text_value(record.get("dateAnswered"))[:10],
    )
    return build_document(
        SOURCE,
        doc_id,
        path,
        text_value(record.get("questionText")),
        text_value(record.get("answerText")),
        metadata,
        single_unit=True,
    )


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
