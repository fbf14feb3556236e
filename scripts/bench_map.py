"""Process time of the per-document stage (`document_rules.map_document`) over a fixed sample:
every 25th record of each source of DATA_DIR in reading order (the whole source where it has
fewer than 100 records), with the default settings (the cue classifier on).

    .venv/bin/python scripts/bench_map.py [DATA_DIR] [--sample FILE.pickle] [--profile N]

``--sample``: the sample's documents pickled there on the first run and read from there after
(the same documents for every run and every checkout compared). Before the timed pass, the
stage runs once on 40 other records (the 13th of every 25), so that models and lexicons are
loaded outside the timing. Prints the documents, the pairs, the process time of the pass, and a
hash of every result's pairs and flags (``repr`` of ``DocumentScore.scored()``) to check that
two checkouts give the same output. ``--profile N``: the pass under cProfile instead, with its
top N functions by own time and by cumulative time (its times process time; the timing then includes cProfile's cost).
Compare checkouts by running this in each, alternated, in one sitting; the least of three
passes each (a shared machine's wall time means nothing).
"""

from __future__ import annotations

import argparse
import hashlib
import pickle
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STEP = 25
WHOLE_BELOW = 100


def sample(data: Path) -> tuple[list, list]:
    """(the sample, 40 warm-up documents) of every source folder of ``data``."""
    from qa_align.pipeline import iter_documents
    from qa_align.types import Document

    chosen, warm = [], []
    for folder in sorted(p for p in data.iterdir() if p.is_dir()):
        docs = [d for d in iter_documents([folder]) if isinstance(d, Document)]
        if len(docs) < WHOLE_BELOW:
            chosen += docs
        else:
            chosen += docs[::STEP]
            warm += docs[STEP // 2 :: STEP][:10]
    return chosen, warm


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", default=str(ROOT.parent / "shared" / "data"))
    parser.add_argument("--sample", help="pickle of the sample: written if missing, read if there")
    parser.add_argument("--profile", type=int, default=0, help="profile the pass, print the top N")
    parser.add_argument("--dump", help="with --profile: the profile's statistics written there too")
    args = parser.parse_args()
    from qa_align.document_rules import map_document
    from qa_align.rules import get_rules
    from qa_align.settings import Settings
    from qa_align.types import Problem

    if args.sample and Path(args.sample).exists():
        docs, warm = pickle.loads(Path(args.sample).read_bytes())
    else:
        docs, warm = sample(Path(args.data))
        if args.sample:
            Path(args.sample).write_bytes(pickle.dumps((docs, warm)))
    settings = Settings()
    rules = get_rules(settings.rules)
    for d in warm:
        map_document(d, settings, rules)
    digest = hashlib.sha256()
    pairs = 0

    def run() -> list:
        return [map_document(d, settings, rules) for d in docs]

    if args.profile:
        import cProfile
        import pstats

        profiler = cProfile.Profile(time.process_time)
        start = time.process_time()
        results = profiler.runcall(run)
        seconds = time.process_time() - start
    else:
        start = time.process_time()
        results = run()
        seconds = time.process_time() - start
    for r in results:
        if isinstance(r, Problem):
            digest.update(repr(r).encode())
        else:
            rows = r.scored()
            pairs += len(rows)
            for row in rows:
                digest.update(repr((row.pair, row.flags, row.attributed_share, row.unit_counts)).encode())
    print(f"{len(docs)} documents, {pairs} pairs, map_document {seconds:.2f} s of process time")
    print(f"results sha256 {digest.hexdigest()}")
    if args.profile:
        if args.dump:
            profiler.dump_stats(args.dump)
        stats = pstats.Stats(profiler, stream=sys.stdout)
        stats.sort_stats("tottime").print_stats(args.profile)
        stats.sort_stats("cumulative").print_stats(args.profile)


if __name__ == "__main__":
    main()
