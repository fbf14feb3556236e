"""The Dask engine's Parquet output: a folder of part files, one a partition, read back as the
local engine's single file; a re-run into it writes only the parts missing or stale."""

from __future__ import annotations

import json
import shutil

import numpy as np
import pandas as pd
import pytest

from qa_align import Settings, batch, engine, read_results
from qa_align.cli import main
from qa_align.pipeline import iter_scored
from qa_align.scoring import feature_names
from qa_align.sinks import PART_NAME, PART_STATE, PartFolder, write_results

from .conftest import CORPUS

distributed = pytest.importorskip("distributed")

BE = CORPUS / "be-kamer" / "questions-sample.jsonl"
UK = CORPUS / "uk-commons" / "written-questions-sample.jsonl"
PARTS = ["part-000000.parquet", "part-000001.parquet", "part-000002.parquet", "part-000003.parquet"]


@pytest.fixture(scope="module")
def client(in_process_client):
    return in_process_client


@pytest.fixture
def inputs(tmp_path):
    """Copies of the Belgian and UK samples: 3 records a partition cut them into 4 partitions,
    (by hand) the Belgian records 1-3 (10 pairs), its record 4 (unanswered: no pair, a problem),
    the UK records 1-3 and 4-6 (3 pairs each)."""
    folder = tmp_path / "in"
    folder.mkdir()
    return [shutil.copy(BE, folder / "be.jsonl"), shutil.copy(UK, folder / "uk.jsonl")]


def _write(inputs, out, client, settings=None, **kw):
    return engine.write_parts(inputs, out, settings or Settings(jobs=1), client=client, part_records=3, **kw)


def _local(inputs, path, settings=None):
    write_results(iter_scored(inputs, settings or Settings(jobs=1)), path)
    return read_results(path)


def _inodes(folder):
    return {p.name: (p.stat().st_ino, p.stat().st_mtime_ns) for p in sorted(folder.glob("part-*.parquet"))}


def test_the_parts_read_back_as_the_local_engines_file(client, inputs, tmp_path):
    out = tmp_path / "scores.parquet"
    done = _write(inputs, out, client)
    assert sorted(p.name for p in out.iterdir()) == [PART_STATE, *PARTS]
    assert [len(pd.read_parquet(out / name)) for name in PARTS] == [10, 0, 3, 3]
    assert pd.read_parquet(out / PARTS[2])["doc_id"].tolist() == ["1853783", "1860136", "1873236"]
    assert (done.documents, done.pairs, done.rows, done.written, done.kept) == (9, 16, 16, 4, 0)
    assert [(p.doc_id, p.unanswered) for p in done.problems] == [("184505", True)]
    assert "184505" in (tmp_path / "scores.errors.csv").read_text(encoding="utf-8")
    pd.testing.assert_frame_equal(
        read_results(out), _local(inputs, tmp_path / "local.parquet"), check_exact=True
    )
    manifest = json.loads((out / PART_STATE / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["complete"] is True
    assert manifest["parts"][1]["inputs"] == [f"{inputs[0]} (records of lines 4-4)"]


def test_flagged_only_writes_the_flagged_pairs_and_empty_parts_keep_the_columns(client, inputs, tmp_path):
    out = tmp_path / "flagged.parquet"
    # the lexicon's cues alone: what is tested here is which rows a part holds, counted by hand
    # under those flags (the cue classifier adds a no_information on 184504's sub-question 1,
    # "Het is helaas onmogelijk om de ANG aan te vullen ...", a reply about the database, not a
    # claim that asked information is not held: a false positive of the classifier)
    done = _write(inputs, out, client, Settings(jobs=1, cue_model="lexicon"), flagged_only=True)
    # by hand: 184504's sub-question 3 and 184509's sub-question 1 ("Zo ja, wanneer zal die
    # oplossing handen en voeten krijgen?": the works are to start "wanneer de akkoorden tussen de
    # stad en het Gewest bekrachtigd zullen zijn", no time named: holding); 1873236; 1883750 and
    # 1888978; and 184504's sub-questions 2 and 4, split per year "voor de laatste vijf jaar" asked in
    # January 2017 and given "voor de periode 2012-2015 en het eerste trimester van 2016": 2016 is given for
    # part of the year only (breakdown_missing, read as dev-be10 186546 1)
    assert [len(pd.read_parquet(out / name)) for name in PARTS] == [4, 0, 1, 2]
    assert (done.pairs, done.flagged, done.rows) == (16, 7, 7)
    assert list(pd.read_parquet(out / PARTS[1]).columns) == list(read_results(out).columns)


def _count_maps(monkeypatch):
    """The partitions mapped from here on (not taken from a folder's ``_state``), as (file,
    first record line)."""
    mapped = []
    real = engine.map_part

    def counted(part, *args):
        mapped.append((part.path, part.records[0][0]))
        return real(part, *args)

    monkeypatch.setattr(engine, "map_part", counted)
    return mapped


def test_a_rerun_writes_only_the_part_deleted(client, inputs, tmp_path, monkeypatch):
    out = tmp_path / "scores.parquet"
    _write(inputs, out, client)
    full = read_results(out)
    (out / PARTS[2]).unlink()
    before = _inodes(out)
    mapped = _count_maps(monkeypatch)
    done = _write(inputs, out, client)
    assert mapped == []
    assert (done.kept, done.checked, done.written, done.removed) == (3, 0, 1, 0)
    after = _inodes(out)
    assert {k: v for k, v in after.items() if k != PARTS[2]} == before
    pd.testing.assert_frame_equal(read_results(out), full, check_exact=True)
    assert _write(inputs, out, client).kept == 4  # and then nothing is left to do
    assert _inodes(out) == after


def test_an_interrupted_run_is_finished_by_the_next(client, inputs, tmp_path, monkeypatch):
    out = tmp_path / "scores.parquet"
    real = PartFolder.write
    calls = []

    def stopped(self, index, scored, record):
        calls.append(index)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return real(self, index, scored, record)

    monkeypatch.setattr(PartFolder, "write", stopped)
    with pytest.raises(KeyboardInterrupt):
        _write(inputs, out, client)
    monkeypatch.setattr(PartFolder, "write", real)
    assert sorted(p.name for p in out.glob("part-*")) == PARTS[:2]
    assert not list(out.glob(".*"))  # no temporary file left
    assert not (out / PART_STATE / "manifest.json").exists()  # nor a manifest telling of a whole
    done = _write(inputs, out, client)
    assert (done.kept, done.written) == (2, 2)
    pd.testing.assert_frame_equal(
        read_results(out), _local(inputs, tmp_path / "local.parquet"), check_exact=True
    )


def test_a_changed_input_rewrites_what_changed(client, inputs, tmp_path, monkeypatch):
    settings = Settings(jobs=1, similarity_model=None)  # rows that depend on no fitted similarity
    out = tmp_path / "scores.parquet"
    _write(inputs, out, client, settings)
    before = _inodes(out)
    old = read_results(out)
    uk = inputs[1]
    text = uk.read_text(encoding="utf-8")
    assert text.count("Natural England assesses") == 1  # the UK record 5 (1888978)
    uk.write_text(text.replace("Natural England assesses", "Natural England reviews"), encoding="utf-8")
    mapped = _count_maps(monkeypatch)
    done = _write(inputs, out, client, settings)
    assert mapped == [(str(uk), 4)]  # the others' maps are taken from _state
    # the batch changed: no part is kept without being finished again; only the UK records
    # 4-6 come out different and are written
    assert (done.kept, done.checked, done.written) == (0, 3, 1)
    after = _inodes(out)
    assert {k: after[k] for k in PARTS[:3]} == {k: before[k] for k in PARTS[:3]}
    assert after[PARTS[3]] != before[PARTS[3]]
    new = read_results(out)
    pd.testing.assert_frame_equal(new, _local(inputs, tmp_path / "local.parquet", settings), check_exact=True)
    differing = old.compare(new)  # (missing values compared as equal)
    assert new.loc[differing.index, "doc_id"].tolist() == ["1888978"]
    assert list(differing.columns.get_level_values(0).unique()) == ["answer"]


def test_a_changed_input_under_the_fitted_similarity_equals_a_full_run(client, inputs, tmp_path):
    out = tmp_path / "scores.parquet"
    _write(inputs, out, client)
    uk = inputs[1]
    uk.write_text(uk.read_text(encoding="utf-8").replace("Natural England assesses", "It assesses"), "utf-8")
    done = _write(inputs, out, client)
    assert done.kept == 0 and done.written >= 1
    pd.testing.assert_frame_equal(
        read_results(out), _local(inputs, tmp_path / "local.parquet"), check_exact=True
    )


def test_a_partition_failing_in_its_map_is_missing_reported_and_completed_later(
    client, inputs, tmp_path, monkeypatch, map_fails_on_1860136
):
    out = tmp_path / "scores.parquet"
    real = map_fails_on_1860136
    done = _write(inputs, out, client)
    assert sorted(p.name for p in out.glob("part-*")) == [PARTS[0], PARTS[1], PARTS[3]]
    failed = [p for p in done.problems if p.failed]
    assert [(p.path, p.doc_id) for p in failed] == [(str(inputs[1]), "records of lines 1-3")]
    assert "RuntimeError: a bug met in this document" in failed[0].reason
    assert "records of lines 1-3" in (tmp_path / "scores.errors.csv").read_text(encoding="utf-8")
    assert json.loads((out / PART_STATE / "manifest.json").read_text(encoding="utf-8"))["complete"] is False
    monkeypatch.setattr(engine, "iter_chunk", real)  # the bug fixed
    mapped = _count_maps(monkeypatch)
    done = _write(inputs, out, client)
    assert mapped == [(str(inputs[1]), 1)]  # the other partitions' maps are taken from _state
    # the parts written beside the failure came from a batch without its documents: none is kept
    assert done.kept == 0 and done.written >= 1
    assert sorted(p.name for p in out.glob("part-*")) == PARTS
    assert not (tmp_path / "scores.errors.csv").read_text(encoding="utf-8").count("RuntimeError")
    pd.testing.assert_frame_equal(
        read_results(out), _local(inputs, tmp_path / "local.parquet"), check_exact=True
    )


def test_a_partition_failing_in_its_last_pass_leaves_the_parts_before_its_score_block(
    client, inputs, tmp_path, monkeypatch
):
    monkeypatch.setattr(batch, "SCORE_BLOCK", 4)  # (the local engine's too)
    out = tmp_path / "scores.parquet"
    real = engine.finish_part

    def broken(held, summaries, values, index, settings, rules):
        if index == 3:
            raise RuntimeError("a late rule's bug")
        return real(held, summaries, values, index, settings, rules)

    monkeypatch.setattr(engine, "finish_part", broken)
    done = _write(inputs, out, client)
    assert sorted(p.name for p in out.glob("part-*")) == PARTS[:3]
    assert [p.doc_id for p in done.problems if p.failed] == ["records of lines 4-6"]
    before = _inodes(out)
    monkeypatch.setattr(engine, "finish_part", real)
    done = _write(inputs, out, client)
    # by hand, the places of the results: the Belgian 0-9 and 10, the UK records 1-3 11-13, the
    # failed partition's problem 14: in the block of 12-15, with the UK records 1-3, which were
    # scored in a block of other pairs than a full run's and are finished again
    assert (done.kept, done.checked + done.written) == (2, 2)
    assert _inodes(out)[PARTS[0]] == before[PARTS[0]]
    pd.testing.assert_frame_equal(
        read_results(out), _local(inputs, tmp_path / "local.parquet"), check_exact=True
    )


class _PlaceModel:
    """A stand-in for the trained model whose score tells a pair's place in its block and the
    block's size: size + place / 100."""

    names = feature_names()

    def predict_proba(self, x):
        p = len(x) + np.arange(len(x)) / 100
        return np.column_stack([1 - p, p])


def test_kept_parts_hold_their_places_in_the_score_blocks(client, inputs, tmp_path, monkeypatch):
    monkeypatch.setattr(batch, "SCORE_BLOCK", 4)
    monkeypatch.setattr(batch, "score_model", lambda settings, rules=(): _PlaceModel())
    out = tmp_path / "scores.parquet"
    _write(inputs, out, client)
    # by hand: the results in order are the Belgian 10 pairs, its unanswered record, the UK 3 and
    # 3 pairs; blocks of 4 results: pairs 1-4 | 5-8 | 9, 10, (the problem), UK 1 | UK 2, 3, 4, 5 | UK 6
    expected = [4, 4.01, 4.02, 4.03, 4, 4.01, 4.02, 4.03, 3, 3.01, 3.02, 4, 4.01, 4.02, 4.03, 1]
    assert read_results(out)["score"].tolist() == pytest.approx(expected, abs=1e-12)
    (out / PARTS[2]).unlink()  # the UK records 1-3: scored again beside the stand-ins of the rest
    assert _write(inputs, out, client).written == 1
    assert read_results(out)["score"].tolist() == pytest.approx(expected, abs=1e-12)
    assert pd.read_parquet(out / PARTS[2])["score"].tolist() == pytest.approx([3.02, 4, 4.01], abs=1e-12)


def test_parts_of_inputs_gone_from_the_batch_are_removed(client, inputs, tmp_path):
    out = tmp_path / "scores.parquet"
    _write(inputs, out, client)
    done = _write(inputs[:1], out, client)
    assert done.removed == 2
    assert sorted(p.name for p in out.glob("part-*")) == PARTS[:2]
    assert sorted(p.name for p in (out / PART_STATE).glob("part-*")) == [
        "part-000000.json",
        "part-000001.json",
    ]
    assert read_results(out)["source"].unique().tolist() == ["be-kamer"]


@pytest.mark.slow
def test_dask_cli_writes_parts_on_two_processes_equal_to_the_local_file_and_resumes(tmp_path, capsys):
    local = tmp_path / "local.parquet"
    dask = tmp_path / "dask.parquet"
    assert main(["score", str(CORPUS), "--all", "-q", "-o", str(local)]) == 0
    assert local.is_file()
    parts = [PART_NAME.format(i) for i in range(len(list(engine.plan([CORPUS]))))]
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        args = [
            "score",
            str(CORPUS),
            "--all",
            "-o",
            str(dask),
            "--engine",
            "dask",
            "--scheduler",
            cluster.scheduler_address,
        ]
        assert main(args) == 0
        assert sorted(p.name for p in dask.glob("*.parquet")) == parts
        expected = read_results(local)
        pd.testing.assert_frame_equal(read_results(dask), expected, check_exact=True)
        assert (tmp_path / "dask.errors.csv").read_bytes() == (tmp_path / "local.errors.csv").read_bytes()
        capsys.readouterr()
        (dask / parts[0]).unlink()
        before = _inodes(dask)
        assert main(args) == 0
        assert (
            f"{len(parts) - 1} parts kept from the earlier run (0 of them finished again and found the same), 1 written, 0 removed"
            in capsys.readouterr().err
        )
        after = _inodes(dask)
        assert {k: after[k] for k in before} == before
    # one table to every reader of Parquet
    import dask.dataframe as dd
    import pyarrow.dataset as ds

    assert ds.dataset(dask, format="parquet").to_table().num_rows == len(expected)
    from_dask = dd.read_parquet(dask).compute().reset_index(drop=True)
    assert from_dask["doc_id"].tolist() == expected["doc_id"].tolist()
    duckdb = pytest.importorskip("duckdb")
    ((count, flagged),) = duckdb.sql(
        f"SELECT count(*), count(*) FILTER (WHERE flags <> '') FROM read_parquet('{dask}/*.parquet')"
    ).fetchall()
    assert (count, flagged) == (len(expected), int((expected["flags"] != "").sum()))


def test_a_rerun_that_cannot_start_its_cluster_leaves_no_manifest_of_a_whole(
    inputs, tmp_path, monkeypatch, client
):
    out = tmp_path / "scores.parquet"
    _write(inputs, out, client)
    manifest = out / PART_STATE / "manifest.json"
    assert json.loads(manifest.read_text(encoding="utf-8"))["complete"] is True

    def refused(scheduler=None, workers=0):
        raise OSError("no scheduler there")

    monkeypatch.setattr(engine, "connect", refused)
    (out / PARTS[1]).unlink()  # a part to write again, so a cluster is needed
    with pytest.raises(OSError, match="no scheduler there"):
        engine.write_parts(inputs[:1], out, Settings(jobs=1), part_records=3)
    # the parts of the UK file (places 2 and 3) may be gone already; a manifest telling of every
    # part present may not stay
    assert not manifest.exists() or json.loads(manifest.read_text(encoding="utf-8"))["complete"] is False


def test_temporary_files_of_a_killed_run_are_removed_by_the_next(client, inputs, tmp_path):
    out = tmp_path / "scores.parquet"
    _write(inputs, out, client)
    # what a run killed (SIGKILL, power lost) while renaming leaves: hidden temporary names
    left = [out / ".part-000002.parquet.0badcafe.tmp", out / PART_STATE / ".map-000002.pickle.0badcafe.tmp"]
    for path in left:
        path.write_bytes(b"half a file")
    (out / PARTS[2]).unlink()
    assert _write(inputs, out, client).written == 1
    assert [p for p in left if p.exists()] == []
    assert not [p.name for p in out.rglob(".*")]


def test_an_input_added_to_the_batch_gets_its_part_and_the_rest_equal_a_full_run(client, inputs, tmp_path):
    out = tmp_path / "scores.parquet"
    _write(inputs[:1], out, client)
    done = _write(inputs, out, client)
    # by hand: the UK file brings 2 partitions (records 1-3, 4-6); the batch changed, so the
    # Belgian parts are finished again
    assert (done.kept, done.checked + done.written, done.removed) == (0, 4, 0)
    assert sorted(p.name for p in out.glob("part-*")) == PARTS
    pd.testing.assert_frame_equal(
        read_results(out), _local(inputs, tmp_path / "local.parquet"), check_exact=True
    )


def test_a_changed_setting_keeps_no_part(client, inputs, tmp_path):
    out = tmp_path / "scores.parquet"
    _write(inputs, out, client)
    settings = Settings(jobs=1, rules=("missing_answer",))
    done = _write(inputs, out, client, settings)
    assert done.kept == 0
    pd.testing.assert_frame_equal(
        read_results(out), _local(inputs, tmp_path / "local.parquet", settings), check_exact=True
    )
    assert (
        _write(inputs, out, client, Settings(jobs=5, rules=("missing_answer",))).kept == 4
    )  # (not the processes)


def test_two_runs_on_one_cluster_do_not_share_their_partitions_maps(client, inputs, tmp_path):
    # a run under other settings still holding its partitions' maps on the same cluster (another
    # user's notebook, a run not yet ended): its maps are not this run's
    other = engine.iter_scored(
        inputs, Settings(jobs=1, rules=("missing_answer",)), client=client, part_records=3
    )
    next(other)
    out = tmp_path / "scores.parquet"
    _write(inputs, out, client)
    other.close()
    pd.testing.assert_frame_equal(
        read_results(out), _local(inputs, tmp_path / "local.parquet"), check_exact=True
    )


def test_a_batch_of_no_partitions_reads_back_as_the_local_engines_empty_file(client, tmp_path):
    empty = tmp_path / "nothing"
    empty.mkdir()
    out = tmp_path / "scores.parquet"
    assert _write([empty], out, client).rows == 0
    pd.testing.assert_frame_equal(
        read_results(out), _local([empty], tmp_path / "local.parquet"), check_exact=True
    )


def test_reading_a_folder_a_run_left_unfinished_warns(client, inputs, tmp_path, monkeypatch, caplog):
    out = tmp_path / "scores.parquet"
    _write(inputs, out, client)
    with caplog.at_level("WARNING", logger="qa_align"):
        assert len(read_results(out)) == 16
    assert not caplog.records
    real = PartFolder.write

    def stopped(self, index, scored, record):
        if index == 2:
            raise KeyboardInterrupt
        return real(self, index, scored, record)

    (out / PARTS[3]).unlink()
    monkeypatch.setattr(PartFolder, "write", stopped)
    uk = inputs[1]
    uk.write_text(uk.read_text(encoding="utf-8").replace("Natural England assesses", "It assesses"), "utf-8")
    with pytest.raises(KeyboardInterrupt):
        _write(inputs, out, client)
    with caplog.at_level("WARNING", logger="qa_align"):
        assert len(read_results(out)) == 13  # the Belgian parts of the new run, the UK's first of the old
    assert "not complete" in caplog.text


def test_a_model_retrained_into_the_same_file_keeps_no_part(client, inputs, tmp_path):
    from qa_align.scoring import shipped

    model = tmp_path / "model" / "responsiveness.joblib"
    model.parent.mkdir()
    shutil.copy(shipped(), model)
    shutil.copy(shipped().with_suffix(".json"), model.with_suffix(".json"))
    settings = Settings(jobs=1, score_model=str(model))
    out = tmp_path / "scores.parquet"
    _write(inputs, out, client, settings)
    numbers = json.loads(model.with_suffix(".json").read_text(encoding="utf-8"))
    numbers["linear"]["intercept"] += 1.0  # (the model's numbers read from the .json beside it)
    model.with_suffix(".json").write_text(json.dumps(numbers), encoding="utf-8")
    assert _write(inputs, out, client, settings).kept == 0
    pd.testing.assert_frame_equal(
        read_results(out), _local(inputs, tmp_path / "local.parquet", settings), check_exact=True
    )


def test_an_input_removed_before_others_moves_their_parts_and_equals_a_full_run(client, inputs, tmp_path):
    out = tmp_path / "scores.parquet"
    _write(inputs, out, client)
    done = _write(inputs[1:], out, client)
    # by hand: the UK records 1-3 and 4-6 are now the parts 0 and 1; the parts 2 and 3 go
    assert (done.kept, done.written, done.removed) == (0, 2, 2)
    assert sorted(p.name for p in out.glob("part-*")) == PARTS[:2]
    pd.testing.assert_frame_equal(
        read_results(out), _local(inputs[1:], tmp_path / "local.parquet"), check_exact=True
    )
