"""Calls of the map that repeat an earlier call with equal arguments (speed59): how much of the
per-document stage is work done again on the same input, function by function.

    .venv/bin/python scripts/bench_calls.py [DATA_DIR] --sample FILE.pickle [--first N] [--top N]

Every function defined at module level in ``qa_align`` (not a method, not one already kept by
``functools.lru_cache`` or ``cache``) is wrapped, where it is defined and wherever a loaded module
imported it; then ``scripts/bench_map.py``'s pass runs over its sample, a chunk at a time
(``document_rules.map_chunk``), as ``bench_map.py --chunked`` runs it. For each function: its calls
(outermost only: a call inside another call of the same function is not counted apart), the calls
whose arguments equal those of an earlier call in the pass (sets and lists compared by their items,
an unhashable object other than those by its identity), and the process time of all its calls and
of the repeated ones. The wrapping costs far more than the functions themselves (the pass runs ten
times slower or more): the seconds only rank the functions, the shares of ``scripts/bench_map.py
--sampled`` are the pass's own, and one long call (a garbage collection falling in it) can put a
function with few repeats near the top: read the calls and repeats beside the seconds. A repeat is work a store kept per input could save, at the cost
of the store's look-up, of its memory and of holding its inputs (a store keyed by a text keeps the
text); one of a function whose result depends on more than its arguments (a model file read from
disk, a store it fills) is none. Prints the results' sha256 as ``bench_map.py`` does: the same as
the unwrapped pass's."""

from __future__ import annotations

import argparse
import functools
import importlib
import pickle
import pkgutil
import sys
import time
import types
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))


def _key(value):
    """``value`` as a hashable key: sets and lists by their items, an unhashable object by its id."""
    if isinstance(value, (set, frozenset)):
        return ("set", frozenset(value))
    if isinstance(value, list):
        return ("list", tuple(map(_key, value)))
    if isinstance(value, tuple):
        return tuple(map(_key, value))
    if isinstance(value, dict):
        return ("dict", tuple((k, _key(v)) for k, v in value.items()))
    try:
        hash(value)
    except TypeError:
        return ("id", id(value))
    return value


class Calls:
    """Per function: [calls, repeats, seconds, seconds of the repeats]."""

    def __init__(self) -> None:
        self.stats: dict[str, list] = {}

    def wrap(self, name: str, func):
        stats = self.stats.setdefault(name, [0, 0, 0.0, 0.0])
        seen: set = set()
        depth = [0]

        @functools.wraps(func)
        def wrapped(*args, **kwargs):
            if depth[0]:
                return func(*args, **kwargs)
            try:
                key = (_key(args), tuple(sorted((k, _key(v)) for k, v in kwargs.items())))
                hash(key)
            except TypeError:
                key = None
            depth[0] += 1
            start = time.process_time()
            try:
                return func(*args, **kwargs)
            finally:
                spent = time.process_time() - start
                depth[0] -= 1
                stats[0] += 1
                stats[2] += spent
                if key is not None and key in seen:
                    stats[1] += 1
                    stats[3] += spent
                elif key is not None:
                    seen.add(key)

        return wrapped

    def install(self) -> None:
        import qa_align

        modules = []
        for found in pkgutil.walk_packages(qa_align.__path__, "qa_align."):
            if found.name.endswith("__main__"):
                continue
            try:
                modules.append(importlib.import_module(found.name))
            except ImportError:
                continue
        wrapped: dict[int, object] = {}
        for module in modules:
            for name, value in list(vars(module).items()):
                if (
                    isinstance(value, types.FunctionType)
                    and value.__module__ == module.__name__
                    and not name.startswith("__")
                ):
                    wrapped[id(value)] = self.wrap(f"{module.__name__}.{name}", value)
        for module in list(sys.modules.values()):
            if not getattr(module, "__name__", "").startswith("qa_align"):
                continue
            for name, value in list(vars(module).items()):
                if isinstance(value, types.FunctionType) and id(value) in wrapped:
                    setattr(module, name, wrapped[id(value)])

    def table(self, top: int) -> str:
        rows = sorted(self.stats.items(), key=lambda kv: -kv[1][3])[:top]
        lines = [f"  {'function':58s} {'calls':>8s} {'repeats':>8s} {'s':>7s} {'s repeated':>10s}"]
        lines += [
            f"  {name:58s} {calls:8d} {repeats:8d} {seconds:7.2f} {again:10.2f}"
            for name, (calls, repeats, seconds, again) in rows
            if calls
        ]
        return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", default=str(ROOT.parent / "shared" / "data"))
    parser.add_argument(
        "--sample", help="pickle of the sample (bench_map.py's): written if missing, read if there"
    )
    parser.add_argument(
        "--first", type=int, default=0, help="the sample: the first N documents of each source"
    )
    parser.add_argument(
        "--top", type=int, default=40, help="the functions shown, by the seconds of their repeats"
    )
    args = parser.parse_args()
    import bench_map

    from qa_align.workers import collect_less

    collect_less()
    if args.sample and Path(args.sample).exists():
        data = Path(args.sample).read_bytes()
    else:
        data = pickle.dumps(bench_map.sample(Path(args.data), args.first))
        if args.sample:
            Path(args.sample).write_bytes(data)
    side = bench_map.Side("qa_align", data)
    side.warm_up()
    calls = Calls()
    calls.install()
    count, step = side.steps(True)
    start = time.process_time()
    for k in range(count):
        step(k)
    seconds = time.process_time() - start
    pairs, digest = side.digest()
    print(f"{len(side.docs)} documents, {pairs} pairs, {seconds:.2f} s of process time wrapped")
    print(f"results sha256 {digest}")
    print(calls.table(args.top))


if __name__ == "__main__":
    main()
