"""The UK Commons reader and HTML answers, on real records of corpus/uk-commons; expected
values read off the records by hand."""

import json

import pytest

from qa_align import read
from qa_align.readers.detect import detect
from qa_align.readers.html_text import html_to_text
from qa_align.readers.uk_commons import read_record

from .conftest import CORPUS

SAMPLE = CORPUS / "uk-commons" / "written-questions-sample.jsonl"


@pytest.fixture(scope="module")
def docs():
    return {d.doc_id: d for d in read(SAMPLE, on_error="raise")}


def test_detected():
    assert detect(SAMPLE).name == "uk-commons"


def test_answer_with_html_tables(docs):
    d = docs["1860136"]
    assert d.source == "uk-commons" and d.metadata.language == "en"
    (unit,) = d.question.units
    assert unit.n == "1"
    (seg,) = d.answer.segments
    assert seg.label == "*"
    assert len(seg.tables) == 6
    t = seg.tables[0]
    assert t.header == (
        "Timeframe",
        "Total Number",
        "No Action / Informal Action",
        "Warning",
        "Resignation",
        "Dismissal",
    )
    assert t.rows == (("1 April 2024 – 31 March 2025", "35", "21", "8", "<5", "<5"),)
    assert d.text[t.start : t.end] == (
        "Timeframe | Total Number | No Action / Informal Action | Warning | Resignation | Dismissal\n"
        "1 April 2024 – 31 March 2025 | 35 | 21 | 8 | <5 | <5"
    )
    assert "Core DBT:" in seg.text and "<p>" not in d.text


def test_question_parts_a_b_c(docs):
    d = docs["1917479"]
    (unit,) = d.question.units
    assert unit.part_labels == ("a", "b", "c")
    assert [p.text for p in unit.parts] == [
        "(a) Thurrock",
        "(b) Basildon",
        "(c) Essex that have yet to finish completing identity verification requirements.",
    ]
    p = unit.parts[1]
    assert d.text[p.start : p.end] == "(b) Basildon"
    (table,) = d.answer.segments[0].tables
    assert table.column_labels == ("Thurrock", "Basildon", "Essex (including Basildon)")
    assert table.row_labels[0] == "Number of confirmation statements due to file but have not yet filed"
    assert table.rows[0][1:] == ("1,693", "1,915", "11,795")


def test_unanswered_and_withdrawn_are_reported():
    from qa_align.errors import ReadError

    with pytest.raises(ReadError) as exc:
        read_record({"id": 5, "questionText": "To ask ...", "answerText": ""}, "x.jsonl")
    assert exc.value.unanswered and exc.value.doc_id == "5"
    with pytest.raises(ReadError) as exc:
        read_record(
            {"id": 6, "questionText": "To ask ...", "answerText": "<p>x</p>", "isWithdrawn": True}, "x.jsonl"
        )
    assert exc.value.unanswered


def test_api_results_json(tmp_path):
    rec = json.loads(SAMPLE.read_text(encoding="utf-8").splitlines()[0])
    path = tmp_path / "page.json"
    path.write_text(
        json.dumps({"totalResults": 1, "results": [{"value": rec, "links": []}]}), encoding="utf-8"
    )
    assert detect(path).name == "uk-commons"
    (doc,) = read(path, on_error="raise")
    assert doc.doc_id == str(rec["id"])


def test_html_to_text_blocks_lists_and_tables():
    html = (
        "<p>First <strong>para</strong>.</p><p>Second<br>line</p>"
        "<ul><li>one</li><li>two</li></ul>"
        "<table><tr><th>Region</th><th>2023</th></tr><tr><td>Wales</td><td>12</td></tr></table>"
        "<p>After &amp; done</p>"
    )
    text, tables = html_to_text(html)
    assert text == "First para.\n\nSecond\nline\n\n- one\n- two\n\nRegion | 2023\nWales | 12\n\nAfter & done"
    (t,) = tables
    assert t.header == ("Region", "2023") and t.row_labels == ("Wales",) and t.column_labels == ("2023",)
    assert text[t.start : t.end] == "Region | 2023\nWales | 12"
