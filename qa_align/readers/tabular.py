"""Reader for tables of questions and answers in any layout: CSV, TSV, JSON Lines (plain
or .gz), JSON and Parquet, read with pandas, with the id, question and answer columns
named by the user (``--id-col``, ``--question-col``, ``--answer-col``) and optional
metadata columns. A column that is not in the file fails with the list of the columns
the file has. With ``--text-col`` one column holds a whole document's text (a flempar
export, a CSV of PDF texts), read by the reader of ``--source`` (``vlaams-parlement``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from ..errors import ConfigError, ReadError
from ..types import Document, Metadata, Problem
from . import problem_from
from .records import build_document, text_value

SUFFIXES = (".csv", ".tsv", ".jsonl", ".jsonl.gz", ".ndjson", ".json", ".parquet", ".csv.gz")


@dataclass(frozen=True)
class Columns:
    """Which column holds what. ``id`` is required, and ``question`` and ``answer``, or
    ``text`` (the whole document, read by the reader of ``source``)."""

    id: str
    question: str | None = None
    answer: str | None = None
    date: str | None = None
    questioner: str | None = None
    minister: str | None = None
    title: str | None = None
    language: str | None = None
    source: str = "table"  # the source name given to the documents
    single_unit: bool = False  # each question one unit (no numbering looked for)
    text: str | None = None  # the column holding a whole document (question and answer)

    def named(self) -> dict[str, str]:
        """The column names the user gave, by role."""
        skip = {"source", "single_unit"}
        return {
            f.name: getattr(self, f.name)
            for f in fields(self)
            if f.name not in skip and getattr(self, f.name)
        }


def suffix_of(path: Path) -> str:
    double = "".join(path.suffixes[-2:]).lower()
    return double if double in SUFFIXES else path.suffix.lower()


def load_frame(path: Path):
    """The file as a DataFrame of strings. Raises ``ReadError`` when it cannot be read."""
    import pandas as pd

    kind = suffix_of(path)
    if not path.exists():
        raise ReadError(str(path), "file not found")
    try:
        if kind in (".csv", ".csv.gz"):
            return pd.read_csv(path, dtype=str, keep_default_na=False, encoding_errors="strict")
        if kind == ".tsv":
            return pd.read_csv(path, sep="\t", dtype=str, keep_default_na=False)
        if kind in (".jsonl", ".jsonl.gz", ".ndjson"):
            return pd.read_json(path, lines=True, dtype=False)
        if kind == ".json":
            return pd.read_json(path, dtype=False)
        if kind == ".parquet":
            return pd.read_parquet(path)
    except UnicodeDecodeError as exc:
        raise ReadError(str(path), f"not UTF-8 text (bad byte at offset {exc.start})") from exc
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


def check_columns(path: Path, available: list[str], columns: Columns) -> None:
    missing = [
        f"--{role.replace('_', '-')}-col {name!r}"
        for role, name in columns.named().items()
        if name not in available
    ]
    if missing:
        raise ConfigError(
            f"{path}: no column {', '.join(missing)}; the file's columns are: {', '.join(map(str, available))}"
        )


def read_row(row: dict[str, Any], columns: Columns, path: str) -> Document:
    doc_id = text_value(row.get(columns.id)).strip()
    if not doc_id:
        raise ReadError(path, f"row without a value in {columns.id!r}", source=columns.source)

    def get(col: str | None) -> str:
        return text_value(row.get(col)) if col else ""

    metadata = Metadata(
        number=doc_id,
        date=get(columns.date)[:10],
        questioner=get(columns.questioner),
        minister=get(columns.minister),
        title=get(columns.title),
        subject=get(columns.title),
        language=get(columns.language) or "nl",
    )
    return build_document(
        columns.source,
        doc_id,
        path,
        get(columns.question),
        get(columns.answer),
        metadata,
        columns.single_unit,
    )


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
    doc_id = text_value(row.get(columns.id)).strip()
    if not doc_id:
        raise ReadError(path, f"row without a value in {columns.id!r}", source=columns.source)

    def get(col: str | None) -> str:
        return text_value(row.get(col)).strip() if col else ""

    read = document_reader(columns.source)
    documents = read(get(columns.text), path, doc_id, get(columns.title))
    given = {
        "date": get(columns.date)[:10],
        "questioner": get(columns.questioner),
        "minister": get(columns.minister),
    }
    given = {k: v for k, v in given.items() if v}
    if columns.title and get(columns.title):
        given["title"] = get(columns.title)
    return [dataclasses.replace(d, metadata=dataclasses.replace(d.metadata, **given)) for d in documents]


def read_file(path: Path, columns: Columns) -> Iterator[Document | Problem]:
    """Every row of a table file: a Document (or, with ``columns.text``, the documents of
    its text) or a Problem each. An unknown column raises ``ConfigError`` naming the
    columns the file has."""
    if columns.text:
        document_reader(columns.source)  # a source that cannot read a text fails before any row
    elif not (columns.question and columns.answer):
        raise ConfigError("name the question and answer columns, or one column holding the whole text")
    df = load_frame(path)
    check_columns(path, [str(c) for c in df.columns], columns)
    for k, row in enumerate(df.to_dict(orient="records"), 1):
        try:
            if columns.text:
                yield from read_text_row(row, columns, str(path))
            else:
                yield read_row(row, columns, str(path))
        except ReadError as exc:
            yield problem_from(exc, doc_id=f"row {k}", source=columns.source)
