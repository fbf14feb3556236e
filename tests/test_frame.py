"""score_frame: a DataFrame of records in, the score rows out, with a fixed schema."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from qa_align import COLUMNS, ConfigError, Settings, score_frame
from qa_align.frame import FRAME_COLUMNS, ddl_schema, schema
from qa_align.readers.tabular import Columns

from .conftest import CYBER, VLAAMS

QUESTION = (
    "Treinen naar Luik.\n\n"
    "1. Hoeveel treinen reden er in 2016 naar Luik?\n"
    "2. Wanneer wordt de lijn vernieuwd?\n"
    "3. Waarom werd de lijn niet eerder vernieuwd?"
)
ANSWER = "1. In 2016 reden er 4.812 treinen naar Luik.\n2. Ik verwijs naar het antwoord op vraag 1."
RECORD = {
    "doc_id": "K-1",
    "date_tabled": "2017-03-01",
    "author": "Jan Peeters",
    "department": "Minister van Mobiliteit",
    "question": QUESTION,
    "answer": ANSWER,
}
TYPES = {"similarity": "float64", "score": "float64", "days_to_answer": "Int64", "on_time": "boolean"}


def _check_schema(df: pd.DataFrame) -> None:
    assert tuple(df.columns) == (*COLUMNS, "problem")
    for column in FRAME_COLUMNS:
        expected = TYPES.get(column, "float64" if column == "identifiability" else "object")
        assert str(df[column].dtype) == expected, column


def test_records_of_a_known_layout_give_one_row_per_sub_question():
    out = score_frame(pd.DataFrame([RECORD]), Settings(jobs=1))
    _check_schema(out)
    # read by hand: three numbered questions; answers 1 and 2; answer 2 points to answer 1
    assert out["doc_id"].tolist() == ["K-1"] * 3
    assert out["source"].tolist() == ["be-kamer"] * 3
    assert out["question_no"].tolist() == ["1", "2", "3"]
    assert out["answer_no"].tolist() == ["1", "2", ""]
    assert out["question"].tolist() == [
        "Hoeveel treinen reden er in 2016 naar Luik?",
        "Wanneer wordt de lijn vernieuwd?",
        "Waarom werd de lijn niet eerder vernieuwd?",
    ]
    assert out["answer"].tolist() == [
        "In 2016 reden er 4.812 treinen naar Luik.",
        "Ik verwijs naar het antwoord op vraag 1.",
        "",
    ]
    assert out["flags"].tolist() == ["", "cross_reference", "missing_answer"]
    assert out["title"].tolist() == ["Treinen naar Luik."] * 3
    assert out["date"].tolist() == ["2017-03-01"] * 3
    assert out["questioner"].tolist() == ["Jan Peeters"] * 3
    assert out["minister"].tolist() == ["Minister van Mobiliteit"] * 3
    assert out["problem"].tolist() == ["", "", ""]
    assert out["similarity"].iloc[2] != out["similarity"].iloc[2]  # no answer: no similarity (NaN)
    assert out["similarity"].iloc[:2].between(0, 1).all()
    assert out["score"].notna().all()


def test_bad_rows_give_problem_rows_and_the_others_are_scored():
    rows = [
        {"doc_id": "K-2", "question": "Komt er een nieuwe brug?", "answer": ""},
        RECORD,
        {"doc_id": "K-3", "question": "Een vraag?", "answer": {"nl": "tekst"}},
        {"doc_id": None, "question": "Een vraag?", "answer": "Een antwoord."},
    ]
    out = score_frame(pd.DataFrame(rows), Settings(jobs=1))
    _check_schema(out)
    scored = out[out["problem"] == ""]
    assert scored["doc_id"].tolist() == ["K-1"] * 3
    bad = out[out["problem"] != ""]
    assert bad["doc_id"].tolist() == ["K-2", "K-3", "row 4"]
    assert bad["problem"].tolist() == [
        "no answer (the question was not answered)",
        "the field 'answer' holds a dict, not text",
        "record without doc_id",
    ]
    assert bad["question_no"].tolist() == ["", "", ""] and bad["flags"].tolist() == ["", "", ""]
    assert bad["score"].isna().all()


def test_an_empty_frame_gives_the_empty_schema():
    for empty in (pd.DataFrame(columns=["doc_id", "question", "answer"]), pd.DataFrame()):
        out = score_frame(empty)
        assert len(out) == 0
        _check_schema(out)
    _check_schema(schema())


def test_uk_records_with_numpy_values_as_parquet_gives_them():
    df = pd.DataFrame(
        {
            "id": np.array([1853783], dtype="int64"),
            "questionText": ["To ask the Secretary of State, how many nurses were recruited in 2023."],
            "answerText": ["<p>In 2023, 12,400 nurses were recruited.</p>"],
            "groupedQuestions": [np.array(["HL123", "HL124"])],
            "dateAnswered": [np.nan],
        }
    )
    out = score_frame(df, Settings(jobs=1))
    _check_schema(out)
    assert out["doc_id"].tolist() == ["1853783"]  # a numpy integer id read as a whole number
    assert out["source"].tolist() == ["uk-commons"]
    assert out["answer"].tolist() == ["In 2023, 12,400 nurses were recruited."]
    assert out["problem"].tolist() == [""]


def test_named_columns_read_any_table():
    df = pd.DataFrame(
        [
            {
                "nr": 7,
                "vraag": "1. Hoeveel scholen zijn er?\n2. Hoeveel leerlingen?",
                "antwoord": "1. Er zijn 12 scholen.\n2. Dat weet ik niet.",
            }
        ]
    )
    out = score_frame(df, Settings(jobs=1), columns=Columns(id="nr", question="vraag", answer="antwoord"))
    assert out["source"].tolist() == ["table", "table"]
    assert out["doc_id"].tolist() == ["7", "7"]
    assert out["question_no"].tolist() == ["1", "2"]
    assert out["answer"].tolist() == ["Er zijn 12 scholen.", "Dat weet ik niet."]
    with pytest.raises(ConfigError, match="no column vraag"):
        score_frame(df.drop(columns="vraag"), columns=Columns(id="nr", question="vraag", answer="antwoord"))


def test_a_path_column_reads_files():
    df = pd.DataFrame({"path": [str(CYBER), str(VLAAMS / "no-such-file.txt")]})
    out = score_frame(df, Settings(jobs=1))
    scored = out[out["problem"] == ""]
    assert set(scored["doc_id"]) == {"schv-8-2024-cybersecurity"}
    assert set(scored["source"]) == {"vlaams-parlement"}
    assert out[out["problem"] != ""]["problem"].tolist() == ["no such file or folder"]


def test_a_frame_of_no_known_layout_says_what_is_accepted():
    with pytest.raises(ConfigError, match="no known layout.*'path' column.*Columns"):
        score_frame(pd.DataFrame([{"tekst": "Een vraag?"}]))


def test_the_schema_as_spark_takes_it():
    assert ddl_schema() == (
        "source string, doc_id string, question_no string, answer_no string, question string, "
        "answer string, similarity double, score double, flags string, evidence string, date string, "
        "questioner string, minister string, title string, date_answered string, days_to_answer bigint, "
        "on_time boolean, identifiability double, problem string"
    )
