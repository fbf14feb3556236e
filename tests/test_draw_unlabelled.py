"""scripts/draw_unlabelled.py draws only records that no label file holds, the same ids for the
same seed."""

from __future__ import annotations

import json
import re
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
    # the older pool shrinks with each set labelled (29 records since dev-be81 and dev-be82): the
    # whole of it drawn, as many as the script says it holds
    asked = subprocess.run(
        [sys.executable, "scripts/draw_unlabelled.py", "be", "7", "100000", "--pool", "cues-out"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    size = int(re.search(r"only (\d+) records in the pool", asked.stderr).group(1))
    older = draw("7", str(size), "--pool", "cues-out")
    assert len(older) == size > 0
    assert not (labelled | cue_docs) & set(older)


def _draw(*args: str) -> tuple[list[str], str]:
    done = subprocess.run(
        [sys.executable, "scripts/draw_unlabelled.py", *args], cwd=ROOT, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.split(), done.stderr


def _ids(name: str) -> list[str]:
    with open(ROOT / "corpus" / "gold" / name, encoding="utf-8") as fh:
        return [str(json.loads(line)["doc_id"]) for line in fh if line.strip()]


def _cited_by(doc_id: str, commit: str) -> str:
    """The files outside corpus/ that name ``doc_id`` at ``commit`` (``git grep``, not the script)."""
    done = subprocess.run(
        ["git", "grep", "-l", "-w", doc_id, commit, "--", ":!corpus/*"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    return done.stdout.strip()


needs_history = pytest.mark.skipif(
    not (SHARED / "data" / "be-kamer-2017").exists()
    or subprocess.run(
        ["git", "cat-file", "-e", "111445e^{commit}"], cwd=ROOT, capture_output=True
    ).returncode,
    reason="needs ../shared/data and the repository's history",
)


@needs_history
def test_a_draw_at_the_commit_before_a_set_was_labelled_gives_that_sets_ids_again():
    # dev-be21 was drawn with "be 3006 60" at main 111445e: its 30 ids are records 1-36 of that
    # draw less six cited ones (corpus/gold/README.md); at HEAD they are labelled, so left out
    then, _ = _draw("be", "3006", "36", "--at", "111445e")
    dev_be21 = _ids("dev-be21.jsonl")
    assert [i for i in then if i in dev_be21] == dev_be21
    assert len(then) == 36
    now, _ = _draw("be", "3006", "36")
    assert not set(now) & set(dev_be21)


@needs_history
def test_leaving_out_cited_ids_drops_exactly_the_ids_a_project_file_names():
    drawn, _ = _draw("be", "3007", "44", "--at", "7d76567")
    kept, err = _draw("be", "3007", "44", "--at", "7d76567", "--leave-out-cited")
    dropped = [i for i in drawn if i not in kept]
    assert kept == [i for i in drawn if i in kept]  # the order drawn
    # the README of 7d76567 names 190124 (a dev-be case of the pairing notes); it is in this draw
    assert "190124" in drawn and "190124" in dropped
    assert f"left out, cited outside corpus/: {' '.join(dropped)}" in err
    cited_files = {i: _cited_by(i, "7d76567") for i in dropped + kept[:5]}
    assert all(cited_files[i] for i in dropped)
    assert not any(cited_files[i] for i in kept[:5])


@needs_history
def test_an_unknown_commit_is_a_clear_error():
    done = subprocess.run(
        [sys.executable, "scripts/draw_unlabelled.py", "be", "1", "5", "--at", "nosuchcommit"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 2
    assert "not a commit" in done.stderr
