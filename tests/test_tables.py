from qa_align.tables import find_tables, parse_row
from qa_align.textclean import split_lines

CYBER_TABLE = """deze trajecten werden opgestart in 2024. Deze stijging is mede door toedoen van
dienstverleners uit de 1e raamovereenkomst en anderzijds de NIS2-regulering.
Rijlabels 2021 2022 2023 2024** TOTAAL
Antwerpen 22 16 23 39 89 28%
BRUSSEL* 1 3 4 1%
Limburg 5 4 2 10 20 6%
Oost-Vlaanderen 12 13 11 48 78 24%
Vlaams-Brabant 11 13 12 27 56 17%
West-Vlaanderen 7 3 9 59 74 23%
Eindtotaal 57 49 58 186 321 100%
*Hier gaat het om ondernemingen met een hoofdzetel in Brussel maar met een vestiging in het
Vlaamse Gewest.
** TOTAAL komt niet overeen met de som van de jaren aangezien ondernemingen in verschillende
jaren kunnen terugkomen door aansluitend op het initieel aangekocht pakket over te gaan tot
een upgrade en/of een uitbreidingspakket.
2. Tot op heden is er van deze verschillende acties nog geen overkoepelende evaluatie"""


def test_year_by_province_table_is_found_with_its_labels():
    lines = split_lines(CYBER_TABLE)
    (found,) = find_tables(lines)
    t = found.table
    assert t.header == ("Rijlabels", "2021", "2022", "2023", "2024**", "TOTAAL")
    assert t.column_labels == ("2021", "2022", "2023", "2024", "TOTAAL")
    assert t.row_labels == (
        "Antwerpen", "BRUSSEL", "Limburg", "Oost-Vlaanderen", "Vlaams-Brabant", "West-Vlaanderen", "Eindtotaal",
    )  # fmt: skip
    assert t.rows[0] == ("Antwerpen", "22", "16", "23", "39", "89", "28%")
    assert t.rows[1] == ("BRUSSEL*", "1", "3", "4", "1%")
    assert CYBER_TABLE[t.start : t.end].startswith("Rijlabels 2021")
    assert CYBER_TABLE[t.start : t.end].endswith("321 100%")


def test_footnotes_are_kept_apart_from_the_table():
    (found,) = find_tables(split_lines(CYBER_TABLE))
    notes = found.table.footnotes
    assert [n.marker for n in notes] == ["*", "**"]
    assert notes[0].text == (
        "*Hier gaat het om ondernemingen met een hoofdzetel in Brussel maar met een vestiging in het Vlaamse Gewest."
    )
    assert notes[1].text.endswith("een upgrade en/of een uitbreidingspakket.")
    assert all("Hier gaat" not in label for label in found.table.row_labels)
    # the numbered answer after the footnotes is not swallowed
    assert "Tot op heden" not in CYBER_TABLE[notes[1].start : notes[1].end]


def test_prose_with_numbers_is_not_a_table():
    text = (
        "enerzijds de start van 10 nieuwe dienstverleners naast de 8 nog actieve\n"
        "respondenten geeft hierbij aan binnen de 6 maanden na de masterclass aan actie te\n"
        "Op 14 en 21/06/2022 werd een vorming georganiseerd.\n"
    )
    assert find_tables(split_lines(text)) == []
    assert parse_row("enerzijds de start van 10 nieuwe dienstverleners naast de 8 nog actieve") is None


def test_two_column_table_of_short_rows():
    text = "Provincie Aantal\nAntwerpen 12\nLimburg 3\nOost-Vlaanderen 7\n"
    (found,) = find_tables(split_lines(text))
    assert found.table.row_labels == ("Antwerpen", "Limburg", "Oost-Vlaanderen")
    assert found.table.header == ("Provincie", "Aantal")
