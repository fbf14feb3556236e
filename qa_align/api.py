"""The Python API for notebooks: paths or documents in, pandas DataFrames out."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterable, Mapping, Sequence
from itertools import chain
from typing import TYPE_CHECKING, Any, Literal

from .errors import ReadError
from .output import flags_frame, frame, problems_frame
from .pipeline import Input, iter_documents, iter_scored
from .readers.tabular import Columns
from .settings import Settings
from .types import Document, Problem, ScoredPair

if TYPE_CHECKING:
    import pandas as pd

    from .embed import Backend
    from .rules import Rule

log = logging.getLogger(__name__)
OnError = Literal["warn", "raise"]


_INPUTS = (
    "a path (str or os.PathLike), a qa_align Document, a pandas DataFrame of written questions (with "
    "columns=Columns(...) naming its columns), or a list of them"
)


def _is_frame(x: object) -> bool:
    """Whether ``x`` is a pandas DataFrame (pandas not imported for it: a frame given has imported it)."""
    pd = sys.modules.get("pandas")
    return pd is not None and isinstance(x, pd.DataFrame)


def _is_series(x: object) -> bool:
    """Whether ``x`` is a pandas Series (a frame's column or row: read as a table it is not; lows53)."""
    pd = sys.modules.get("pandas")
    return pd is not None and isinstance(x, pd.Series)


def _series_error(x: object) -> TypeError:
    return TypeError(
        f"inputs takes {_INPUTS}, not a pandas Series (a column or a row of a frame: its values would be read as "
        f"inputs); give the DataFrame, or series.to_frame().T for one row: {type(x).__name__} {x.name!r:.60}"  # type: ignore[attr-defined]
    )


def _inputs(
    inputs: Input | Iterable[Input], columns: Columns | None = None
) -> tuple[list[Input], list[Problem]]:
    """The inputs as a list, and the problems of the rows of a DataFrame given; anything else raises a
    ``TypeError`` that says what is taken (lows51: ``score(None)`` raised "'NoneType' object is not iterable" from
    this line). A DataFrame's rows are read as a table file's with ``columns`` (``tabular.read_frame``: a
    ``ConfigError`` naming what to pass without them; lows52: a frame was iterated as its column names, each "no
    such file or folder")."""
    if _is_series(inputs):
        raise _series_error(inputs)
    if isinstance(inputs, (str, Document)) or hasattr(inputs, "__fspath__") or _is_frame(inputs):
        given = [inputs]
    elif isinstance(inputs, (bytes, Mapping)) or not isinstance(inputs, Iterable):
        raise TypeError(f"inputs takes {_INPUTS}, not {type(inputs).__name__}: {inputs!r:.80}")
    else:
        given = list(inputs)
    found: list[Input] = []
    problems: list[Problem] = []
    for x in given:
        if _is_frame(x):
            from .readers.tabular import read_frame

            for item in read_frame(x, columns):
                (problems if isinstance(item, Problem) else found).append(item)  # type: ignore[arg-type]
        elif _is_series(x):
            raise _series_error(x)
        elif isinstance(x, (str, Document)) or hasattr(x, "__fspath__"):
            found.append(x)  # type: ignore[arg-type]
        else:
            raise TypeError(f"inputs takes {_INPUTS}; the list holds a {type(x).__name__}: {x!r:.80}")
    return found, problems


def _settings(settings: Settings | Mapping[str, Any] | None) -> Settings:
    """The settings: ``Settings`` as given, a mapping of its fields read as a settings file is
    (``Settings.from_mapping``: an unknown key or a value out of range a ``ConfigError``), None the defaults
    (lows51: a dict raised "'dict' object has no attribute 'rules'" from inside the pipeline)."""
    if settings is None:
        return Settings()
    if isinstance(settings, Settings):
        return settings
    if isinstance(settings, Mapping):
        return Settings.from_mapping(settings)
    raise TypeError(
        f"settings takes a qa_align.settings.Settings or a dict of its fields, not {settings!r:.80}"
    )


def read(
    inputs: Input | Iterable[Input],
    source: str | None = None,
    on_error: OnError = "warn",
    columns: Columns | None = None,
) -> list[Document]:
    """Documents from files and folders. A file or record that cannot be read is logged as a
    warning (``on_error="warn"``) or raises ``ReadError`` (``"raise"``); a question with no
    answer (``Problem.unanswered``) and a file in a folder that is no written question
    (``Problem.skipped``) are no failure, as for ``score`` and ``qa-align score``: only logged
    (level INFO). ``columns`` names the id, question and answer columns of table files of no
    known layout."""
    docs = []
    given, problems = _inputs(inputs, columns)
    for item in chain(problems, iter_documents(given, source, columns)):
        if isinstance(item, Problem) and item.skipped:
            log.info("%s: skipped: %s", item.path, item.reason)
        elif isinstance(item, Problem) and item.unanswered:
            log.info("%s [%s]: %s", item.path, item.doc_id, item.reason)
        elif isinstance(item, Problem):
            if on_error == "raise":
                raise ReadError(item.path, item.reason, item.doc_id, item.source, item.unanswered)
            log.warning("%s: %s", item.path, item.reason)
        else:
            docs.append(item)
    return docs


def score_pairs(
    inputs: Input | Iterable[Input],
    settings: Settings | Mapping[str, Any] | None = None,
    source: str | None = None,
    columns: Columns | None = None,
    embedder: Backend | None = None,
    rules: Sequence[str | Rule] | None = None,
) -> tuple[list[ScoredPair], list[Problem]]:
    """Scored pairs (with their ``Flag`` objects and evidence offsets) and problems;
    ``embedder`` and ``rules`` as in ``score``."""
    scored = []
    settings = _settings(settings)
    given, problems = _inputs(inputs, columns)
    for item in iter_scored(given, settings, source, columns, rules=rules, embedder=embedder):
        (problems if isinstance(item, Problem) else scored).append(item)
    return scored, problems  # type: ignore[return-value]


def score(
    inputs: Input | Iterable[Input],
    settings: Settings | Mapping[str, Any] | None = None,
    source: str | None = None,
    flagged_only: bool = False,
    columns: Columns | None = None,
    embedder: Backend | None = None,
    rules: Sequence[str | Rule] | None = None,
) -> pd.DataFrame:
    """The score table of the documents: one row per pair (or per flagged pair), with
    the CSV's columns. A pandas DataFrame of written questions is read as a table file is, with
    ``columns`` naming its columns (``Columns(id="id", question="question", answer="answer",
    language="en")``). Files and records that could not be read, unanswered questions and
    files in a folder that are no written question are in ``df.attrs["problems"]`` (a
    DataFrame with the errors file's columns: source, doc_id, path, reason, unanswered,
    skipped); the first are logged as warnings, the others at level INFO;
    ``df.attrs["flags"]`` holds one row per piece of evidence with source offsets.
    (Use ``df["flags"]``: ``df.flags`` is pandas' own attribute.) ``embedder`` (an
    ``embed.Backend`` object) replaces the settings' similarity model; ``rules`` (registered
    names or ``rules.Rule`` objects) replace the settings' rules."""
    settings = _settings(settings)
    scored, problems = score_pairs(inputs, settings, source, columns, embedder, rules)
    for p in problems:  # (unanswered questions and files that are no written question are no failure)
        where = f"{p.path} [{p.doc_id}]" if p.doc_id else p.path
        log.log(logging.WARNING if p.failed else logging.INFO, "%s: %s", where, p.reason)
    if flagged_only:
        scored = [sp for sp in scored if sp.flags]
    df = frame(scored, settings.max_cell_chars)
    df.attrs["problems"] = problems_frame(problems)
    df.attrs["flags"] = flags_frame(scored)
    return df
