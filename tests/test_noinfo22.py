"""The cue classifier's missing data below its threshold for the rules, read by ``no_information`` alone
in a Dutch answer that gives the unit no figure and no table, in a sentence with a negation and a data
word (helper noinfo22, 2026-12-04; ``rules.answers.UNHELD_WITHOUT_FIGURES_MIN``). The negated sentences are
quoted from be-kamer-2017 records (named), the questions shortened and the figures beside them made up;
read with the classifier."""

from qa_align.settings import Settings

from .conftest import be_doc, flags_by_unit

LEARNED = Settings(rules=("no_information",), answered_model="none")


def be_flags(question: str, answer: str, settings: Settings = LEARNED) -> dict[str, set[str]]:
    """Each unit's flags, by unit number (conftest's ``flags_by_unit`` as sets)."""
    return {n: set(names) for n, names in flags_by_unit(be_doc(question, answer), settings).items()}


def test_no_database_kept_is_missing_data():
    # be-kamer 188201 (dev-be45): the readers' no_information; the classifier reads the sentences at
    # 0.40 and 0.57, under its threshold for the rules (0.75)
    flags = be_flags(
        "1. Hoeveel personen hebben in 2015 en 2016 de Belgische nationaliteit verworven door hun sociale "
        "integratie te bewijzen?",
        "De FOD Justitie beheert zelf geen databanken met betrekking tot de nationaliteitsverwervingen. De "
        "gevraagde informatie wordt bovendien niet opgenomen in het Rijksregister, noch verzameld op het "
        "niveau van het parket.",
    )
    assert flags["1"] == {"no_information"}


def test_a_caveat_beside_figures_given_is_no_missing_data():
    # the caveat of be-kamer 185892 (dev-be32, p 0.58) beside figures given: it qualifies them
    flags = be_flags(
        "1. Hoeveel diefstallen van fietsen werden er in 2016 geregistreerd?",
        "1. In 2016 werden 12.345 diefstallen van fietsen geregistreerd en 2.345 pogingen. Deze cijfers mogen "
        "niet bij elkaar worden opgeteld om dubbeltellingen te vermijden.",
    )
    assert "no_information" not in flags["1"]


def test_a_sentence_without_negation_is_no_missing_data():
    # be-kamer 184884 (dev-be10): the figures are in attached tables; the classifier reads 0.47
    flags = be_flags(
        "1. Hoeveel inbreuken werden er vastgesteld?",
        "1. In de bijgevoegde tabellen worden de gevraagde cijfers weergegeven.",
    )
    assert "no_information" not in flags["1"]


def test_a_caveat_on_figures_in_an_annex_is_no_missing_data():
    # be-kamer 190168 1 (outside the labelled sets): the counts are in an annex; read as missing data
    # before the answers that point elsewhere were left out
    flags = be_flags(
        "1. Hoeveel beroepen werden er de jongste vijf jaar tegen een OCMW-beslissing inzake leefloon ingesteld?",
        "1. Het aantal zaken dat in de jaren 2012 tot 2016 werd voorgelegd aan de arbeidsrechtbanken wordt in "
        "bijlage in tabelvorm weergegeven. Er dient te worden opgemerkt dat de cijfers in de tabellen automatisch "
        "uit de in de griffies gebruikte IT-applicatie (ARTT) zijn gehaald. Deze cijfers zijn niet gevalideerd "
        "door de griffies, maar de berekeningsregels aan de hand waarvan deze statistieken zijn gegenereerd, zijn "
        "wel gevalideerd.",
    )
    assert "no_information" not in flags["1"]


# review31: the condition added after noinfo22's last measurement (``[cues] not_allowing`` only beside a
# data source), pinned; expected verdicts decided by reading
TRAVELLERS = (
    "1. Hoeveel reizigers stappen dagelijks over in het station van Brussel-Noord? Graag een onderscheid tussen "
    "reizigers die er in- of uitstappen en overstappende reizigers."
)


def test_figures_that_allow_no_split_are_no_missing_data():
    # the caveat of reference-dev 190922 alone: it says the figures exist and cannot be split (a split
    # refused), not that the information is not available
    flags = be_flags(
        TRAVELLERS,
        "De cijfers laten niet toe om een onderscheid te maken tussen reizigers die in het station in- of "
        "uitstappen en overstappende reizigers.",
    )
    assert "no_information" not in flags["1"]


def test_a_database_that_allows_no_answer_is_missing_data():
    flags = be_flags(
        TRAVELLERS,
        "Het informaticasysteem van de NMBS laat niet toe om deze gegevens te extraheren.",
    )
    assert flags["1"] == {"no_information"}
