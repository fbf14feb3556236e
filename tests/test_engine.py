"""The Dask engine: partitions in the local engine's order, the same rows as the local engine,
a failing partition reported with its inputs."""

from __future__ import annotations

import os

import pytest

from qa_align import Settings, engine
from qa_align.cli import main
from qa_align.pipeline import iter_scored
from qa_align.types import Problem

from .conftest import CORPUS

distributed = pytest.importorskip("distributed")

BE = CORPUS / "be-kamer" / "questions-sample.jsonl"
UK = CORPUS / "uk-commons" / "written-questions-sample.jsonl"
TK = CORPUS / "tweede-kamer"
VP = CORPUS / "vlaams-parlement"


def test_partitions_follow_the_order_the_local_engine_reads_in():
    parts = list(engine.plan([CORPUS], part_records=3, part_files=2))
    # by hand from the folder: the question sentences labelled for the asks model (files the
    # labels reader skips), be-kamer's 4 records, then the labelled sets, the 3 Tweede Kamer
    # PDFs (corpus/settles' pairs before them), the 6 UK records, the 2 Flemish files, corpus/yesno's
    # pairs (labels again)
    tk = sorted(TK.glob("*.pdf"))
    GOLD = CORPUS / "gold"  # its label files in path order, the agreement folder's first

    def two_by_two(files):  # files, two to a partition, in the order given
        files = [(str(f), True) for f in files]
        return [("", "", [], tuple(files[i : i + 2])) for i in range(0, len(files), 2)]

    # the cue sentences' files, the gold folder's label files (agreement/ first, then the
    # folder's own in name order), then the Tweede Kamer PDFs, packed two by two across the
    # folders' boundaries
    cues = sorted((CORPUS / "cues").glob("*.jsonl"))
    gold = sorted((GOLD / "agreement").glob("*.jsonl")) + sorted(GOLD.glob("*.jsonl"))
    asks = sorted((CORPUS / "asks").glob("*.jsonl"))
    holding = sorted((CORPUS / "holding").glob("*.jsonl"))  # answer sentences labelled for holding
    settles = sorted((CORPUS / "settles").glob("*.jsonl"))  # pairs labelled for settling a closed question
    expected = [
        *two_by_two(asks),
        ("be-kamer", str(BE), [1, 2, 3], ()),
        ("be-kamer", str(BE), [4], ()),
        *two_by_two(cues + gold + holding + settles + tk),
        ("uk-commons", str(UK), [1, 2, 3], ()),
        ("uk-commons", str(UK), [4, 5, 6], ()),
        ("", "", [], ((str(VP / "schv-8-2024-cybersecurity.txt"), True), (str(VP / "vrg_en_antw.235.pdf"), True))),
        *two_by_two(sorted((CORPUS / "yesno").glob("*.jsonl"))),  # pairs labelled for settling a closed question
    ]  # fmt: skip
    assert [(p.layout, p.path, [r[0] for r in p.records], p.files) for p in parts] == expected
    assert [p.index for p in parts] == list(range(len(expected)))
    assert parts[expected.index(("uk-commons", str(UK), [4, 5, 6], ()))].inputs() == [
        f"{UK} (records of lines 4-6)"
    ]


def test_a_file_without_records_is_the_same_problem_as_in_the_local_engine(tmp_path):
    blank = tmp_path / "blank.jsonl"
    blank.write_text("\n" * 5000, encoding="utf-8")  # blank lines, too many to be an empty file
    (part,) = engine.plan([blank], source="be-kamer")
    assert part.files == (Problem(str(blank), "no records (an empty list, or only blank lines)", "be-kamer"),)
    assert list(iter_scored([blank], Settings(jobs=1), source="be-kamer")) == list(part.files)


def test_a_failing_partition_is_reported_with_its_inputs_and_the_rest_finish(
    in_process_client, map_fails_on_1860136
):
    out = list(engine.iter_scored([BE, UK], Settings(jobs=1), client=in_process_client, part_records=3))
    problems = [r for r in out if isinstance(r, Problem)]
    scored_ids = {r.document.doc_id for r in out if not isinstance(r, Problem)}
    failed = [p for p in problems if p.doc_id == "records of lines 1-3"]
    assert len(failed) == 1
    assert failed[0].path == str(UK) and failed[0].source == "uk-commons"
    assert "RuntimeError: a bug met in this document" in failed[0].reason
    # the UK sample's records 1-3 are lost with their partition; its records 4-6 and the four
    # Belgian records (one of them unanswered) are scored
    assert scored_ids.isdisjoint({"1853783", "1860136", "1873236"})
    assert {"1883750", "1888978", "1917479"} <= scored_ids
    unanswered = [p for p in problems if p.unanswered]
    assert len(unanswered) == 1 and unanswered[0].source == "be-kamer"


def test_scheduler_goes_with_the_dask_engine(tmp_path, capsys):
    assert main(["score", str(BE), "-o", str(tmp_path / "x.csv"), "--scheduler", "tcp://127.0.0.1:1"]) == 2
    assert "--scheduler goes with --engine dask" in capsys.readouterr().err


def test_the_local_cluster_s_workers_keep_glibc_s_own_memory_trimming(monkeypatch):
    # Dask's default MALLOC_TRIM_THRESHOLD_=65536 doubled the similarity stage's CPU time
    monkeypatch.delenv("MALLOC_TRIM_THRESHOLD_", raising=False)  # (a cluster started before leaves it here)
    client = engine.connect(workers=1)
    try:
        (seen,) = client.run(os.environ.get, "MALLOC_TRIM_THRESHOLD_").values()
    finally:
        client.close()
        client.cluster.close()
    assert seen is None


@pytest.mark.slow
def test_dask_on_a_local_cluster_of_two_processes_equals_the_local_engine(tmp_path):
    local = tmp_path / "local.csv"
    dask = tmp_path / "dask.csv"
    assert main(["score", str(CORPUS), "--all", "-q", "-o", str(local)]) == 0
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        code = main(
            ["score", str(CORPUS), "--all", "-q", "-o", str(dask), "--engine", "dask",
             "--scheduler", cluster.scheduler_address]
        )  # fmt: skip
    assert code == 0
    local_rows = local.read_text(encoding="utf-8").splitlines()
    assert len(local_rows) > 40  # the corpus's pairs, and the header
    assert dask.read_text(encoding="utf-8").splitlines() == local_rows
    errors = (tmp_path / "dask.errors.csv").read_text(encoding="utf-8")
    assert errors == (tmp_path / "local.errors.csv").read_text(encoding="utf-8")
    assert "no answer (the question was not answered)" in errors  # the Belgian sample's unanswered record
