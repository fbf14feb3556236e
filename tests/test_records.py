"""Records (JSON Lines, JSON, tables): decoded a line at a time, and fields of the wrong
type reported rather than scored as their Python repr; dates validated."""

from __future__ import annotations

import gzip
import json
import logging

import pandas as pd
import pytest

from qa_align.dates import parse_date
from qa_align.readers import read_paths
from qa_align.readers.tabular import Columns
from qa_align.types import Document, Problem


def _rec(doc_id, **fields):
    base = {
        "doc_id": doc_id,
        "question": "Subsidies. 1. Hoeveel aanvragen waren er in 2023?2. Hoeveel werden goedgekeurd?",
        "answer": "1. Er waren 120 aanvragen.2. Daarvan werden er 80 goedgekeurd.",
    }
    return {**base, **fields}


def _line(rec) -> bytes:
    return json.dumps(rec, ensure_ascii=False).encode("utf-8") + b"\n"


def _split(items):
    docs = {d.doc_id: d for d in items if isinstance(d, Document)}
    problems = [p for p in items if isinstance(p, Problem)]
    return docs, problems


@pytest.mark.parametrize("gz", [False, True])
def test_one_bad_byte_loses_one_line(tmp_path, gz):
    bad = _line(_rec("2", department="Minister van Financi\u00ebn")).replace("\u00eb".encode(), b"\xeb")
    data = _line(_rec("1")) + bad + _line(_rec("3")) + b"\n" + _line(_rec("4"))
    path = tmp_path / ("q.jsonl.gz" if gz else "q.jsonl")
    path.write_bytes(gzip.compress(data) if gz else data)
    docs, problems = _split(list(read_paths([path])))
    assert sorted(docs) == ["1", "3", "4"]
    (p,) = problems
    assert p.doc_id == "record 2" and p.source == "be-kamer"
    column = bad.index(b"\xeb") + 1
    assert p.reason == f"line 2: not UTF-8 (byte 0xeb at column {column})"


def test_a_cut_off_gzip_keeps_the_records_before(tmp_path):
    data = b"".join(_line(_rec(str(k), answer=f"{k}. Antwoord {'x' * 200} {k}")) for k in range(1, 201))
    packed = gzip.compress(data)
    path = tmp_path / "q.jsonl.gz"
    path.write_bytes(packed[: len(packed) // 2])
    docs, problems = _split(list(read_paths([path])))
    assert 0 < len(docs) < 200 and list(docs) == [str(k) for k in range(1, len(docs) + 1)]
    (p,) = problems
    assert p.reason.startswith(f"from line {len(docs) + 1} on: the file is cut short or corrupt")


def test_belgian_records_need_only_id_question_and_answer(tmp_path):
    path = tmp_path / "q.jsonl"
    path.write_bytes(_line(_rec("7")))
    (doc,) = read_paths([path])
    assert doc.source == "be-kamer" and [u.n for u in doc.question.units] == ["1", "2"]
    assert doc.metadata.date == "" and doc.metadata.minister == ""


def test_field_types(tmp_path, caplog):
    recs = [
        _rec("list", question=["Subsidies.", "1. Hoeveel aanvragen?", "2. Hoeveel goedgekeurd?"]),
        _rec("dict", answer={"text": "1. Tien."}),
        _rec("number", question=12),
        _rec("mixed", answer=["1. Tien.", 2]),
        _rec("meta", department={"nl": "Financiën"}, author=["Peeters, Jan"], date_tabled="not a date"),
        _rec("dates", date_tabled="2017-01-04T00:00:00"),
        _rec("dates2", date_tabled="17/01/2017"),
        _rec("dates3", date_tabled=20170104),
        {**_rec("x"), "doc_id": {"id": 1}},
    ]
    path = tmp_path / "q.jsonl"
    path.write_bytes(b"".join(_line(r) for r in recs))
    with caplog.at_level(logging.WARNING):
        docs, problems = _split(list(read_paths([path])))
    assert sorted(docs) == ["dates", "dates2", "dates3", "list", "meta"]
    q = docs["list"].question
    assert [u.text for u in q.units] == ["Hoeveel aanvragen?", "Hoeveel goedgekeurd?"]
    assert "['" not in docs["list"].text
    assert {p.doc_id: p.reason for p in problems} == {
        "dict": "the field 'answer' holds a dict, not text",
        "number": "the field 'question' holds a number, not text",
        "mixed": "the field 'answer' holds a list holding a number, not text",
        "record 9": "the id field 'doc_id' holds a dict, not text or a whole number",
    }
    m = docs["meta"].metadata
    assert m.minister == "" and m.questioner == "Peeters, Jan" and m.date == ""
    assert "[meta]: the field 'department' holds a dict, not text; left empty" in caplog.text
    assert "[meta]: the field 'date_tabled' holds 'not a date', not a date; left empty" in caplog.text
    assert "[dates3]: the field 'date_tabled' holds 'a number', not a date; left empty" in caplog.text
    assert docs["dates"].metadata.date == "2017-01-04" and docs["dates2"].metadata.date == "2017-01-17"
    assert docs["dates3"].metadata.date == ""


def test_uk_field_types(tmp_path):
    recs = [
        {"id": 1, "questionText": "To ask the Secretary of State what steps he is taking.", "answerText": ["<p>Some.</p>"], "dateTabled": "2020-01-06T00:00:00", "dateAnswered": "maandag"},
        {"id": 2.0, "questionText": "To ask what.", "answerText": {"p": "x"}},
    ]  # fmt: skip
    path = tmp_path / "uk.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in recs), encoding="utf-8")
    docs, problems = _split(list(read_paths([path])))
    assert docs["1"].answer.segments[0].text == "Some."
    assert docs["1"].metadata.date == "2020-01-06" and docs["1"].metadata.date_answered == ""
    assert [(p.doc_id, p.reason) for p in problems] == [
        ("2", "the field 'answerText' holds a dict, not text")
    ]


def test_table_language_and_list_cells(tmp_path):
    rows = [
        {"qid": 1, "q": ["What was spent?", "Per region?"], "a": "Ten pounds.", "d": "6 January 2020"},
        {"qid": 2, "q": "What?", "a": {"x": 1}, "d": "2020-01-06"},
    ]
    path = tmp_path / "t.jsonl"
    pd.DataFrame(rows).to_json(path, orient="records", lines=True)
    cols = Columns(id="qid", question="q", answer="a", date="d", language="en", single_unit=True)
    docs, problems = _split(list(read_paths([path], columns=cols)))
    d = docs["1"]
    assert d.metadata.language == "en" and d.metadata.date == "2020-01-06"
    assert d.question.units[0].text == "What was spent? Per region?"
    assert [(p.doc_id, p.reason) for p in problems] == [("2", "the field 'a' holds a dict, not text")]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2017-01-04", "2017-01-04"),
        ("2017-01-04T00:00:00", "2017-01-04"),
        ("2017-01-04 13:45:10.5+01:00", "2017-01-04"),
        ("2020-01-06T00:00:00Z", "2020-01-06"),
        ("17/10/2024", "2024-10-17"),
        ("17.10.2024", "2024-10-17"),
        ("17 oktober 2024", "2024-10-17"),
        ("6 January 2020", "2020-01-06"),
        ("not a date", ""),
        ("2017-13-40", ""),
        ("30/02/2024", ""),
        ("2017-01-04 and more", ""),
        ("on 2017-01-04", ""),
        ("", ""),
    ],
)
def test_parse_date(text, iso):
    assert parse_date(text) == iso


def test_a_broken_first_record_does_not_hide_the_file(tmp_path):
    first = _rec("1")
    del first["question"]
    path = tmp_path / "q.jsonl"
    path.write_bytes(b"{not json\n" + _line(first) + _line(_rec("2")))
    docs, problems = _split(list(read_paths([path])))
    assert list(docs) == ["2"]
    assert [(p.doc_id, p.reason) for p in problems] == [
        ("record 1", "line 1: not JSON (Expecting property name enclosed in double quotes at column 2)"),
        ("1", "the record has no question text"),
    ]
