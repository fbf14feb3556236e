"""How many answer and question sentences repeat one read before by the same map worker (speed56):
what a cache of the map's per-sentence readings keyed by the sentence's text could serve.

    .venv/bin/python scripts/count_repeats.py [DATA_DIR] [--jobs 2] [--chunk 64] [--kept 4096]

The documents of DATA_DIR in reading order, dealt to ``--jobs`` workers in chunks of ``--chunk``
in turn (as the map stage deals them when its workers keep pace: a pool gives a chunk to whichever
worker is free, so this is its usual case, not a rule). For the answer segments and the sentences
cut from them (``text.sentences``), and the question units and theirs: how many there are, how
many repeat a text (with its language) met before in the same worker (within the last ``N``
distinct texts it met, for each ``N`` of ``WINDOWS``: a least-recently-used cache of that size),
and in the whole corpus; and of the repeated sentences those whose own segment (unit) is not a
repeat within the last ``--kept`` segments (units) of its worker: what a cache of sentences would
add to the map's caches kept per segment text (``analyze._answer_cues``, ``text._sentences``, ...,
4,096 texts each). Counts only: no text is printed.
"""

from __future__ import annotations

import argparse
from collections import Counter, OrderedDict
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WINDOWS = (1024, 4096, 16384, 65536, None)  # None: every text met before in the worker

# one document as counted: (language, its answer segments' texts, its question units' texts)
Item = tuple[str, tuple[str, ...], tuple[str, ...]]
Splitter = Callable[[str, str], Iterable[str]]


class Kept:
    """Which texts a least-recently-used cache of ``size`` entries (None: no bound) would hold."""

    def __init__(self, size: int | None) -> None:
        self.size = size
        self.texts: OrderedDict = OrderedDict()

    def met(self, key) -> bool:
        """Whether ``key`` is held (then it becomes the most recently used); else it is put in,
        the least recently used forgotten past ``size``."""
        if key in self.texts:
            self.texts.move_to_end(key)
            return True
        self.texts[key] = None
        if self.size is not None and len(self.texts) > self.size:
            self.texts.popitem(last=False)
        return False


def worker_of(k: int, jobs: int, chunk: int) -> int:
    """The worker of the ``k``-th document (from 0): chunks of ``chunk`` dealt to ``jobs`` in turn."""
    return (k // chunk) % jobs


def count(
    items: Iterable[Item],
    split: Splitter,
    jobs: int = 2,
    chunk: int = 64,
    kept: int = 4096,
    windows: tuple[int | None, ...] = WINDOWS,
) -> Counter:
    """The counts (see the module's doc) over ``items``, sentences cut by ``split(text, language)``.
    Keys, for part ``a`` (answers) and ``q`` (questions): ``a_passages``, ``a_passages_worker``
    (segments repeated in their worker), ``a_passages_corpus``, ``a_sentences``, ``a_chars``,
    ``a_sentences_corpus``; per window ``N`` (``all`` for None): ``a_N`` (sentences repeated within
    it), ``a_N_chars`` and ``a_N_new`` / ``a_N_new_chars`` (of them, those whose segment is not a
    repeat within ``kept``)."""
    names = {w: "all" if w is None else str(w) for w in windows}
    caches = [{part: ([Kept(kept)], {w: Kept(w) for w in windows}) for part in "aq"} for _ in range(jobs)]
    corpus = {part: (set(), set()) for part in "aq"}
    out: Counter = Counter()
    for k, (language, segments, units) in enumerate(items):
        mine = caches[worker_of(k, jobs, chunk)]
        for part, passages in (("a", segments), ("q", units)):
            (passage_kept,), sentence_kept = mine[part]
            seen_passages, seen_sentences = corpus[part]
            for text in passages:
                key = (language, text)
                out[f"{part}_passages"] += 1
                repeated = passage_kept.met(key)
                out[f"{part}_passages_worker"] += repeated
                out[f"{part}_passages_corpus"] += key in seen_passages
                seen_passages.add(key)
                for sentence in split(text, language):
                    skey = (language, sentence)
                    out[f"{part}_sentences"] += 1
                    out[f"{part}_chars"] += len(sentence)
                    out[f"{part}_sentences_corpus"] += skey in seen_sentences
                    seen_sentences.add(skey)
                    for w, cache in sentence_kept.items():
                        if cache.met(skey):
                            out[f"{part}_{names[w]}"] += 1
                            out[f"{part}_{names[w]}_chars"] += len(sentence)
                            if not repeated:
                                out[f"{part}_{names[w]}_new"] += 1
                                out[f"{part}_{names[w]}_new_chars"] += len(sentence)
    return out


def items_of(data: Path) -> Iterator[Item]:
    """Every document of ``data`` in reading order as counted (problems left out)."""
    from qa_align.pipeline import iter_documents
    from qa_align.types import Document

    for d in iter_documents([data]):
        if isinstance(d, Document):
            units = tuple(u.text for u in d.question.units)
            yield d.metadata.language, tuple(s.text for s in d.answer.segments), units


def split_sentences(text: str, language: str) -> list[str]:
    """The sentences of ``text`` as the map cuts them (``text.sentences``)."""
    from qa_align import text as text_layer

    return [s for _, _, s in text_layer.sentences(text, language)]


def table(out: Counter, windows: tuple[int | None, ...] = WINDOWS) -> str:
    lines = []
    for part, name, whole in (("a", "answer", "segments"), ("q", "question", "units")):
        n, chars = out[f"{part}_sentences"], out[f"{part}_chars"]
        passages = out[f"{part}_passages"]
        lines.append(
            f"{name} {whole}: {passages}, repeated in their worker (last {{kept}}) "
            f"{out[f'{part}_passages_worker']} ({out[f'{part}_passages_worker'] / max(passages, 1):.1%}), "
            f"in the corpus {out[f'{part}_passages_corpus']}"
        )
        lines.append(
            f"{name} sentences: {n} ({chars} characters), repeated in the corpus "
            f"{out[f'{part}_sentences_corpus']} ({out[f'{part}_sentences_corpus'] / max(n, 1):.1%})"
        )
        for w in windows:
            key = f"{part}_{'all' if w is None else w}"
            lines.append(
                f"  worker, last {'any' if w is None else w}: {out[key]} ({out[key] / max(n, 1):.1%}, "
                f"characters {out[key + '_chars'] / max(chars, 1):.1%}); in a {whole[:-1]} not repeated: "
                f"{out[key + '_new']} ({out[key + '_new'] / max(n, 1):.1%}, characters "
                f"{out[key + '_new_chars'] / max(chars, 1):.1%})"
            )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", default=str(ROOT.parent / "shared" / "data"))
    parser.add_argument("--jobs", type=int, default=2, help="map workers the chunks are dealt to")
    parser.add_argument("--chunk", type=int, default=64, help="documents dealt at once")
    parser.add_argument("--kept", type=int, default=4096, help="segments (units) kept per worker")
    args = parser.parse_args()
    out = count(items_of(Path(args.data)), split_sentences, args.jobs, args.chunk, args.kept)
    print(table(out).replace("{kept}", str(args.kept)))


if __name__ == "__main__":
    main()
