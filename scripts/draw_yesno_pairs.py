"""Draw the (closed question, answer sentence) pairs of ``corpus/yesno/pairs.jsonl`` (run once,
2026-12-01; the labels were then added by reading, ``corpus/yesno/README.md``). From the units of
the development sets whose question the tool reads as closed and which an answer segment serves
(``experiment_settles.read_units``), 160 at random (seed 8); of each, the answer sentence that
shares the most words with the first closed question sentence (words of four letters or more, on
their first five letters; the first such sentence on a tie) and, where there are more, one other
sentence at random. Prints the pairs without labels as JSON Lines::

    PYTHONPATH=$PWD .venv/bin/python scripts/draw_yesno_pairs.py > pairs-unlabelled.jsonl
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from experiment_settles import read_units  # noqa: E402

UNITS = 160
_WORD = re.compile(r"\w+")


def _words(text: str) -> set[str]:
    return {w.lower()[:5] for w in _WORD.findall(text) if len(w) > 3}


def main() -> int:
    rng = random.Random(8)
    units, _, seen = read_units()
    keys = [(name, key) for name, key, _ in units if key in seen and seen[key][0]]
    rng.shuffle(keys)
    k = 0
    for name, key in keys[:UNITS]:
        texts, _, closed, language = seen[key]
        asked = _words(closed)
        best = max(range(len(texts)), key=lambda i: len(_words(texts[i]) & asked))
        picks = {best}
        if len(texts) > 1:
            picks.add(rng.choice([i for i in range(len(texts)) if i != best]))
        for i in sorted(picks):
            row = {"id": f"yn{k:03d}", "source": key[0], "doc_id": key[1], "unit": key[2], "set": name,
                   "language": language, "question": closed, "sentence_index": i, "sentence": texts[i]}  # fmt: skip
            print(json.dumps(row, ensure_ascii=False))
            k += 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
