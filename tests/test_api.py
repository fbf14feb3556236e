import re

import qa_align
from qa_align.output import COLUMNS

from .conftest import CYBER, VLAAMS


def test_score_returns_the_csv_columns(tmp_path):
    df = qa_align.score(VLAAMS)
    assert tuple(df.columns) == COLUMNS
    assert len(df) == 8
    assert df.attrs["problems"].empty
    flags = df.attrs["flags"]
    assert set(flags["flag"]) == {"recycled_text"}
    text = CYBER.read_text(encoding="utf-8")
    for _, row in flags.iterrows():
        source = re.sub(r"-[ \t]*\n", "-", text[row["start"] : row["end"]])
        assert " ".join(source.split()) == row["text"]


def test_score_accepts_documents_and_paths_and_reports_problems(cyber_doc, tmp_path):
    df = qa_align.score([cyber_doc, tmp_path / "nope.txt"], flagged_only=True)
    assert list(df["question_no"]) == ["3", "5"]
    assert list(df.attrs["problems"]["reason"]) == ["no such file or folder"]


def test_read_raises_when_asked(tmp_path):
    import pytest

    with pytest.raises(qa_align.ReadError, match="no such file"):
        qa_align.read(tmp_path / "nope.txt", on_error="raise")
    assert qa_align.read(tmp_path / "nope.txt") == []
