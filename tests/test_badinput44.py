"""Bad input checked kind by kind (session 44, badinput44): each input written here from its bytes
beside a good document; the run goes on, the good document's rows are there and the bad input is
named with its cause (README, "Bad input, checked kind by kind")."""

from __future__ import annotations

import errno
import logging
import os
import pathlib

import qa_align
from qa_align.cli import main
from qa_align.settings import Settings

from .conftest import CYBER, csv_rows, not_waiting, score_cli

# the sub-questions of CYBER (corpus/vlaams-parlement/schv-8-2024-cybersecurity.txt): 5, numbered 1 to 5
CYBER_UNITS = ["1", "2", "3", "4", "5"]
COLS = ["--id-col", "qid", "--question-col", "vraag", "--answer-col", "antwoord"]
TABLE = (
    "qid,vraag,antwoord\r\n"
    'q-1,"Hoeveel cafés telt de gemeente in 2023?","In 2023 telde de gemeente 42 cafés."\r\n'
)


def test_a_named_link_that_loops_is_told_as_such_not_as_a_missing_target(tmp_path):
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    code, rows, errors = score_cli([CYBER, tmp_path / "a.txt"], tmp_path)
    assert code == 1
    assert [r["question_no"] for r in rows] == CYBER_UNITS
    assert [(e["path"], e["reason"]) for e in errors] == [
        (str(tmp_path / "a.txt"), f"cannot read ({os.strerror(errno.ELOOP)})")
    ]


def test_a_named_pipe_or_device_is_no_missing_file_and_is_not_waited_on(tmp_path):
    os.mkfifo(tmp_path / "pijp.txt")
    # (in a thread: were the pipe opened, the test fails rather than waits for ever: lows46)
    code, rows, errors = not_waiting(
        lambda: score_cli([tmp_path / "pijp.txt", CYBER, "/dev/null"], tmp_path), tmp_path / "pijp.txt"
    )
    assert code == 1
    assert [r["question_no"] for r in rows] == CYBER_UNITS
    assert [(e["path"], e["reason"]) for e in errors] == [
        (str(tmp_path / "pijp.txt"), "not a file or folder (a device, pipe or socket)"),
        ("/dev/null", "not a file or folder (a device, pipe or socket)"),
    ]


def test_a_named_path_that_cannot_be_looked_at_is_its_row_and_the_batch_goes_on(tmp_path, monkeypatch):
    closed = tmp_path / "dicht" / "vraag.txt"
    real = pathlib.Path.stat

    def stat(self, *args, **kwargs):  # tests run as root, where a folder's mode stops no one: faked
        if self == closed:
            raise PermissionError(13, "Permission denied", str(self))
        return real(self, *args, **kwargs)

    monkeypatch.setattr(pathlib.Path, "stat", stat)
    code, rows, errors = score_cli([closed, CYBER], tmp_path)
    assert code == 1
    assert [r["question_no"] for r in rows] == CYBER_UNITS
    assert [(e["path"], e["reason"]) for e in errors] == [(str(closed), "cannot read (Permission denied)")]


def test_a_table_of_another_header_is_its_row_and_the_other_tables_are_scored(tmp_path):
    folder = tmp_path / "tabellen"
    folder.mkdir()
    (folder / "a-goed.csv").write_bytes(TABLE.encode("utf-8"))
    (folder / "b-ander.csv").write_bytes(b"id,question,answer\r\nx-1,Wat?,Niets.\r\n")
    code, rows, errors = score_cli([folder, *COLS], tmp_path)
    assert code == 1  # was 2, with no output at all: the good table lost
    assert [(r["doc_id"], r["question"]) for r in rows] == [
        ("q-1", "Hoeveel cafés telt de gemeente in 2023?")
    ]
    assert [(e["path"], e["reason"]) for e in errors] == [
        (
            str(folder / "b-ander.csv"),
            "no column --id-col 'qid', --question-col 'vraag', --answer-col 'antwoord'; "
            "the file's columns are: id, question, answer",
        )
    ]


def test_json_lines_none_of_whose_lines_read_tell_each_line_not_an_empty_column_list(tmp_path):
    (tmp_path / "goed.csv").write_bytes(TABLE.encode("utf-8"))
    # one record, in Latin-1: "é" is the byte 0xe9
    line = b'{"qid": "q-2", "vraag": "Hoeveel caf\xe9s?", "antwoord": "Tien."}\n'
    (tmp_path / "latin1.jsonl").write_bytes(line)
    code, rows, errors = score_cli([tmp_path / "goed.csv", tmp_path / "latin1.jsonl", *COLS], tmp_path)
    assert code == 1
    assert [r["doc_id"] for r in rows] == ["q-1"]
    column = line.index(0xE9) + 1
    assert [(e["doc_id"], e["reason"]) for e in errors] == [
        ("row 1", f"line 1: not UTF-8 (byte 0xe9 at column {column})")
    ]


def test_a_windows_1252_table_is_read_as_a_text_file_is_with_a_warning(tmp_path, caplog):
    path = tmp_path / "excel.csv"
    path.write_bytes(TABLE.encode("cp1252"))  # "é" is the byte 0xe9, "cafés" not UTF-8
    with caplog.at_level(logging.WARNING):
        code, rows, errors = score_cli([path, *COLS], tmp_path)
    assert code == 0 and errors == []
    assert [(r["doc_id"], r["question"], r["answer"]) for r in rows] == [
        ("q-1", "Hoeveel cafés telt de gemeente in 2023?", "In 2023 telde de gemeente 42 cafés.")
    ]
    assert f"{path}: not valid UTF-8; read as Windows-1252" in caplog.text
    # a TSV too; bytes Windows-1252 leaves undefined (0x81) still fail, saying both were tried
    (tmp_path / "excel.tsv").write_bytes(TABLE.replace(",", "\t").encode("cp1252"))
    (tmp_path / "kapot.csv").write_bytes(TABLE.encode("cp1252").replace(b"42", b"4\x81"))
    code, rows, errors = score_cli([tmp_path / "excel.tsv", tmp_path / "kapot.csv", *COLS], tmp_path)
    assert code == 1
    assert [r["answer"] for r in rows] == ["In 2023 telde de gemeente 42 cafés."]
    assert [
        (e["path"], e["reason"].split(" (")[0], e["reason"].endswith("nor Windows-1252")) for e in errors
    ] == [(str(tmp_path / "kapot.csv"), "not UTF-8 text", True)]


def test_the_api_score_logs_what_it_could_not_read_as_its_docstring_says(tmp_path, caplog):
    (tmp_path / "geen.pdf").write_bytes(b"this is not a pdf at all\n")
    with caplog.at_level(logging.WARNING, logger="qa_align"):
        df = qa_align.score([CYBER, tmp_path / "geen.pdf"], Settings(similarity_model="none", jobs=1))
    assert list(df["question_no"]) == CYBER_UNITS
    assert list(df.attrs["problems"]["path"]) == [str(tmp_path / "geen.pdf")]
    warned = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert any(m.startswith(f"{tmp_path / 'geen.pdf'}: not a readable PDF") for m in warned), warned


def test_lexicon_stats_names_what_it_could_not_read_and_exits_1(tmp_path, capsys):
    (tmp_path / "geen.pdf").write_bytes(b"this is not a pdf at all\n")
    (tmp_path / "vraag.txt").write_bytes(CYBER.read_bytes())
    assert main(["lexicon-stats", str(tmp_path), "-o", str(tmp_path / "lex.csv")]) == 1
    err = capsys.readouterr().err
    assert f"qa-align: {tmp_path / 'geen.pdf'}: not a readable PDF" in err
    assert "documents read: 1 nl; 1 could not be read" in err


def test_a_mistyped_column_over_every_table_is_one_error_and_the_earlier_output_is_kept(tmp_path, capsys):
    """(review46) Every table of the batch without the named column, nothing else read: the run's
    error (exit 2, one message), not a row a table, and an earlier output is left as it was; the
    mixed case (a good table beside) stays a row for the bad one (the test above)."""
    folder = tmp_path / "tabellen"
    folder.mkdir()
    for k in range(3):
        (folder / f"t{k}.csv").write_bytes(TABLE.encode("utf-8"))
    (folder / "lees-mij.md").write_text("geen vraag\n", encoding="utf-8")  # a skipped file changes nothing
    out = tmp_path / "out.csv"
    out.write_text("earlier run\n", encoding="utf-8")
    typo = ["--id-col", "qidd", "--question-col", "vraag", "--answer-col", "antwoord"]
    code = main(["score", str(folder), *typo, "--all", "--model", "none", "-q", "-j", "1", "-o", str(out)])
    assert code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [
        f"qa-align: error: {folder / 't0.csv'}: no column --id-col 'qidd'; the file's columns are: "
        "qid, vraag, antwoord (and 2 more tables without a named column); nothing was scored"
    ]
    assert out.read_text(encoding="utf-8") == "earlier run\n"
    assert not (tmp_path / "out.errors.csv").exists()
    # beside a table that fails otherwise (not UTF-8 nor Windows-1252): each its row, exit 1
    (folder / "kapot.csv").write_bytes(b"qid,vraag\r\nq-1,\x81\r\n")
    code = main(["score", str(folder), *typo, "--all", "--model", "none", "-q", "-j", "1", "-o", str(out)])
    assert code == 1
    errors = {pathlib.Path(e["path"]).name: e["reason"] for e in csv_rows(tmp_path / "out.errors.csv")}
    assert sorted(errors) == ["kapot.csv", "lees-mij.md", "t0.csv", "t1.csv", "t2.csv"]
    assert errors["kapot.csv"].startswith("not UTF-8 text") and errors["t2.csv"].startswith(
        "no column --id-col"
    )
