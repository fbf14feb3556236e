"""Missing data said by a negated verb of keeping, counting or working out, with the data as its object
(helper noinfo21, 2026-12-04). Answer sentences quoted from be-kamer-2017 records (named), the questions
shortened. Read with the lexicon alone (no cue classifier), so each test reads the phrase it names; the
`lacking` entries count beside a data word or the classifier's reading of missing data, so the test of one
of them without a data word reads with the classifier."""

from qa_align.settings import Settings

from .conftest import be_doc, flags_by_unit

LEXICON = Settings(rules=("no_information",), cue_model="lexicon", answered_model="none")
LEARNED = Settings(rules=("no_information",), answered_model="none")


def be_flags(question: str, answer: str, settings: Settings = LEXICON) -> dict[str, set[str]]:
    """Each unit's flags, by unit number (conftest's ``flags_by_unit`` as sets)."""
    return {n: set(names) for n, names in flags_by_unit(be_doc(question, answer), settings).items()}


def test_data_not_centralised_is_missing_data():
    # be-kamer 189408 (dev-be19): the sales per pharmacy asked are kept by each pharmacy alone
    flags = be_flags(
        "1. Hoeveel verpakkingen van dat geneesmiddel werden er in 2016 verkocht?",
        "1. Deze gegevens zijn eigen aan elke apotheek en worden niet gecentraliseerd.",
    )
    assert flags["1"] == {"no_information"}


def test_a_count_not_kept_is_missing_data():
    # be-kamer 191217 (dev-be9)
    flags = be_flags(
        "1. Hoeveel aanvragen tot vermindering werden er in 2016 ingediend?",
        "1. Van deze specifieke aanvragen tot vermindering is er geen telling beschikbaar.",
    )
    assert flags["1"] == {"no_information"}


def test_a_figure_that_cannot_be_worked_out_is_missing_data():
    # be-kamer 186487 and 189786
    flags = be_flags(
        "1. Wat is de kostprijs van het onderhoud van die voertuigen? 2. Hoeveel kost dat de schatkist?",
        "1. De volledige kostprijs kunnen wij niet bepalen, omdat er in de werkplaatsen van de federale politie "
        "geen onderscheid gemaakt wordt. 2. Deze cijfers kunnen niet door mijn administratie worden berekend.",
    )
    assert flags == {"1": {"no_information"}, "2": {"no_information"}}


def test_a_department_not_in_a_position_to_know_is_missing_data():
    # be-kamer 187885 (dev-be32) b): the readers' no_information, "a clear no"
    flags = be_flags(
        "1. Heeft Defensie inzicht op de uitstroom van de rekruten?",
        "1. Defensie is niet in de mogelijkheid om eventuele overlopingen van rekruten te evalueren.",
    )
    assert flags["1"] == {"no_information"}


def test_exact_figures_that_cannot_be_given_are_missing_data():
    # be-kamer 192209 (dev-be40): an estimate is given beside them, the exact figures are not
    flags = be_flags(
        "1. Hoeveel levens werden er dankzij de defibrillatoren gered?",
        "1. Hoewel er geen exacte cijfers gegeven kunnen worden, schat de zone in dat door deze manier van "
        "werken in 50 % van de gevallen levens gered werden.",
    )
    assert flags["1"] == {"no_information"}


def test_a_measure_not_introduced_is_no_missing_data():
    # be-kamer 189365: "niet ... ingevoerd" of a measure, no data named (`lacking`)
    flags = be_flags(
        "1. Zal de one-man car worden ingevoerd op de lijn Gent-Brugge?",
        "1. Ik wil u geruststellen over het feit dat de one-man car niet zal worden ingevoerd ten koste van de "
        "veiligheid van de reizigers.",
        LEARNED,
    )
    assert flags["1"] == set()


def test_data_not_entered_is_missing_data():
    # be-kamer 184884 (dev-be10): the same words with the data as their object
    flags = be_flags(
        "1. Hoeveel aanvragen tot nationaliteitsverwerving werden er in 2016 ingediend?",
        "1. Er bestaan geen globale cijfers over de aanvragen, omdat deze gegevens niet ingevoerd worden in het "
        "rijksregister door de gemeenten.",
    )
    assert flags["1"] == {"no_information"}
