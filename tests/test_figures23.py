"""Citations that are no figures (figures23): the Chamber's records turn "§" into "?", so "artikel 36, ? 2" cites a
paragraph; a record code of capitals and numbers ("CRIV 54 COM 659", "CRIV54PLEN 161", "DOC 54 2111/008") and a
bracket holding only capitals and a number ("(WIB 92)", "(PC 201)") name a text. None of them counts anything (the
tax case of `tests/test_yesno16.py`, no longer an xfail, reads the answer so). Texts as they stand in be-kamer-2017
records (dev-be33 190221 5, dev-be23 190883 2, be-kamer 187707 2 and the answers the comments name); the verdicts
decided by reading."""

from __future__ import annotations

from qa_align.analyze import find_figures


def _figures(text: str, language: str = "nl") -> list[str]:
    return [f.text for f in find_figures(text, language)]


def test_a_paragraph_sign_turned_into_a_question_mark_cites_a_paragraph():
    text = (
        "overeenkomstig de bepalingen van artikel 36, ? 2 van het Wetboek van de inkomstenbelastingen 1992 "
        "(WIB 92) een voordeel van alle aard"
    )
    assert _figures(text) == []
    assert _figures("de zorgverleners bedoeld in artikel 53, ?? 1, van de gecoordineerde wet") == []


def test_a_question_mark_before_a_share_or_an_amount_keeps_its_figure():
    # "?" for "±" before a share: a figure ("zijn er slechts ? 75 % die op baan 26 landen")
    assert "75 %" in _figures("Van deze 552 aankomsten, zijn er slechts ? 75 % die op baan 26 landen")
    assert "1.500 euro" in _figures("Het kost ? 1.500 euro per jaar.")


def test_a_record_code_of_the_chamber_names_a_report():
    assert _figures("(Integraal verslag, Kamer, 2016-2017, CRIV 54 COM 659, blz. 13-14)") == []
    assert _figures("door het geachte lid (CRIV54PLEN 161, P1919). Er werd toen") == []
    assert _figures("de algemene beleidsnota's van 27 oktober 2016 (DOC 54 2111/008) en") == []


def test_capitals_before_a_figure_that_counts_stay_a_figure():
    # an institution's name before its count, and a currency code in brackets, are no codes
    assert _figures("In 2016 behandelde de FOD 123.000 dossiers.") == ["123.000"]
    assert _figures("De juridische dienst van NMBS 24 dossiers toevertrouwd") == ["24"]
    assert "500" in " ".join(_figures("een bijdrage (EUR 500) per aanvraag"))


def test_a_table_of_bodies_and_their_counts_is_no_record_code():
    # review24: rows of a table, one body and its count a line, are counts; a record code stands on one line
    assert _figures("Aantal controles per dienst in 2016:\nRVA 120\nRSZ 45\nRIZIV 30") == ["120", "45", "30"]
    assert _figures("Dienst\tAantal\nFOD\t12\nRSZ\t14") == ["12", "14"]
