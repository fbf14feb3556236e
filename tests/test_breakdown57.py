"""breakdown_missing and figures_missing (breakdown57). Expected values from the documents as their readers read them:

- an amount asked with a word of forecast between the question word and the word of money ("what is the forecast
  subsidy", "what the projected cost"; ``[coverage] money_ask_between``, ``money_ask_nouns``) asks an amount as "what
  is the total cost" does (uk-commons 1729400, dev-uk63: answered "LNER's subsidy forecasts ... are commercially
  sensitive");
- a value of a dimension whose words the answer joins with a hyphen ("het Brussels-Hoofdstedelijk Gewest") is that
  value (be-kamer 191581, dev-be81: "13 bestuurders (8 in het Waals Gewest en 5 in het Brussels-Hoofdstedelijk
  Gewest)" gives the count per Gewest asked; its readers: answered, no flag);
- a sentence that names a table and its years right before a caption of no year and the table's placeholder
  ("Hierna vindt u een tabel die een overzicht geeft per bedrijfstak van de evolutie (2011 tot 2015) ...Tabel
  1:<code>") says which years the table holds, as words running into the code do (``coverage.outside_named``): the
  years asked after them are not given (be-kamer 185762 1, dev-be64: "voor de jaren 2011 tot en met 2016"; its
  readers: breakdown_missing, 2016 not covered).

Each first test fails on b7977a3b; the guards pass on both."""

from __future__ import annotations

from qa_align.settings import Settings

from .conftest import be_doc, flags_by_unit, uk_doc

SETTINGS = Settings(rules=("figures_missing", "breakdown_missing"), recycled_across_documents=False)

# uk-commons 1729400
Q1729400 = (
    "To ask the Secretary of State for Transport, what is the forecast subsidy to support London and North Eastern "
    "Railway in (a) 2024 and (b) 2025."
)
A1729400 = (
    "LNER’s subsidy forecasts for 2024/25 and 2025/26 are commercially sensitive. Details of LNER’s accounts from "
    "previous years can be found in the published statutory accounts."
)
# be-kamer 191581 (the opening, unit 1, and unit 3 numbered 2)
Q191581 = (
    "Driejaarlijkse test voor treinbestuurders. \n\n Als hij zakt voor het examen, mag de treinbestuurder zijn job "
    "niet uitoefenen zolang hij niet slaagt voor het examen. 1. Hoeveel treinbestuurders hebben hun job niet mogen "
    "uitoefenen omdat ze niet geslaagd waren voor die examens (graag een overzicht van de cijfers per Gewest)?2. "
    "Hoeveel treinbestuurders hebben er sinds 1 januari 2016 hun vergunning behaald?"
)
A191581 = (
    "1. 13 bestuurders (8 in het Waals Gewest en 5 in het Brussels-Hoofdstedelijk Gewest) slaagden niet voor de "
    "hercertificeringsproef en de herkansingen. 2. Sinds 1 januari 2016 hebben 314 treinbestuurders hun vergunning "
    "behaald."
)


def _uk(question: str, answer: str, date: str) -> list[str]:
    return flags_by_unit(uk_doc(question, answer, date_tabled=date), SETTINGS)["1"]


def test_forecast_subsidy_asks_an_amount():
    assert "figures_missing" in _uk(Q1729400, A1729400, "2024-09-12")


def test_forecast_subsidy_given_is_no_amount_missing():
    answer = "LNER's forecast subsidy is £180 million in 2024 and £175 million in 2025."
    assert "figures_missing" not in _uk(Q1729400, answer, "2024-09-12")


def _be(question: str, answer: str) -> dict[str, list[str]]:
    return flags_by_unit(be_doc(question, answer, date_tabled="2017-05-30"), SETTINGS)


def test_region_named_with_a_hyphen_is_a_value_given():
    assert "breakdown_missing" not in _be(Q191581, A191581)["1"]


def test_one_region_named_leaves_the_split_missing():
    one = A191581.replace(
        "13 bestuurders (8 in het Waals Gewest en 5 in het Brussels-Hoofdstedelijk Gewest)",
        "13 bestuurders (8 in het Waals Gewest)",
    )
    assert "breakdown_missing" in _be(Q191581, one)["1"]


# be-kamer 185762 (the opening and unit 1; the answer's first segment)
Q185762 = (
    "Pensioenrecht voor zelfstandigen in bijberoep. \n\n Uit uw antwoord op mijn schriftelijke vraag nr. 622 blijkt "
    "dat het aantal zelfstandigen in bijberoep tussen 2011 en 2015 met bijna 30 % is toegenomen. 1. In welke sectoren "
    "zijn deze zelfstandigen in bijberoep die hebben bijgedragen aan het tarief van een zelfstandige in hoofdberoep "
    "actief? Kan u een overzicht geven per sector voor de jaren 2011 tot en met 2016?2. Hoe lang blijven "
    "zelfstandigen in bijberoep gemiddeld in dit statuut zitten?"
)
A185762 = (
    "1. Hierna vindt u een tabel die een overzicht geeft per bedrijfstak van de evolutie (2011 tot 2015) van het "
    "aantal verzekeringsplichtigen in bijberoep dat bijdrageplichtig was tegen het tarief van een "
    "verzekeringsplichtige in hoofdberoep en dat als dusdanig pensioenrechten opbouwde.Tabel "
    "1:2016201714402-10-659-nl-fr-1\n      Bijna de helft van het aantal verzekeringsplichtige bijberoepers is "
    "tewerkgesteld in de sector van de vrije beroepen. 2. Gemiddeld blijven zij vier jaar in dit statuut."
)


def test_years_of_the_sentence_announcing_a_table_are_those_it_holds():
    flags = flags_by_unit(be_doc(Q185762, A185762, date_tabled="2017-01-27"), SETTINGS)
    assert "breakdown_missing" in flags["1"]


def test_table_announced_with_every_year_asked_gives_them():
    every = A185762.replace("(2011 tot 2015)", "(2011 tot 2016)")
    flags = flags_by_unit(be_doc(Q185762, every, date_tabled="2017-01-27"), SETTINGS)
    assert "breakdown_missing" not in flags["1"]
