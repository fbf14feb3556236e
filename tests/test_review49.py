"""review49: faults found in session 47's changes (userpath47, lows47, speed47)."""

from __future__ import annotations

import pandas as pd
import pytest

from qa_align.cli import main
from qa_align.readers.tabular import load_frame
from qa_align.sinks import read_results


@pytest.mark.parametrize(
    "header",
    [
        '"Naam, voornaam";vraag;antwoord',  # a quoted name holding a comma
        "Naam, voornaam;vraag;antwoord",  # as Excel saves it in nl-BE: only ';' and '"' are quoted
    ],
)
@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_a_semicolon_csv_with_a_comma_in_a_column_name_is_read_with_the_semicolon(tmp_path, header, encoding):
    # 4817d63..f1cb06a: a header line with any comma was read with ',' (one column, or two
    # split inside the name)
    table = tmp_path / "export.csv"
    table.write_bytes(f'{header}\r\nJansen, Piet;Hoeveel?;"Twaalf; of 1,5 %."\r\n'.encode(encoding))
    frame = load_frame(table)
    assert list(frame.columns) == ["Naam, voornaam", "vraag", "antwoord"]
    assert frame.values.tolist() == [["Jansen, Piet", "Hoeveel?", "Twaalf; of 1,5 %."]]


@pytest.mark.parametrize(
    "text",
    [
        'id,"vraag; kort",antwoord\r\n1,a,b\r\n',  # a quoted name holding a semicolon
        "id,vraag;kort,antwoord\r\n1,a,b\r\n",  # more commas than semicolons
    ],
)
def test_a_comma_csv_with_a_semicolon_in_a_column_name_keeps_the_comma(tmp_path, text):
    # guard: the commas outside quotes outnumber the semicolons
    table = tmp_path / "own.csv"
    table.write_text(text, encoding="utf-8")
    assert load_frame(table).shape == (1, 3)


def test_a_small_max_cell_chars_cuts_the_text_not_the_ids_dates_or_flags(tmp_path):
    # 4817d63..f1cb06a cut every text cell: with max_cell_chars = 12 the id became
    # "vraag-2025-…", the date "2025-02-03" stayed (10) but the flags' list was cut too
    table = tmp_path / "own.csv"
    pd.DataFrame(
        [
            {
                "id": "vraag-2025-000123-bis",
                "datum": "2025-02-03",
                "question": "Hoeveel scholen werden in 2024 gerenoveerd, per provincie?",
                "answer": "Ik verwijs naar mijn antwoord op vraag nr. 12.",
            }
        ]
    ).to_csv(table, index=False)
    config = tmp_path / "settings.toml"
    config.write_text("max_cell_chars = 12\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    args = ["score", str(table), "--id-col", "id", "--question-col", "question", "--answer-col", "answer"]
    args += ["--date-col", "datum", "--all", "--model", "none", "-q", "--config", str(config), "-o", str(out)]
    assert main(args) == 0
    back = read_results(out)
    assert back["doc_id"].tolist() == ["vraag-2025-000123-bis"]
    assert back["date"].tolist() == ["2025-02-03"]
    assert back["question"].tolist() == ["Hoeveel…"]  # after a whole word (lows48)
    assert back["answer"].tolist() == ["Ik verwijs…"]
    flags = back["flags"].iloc[0]
    assert len(flags) > 12 and "…" not in flags  # the pointer and the breakdown: two flags at least


def test_plain_paragraphs_are_turned_into_text_without_lxml(monkeypatch):
    # speed47's tests compared the text only, so they passed with the path without lxml taken out
    # of html_to_text; here lxml cannot be imported
    import sys

    from qa_align.readers.html_text import html_to_text

    monkeypatch.setitem(sys.modules, "lxml.html", None)
    assert html_to_text("<p>Eén  vraag.</p>\r\n<p></p><p>Twee\xa0antwoorden.</p>") == (
        "Eén vraag.\n\nTwee antwoorden.",
        (),
    )
    with pytest.raises(ImportError):
        html_to_text("<p>fish &amp; chips</p>")  # (other markup: lxml's)
