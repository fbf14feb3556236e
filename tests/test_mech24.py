"""mech24: small readings left by the last rounds. The sentence splitter's marks that end no sentence
(a degree or paragraph sign the Belgian Chamber's records lost to "?", a character reference's
semicolon, a semicolon inside brackets)."""

from __future__ import annotations

from qa_align.text import sentences


def _texts(text: str, language: str) -> list[str]:
    return [s for _, _, s in sentences(text, language)]


# ------------------------------------------------------------------ the splitter's marks

# be-kamer-2017 185104, the answer: "1°, 2°, ..." of the law, its degree signs read "?"; one sentence (its
# first three items of nine)
SANCTIONS = (
    "Fedasil kan wel na een incident aan de betrokken persoon 9 soorten sancties opleggen: 1? formele "
    "verwittiging met vermelding in het sociaal dossier, 2? tijdelijke uitsluiting van deelname aan de "
    "activiteiten, 3? tijdelijke uitsluiting van gemeenschapsdiensten,"
)
# be-kamer-2017 185173 (dev-be3), the question: "punt 1°, 2° of 3°" is one question, the next is a request
POINTS = "Was dat omwille van punt 1?, 2? of 3? uit de wet? Graag een opsplitsing per jaar."
# be-kamer-2017 185202, the question: "66?" is a question's end before the head "b)"
LINE_66 = (
    "Of verandert er niets aan de rangeermogelijkheden op lijn 66?b) In welke mate overweegt Infrabel om "
    'dubbelspoor te realiseren over de volledige "driehoek van Kortrijk", de spoorinfrastructuur die gevormd '
    "wordt ter hoogte van de kruising van de lijnen 66, 69 en 75?"
)
# be-kamer-2017 184989, the answer: "artikel 61, § 1, eerste lid, 1°", both signs read "?"
ARTICLE = (
    "- wanneer de vreemdeling, rekening houdend met de resultaten, zijn studies op overdreven wijze verlengt "
    "(artikel 61, ? 1, eerste lid, 1?, Vreemdelingenwet);"
)
# be-kamer-2017 188982, the answer: the figure per year stands in brackets, separated by a semicolon
PER_YEAR = (
    "Voor de jaren 2014, 2015 en 2016 werden in totaal 1.894 (626 in 2016; 627 in 2015 en 643 in 2014) "
    "tuchtrechtelijke eindbeslissingen toegestuurd aan de Tuchtraad door de lokale politiezones en door de "
    "federale politie."
)
# uk-commons 1724121, the answer as the reader gives it: the source's "&amp;" left unread
TEMPEST = (
    "The UK expects to invest over £1.3 billion in the Future Combat Air System/Global Combat Air Programme and "
    "the associated Team Tempest R&amp;D programme, in the current financial year."
)


def test_a_degree_sign_read_as_a_question_mark_ends_no_sentence():
    assert _texts(SANCTIONS, "nl") == [SANCTIONS]


def test_a_degree_sign_before_a_comma_ends_no_sentence_but_the_question_mark_after_the_law_does():
    assert _texts(POINTS, "nl") == [
        "Was dat omwille van punt 1?, 2? of 3? uit de wet?",
        "Graag een opsplitsing per jaar.",
    ]


def test_a_question_mark_after_a_number_before_a_letters_head_still_ends_the_question():
    assert _texts(LINE_66, "nl") == [
        "Of verandert er niets aan de rangeermogelijkheden op lijn 66?",
        LINE_66[LINE_66.index("b) In") :],
    ]


def test_a_question_mark_after_a_year_still_ends_the_question():
    # be-kamer-2017 184524, the question (after its head "1.")
    first = "Hoeveel Limosa-aangiftes voor werknemers werden er ingediend in 2016?"
    second = (
        "Kan u uw antwoord opsplitsen per Gewest, per nationaliteit van de werknemer en per land van vestiging "
        "van de werkgever?"
    )
    assert _texts(f"{first} {second}", "nl") == [first, second]


def test_a_paragraph_sign_read_as_a_question_mark_ends_no_sentence():
    assert _texts(ARTICLE, "nl") == [ARTICLE]


def test_a_semicolon_inside_brackets_ends_no_sentence():
    assert _texts(PER_YEAR, "nl") == [PER_YEAR]
    # outside brackets it still ends one (tests/test_text.py: "Eerste zin;")
    assert _texts("626 in 2016; 627 in 2015", "nl") == ["626 in 2016;", "627 in 2015"]


def test_the_semicolon_of_a_character_reference_ends_no_sentence():
    assert _texts(TEMPEST, "en") == [TEMPEST]
