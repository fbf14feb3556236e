"""Tables of questions and answers with named columns: CSV, JSON Lines, Parquet."""

import json

import pandas as pd
import pytest

from qa_align import read
from qa_align.cli import main
from qa_align.errors import ReadError
from qa_align.readers import read_paths
from qa_align.readers.tabular import Columns

ROWS = [
    {
        "qid": "q-1",
        "vraag": "Subsidies. 1. Hoeveel aanvragen waren er in 2023?2. Hoeveel werden goedgekeurd?",
        "antwoord": "1. Er waren 120 aanvragen.2. Daarvan werden er 80 goedgekeurd.",
        "datum": "2024-02-01",
        "minister": "Minister X",
    },
    {
        "qid": "q-2",
        "vraag": "Wat is de stand van zaken?",
        "antwoord": "",
        "datum": "2024-02-02",
        "minister": "Y",
    },
]
COLS = Columns(id="qid", question="vraag", answer="antwoord", date="datum", minister="minister")


def _check(docs):
    (d,) = docs  # q-2 has no answer and is reported, not read
    assert d.source == "table" and d.doc_id == "q-1"
    assert [u.n for u in d.question.units] == ["1", "2"]
    assert d.question.units[1].text == "Hoeveel werden goedgekeurd?"
    assert [s.text for s in d.answer.segments] == [
        "Er waren 120 aanvragen.",
        "Daarvan werden er 80 goedgekeurd.",
    ]
    assert d.metadata.date == "2024-02-01" and d.metadata.minister == "Minister X"


@pytest.mark.parametrize("kind", ["csv", "jsonl", "parquet"])
def test_named_columns(tmp_path, kind):
    df = pd.DataFrame(ROWS)
    path = tmp_path / f"q.{kind}"
    if kind == "csv":
        df.to_csv(path, index=False)
    elif kind == "jsonl":
        df.to_json(path, orient="records", lines=True, force_ascii=False)
    else:
        df.to_parquet(path)
    _check(read(path, columns=COLS))


def test_unknown_column_lists_the_columns(tmp_path):
    path = tmp_path / "q.csv"
    pd.DataFrame(ROWS).to_csv(path, index=False)
    # the file's problem (a batch of tables loses that one only: tests/test_badinput44.py)
    with pytest.raises(ReadError) as exc:
        read(path, columns=Columns(id="qid", question="question", answer="antwoord"), on_error="raise")
    msg = str(exc.value)
    assert "--question-col 'question'" in msg
    assert "qid, vraag, antwoord, datum, minister" in msg


def test_cli_with_columns_and_without(tmp_path, capsys):
    path = tmp_path / "q.csv"
    pd.DataFrame(ROWS).to_csv(path, index=False)
    out = tmp_path / "out.csv"
    code = main(
        [
            "score",
            str(path),
            "-o",
            str(out),
            "--all",
            "-q",
            "--id-col",
            "qid",
            "--question-col",
            "vraag",
            "--answer-col",
            "antwoord",
        ]
    )
    assert code == 0  # the unanswered row is listed, not a failure
    scores = pd.read_csv(out)
    assert list(scores["question_no"]) == [1, 2] and set(scores["doc_id"]) == {"q-1"}
    errors = pd.read_csv(tmp_path / "out.errors.csv")
    assert list(errors["doc_id"]) == ["q-2"] and bool(errors["unanswered"][0])
    # without column options a table of unknown layout is reported with its columns
    code = main(["score", str(path), "-o", str(out), "-q"])
    assert code == 1
    errors = pd.read_csv(tmp_path / "out.errors.csv")
    assert "--id-col" in errors["reason"][0] and "qid, vraag, antwoord" in errors["reason"][0]
    # a column option without the other two is a usage error
    assert main(["score", str(path), "-o", str(out), "--id-col", "qid"]) == 2
    assert "--question-col, --answer-col must be given" in capsys.readouterr().err


def test_json_lines_with_named_columns_lose_only_the_bad_line(tmp_path):
    lines = [json.dumps(r, ensure_ascii=False).encode("utf-8") for r in ROWS]
    path = tmp_path / "q.jsonl"
    path.write_bytes(lines[0] + b"\n" + b'{"qid": "q-3", "vraag": "Wat\xff?"}\n' + lines[1] + b"\n")
    items = list(read(path, columns=COLS, on_error="warn")), list(read_paths([path], columns=COLS))
    _check(items[0])
    problems = [(p.doc_id, p.reason) for p in items[1] if not hasattr(p, "metadata")]
    assert problems == [
        ("row 2", "line 2: not UTF-8 (byte 0xff at column 29)"),
        ("q-2", "no answer (the question was not answered)"),
    ]
