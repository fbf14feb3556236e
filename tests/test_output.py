"""Output: CSV cells a spreadsheet would run as formulas, atomic writing, the output path
checked before anything is read."""

from __future__ import annotations

import csv
import os
import signal
import subprocess
import sys
import textwrap

import pandas as pd
import pytest

import qa_align
from qa_align.cli import main
from qa_align.output import guard_cell, unguard_cell

from .conftest import CYBER, ROOT

HOSTILE_IDS = [
    '=HYPERLINK("http://x","click")',
    "=cmd|' /C calc'!A0",
    "+1+2",
    "-2+3",
    "@SUM(A1:A2)",
    "'=already quoted",
    "'plain quote",
    "safe-id",
]


@pytest.mark.parametrize(
    ("raw", "written"),
    [
        ("=1+1", "'=1+1"),
        ("+31 6", "'+31 6"),
        ("-x", "'-x"),
        ("@A1", "'@A1"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("'=x", "''=x"),
        ("''@x", "'''@x"),
        ("'x", "'x"),
        ("a=b", "a=b"),
        ("", ""),
    ],
)
def test_guard_cell_and_back(raw, written):
    assert guard_cell(raw) == written
    assert unguard_cell(written) == raw


def _hostile_records(tmp_path):
    rows = [
        {
            "doc_id": doc_id,
            "question": "Hoeveel aanvragen waren er in 2023?",
            "answer": "Er waren 120 aanvragen.",
            "department": "\tTab Minister" if k % 2 else "\rCR Minister",
            "date_tabled": "2023-01-01",
        }
        for k, doc_id in enumerate(HOSTILE_IDS)
    ]
    path = tmp_path / "q.jsonl"
    pd.DataFrame(rows).to_json(path, orient="records", lines=True)
    return path


def test_formula_cells_are_guarded_in_the_csv_only(tmp_path):
    path = _hostile_records(tmp_path)
    out = tmp_path / "out.csv"
    assert main(["score", str(path), "--all", "-q", "--model", "none", "-o", str(out)]) == 0
    with open(out, newline="", encoding="utf-8") as fh:
        written = list(csv.DictReader(fh))
    assert [r["doc_id"] for r in written] == [
        '\'=HYPERLINK("http://x","click")',
        "'=cmd|' /C calc'!A0",
        "'+1+2",
        "'-2+3",
        "'@SUM(A1:A2)",
        "''=already quoted",
        "'plain quote",
        "safe-id",
    ]
    assert [r["minister"][:2] for r in written] == ["'\r", "'\t"] * 4
    # the API's frame and read_results give the raw text back
    df = qa_align.score(path)
    assert list(df["doc_id"]) == HOSTILE_IDS
    back = qa_align.read_results(out)
    assert list(back["doc_id"]) == HOSTILE_IDS
    assert list(back["minister"]) == list(df["minister"])


def test_errors_file_cells_are_guarded(tmp_path):
    path = tmp_path / "q.jsonl"
    path.write_text('{"doc_id": "=1+1", "question": "Hoeveel?", "answer": null}\n', encoding="utf-8")
    out = tmp_path / "out.csv"
    assert main(["score", str(path), "-q", "-o", str(out)]) == 0
    with open(tmp_path / "out.errors.csv", newline="", encoding="utf-8") as fh:
        (row,) = csv.DictReader(fh)
    assert row["doc_id"] == "'=1+1" and row["unanswered"] == "True"


_SLOW_RUN = textwrap.dedent(
    """
    import signal, sys, time
    # Ctrl-C as at a terminal, also when the tests run where SIGINT is ignored (a background job)
    signal.signal(signal.SIGINT, signal.default_int_handler)
    from qa_align import cli
    from qa_align.pipeline import score_document
    from qa_align.readers.vlaams import read_text
    from qa_align.types import Problem

    doc = read_text(open(sys.argv[1], encoding="utf-8").read(), sys.argv[1])
    pairs = score_document(doc)

    def slow(*args, **kwargs):
        yield Problem("x.pdf", "broken")
        for i in range(5000):  # more than a chunk of the CSV writer: written out already
            yield pairs[i % len(pairs)]
        print("written", flush=True)
        while True:
            time.sleep(0.05)
            yield pairs[0]

    cli.iter_scored = slow
    sys.exit(cli.main(["score", "corpus", "--all", "-q", "-o", sys.argv[2]]))
    """
)


def test_ctrl_c_while_writing_leaves_the_previous_files(tmp_path):
    out = tmp_path / "out.csv"
    errors = tmp_path / "out.errors.csv"
    out.write_bytes(b"the previous run's table\n")
    errors.write_bytes(b"the previous run's errors\n")
    proc = subprocess.Popen(
        [sys.executable, "-c", _SLOW_RUN, str(CYBER), str(out)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        assert proc.stdout.readline() == "written\n"
        (tmp,) = [p for p in tmp_path.iterdir() if p.name.startswith(".out.csv.")]
        assert tmp.stat().st_size > 100_000  # the rows so far are on disk, under the temporary name
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=60)
    finally:
        proc.kill()
    assert proc.returncode == 130, err
    assert out.read_bytes() == b"the previous run's table\n"
    assert errors.read_bytes() == b"the previous run's errors\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.csv", "out.errors.csv"]


def _never_read(*args, **kwargs):
    raise AssertionError("input was read before the output path was checked")


@pytest.mark.parametrize("where", ["parent is a file", "is a folder"])
def test_bad_output_path_is_refused_before_reading(tmp_path, capsys, monkeypatch, where):
    monkeypatch.setattr("qa_align.cli.iter_scored", _never_read)
    (tmp_path / "plain.txt").write_text("x")
    (tmp_path / "folder").mkdir()
    out = tmp_path / "plain.txt" / "out.csv" if where == "parent is a file" else tmp_path / "folder"
    assert main(["score", str(CYBER), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("qa-align: error: ")
    assert ("plain.txt is a file, not a folder" if where == "parent is a file" else "is a folder") in err


def test_unwritable_output_folder_is_refused_before_reading(tmp_path, capsys, monkeypatch):
    # tests run as root, where a folder's permissions do not stop writing: the refusal is faked
    monkeypatch.setattr("qa_align.cli.iter_scored", _never_read)
    real_open = os.open

    def refuse(path, *args, **kwargs):
        if str(path).startswith(str(tmp_path / "ro")):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr("qa_align.output.os.open", refuse)
    (tmp_path / "ro").mkdir()
    assert main(["score", str(CYBER), "-o", str(tmp_path / "ro" / "out.csv")]) == 2
    err = capsys.readouterr().err
    assert (
        err
        == f"qa-align: error: {tmp_path / 'ro' / 'out.csv'}: cannot write in {tmp_path / 'ro'} (Permission denied)\n"
    )
    assert list((tmp_path / "ro").iterdir()) == []


def test_missing_output_folders_are_made(tmp_path):
    out = tmp_path / "new" / "deeper" / "out.csv"
    assert main(["score", str(CYBER), "-q", "--model", "none", "-o", str(out)]) == 0
    assert out.is_file() and sorted(p.name for p in out.parent.iterdir()) == ["out.csv"]
