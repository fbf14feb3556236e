"""scripts/bench_reduce.py: the map stage's results kept with the code's fingerprint, and results
kept by other code that no longer replay told as such (review45's low finding 2)."""

from __future__ import annotations

import dataclasses
import os
import pickle
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "bench_reduce.py"
FOLDER = ROOT / "corpus" / "be-kamer"


def _bench(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args], capture_output=True, text=True, env=env, cwd=ROOT
    )


def _score(out: Path) -> list[str]:
    return ["--", "score", str(FOLDER), "--all", "-j", "1", "-q", "-o", str(out)]


def test_kept_results_carry_the_fingerprint_and_replay_to_the_same_csv(tmp_path):
    from qa_align import runcache

    sys.path.insert(0, str(ROOT / "scripts"))
    from bench_reduce import load_kept

    kept = tmp_path / "kept.pickle"
    done = _bench("--keep", str(kept), *_score(tmp_path / "a.csv"))
    assert done.returncode == 0, done.stderr
    stamp, results = load_kept(str(kept))
    assert stamp == runcache.fingerprint()
    assert results
    again = _bench("--held", str(kept), *_score(tmp_path / "b.csv"))
    assert again.returncode == 0, again.stderr
    assert "kept by other code" not in again.stderr
    assert (tmp_path / "a.csv").read_bytes() == (tmp_path / "b.csv").read_bytes()


def test_results_kept_by_older_code_that_do_not_replay_are_a_clear_error(tmp_path):
    # as dc6c8c5 kept them: a bare list, each pair of the compact result one field short (no
    # assessment_unmet carried from the map stage)
    from qa_align.document_rules import Held

    sys.path.insert(0, str(ROOT / "scripts"))
    from bench_reduce import load_kept

    kept = tmp_path / "kept.pickle"
    assert _bench("--keep", str(kept), *_score(tmp_path / "a.csv")).returncode == 0
    _, results = load_kept(str(kept))
    old = []
    for h in results:
        if isinstance(h, Held):
            rules, pairs = pickle.loads(h.sent)
            h = dataclasses.replace(h, sent=pickle.dumps((rules, [p[:-1] for p in pairs])))
        old.append(h)
    older = tmp_path / "older.pickle"
    older.write_bytes(pickle.dumps(old))
    assert load_kept(str(older))[0] == "unknown"
    done = _bench("--held", str(older), *_score(tmp_path / "b.csv"))
    assert done.returncode != 0
    assert "was kept by other code" in done.stderr
    assert "do not replay on this code" in done.stderr and "keep them again with --keep" in done.stderr
    assert "Traceback" not in done.stderr
