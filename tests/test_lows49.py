"""lows49: the lows session 48 left (review50's list and lows48's), each test failing on fb2527b but the guards
named as such.

Rule items use real answers of ../shared/data/uk-commons (outside the labelled sets; the expected flags written
by hand from the text): a nil said for a whole period gives every year of it (``coverage._period_gaps``).
Reader items are written from their bytes."""

from __future__ import annotations

import sys

import pytest

from qa_align.settings import Settings

from .conftest import CYBER, flagged, uk_doc

HOLDING = Settings(rules=("holding",), recycled_across_documents=False)
BREAKDOWN = Settings(rules=("breakdown_missing",), recycled_across_documents=False)

# 1. the publication announced is the one the question asks: reverted by review51 (tests/test_review51.py), the
# guard below kept


def test_guard_a_publication_named_by_its_acronym_is_the_one_asked():
    """Guard (passes on fb2527b too): dev-uk14 1915635, "The full MSF will be published in Autumn 2026" after
    "Modern Service Framework (MSF)", to the gap before "the publication of the interim Modern Service
    Framework": the time of the publication asked, no holding (holding48's reading)."""
    question = (
        "To ask the Secretary of State for Health and Social Care, what assessment he has made of the potential "
        "impact of the gap between the publication of the interim Modern Service Framework for Palliative and End "
        "of Life Care and the implementation of any subsequent commissioning and funding reforms on the financial "
        "position of hospices."
    )
    answer = (
        "<p>We recently published an interim update on the Modern Service Framework (MSF) in the form of a Written "
        "Ministerial Statement. The interim update outlines that the MSF will embed palliative care and end-of-life "
        "care within a strategic commissioning model. The full MSF will be published in Autumn 2026.</p>"
    )
    assert flagged(uk_doc(question, answer), "holding", HOLDING) is False


# 3. a nil for the whole period gives every year


def test_a_nil_since_the_first_year_asked_gives_every_year():
    question = (
        "To ask the Secretary of State for the Home Department, pursuant to the Answer of 17 September 2025 to "
        "Question 74856 on Deportation: Sanctions, what sanctions have been applied under sections 70-74 of the "
        "Nationality and Borders Act 2022 in each year since 2022."
    )
    answer = (
        "<p>Sections 70-74 of the Nationality and Borders Act 2022 refer to the power to impose visa penalties on "
        "countries who, in the opinion of the Home Secretary, are a) uncooperative on the return of any its "
        "nationals or citizens, or b), pose a risk to international peace and security.</p><p> </p><p>These "
        "provisions have not been used since their introduction in 2022. But we will use all levers available to "
        "ensure the removal of those with no right to remain in the UK, including visa penalties where necessary."
        "</p>"
    )
    assert flagged(uk_doc(question, answer), "breakdown_missing", BREAKDOWN) is False  # fb2527b: True


def test_guard_a_nil_since_a_later_year_leaves_the_years_before():
    """Guard (passes on fb2527b too): the nil from 2020 on says nothing of 2015-2019, still no year given
    (made from the case above)."""
    question = (
        "To ask the Secretary of State for the Home Department, what sanctions have been applied under "
        "sections 70-74 of the Nationality and Borders Act 2022 in each year since 2015."
    )
    answer = "<p>These provisions have not been used since their introduction in 2020.</p>"
    assert flagged(uk_doc(question, answer), "breakdown_missing", BREAKDOWN) is True


# 4. a Word table's empty cell keeps its place


def _word_table(tmp_path, rows):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("Antwoord")
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    path = tmp_path / "t.docx"
    document.save(path)
    return path.read_bytes()


def test_a_word_tables_empty_cell_keeps_the_figures_in_their_columns(tmp_path):
    from qa_align.readers.office import docx_text
    from qa_align.tables import find_tables
    from qa_align.types import Line

    data = _word_table(
        tmp_path, [["Provincie", "2023", "2024"], ["Antwerpen", "", "28"], ["Gent", "12", "14"]]
    )
    text = docx_text(data)
    assert text.splitlines()[2] == "Antwerpen |  | 28"  # fb2527b: "Antwerpen | 28", 28 under 2023
    lines, at = [], 0
    for line in text.splitlines():
        lines.append(Line(at, at + len(line), line))
        at += len(line) + 1
    (found,) = find_tables(lines)
    assert found.table.rows[-2:] == (("Antwerpen", "", "28"), ("Gent", "12", "14"))


def test_a_row_whose_empty_cells_stand_at_its_ends_is_read_by_its_cells():
    """Lines stripped of the spaces at their ends: "| 2023 | 2024" (an empty first cell over the labels) and
    "Gent | 12 |" (an empty last cell)."""
    from qa_align.tables import find_tables
    from qa_align.types import Line

    text = ["| 2023 | 2024", "Antwerpen |  | 28", "Gent | 12 |"]
    lines, at = [], 0
    for line in text:
        lines.append(Line(at, at + len(line), line))
        at += len(line) + 1
    (found,) = find_tables(lines)
    assert found.table.column_labels == ("2023", "2024")
    assert found.table.rows == (("Antwerpen", "", "28"), ("Gent", "12", ""))


# 5. a PDF header with spaces before its line end


@pytest.mark.parametrize(
    "head", [b"%PDF-1.4 \n1 0 obj\n", b"%PDF-1.7\t\r\n%\xe2\xe3\xcf\xd3\n", b"%PDF-1.5  \r1 0 obj"]
)
def test_a_pdf_header_with_spaces_before_its_line_end_is_a_pdf(head):
    from qa_align.readers import container

    assert container(head) == "a PDF"  # fb2527b: None


def test_guard_a_note_on_pdf_files_is_no_pdf():
    """Guard (passes on fb2527b too): words after the version on its line are no header."""
    from qa_align.readers import container

    assert container(b"%PDF-1.4 bestanden worden niet gelezen\n1 0 obj") is None


# 6. Excel's "Unicode text" named .txt is read as its .csv is


def _unicode_text(tmp_path, name):
    rows = ["id\tvraag\tantwoord", "A1\tHoeveel scholen, in 2023?\tDrie scholen; in Gent."]
    path = tmp_path / name
    path.write_bytes(("\ufeff" + "\r\n".join(rows) + "\r\n").encode("utf-16-le"))
    return path


def test_excel_unicode_text_named_txt_is_read_as_a_table(tmp_path):
    from qa_align.readers import read_paths
    from qa_align.readers.tabular import Columns

    columns = Columns(id="id", question="vraag", answer="antwoord")
    got = {}
    for name in ("export.txt", "export.csv"):
        (doc,) = read_paths([_unicode_text(tmp_path, name)], columns=columns)
        got[name] = (doc.doc_id, doc.text)
    assert got["export.txt"] == got["export.csv"]  # fb2527b: the .txt not recognised


def test_excel_unicode_text_named_txt_without_columns_names_them(tmp_path):
    from qa_align.readers import read_paths

    (problem,) = read_paths([_unicode_text(tmp_path, "export.txt")])
    assert "a table of no known layout" in problem.reason and "id, vraag, antwoord" in problem.reason


def test_guard_a_plain_text_with_tabs_is_no_table(tmp_path):
    """Guard (passes on fb2527b too): UTF-8 text, tabs or not, stays a text file."""
    from qa_align.readers.tabular import suffix_of

    path = tmp_path / "notes.txt"
    path.write_text("id\tvraag\tantwoord\n1\ta\tb\n", encoding="utf-8")
    assert suffix_of(path) == ".txt"


# 7. counts: singular for one, no "N of N"


def test_the_reports_totals_are_singular_for_one():
    from qa_align import score_pairs
    from qa_align.report import build_report

    scored, problems = score_pairs([CYBER])
    page = build_report(scored, problems, "one")
    assert "<b>1</b> document</li>" in page  # fb2527b: "<b>1</b> documents"
    assert "<b>0</b> files or records not read" in page


def test_the_progress_line_says_all_read_when_all_are_scored(capsys, monkeypatch):
    from qa_align import cli

    monkeypatch.setattr(sys.stderr, "isatty", lambda: False, raising=False)
    progress = cli._Progress(True)
    progress.last = -1e9
    progress(1, 1)
    progress.last = -1e9
    progress(1, 3)
    err = capsys.readouterr().err.splitlines()
    # fb2527b: "1 documents scored of 1 read so far", "1 documents scored of 3 read so far"
    assert err == [
        "qa-align: 1 document scored, all read so far",
        "qa-align: 1 document scored of 3 read so far",
    ]
