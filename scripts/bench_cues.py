"""Benchmark of the cue classifier: answer sentences a second, per language.

    .venv/bin/python scripts/bench_cues.py [N] [DATA_DIR] [MODEL.npz ...]
    (default: 20000 sentences a language, ../shared/data, the shipped model)

Takes the first N answer sentences of be-kamer (nl) and uk-commons (en), split by a simple rule,
and times, after the model is loaded (and the lexicon matchers built by one warm-up sentence):
the probabilities alone (also as microseconds a sentence), ``predict`` (with the evidence of the
sentences that get a cue), and the probabilities without the lexicon features (the word features
alone, for comparison). One core. Several models given (e.g. the previous one, taken out of git
with ``git show``): each is timed on the same sentences, one after the other.
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
    texts = {
        "nl": _sentences(_be_kamer(data), n),
        "en": _sentences(_uk_commons(data), n),
    }
    for path in argv[2:] or [None]:
        start = time.perf_counter()
        model = CueClassifier.load(path) if path else CueClassifier.load()
        print(f"model {path or 'shipped'} loaded in {time.perf_counter() - start:.2f} s")
        _time_model(model, texts)
    return 0


def _time_model(model, texts: dict[str, list[str]]) -> None:
    from qa_align.cues import CueClassifier

    print(
        f"{'language':9s} {'sentences':>9s} {'probs/s':>9s} {'µs/sent':>8s} {'predict/s':>9s} {'no-lex/s':>9s}"
        f" {'with cue':>8s}"
    )
    for lang, sentences in texts.items():
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
            f"{lang:9s} {len(sentences):>9d} {_rate(len(sentences), probs)} {probs / len(sentences) * 1e6:>8.1f}"
            f" {_rate(len(sentences), pred)} {_rate(len(sentences), nolex)} {share:>8.1%}"
        )


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
