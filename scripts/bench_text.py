"""Benchmark of the text layer: the sentence splitter and the word tokeniser on every answer
segment of a data folder, beside the plain splitter the stages used before.

    .venv/bin/python scripts/bench_text.py [DATA_DIR]   (default: ../shared/data)

Reads every document once (not timed), then times each way of cutting all answer segments
into sentences (best of three rounds) and prints segments, sentences and seconds. Last, the
worst case of the address pattern: a 100 kB run of "1.2-" in a text with an e-mail address
(tokens and sentences; the e-mail pattern read it from each of its words once, 36 s for 128 kB).
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

# the splitter boilerplate, similarity and off_topic used before the text layer (no abbreviations)
_PLAIN = re.compile(r"[^.?!;\n]+(?:[.?!;]+|\n|$)")
# the one analyze used (abbreviations of both languages in code)
_ABBREVIATIONS = (
    "hon",
    "rt",
    "mr",
    "mrs",
    "ms",
    "dr",
    "st",
    "nr",
    "art",
    "vs",
    "cf",
    "resp",
    "bijv",
    "bv",
    "ca",
)
_AFTER = "|".join(rf"(?<=\b(?i:{a})\.)" for a in _ABBREVIATIONS)
_ANALYZE = re.compile(rf"(?:[^.?!;\n]+|\.(?= )(?:{_AFTER}))+(?:[.?!;]+|\n|$)")


def _best(fn, rounds: int = 3) -> tuple[float, int]:
    best, count = float("inf"), 0
    for _ in range(rounds):
        start = time.perf_counter()
        count = fn()
        best = min(best, time.perf_counter() - start)
    return best, count


def main(argv: list[str]) -> int:
    from qa_align.readers import read_paths
    from qa_align.text import sentences, words
    from qa_align.types import Document

    data = Path(argv[0] if argv else Path(__file__).resolve().parent.parent.parent / "shared" / "data")
    segments: list[tuple[str, str]] = []  # (language, text)
    for item in read_paths([str(data)]):
        if isinstance(item, Document):
            segments.extend((item.metadata.language, s.text) for s in item.answer.segments)
    chars = sum(len(t) for _, t in segments)
    print(f"{len(segments)} answer segments, {chars / 1e6:.1f} million characters")

    def before(pattern: re.Pattern[str]):
        def cut() -> int:  # as the stages did: each sentence's offsets and stripped text
            n = 0
            for _, t in segments:
                found = [(m.start(), m.end(), m.group().strip()) for m in pattern.finditer(t)]
                n += sum(1 for f in found if f[2])
            return n

        return cut

    def layer() -> int:
        return sum(len(sentences(t, lang)) for lang, t in segments)

    def tokens() -> int:
        return sum(len(words(t)) for _, t in segments)

    print(f"{'way':40s} {'items':>10s} {'seconds':>8s}")
    for name, fn in (
        ("plain regex (before, no abbreviations)", before(_PLAIN)),
        ("analyze's regex (before, abbreviations)", before(_ANALYZE)),
        ("text.sentences (abbreviations)", layer),
        ("text.words", tokens),
    ):
        seconds, count = _best(fn)
        print(f"{name:40s} {count:>10d} {seconds:>8.2f}")
    from qa_align.text import TOKEN

    run = "mail a@b.be " + "1.2-" * 25_000
    for name, fn in (
        ("100 kB run: text.TOKEN", lambda: len(TOKEN.findall(run))),
        ("100 kB run: text.sentences", lambda: len(sentences(run, "nl"))),
    ):
        seconds, count = _best(fn)
        print(f"{name:40s} {count:>10d} {seconds:>8.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
