"""The Tweede Kamer reader on real PDFs of corpus/tweede-kamer; expected values read off the
documents by hand."""

import pytest

from qa_align import read
from qa_align.align import align
from qa_align.readers.detect import detect

from .conftest import CORPUS

TK = CORPUS / "tweede-kamer"
REGENBOOG = TK / "00fe7edd-24c8-4857-98da-774ed3b06836.pdf"
MEDEDELING = TK / "01bf9f06-42d0-48a6-a85f-12c9c8e14c57.pdf"
BUNQ = TK / "1b2d2126-a21e-4c3e-9b18-42206b4cc791.pdf"


@pytest.fixture(scope="module")
def regenboog():
    (doc,) = read(REGENBOOG, on_error="raise")
    return doc


def test_detected_as_tweede_kamer_not_flemish():
    assert detect(REGENBOOG).name == "tweede-kamer"
    assert detect(CORPUS / "vlaams-parlement" / "vrg_en_antw.235.pdf").name == "vlaams-parlement-pdf"


def test_grouped_question_and_answer(regenboog):
    d = regenboog
    assert d.source == "tweede-kamer"
    assert d.doc_id == "00fe7edd-24c8-4857-98da-774ed3b06836"
    assert [u.n for u in d.question.units] == ["1", "2", "3", "4", "5", "6"]
    assert [s.label for s in d.answer.segments] == ["1", "2", "3-5", "6"]
    assert d.answer.numbering == "grouped"
    # the three paragraphs under "Vraag 3, 4 en 5", one per number, across a page break
    assert d.question.units[2].text.startswith("Deelt u de mening dat als een provincie het predicaat")
    assert d.question.units[2].text.endswith("wat is de waarde van dat predicaat dan nog?")
    assert d.question.units[3].text.startswith("Deelt u de mening dat regenboogprovincies in het kader")
    assert d.question.units[4].text.startswith(
        "Kent u de Inventarisatie Regenboogbeleid Regenboogprovincies? Zo ja"
    )
    pairs = align(d)
    assert [(p.question.n, p.answer_no, p.method) for p in pairs][2:5] == [
        ("3", "3-5", "group"),
        ("4", "3-5", "group"),
        ("5", "3-5", "group"),
    ]
    assert pairs[0].answer_text == "Ja."


def test_footnotes_markers_and_page_furniture_are_not_text(regenboog):
    text = regenboog.text
    assert "NOS, d.d. 1 maart 2024" not in text  # footnote 1
    assert "ah-tk-20232024-1314" not in text and "ISSN 0921" not in text
    assert "Aanhangsel 2" not in text  # running footer of page 2
    # the superscript footnote marker after the question mark is gone
    assert regenboog.question.units[0].text == (
        "Heeft u kennisgenomen van het artikel «Kritiek op besluit provincie Friesland tegen actief regenboogbeleid»?"
    )


def test_metadata(regenboog):
    m = regenboog.metadata
    assert m.number == "1314"
    assert m.date == "2024-03-06"
    assert dict(m.extra)["received"] == "2024-03-25"
    assert dict(m.extra)["vergaderjaar"] == "2023-2024"
    assert m.questioner == "Mutluer (GroenLinks-PvdA) en Kostic´ (PvdD)"
    assert m.minister == "Minister Dijkgraaf"
    assert m.minister_title == "Onderwijs, Cultuur en Wetenschap"
    assert m.subject == "het bericht «Kritiek op besluit provincie Friesland tegen actief regenboogbeleid»"


def test_tables_of_answer_6(regenboog):
    seg = regenboog.answer.segments[-1]
    assert seg.label == "6"
    assert len(seg.tables) == 2
    first = seg.tables[0]
    assert first.row_labels == ("Geslacht(Trans)", "Seksuele gerichtheid", "TOTAAL")
    assert first.rows[-1] == ("TOTAAL", "12", "17", "40")
    assert "2023" in " ".join(first.header)
    assert regenboog.text[first.start : first.end].splitlines()[-1] == "TOTAAL 12 17 40"


def test_mededeling_answers_every_question_as_a_whole():
    (d,) = read(MEDEDELING, on_error="raise")
    assert [u.n for u in d.question.units] == ["1", "2", "3"]
    assert d.answer.numbering == "unnumbered"
    (seg,) = d.answer.segments
    assert seg.label == "*"
    assert seg.text.startswith("De schriftelijke vragen van de leden Sneller, Chakor, Van Nispen")
    assert [(p.question.n, p.answer_no) for p in align(d)] == [("1", "*"), ("2", "*"), ("3", "*")]
    assert dict(d.metadata.extra)["mededeling"] == "yes"
    assert d.metadata.date == "2024-05-30"
    assert dict(d.metadata.extra)["received"] == "2024-06-07"  # written "(ontvangen (ontvangen 7 juni 2024)"


def test_group_of_five_split_by_question_marks():
    (d,) = read(BUNQ, on_error="raise")
    units = {u.n: u.text for u in d.question.units}
    assert len(units) == 12
    assert units["10"] == "Deelt u de opvatting dat er snel verbetering moet plaatsvinden?"
    assert units["11"].startswith("Welke maatregelen gaat u of de toezichthouder nemen")
    assert units["6"].startswith("Deelt u de opvatting dat Bunq-bank zelf ook een verantwoordelijkheid heeft")
    assert [s.label for s in d.answer.segments] == ["1", "2", "3-6", "7-11", "12"]


def test_the_reader_finds_a_units_lettered_parts():
    # "Vraag 1" asks its count in lettered parts: the reader finds them (as segment.inline_parts
    # reads them; coverage takes them from the unit)
    from qa_align.readers.tweede_kamer import read_text

    text = (
        "Vraag 1\nHoeveel meldingen kwamen binnen: a) in 2022 en b) in 2023?\n\nVraag 2\n"
        "Wanneer volgt de evaluatie?\n\nAntwoord 1\nEr kwamen 40 en 52 meldingen binnen.\n\n"
        "Antwoord 2\nIn het voorjaar.\n"
    )
    doc = read_text(text, "x.pdf", "x")
    first, second = doc.question.units
    assert first.part_labels == ("a", "b")
    assert [p.text for p in first.parts] == ["a) in 2022", "b) in 2023?"]  # "en" joins, no word of a)
    assert [doc.text[p.start : p.end] for p in first.parts] == ["a) in 2022", "b) in 2023?"]
    assert second.parts == ()
