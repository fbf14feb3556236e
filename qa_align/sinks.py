"""The score table written where people query it, in the format the output's suffix names:
``.csv`` (``output.CsvWriter``), ``.parquet`` (typed columns), ``.sqlite`` (tables
``documents``, ``pairs``, ``evidence`` and ``problems`` with keys between them); and read
back as the DataFrame ``output.frame`` gives.

Every format is written as the CSV is: under a temporary name beside the output, renamed at
the end (``output.AtomicFiles``), rows streamed a chunk at a time. The Dask engine writes
Parquet as a folder of part files instead, one a partition, each renamed in place when written
and kept by a re-run that finds it up to date (``PartFolder``, ``engine.write_parts``). Problems (files that
could not be read, unanswered questions, skipped files) go into the SQLite file's table
``problems``; beside a CSV or Parquet file they go into an errors CSV, as before.
"""

from __future__ import annotations

import hashlib
import itertools
import logging
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import ConfigError, OutputError
from .output import (
    COLUMNS,
    FLAG_COLUMNS,
    NUMBER_TYPES,
    PROBLEM_COLUMNS,
    AtomicFiles,
    ChunkWriter,
    CsvWriter,
    check_output,
    flag_rows,
    frame,
    read_csv,
    row,
    write_problems,
)
from .types import Document, Problem, ScoredPair

if TYPE_CHECKING:
    import pandas as pd

log = logging.getLogger(__name__)


# the output's suffix -> its format
FORMATS = {".csv": "csv", ".parquet": "parquet", ".sqlite": "sqlite", ".sqlite3": "sqlite", ".db": "sqlite"}
PARQUET_CHUNK = 8192  # pairs a row group of the Parquet file holds (at most)
SQLITE_CHUNK = 2000  # pairs inserted at once
SCHEMA_VERSION = 1  # the SQLite file's ``PRAGMA user_version``

# The SQLite file. Keys are numbers given in the order of the output; what the CSV leaves
# empty is NULL. Indexes are made at the end (inserting into a table without them is faster).
SQLITE_SCHEMA = """
CREATE TABLE documents (
    doc_key INTEGER PRIMARY KEY,
    source TEXT NOT NULL,
    doc_id TEXT NOT NULL,
    path TEXT,
    language TEXT,
    date TEXT,
    questioner TEXT,
    minister TEXT,
    title TEXT,
    date_answered TEXT,
    days_to_answer INTEGER,
    on_time INTEGER CHECK (on_time IN (0, 1))
);
CREATE TABLE pairs (
    pair_key INTEGER PRIMARY KEY,
    doc_key INTEGER NOT NULL REFERENCES documents (doc_key),
    question_no TEXT NOT NULL,
    answer_no TEXT,
    question TEXT,
    answer TEXT,
    question_start INTEGER NOT NULL,
    question_end INTEGER NOT NULL,
    similarity REAL,
    score REAL,
    identifiability REAL,
    flags TEXT,
    evidence TEXT
);
CREATE TABLE evidence (
    evidence_key INTEGER PRIMARY KEY,
    pair_key INTEGER NOT NULL REFERENCES pairs (pair_key),
    flag TEXT NOT NULL,
    reason TEXT,
    part TEXT CHECK (part IN ('question', 'answer')),
    start INTEGER,
    "end" INTEGER,
    text TEXT,
    related TEXT
);
CREATE TABLE problems (
    problem_key INTEGER PRIMARY KEY,
    source TEXT,
    doc_id TEXT,
    path TEXT NOT NULL,
    reason TEXT NOT NULL,
    unanswered INTEGER NOT NULL CHECK (unanswered IN (0, 1)),
    skipped INTEGER NOT NULL CHECK (skipped IN (0, 1))
);
"""
SQLITE_INDEXES = """
CREATE INDEX documents_source_doc_id ON documents (source, doc_id);
CREATE INDEX documents_doc_id ON documents (doc_id);
CREATE INDEX pairs_doc_key ON pairs (doc_key);
CREATE INDEX evidence_pair_key ON evidence (pair_key);
CREATE INDEX evidence_flag ON evidence (flag);
CREATE INDEX problems_source_doc_id ON problems (source, doc_id);
"""
_DOCUMENT_COLUMNS = (
    "doc_key", "source", "doc_id", "path", "language", "date", "questioner", "minister", "title",
    "date_answered", "days_to_answer", "on_time",
)  # fmt: skip
_PAIR_COLUMNS = (
    "pair_key", "doc_key", "question_no", "answer_no", "question", "answer", "question_start",
    "question_end", "similarity", "score", "identifiability", "flags", "evidence",
)  # fmt: skip
_EVIDENCE_COLUMNS = ("evidence_key", "pair_key", "flag", "reason", "part", "start", "end", "text", "related")


def _empty_is_null(value: Any) -> Any:
    return None if value == "" else value


class ParquetWriter(ChunkWriter):
    """The score table as a Parquet file with typed columns (``arrow_schema``), a row group
    per ``chunk`` pairs. Needs pyarrow (the ``parquet`` extra): without it, an
    ``OutputError`` when the writer is made, before anything is read."""

    def __init__(self, path: str | Path, max_chars: int = 32000, chunk: int = PARQUET_CHUNK) -> None:
        try:
            import pyarrow.parquet as pq
        except ImportError:
            raise OutputError(
                f"{path}: writing Parquet needs pyarrow: pip install 'qa-align[parquet]'"
            ) from None
        super().__init__(path, max_chars, chunk)
        self.schema = arrow_schema()
        self._file = pq.ParquetWriter(self.path, self.schema)

    def write(self, df: pd.DataFrame) -> None:
        import pyarrow as pa

        if len(df):  # (the file's columns are written when it is closed, rows or not)
            self._file.write_table(pa.Table.from_pandas(df, schema=self.schema, preserve_index=False))

    def close(self) -> None:
        super().close()
        self._file.close()

    def abort(self) -> None:
        self._file.close()


def arrow_schema():
    """The Parquet file's columns (``COLUMNS``): the numbers as ``double`` and ``int64``,
    ``on_time`` as ``bool``, the rest (ids, texts, ISO dates) as ``string``; with pandas'
    metadata, so ``pandas.read_parquet`` gives ``Int64`` and ``boolean`` back."""
    import pyarrow as pa

    types = {
        "similarity": pa.float64(),
        "score": pa.float64(),
        "identifiability": pa.float64(),
        "days_to_answer": pa.int64(),
        "on_time": pa.bool_(),
    }
    schema = pa.schema([(c, types.get(c, pa.string())) for c in COLUMNS])
    return pa.Table.from_pandas(frame([]), schema=schema, preserve_index=False).schema


class SqliteWriter:
    """The score table as a SQLite file (``SQLITE_SCHEMA``): a ``documents`` row for each
    document with pairs in the output, a ``pairs`` row per pair, an ``evidence`` row per piece
    of evidence (a flag without evidence: one row, offsets NULL), a ``problems`` row per
    problem. Keys are given in the output's order; the pairs of one document come one after
    the other in the pipeline's output, so a new ``documents`` row starts where the document
    changes (a document seen again later gets a second row)."""

    def __init__(self, path: str | Path, max_chars: int = 32000, chunk: int = SQLITE_CHUNK) -> None:
        self.path = Path(path)
        self.max_chars = max_chars
        self.chunk = chunk
        # the file is temporary until it is renamed: no journal, no waiting for the disk
        self._db = sqlite3.connect(self.path, isolation_level=None)
        try:
            self._db.executescript(
                "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA foreign_keys = ON;"
                f"PRAGMA user_version = {SCHEMA_VERSION}; BEGIN;" + SQLITE_SCHEMA
            )
        except sqlite3.Error as exc:
            self._db.close()
            raise OutputError(f"{path}: cannot write a SQLite file ({exc})") from None
        self._documents: list[tuple] = []
        self._pairs: list[tuple] = []
        self._evidence: list[tuple] = []
        self._problems: list[tuple] = []
        self._last_doc: Document | None = None
        self._doc_key = self._pair_key = self._evidence_key = self._problem_key = 0
        self.rows = 0

    def add(self, sp: ScoredPair) -> None:
        doc = sp.document
        r = row(sp, self.max_chars)
        if not self._same_document(doc):
            self._last_doc = doc
            self._doc_key += 1
            self._documents.append(
                (self._doc_key, doc.source, doc.doc_id, doc.path, doc.metadata.language)
                + tuple(_empty_is_null(r[c]) for c in _DOCUMENT_COLUMNS[5:10])
                + (r["days_to_answer"], None if r["on_time"] is None else int(r["on_time"]))
            )
        self._pair_key += 1
        q = sp.pair.question
        self._pairs.append(
            (self._pair_key, self._doc_key, r["question_no"])
            + tuple(_empty_is_null(r[c]) for c in ("answer_no", "question", "answer"))
            + (q.start, q.end, r["similarity"], r["score"], r["identifiability"])
            + (_empty_is_null(r["flags"]), _empty_is_null(r["evidence"]))
        )
        for e in flag_rows([sp]):
            self._evidence_key += 1
            self._evidence.append(
                (self._evidence_key, self._pair_key, e["flag"])
                + tuple(_empty_is_null(e[c]) for c in ("reason", "part", "start", "end", "text", "related"))
            )
        if len(self._pairs) >= self.chunk:
            self.flush()

    def _same_document(self, doc: Document) -> bool:
        """Whether ``doc`` is the document of the previous pair (the same object, or one read
        again with the same source, id, path and text)."""
        last = self._last_doc
        return last is not None and (
            doc is last
            or (doc.source, doc.doc_id, doc.path) == (last.source, last.doc_id, last.path)
            and doc.text == last.text
        )

    def add_problem(self, p: Problem) -> None:
        self._problem_key += 1
        self._problems.append(
            (self._problem_key, _empty_is_null(p.source), _empty_is_null(p.doc_id), p.path, p.reason)
            + (int(p.unanswered), int(p.skipped))
        )
        if len(self._problems) >= self.chunk:
            self.flush()

    def flush(self) -> None:
        for table, columns, rows in (
            ("documents", _DOCUMENT_COLUMNS, self._documents),
            ("pairs", _PAIR_COLUMNS, self._pairs),
            ("evidence", _EVIDENCE_COLUMNS, self._evidence),
            ("problems", ("problem_key", *PROBLEM_COLUMNS), self._problems),
        ):
            if rows:
                names = ", ".join(f'"{c}"' for c in columns)
                marks = ", ".join("?" * len(columns))
                self._db.executemany(f"INSERT INTO {table} ({names}) VALUES ({marks})", rows)
        self.rows += len(self._pairs)
        self._documents, self._pairs, self._evidence, self._problems = [], [], [], []

    def close(self) -> None:
        self.flush()
        # (executescript commits the rows first)
        self._db.executescript("BEGIN;" + SQLITE_INDEXES + "COMMIT; ANALYZE;")
        self._db.close()

    def abort(self) -> None:
        self._db.close()


_WRITERS: dict[str, type[CsvWriter | ParquetWriter | SqliteWriter]] = {
    "csv": CsvWriter,
    "parquet": ParquetWriter,
    "sqlite": SqliteWriter,
}


class ResultFiles:
    """The score table at ``path`` in the format its suffix names, and the run's problems:
    in the table ``problems`` of a SQLite file, in the errors CSV ``errors`` (by default
    ``OUTPUT.errors.csv`` beside a CSV or Parquet file; beside a SQLite file only when
    given). Making it checks the paths and makes the temporary files, so call it before
    anything is read. As a context manager, leaving without ``commit`` (an exception, a
    Ctrl-C) removes the temporary files and leaves an earlier run's files as they were."""

    def __init__(self, path: str | Path, errors: str | Path | None = None, max_chars: int = 32000) -> None:
        if (Path(path) / PART_STATE).is_dir():
            raise OutputError(
                f"{path}: is a folder of part files written by --engine dask; write into it with "
                "--engine dask, or give another file"
            )
        self.path = check_output(path, FORMATS)  # an unknown suffix fails here, naming the known ones
        self.format = FORMATS[self.path.suffix.lower()]
        if errors is None and self.format != "sqlite":
            errors = self.path.with_name(self.path.stem + ".errors.csv")
        self.errors = Path(errors) if errors is not None else None
        self.files = AtomicFiles(self.path, *([self.errors] if self.errors else []))
        try:
            self.writer = _WRITERS[self.format](self.files[self.path], max_chars)
        except BaseException:
            self.files.discard()
            raise
        self.problems: list[Problem] = []
        self._open = True

    @property
    def rows(self) -> int:
        """Pairs written so far."""
        return self.writer.rows

    def add(self, item: ScoredPair | Problem) -> None:
        if isinstance(item, Problem):
            self.problems.append(item)
            if isinstance(self.writer, SqliteWriter):
                self.writer.add_problem(item)
        else:
            self.writer.add(item)

    def commit(self) -> None:
        """The files written out and renamed onto their real names; an errors file left
        without problems is deleted (a stale list from an earlier run goes too)."""
        self.writer.close()
        self._open = False
        if self.errors is not None:
            if self.problems:
                write_problems(self.problems, self.files[self.errors])
            else:
                self.files.drop(self.errors)
        self.files.commit()

    def __enter__(self) -> ResultFiles:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if self._open and hasattr(self.writer, "abort"):
            self.writer.abort()
        self._open = False
        self.files.discard()  # after a commit there is nothing left to discard


def write_results(
    results: Iterable[ScoredPair | Problem],
    path: str | Path,
    problems: Iterable[Problem] = (),
    *,
    errors: str | Path | None = None,
    flagged_only: bool = False,
    max_chars: int = 32000,
) -> Path:
    """Scored pairs (``qa_align.score_pairs``, or the items of ``pipeline.iter_scored``, problems
    among them) written to ``path`` in the format its suffix names, as ``qa-align score -o``
    writes them: ``.csv``, ``.parquet`` or ``.sqlite``; ``problems`` as ``ResultFiles`` puts them.
    ``flagged_only``: only the pairs with a flag (``qa-align score`` without ``--all``).
    Returns ``path``; raises ``OutputError`` for a path that cannot be written or an unknown
    suffix, before anything of ``results`` is taken."""
    import pandas as pd

    if isinstance(results, pd.DataFrame):
        raise TypeError(
            "write_results takes scored pairs (qa_align.score_pairs), not a DataFrame: a frame has no "
            "evidence offsets or document paths; write a frame with its own to_csv or to_parquet"
        )
    with ResultFiles(path, errors, max_chars) as out:
        for item in itertools.chain(results, problems):
            if isinstance(item, Problem) or item.flags or not flagged_only:
                out.add(item)
        out.commit()
    return Path(path)


def read_results(path: str | Path) -> pd.DataFrame:
    """A score table written by ``qa-align score`` (or ``write_results``) back as the
    DataFrame ``output.frame`` gives, whatever its format: ``.csv`` (``output.read_csv``),
    ``.parquet`` (a file, or a folder of part files), ``.sqlite``. Of a SQLite file,
    ``df.attrs["flags"]`` holds the evidence (``output.FLAG_COLUMNS``) and
    ``df.attrs["problems"]`` the problems, as ``qa_align.score`` gives them. Raises
    ``ConfigError`` when there is no such file or it is no score table."""
    path = Path(path)
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise ConfigError(
            f"{path}: unknown format {path.suffix or '(no suffix)'}; known: {', '.join(FORMATS)}"
        )
    if not path.exists():
        raise ConfigError(f"{path}: no such file")
    if fmt == "csv":
        return read_csv(path)
    if fmt == "parquet":
        return _read_parquet(path)
    return _read_sqlite(path)


def _typed(df: pd.DataFrame, path: Path) -> pd.DataFrame:
    """``df``'s columns of ``COLUMNS`` with the dtypes of ``frame``: texts as ``str`` (a
    missing one ""), numbers as ``float64`` or ``Int64``, ``on_time`` as ``boolean``."""
    import pandas as pd

    missing = [c for c in COLUMNS if c not in df.columns]
    if missing:
        raise ConfigError(f"{path}: not a qa-align score table; it lacks the columns {', '.join(missing)}")
    df = df[list(COLUMNS)].copy()
    for column in COLUMNS:
        if column in NUMBER_TYPES:
            df[column] = pd.to_numeric(df[column]).astype(NUMBER_TYPES[column])
        elif column == "on_time":
            df[column] = df[column].astype("boolean")
        else:
            df[column] = df[column].astype(object).where(df[column].notna(), "").astype(str)
    return df.reset_index(drop=True)


def _read_parquet(path: Path) -> pd.DataFrame:
    import pandas as pd

    if (path / PART_STATE).is_dir():  # a folder of part files (``PartFolder``)
        _tell_unfinished(path)
        if not any(_is_part_name(p.name) for p in path.iterdir()):
            return _typed(frame([]), path)  # a batch of no partitions
    try:
        df = pd.read_parquet(path)
    except ImportError:
        raise ConfigError(f"{path}: reading Parquet needs pyarrow: pip install 'qa-align[parquet]'") from None
    except (OSError, ValueError) as exc:
        raise ConfigError(f"{path}: not a Parquet file or folder ({exc})") from None
    return _typed(df, path)


def _read_sqlite(path: Path) -> pd.DataFrame:
    import pandas as pd

    try:
        db = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise ConfigError(f"{path}: cannot open it as SQLite ({exc})") from None
    try:
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        missing = [t for t in ("documents", "pairs", "evidence", "problems") if t not in tables]
        if missing:
            raise ConfigError(f"{path}: not a qa-align score table; it lacks the tables {', '.join(missing)}")
        from_documents = {"source", "doc_id", *_DOCUMENT_COLUMNS[5:]}
        select = ", ".join(f"{'d' if c in from_documents else 'p'}.{c}" for c in COLUMNS)
        df = pd.read_sql_query(
            f"SELECT {select} FROM pairs p JOIN documents d USING (doc_key) ORDER BY p.pair_key", db
        )
        flags = pd.read_sql_query(
            'SELECT d.source, d.doc_id, p.question_no, p.answer_no, e.flag, e.reason, e.part, e.start, e."end", '
            "e.text, e.related FROM evidence e JOIN pairs p USING (pair_key) JOIN documents d USING (doc_key) "
            "ORDER BY e.evidence_key",
            db,
        )
        problems = pd.read_sql_query(
            f"SELECT {', '.join(PROBLEM_COLUMNS)} FROM problems ORDER BY problem_key", db
        )
    except sqlite3.DatabaseError as exc:
        raise ConfigError(f"{path}: not a qa-align SQLite file ({exc})") from None
    finally:
        db.close()
    df = _typed(df, path)
    texts = [c for c in FLAG_COLUMNS if c not in ("start", "end")]
    flags[texts] = flags[texts].fillna("")
    df.attrs["flags"] = flags.astype({"start": "Int64", "end": "Int64"})
    df.attrs["problems"] = problems.fillna("").astype({"unanswered": bool, "skipped": bool})
    return df


# A folder of Parquet part files (``qa-align score --engine dask -o NAME.parquet``): one file a
# partition, named by its place so that the names sort in the batch's order; beside them, in
# ``_state/`` (which Parquet readers skip: a name starting with "_"), a record of each part.
PART_NAME = "part-{:06d}.parquet"
PART_STATE = "_state"
MANIFEST = "manifest.json"


class PartFolder:
    """The score table as a folder of Parquet part files (``part-000000.parquet``, ...), one a
    partition, each with the typed columns of ``arrow_schema`` and written whole under a
    temporary name, then renamed; and for each part, in ``_state/part-NNNNNN.json``, what it
    was written from (``record``: its key, its inputs, its counts, its problems), and the
    partition's map (``engine.CachedMap``, ``map-NNNNNN.pickle``). A run into a folder of an
    earlier run keeps the parts whose key it finds there. The errors CSV goes
    beside the folder (``NAME.errors.csv``, or ``errors``), written whole at the end.

    Making it checks the path before anything is read: an existing file there (an earlier
    single-file output) is replaced only when the run commits (the folder is made under a hidden
    temporary name beside it until then, as a single file's output is: lows46; ``discard`` removes
    it where the run fails); an
    existing folder must hold nothing but part files, ``_state`` and hidden files (``OutputError``
    otherwise: it is not ours to empty)."""

    def __init__(self, path: str | Path, errors: str | Path | None = None, max_chars: int = 32000) -> None:
        self.path = Path(path)
        if FORMATS.get(self.path.suffix.lower()) != "parquet":
            raise OutputError(f"{path}: a folder of part files is written to a name ending in .parquet")
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            raise OutputError(
                f"{path}: writing Parquet needs pyarrow: pip install 'qa-align[parquet]'"
            ) from None
        self.errors = (
            Path(errors) if errors is not None else self.path.with_name(self.path.stem + ".errors.csv")
        )
        self.max_chars = max_chars
        self.state = self.path / PART_STATE
        if self.path.is_dir():
            foreign = [
                p.name
                for p in self.path.iterdir()
                if p.name != PART_STATE and not _is_part_name(p.name) and not p.name.startswith(".")
            ]
            if foreign:
                raise OutputError(
                    f"{path}: the folder holds files that are no part files of qa-align ({', '.join(sorted(foreign)[:3])}"
                    f"{', ...' if len(foreign) > 3 else ''}); give another output or empty it"
                )
        else:
            check_output(self.path)  # a file of an earlier run (replaced at the commit), or nothing yet
        self.final = self.path
        _remove_stale(self.final)
        if self.path.is_file() or self.path.is_symlink():  # kept until the run commits (lows46)
            self.path = _own_name(self.final, _TEMP_FOLDER)
            self.state = self.path / PART_STATE
        AtomicFiles(self.errors).discard()  # the errors file's folder can be written to

    def make(self) -> None:
        """The folder made (a file of an earlier run at its name removed first)."""
        if self.path.is_file() or self.path.is_symlink():
            self.path.unlink()
        self.state.mkdir(parents=True, exist_ok=True)

    def manifest_bytes(self) -> bytes | None:
        """The manifest of an earlier run, as it is (None where there is none)."""
        try:
            return (self.state / MANIFEST).read_bytes()
        except OSError:
            return None

    def restore_manifest(self, old: bytes | None) -> None:
        """The manifest ``begin`` removed put back, for a run that wrote nothing (an error of the
        run's options found once its tables were read: ``tabular.no_column_error``)."""
        if old is not None:
            replace_file(self.state / MANIFEST, lambda tmp: tmp.write_bytes(old))

    def begin(self) -> None:
        """A run that writes parts begins: the folder made, its manifest removed until the run
        ends (a run stopped on the way leaves none, and a folder without one is not complete),
        and the temporary files of a run killed while renaming (``replace_file``) removed."""
        self.make()
        (self.state / MANIFEST).unlink(missing_ok=True)
        for tmp in [*self.path.glob(".*.tmp"), *self.state.glob(".*.tmp")]:
            tmp.unlink(missing_ok=True)

    def file(self, index: int) -> Path:
        return self.path / PART_NAME.format(index)

    def record(self, index: int) -> dict[str, Any] | None:
        """What the part ``index`` was written from, when its file and record are both there."""
        import json

        if not self.file(index).is_file():
            return None
        try:
            return json.loads(self._sidecar(index).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def _sidecar(self, index: int) -> Path:
        return self.state / (PART_NAME.format(index)[: -len(".parquet")] + ".json")

    def prune(self, parts: int) -> int:
        """Part files (and records) of places from ``parts`` on removed: inputs no longer in
        the batch. Returns how many files went."""
        if not self.path.is_dir():
            return 0
        gone = [p for p in self.path.iterdir() if _is_part_name(p.name) and int(p.name[5:-8]) >= parts]
        if gone:  # the folder no longer holds what its manifest tells of
            (self.state / MANIFEST).unlink(missing_ok=True)
        for p in gone:
            p.unlink()
        if self.state.is_dir():
            for p in [*self.state.glob("part-*.json"), *self.state.glob("map-*.pickle")]:
                number = p.stem.split("-", 1)[1]
                if number.isdigit() and int(number) >= parts:
                    p.unlink()
        return len(gone)

    def remove(self, index: int) -> bool:
        """The part ``index`` gone (a partition that failed); whether a file was there."""
        self._sidecar(index).unlink(missing_ok=True)
        there = self.file(index).is_file()
        self.file(index).unlink(missing_ok=True)
        return there

    def write(self, index: int, scored: list[ScoredPair], record: dict[str, Any]) -> bool:
        """The part ``index`` holding the rows of ``scored``, and its ``record`` (to which
        ``rows`` and ``hash`` are added). A part whose file holds the same rows already (by its record's hash) is
        not written again. Returns whether the file was written."""
        import json

        import pandas as pd
        import pyarrow as pa
        import pyarrow.parquet as pq

        self.make()
        df = frame(scored, self.max_chars)
        digest = hashlib.sha256(pd.util.hash_pandas_object(df, index=False).to_numpy().tobytes())
        record.update(rows=len(df), hash=digest.hexdigest())
        old = self.record(index)
        sidecar = self._sidecar(index)
        sidecar.unlink(missing_ok=True)  # the old record goes before its file can change
        written = old is None or old.get("hash") != record["hash"]
        if written:
            table = pa.Table.from_pandas(df, schema=arrow_schema(), preserve_index=False)
            replace_file(
                self.file(index), lambda tmp: pq.write_table(table, tmp, row_group_size=PARQUET_CHUNK)
            )
        replace_file(sidecar, lambda tmp: tmp.write_text(json.dumps(record), encoding="utf-8"))
        return written

    def commit(self, problems: list[Problem], manifest: dict[str, Any]) -> None:
        """The errors CSV written (or an old one removed, when there are no problems) and the
        folder's manifest (``manifest`` as JSON in ``_state/manifest.json``), so that the output
        and the errors file beside it are both this run's or both the earlier run's (lows47: the
        errors file was renamed first, then a failed rename of the folder left it beside the earlier
        output, or beside none). What a user finds where a step fails:

        Into a folder (of an earlier run, or new): (1) the errors file written under a temporary
        name: a failure leaves the earlier errors file, the folder without a manifest (``begin``
        removed it: read with a warning that it is not complete); (2) the errors file renamed onto
        its name (or the earlier one removed): the same; (3) the manifest written: a failure leaves
        this run's errors file beside the folder without a manifest (not complete). A folder with
        a manifest has this run's errors file beside it.

        Over a single file of an earlier run (the folder made under a temporary name): (1) the
        manifest and the errors file written under temporary names: a failure leaves both earlier
        files as they were; (2) the earlier file moved aside to a hidden name of its own
        (``.NAME.qa-align-old.PID.*.tmp``): the same; (3) the folder renamed onto the name: a
        failure moves the earlier file back: both earlier; (4) the errors file renamed: a failure
        moves the folder back to its temporary name and the earlier file back: both earlier (the
        folder then removed by ``discard``); (5) the earlier file removed: a failure leaves it under
        its hidden name, told, and the next run removes it: both this run's. Steps 2 to 5 hold
        Ctrl-C back; a run killed (SIGKILL) between 2 and 3 leaves the earlier file under its
        hidden name only: the next run puts it back (``_remove_stale``)."""
        import json
        import os

        from .output import _signals_held

        self.make()
        manifest_text = json.dumps(manifest, indent=1)
        with AtomicFiles(self.errors) as files:
            if problems:
                write_problems(problems, files[self.errors])
            else:
                files.drop(self.errors)
            if self.path == self.final:
                files.commit()
                replace_file(
                    self.state / MANIFEST, lambda tmp: tmp.write_text(manifest_text, encoding="utf-8")
                )
                return
            replace_file(self.state / MANIFEST, lambda tmp: tmp.write_text(manifest_text, encoding="utf-8"))
            with _signals_held():  # the earlier single-file output replaced, now only (lows46)
                # (None: the earlier file is gone since the run began)
                aside = _own_name(self.final, _OLD_FILE) if os.path.lexists(self.final) else None
                if aside is not None:
                    os.rename(self.final, aside)
                try:
                    os.rename(self.path, self.final)
                except BaseException:
                    if aside is not None:
                        os.rename(aside, self.final)
                    raise
                try:
                    files.commit()
                except BaseException:
                    os.rename(self.final, self.path)
                    if aside is not None:
                        os.rename(aside, self.final)
                    raise
        self.path, self.state = self.final, self.final / PART_STATE
        if aside is None:
            return
        try:
            aside.unlink()
        except OSError as exc:
            log.warning(
                "%s: the earlier output, moved aside to %s, could not be removed (%s)", self.final, aside, exc
            )

    def discard(self) -> None:
        """A run that ends before its commit: a folder made under a temporary name removed (the
        earlier single-file output at the name stays as it was)."""
        if self.path != self.final:
            import shutil

            shutil.rmtree(self.path, ignore_errors=True)


# the hidden names of ``PartFolder``'s own: a part folder made beside an earlier single-file output
# until the commit, and that output moved aside during the commit; each holds the process's id, so
# that a later run can tell one left by a run that was killed (lows47), with the process's start
# time and a tag of the machine and process namespace it runs in (``_where``): a pid of another
# container on a shared volume, or one reused by a later process, is not taken for it (lows48)
_TEMP_FOLDER = "qa-align-parts"
_OLD_FILE = "qa-align-old"


def _own_name(path: Path, kind: str) -> Path:
    import os
    import secrets

    pid = os.getpid()
    return path.with_name(
        f".{path.name}.{kind}.{pid}-{_started(pid) or 0}-{_where()}.{secrets.token_hex(4)}.tmp"
    )


def _started(pid: int) -> int | None:
    """When process ``pid`` started, in clock ticks since boot (Linux's ``/proc``), else None
    (no such process, or no ``/proc`` here)."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            stat = fh.read()
        return int(stat[stat.rindex(b")") + 2 :].split()[19])
    except (OSError, ValueError, IndexError):
        return None


def _where() -> str:
    """A tag of where this process runs: its machine's name, its boot and its PID namespace
    (Linux: two containers on one machine share the boot but not the namespace); eight hex
    digits."""
    import hashlib
    import os
    import socket

    parts = [socket.gethostname()]
    try:
        with open("/proc/sys/kernel/random/boot_id", encoding="ascii") as fh:
            parts.append(fh.read().strip())
    except OSError:
        pass
    try:
        parts.append(os.readlink("/proc/self/ns/pid"))
    except (OSError, AttributeError):
        pass
    return hashlib.sha1("\0".join(parts).encode("utf-8")).hexdigest()[:8]


def _alive(pid: int) -> bool:
    """Whether a process ``pid`` runs here (one of another user's included)."""
    import os

    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # (EPERM: it runs, as another user)
        return True
    return True


def _ran_here_and_ended(pid: int, started: str | None, where: str | None) -> bool | None:
    """Whether the run that named a leftover ``pid`` (``started``, ``where``: as ``_own_name``
    wrote them, None in a name of before lows48) has ended: its process gone, or the pid now
    another process's (started at another time); None where it ran elsewhere (another machine,
    boot or container), which cannot be looked at from here."""
    if where is not None and where != _where():
        return None
    if not _alive(pid):
        return True
    if started is not None and int(started):
        now = _started(pid)
        return now is not None and now != int(started)
    return False


def _remove_stale(final: Path) -> None:
    """What ``PartFolder`` left beside ``final`` in a run that was killed (SIGKILL: no ``discard``),
    found by its own names (``_own_name``) whose process no longer runs: a temporary part folder
    removed (only while it holds nothing but part files, ``_state`` and hidden files), an earlier
    output moved aside put back at its name where nothing is there, else removed; each told with a
    warning (lows47). A name whose process runs (another run now) is left; one whose pid another
    process took since (another start time) is not (lows48); one made on another machine or in
    another container is left, and told, as whether its run still runs cannot be known here."""
    import os
    import re

    pattern = re.compile(
        rf"^\.{re.escape(final.name)}\.({_TEMP_FOLDER}|{_OLD_FILE})\.(\d+)(?:-(\d+)-([0-9a-f]{{8}}))?"
        rf"\.[0-9a-f]{{8}}\.tmp$"
    )
    try:
        names = sorted(os.listdir(final.parent))
    except OSError:
        return
    for name in names:
        found = pattern.match(name)
        if not found:
            continue
        pid, started, where = int(found[2]), found[3], found[4]
        if pid == os.getpid() and (started is None or int(started) == (_started(pid) or 0)):
            continue
        ended = _ran_here_and_ended(pid, started, where)
        if ended is None:
            log.warning(
                "%s: left, made by a run (process %s) on another machine or in another container, which "
                "cannot be looked at from here; remove it if no run writes to %s now",
                final.parent / name,
                pid,
                final,
            )
            continue
        if not ended:
            continue
        try:
            _clean_stale(final, final.parent / name, found[1], str(pid))
        except OSError as exc:  # a cleaning that fails stops no run (the lead's re-read of lows47)
            log.warning(
                "%s: left, a run (process %s) that was killed left it and it could not be cleaned (%s)",
                final.parent / name,
                pid,
                exc,
            )


def _clean_stale(final: Path, stale: Path, kind: str, pid: str) -> None:
    """One name ``_remove_stale`` found: put back or removed, as it says."""
    import os
    import shutil

    if kind == _OLD_FILE:
        if not os.path.lexists(final):
            os.rename(stale, final)
            log.warning(
                "%s: put back from %s, where a run (process %s) killed while it committed left it",
                final,
                stale,
                pid,
            )
        else:
            stale.unlink(missing_ok=True)
            log.warning(
                "%s: removed, the earlier output a run (process %s) killed while it committed left",
                stale,
                pid,
            )
        return
    if stale.is_symlink() or not stale.is_dir():
        return
    kept = [
        p.name
        for p in stale.iterdir()
        if p.name != PART_STATE and not _is_part_name(p.name) and not p.name.startswith(".")
    ]
    if kept:
        log.warning(
            "%s: a temporary part folder of a run (process %s) that no longer runs, left: it holds other files",
            stale,
            pid,
        )
        return
    shutil.rmtree(stale, ignore_errors=True)
    log.warning("%s: removed, the temporary part folder of a run (process %s) that was killed", stale, pid)


def _tell_unfinished(path: Path) -> None:
    """A warning when the part folder ``path`` is not complete: its manifest gone (a run stopped
    on the way: the parts may be of two runs) or telling of parts missing (partitions failed)."""
    import json

    try:
        manifest = json.loads((path / PART_STATE / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        why = "no manifest: a run into it was stopped, and its parts may be of two runs"
    else:
        if manifest.get("complete"):
            return
        why = "parts missing: partitions failed, listed in the run's errors file"
    log.warning("%s: a folder of part files that is not complete (%s); read as it is", path, why)


def _is_part_name(name: str) -> bool:
    return name.startswith("part-") and name.endswith(".parquet") and name[5:-8].isdigit()


def replace_file(path: Path, write) -> None:
    """``write(tmp)`` to a hidden temporary file beside ``path``, renamed onto it when done
    (removed when not: an interrupted write leaves the old file, or none)."""
    import os
    import secrets

    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        write(tmp)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
