"""Build ``qa_align/models/question_idf.json``: how many questions of a language hold each
content word, so ``generic`` (``qa_align.rules.answers``) can weigh the words a question asks
with by how rare they are among questions (the question's distinctive, specific words).

Every unit question of every document read from the data folder counts once per content word
(``coverage.content_words``: no stop word, no figure, three letters or more, its first
``Settings.stem_letters`` letters). Words in fewer than ``--min-df`` questions are left out:
the rule gives a word it does not find the weight of the rarest. Run from the repository::

    .venv/bin/python scripts/build_question_idf.py ../shared/data [-o qa_align/models/question_idf.json]
"""

from __future__ import annotations

import argparse
import json
import logging
from collections import Counter
from pathlib import Path

from qa_align.coverage import content_words
from qa_align.readers import read_paths
from qa_align.settings import Settings
from qa_align.types import Problem

OUT = Path(__file__).resolve().parents[1] / "qa_align" / "models" / "question_idf.json"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="+", help="folders and files of documents")
    ap.add_argument("-o", "--output", default=str(OUT))
    ap.add_argument("--min-df", type=int, default=3, help="least questions a word stands in (default 3)")
    args = ap.parse_args(argv)
    letters = Settings().stem_letters
    counts: dict[str, Counter[str]] = {}
    questions: Counter[str] = Counter()
    for doc in read_paths(args.paths):
        if isinstance(doc, Problem):
            continue
        lang = doc.metadata.language
        for unit in doc.question.units:
            questions[lang] += 1
            counts.setdefault(lang, Counter()).update(content_words(unit.text, lang, letters=letters))
    out = {
        "letters": letters,
        "min_df": args.min_df,
        "languages": {
            lang: {
                "questions": questions[lang],
                "df": {w: n for w, n in sorted(c.items()) if n >= args.min_df},
            }
            for lang, c in sorted(counts.items())
        },
    }
    Path(args.output).write_text(json.dumps(out, ensure_ascii=False, separators=(",", ":")) + "\n")
    for lang, v in out["languages"].items():
        logging.getLogger(__name__).warning("%s: %d questions, %d words", lang, v["questions"], len(v["df"]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
