"""Benchmark of the two engines: `qa-align score DATA --all` with `--engine local` and with
`--engine dask` (a local cluster of one worker process per core), on 10%, 30% and 100% of the
data, to show how the cost grows with the number of records.

    .venv/bin/python scripts/bench_engines.py [DATA_DIR] [--shares 10,30,100] [--engines local,dask] [--stages]
    (default DATA_DIR: ../shared/data)

A share of the data is a folder of the same layout: the first SHARE% of the records of each
JSON Lines file (a `.gz` written again as `.gz`) and the first SHARE% of the other files of each
folder (at least one); 100% is the folder itself. Each run is a child process measured as
`scripts/bench_score.py` measures one: wall time, records a second (documents scored and records
that gave a problem row), the peak of the whole process tree's proportional set size (PSS,
sampled every 0.2 s: the cluster's scheduler, nannies and workers included) and the largest
single process's peak resident set, the wall time as a multiple of the first engine's, and whether
the two engines wrote the same rows (the CSV and its errors file, byte for byte). ``--stages``:
each run's stages (its "stage: ..." log lines) with their seconds and peak tree PSS, as
`scripts/bench_score.py` prints them.
"""

from __future__ import annotations

import argparse
import filecmp
import gzip
import math
import os
import re
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_score import _print_stages, measure, read_counts  # noqa: E402  (the same measures)

ROOT = Path(__file__).resolve().parent.parent


_NOTES = re.compile(r"^(SOURCE|LICEN[CS]E|README|NOTICE|PROVENANCE)|\.(yaml|note)$", re.IGNORECASE)


def _subset(data: Path, share: int, to: Path) -> Path:
    """A copy of ``data`` with the first ``share`` percent of the records of each JSON Lines
    file and of the other files of each folder (at least one; notes left out)."""
    if share >= 100:
        return data
    for folder, _dirs, files in os.walk(data):
        here = Path(folder)
        out = to / here.relative_to(data)
        out.mkdir(parents=True, exist_ok=True)
        records = [f for f in files if f.endswith((".jsonl", ".jsonl.gz"))]
        others = sorted(f for f in files if f not in records and not _NOTES.search(f))
        for name in records:
            _head_lines(here / name, out / name, share)
        for name in others[: max(1, math.ceil(len(others) * share / 100))] if others else []:
            shutil.copy2(here / name, out / name)
    return to


def _head_lines(src: Path, dst: Path, share: int) -> None:
    opener = gzip.open if src.suffix == ".gz" else open
    with opener(src, "rb") as fh:
        lines = fh.readlines()
    with opener(dst, "wb") as fh:
        fh.writelines(lines[: max(1, len(lines) * share // 100)])


def _run(engine: str, data: Path, out: Path, stages: bool = False) -> dict:
    m = measure(
        [
            sys.executable,
            "-m",
            "qa_align",
            "-v",
            "score",
            str(data),
            "--all",
            "-q",
            "-o",
            str(out),
            "--engine",
            engine,
        ]
    )
    if m.returncode not in (0, 1):
        raise SystemExit(f"{engine}: exit status {m.returncode}\n{m.stderr}")
    docs, problems = read_counts(out)
    if stages:
        _print_stages(f"  {engine}", m.start, m.start + m.wall, m.stages, m.samples)
    return {"wall": m.wall, "records": docs + problems, "tree": m.tree_mb, "largest": m.largest_mb}


def _same(a: Path, b: Path) -> bool:
    """Whether two runs wrote the same CSV and the same errors file, byte for byte."""
    errors = [p.with_name(p.stem + ".errors.csv") for p in (a, b)]
    same_errors = (
        filecmp.cmp(*errors, shallow=False)
        if all(e.exists() for e in errors)
        else not any(e.exists() for e in errors)
    )
    return filecmp.cmp(a, b, shallow=False) and same_errors


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", nargs="?", default=str(ROOT.parent / "shared" / "data"))
    parser.add_argument("--shares", default="10,30,100", help="percentages of the data (default 10,30,100)")
    parser.add_argument("--engines", default="local,dask")
    parser.add_argument(
        "--stages", action="store_true", help="also where each run's time goes, stage by stage"
    )
    args = parser.parse_args(argv)
    engines = args.engines.split(",")
    print(
        f"share  engine  records  wall (s)  records/s  tree PSS (MB)  largest process (MB)  "
        f"time / {engines[0]}  same rows"
    )
    with tempfile.TemporaryDirectory() as tmp:
        for share in (int(s) for s in args.shares.split(",")):
            data = _subset(Path(args.data), share, Path(tmp) / f"data-{share}")
            outs = {}
            first = 0.0
            for engine in engines:
                outs[engine] = Path(tmp) / f"{engine}-{share}.csv"
                r = _run(engine, data, outs[engine], args.stages)
                first = first or r["wall"]
                same = (
                    "" if engine == engines[0] else ("yes" if _same(outs[engines[0]], outs[engine]) else "NO")
                )
                print(
                    f"{share:>4}%  {engine:6s}  {r['records']:7d}  {r['wall']:8.1f}  {r['records'] / r['wall']:9.0f}  "
                    f"{r['tree']:13.0f}  {r['largest']:20.0f}  {r['wall'] / first:{8 + len(engines[0])}.2f}  {same}",
                    flush=True,
                )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
