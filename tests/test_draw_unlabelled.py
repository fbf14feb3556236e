"""scripts/draw_unlabelled.py draws only records that no label file holds, the same ids for the
same seed."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.mark.skipif(not (SHARED / "data" / "be-kamer-2017").exists(), reason="needs ../shared/data")
def test_a_draw_leaves_out_every_labelled_document_and_repeats_with_its_seed():
    def draw(*args: str) -> list[str]:
        done = subprocess.run(
            [sys.executable, "scripts/draw_unlabelled.py", "be", *args],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
        return done.stdout.split()

    ids = draw("7", "200")
    assert len(ids) == len(set(ids)) == 200
    assert draw("7", "200") == ids
    assert draw("8", "200") != ids
    labelled = set()
    for name in ("dev-be13.jsonl", "dev-be14.jsonl", "dev-be.jsonl"):
        with open(ROOT / "corpus" / "gold" / name, encoding="utf-8") as fh:
            labelled |= {str(json.loads(line)["doc_id"]) for line in fh if line.strip()}
    assert len(labelled) == 90
    assert not labelled & set(ids)
    # the older rule also leaves out the documents the cue sets read sentences of
    with open(SHARED / "labels" / "cues.jsonl", encoding="utf-8") as fh:
        cue_docs = {str(json.loads(line).get("doc_id")) for line in fh if line.strip()}
    older = draw("7", "50", "--pool", "cues-out")  # the older pool is small now
    assert not (labelled | cue_docs) & set(older)
