"""Process time of each compiled regular expression of ``qa_align`` over the map stage
(``document_rules.map_document``) on ``scripts/bench_map.py``'s sample: the patterns that the whole
of the stage's regular-expression work is spread over, each with the file and line that compiled it.

    .venv/bin/python scripts/bench_patterns.py --sample FILE.pickle [--top N]

``--sample``: the pickle ``scripts/bench_map.py --sample`` writes (the same documents and warm-up).
Every pattern compiled by ``re.compile`` in a ``qa_align`` module (at import, or later, as those
kept by ``lru_cache``) is wrapped so that each call of its methods is timed (``finditer``'s matches
made at once, so that the time of a loop over them is counted; the cost of the wrapper itself is
not counted, but it slows the pass: the pass's own total is no measure). Patterns used through
``re.search(string, ...)`` are not counted. Measured with it (speed34, README): the patterns took
about a quarter of the pass, no one above 6% of it.
"""

from __future__ import annotations

import argparse
import collections
import pickle
import re
import sys
import time

_compile = re.compile
_clock = time.process_time
STATS: dict[tuple[str, str], list] = collections.defaultdict(lambda: [0.0, 0])


class _Timed:
    """A compiled pattern whose methods are timed into ``STATS`` under its place of compiling."""

    __slots__ = ("pattern", "site")

    def __init__(self, pattern: re.Pattern[str], site: str) -> None:
        self.pattern = pattern
        self.site = site

    def __getattr__(self, name: str):
        attr = getattr(self.pattern, name)
        if not callable(attr):
            return attr

        def timed(*args, **kwargs):
            start = _clock()
            out = attr(*args, **kwargs)
            if name == "finditer":
                out = iter(list(out))
            entry = STATS[(self.site, name)]
            entry[0] += _clock() - start
            entry[1] += 1
            return out

        return timed

    def __hash__(self) -> int:
        return hash(self.pattern)

    def __eq__(self, other) -> bool:
        return self.pattern == (other.pattern if isinstance(other, _Timed) else other)


def _timed_compile(pattern, flags=0):
    compiled = _compile(pattern, flags)
    frame = sys._getframe(1)
    while frame and ("/re/" in frame.f_code.co_filename or "functools" in frame.f_code.co_filename):
        frame = frame.f_back
    name = frame.f_code.co_filename if frame else ""
    if "/qa_align/" not in name:
        return compiled
    where = name.split("/qa_align/")[1]
    return _Timed(compiled, f"{where}:{frame.f_lineno} {compiled.pattern[:70]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", required=True, help="the pickle scripts/bench_map.py --sample wrote")
    parser.add_argument("--top", type=int, default=30)
    args = parser.parse_args()
    re.compile = _timed_compile  # before qa_align is imported
    import gc

    from qa_align.document_rules import map_document
    from qa_align.rules import get_rules
    from qa_align.settings import Settings
    from qa_align.workers import GC_THRESHOLDS

    gc.set_threshold(*GC_THRESHOLDS)
    settings = Settings()
    rules = get_rules(settings.rules)
    with open(args.sample, "rb") as f:
        docs, warm = pickle.load(f)
    for d in warm:
        map_document(d, settings, rules)
    STATS.clear()
    start = _clock()
    for d in docs:
        map_document(d, settings, rules)
    whole = _clock() - start
    spent = sum(v[0] for v in STATS.values())
    print(
        f"{len(docs)} documents: the pass {whole:.2f} s of process time (with the timing's cost), "
        f"the patterns {spent:.2f} s of it"
    )
    for (site, method), (seconds, calls) in sorted(STATS.items(), key=lambda kv: -kv[1][0])[: args.top]:
        print(f"  {seconds:7.3f} s {calls:8d} {method:9s} {site}")


if __name__ == "__main__":
    main()
