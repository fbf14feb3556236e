"""The Flemish reader on both real documents; expected values read off the documents."""

import json
from pathlib import Path

import pandas as pd
import pytest

from qa_align import read
from qa_align.errors import ReadError
from qa_align.readers.tabular import Columns
from qa_align.readers.vlaams import read_text

from .conftest import CYBER, VLAAMS


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


# ---------------------------------------------------------------- the forms of corpus/vlaams-parlement/.forms

FORMS = VLAAMS / ".forms"
EXPECTED = json.loads((FORMS / "expected.json").read_text(encoding="utf-8"))


def _check_documents(docs, rows, expected, where):
    """The documents and scored rows of one form against its expected.json entry."""
    assert [d.doc_id for d in docs] == [e["doc_id"] for e in expected["documents"]], where
    for doc, want in zip(docs, expected["documents"]):
        m = doc.metadata
        assert doc.source == "vlaams-parlement"
        got = (m.number, m.date, m.questioner, m.minister)
        assert got == (want["number"], want["date"], want["questioner"], want["minister"]), where
        assert m.title == want["title"], where
        assert dict(m.extra).get("other_ministers", "") == want.get("other_ministers", ""), where
        units = {u.n: u.text for u in doc.question.units}
        assert list(units) == list(want["units"]), where
        for n, (first, last) in want["units"].items():
            assert units[n].startswith(first) and units[n].endswith(last), (where, n, units[n][-80:])
        segments = {s.label: s.text for s in doc.answer.segments}
        assert list(segments) == list(want["answers"]), where
        for label, (first, last) in want["answers"].items():
            assert segments[label].startswith(first), (where, label, segments[label][:80])
            assert segments[label].endswith(last), (where, label, segments[label][-80:])
        mine = rows[rows["doc_id"] == doc.doc_id]
        assert dict(zip(mine["question_no"], mine["answer_no"])) == want["pairs"], where
        flags = {q: sorted(f.split(";")) if f else [] for q, f in zip(mine["question_no"], mine["flags"])}
        assert flags == {q: sorted(f) for q, f in want["flags"].items()}, where


@pytest.mark.parametrize("name", [*sorted(EXPECTED["forms"]), *sorted(EXPECTED["lossy"])])
def test_every_form_is_read_and_paired_as_written_out_by_hand(name):
    from qa_align import score
    from qa_align.settings import Settings

    path = (FORMS / name).resolve()
    docs = read(path, on_error="raise")
    rows = score(path, Settings(similarity_model=None))  # alone: the forms repeat one another
    assert rows.attrs["problems"].empty
    _check_documents(docs, rows, {**EXPECTED["forms"], **EXPECTED["lossy"]}[name], name)


def test_a_table_of_collapsed_texts_is_scored_with_text_col(tmp_path):
    from qa_align.cli import main

    table = EXPECTED["table"]
    out = tmp_path / "t.csv"
    argv = ["score", str(FORMS / table["file"]), "--text-col", table["text_col"], "--id-col", table["id_col"],
            "--title-col", table["title_col"], "--source", "vlaams-parlement", "--all", "-o", str(out), "-q",
            "--model", "none"]  # fmt: skip
    assert main(argv) == 0
    rows = pd.read_csv(out, dtype=str, keep_default_na=False)
    columns = Columns(
        id=table["id_col"], text=table["text_col"], title=table["title_col"], source="vlaams-parlement"
    )
    docs = read(FORMS / table["file"], columns=columns, on_error="raise")
    _check_documents(docs, rows, table, table["file"])


def test_text_col_needs_a_source_that_reads_a_whole_document(tmp_path, capsys):
    from qa_align.cli import main

    path = FORMS / EXPECTED["table"]["file"]
    base = ["score", str(path), "-o", str(tmp_path / "x.csv"), "--id-col", "id_fact", "--text-col", "text"]
    assert main(base) == 2
    assert "--text-col needs --source" in capsys.readouterr().err
    assert main([*base, "--source", "table"]) == 2
    assert "vlaams-parlement" in capsys.readouterr().err
    assert main([*base, "--source", "vlaams-parlement", "--answer-col", "text"]) == 2


def test_collapsed_cybersecurity_text_is_recognised(tmp_path, cyber_text):
    from qa_align.readers.detect import detect

    path = tmp_path / "squished.txt"
    path.write_text(" ".join(cyber_text.split()), encoding="utf-8")
    assert detect(path).name == "vlaams-parlement"
    (doc,) = read(path, on_error="raise")
    # offsets point into the collapsed text
    unit = doc.question.units[2]
    assert doc.text[unit.start : unit.end].startswith("Uit de CS-barometer van 2022")


def test_collapsed_head_without_aan_and_with_an_upper_case_answer_start():
    # the head as pdftools gives it (no "aan"), an unnumbered answer that opens in capitals
    text = (
        "SCHRIFTELIJKE VRAAG nr. 79 van KURT DE LOOR datum: 26 februari 2024 BENJAMIN DALLE VLAAMS MINISTER "
        "VAN BRUSSEL, JEUGD, MEDIA EN ARMOEDEBESTRIJDING Kabinetten Diversiteitsbeleid De Vlaamse overheid "
        "streeft naar evenredige arbeidsdeelname. 1. Hoeveel personeelsleden telt het kabinet? 2. Hoeveel van "
        "hen zijn m/v/x? BENJAMIN DALLE VLAAMS MINISTER VAN BRUSSEL, JEUGD, MEDIA EN ARMOEDEBESTRIJDING "
        "ANTWOORD op vraag nr. 79 van 26 februari 2024 van KURT DE LOOR VTE en koppen: het kabinet telt 28 "
        "medewerkers, 15 vrouwen en 13 mannen."
    )
    doc = read_text(text, "79.txt", title="Kabinetten Diversiteitsbeleid")
    m = doc.metadata
    assert (m.number, m.date, m.questioner, m.minister) == (
        "79",
        "2024-02-26",
        "Kurt De Loor",
        "Benjamin Dalle",
    )
    assert m.minister_title == "VLAAMS MINISTER VAN BRUSSEL, JEUGD, MEDIA EN ARMOEDEBESTRIJDING"
    assert m.subject == "Kabinetten Diversiteitsbeleid"
    assert [u.text for u in doc.question.units] == [
        "Hoeveel personeelsleden telt het kabinet?",
        "Hoeveel van hen zijn m/v/x?",
    ]
    assert doc.question.preamble.text == "De Vlaamse overheid streeft naar evenredige arbeidsdeelname."
    (seg,) = doc.answer.segments
    assert seg.label == "*" and seg.text.startswith("VTE en koppen: het kabinet telt 28")


def test_word_and_rtf_files_that_cannot_be_read_are_problem_rows(tmp_path, monkeypatch):
    import docx

    from qa_align.readers import read_paths

    (tmp_path / "kapot.docx").write_bytes(b"PK\x03\x04 not a zip at all")
    (tmp_path / "geen.rtf").write_text("plain text, not RTF", encoding="utf-8")
    (tmp_path / "oud.doc").write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + b"\x00" * 504)
    (tmp_path / "nep.doc").write_text("not a Word file", encoding="utf-8")
    letter = docx.Document()
    letter.add_paragraph("Een brief aan de minister.")
    letter.save(tmp_path / "brief.docx")
    reasons = {Path(p.path).name: p.reason for p in read_paths([tmp_path])}
    assert "not a readable .docx" in reasons["kapot.docx"]
    assert "no 'SCHRIFTELIJKE VRAAG' heading" in reasons["brief.docx"]
    assert "not an RTF file" in reasons["geen.rtf"]
    assert reasons["nep.doc"] == "not a binary Word (.doc) file"
    assert (
        "antiword could not convert it" in reasons["oud.doc"]
        or "needs the antiword program" in reasons["oud.doc"]
    )
    # without antiword on the PATH: the file's row says what to install
    monkeypatch.setenv("PATH", str(tmp_path / "nothing-here"))
    (problem,) = read_paths([tmp_path / "oud.doc"])
    assert "needs the antiword program" in problem.reason and "apt-get install antiword" in problem.reason


def test_rtf_without_striprtf_says_what_to_install(monkeypatch):
    import builtins

    from qa_align.readers.office import rtf_text

    real_import = builtins.__import__

    def no_striprtf(name, *args, **kwargs):
        if name.startswith("striprtf"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_striprtf)
    with pytest.raises(ReadError, match=r"needs striprtf: pip install 'qa-align\[rtf\]'"):
        rtf_text(b"{\\rtf1 SCHRIFTELIJKE VRAAG}", "x.rtf")


def test_a_sidecar_goes_to_the_answer_whose_number_it_names(tmp_path):
    path = tmp_path / "two.txt"
    path.write_bytes((FORMS / "235-two-answers.txt").read_bytes())
    sidecar = {
        "number": "412",
        "minister": "Lydia Peeters-API",
        "date_answered": "2024-02-01",
        "on_time": True,
    }
    (tmp_path / "two.meta.json").write_text(json.dumps(sidecar), encoding="utf-8")
    demir, peeters = read(path, on_error="raise")
    assert (demir.metadata.minister, demir.metadata.date_answered, demir.metadata.on_time) == (
        "Zuhal Demir",
        "",
        None,
    )
    assert (peeters.metadata.minister, peeters.metadata.date_answered) == ("Lydia Peeters-API", "2024-02-01")
    assert peeters.metadata.on_time is True


def test_a_table_run_together_in_collapsed_text_is_found_again():
    (cyber,) = read(FORMS / "cyber-collapsed.txt", on_error="raise")
    (table,) = cyber.answer.segments[0].tables
    assert {"Limburg", "Oost-Vlaanderen", "West-Vlaanderen", "Eindtotaal"} <= set(table.row_labels)
    assert [n.marker for n in table.footnotes] == ["*"]
    assert cyber.text[table.start : table.end].startswith("Rijlabels 2021 2022 2023 2024**")
    # prose with dates and figures is no table
    (doc,) = read(FORMS / "235-collapsed.txt", on_error="raise")
    assert not any(s.tables for s in doc.answer.segments)


def test_the_reader_finds_a_units_lettered_parts(cyber_text):
    # the cybersecurity document's question 1 edited to ask its count in lettered parts: the reader
    # finds them (as segment.inline_parts reads them; coverage takes them from the unit)
    old = "Hoeveel verbetertrajecten zijn er intussen opgestart?"
    assert cyber_text.count(old) == 1
    text = cyber_text.replace(old, "Hoeveel verbetertrajecten zijn er opgestart: (a) in 2021 en (b) in 2022?")
    doc = read_text(text, str(CYBER))
    unit = doc.question.units[0]
    assert unit.part_labels == ("a", "b")
    assert unit.parts[0].text == "(a) in 2021"  # "en" joins it to (b), no word of (a)
    assert unit.parts[1].text.startswith("(b) in 2022? Graag een overzicht per jaar")
    a = unit.parts[0]
    assert doc.text[a.start : a.end] == "(a) in 2021"  # offsets into the source
    assert [u.parts for u in doc.question.units[1:]] == [(), (), (), ()]
