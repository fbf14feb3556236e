"""review52: faults found in session 50's changes (each test fails on staging50, 67814653)."""

from __future__ import annotations

from pathlib import Path

# 1. lows50's shape check of a UTF-16 ``.txt`` (``tabular._table_shaped``) read the first 4096 bytes cut at
# their last line break: a quoted cell with line breaks (a question of many paragraphs) cut at one of them
# left a row short of fields, and Excel's Unicode-text export, read at e49f3f7, was refused as "not recognised"

_PARAGRAPHS = [
    f"Paragraph {k} of the question, a sentence that goes on for a while to make it long." for k in range(40)
]


def _export(tmp_path: Path) -> Path:
    question = "\n".join(_PARAGRAPHS)
    rows = ["id\tquestion\tanswer\tminister", f'Q1\t"{question}"\t"There were 12 in 2015."\tMinister X']
    path = tmp_path / "export.txt"
    path.write_bytes(("\r\n".join(rows) + "\r\n").encode("utf-16"))
    assert path.stat().st_size > 4096 and path.read_bytes()[:4096].count("\n".encode("utf-16-le")) > 5
    return path


def test_a_unicode_text_export_with_a_long_multiline_cell_is_still_a_table(tmp_path):
    from qa_align.readers.tabular import suffix_of

    assert suffix_of(_export(tmp_path)) == ".tsv"  # staging50: ".txt"


def test_a_unicode_text_export_with_a_long_multiline_cell_is_read_with_its_columns(tmp_path):
    from qa_align.readers import read_paths
    from qa_align.readers.tabular import Columns

    items = list(
        read_paths([_export(tmp_path)], columns=Columns(id="id", question="question", answer="answer"))
    )
    assert [type(x).__name__ for x in items] == [
        "Document"
    ]  # staging50: a Problem, "not recognised as any of"
    assert items[0].doc_id == "Q1"
    assert "Paragraph 39 of the question" in items[0].text and "There were 12 in 2015." in items[0].text


def test_guard_a_utf16_letter_cut_at_4096_bytes_is_still_a_text(tmp_path):
    """Guard (passes on staging50 too): a long tab-indented letter stays a text, its first field empty."""
    from qa_align.readers.tabular import suffix_of

    letter = "".join(f"\tParagraph {k}\tof a letter that goes on.\n" for k in range(200))
    path = tmp_path / "letter.txt"
    path.write_bytes(("\ufeff" + letter).encode("utf-16-le"))
    assert suffix_of(path) == ".txt"
