"""Benchmark of the cue classifier: answer sentences a second, per language.

    .venv/bin/python scripts/bench_cues.py [N] [DATA_DIR]   (default: 20000 sentences a language, ../shared/data)

Takes the first N answer sentences of be-kamer (nl) and uk-commons (en), split by a simple rule,
and times, after the model is loaded (and the lexicon matchers built by one warm-up sentence):
the probabilities alone, ``predict`` (with the evidence of the sentences that get a cue), and the
probabilities without the lexicon features (the word features alone, for comparison). One core.
"""

from __future__ import annotations

import gzip
import html
import json
import re
import sys
import time
from pathlib import Path

_SENTENCE = re.compile(r"[^.?!;\n]+(?:[.?!;]+|\n|$)")
_TAG = re.compile(r"<[^>]+>")


def _sentences(texts, n: int) -> list[str]:
    out: list[str] = []
    for text in texts:
        out.extend(s.strip() for s in _SENTENCE.findall(text) if len(s.split()) >= 3)
        if len(out) >= n:
            break
    return out[:n]


def _be_kamer(data: Path):
    with (data / "be-kamer-2017" / "questions.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            answer = json.loads(line).get("answer")
            if answer:
                yield answer


def _uk_commons(data: Path):
    with gzip.open(data / "uk-commons" / "written_questions.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            answer = json.loads(line).get("answerText")
            if answer:
                yield html.unescape(_TAG.sub("\n", answer))


def _rate(n: int, seconds: float) -> str:
    return f"{n / seconds:>9,.0f}"


def main(argv: list[str]) -> int:
    from qa_align.cues import CueClassifier

    n = int(argv[0]) if argv else 20000
    data = (
        Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent.parent.parent / "shared" / "data"
    )
    start = time.perf_counter()
    model = CueClassifier.load()
    print(f"model loaded in {time.perf_counter() - start:.2f} s")
    print(
        f"{'language':9s} {'sentences':>9s} {'probs/s':>9s} {'predict/s':>9s} {'no-lex/s':>9s} {'with cue':>8s}"
    )
    for lang, texts in (("nl", _be_kamer(data)), ("en", _uk_commons(data))):
        sentences = _sentences(texts, n)
        model.predict(sentences[:1], lang)  # builds the lexicon matchers
        t = time.perf_counter()
        model.probabilities(sentences, lang)
        probs = time.perf_counter() - t
        t = time.perf_counter()
        results = model.predict(sentences, lang)
        pred = time.perf_counter() - t
        words_only = CueClassifier(model.models, lexicon=False)
        t = time.perf_counter()
        words_only.probabilities(sentences, lang)
        nolex = time.perf_counter() - t
        share = sum(1 for r in results if r.cues) / len(results)
        print(
            f"{lang:9s} {len(sentences):>9d} {_rate(len(sentences), probs)} {_rate(len(sentences), pred)} "
            f"{_rate(len(sentences), nolex)} {share:>8.1%}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
