"""Whether a document's flags are the same scored alone as scored within its batch.

Scores each folder given as one batch (as ``qa-align score FOLDER`` does, ``--jobs``), then a sample
of its documents one at a time, each alone, every cache of the package emptied before it (as a
fresh ``qa-align score FILE`` starts), and counts the documents whose flags differ. ``boilerplate``
and ``off_topic`` are left aside: they weigh the batch by definition (README, "Flags").

    PYTHONPATH=$PWD python scripts/check_batch_independence.py ../shared/data/be-kamer-2017 \
        ../shared/data/vlaams-parlement --sample 200 --jobs 2

Prints, per folder, the documents compared and those that differ, and for each of those its
units whose flags differ (alone, then in the batch).
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import defaultdict

from qa_align.pipeline import iter_scored
from qa_align.readers import read_paths
from qa_align.settings import Settings
from qa_align.types import Document, ScoredPair

BATCH_FLAGS = frozenset({"boilerplate", "off_topic"})


def clear_caches() -> None:
    """Empty every ``functools`` cache of the package's modules (a fresh process has none)."""
    for name, module in list(sys.modules.items()):
        if not name.startswith("qa_align"):
            continue
        for value in list(vars(module).values()):
            if callable(getattr(value, "cache_clear", None)) and getattr(value, "__module__", "").startswith(
                "qa_align"
            ):
                value.cache_clear()


def flags_by_unit(pairs) -> dict[tuple[str, str], frozenset[str]]:
    out: dict[tuple[str, str], frozenset[str]] = {}
    for sp in pairs:
        if isinstance(sp, ScoredPair):
            key = (sp.document.doc_id, sp.pair.question.n)
            out[key] = frozenset(f.name for f in sp.flags) - BATCH_FLAGS
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="+")
    ap.add_argument("--sample", type=int, default=200, help="documents scored alone per folder")
    ap.add_argument("--jobs", type=int, default=1, help="processes scoring the whole batch")
    ap.add_argument("--seed", type=int, default=13)
    args = ap.parse_args(argv)
    settings = Settings(similarity_model=None, score_model="none")
    total = [0, 0]
    for folder in args.folders:
        docs = [d for d in read_paths([folder]) if isinstance(d, Document)]
        batch = flags_by_unit(
            iter_scored(docs, Settings(similarity_model=None, score_model="none", jobs=args.jobs))
        )
        chosen = random.Random(args.seed).sample(docs, min(args.sample, len(docs)))
        differ: dict[str, list[str]] = defaultdict(list)
        for doc in chosen:
            clear_caches()
            alone = flags_by_unit(iter_scored([doc], settings))
            for key, flags in sorted(alone.items()):
                if batch.get(key) != flags:
                    differ[doc.doc_id].append(
                        f"  {key[0]} unit {key[1]}: alone {sorted(flags)}, in the batch {sorted(batch.get(key, ()))}"
                    )
        print(f"{folder}: {len(docs)} documents, {len(chosen)} scored alone, {len(differ)} differ")
        for lines in differ.values():
            print("\n".join(lines))
        total[0] += len(chosen)
        total[1] += len(differ)
    print(f"all: {total[0]} documents scored alone, {total[1]} differ")
    return 0


if __name__ == "__main__":
    sys.exit(main())
