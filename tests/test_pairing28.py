"""An answer whose only head is "1." serves with that segment a unit after it that one of its
sentences speaks of alone (helper pairing28, session 26; `corpus/gold/README.md`, readings22
reading 3), on the shape of be-kamer 185892: two numbered questions, one "1." that answers both.
`tests/test_align.py`'s "1. Er werden 1.250 aanvragen ingediend." to a second question on heat
pumps still leaves that one to none. Expected values read off the text."""

from .conftest import vlaams_pairs

QUESTIONS = """1. Wat is de stand van zaken in het onderzoek? Gaf het agentschap al een advies?
2. Indien het agentschap al een antwoord of advies formuleerde, wat is de inhoud daarvan?
3. Welke acties ondernamen u of uw diensten op basis van het verkregen advies?
"""


def _pairs(question: str, answer: str) -> list[tuple[str, str]]:
    return vlaams_pairs(question, answer, "Aromasprays tegen angst")


def test_a_lone_first_head_serves_a_unit_after_it_that_a_sentence_speaks_of():
    # be-kamer 185892: "1." and no other head to two questions; its tables 3 and 4 give the facts
    # "per type drugs" the second asks
    question = (
        "1. Kan u de cijfers geven van de delicten in Vlaanderen waarbij harddrugs een rol speelden voor de "
        "jaren 2014 tot en met 2016? Kan het overzicht worden opgedeeld per provincie?\n"
        "2. Kunnen de bovenstaande gegevens ook ingedeeld worden volgens soort harddrug (heroine, cocaine, "
        "lsd, ecstasy, enz.)?\n"
    )
    answer = (
        "De onderstaande gegevens bevatten cijfers tot en met 31 maart 2016.\n"
        "1. Tabel 1 bevat het aantal door de politiediensten geregistreerde feiten inzake drugs op het niveau "
        "van de provincies voor de jaren 2014-2015 en het eerste trimester van 2016. Tabel 3 bevat het aantal "
        "geregistreerde feiten op het niveau van de provincies. Deze gegevens worden weergegeven per type "
        "drugs.\n"
    )
    assert _pairs(question, answer) == [("1", "1"), ("2", "1")]


def test_with_a_second_head_a_unit_after_the_last_is_still_served_by_none():
    # be-kamer 188767: heads "1." to "3." to four questions, nothing on the fourth (missing_answer);
    # here "1." and "2." to three
    answer = (
        "1. Ik mocht tot op heden nog geen advies ontvangen van het agentschap.\n"
        "2. Er is dus nog geen inhoud die ik kan meedelen.\n"
    )
    assert _pairs(QUESTIONS, answer) == [("1", "1"), ("2", "2"), ("3", "")]


def test_a_lone_later_head_serves_no_unit_after_it():
    # a lone "2." numbers the second question: the third, after it, is served by none
    answer = "Het agentschap onderzoekt het dossier.\n2. Er is nog geen advies geformuleerd.\n"
    pairs = _pairs(QUESTIONS, answer)
    assert pairs[2] == ("3", "")


def test_a_lone_head_serves_no_later_unit_that_only_repeats_the_first_for_another_place():
    # be-kamer 192671: "1. a) ... 434 incidenten voor. b), c) en d) Zie tabel in bijlage." to two
    # questions of parts a) to e) each, one per stretch of the line: nothing on the second stretch
    question = (
        "1. a) Hoeveel incidenten deden zich voor op het gedeelte tussen Turnhout en Brussel? "
        "b) Waar precies deden de incidenten zich voor?\n"
        "2. a) Hoeveel incidenten deden zich voor op het gedeelte tussen Brussel en Binche? "
        "b) Waar precies deden de incidenten zich voor?\n"
    )
    answer = (
        "1. a) Tijdens de periode van 1 oktober 2016 tot 31 mei 2017 deden zich tussen Turnhout en Brussel "
        "434 incidenten voor.\nb) Zie tabel in bijlage.\n"
    )
    assert _pairs(question, answer) == [("1", "1"), ("2", "")]
