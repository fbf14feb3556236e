"""Output: scored pairs as flat rows with stable column names, a DataFrame, a CSV.

Columns of the score table, in this order (see README, "The CSV of flagged answers"):
source, doc_id, question_no, answer_no, question, answer, similarity, score, flags,
evidence, date, questioner, minister, title.

CSV files are written under a temporary name in their folder and renamed at the end
(``AtomicFiles``), so an interrupted run leaves the previous output as it was; text cells
that a spreadsheet would take for a formula are guarded with a leading ``'``
(``guard_cell``), in the CSV only.
"""

from __future__ import annotations

import abc
import contextlib
import os
import re
import secrets
import signal
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import OutputError
from .types import Problem, ScoredPair

if TYPE_CHECKING:
    import pandas as pd

COLUMNS = (
    "source", "doc_id", "question_no", "answer_no", "question", "answer", "similarity",
    "score", "flags", "evidence", "date", "questioner", "minister", "title", "date_answered",
    "days_to_answer", "on_time", "identifiability",
)  # fmt: skip
FLAG_COLUMNS = (
    "source", "doc_id", "question_no", "answer_no", "flag", "reason", "part", "start", "end",
    "text", "related",
)  # fmt: skip
PROBLEM_COLUMNS = ("source", "doc_id", "path", "reason", "unanswered", "skipped")

# A cell a spreadsheet would read as a formula (OWASP, "CSV injection"): one beginning with
# = + - @ tab or carriage return, after any run of quotes. The CSV writes it with one more
# leading quote, which ``read_csv`` takes away again (and only there): a cell that really
# begins with ``'=`` is written ``''=`` and read back as ``'=``.
_FORMULA = re.compile(r"^'*[=+\-@\t\r]")
_GUARDED = re.compile(r"^'+[=+\-@\t\r]")
# rows end in CR LF (RFC 4180): a carriage return inside a cell is then quoted like a line
# break, where with LF row ends it is written bare and a CSV reader splits the row there
CSV_LINE_END = "\r\n"


def guard_cell(value: Any) -> Any:
    """A text cell as the CSV holds it: with a leading ``'`` when a spreadsheet would take
    it for a formula; anything else as it is."""
    return "'" + value if isinstance(value, str) and _FORMULA.match(value) else value


def unguard_cell(value: Any) -> Any:
    """The text ``guard_cell`` was given."""
    return value[1:] if isinstance(value, str) and _GUARDED.match(value) else value


def guard_frame(df: pd.DataFrame) -> pd.DataFrame:
    """The frame with every text column's cells guarded (numbers and booleans as they are)."""
    from pandas.api.types import is_object_dtype, is_string_dtype

    text = [c for c in df.columns if is_object_dtype(df[c]) or is_string_dtype(df[c])]
    if not text:
        return df
    out = df.copy()
    for c in text:
        out[c] = out[c].map(guard_cell)
    return out


def _cut(text: str, limit: int) -> str:
    """``text`` within ``limit`` UTF-16 units, as a spreadsheet counts a cell's characters (one
    beyond the first 65,536, an emoji, is two: lows48), cut where it is longer with "…" after the
    last whole word (lows48: cut mid-word) where one ends in the second half of what is kept."""
    if len(text) * 2 <= limit:
        return text
    units = text.encode("utf-16-le")
    if len(units) <= 2 * limit:
        return text
    kept = units[: 2 * (limit - 1)].decode("utf-16-le", errors="ignore")  # a pair cut in two dropped
    # (the character after what is kept looked at too: a word that ends where the cut falls is whole)
    after = text[: len(kept) + 1]
    space = max(after.rfind(" "), after.rfind("\n"), after.rfind("\t"))
    if space >= len(kept) // 2 and kept[:space].rstrip():
        kept = kept[:space].rstrip()
    return kept + "…"


def row(sp: ScoredPair, max_chars: int = 32000) -> dict[str, Any]:
    """One flat row of the score table."""
    doc, pair, meta = sp.document, sp.pair, sp.document.metadata
    if pair.segments:
        answer_no = pair.answer_no
    else:
        answer_no = ""
    out = {
        "source": doc.source,
        "doc_id": doc.doc_id,
        "question_no": pair.question.n,
        "answer_no": answer_no,
        "question": pair.question.text,
        "answer": pair.answer_text,
        "similarity": sp.similarity,
        "score": sp.score,
        "flags": ";".join(f.name for f in sp.flags),
        "evidence": " | ".join(f"{f.name}: {f.reason}" for f in sp.flags),
        "date": meta.date,
        "questioner": meta.questioner,
        "minister": meta.minister,
        "title": meta.title,
        "date_answered": meta.date_answered,
        "days_to_answer": meta.days_to_answer,
        "on_time": meta.on_time,
        "identifiability": sp.identifiability,
    }
    # every text cell, not the question and answer alone: a title, a name or the evidence from a
    # table's own columns can be as long, and a spreadsheet cell holds 32,767 characters; but not
    # the cells that name the row or are read back as data (review49: a small max_cell_chars made
    # an id, a date or the flags' list end in "…")
    return {
        k: _cut(v, max_chars) if isinstance(v, str) and k not in _NEVER_CUT else v for k, v in out.items()
    }


# the cells ``row`` never cuts: the row's identity (its source, document and answer) and what is
# read back as data (the flags' names, ISO dates)
_NEVER_CUT = frozenset({"source", "doc_id", "answer_no", "flags", "date", "date_answered"})


def frame(scored: Iterable[ScoredPair], max_chars: int = 32000) -> pd.DataFrame:
    """The score table as a DataFrame with the columns of ``COLUMNS``."""
    import pandas as pd

    df = pd.DataFrame([row(sp, max_chars) for sp in scored], columns=list(COLUMNS))
    return df.astype(
        {
            "similarity": "float64",
            "score": "float64",
            "days_to_answer": "Int64",
            "on_time": "boolean",
            "identifiability": "float64",
        }
    )


NUMBER_TYPES = {
    "similarity": "float64",
    "score": "float64",
    "identifiability": "float64",
    "days_to_answer": "Int64",
}


def read_csv(path: str | Path) -> pd.DataFrame:
    """A score table written by ``qa-align score`` back as the DataFrame ``frame`` gives:
    text columns as strings (ids stay strings, so "00123" and a UUID sit in one column, and
    an empty cell is ""), the numbers as numbers, ``on_time`` as a nullable boolean.
    Raises ``ConfigError`` when the file lacks a column of ``COLUMNS``; extra columns are
    kept as text."""
    import pandas as pd

    from .errors import ConfigError

    path = Path(path)
    if not path.is_file():
        raise ConfigError(f"{path}: no such file")
    df = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    missing = [c for c in COLUMNS if c not in df.columns]
    if missing:
        raise ConfigError(f"{path}: not a qa-align score table; it lacks the columns {', '.join(missing)}")
    for column in df.columns:
        df[column] = df[column].map(unguard_cell)
    for column, dtype in NUMBER_TYPES.items():
        df[column] = pd.to_numeric(df[column].replace("", None), errors="coerce").astype(dtype)
    df["on_time"] = df["on_time"].map({"True": True, "False": False, "": pd.NA}).astype("boolean")
    return df


def flag_rows(scored: Iterable[ScoredPair]) -> list[dict[str, Any]]:
    """One row per piece of evidence (a flag without evidence gives one row with empty
    offsets): for highlighting in notebooks and reports."""
    rows = []
    for sp in scored:
        base = {
            "source": sp.document.source,
            "doc_id": sp.document.doc_id,
            "question_no": sp.pair.question.n,
            "answer_no": sp.pair.answer_no,
        }
        for f in sp.flags:
            related = ";".join(f.related)
            pieces = f.evidence or (None,)
            for ev in pieces:
                rows.append(
                    {
                        **base,
                        "flag": f.name,
                        "reason": f.reason,
                        "part": ev.part if ev else "",
                        "start": ev.start if ev else None,
                        "end": ev.end if ev else None,
                        "text": ev.text if ev else "",
                        "related": related,
                    }
                )
    return rows


def flags_frame(scored: Iterable[ScoredPair]) -> pd.DataFrame:
    import pandas as pd

    df = pd.DataFrame(flag_rows(scored), columns=list(FLAG_COLUMNS))
    return df.astype({"start": "Int64", "end": "Int64"})


def problems_frame(problems: Iterable[Problem]) -> pd.DataFrame:
    import pandas as pd

    return pd.DataFrame(
        [
            {
                "source": p.source,
                "doc_id": p.doc_id,
                "path": p.path,
                "reason": p.reason,
                "unanswered": p.unanswered,
                "skipped": p.skipped,
            }
            for p in problems
        ],
        columns=list(PROBLEM_COLUMNS),
    )


def check_output(path: str | Path, suffixes: Iterable[str] = ()) -> Path:
    """``path`` if a file can be written there: its folder is made when missing; raises
    ``OutputError`` (one line, naming the cause) when a part of the path is a file, the
    path is a folder, its suffix is none of ``suffixes`` (when given), or the folder cannot
    be written to. Called before anything is read."""
    path = Path(path)
    if path.is_dir():
        raise OutputError(f"{path}: is a folder; give the file to write")
    for parent in path.parents:
        if parent.exists() and not parent.is_dir():
            raise OutputError(f"{path}: {parent} is a file, not a folder")
    suffixes = tuple(suffixes)
    if suffixes and path.suffix.lower() not in suffixes:
        raise OutputError(
            f"{path}: unknown output format {path.suffix or '(no suffix)'}; the suffix picks it: "
            + ", ".join(suffixes)
        )
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{path}: cannot make the folder {path.parent} ({exc.strerror})") from None
    if path.exists() and not path.is_file():
        raise OutputError(f"{path}: not a regular file (a device, pipe or socket); give a file to write")
    if path.exists() and not os.access(path, os.W_OK):
        raise OutputError(f"{path}: the file is read-only")
    return path


class AtomicFiles:
    """Files written under temporary names in their own folder (hidden, ``.NAME.*.tmp``)
    and renamed onto their real names together by ``commit``; until then the previous files
    stay as they were. Creating the temporary files checks at once that the folder can be
    written to (``OutputError``). Used as a context manager, an exception (a Ctrl-C
    included) removes the temporary files and leaves the real ones untouched."""

    def __init__(self, *paths: str | Path) -> None:
        self.paths = [check_output(p) for p in paths]
        if len({p.resolve() for p in self.paths}) < len(self.paths):
            raise OutputError(f"{', '.join(map(str, paths))}: the same file given twice")
        self.temporary: dict[Path, Path] = {}
        self._remove: list[Path] = []  # real files deleted at the commit
        try:
            for p in self.paths:
                self.temporary[p] = self._create(p)
        except BaseException:
            self.discard()
            raise

    @staticmethod
    def _create(path: Path) -> Path:
        """A temporary file beside the file ``path`` names (through a link, the link's target:
        the commit replaces the target and keeps the link)."""
        path = Path(os.path.realpath(path))
        for _ in range(100):
            tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
            try:
                # mode 0o666 less the umask: the file gets the permissions a plain open would give
                os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
                return tmp
            except FileExistsError:
                continue
            except OSError as exc:
                raise OutputError(f"{path}: cannot write in {path.parent} ({exc.strerror})") from None
        raise OutputError(f"{path}: cannot make a temporary file in {path.parent}")

    def __getitem__(self, path: str | Path) -> Path:
        """The temporary file standing for ``path`` until the commit."""
        return self.temporary[Path(path)]

    def drop(self, path: str | Path) -> None:
        """Nothing to write to ``path`` after all: its temporary file goes now, and the file
        of an earlier run at ``path`` at the commit."""
        self.temporary.pop(Path(path)).unlink(missing_ok=True)
        self._remove.append(Path(path))

    def commit(self) -> None:
        """Every temporary file renamed onto its real name (and the dropped paths' files
        deleted), with Ctrl-C held back meanwhile so none is renamed without the others."""
        with _signals_held():
            for real, tmp in self.temporary.items():
                os.replace(tmp, os.path.realpath(real))
            self.temporary = {}
            for p in self._remove:
                p.unlink(missing_ok=True)

    def discard(self) -> None:
        for tmp in self.temporary.values():
            tmp.unlink(missing_ok=True)
        self.temporary = {}

    def __enter__(self) -> AtomicFiles:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        self.discard()  # after a commit there is nothing left to discard


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """SIGINT and SIGTERM held back (delivered on leaving) in the main thread of a POSIX
    process; elsewhere nothing changes."""
    held = {signal.SIGINT, signal.SIGTERM}
    if not hasattr(signal, "pthread_sigmask") or threading.current_thread() is not threading.main_thread():
        yield
        return
    old = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


def write_problems(problems: Iterable[Problem], path: str | Path) -> None:
    """The problems as a CSV (``PROBLEM_COLUMNS``), formula-like cells guarded."""
    guard_frame(problems_frame(problems)).to_csv(path, index=False, lineterminator=CSV_LINE_END)


class ChunkWriter(abc.ABC):
    """Writes the score table in chunks of ``chunk`` pairs, so a batch of any size never sits
    in memory: each chunk's ``frame`` goes to ``write`` (the first one even when empty, so a
    file without rows still gets its columns). Give it the temporary file of an
    ``AtomicFiles`` to leave the previous output whole until the end."""

    def __init__(self, path: str | Path, max_chars: int = 32000, chunk: int = 2000) -> None:
        self.path = Path(path)
        self.max_chars = max_chars
        self.chunk = chunk
        self._pending: list[ScoredPair] = []
        self._written = False
        self.rows = 0

    def add(self, sp: ScoredPair) -> None:
        self._pending.append(sp)
        if len(self._pending) >= self.chunk:
            self.flush()

    def flush(self) -> None:
        if self._pending or not self._written:
            df = frame(self._pending, self.max_chars)
            self.write(df)
            self.rows += len(df)
            self._written = True
            self._pending = []

    @abc.abstractmethod
    def write(self, df: pd.DataFrame) -> None:
        """One chunk of rows written out (``self._written``: whether one was before)."""

    def close(self) -> None:
        self.flush()


class CsvWriter(ChunkWriter):
    """The score table as a CSV, text cells that look like formulas guarded (``guard_cell``)."""

    def write(self, df: pd.DataFrame) -> None:
        guard_frame(df).to_csv(
            self.path,
            mode="a" if self._written else "w",
            header=not self._written,
            index=False,
            lineterminator=CSV_LINE_END,
        )
