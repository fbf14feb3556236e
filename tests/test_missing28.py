"""A unit after the last of several answer heads: the last segment serves it where that segment
shares two content words or more with it that no other unit asks (helper missing28, session 28;
`corpus/gold/README.md`, readings22 reading 3: "3." serves units 3 and 4 where there is no "4.",
be-kamer 188377), and none serves it otherwise (be-kamer 188767, 189762: `missing_answer`).
Expected values read off the text."""

from .conftest import vlaams_pairs

QUESTIONS = """1. Welke pillen zijn er beschikbaar voor vrouwen die borstvoeding geven?
2. Worden al die pillen op dezelfde wijze terugbetaald?
3. Waarom worden ze op een andere manier terugbetaald dan de klassieke anticonceptiepil?
4. Waarom verschilt de terugbetaling ervan afhankelijk van de leeftijd van de patient?
"""


def _pairs(question: str, answer: str) -> list[tuple[str, str]]:
    return vlaams_pairs(question, answer, "Terugbetaling van anticonceptie")


def test_the_last_segment_serves_a_unit_after_it_that_it_speaks_of_in_that_units_own_words():
    # be-kamer 188377: "3." goes on to why the reimbursement differs with the age ("verschilt",
    # "afhankelijk van"), words no other question asks
    answer = (
        "1. De minipil op basis van desogestrel en de minipil op basis van levonorgestrel.\n"
        "2. Voor al deze pillen is een complementaire vergoeding voorzien voor vrouwen jonger dan 21 jaar.\n"
        "3. Deze pillen hebben geen ander vergoedingsstatuut dan andere pillen. De vergoeding verschilt "
        "omdat de lijst van 2013 enkel geldt voor vrouwen jonger dan 21 jaar; ze is dus afhankelijk van "
        "de inschrijving door het bedrijf.\n"
    )
    assert _pairs(QUESTIONS, answer) == [("1", "1"), ("2", "2"), ("3", "3"), ("4", "3")]


def test_one_word_of_that_unit_alone_leaves_it_to_none():
    # be-kamer 189762: "rusttijden" in Belgium under "2." to a question on the neighbouring countries
    question = (
        "1. Wat is de stand van zaken betreffende de aanbevelingen voor dienstroosters van treinbestuurders?\n"
        "2. Welke controles zijn er op de spoorwegoperatoren en door wie worden die uitgevoerd?\n"
        "3. Wat is de regelgeving rond rij- en rusttijden voor treinbestuurders in onze buurlanden?\n"
    )
    answer = (
        "1. De aanbevelingen over de dienstroosters worden toegepast.\n"
        "2. De bepalingen inzake rusttijden van de treinbestuurders worden strikt opgevolgd door de "
        "directie en de vertegenwoordigers van het personeel.\n"
    )
    assert _pairs(question, answer) == [("1", "1"), ("2", "2"), ("3", "")]


def test_words_the_other_units_ask_too_leave_it_to_none():
    # be-kamer 188767: "3." speaks of Guinee, as every question does; nothing on a red line. Unit 4
    # adapted (review28) to name "veiligheid" as unit 3 does: two words shared with "3.", both asked
    # by another unit, so that the case holds only where those words are left out
    question = (
        "1. Blijft u overtuigd dat de democratisering in Guinee een realistische mogelijkheid is?\n"
        "2. Hoe wordt de rechtenbenadering concreet ingevuld in partnerland Guinee?\n"
        "3. Hoe verhoudt zich uw beleidsaccent van vrede en veiligheid tot de toestand in Guinee?\n"
        "4. Kan u aangeven wat voor u de rode lijn is in Guinee inzake veiligheid, zoals die er was in Burundi?\n"
    )
    answer = (
        "1. De politieke spanningen in Guinee konden worden getemperd door het akkoord van 12 oktober 2016.\n"
        "2. De naleving van de mensenrechten in Guinee wordt nauw opgevolgd door onze ambassade.\n"
        "3. Het gevoel van onveiligheid in Guinee is te wijten aan het onvermogen van de veiligheidsdiensten. "
        "De hervorming van de veiligheidsdiensten wordt ondersteund door de Verenigde Naties.\n"
    )
    assert _pairs(question, answer)[3] == ("4", "")
