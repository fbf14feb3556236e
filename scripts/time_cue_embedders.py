"""What embedding every answer sentence would cost (issue 17, session 15): sentences a second of an
``qa_align.embed`` backend on one core (no disk cache), on answer sentences of ``../shared/data``
taken as ``scripts/bench_cues.py`` takes them, and the answer sentences per record of a sample of
records split as the rules split them (``qa_align.text.sentences``).

    OMP_NUM_THREADS=1 PYTHONPATH=$PWD .venv/bin/python scripts/time_cue_embedders.py use 2000
    (backend, sentences: half Dutch from be-kamer, half English from uk-commons; ``--en`` English only)
    PYTHONPATH=$PWD .venv/bin/python scripts/time_cue_embedders.py --per-record 20
    (every 20th document of ``../shared/data``: the answer sentences the cue classifier reads, per
    document, as ``analyze_answer`` splits its segments)
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_cues import _be_kamer, _sentences, _uk_commons  # noqa: E402


def per_record(every: int) -> int:
    """Answer sentences per document (non-blank, as ``qa_align.cues.classify`` reads them) of
    every ``every``-th document of ``../shared/data``, per source and in all."""
    from qa_align import text as text_layer
    from qa_align.readers import read_paths
    from qa_align.types import Document

    counts: dict[str, list[int]] = {}
    for k, doc in enumerate(read_paths(["../shared/data"])):
        if k % every or not isinstance(doc, Document):
            continue
        lang = doc.metadata.language
        n = sum(
            1 for seg in doc.answer.segments for _, _, s in text_layer.sentences(seg.text, lang) if s.strip()
        )
        counts.setdefault(doc.source, []).append(n)
    total = [n for ns in counts.values() for n in ns]
    for source, ns in sorted(counts.items()):
        print(f"{source}: {len(ns)} documents, {sum(ns) / len(ns):.1f} answer sentences each")
    print(f"all: {len(total)} documents, {sum(total) / len(total):.1f} answer sentences each")
    return 0


def main(argv: list[str]) -> int:
    import argparse
    import os

    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "backend", nargs="?", default="use", help="an embedding backend name (qa_align.embed)"
    )
    parser.add_argument("n", nargs="?", type=int, default=2000, help="sentences to embed")
    parser.add_argument("--en", action="store_true", help="English sentences only")
    parser.add_argument("--per-record", type=int, metavar="STEP", help="answer sentences per record instead")
    args = parser.parse_args(argv)
    if args.per_record:
        return per_record(args.per_record)

    os.environ.setdefault("OMP_NUM_THREADS", "1")
    name, n, english_only = args.backend, args.n, args.en
    data = Path("../shared/data")
    if english_only:
        texts = _sentences(_uk_commons(data), n)
    else:
        texts = _sentences(_be_kamer(data), n // 2) + _sentences(_uk_commons(data), n - n // 2)
    try:
        import torch

        torch.set_num_threads(1)
    except ImportError:
        pass
    from qa_align.embed import get_backend

    backend = get_backend(name, cache=False)
    backend.embed(texts[:16])  # warm-up: graph built, weights paged in
    t0 = time.perf_counter()
    rows = backend.embed(texts)
    seconds = time.perf_counter() - t0
    words = sum(len(t.split()) for t in texts) / len(texts)
    print(
        f"{name}: {len(texts)} sentences ({words:.1f} words on average) in {seconds:.1f} s: "
        f"{len(texts) / seconds:.1f} a second on one core; dim {rows.shape[1]}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
