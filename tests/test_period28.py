"""breakdown_missing (period28): a sentence of a data lag names the year it holds back.

"Met betrekking tot de cijfers van het jaar 2016 dien ik het geachte lid mee te delen dat de jaarcijfers ... in juni
2017 beschikbaar zullen zijn" (dev 190643 2): the figures of 2016 are not held yet, whatever the table that stood
beside it holds ("voor de periode 2014-2015 en de eerste drie trimesters van 2016"); its "2016" names no year
given whole beside the part of it (``[coverage] later_available``)."""

from __future__ import annotations

from qa_align.settings import Settings

from .conftest import be_doc, flags_by_unit

SETTINGS = Settings(rules=("figures_missing", "breakdown_missing"), recycled_across_documents=False)


def _nl(question: str, answer: str) -> dict[str, list[str]]:
    return flags_by_unit(be_doc(question, answer, date_tabled="2017-05-10"), SETTINGS)


PV = "Hoeveel processen-verbaal wegens onwettig verblijf werden uitgeschreven in 2014, 2015 en 2016?"
TABLE = (
    "Tabel 1 bevat het aantal door de politie geregistreerde feiten inzake verblijf, opgedeeld naar de steden "
    "Brussel, Antwerpen en Gent voor de periode 2014-2015 en de eerste drie trimesters van 2016."
)
LAG = (
    "Met betrekking tot de cijfers van het jaar 2016 dien ik het geachte lid mee te delen dat de jaarcijfers, "
    "zoals gebruikelijk, na kwaliteitscontroles in juni 2017 beschikbaar zullen zijn."
)


def test_a_year_whose_figures_come_later_beside_a_table_of_part_of_it_is_not_given():
    answer = f"{TABLE}{LAG}2016201716248-3-2196-bil-2"
    assert "breakdown_missing" in _nl(PV, answer)["1"]


def test_a_year_whose_figures_come_later_beside_a_whole_table_is_not_given():
    # the table's caption names the three years whole, the next sentence holds the last back
    answer = (
        "Tabel 1 bevat het aantal geregistreerde feiten inzake verblijf voor de jaren 2014, 2015 en 2016. "
        f"{LAG}2016201716248-3-2196-bil-1"
    )
    assert "breakdown_missing" in _nl(PV, answer)["1"]


def test_a_lag_of_a_year_not_asked_leaves_the_years_asked_given():
    answer = (
        "In 2014 werden er 1.204 processen-verbaal opgesteld, in 2015 1.350 en in 2016 1.412. De cijfers voor het "
        "jaar 2017 zullen pas in juni 2018 beschikbaar zijn."
    )
    assert _nl(PV, answer) == {"1": []}


def test_the_table_alone_gives_the_years_asked():
    answer = (
        "Tabel 1 bevat het aantal geregistreerde feiten inzake verblijf voor de jaren 2014, 2015 en 2016."
        "2016201716248-3-2196-bil-1"
    )
    assert _nl(PV, answer) == {"1": []}


CHILDREN = (
    "Hoeveel meldingen kreeg de politie van kinderen die in de wagen werden achtergelaten in 2013, 2014, 2015, 2016 "
    "en het eerste semester van 2017?"
)


def _june(question: str, answer: str) -> dict[str, list[str]]:
    return flags_by_unit(be_doc(question, answer, date_tabled="2017-06-19"), SETTINGS)


def test_a_part_of_a_year_after_the_years_listed_is_asked_and_said_not_available():
    # dev 192646 1: the table holds 2013-2016, the first half of 2017 asked is said not available yet
    answer = (
        "De tabel bevat het aantal door de politie geregistreerde feiten inzake het achterlaten van een kind in de "
        "wagen voor de jaren 2013-2016. Wat betreft de criminaliteitsstatistieken voor het eerste semester 2017, moet "
        "ik het geachte lid meedelen dat deze momenteel nog niet beschikbaar zijn.2016201716999-3-2284-bil-1"
    )
    assert "breakdown_missing" in _june(CHILDREN, answer)["1"]


def test_a_part_of_a_year_after_the_years_listed_given_with_them_leaves_nothing_missing():
    answer = (
        "In 2013 werden 12 meldingen geregistreerd, in 2014 15, in 2015 9 en in 2016 11. In het eerste semester "
        "van 2017 werden 4 meldingen geregistreerd."
    )
    assert _june(CHILDREN, answer) == {"1": []}
