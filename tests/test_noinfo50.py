"""A data lag however worded, and a numbered answer's opening that says data are not held (helper noinfo50,
2026-12-07): years asked after the last one the answer says its figures cover ("Momenteel zijn er gegevens
beschikbaar tot en met 2013"), read as figures_missing reads them (`rules.answers._years_unheld`), and a
missing-data statement in the opening before "1." that serves no unit, given to the units that ask figures
(`rules.answers._opening_unheld`). The answers are quoted (shortened) from the records named; the readers' flags
are those of `corpus/gold`: a data lag on a period asked is `no_information` (README.readings.md)."""

from qa_align.settings import Settings

from .conftest import be_doc, flags_by_unit

SETTINGS = Settings(rules=("no_information",), answered_model="none")


def be_flags(question: str, answer: str) -> dict[str, list[str]]:
    return flags_by_unit(be_doc(question, answer), SETTINGS)


def test_figures_available_up_to_an_earlier_year_is_missing_data():
    # be-kamer 192365 (dev-be42): the deaths of 2014-2016 asked, the register's figures stop at 2013
    flags = be_flags(
        "Het aantal sterfgevallen door een overdosis drugs. Hoeveel doden door een overdosis drugs kende dit "
        "land in 2014, 2015 en 2016?",
        "In Belgie zijn de nationale gegevens over drugsgerelateerde doden verkrijgbaar bij het algemene "
        "overlijdensregister (General Mortality Register (GMR)). Momenteel zijn er gegevens beschikbaar tot en "
        "met 2013 en wordt er gewerkt aan een inhaalbeweging om meer recente gegevens te verkrijgen. Het aantal "
        "door drugs geinduceerde sterfgevallen in Belgie piekte in de periode 2008-2009 en daalde daarna opnieuw "
        "in de periode 2010-2012, en bleef stabiel in 2013.",
    )
    assert "no_information" in flags["1"]


def test_an_openings_data_lag_concerns_the_units_that_ask_figures():
    # be-kamer 185762 (dev-be64): "Algemene opmerking" before "1.", the year 2016 asked by units 1 to 3
    flags = be_flags(
        "Pensioenrecht voor zelfstandigen in bijberoep. 1. In welke sectoren zijn deze zelfstandigen in bijberoep "
        "actief? Kan u een overzicht geven per sector voor de jaren 2011 tot en met 2016? 2. Kan u duiden hoeveel "
        "van deze zelfstandigen in bijberoep overgaan naar het statuut van zelfstandige in hoofdberoep? Welk "
        "percentage is dit ten opzichte van het totaal aantal zelfstandigen in bijberoep? Graag cijfers voor de "
        "jaren 2011 tot en met 2016. 3. Hoeveel van het totaal aantal verzekeringsplichtigen in "
        "bijberoep hebben beslist om over te schakelen naar zelfstandige in hoofdberoep? Graag cijfers voor de "
        "jaren 2011 tot en met 2016.",
        "Algemene opmerking: er is nog geen informatie beschikbaar betreffende het jaar 2016. 1. Hierna vindt u "
        "een tabel die een overzicht geeft per bedrijfstak van de evolutie (2011 tot 2015) van het aantal "
        "verzekeringsplichtigen in bijberoep.Tabel 1:2016201714402-10-659-nl-fr-1 2. In onder vermelde tabel "
        "vindt u de evolutie (van 2010 tot 2015) van het aantal bijberoepers dat heeft bijgedragen aan het tarief "
        "van een zelfstandige in hoofdberoep.Tabel 3:2016201714402-10-659-nl-fr-3 3. In onderstaande tabel vindt "
        "u het aantal verzekeringsplichtigen dat overschakelde naar hoofdberoep (2011 tot 2015).Tabel "
        "4:2016201714402-10-659-nl-fr-4",
    )
    assert {n: "no_information" in flags[n] for n in ("1", "3")} == {"1": True, "3": True}


def test_an_openings_data_not_held_concerns_a_later_unit_too():
    # be-kamer 188781 2 (dev-be83): the opening says the local police's data are not held; unit 2 asks the
    # amounts recovered from all agents, its answer the federal police's only
    flags = be_flags(
        "Terugvorderen schade veroorzaakt door politie. 1. Hoeveel schadeclaims werden respectievelijk in 2014, "
        "2015 en 2016 ingediend tegen federale politieagenten respectievelijk agenten van de lokale politie? 2. "
        "Hoeveel werd er op de agenten zelf verhaald en voor welke fouten?",
        "Ik beschik niet over gegevens betreffende de lokale politie. Onderstaande antwoorden bevatten enkel "
        "gegevens betreffende personeelsleden van de federale politie. 1. Aantal schadeclaims door derden tegen "
        "de personeelsleden van de federale politie:- 2014: 231;- 2015: 239;- 2016: 203. 2. In 2016 werd een "
        "bedrag van 7.103,10 euro teruggevorderd van een personeelslid dat schade had veroorzaakt door het plegen "
        "van een inbreuk op de wegcode.",
    )
    assert "no_information" in flags["2"]
