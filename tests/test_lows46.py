"""Bad input, review47's and userpath45's lows (session 46, lows46): each input written here from
its bytes beside good documents; the good documents' rows are there and the bad input is read as
its bytes say, or is one error or row naming the cause (README, "Bad input, review47's and
userpath45's lows")."""

from __future__ import annotations

import json
import logging
import os
import re
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import qa_align
from qa_align import Settings
from qa_align.errors import ConfigError
from qa_align.output import frame
from qa_align.readers import decode_text, is_binary
from qa_align.readers.tabular import Columns
from qa_align.types import Problem

from .conftest import CORPUS, CYBER, ROOT, not_waiting, score_cli, threads_started

COLS = ["--id-col", "qid", "--question-col", "vraag", "--answer-col", "antwoord"]
GOOD = Columns(id="qid", question="vraag", answer="antwoord")
NONE = Settings(similarity_model="none", jobs=1)
BE = CORPUS / "be-kamer" / "questions-sample.jsonl"


# 1. -j 1: one core, so no thread beside this one (the passages', identifiability's, the cosines')


def test_one_job_finds_the_passages_in_this_thread_alone_with_the_same_numbers(monkeypatch):
    started = threads_started(monkeypatch)
    paths = [CYBER, CORPUS / "uk-commons"]
    one = qa_align.score(paths, Settings(jobs=1))
    assert started == []  # 957aecb: the passages' thread and identifiability's beside this one
    two = qa_align.score(paths, Settings(jobs=2))
    assert 1 in started  # -j 2: the threads beside this one, as before
    assert one["similarity"].notna().sum() > 10
    pd.testing.assert_frame_equal(one, two, check_exact=True)


# 2. an id twice in one file: the line (or row) named


def test_an_id_twice_in_one_records_file_names_both_lines(tmp_path):
    lines = BE.read_text(encoding="utf-8").splitlines()
    first, second = lines[0], lines[1]
    doc_id = str(json.loads(first)["doc_id"])
    path = tmp_path / "kamer.jsonl"
    path.write_text("\n".join([first, second, "", first]) + "\n", encoding="utf-8")  # line 4 is line 1 again
    code, rows, errors = score_cli([path], tmp_path)
    assert code == 1
    assert {r["doc_id"] for r in rows} == {doc_id, str(json.loads(second)["doc_id"])}
    assert [(e["path"], e["doc_id"], e["reason"]) for e in errors] == [
        (
            str(path),
            doc_id,
            f"line 4: duplicate id: '{doc_id}' (be-kamer) was read before from {path}, line 1; this one, "
            "the same text, is not scored (ids must be unique in a batch)",
        )
    ]
    # a table's row the same way
    table = tmp_path / "t.csv"
    table.write_text(
        "qid,vraag,antwoord\nq-1,Hoeveel scholen?,Drie scholen.\nq-2,Hoeveel?,Twee.\nq-1,Welke scholen?,Geen.\n",
        encoding="utf-8",
    )
    df = qa_align.score(table, NONE, columns=GOOD)
    assert list(df["doc_id"]) == ["q-1", "q-2"]
    assert list(df.attrs["problems"]["reason"].str.split(";").str[0]) == [
        f"row 3: duplicate id: 'q-1' (table) was read before from {table}, row 1"
    ]


# 3. a CSV's columns read are decoded by their own bytes


def test_a_stray_byte_in_a_column_not_read_does_not_change_the_columns_read(tmp_path, caplog):
    head = b"qid,vraag,antwoord,notitie\r\n"
    row = 'q-1,"Hoeveel cafés telt de gemeente?","Er zijn 42 cafés.",'.encode()
    # three Windows-1252 bytes in the note, which no option names: lows45 counted them against the
    # two UTF-8 "é" of the columns read, and read the whole file as Windows-1252 ("cafÃ©s")
    (tmp_path / "a.csv").write_bytes(head + row + b"\xe9\xe8\xe0\r\n")
    # and the other way: a Windows-1252 "é" in the answer, UTF-8 accents in the note only
    other = head + b'q-2,"Hoeveel cafe\'s?","Er is een caf\xe9.",' + '"één, twee, drié"\r\n'.encode()
    (tmp_path / "b.csv").write_bytes(other)
    with caplog.at_level(logging.WARNING):
        code, rows, errors = score_cli([tmp_path / "a.csv", tmp_path / "b.csv", *COLS], tmp_path)
    assert (code, errors) == (0, [])
    assert [(r["doc_id"], r["question"], r["answer"]) for r in rows] == [
        ("q-1", "Hoeveel cafés telt de gemeente?", "Er zijn 42 cafés."),
        ("q-2", "Hoeveel cafe's?", "Er is een café."),
    ]
    assert f"{tmp_path / 'b.csv'}: not valid UTF-8; read as Windows-1252 (the bytes of line 2)" in caplog.text


# 4. UTF-16 without a byte-order mark in another script, and UTF-32, are text


GREEK_Q = "Πόσα σχολεία άνοιξαν το 2023 στην περιφέρεια;"
GREEK_A = "Το 2023 άνοιξαν τρία σχολεία στην περιφέρεια."


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"])
def test_greek_in_utf16_without_a_mark_and_in_utf32_is_read(tmp_path, encoding, caplog):
    table = f'qid,vraag,antwoord\nq-1,"{GREEK_Q}","{GREEK_A}"\nq-2,"{GREEK_Q}","{GREEK_A}"\n'
    path = tmp_path / "t.csv"
    path.write_bytes(table.encode(encoding))
    with caplog.at_level(logging.WARNING):
        df = qa_align.score(path, NONE, columns=Columns("qid", "vraag", "antwoord", language="en"))
    assert list(df["doc_id"]) == ["q-1", "q-2"] and list(df["answer"]) == [GREEK_A] * 2
    assert f"{path}: UTF-{encoding[4:6]} text; read as such" in caplog.text
    # a text file the same: the Greek held by text, where it was "binary content"
    text = f"{GREEK_Q}\n\n{GREEK_A}\n" * 3
    assert decode_text(text.encode(encoding), Path("f.txt")) == text


def test_a_true_binary_file_is_still_no_text(tmp_path):
    # a guard: a PNG (NUL bytes in both byte places), a zip and random bytes stay binary
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
    png += b"\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82"
    rand = bytes((k * 7919 + 13) % 251 for k in range(3000))
    zipped = b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(256)) * 4
    for name, data in [("beeld.txt", png), ("ruis.txt", rand), ("archief.txt", zipped)]:
        (tmp_path / name).write_bytes(data)
    code, rows, errors = score_cli(
        [tmp_path / "beeld.txt", tmp_path / "ruis.txt", tmp_path / "archief.txt", CYBER], tmp_path
    )
    assert code == 1 and {r["doc_id"] for r in rows} == {"schv-8-2024-cybersecurity"}
    assert [e["reason"] for e in errors] == [
        "binary content (a PNG image) where text was expected",  # (lows47: a container by its signature)
        "binary content (NUL and other control bytes) where text was expected",
        "binary content (a zip archive) where text was expected",
    ]


# 5. a short text with three stray control bytes is text


def test_a_short_text_with_three_stray_control_bytes_is_text():
    text = b"Vraag 1. Hoeveel scholen zijn er in 2023 geopend?\x00\n\nAntwoord: drie\x00 scholen\x00, in Gent en Brugge.\n"
    assert len(text) < 300
    assert not is_binary(text)  # 3 of 103 bytes: lows45's measure said binary under 300 bytes
    assert decode_text(text, Path("f.txt")) == text.replace(b"\x00", b"").decode()
    short = b"Vraag 1. Hoeveel scholen zijn er in 2023 geopend?\x00\n\nAntwoord: drie\x00 scholen\x00.\n"
    assert len(short) == 78 and not is_binary(short)  # 3 of 78 bytes: under a twentieth
    assert is_binary(b"\x00\x01\x02\x03 abc")  # mostly control bytes: binary however short


# 6. CR line ends are counted


def test_the_warning_counts_lines_ended_by_cr_alone(tmp_path, caplog):
    data = "é\r".encode() * 3 + b"a\xff\r" + "é\r\n".encode() + b"b\xfe\n"
    with caplog.at_level(logging.WARNING):
        text = decode_text(data, Path("f.txt"))
    assert text.count("\ufffd") == 2
    assert "2 bytes not UTF-8 (lines 4, 6) in UTF-8 text" in caplog.text  # lows45's said line 1
    # a table of CR line ends (an old Mac export) the same
    caplog.clear()
    table = "qid,vraag,antwoord\rq-1,Hoeveel cafés?,Er zijn 42 cafés.\rq-2,Hoeveel?,Dr\xefe.\r"
    (tmp_path / "mac.csv").write_bytes(table.encode("utf-8").replace("\xef".encode(), b"\xef"))
    with caplog.at_level(logging.WARNING):
        df = qa_align.score(tmp_path / "mac.csv", NONE, columns=GOOD)
    assert list(df["answer"]) == ["Er zijn 42 cafés.", "Dr\ufffde."]
    assert "1 byte not UTF-8 (line 3) in UTF-8 text" in caplog.text


# 7. a test of a pipe fails rather than waits


def test_a_call_that_waits_on_a_pipe_fails_the_test_and_ends(tmp_path):
    pipe = tmp_path / "pijp"
    os.mkfifo(pipe)
    with pytest.raises(pytest.fail.Exception, match="waiting on a pipe"):
        not_waiting(lambda: pipe.read_bytes(), pipe, seconds=1)
    assert not_waiting(lambda: 42, pipe) == 42


# 8. the Dask engine tells duplicate ids as the local engine does


def test_the_dask_engine_tells_duplicate_ids_as_the_local_engine(tmp_path, in_process_client):
    from qa_align import engine
    from qa_align.pipeline import iter_scored

    lines = BE.read_text(encoding="utf-8").splitlines()
    (tmp_path / "a.jsonl").write_text("\n".join(lines[:3]) + "\n", encoding="utf-8")
    other = json.loads(lines[1])
    other["answer"] = "Een ander antwoord op de vraag."
    (tmp_path / "b.jsonl").write_text(lines[0] + "\n" + json.dumps(other) + "\n", encoding="utf-8")
    inputs = [tmp_path / "a.jsonl", tmp_path / "b.jsonl"]
    settings = Settings(jobs=1)
    local = list(iter_scored(inputs, settings))
    dask = list(engine.iter_scored(inputs, settings, client=in_process_client, part_records=2))
    problems = [r for r in dask if isinstance(r, Problem)]
    assert [(p.doc_id, p.reason.split(";")[1]) for p in problems] == [
        (
            str(json.loads(lines[0])["doc_id"]),
            " this one, the same text, is not scored (ids must be unique in a batch)",
        ),
        (str(other["doc_id"]), " this one, another text, is not scored (ids must be unique in a batch)"),
    ]
    assert frame([r for r in dask if not isinstance(r, Problem)]).equals(
        frame([r for r in local if not isinstance(r, Problem)])
    )
    assert problems == [r for r in local if isinstance(r, Problem)]


# 9. a Parquet file of an earlier run survives a run that ends with the run's one error


def test_an_earlier_parquet_file_survives_a_parts_run_that_fails_on_its_options(tmp_path, in_process_client):
    from qa_align import engine

    out = tmp_path / "scores.parquet"
    qa_align.write_results(qa_align.score_pairs(CYBER, NONE)[0], out)
    before = out.read_bytes()
    (tmp_path / "t.csv").write_text("qid,vraag,antwoord\nq-1,Hoeveel?,Drie.\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="no column --id-col 'qidd'"):
        engine.write_parts(
            [tmp_path / "t.csv"],
            out,
            NONE,
            columns=Columns("qidd", "vraag", "antwoord"),
            client=in_process_client,
        )
    assert out.is_file() and out.read_bytes() == before  # 957aecb: removed as the run began
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
    # a run that succeeds replaces it with the folder
    done = engine.write_parts([tmp_path / "t.csv"], out, NONE, columns=GOOD, client=in_process_client)
    assert out.is_dir() and done.pairs == 1 and len(pd.read_parquet(out)) == 1


# 10. userpath45's


def test_lexicon_stats_exclude_help_names_the_ignore_file(capsys):
    from qa_align.cli import main

    with pytest.raises(SystemExit):
        main(["lexicon-stats", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    assert "a .qa-alignignore file in a folder does the same" in help_text


def test_the_figures_are_those_the_script_makes_for_the_rules_run_now():
    from qa_align.scoring import rule_flags

    made = json.loads((ROOT / "docs" / "figures.json").read_text(encoding="utf-8"))
    script = (ROOT / made["script"]).read_text(encoding="utf-8")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    shown = set(re.findall(r"\(docs/([\w.-]+\.png)\)", readme))
    assert shown == set(made["figures"]) == {p.name for p in (ROOT / "docs").glob("*.png")}
    assert shown <= set(re.findall(r'docs / "([\w.-]+\.png)"', script))
    # drawn for the rules run by default now: a rule added or dropped since needs the figures again
    assert made["rules"] == list(rule_flags()), (
        f"run {made['script']} again (made {made['date']}, {made['commit']})"
    )
    assert set(made["figures"]["flag_rates.png"]["flags"]) <= set(made["rules"])


def test_a_script_read_from_standard_input_says_in_one_line_that_it_runs_in_one_process(tmp_path):
    script = (
        "import qa_align\n"
        "from qa_align import Settings\n"
        f"df = qa_align.score({str(CORPUS / 'tweede-kamer')!r}, Settings(jobs=2, similarity_model='none'))\n"
        "print(len(df))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    run = subprocess.run(
        [sys.executable, "-"],
        input=script,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=600,
    )
    assert run.returncode == 0, run.stderr
    alone = qa_align.score(CORPUS / "tweede-kamer", Settings(jobs=1, similarity_model="none"))
    assert int(run.stdout) == len(alone) > 0
    told = [line for line in run.stderr.splitlines() if line.strip()]
    assert told == [
        "worker processes cannot start: the main module was read from <stdin>, which a worker cannot read "
        "again (save the script to a file to use them). Everything runs in this process instead: the same "
        "results, more slowly."
    ]  # 957aecb: each worker's traceback (FileNotFoundError: '<stdin>'), then a warning of five lines
