"""Output: scored pairs as flat rows with stable column names, a DataFrame, a CSV.

Columns of the score table, in this order (see README, "The CSV of flagged answers"):
source, doc_id, question_no, answer_no, question, answer, similarity, score, flags,
evidence, date, questioner, minister, title.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

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
PROBLEM_COLUMNS = ("source", "doc_id", "path", "reason", "unanswered")


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def row(sp: ScoredPair, max_chars: int = 32000) -> dict[str, Any]:
    """One flat row of the score table."""
    doc, pair, meta = sp.document, sp.pair, sp.document.metadata
    if pair.segments:
        answer_no = pair.answer_no
    else:
        answer_no = ""
    return {
        "source": doc.source,
        "doc_id": doc.doc_id,
        "question_no": pair.question.n,
        "answer_no": answer_no,
        "question": _cut(pair.question.text, max_chars),
        "answer": _cut(pair.answer_text, max_chars),
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


_NUMBERS = {
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
    for column, dtype in _NUMBERS.items():
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
            }
            for p in problems
        ],
        columns=list(PROBLEM_COLUMNS),
    )


class CsvWriter:
    """Writes the score table in chunks, so a batch of any size never sits in memory."""

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
            df.to_csv(self.path, mode="a" if self._written else "w", header=not self._written, index=False)
            self.rows += len(df)
            self._written = True
            self._pending = []

    def close(self) -> None:
        self.flush()
