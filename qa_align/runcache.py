"""A cache of whole scoring runs: re-running ``score`` on an unchanged batch with the same
settings and the same code loads the earlier results instead of reading and scoring again.

A run is keyed by everything its results depend on: every file under the paths given (path,
size, modification time; sidecars and notes included), the settings, the forced source and
table columns, the files of a user's lexicon folder, and a fingerprint of qa-align itself
(its code, lexicons and models). Any change gives a new key. Runs on ``Document`` objects
rather than paths are not cached. Kept in ``~/.cache/qa-align/runs`` (or under
``QA_ALIGN_CACHE``), the ``KEEP`` most recent. Off by default (storing a run costs time and
disk: about 3 s and 180 MB for the 51,000 documents of ../shared/data); ``Settings(run_cache=True)``
or ``--cache`` turns it on.
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
import os
import pickle
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from .settings import Settings

log = logging.getLogger(__name__)
KEEP = 3  # runs kept; older ones are deleted
PACKAGE = Path(__file__).resolve().parent
MODELS = PACKAGE.parent / "models"


def directory() -> Path:
    root = os.environ.get("QA_ALIGN_CACHE") or Path.home() / ".cache" / "qa-align"
    return Path(root) / "runs"


@lru_cache(maxsize=1)
def fingerprint() -> str:
    """A hash of qa-align's own files that results depend on: code, lexicons, models."""
    return digest(own_files())


def own_files() -> list[Path]:
    """The files ``fingerprint`` hashes: qa-align's code and lexicons, the shipped models and data the rules read
    (cue classifier, question reading, score, rare-word weights) whatever their suffix, and the checkout's copies."""
    files = [p for p in PACKAGE.rglob("*") if p.suffix in (".py", ".toml") and p.is_file()]
    files += [p for p in (PACKAGE / "models").glob("*") if p.is_file() and p.suffix != ".py"]
    files += [p for p in MODELS.glob("*") if p.is_file()] if MODELS.is_dir() else []
    return files


def digest(files: Iterable[Path]) -> str:
    """A hash of ``files``, each its path (from the checkout's root) and its bytes, in path order."""
    h = hashlib.sha256()
    for p in sorted(files):
        h.update(str(p.relative_to(PACKAGE.parent)).encode() + b"\0" + p.read_bytes() + b"\0")
    return h.hexdigest()


def file_stats(path: Path) -> Iterable[str]:
    """What tells whether ``path`` changed: each file's path, size and modification time (every
    file of a folder; a file's metadata sidecar, ``NAME.meta.json``, with it), or "missing"."""
    if path.is_dir():
        for f in sorted(path.rglob("*")):
            if f.is_file():
                st = f.stat()
                yield f"{f}\0{st.st_size}\0{st.st_mtime_ns}"
    elif path.is_file():
        st = path.stat()
        yield f"{path}\0{st.st_size}\0{st.st_mtime_ns}"
        sidecar = path.with_name(path.stem + ".meta.json")  # read with its file (Flemish fetches)
        if sidecar.is_file():
            yield from file_stats(sidecar)
    else:
        yield f"{path}\0missing"


def named_files(settings: Settings) -> list[str]:
    """``file_stats`` of the files the settings name (a lexicon folder; a model or calibration
    retrained into the same path, the learned decisions' and the question reading's included; the
    trained score's numbers, the ``.json`` beside its model)."""
    named = [settings.lexicon_dir, settings.cue_model, settings.similarity_model]
    named += [settings.score_model, settings.off_topic_calibration]
    named += [
        settings.asks_model,
        settings.holding_model,
        settings.holding_sentences_model,
        settings.holding_gate_model,
        settings.yes_no_gate_model,
        settings.yes_no_model,
        settings.answered_model,
        settings.generic_model,
    ]
    paths = [Path(n) for n in named if n]
    if settings.score_model:
        paths.append(Path(settings.score_model).with_suffix(".json"))
    return [s for p in paths if p.exists() for s in file_stats(p)]


def key(inputs: list, settings: Settings, source: str | None, columns) -> str | None:
    """The run's key, or None when it is not to be cached."""
    if not settings.run_cache or not all(isinstance(i, str | os.PathLike) for i in inputs):
        return None
    h = hashlib.sha256(fingerprint().encode())
    h.update(repr(dataclasses.astuple(settings)).encode())
    h.update(repr((source, columns)).encode())
    h.update("\n".join(named_files(settings)).encode())
    for i in inputs:
        h.update(b"\1" + "\n".join(file_stats(Path(i).resolve())).encode())
    return h.hexdigest()


def load(run_key: str) -> list | None:
    path = directory() / f"{run_key}.pickle"
    try:
        with path.open("rb") as fh:
            items = pickle.load(fh)
    except FileNotFoundError:
        return None
    except Exception as exc:  # a damaged or foreign file: run again
        log.warning("ignoring the cached run %s (%s)", path, exc)
        return None
    os.utime(path)  # recently used: kept longest
    return items


def store(run_key: str, items: list) -> None:
    folder = directory()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        tmp = folder / f"{run_key}.pickle.part"
        with tmp.open("wb") as fh:
            pickle.dump(items, fh, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(folder / f"{run_key}.pickle")
        runs = sorted(folder.glob("*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in runs[KEEP:]:
            old.unlink(missing_ok=True)
    except OSError as exc:  # a full disk or a read-only home: the run's results stand anyway
        log.warning("could not cache this run in %s (%s)", folder, exc)
