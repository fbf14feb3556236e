"""Draw records that no labelled set holds, for a new set to be labelled by reading.

    python scripts/draw_unlabelled.py be|uk SEED N [--pool cues-kept|cues-out] [--at COMMIT]
                                      [--leave-out-cited]

Prints N ids (``doc_id`` of ``../shared/data/be-kamer-2017/questions.jsonl``, ``id`` of
``../shared/data/uk-commons/written_questions.jsonl.gz``), answered records only, drawn by
``random.seed(SEED); random.sample(pool, N)`` from the pool in file order. The pool leaves out
every record of that source that a label file holds: ``../shared/labels/reference-*.jsonl``,
``corpus/gold/**/*.jsonl``, ``corpus/holding/``, ``corpus/yesno/``, ``corpus/asks/`` (``cues-kept``,
the default, the rule since the afternoon of 2026-12-02: the documents of which only single sentences
were read for the cue sets stay in the pool). ``--pool cues-out``: the rule of the draws before
(`dev-uk20` and earlier, ``draw8.py`` in their notes): every ``../shared/labels/*.jsonl`` (the cue
set ``cues.jsonl`` included), ``corpus/gold/**/*.jsonl``, ``corpus/cues/``, ``corpus/holding/``.

The pool is what the label files held when the draw was made. ``--at COMMIT`` reads the project's
label files as they stood at that commit (``git show``; ``../shared/labels`` is read from disk, it is
not in the repository), so that a set's draw can be made again after its labels were added:
``--at 7d76567`` gives the ids of ``dev-be22``. ``--leave-out-cited`` drops, after the draw and in
the order drawn, every id that a file of the repository outside ``corpus/`` (README, code, tests,
models' cards) holds as a whole word at that commit (or in the work tree), so that no rule was
written on a record of the new set; the ids dropped are named on standard error.
"""

from __future__ import annotations

import argparse
import fnmatch
import gzip
import json
import random
import re
import subprocess
import sys
from pathlib import Path

SOURCES = {"be": "be-kamer", "uk": "uk-commons"}
_ID = re.compile(r"(?<![\w.])\d{6,7}(?![\w])")


def _git(*args: str) -> str:
    return subprocess.run(["git", *args], capture_output=True, text=True, check=True).stdout


def _project_files(at: str | None) -> list[str]:
    """The repository's tracked files at ``at`` (the work tree's tracked files when None)."""
    if at:
        return _git("ls-tree", "-r", "--name-only", at).splitlines()
    return _git("ls-files").splitlines()


def _read(name: str, at: str | None) -> str:
    if at and not name.startswith("../"):
        return _git("show", f"{at}:{name}")
    return Path(name).read_text(encoding="utf-8")


def label_files(cues: bool, at: str | None) -> list[str]:
    shared = sorted(str(p) for p in Path("../shared/labels").glob("*.jsonl"))
    if cues:  # the rule of the draws up to the morning of 2026-12-02
        patterns = [
            "corpus/gold/*.jsonl",
            "corpus/gold/**/*.jsonl",
            "corpus/cues/*.jsonl",
            "corpus/holding/*.jsonl",
        ]
    else:
        shared = [p for p in shared if Path(p).name.startswith("reference-")]
        patterns = ["corpus/gold/*.jsonl", "corpus/gold/**/*.jsonl"]
        patterns += [f"corpus/{folder}/*.jsonl" for folder in ("holding", "yesno", "asks")]
    own = [f for f in _project_files(at) if any(fnmatch.fnmatch(f, p) for p in patterns)]
    return shared + sorted(set(own))


def labelled(source: str, cues: bool, at: str | None = None) -> set[str]:
    seen = set()
    for name in label_files(cues, at):
        for line in _read(name, at).splitlines():
            if line.strip():
                d = json.loads(line)
                if d.get("source") in (source, None) and "doc_id" in d:
                    seen.add(str(d["doc_id"]))
    return seen


def cited(at: str | None) -> set[str]:
    """Every six- or seven-digit number that a tracked text file outside ``corpus/`` holds."""
    ids: set[str] = set()
    for name in _project_files(at):
        if name.startswith("corpus/"):
            continue
        try:
            text = _read(name, at)
        except (UnicodeDecodeError, subprocess.CalledProcessError, OSError):
            continue  # binary files (models, parquet) cite nothing a reader wrote
        ids.update(_ID.findall(text))
    return ids


def pool(kind: str, cues: bool, at: str | None = None) -> list[str]:
    seen = labelled(SOURCES[kind], cues, at)
    rest = []
    if kind == "be":
        with open("../shared/data/be-kamer-2017/questions.jsonl", encoding="utf-8") as fh:
            for line in fh:
                d = json.loads(line)
                if (d.get("answer") or "").strip() and str(d["doc_id"]) not in seen:
                    rest.append(str(d["doc_id"]))
    else:
        with gzip.open("../shared/data/uk-commons/written_questions.jsonl.gz", "rt", encoding="utf-8") as fh:
            for line in fh:
                d = json.loads(line)
                rid = str(d.get("id") or d.get("value", {}).get("id"))
                if (d.get("answerText") or "").strip() and rid not in seen:
                    rest.append(rid)
    return rest


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("kind", choices=sorted(SOURCES))
    parser.add_argument("seed", type=int)
    parser.add_argument("n", type=int)
    parser.add_argument("--pool", choices=("cues-kept", "cues-out"), default="cues-kept")
    parser.add_argument("--at", metavar="COMMIT", help="read the project's label files as at this commit")
    parser.add_argument(
        "--leave-out-cited", action="store_true", help="drop ids that a file outside corpus/ cites"
    )
    args = parser.parse_args(argv)
    if args.at:
        try:
            _git("rev-parse", "--verify", f"{args.at}^{{commit}}")
        except subprocess.CalledProcessError:
            print(f"--at {args.at}: not a commit of this repository", file=sys.stderr)
            return 2
    rest = pool(args.kind, args.pool == "cues-out", args.at)
    if args.n > len(rest):
        print(f"only {len(rest)} records in the pool, {args.n} asked", file=sys.stderr)
        return 1
    random.seed(args.seed)
    drawn = random.sample(rest, args.n)
    if args.leave_out_cited:
        named = cited(args.at)
        dropped = [i for i in drawn if i in named]
        drawn = [i for i in drawn if i not in named]
        if dropped:
            print(f"left out, cited outside corpus/: {' '.join(dropped)}", file=sys.stderr)
    print("\n".join(drawn))
    print(f"{len(rest)} records in the pool", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
