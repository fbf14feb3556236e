"""Bad input, the last five kinds (session 45, lows45): each input written here from its bytes
beside a good document; the good document's rows are there and the bad input is one error or its
row, naming the cause (README, "Bad input, the last five kinds")."""

from __future__ import annotations

import logging
import os
import pathlib

import pandas as pd
import pytest

import qa_align
from qa_align import Settings
from qa_align.errors import ConfigError
from qa_align.readers.tabular import Columns

from .conftest import CYBER, not_waiting, score_cli

CYBER_UNITS = ["1", "2", "3", "4", "5"]
COLS = ["--id-col", "qid", "--question-col", "vraag", "--answer-col", "antwoord"]
TYPO = Columns(id="qidd", question="vraag", answer="antwoord")
GOOD = Columns(id="qid", question="vraag", answer="antwoord")
TABLE = (
    "qid,vraag,antwoord\r\n"
    'q-1,"Hoeveel cafés telt de gemeente in 2023?","In 2023 telde de gemeente 42 cafés."\r\n'
    'q-2,"Hoeveel scholen zijn er in 2023 geopend?","In 2023 werden drie scholen geopend."\r\n'
)
NONE = Settings(similarity_model="none", jobs=1)


def _tables(tmp_path, n=3):
    folder = tmp_path / "tabellen"
    folder.mkdir()
    for k in range(n):
        (folder / f"t{k}.csv").write_bytes(TABLE.encode("utf-8"))
    (folder / "lees-mij.md").write_text("geen vraag\n", encoding="utf-8")  # skipped: changes nothing
    return folder


ONE_ERROR = (
    "t0.csv: no column --id-col 'qidd'; the file's columns are: qid, vraag, antwoord "
    "(and 2 more tables without a named column); nothing was scored"
)


def test_the_api_gives_a_mistyped_column_over_every_table_as_one_error(tmp_path):
    folder = _tables(tmp_path)
    with pytest.raises(ConfigError) as told:
        qa_align.score(folder, NONE, columns=TYPO)
    assert str(told.value) == f"{folder}/{ONE_ERROR}"
    with pytest.raises(ConfigError, match="more tables without a named column"):
        qa_align.score_pairs(folder, NONE, columns=TYPO)
    # beside a table that has the columns, each table without them stays its row (as the CLI)
    (tmp_path / "other.csv").write_bytes(TABLE.replace("qid,", "qidd,").encode("utf-8"))
    df = qa_align.score([tmp_path / "other.csv", folder], NONE, columns=TYPO)
    assert list(df["doc_id"]) == ["q-1", "q-2"]
    problems = df.attrs["problems"]
    assert sorted(pathlib.Path(p).name for p in problems["path"]) == [
        "lees-mij.md",
        "t0.csv",
        "t1.csv",
        "t2.csv",
    ]


def test_the_dask_engine_gives_a_mistyped_column_as_one_error_and_keeps_the_parts(
    tmp_path, in_process_client
):
    from qa_align import engine

    folder = _tables(tmp_path)
    with pytest.raises(ConfigError) as told:
        list(engine.iter_scored([folder], NONE, columns=TYPO, client=in_process_client))
    assert str(told.value) == f"{folder}/{ONE_ERROR}"
    out = tmp_path / "scores.parquet"
    done = engine.write_parts([folder], out, NONE, columns=GOOD, client=in_process_client)
    # the three tables hold the same two ids: the first table's are scored, the others' are duplicate
    # ids, as in the local engine (lows46)
    assert (done.pairs, sum(p.reason.startswith("duplicate id") for p in done.problems)) == (2, 4)
    before = {p.relative_to(out): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}
    with pytest.raises(ConfigError, match=r"more tables without a named column\); nothing was scored"):
        engine.write_parts([folder], out, NONE, columns=TYPO, client=in_process_client)
    parts = {p.relative_to(out): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}
    assert {k: v for k, v in parts.items() if not k.name.startswith("map-")} == {
        k: v for k, v in before.items() if not k.name.startswith("map-")
    }
    assert len(pd.read_parquet(out)) == 2


def test_a_utf8_table_with_one_stray_byte_keeps_its_utf8_text(tmp_path, caplog):
    data = TABLE.encode("utf-8").replace(b"drie", b"dr\xefe")  # one Latin-1 byte in UTF-8 text
    path = tmp_path / "stray.csv"
    path.write_bytes(data)
    with caplog.at_level(logging.WARNING):
        code, rows, errors = score_cli([path, *COLS], tmp_path)
    assert code == 0 and errors == []
    assert [(r["doc_id"], r["question"], r["answer"]) for r in rows] == [
        ("q-1", "Hoeveel cafés telt de gemeente in 2023?", "In 2023 telde de gemeente 42 cafés."),
        ("q-2", "Hoeveel scholen zijn er in 2023 geopend?", "In 2023 werden dr\ufffde scholen geopend."),
    ]
    assert f"{path}: 1 byte not UTF-8 (line 3) in UTF-8 text; read as UTF-8" in caplog.text
    # a text file the same way: its accents kept
    text = CYBER.read_bytes()
    assert "é".encode() in text
    cut = text.index(b"\n", len(text) // 2)
    (tmp_path / "schv.txt").write_bytes(text[:cut] + b" \xe9" + text[cut:])
    (doc,) = qa_align.read(tmp_path / "schv.txt", on_error="raise")
    (good,) = qa_align.read(CYBER, on_error="raise")
    assert doc.text.replace(" \ufffd", "", 1) == good.text


def test_a_text_file_with_a_stray_nul_is_read_and_a_binary_one_is_not(tmp_path, caplog):
    text = CYBER.read_bytes()
    (tmp_path / "nul.txt").write_bytes(text[:100] + b"\x00" + text[100:])
    # a PNG's first bytes (signature, IHDR) and a stretch of zeros; a zip's local header
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x02\x00\x00\x00" + bytes(
        400
    )
    (tmp_path / "beeld.txt").write_bytes(png)
    (tmp_path / "archief.txt").write_bytes(b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(256)) * 4)
    with caplog.at_level(logging.WARNING):
        code, rows, errors = score_cli(
            [tmp_path / "nul.txt", tmp_path / "beeld.txt", tmp_path / "archief.txt"], tmp_path
        )
    assert code == 1
    assert [r["question_no"] for r in rows] == CYBER_UNITS
    alone = tmp_path / "alone"
    alone.mkdir()
    (alone / "nul.txt").write_bytes(text)  # the same file without its NUL: the same rows
    again = score_cli([alone / "nul.txt"], alone)[1]  # (the CSV has no path column)
    assert rows == again
    assert [(pathlib.Path(e["path"]).name, e["reason"].split(" (")[0]) for e in errors] == [
        ("beeld.txt", "binary content"),
        ("archief.txt", "binary content"),
    ]
    assert f"{tmp_path / 'nul.txt'}: 1 NUL byte in text; dropped" in caplog.text


def test_duplicate_ids_are_told_and_only_the_first_is_scored(tmp_path):
    record = '{"id": "q-1", "vraag": "Hoeveel cafés telt de gemeente?", "antwoord": "Er zijn 42 cafés."}\n'
    other = '{"id": "q-1", "vraag": "Hoeveel scholen?", "antwoord": "Drie scholen."}\n'
    (tmp_path / "a.jsonl").write_text(record + record, encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(other, encoding="utf-8")
    cols = ["--id-col", "id", "--question-col", "vraag", "--answer-col", "antwoord"]
    code, rows, errors = score_cli([tmp_path / "a.jsonl", tmp_path / "b.jsonl", *cols], tmp_path)
    assert code == 1
    assert [(r["doc_id"], r["answer"]) for r in rows] == [("q-1", "Er zijn 42 cafés.")]
    first = tmp_path / "a.jsonl"
    assert [(e["path"], e["doc_id"], e["reason"]) for e in errors] == [
        (
            str(first),
            "q-1",  # (twice in one file: both lines named, lows46)
            f"line 2: duplicate id: 'q-1' (table) was read before from {first}, line 1; this one, the same text, "
            "is not scored (ids must be unique in a batch)",
        ),
        (
            str(tmp_path / "b.jsonl"),
            "q-1",
            f"duplicate id: 'q-1' (table) was read before from {first}; this one, another text, "
            "is not scored (ids must be unique in a batch)",
        ),
    ]
    # the API the same
    df = qa_align.score([first, tmp_path / "b.jsonl"], NONE, columns=Columns("id", "vraag", "antwoord"))
    assert list(df["answer"]) == ["Er zijn 42 cafés."]
    assert list(df.attrs["problems"]["reason"].str.split(";").str[0]) == [
        f"line 2: duplicate id: 'q-1' (table) was read before from {first}, line 1"
    ] + [f"duplicate id: 'q-1' (table) was read before from {first}"]


def test_a_pipe_in_a_folder_is_its_row_and_is_never_opened(tmp_path):
    folder = tmp_path / "map"
    folder.mkdir()
    os.symlink(CYBER, folder / "schv.txt")
    os.mkfifo(folder / "pijp.txt")  # opened for reading, it would wait for ever for a writer
    # (in a thread: were the pipe opened, the test fails rather than waits for ever: lows46)
    code, rows, errors = not_waiting(lambda: score_cli([folder], tmp_path), folder / "pijp.txt")
    assert code == 1
    assert [r["question_no"] for r in rows] == CYBER_UNITS
    assert [(e["path"], e["reason"]) for e in errors] == [
        (str(folder / "pijp.txt"), "not a file or folder (a device, pipe or socket)")
    ]


def test_a_file_reached_twice_by_the_paths_given_is_read_once(tmp_path):
    # `score data data/sub` and a file named beside its folder reach the same file twice: it is
    # one document, not a duplicate id of itself (review47, low 6)
    sub = tmp_path / "data" / "sub"
    sub.mkdir(parents=True)
    (sub / "cyber.txt").write_bytes(pathlib.Path(CYBER).read_bytes())
    alone = tmp_path / "alone"
    alone.mkdir()
    code, rows, errors = score_cli([tmp_path / "data"], alone)
    assert code == 0 and errors == []
    for twice in ([tmp_path / "data", sub], [tmp_path / "data", sub / "cyber.txt"], [sub / "cyber.txt"] * 2):
        run = tmp_path / f"run{len(list(tmp_path.iterdir()))}"
        run.mkdir()
        code2, rows2, errors2 = score_cli(twice, run)
        assert (code2, errors2) == (0, [])
        assert rows2 == rows
        assert sorted({r["question_no"] for r in rows2}) == CYBER_UNITS
