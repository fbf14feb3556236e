"""The score table as Parquet and SQLite: written by suffix, read back, the same rows as the
CSV, the SQLite file's keys and indexes, the README's SQL against figures counted from the CSV."""

from __future__ import annotations

import csv
import re
import sqlite3
from collections import defaultdict

import pandas as pd
import pytest

import qa_align
from qa_align.cli import main
from qa_align.errors import ConfigError, OutputError
from qa_align.sinks import PART_STATE, SQLITE_CHUNK, PartFolder

from .conftest import CORPUS, CYBER, ROOT


@pytest.fixture(scope="module")
def run():
    """One scoring of ``corpus/``: its pairs and problems."""
    return qa_align.score_pairs(CORPUS)


@pytest.fixture(scope="module")
def written(run, tmp_path_factory):
    """The run written as CSV, Parquet and SQLite, every pair (``--all``)."""
    scored, problems = run
    folder = tmp_path_factory.mktemp("written")
    paths = {suffix: folder / f"scores.{suffix}" for suffix in ("csv", "parquet", "sqlite")}
    for path in paths.values():
        assert qa_align.write_results(scored, path, problems) == path
    return paths


def _db(path):
    db = sqlite3.connect(path)
    db.row_factory = sqlite3.Row
    return db


def test_the_same_rows_in_every_format(run, written):
    scored, _ = run
    from_csv = qa_align.read_results(written["csv"])
    assert len(from_csv) == len(scored) > 40
    for suffix in ("parquet", "sqlite"):
        pd.testing.assert_frame_equal(qa_align.read_results(written[suffix]), from_csv)


def test_parquet_columns_are_typed(written):
    import pyarrow.parquet as pq

    schema = pq.read_schema(written["parquet"])
    assert schema.names == list(qa_align.COLUMNS)
    types = {f.name: str(f.type) for f in schema}
    assert {
        c: types.pop(c) for c in ("similarity", "score", "identifiability", "days_to_answer", "on_time")
    } == {
        "similarity": "double",
        "score": "double",
        "identifiability": "double",
        "days_to_answer": "int64",
        "on_time": "bool",
    }
    assert set(types.values()) == {"string"}  # ids, texts and ISO dates
    # pandas alone (no qa_align) gets the nullable types back
    df = pd.read_parquet(written["parquet"])
    assert str(df["days_to_answer"].dtype) == "Int64" and str(df["on_time"].dtype) == "boolean"
    uk = df[df["source"] == "uk-commons"]
    assert len(uk) and uk["similarity"].between(0, 1).all()


def test_a_parquet_folder_of_part_files_is_read_back_whole(written, tmp_path):
    import pyarrow.parquet as pq

    table = pq.read_table(written["parquet"])
    folder = tmp_path / "parts.parquet"
    folder.mkdir()
    pq.write_table(table.slice(0, 10), folder / "part.0.parquet")
    pq.write_table(table.slice(10), folder / "part.1.parquet")
    pd.testing.assert_frame_equal(qa_align.read_results(folder), qa_align.read_results(written["parquet"]))


def test_sqlite_tables_columns_and_types(written):
    db = _db(written["sqlite"])
    tables = {r["name"] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"documents", "pairs", "evidence", "problems"} <= tables
    columns = {
        t: {r["name"]: (r["type"], r["pk"]) for r in db.execute(f"PRAGMA table_info({t})")} for t in tables
    }
    assert columns["documents"]["doc_key"] == ("INTEGER", 1)
    assert columns["pairs"]["pair_key"] == ("INTEGER", 1)
    assert columns["evidence"]["evidence_key"] == ("INTEGER", 1)
    assert columns["problems"]["problem_key"] == ("INTEGER", 1)
    assert {
        c: columns["pairs"][c][0] for c in ("similarity", "score", "identifiability", "question_start")
    } == {
        "similarity": "REAL",
        "score": "REAL",
        "identifiability": "REAL",
        "question_start": "INTEGER",
    }
    assert (columns["evidence"]["start"][0], columns["evidence"]["end"][0]) == ("INTEGER", "INTEGER")
    assert columns["documents"]["days_to_answer"][0] == "INTEGER"
    assert db.execute("PRAGMA user_version").fetchone()[0] == 1
    # the values are stored as their types, not as text
    kinds = db.execute("SELECT DISTINCT typeof(similarity), typeof(question_start) FROM pairs").fetchall()
    assert [tuple(k) for k in kinds] == [("real", "integer")]


def test_sqlite_keys_hold_and_indexes_exist(written):
    db = _db(written["sqlite"])
    db.execute("PRAGMA foreign_keys = ON")
    fks = {
        t: [(r["from"], r["table"], r["to"]) for r in db.execute(f"PRAGMA foreign_key_list({t})")]
        for t in ("pairs", "evidence")
    }
    assert fks == {
        "pairs": [("doc_key", "documents", "doc_key")],
        "evidence": [("pair_key", "pairs", "pair_key")],
    }
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    indexed = {
        (r["tbl_name"], tuple(c["name"] for c in db.execute(f"PRAGMA index_info({r['name']})")))
        for r in db.execute("SELECT name, tbl_name FROM sqlite_master WHERE type = 'index'")
    }
    assert {
        ("documents", ("source", "doc_id")),
        ("documents", ("doc_id",)),
        ("pairs", ("doc_key",)),
        ("evidence", ("flag",)),
        ("evidence", ("pair_key",)),
    } <= indexed
    # a pair that names no document is refused
    with pytest.raises(sqlite3.IntegrityError):
        db.execute(
            "INSERT INTO pairs (doc_key, question_no, question_start, question_end) VALUES (99999, '1', 0, 1)"
        )
    # the documents: one row per document of the run, each with its pairs
    n_docs = db.execute("SELECT count(*) FROM documents").fetchone()[0]
    assert n_docs == db.execute("SELECT count(DISTINCT source || '/' || doc_id) FROM documents").fetchone()[0]
    assert (
        db.execute(
            "SELECT count(*) FROM documents WHERE doc_key NOT IN (SELECT doc_key FROM pairs)"
        ).fetchone()[0]
        == 0
    )


def test_sqlite_rows_hold_the_pairs_flags_and_evidence(run, written):
    scored, problems = run
    db = _db(written["sqlite"])
    documents = {(sp.document.source, sp.document.doc_id): sp.document for sp in scored}
    got_docs = {
        (r["source"], r["doc_id"]): (r["path"], r["language"])
        for r in db.execute("SELECT source, doc_id, path, language FROM documents")
    }
    assert got_docs == {k: (d.path, d.metadata.language) for k, d in documents.items()}
    # pairs in the output's order, with the sub-question's offsets
    got = db.execute(
        "SELECT d.doc_id, p.question_no, p.question_start, p.question_end FROM pairs p "
        "JOIN documents d USING (doc_key) ORDER BY pair_key"
    ).fetchall()
    assert [tuple(r) for r in got] == [
        (sp.document.doc_id, sp.pair.question.n, sp.pair.question.start, sp.pair.question.end)
        for sp in scored
    ]
    # every piece of evidence of every flag, offsets as the Flag holds them; NULL where none
    want = sorted(
        (sp.document.doc_id, sp.pair.question.n, f.name, f.reason, e.part, e.start, e.end, e.text)
        if e
        else (sp.document.doc_id, sp.pair.question.n, f.name, f.reason, None, None, None, None)
        for sp in scored
        for f in sp.flags
        for e in (f.evidence or (None,))
    )
    got = db.execute(
        'SELECT d.doc_id, p.question_no, e.flag, e.reason, e.part, e.start, e."end", e.text '
        "FROM evidence e JOIN pairs p USING (pair_key) JOIN documents d USING (doc_key)"
    ).fetchall()
    assert sorted(
        (tuple(r) for r in got), key=lambda t: tuple("" if v is None else str(v) for v in t)
    ) == sorted(want, key=lambda t: tuple("" if v is None else str(v) for v in t))
    assert any(e[5] is not None for e in want)
    # the cybersecurity document's recycled answer 3, read from the document (README, Flags)
    (flags,) = db.execute(
        "SELECT p.flags FROM pairs p JOIN documents d USING (doc_key) "
        "WHERE d.doc_id = 'schv-8-2024-cybersecurity' AND p.question_no = '3'"
    ).fetchone()
    assert flags == "recycled_text"
    # the problems: the unanswered Belgian record
    rows = [tuple(r) for r in db.execute("SELECT source, doc_id, unanswered, skipped FROM problems")]
    assert rows == [(p.source, p.doc_id, int(p.unanswered), int(p.skipped)) for p in problems]
    assert (1, 0) in {r[2:] for r in rows}


def test_a_flag_without_evidence_is_one_evidence_row_with_null_offsets(run, tmp_path):
    import dataclasses

    from qa_align.types import Flag

    sp = dataclasses.replace(run[0][0], flags=(Flag("generic", "says nothing specific"),))
    out = qa_align.write_results([sp], tmp_path / "one.sqlite")
    rows = _db(out).execute('SELECT flag, reason, part, start, "end", text, related FROM evidence').fetchall()
    assert [tuple(r) for r in rows] == [("generic", "says nothing specific", None, None, None, None, None)]
    flags = qa_align.read_results(out).attrs["flags"]
    assert flags[["part", "text"]].values.tolist() == [["", ""]] and flags["start"].isna().all()


def _readme_sql() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    (sql,) = re.findall(r"```sql\n(.*?)```", readme, re.S)
    assert "figures_missing" in sql
    return sql


def test_the_readme_sql_gives_the_shares_counted_from_the_csv(written):
    # counted from the CSV with the csv module: sub-questions per minister and year, and those
    # whose flags include figures_missing
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    with open(written["csv"], newline="", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            key = (r["minister"], r["date"][:4])
            counts[key][0] += 1
            counts[key][1] += "figures_missing" in r["flags"].split(";")
    want = {key: (n, flagged / n) for key, (n, flagged) in counts.items()}
    assert any(share > 0 for _, share in want.values()) and any(share == 0 for _, share in want.values())
    got = _db(written["sqlite"]).execute(_readme_sql()).fetchall()
    assert {(m or "", y or ""): (n, pytest.approx(share)) for m, y, n, share in got} == want
    shares = [share for *_, share in got]
    assert shares == sorted(shares, reverse=True)


def test_cli_writes_sqlite_with_its_problems_inside(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "cyber.txt").write_text(CYBER.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4 not really")
    out = tmp_path / "out.sqlite"
    assert main(["score", str(folder), "-o", str(out), "--model", "none"]) == 1
    assert "listed in the table problems of" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "out.sqlite"]  # no errors CSV
    db = _db(out)
    (problem,) = db.execute("SELECT path, unanswered, skipped FROM problems").fetchall()
    assert problem["path"].endswith("broken.pdf") and (problem["unanswered"], problem["skipped"]) == (0, 0)
    # flagged pairs only (no --all): every pair has a flag
    assert db.execute("SELECT count(*) FROM pairs WHERE flags IS NULL").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM pairs").fetchone()[0] > 0
    # with --errors the problems go to that CSV as well
    errors = tmp_path / "errors.csv"
    assert main(["score", str(folder), "-o", str(out), "-q", "--model", "none", "--errors", str(errors)]) == 1
    with open(errors, newline="", encoding="utf-8") as fh:
        assert [r["path"].endswith("broken.pdf") for r in csv.DictReader(fh)] == [True]


def test_cli_writes_parquet_with_an_errors_csv_beside(tmp_path):
    out = tmp_path / "out.parquet"
    assert main(["score", str(CORPUS / "be-kamer"), "--all", "-q", "--model", "none", "-o", str(out)]) == 0
    df = qa_align.read_results(out)
    assert set(df["source"]) == {"be-kamer"} and df["similarity"].isna().all()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.errors.csv", "out.parquet"]


def _never_read(*args, **kwargs):
    raise AssertionError("input was read before the output path was checked")


@pytest.mark.parametrize("name", ["out.xlsx", "out", "out.json"])
def test_an_unknown_suffix_fails_before_reading_naming_the_known_ones(tmp_path, capsys, monkeypatch, name):
    monkeypatch.setattr("qa_align.cli.iter_scored", _never_read)
    out = tmp_path / "new" / name
    assert main(["score", str(CYBER), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "unknown output format" in err
    assert ".csv, .parquet, .sqlite" in err
    assert list(tmp_path.iterdir()) == []  # not even the missing folder is made


def test_write_results_checks_the_path_before_taking_any_result(tmp_path):
    def results():
        raise AssertionError("results taken before the path was checked")
        yield

    with pytest.raises(OutputError, match="unknown output format .txt"):
        qa_align.write_results(results(), tmp_path / "out.txt")
    with pytest.raises(TypeError, match="not a DataFrame"):
        qa_align.write_results(pd.DataFrame(), tmp_path / "out.sqlite")


def test_write_results_flagged_only(run, tmp_path):
    scored, problems = run
    out = qa_align.write_results(scored, tmp_path / "f.sqlite", problems, flagged_only=True)
    df = qa_align.read_results(out)
    assert len(df) == sum(1 for sp in scored if sp.flags) and (df["flags"] != "").all()


@pytest.mark.parametrize("suffix", ["sqlite", "parquet", "csv"])
def test_an_interrupted_write_leaves_the_previous_file_and_nothing_else(run, tmp_path, suffix):
    scored, _ = run
    out = tmp_path / f"out.{suffix}"
    out.write_bytes(b"the previous run's output\n")

    def interrupted():
        for i in range(SQLITE_CHUNK * 5):
            if i == SQLITE_CHUNK * 5 - 1:
                # rows so far are on disk, under the temporary name (the Parquet file holds its
                # first row groups)
                (tmp,) = [p for p in tmp_path.iterdir() if p.name.startswith(f".out.{suffix}.")]
                assert tmp.stat().st_size > 20_000
                raise KeyboardInterrupt
            yield scored[i % len(scored)]

    with pytest.raises(KeyboardInterrupt):
        qa_align.write_results(interrupted(), out)
    assert out.read_bytes() == b"the previous run's output\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == [f"out.{suffix}"]


def test_reading_what_is_no_score_table_is_a_clear_error(tmp_path):
    other = tmp_path / "other.sqlite"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    with pytest.raises(ConfigError, match="lacks the tables documents, pairs, evidence, problems"):
        qa_align.read_results(other)
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database at all" * 100)
    with pytest.raises(ConfigError, match="junk.sqlite"):
        qa_align.read_results(junk)
    with pytest.raises(ConfigError, match="no such file"):
        qa_align.read_results(tmp_path / "missing.parquet")
    pd.DataFrame({"source": ["x"]}).to_parquet(tmp_path / "p.parquet")
    with pytest.raises(ConfigError, match="lacks the columns doc_id"):
        qa_align.read_results(tmp_path / "p.parquet")


@pytest.mark.parametrize("suffix", ["csv", "parquet", "sqlite"])
def test_a_run_without_rows_gives_a_file_with_the_columns(tmp_path, suffix):
    out = qa_align.write_results([], tmp_path / f"empty.{suffix}")
    df = qa_align.read_results(out)
    assert list(df.columns) == list(qa_align.COLUMNS) and len(df) == 0
    assert str(df["days_to_answer"].dtype) == "Int64" and str(df["on_time"].dtype) == "boolean"


def test_parquet_and_sqlite_hold_the_raw_text_of_formula_like_cells(tmp_path):
    # the CSV's guard against spreadsheet formulas is for the CSV only
    import pyarrow.parquet as pq

    path = tmp_path / "q.jsonl"
    record = {"doc_id": "=1+1", "question": "Hoeveel?", "answer": "Er waren 12.", "department": "@Minister"}
    pd.DataFrame([record]).to_json(path, orient="records", lines=True)
    for suffix in ("parquet", "sqlite"):
        assert (
            main(["score", str(path), "--all", "-q", "--model", "none", "-o", str(tmp_path / f"o.{suffix}")])
            == 0
        )
    table = pq.read_table(tmp_path / "o.parquet").to_pylist()
    assert [(r["doc_id"], r["minister"]) for r in table] == [("=1+1", "@Minister")]
    rows = _db(tmp_path / "o.sqlite").execute("SELECT doc_id, minister FROM documents").fetchall()
    assert [tuple(r) for r in rows] == [("=1+1", "@Minister")]


def _pairs(run, doc_id):
    return [sp for sp in run[0] if sp.document.doc_id == doc_id]


def test_a_part_folder_writes_rows_it_already_holds_only_once(run, tmp_path):
    folder = PartFolder(tmp_path / "parts.parquet")
    pairs = _pairs(run, "184504")  # the Belgian sample's third record: 4 sub-questions
    assert folder.write(0, pairs, {"key": "a"}) is True
    first = (folder.file(0).stat().st_ino, folder.file(0).stat().st_mtime_ns)
    assert folder.record(0)["rows"] == 4 and folder.record(0)["key"] == "a"
    assert folder.write(0, pairs, {"key": "b"}) is False  # the same rows: the file stays
    assert (folder.file(0).stat().st_ino, folder.file(0).stat().st_mtime_ns) == first
    assert folder.record(0)["key"] == "b"
    assert folder.write(0, pairs[:3], {"key": "c"}) is True
    assert len(pd.read_parquet(folder.file(0))) == 3
    assert sorted(p.name for p in (tmp_path / "parts.parquet").iterdir()) == [
        PART_STATE,
        "part-000000.parquet",
    ]
    assert [p.name for p in (tmp_path / "parts.parquet" / PART_STATE).iterdir()] == ["part-000000.json"]


def test_a_part_without_its_record_is_no_part_to_keep(run, tmp_path):
    folder = PartFolder(tmp_path / "parts.parquet")
    folder.write(3, _pairs(run, "184504"), {"key": "a"})
    (tmp_path / "parts.parquet" / PART_STATE / "part-000003.json").unlink()
    assert folder.record(3) is None
    folder.write(3, _pairs(run, "184504"), {"key": "a"})
    folder.file(3).unlink()
    assert folder.record(3) is None


def test_a_part_folder_replaces_a_single_file_and_removes_parts_beyond_the_batch(run, tmp_path):
    out = tmp_path / "scores.parquet"
    qa_align.write_results(run[0], out)
    folder = PartFolder(out)
    assert out.is_file()  # nothing changes before the first part is written
    for index in range(3):
        folder.write(index, _pairs(run, "184504"), {"key": str(index)})
    assert out.is_file()  # the earlier output stays until the run commits (lows46)
    assert folder.prune(1) == 2
    folder.commit([], {})
    assert out.is_dir()
    assert sorted(p.name for p in out.iterdir()) == [PART_STATE, "part-000000.parquet"]
    assert sorted(p.name for p in (out / PART_STATE).iterdir()) == ["manifest.json", "part-000000.json"]
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temporary folder left


def test_a_folder_of_other_files_is_not_taken_for_a_part_folder(tmp_path, capsys):
    out = tmp_path / "mine.parquet"
    out.mkdir()
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(OutputError, match="no part files of qa-align \\(notes.txt\\)"):
        PartFolder(out)
    assert main(["score", str(CYBER), "--engine", "dask", "-o", str(out)]) == 2
    assert "no part files of qa-align" in capsys.readouterr().err
    assert [p.name for p in out.iterdir()] == ["notes.txt"]


def test_a_part_folder_is_not_overwritten_by_the_local_engine(run, tmp_path, capsys):
    out = tmp_path / "parts.parquet"
    PartFolder(out).write(0, _pairs(run, "184504"), {"key": "a"})
    assert main(["score", str(CYBER), "-o", str(out)]) == 2
    assert "a folder of part files written by --engine dask" in capsys.readouterr().err
    assert qa_align.read_results(out)["doc_id"].tolist() == ["184504"] * 4
