"""The lead's re-read of session 49's changes (mend49): review51's lows 2 and 6."""

from qa_align import tables
from qa_align.cli import _documents_scored


def test_empty_cell_between_single_spaces_keeps_its_place():
    # "A | | 28": the pipes' spaces were taken by the first split, the second pipe was read as
    # part of a cell ("| 28") and the row fell back to its words
    row = tables._pipe_row("Antwerpen | | 28")
    assert row is not None
    assert row.label == "Antwerpen"
    assert row.cells == ("", "28")


def test_empty_cell_with_two_spaces_as_before():
    row = tables._pipe_row("Antwerpen |  | 28")
    assert row is not None and row.cells == ("", "28")


def test_progress_before_any_document_is_not_all():
    assert _documents_scored(0, 0) == "0 documents scored of 0 read so far"
    assert _documents_scored(3, 3) == "3 documents scored, all read so far"
    assert _documents_scored(1, 40) == "1 document scored of 40 read so far"
