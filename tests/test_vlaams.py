"""The Flemish reader on both real documents; expected values read off the documents."""

import pytest

from qa_align import read
from qa_align.errors import ReadError
from qa_align.readers.vlaams import read_text

from .conftest import CYBER


def test_cyber_metadata(cyber_doc):
    m = cyber_doc.metadata
    assert cyber_doc.source == "vlaams-parlement"
    assert cyber_doc.doc_id == "schv-8-2024-cybersecurity"
    assert m.number == "8"
    assert m.date == "2024-10-17"
    assert m.questioner == "Stijn De Roo"
    assert m.minister == "Matthias Diependaele"
    assert m.minister_title == (
        "MINISTER-PRESIDENT VAN DE VLAAMSE REGERING, VLAAMS MINISTER VAN ECONOMIE, INNOVATIE EN "
        "INDUSTRIE, BUITENLANDSE ZAKEN, DIGITALISERING EN FACILITAIR MANAGEMENT"
    )
    assert m.subject == "Cybersecurity bij Vlaamse bedrijven - Stand van zaken"
    assert m.title == "Cybersecurity bij Vlaamse bedrijven - Stand van zaken"
    assert m.themes == ("Economie", "Wetenschap en Innovatie")
    assert m.pdf_link == "https://docs.vlaamsparlement.be/pfile?id=2080165"


def test_cyber_units_and_preamble(cyber_doc, cyber_text):
    q = cyber_doc.question
    assert [u.n for u in q.units] == ["1", "2", "3", "4", "5"]
    assert q.preamble.text.startswith("Het verhogen van de cyberveiligheid is een belangrijke uitdaging")
    assert q.preamble.text.endswith("belangrijke barometer voor het beleid rond cybersecurity.")
    assert q.units[0].text.endswith("Graag een overzicht per jaar en per provincie.")
    assert "ICT-veiligheidstesten" in q.units[4].text
    assert q.units[4].text.endswith("Op welke manier zal dat knelpunt worden aangepakt?")
    # offsets point back into the file's text
    u = q.units[2]
    assert cyber_text[u.start : u.end].startswith("Uit de CS-barometer van 2022")
    assert cyber_text[u.start : u.end].endswith("om dat aan te pakken?")


def test_cyber_answer_segments(cyber_doc, cyber_text):
    a = cyber_doc.answer
    assert a.numbering == "numbered"
    assert [s.label for s in a.segments] == ["1", "2", "3", "4", "5"]
    first = a.segments[0]
    assert first.text.startswith("Sinds de start van de CS-verbetertrajecten (januari 2021)")
    (table,) = first.tables
    assert "Eindtotaal" in table.row_labels and "2023" in table.column_labels
    assert [n.marker for n in table.footnotes] == ["*", "**"]
    # the minister's name before ANTWOORD and the "op vraag nr." lines are not answer text
    assert "STIJN DE ROO" not in " ".join(s.text for s in a.segments)
    assert "MATTHIAS DIEPENDAELE" not in " ".join(u.text for u in cyber_doc.question.units)
    last = a.segments[4]
    assert cyber_text[last.start : last.end].endswith("de sterkte \nvan het cyberveiligheidsbeleid bepaalt.")


def test_pdf_235(doc235):
    m = doc235.metadata
    assert doc235.doc_id == "vrg_en_antw.235"
    assert m.number == "235"
    assert m.date == "2024-01-11"
    assert m.questioner == "Suzy Wouters"
    assert m.minister == "Zuhal Demir"
    assert m.minister_title == "VLAAMS MINISTER VAN JUSTITIE EN HANDHAVING, OMGEVING, ENERGIE EN TOERISME"
    assert m.subject == "Wateroverlast Demerbekken - Draaiboek voor lokale besturen"
    units = doc235.question.units
    assert [u.n for u in units] == ["1", "2", "3"]
    assert units[0].text.startswith("Is de minister intussen al op de hoogte van de aanbeveling")
    assert units[2].text.endswith("het opstellen van dergelijk draaiboek/checklist?")
    assert doc235.question.preamble.text.startswith(
        "In juli 2021 werd het Demerbekken geconfronteerd met zeer zware wateroverlast en -schade."
    )
    segs = doc235.answer.segments
    assert [s.label for s in segs] == ["1", "2", "3"]
    assert segs[0].text.startswith("Het klopt dat de crisisdiensten van de gouverneurs")
    assert segs[2].text.endswith("zal in een volgende fase een BNIP opgemaakt worden.")


def test_page_numbers_and_running_headers_are_removed():
    from qa_align.readers.pdf_text import remove_page_furniture

    pages = [
        "Vlaams Parlement - schriftelijke vraag\nSCHRIFTELIJKE VRAAG\nnr. 9\nTekst loopt\ndoor 1\n1",
        "Vlaams Parlement - schriftelijke vraag\nop de volgende bladzijde.\n2",
        "Vlaams Parlement - schriftelijke vraag\nEinde.\n3",
    ]
    text = remove_page_furniture(pages)
    assert "Vlaams Parlement - schriftelijke vraag" not in text
    assert "\n1\f" not in text and not text.rstrip().endswith("3")
    assert "door 1" in text  # a number inside text stays
    assert len(text) == sum(len(p) for p in pages) + 2  # blanked, not removed: offsets hold


def test_not_a_written_question():
    with pytest.raises(ReadError, match="SCHRIFTELIJKE VRAAG"):
        read_text("Een brief aan de minister.\n", "brief.txt")


def test_question_without_answer_is_reported(cyber_text):
    cut = cyber_text[: cyber_text.index("ANTWOORD")]
    with pytest.raises(ReadError, match="no 'ANTWOORD' heading") as info:
        read_text(cut, str(CYBER))
    assert info.value.unanswered


def test_empty_answer_is_reported(cyber_text):
    cut = cyber_text[: cyber_text.index("1. Sinds de start van de CS")]
    with pytest.raises(ReadError, match="answer is empty"):
        read_text(cut, str(CYBER))


def test_windows_1252_file_is_read(tmp_path, cyber_text):
    path = tmp_path / "schv-cp1252.txt"
    path.write_bytes(cyber_text.encode("cp1252"))
    (doc,) = read(path, on_error="raise")
    assert "kmo’s" in doc.question.units[0].text


def test_broken_and_binary_files_are_problems_not_crashes(tmp_path):
    from qa_align.readers import read_paths

    (tmp_path / "kapot.pdf").write_bytes(b"%PDF-1.4\n garbage that is not a pdf")
    (tmp_path / "binair.txt").write_bytes(b"\x00\x01\x02SCHRIFTELIJKE VRAAG")
    (tmp_path / "leeg.txt").write_text("")
    results = list(read_paths([tmp_path, tmp_path / "bestaat-niet.txt"]))
    reasons = {r.path.rsplit("/", 1)[-1]: r.reason for r in results}
    assert set(reasons) == {"binair.txt", "kapot.pdf", "leeg.txt", "bestaat-niet.txt"}
    assert "binary" in reasons["binair.txt"]
    assert "not a readable PDF" in reasons["kapot.pdf"]
    assert reasons["leeg.txt"] == "empty file"
    assert reasons["bestaat-niet.txt"] == "no such file or folder"


def test_answer_heading_on_one_line(cyber_text):
    one_line = cyber_text.replace(
        "op vraag nr. 8 van 17 oktober 2024\nvan STIJN DE ROO\n",
        "op vraag nr. 8 van 17 oktober 2024 van STIJN DE ROO\n",
    )
    assert one_line != cyber_text
    doc = read_text(one_line, str(CYBER))
    assert [s.label for s in doc.answer.segments] == ["1", "2", "3", "4", "5"]
    assert doc.metadata.questioner == "Stijn De Roo"
