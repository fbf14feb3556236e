"""Check that a `qa-align score --all` run left no record out: every record of the input is in
the score table or in its errors file.

    .venv/bin/python scripts/check_coverage.py ../shared/data out/all.csv --run   # score, then check
    .venv/bin/python scripts/check_coverage.py ../shared/data out/all.csv         # check an earlier run

The input is counted without qa-align's readers: every non-blank line of a JSON Lines file
(plain or .gz) is a record, its id `doc_id` (Belgian Chamber) or `id` (UK written-questions
API; `record N` for a line that is not a JSON object); every PDF or text file is one document
whose id is its name without the extension (provenance notes, hidden files and `.meta.json`
sidecars left out, as `score` leaves them; so are labelled examples, which `score` skips). A record is found in the score table by its source
and id, in the errors file by its path and id (`record N` for a line that cannot be read), or
by a row of its file without an id (the file could not be read at all). Prints a table per
source and the missing ids; exits 1 when any is missing or when the run (`--run`) failed.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import re
import subprocess
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

NOTES = re.compile(
    r"^(SOURCE|LICEN[CS]E|README|NOTICE|PROVENANCE)([._-].*)?$|.*\.note$|.*\.meta\.json$", re.IGNORECASE
)
DOCUMENTS = (".pdf", ".txt", ".docx")
RECORD_SOURCES = ("be-kamer", "uk-commons")


def _record_key(line: bytes, lineno: int) -> tuple[str, str]:
    """(source, id) of one line of JSON Lines, by the fields each source's records hold."""
    try:
        rec = json.loads(line)
    except ValueError:
        return "unreadable line", f"record {lineno}"
    if not isinstance(rec, dict):
        return "unreadable line", f"record {lineno}"
    if "units" in rec and "answer_numbering" in rec:
        return "labelled examples", str(rec.get("doc_id"))
    if "questionText" in rec:
        return "uk-commons", str(rec.get("id", f"record {lineno}"))
    if "doc_id" in rec:
        return "be-kamer", str(rec.get("doc_id"))
    return "other records", f"record {lineno}"


def count_input(data: Path) -> list[tuple[str, str, str]]:
    """(source, path, id) of every record and document under ``data``."""
    found = []
    for f in sorted(data.rglob("*")):
        rel = f.relative_to(data)
        if not f.is_file() or any(p.startswith(".") for p in rel.parts) or NOTES.match(f.name):
            continue
        name = f.name.lower()
        if name.endswith((".jsonl", ".jsonl.gz")):
            opener = gzip.open if name.endswith(".gz") else open
            with opener(f, "rb") as fh:
                for lineno, line in enumerate(fh, 1):
                    if line.strip():
                        source, rid = _record_key(line, lineno)
                        found.append((source, str(f), rid))
        elif f.suffix.lower() in DOCUMENTS:
            found.append(("documents", str(f), f.stem))
    return found


def _rows(path: Path) -> list[dict[str, str]]:
    if not path.is_file():
        return []
    with path.open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _unguard(cell: str) -> str:
    """A cell as qa-align wrote it, without the quote that keeps spreadsheets from running it."""
    return cell[1:] if re.match(r"^'+[=+\-@\t\r]", cell) else cell


def check(data: Path, scores: Path, errors: Path) -> int:
    records = count_input(data)
    in_csv: dict[str, set[str]] = defaultdict(set)  # doc_id -> sources
    for row in _rows(scores):
        in_csv[_unguard(row["doc_id"])].add(row["source"])
    by_key: dict[tuple[str, str], str] = {}
    whole_file: dict[str, str] = {}
    for row in _rows(errors):
        kind = (
            "skipped"
            if row.get("skipped") == "True"
            else "unanswered"
            if row["unanswered"] == "True"
            else "unreadable"
        )
        path, doc_id = _unguard(row["path"]), _unguard(row["doc_id"])
        if doc_id:
            by_key[(path, doc_id)] = kind
        else:
            whole_file[path] = kind
    table: dict[str, Counter] = defaultdict(Counter)
    missing: list[tuple[str, str, str]] = []
    keys = Counter((path, rid) for _, path, rid in records)
    labels = Counter(path for source, path, _ in records if source == "labelled examples")
    for path, n in sorted(labels.items()):
        print(f"left out: {n} labelled examples in {path} (read by `qa-align eval`, not scored)")
    for source, path, rid in records:
        if source == "labelled examples":
            continue
        t = table[source]
        t["input"] += 1
        sources = in_csv.get(rid, set())
        if source in RECORD_SOURCES:
            scored = source in sources
        else:  # a document file: scored under its own source name (vlaams-parlement, tweede-kamer, ...)
            scored = bool(sources - set(RECORD_SOURCES))
        if scored:
            t["in CSV"] += 1
        elif (path, rid) in by_key:
            t[by_key[(path, rid)]] += 1
        elif path in whole_file:
            t[f"{whole_file[path]} (whole file)"] += 1
        else:
            t["missing"] += 1
            missing.append((source, path, rid))
        if keys[(path, rid)] > 1:
            t["duplicate ids"] += 1
    columns = ["input", "in CSV", "unanswered", "unreadable", "skipped"]
    columns += sorted({c for t in table.values() for c in t} - set(columns) - {"missing"}) + ["missing"]
    width = max(len(s) for s in [*table, "total"]) + 2
    print("source".ljust(width) + "".join(f"{c:>22}" for c in columns))
    for source in sorted(table):
        print(source.ljust(width) + "".join(f"{table[source][c]:>22,}" for c in columns))
    total = sum(table.values(), Counter())
    print("total".ljust(width) + "".join(f"{total[c]:>22,}" for c in columns))
    for source, path, rid in missing[:50]:
        print(f"missing: {source} {path} {rid}")
    return 1 if missing else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("data", type=Path, help="the folder scored")
    ap.add_argument("scores", type=Path, help="the CSV of `qa-align score --all`")
    ap.add_argument("--errors", type=Path, help="its errors file (default: SCORES.errors.csv)")
    ap.add_argument("--run", action="store_true", help="run `qa-align score DATA --all -o SCORES` first")
    args = ap.parse_args(argv)
    errors = args.errors or args.scores.with_name(args.scores.stem + ".errors.csv")
    status = 0
    if args.run:
        command = [
            sys.executable,
            "-m",
            "qa_align",
            "score",
            str(args.data),
            "--all",
            "-q",
            "-o",
            str(args.scores),
        ]
        start = time.perf_counter()
        status = subprocess.run(command).returncode
        print(f"{' '.join(command[1:])}: exit status {status}, {time.perf_counter() - start:.0f} s")
    return check(args.data, args.scores, errors) or status


if __name__ == "__main__":
    sys.exit(main())
