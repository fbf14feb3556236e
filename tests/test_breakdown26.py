"""breakdown_missing (breakdown26): a table placeholder beside words before it that say the count asked is not
known, for no year of their own ("Het aantal ingezette toestellen is niet gekend." before two placeholders, dev-be28
189958 2), leaves the breakdown of that count missing: the table cannot hold what the text says is not known."""

from __future__ import annotations

from qa_align.settings import Settings

from .conftest import be_doc, flags_by_unit

SETTINGS = Settings(rules=("figures_missing", "breakdown_missing"), recycled_across_documents=False)


def _nl(question: str, answer: str) -> dict[str, list[str]]:
    return flags_by_unit(be_doc(question, answer, date_tabled="2017-04-28"), SETTINGS)


# dev-be28 189958 2 (its readers: "the two placeholder tables after it cannot hold what the text says is not known")
RADARS = "Hoeveel radars werden er ingezet? Kunt u uw antwoord opsplitsen per Gewest?"
RADAR_CODES = "2016201715998-3-2163-bil-1 2016201715998-3-2163-bil-2"


def test_a_placeholder_beside_a_count_said_unknown_leaves_its_split_missing():
    answer = f"Het aantal ingezette toestellen is niet gekend.{RADAR_CODES}"
    assert "breakdown_missing" in _nl(RADARS, answer)["1"]


def test_a_placeholder_beside_another_thing_said_unknown_gives_the_split():
    answer = f"De kostprijs van de herstellingen is niet gekend.{RADAR_CODES}"
    assert _nl(RADARS, answer) == {"1": []}


def test_a_placeholder_beside_a_year_said_unknown_gives_the_split():
    # the claim names a year of its own: the table holds the others (the years rule reads that year)
    answer = f"Het aantal ingezette toestellen voor 2017 is nog niet gekend.{RADAR_CODES}"
    assert _nl(RADARS, answer) == {"1": []}


# reference-dev 190922 1 (its readers: the table of six years given; no flag)
WAREGEM = (
    "Kan u een overzicht bieden van de evolutie van de gebruikers van het station Waregem de laatste vijf jaar "
    "(indien mogelijk de laatste tien jaar)?"
)


def test_a_remark_after_the_table_on_what_it_leaves_out_gives_the_years():
    answer = (
        "Hieronder vindt u de tabel met het gemiddelde aantal opstappende reizigers in het station van Waregem "
        "gedurende de laatste zes jaren:2016201716352-13-2336-bil Deze tellingen zijn gebaseerd op kortstondige "
        "observaties, wat een mogelijke foutmarge inhoudt. De cijfers laten niet toe om een onderscheid te maken "
        "tussen reizigers die zich naar het station begeven om de trein te nemen en overstappende reizigers."
    )
    assert _nl(WAREGEM, answer) == {"1": []}
