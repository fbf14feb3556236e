"""speed17: the processes a run owns collect garbage less often (``workers.GC_THRESHOLDS``), and
what a run gives does not depend on when the collector runs."""

from __future__ import annotations

import gc

from qa_align import cli
from qa_align.pipeline import iter_scored
from qa_align.settings import Settings
from qa_align.types import Problem, ScoredPair
from qa_align.workers import GC_THRESHOLDS, collecting_less, map_chunks

from .conftest import CORPUS

PYTHONS_OWN = (700, 10, 10)


def _thresholds(chunk: list[int]) -> list[tuple[int, int, int]]:
    """In a worker: its garbage collector's thresholds, once per item."""
    return [gc.get_threshold() for _ in chunk]


def test_the_thresholds_collect_the_youngest_objects_less_often_than_python():
    assert GC_THRESHOLDS[0] > PYTHONS_OWN[0]
    assert GC_THRESHOLDS[1:] == PYTHONS_OWN[1:]


def test_a_worker_of_the_pool_runs_with_the_runs_thresholds():
    before = gc.get_threshold()
    found = [t for _, t in map_chunks(_thresholds, [1, 2, 3], jobs=1, chunk=2)]
    assert found == [GC_THRESHOLDS] * 3
    assert gc.get_threshold() == before  # the calling process keeps its own


def test_the_command_line_runs_its_command_with_them_and_gives_the_callers_back(monkeypatch):
    seen = []

    def rules_command(args) -> int:
        seen.append(gc.get_threshold())
        return 0

    monkeypatch.setattr(cli, "cmd_rules", rules_command)
    before = gc.get_threshold()
    gc.set_threshold(*PYTHONS_OWN)
    try:
        assert cli.main(["rules"]) == 0
        assert seen == [GC_THRESHOLDS]
        assert gc.get_threshold() == PYTHONS_OWN
    finally:
        gc.set_threshold(*before)


def _scored(paths: list[str]) -> list[tuple]:
    out = []
    for r in iter_scored(paths, Settings(jobs=1)):
        if isinstance(r, Problem):
            out.append(("problem", r.doc_id, r.reason))
            continue
        assert isinstance(r, ScoredPair)
        flags = tuple(
            (f.name, f.reason, tuple((e.start, e.end, e.text) for e in f.evidence)) for f in r.flags
        )
        out.append((r.document.doc_id, r.pair.question.n, flags, r.similarity, r.identifiability, r.score))
    return out


def test_scoring_gives_the_same_pairs_flags_and_scores_whatever_the_thresholds():
    paths = [str(CORPUS / "be-kamer"), str(CORPUS / "vlaams-parlement")]
    before = gc.get_threshold()
    try:
        gc.set_threshold(*PYTHONS_OWN)
        plain = _scored(paths)
        with collecting_less():
            assert gc.get_threshold() == GC_THRESHOLDS
            fewer = _scored(paths)
    finally:
        gc.set_threshold(*before)
    assert len(plain) > 4 and any(row[2] for row in plain)  # pairs, some of them flagged
    assert fewer == plain
