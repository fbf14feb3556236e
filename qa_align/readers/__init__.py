"""Readers: files (or records) in, ``Document``s out.

Each source layout is a module that registers its reader with ``@reader`` (name, the
suffixes and content it recognises, a priority); plug-ins register theirs through entry
points of group ``qa_align.readers``. ``read_paths`` walks files and folders, picks a reader
per file (``detect``: by extension, then content, in the readers' declared order; or the
one named), and
yields a ``Document`` per written question or a ``Problem`` saying why one could not be
read, so one bad file never stops a batch.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import re
from collections.abc import Callable, Collection, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import ConfigError, ReadError
from ..types import Document, Problem

if TYPE_CHECKING:
    from .tabular import Columns

log = logging.getLogger(__name__)

# provenance and licence notes kept beside documents; skipped when walking a folder
_NOTES = re.compile(
    r"^(SOURCE|LICEN[CS]E|README|NOTICE|PROVENANCE)([._-].*)?$|.*\.note$|.*\.meta\.json$", re.IGNORECASE
)  # and metadata sidecars (FILE.meta.json, read with FILE)


@dataclass(frozen=True)
class Reader:
    """A source layout: which files it takes and how it reads one.

    ``looks_like`` tells from a file's content whether it is of this layout; ``None`` takes
    every file of its ``suffixes`` (a fallback, tried after every reader that checks content).
    Among the readers of one suffix, the higher ``priority`` is tried first (ties by name).
    For reading some documents only (``read_paths(only=...)``): ``one_per_file``, each file
    is one document whose doc_id is its name without the extension, so the others are not
    read; ``read_some(path, ids)`` reads only the records of a file that may be those ids."""

    name: str
    suffixes: tuple[str, ...]
    read: Callable[[Path], Iterator[Document | Problem]]
    looks_like: Callable[[Path], bool] | None = None
    priority: int = 0
    description: str = ""
    one_per_file: bool = False
    read_some: Callable[[Path, Collection[str]], Iterator[Document | Problem]] | None = None

    def read_only(self, path: Path, ids: Collection[str]) -> Iterator[Document | Problem]:
        """The file's documents of ``ids`` and perhaps a few others (the caller keeps those
        it wants), without reading what certainly is not among them."""
        if self.one_per_file:
            return self.read(path) if path.stem in ids else iter(())
        return self.read_some(path, ids) if self.read_some is not None else self.read(path)

    def order(self) -> tuple[bool, int, str]:
        """The key readers are tried in: content checks first, by priority, then the fallback."""
        return (self.looks_like is None, -self.priority, self.name)


READERS: dict[str, Reader] = {}
ENTRY_POINT_GROUP = "qa_align.readers"  # plug-ins: modules (or Reader objects) that register readers


def register(new: Reader) -> Reader:
    """Add ``new`` to the registry. A second reader of the same name, or a second fallback
    (no ``looks_like``) for a suffix, is an error: the order of readers is never left to
    the order of imports."""
    old = READERS.get(new.name)
    if old is not None and old.read is not new.read:
        raise ConfigError(f"two readers named {new.name!r}")
    if new.looks_like is None:
        for other in READERS.values():
            shared = set(other.suffixes) & set(new.suffixes)
            if other.name != new.name and other.looks_like is None and shared:
                raise ConfigError(
                    f"readers {other.name!r} and {new.name!r} both take every {', '.join(sorted(shared))} file"
                )
    READERS[new.name] = new
    return new


def reader(
    name: str,
    *,
    suffixes: tuple[str, ...],
    looks_like: Callable[[Path], bool] | None = None,
    priority: int = 0,
    description: str = "",
    one_per_file: bool = False,
    read_some: Callable[[Path, Collection[str]], Iterator[Document | Problem]] | None = None,
) -> Callable[
    [Callable[[Path], Iterator[Document | Problem]]], Callable[[Path], Iterator[Document | Problem]]
]:
    """Register the decorated function (path -> documents and problems) as the reader
    ``name`` (see ``Reader``)."""

    def decorate(read: Callable[[Path], Iterator[Document | Problem]]):
        register(
            Reader(name, tuple(suffixes), read, looks_like, priority, description, one_per_file, read_some)
        )
        return read

    return decorate


def get_reader(name: str) -> Reader:
    load_readers()
    try:
        return READERS[name]
    except KeyError:
        raise ConfigError(f"unknown source {name!r}; known sources: {', '.join(sorted(READERS))}") from None


def _read_bytes(path: Path, size: int = -1) -> bytes:
    """The file's bytes (the first ``size`` of them); ``ReadError`` when it is missing,
    unreadable or binary."""
    try:
        with path.open("rb") as fh:
            data = fh.read(size)
    except FileNotFoundError:
        raise ReadError(str(path), "file not found") from None
    except OSError as exc:
        raise ReadError(str(path), f"cannot read the file ({exc.strerror})") from exc
    if b"\x00" in data[:4096]:
        raise ReadError(str(path), "binary content (NUL bytes) where text was expected")
    return data


def read_text_head(path: Path, size: int = 8192) -> str:
    """The start of a text file, for recognising its layout without reading it all."""
    return _read_bytes(path, size).decode("utf-8", errors="replace")


def read_text_file(path: Path) -> str:
    """A text file's content: UTF-8 (with or without BOM), else Windows-1252 with a
    warning. Raises ``ReadError`` on a binary file or a missing one."""
    data = _read_bytes(path)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise ReadError(
                str(path), f"not UTF-8 text (bad byte at offset {exc.start}) nor Windows-1252"
            ) from exc
        log.warning("%s: not valid UTF-8; read as Windows-1252", path)
        return text


def problem_from(exc: ReadError, doc_id: str = "", source: str = "") -> Problem:
    """The ``Problem`` row of a ``ReadError``; ``doc_id``/``source`` fill in what it lacks."""
    return Problem(exc.path, exc.reason, exc.source or source, exc.doc_id or doc_id, exc.unanswered)


_loaded = False


def load_readers() -> dict[str, Reader]:
    """Every reader: the modules of this package register theirs with ``@reader`` when
    imported, plug-ins through entry points of group ``qa_align.readers`` (a module that
    registers readers, or a ``Reader``). A plug-in that cannot be loaded is a ``ConfigError``."""
    global _loaded
    if _loaded:
        return READERS
    import importlib
    import pkgutil
    from importlib.metadata import entry_points

    for module in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{module.name}")
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        try:
            loaded = ep.load()
        except Exception as exc:  # a plug-in's own import error, whatever it is
            raise ConfigError(f"reader plug-in {ep.name!r} ({ep.value}) cannot be loaded: {exc}") from exc
        if isinstance(loaded, Reader):
            register(loaded)
    _loaded = True
    return READERS


def iter_files(paths: Iterable[str | os.PathLike[str]], tables: bool = False) -> Iterator[Path | Problem]:
    """Files under ``paths`` (folders recursively, sorted; hidden files and sidecar notes
    skipped) of the kinds a reader takes (with ``tables``, CSV and Parquet files too). A
    path that does not exist comes out as a ``Problem``."""
    from .tabular import SUFFIXES

    load_readers()
    suffixes = {s for r in READERS.values() for s in r.suffixes} | (set(SUFFIXES) if tables else set())
    for p in paths:
        path = Path(p)
        if path.is_dir():
            for f in sorted(path.rglob("*")):
                rel = f.relative_to(path)
                if any(part.startswith(".") for part in rel.parts) or not f.is_file():
                    continue
                if _NOTES.match(f.name):
                    log.debug("skipping provenance or licence note %s", f)
                    continue
                if "".join(f.suffixes[-2:]).lower() in suffixes or f.suffix.lower() in suffixes:
                    yield f
        elif path.is_file():
            yield path
        else:
            yield Problem(path=str(path), reason="no such file or folder")


# files slow to read for their size (layout analysis of a PDF, a Word file): with ``jobs``,
# these are read in worker processes while the others (text, records) are read here
_SLOW_SUFFIXES = (".pdf", ".docx")


def read_paths(
    paths: Iterable[str | os.PathLike[str]],
    source: str | None = None,
    columns: Columns | None = None,
    jobs: int = 1,
    on_read: Callable[[Document | Problem], None] | None = None,
    only: Collection[str] | None = None,
) -> Iterator[Document | Problem]:
    """Documents from files and folders; a ``Problem`` for each that cannot be read.

    ``source`` forces a reader; ``columns`` reads every table file (CSV, JSON Lines, JSON,
    Parquet) with the columns it names, as documents of source ``columns.source``.
    ``jobs`` > 1 reads PDF and Word files in that many forked processes (Linux), in the
    same order. ``on_read`` is told of each document as soon as it is read, which may be
    before its turn comes to be yielded (files read ahead while a PDF is read elsewhere).
    ``only``: doc_ids wanted; files and records that certainly hold none of them are not
    read (``Reader.read_only``), some others may be: the caller keeps what it wants."""
    if source and not columns:
        get_reader(source)  # an unknown source fails before any file is read
    files = list(iter_files(paths, tables=columns is not None))
    slow = [f for f in files if isinstance(f, Path) and f.suffix.lower() in _SLOW_SUFFIXES]

    def told(docs: Iterable[Document | Problem]) -> Iterator[Document | Problem]:
        for d in docs:
            if on_read is not None:
                on_read(d)
            yield d

    def here(item: Path | Problem) -> Iterator[Document | Problem]:
        return told(_read_one(item, source, columns, only))

    if jobs <= 1 or not slow or "fork" not in multiprocessing.get_all_start_methods():
        for item in files:
            yield from here(item)
        return
    # this process reads the other files meanwhile: it takes one of the ``jobs`` if it has any
    workers = min(len(slow), jobs - 1 if len(slow) < len(files) else jobs)
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
        started = {
            i: pool.submit(_read_list, (f, source, columns, only))
            for i, f in enumerate(files)
            if isinstance(f, Path) and f.suffix.lower() in _SLOW_SUFFIXES
        }
        ahead: dict[int, list[Document | Problem]] = {}  # files read while waiting for a slow one
        for i, item in enumerate(files):
            if i in started:
                later = (j for j in range(i + 1, len(files)) if j not in started and j not in ahead)
                while not started[i].done() and (j := next(later, None)) is not None:
                    ahead[j] = list(here(files[j]))
                yield from told(_result(started.pop(i), (item, source, columns, only)))  # type: ignore[arg-type]
            elif i in ahead:
                yield from ahead.pop(i)
            else:
                yield from here(item)


_Task = tuple[Path, str | None, "Columns | None", Collection[str] | None]


def _result(future: Future, task: _Task) -> list[Document | Problem]:
    """A worker's documents; when the pool broke (this file or another killed a worker, as a
    crash in a PDF library would), the file is read again alone in a new process, and is
    reported as a ``Problem`` if that one dies too."""
    try:
        return future.result()
    except BrokenProcessPool:
        with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork")) as solo:
            try:
                return solo.submit(_read_list, task).result()
            except BrokenProcessPool:
                log.warning("%s: the process reading it died", task[0])
                return [
                    Problem(str(task[0]), "the process reading this file died (a crash while reading it)")
                ]


def _read_list(task: _Task) -> list[Document | Problem]:
    return list(_read_one(*task))


def _read_one(
    item: Path | Problem, source: str | None, columns: Columns | None, only: Collection[str] | None = None
) -> Iterator[Document | Problem]:
    from . import tabular
    from .detect import candidates_for, detect

    if isinstance(item, Problem):
        yield item
        return
    try:
        if columns and tabular.suffix_of(item) in tabular.SUFFIXES:
            yield from tabular.read_file(item, columns)
            return
        if only is not None and item.stem not in only and not columns:
            # a file that is one document of another id: not even opened to detect its layout
            readers = [get_reader(source)] if source else candidates_for(item)
            if readers and all(r.one_per_file for r in readers):
                return
        reader = get_reader(source) if source and not columns else detect(item)
        yield from reader.read(item) if only is None else reader.read_only(item, only)
    except ReadError as exc:
        yield problem_from(exc)
