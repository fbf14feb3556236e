"""A pandas DataFrame of records in, the score rows out as a DataFrame of fixed schema: the
function a distributed engine maps over partitions (Dask's ``map_partitions``, Ray Data's
``map_batches(batch_format="pandas")``, Spark's ``mapInPandas``).

The input frame holds one of:

- the records of a known layout, by their field names (``be-kamer``: ``doc_id``,
  ``question``, ``answer`` and its metadata fields; ``uk-commons``: ``id``, ``questionText``,
  ``answerText``, ...), as the JSON Lines readers take them;
- any columns, named by ``columns`` (``readers.tabular.Columns``, as ``--id-col`` and the
  other column options name them for the table reader);
- a ``path`` column of files (any kind a reader takes), each read as ``qa-align score``
  reads a file it is given.

The output has the score table's columns (``output.COLUMNS``, typed as ``output.frame``
types them) and ``problem``: empty for a scored pair; for a row or file that could not be
read or scored, the reason (its ``source`` and ``doc_id`` filled, the rest empty), as the
CLI's errors file lists it. The batch-wide steps (text recycled across documents,
similarity fitted on the batch, identifiability drawn per source) see the frame's documents
only: a partition is a batch.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import ConfigError, ReadError
from .output import COLUMNS, frame
from .readers import load_readers, problem_from, read_paths
from .readers.records import RECORD_LAYOUTS, RecordLayout, read_records
from .readers.tabular import Columns, read_row, read_text_row
from .settings import Settings
from .types import Document, Problem, ScoredPair

if TYPE_CHECKING:
    import pandas as pd

log = logging.getLogger(__name__)
FRAME_COLUMNS = (*COLUMNS, "problem")
FRAME_PATH = "<frame>"  # the path given to documents read from a frame's rows


def schema() -> pd.DataFrame:
    """The empty frame of ``score_frame``: its columns and their types (Dask's ``meta``)."""
    return rows_frame([], [])


_SQL_TYPES = {"object": "string", "float64": "double", "Int64": "bigint", "boolean": "boolean"}


def ddl_schema() -> str:
    """The schema of ``score_frame``'s rows as a DDL string (``"source string, ..."``), as
    Spark's ``mapInPandas(..., schema=...)`` takes it."""
    return ", ".join(f"{name} {_SQL_TYPES[str(dtype)]}" for name, dtype in schema().dtypes.items())


def rows_frame(scored: list[ScoredPair], problems: list[Problem], max_chars: int = 32000) -> pd.DataFrame:
    """Scored pairs, then problems, as rows of ``FRAME_COLUMNS``: text columns of Python
    strings (dtype ``object``, whatever the pandas version infers), the numbers and
    ``on_time`` as ``output.frame`` types them."""
    import pandas as pd

    df = frame(scored, max_chars)
    df["problem"] = ""
    if problems:
        bad = pd.DataFrame(
            [{"source": p.source, "doc_id": p.doc_id, "problem": p.reason} for p in problems],
            columns=list(FRAME_COLUMNS),
        )
        df = pd.concat([df, bad], ignore_index=True) if len(df) else bad
    typed = {c: t for c, t in frame([]).dtypes.items() if t.kind != "O"}  # the numbers, on_time
    text = [c for c in FRAME_COLUMNS if c not in typed]
    df[text] = df[text].astype(object).where(df[text].notna(), "")
    return df.astype({**dict.fromkeys(text, object), **typed})


def _plain(value: Any) -> Any:
    """A cell as the record readers take it: numpy scalars and arrays (as Parquet gives them)
    as Python numbers and lists."""
    if hasattr(value, "tolist") and not isinstance(value, str):
        return value.tolist()
    return value


def _missing(value: Any) -> bool:
    import pandas as pd

    return not isinstance(value, (list, tuple, dict)) and bool(pd.isna(value))


def _record(row: Mapping[str, Any]) -> dict[str, Any]:
    """A row as a record: missing cells (NaN, None, NA) left out, as a missing field."""
    out = {}
    for key, value in row.items():
        value = _plain(value)
        if not _missing(value):
            out[str(key)] = value
    return out


def record_layout(names: list[str], source: str | None = None) -> RecordLayout | None:
    """The record layout whose fields the frame's column ``names`` hold (or the one of
    ``source``); None when none does. ``ConfigError`` for a ``source`` that is no record layout."""
    load_readers()
    if source:
        if source not in RECORD_LAYOUTS:
            raise ConfigError(
                f"source {source!r} is not a layout of records; record layouts: {', '.join(sorted(RECORD_LAYOUTS))}"
            )
        return RECORD_LAYOUTS[source]
    present = dict.fromkeys(names)
    for name in sorted(RECORD_LAYOUTS):
        if RECORD_LAYOUTS[name].looks_like(present):
            return RECORD_LAYOUTS[name]
    return None


def frame_documents(
    df: pd.DataFrame, columns: Columns | None = None, source: str | None = None
) -> Iterator[Document | Problem]:
    """The documents of the frame's rows, in order, and a ``Problem`` for each row (or file)
    that cannot be read. Raises ``ConfigError`` when the frame is of no layout it can read."""
    names = [str(c) for c in df.columns]
    if columns is not None:
        missing = [name for name in columns.named().values() if name not in names]
        if missing:
            raise ConfigError(
                f"the frame has no column {', '.join(missing)}; its columns: {', '.join(names)}"
            )
        for k, row in enumerate(df.to_dict(orient="records"), 1):
            try:
                if columns.text:
                    yield from read_text_row(_record(row), columns, FRAME_PATH)
                else:
                    yield read_row(_record(row), columns, FRAME_PATH)
            except ReadError as exc:
                yield problem_from(exc, doc_id=f"row {k}", source=columns.source)
        return
    layout = record_layout(names, source if source and "path" not in names else None)
    if layout is not None:
        found = ((k, _record(row), "") for k, row in enumerate(df.to_dict(orient="records"), 1))
        for item in read_records(found, FRAME_PATH, layout.source, layout.read_record):
            if isinstance(item, Problem) and item.doc_id.startswith("record "):
                item = dataclasses.replace(item, doc_id="row " + item.doc_id[len("record ") :])
            yield item
        return
    if "path" in names:
        paths = [Path(str(p)) for p in df["path"] if not _missing(p)]
        yield from read_paths(paths, source)
        return
    raise ConfigError(
        f"a frame of columns {', '.join(names) or '(none)'} is of no known layout: give the records of a "
        f"known layout ({', '.join(sorted(RECORD_LAYOUTS))}: the fields of their JSON Lines files), a 'path' "
        f"column of files, or name the columns with columns=Columns(...)"
    )


def score_frame(
    df: pd.DataFrame,
    settings: Settings | None = None,
    *,
    columns: Columns | None = None,
    source: str | None = None,
) -> pd.DataFrame:
    """Every pair of the frame's documents as a row of ``FRAME_COLUMNS`` (all pairs, flagged or
    not), then a row for each record or file that could not be read or scored (its
    ``problem`` says why). ``columns`` names the columns of a table of no known layout;
    ``source`` forces a reader. Scored in this process (``settings.jobs`` 0 is taken as 1:
    the engine that calls it spreads the partitions)."""
    from .pipeline import iter_scored

    if df.empty:
        return schema()
    settings = settings or Settings()
    if settings.jobs == 0:
        settings = settings.replace(jobs=1)
    documents: list[Document] = []
    problems: list[Problem] = []
    for item in frame_documents(df, columns, source):
        (problems if isinstance(item, Problem) else documents).append(item)  # type: ignore[arg-type]
    scored: list[ScoredPair] = []
    for item in iter_scored(documents, settings) if documents else ():
        (problems if isinstance(item, Problem) else scored).append(item)  # type: ignore[arg-type]
    return rows_frame(scored, problems, settings.max_cell_chars)
