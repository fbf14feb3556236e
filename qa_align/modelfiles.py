"""When a model file read by the per-document stage was last written, looked up at most once a
second per file: the rules ask for their learned decisions (``rules.answers.model_file``) and the
question-reading model (``asks``) pair by pair, about 15 times a document, and each lookup was a
``stat`` of the file. A model retrained into the same file is read again by a run (a batch:
``pipeline.map_documents`` calls ``forget``; worker processes start with nothing kept) and, within
one, by the pairs scored a second or more after it was written."""

from __future__ import annotations

import time
from pathlib import Path

CHECK_EVERY = 1.0  # seconds between two lookups of one file's modification time
_clock = time.monotonic  # (a test moves it on)
_seen: dict[Path, tuple[float, int]] = {}  # path: (when looked up, its st_mtime_ns)


def mtime_ns(path: Path) -> int:
    """``path``'s ``st_mtime_ns`` as looked up less than ``CHECK_EVERY`` seconds ago, else looked up
    now; ``FileNotFoundError`` (never kept) when there is no such file."""
    now = _clock()
    seen = _seen.get(path)
    if seen is not None and now - seen[0] < CHECK_EVERY:
        return seen[1]
    mtime = path.stat().st_mtime_ns
    _seen[path] = (now, mtime)
    return mtime


def forget() -> None:
    """Look every file up again at its next ``mtime_ns`` (a new batch)."""
    _seen.clear()
