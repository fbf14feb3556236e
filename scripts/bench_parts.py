"""Benchmark of resuming the Dask engine's folder of Parquet part files: `qa-align score DATA
--all --engine dask -o OUT.parquet` run whole, then again with nothing to do, then again after
one part file is deleted (its partition's map and the others' taken from the folder's `_state`),
then after the folder's maps are deleted too (every partition mapped again). Prints each run's
wall time and what it said it kept and wrote, and the sizes of the parts and of `_state`.

    .venv/bin/python scripts/bench_parts.py [DATA_DIR] [--workers 2] [--out FOLDER]
    (default DATA_DIR: ../shared/data)
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KEPT = re.compile(r"\d+ parts kept from the earlier run.*")


def _run(data: Path, out: Path, workers: int) -> tuple[float, str]:
    command = [sys.executable, "-m", "qa_align", "score", str(data), "--all", "--engine", "dask"]
    command += ["-j", str(workers), "-o", str(out)]
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    seconds = time.perf_counter() - start
    if done.returncode not in (0, 1):
        sys.exit(f"qa-align failed ({done.returncode}):\n{done.stderr[-2000:]}")
    said = KEPT.search(done.stderr)
    return seconds, said.group(0) if said else "(no count said)"


def _megabytes(paths) -> float:
    return sum(p.stat().st_size for p in paths if p.is_file()) / 2**20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", default=str(ROOT.parent / "shared" / "data"))
    parser.add_argument("--workers", type=int, default=2, help="worker processes of the local cluster")
    parser.add_argument("--out", help="the folder to write (default: a temporary one, removed after)")
    args = parser.parse_args()
    scratch = None if args.out else tempfile.mkdtemp(prefix="bench_parts.")
    out = Path(args.out) if args.out else Path(scratch) / "scores.parquet"  # type: ignore[arg-type]
    shutil.rmtree(out, ignore_errors=True)
    try:
        rows = [("whole", *_run(Path(args.data), out, args.workers))]
        rows.append(("nothing to do", *_run(Path(args.data), out, args.workers)))
        parts = sorted(out.glob("part-*.parquet"))
        parts[len(parts) // 2].unlink()
        rows.append(("one part deleted", *_run(Path(args.data), out, args.workers)))
        parts[len(parts) // 2].unlink()
        for held in (out / "_state").glob("map-*.pickle"):
            held.unlink()
        rows.append(("one part and every map deleted", *_run(Path(args.data), out, args.workers)))
        print(f"{'run':<32} {'seconds':>8}  what it said")
        for name, seconds, said in rows:
            print(f"{name:<32} {seconds:>8.1f}  {said}")
        print(
            f"parts: {len(parts)} files, {_megabytes(parts):.1f} MB; "
            f"_state: {_megabytes((out / '_state').iterdir()):.1f} MB"
        )
    finally:
        if scratch:
            shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
