"""Process time of the similarity stages' parts (the fit, the passages, identifiability) on the
pairs' texts of whole sources, without the rules.

    .venv/bin/python scripts/bench_similarity_parts.py --texts FILE.pickle [DATA ...]

The first run reads DATA (default: every source of ``../shared/data``), aligns each document and
pickles each pair's texts (``similarity.pair_text``) to ``--texts``; later runs load them. Then
``similarity.text_similarities`` runs once in this process with the default backend, its
character bags made here too (``processes = 1``, so that process time counts every part), and
prints each stage's process time (every thread; from its "stage:" message to the next), the time
of the parts wrapped below within each stage, and a hash of the values (the same values, the same
hash: to check that two checkouts agree).
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import logging
import pickle
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def pair_texts(paths: list[str]) -> list:
    from qa_align.align import align
    from qa_align.pipeline import iter_documents
    from qa_align.settings import Settings
    from qa_align.similarity import pair_text
    from qa_align.types import Document

    settings = Settings()
    out = []
    for doc in iter_documents(paths):
        if isinstance(doc, Document):
            out.extend(pair_text(doc, p) for p in align(doc, settings))
    return out


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--texts", required=True, help="pickle of the pairs' texts: written if missing")
    p.add_argument("data", nargs="*", help="sources (default: every folder of ../shared/data)")
    args = p.parse_args()
    path = Path(args.texts)
    if path.exists():
        texts = pickle.loads(path.read_bytes())
    else:
        data = args.data or sorted(str(d) for d in (ROOT.parent / "shared" / "data").iterdir() if d.is_dir())
        texts = pair_texts(data)
        path.write_bytes(pickle.dumps(texts, protocol=pickle.HIGHEST_PROTOCOL))

    import qa_align.embed as embed
    import qa_align.similarity as similarity

    spent: dict[tuple[str, str], float] = collections.defaultdict(float)
    stage = ["fit"]

    def timed(owner, name: str, label: str, static: bool = False) -> None:
        inner = getattr(owner, name)

        def wrapper(*a, **k):
            t = time.process_time()
            try:
                return inner(*a, **k)
            finally:
                spent[stage[0], label] += time.process_time() - t

        setattr(owner, name, staticmethod(wrapper) if static else wrapper)

    timed(similarity, "passages", "cutting the answers into passages")
    timed(similarity, "_pair_dots", "cosines")
    timed(embed._Words, "_word_ids", "words split into ids (Python per word)")
    timed(embed._Words, "transform", "words' rows of new texts, in all")
    timed(embed._HashedChars, "bags", "character bags (Python per word)")
    timed(embed._HashedChars, "fit_bags", "character weights' pass")
    timed(embed._HashedChars, "transform", "character rows of new texts, in all")

    marks: list[tuple[float, str]] = []

    class Marks(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            message = record.getMessage()
            marks.append((time.process_time(), message))
            if "passages" in message:
                stage[0] = "passages"
            elif "identifiability" in message:
                stage[0] = "identifiability"

    logger = logging.getLogger("qa_align")
    logger.addHandler(Marks())
    logger.setLevel(logging.INFO)
    logging.getLogger("qa_align.stages").setLevel(logging.DEBUG)  # the stage marks (lows54)
    backend = embed.get_backend("tfidf+char", cache=False)
    backend.processes = 1
    start = time.process_time()
    values = similarity.text_similarities(texts, backend, 50, 0)
    end = time.process_time()
    print(f"{sum(t is not None for t in texts)} pairs compared")
    bounds = [(start, "stage: similarity: fit"), *marks, (end, "")]
    names = {"fit": "fit", "passages": "passages", "identifiability": "identifiability"}
    for (t0, message), (t1, _) in zip(bounds, bounds[1:]):
        print(f"{t1 - t0:8.2f} s  {message}")
        for (where, label), seconds in sorted(spent.items()):
            if where in message and where in names:
                print(f"{seconds:8.2f} s      {label}")
    print("values sha256", hashlib.sha256(repr(values).encode()).hexdigest())


if __name__ == "__main__":
    main()
