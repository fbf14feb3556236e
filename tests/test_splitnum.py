"""The sentence splitter does not cut inside a number: a thousands dot or decimal point between
digits ("1.487", "£109.4 million"), nor the Belgian Chamber's figure cut after its first group
("1. 045.551,71 euro"); a full stop that ends a sentence before a number still ends it."""

import pytest

from qa_align.text import sentences

from .test_rules import _figures_missing_of_one_unit


def _texts(text: str, language: str = "nl") -> list[str]:
    found = sentences(text, language)
    assert all(text[a:b] == s for a, b, s in found)
    return [s for _, _, s in found]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("In 2016 werden 1.487 aanvragen ingediend.", "nl"),
        ("Het totale bedrag van de terugvorderingen bedroeg 799.496,68 euro.", "nl"),
        ("Sinds 2010 werden 213.730 voertuigen ingeschreven.", "nl"),
        ("The scheme cost £109.4 million in 2019.", "en"),
        # the Chamber's records cut a figure after its first group: one, two or three digits
        ("De huurprijs bedraagt 1. 045.551,71 euro per jaar.", "nl"),
        ("In 2016 werd 131. 414.367 euro aan leefloon terugbetaald.", "nl"),
        ("Het bedrag (1. 200 euro) werd betaald.", "nl"),
        ("Belgische bijdrage: 2. 000.000 euro.", "nl"),
    ],
)
def test_a_figure_is_not_cut(text, language):
    assert _texts(text, language) == [text]


def test_figures_in_a_list_keep_their_separators():
    text = "Bedragen per jaar:- 2015: 1. 600.149;- 2016: 51. 338.926,07 euro; totaal 52. 939.075 euro."
    assert _texts(text) == [
        "Bedragen per jaar:- 2015: 1. 600.149;",
        "- 2016: 51. 338.926,07 euro;",
        "totaal 52. 939.075 euro.",
    ]


def test_a_sentence_that_ends_before_a_number_still_ends():
    assert _texts("Er waren 12 dossiers in 2016. 45 dossiers werden afgesloten.") == [
        "Er waren 12 dossiers in 2016.",
        "45 dossiers werden afgesloten.",
    ]
    # a figure's last group ends a sentence ("57. 000."), the next starts with a number
    assert _texts("In 2016 zelfs 57. 000. 63.900 daarvan werden betaald.") == [
        "In 2016 zelfs 57. 000.",
        "63.900 daarvan werden betaald.",
    ]
    # a full stop after a figure, a capital after it: two sentences run together
    assert _texts("Op 31. 324.U stelde de vraag.") == ["Op 31. 324.", "U stelde de vraag."]


def test_a_number_after_a_sentence_or_at_a_line_start_is_a_head():
    # "2." after a sentence opens an answer (as segment.py reads it), "221" is its figure
    assert _texts("Er werden 400 dossiers onderzocht. 2. 221 dossiers waren ontvankelijk.") == [
        "Er werden 400 dossiers onderzocht.",
        "2.",
        "221 dossiers waren ontvankelijk.",
    ]
    assert _texts("Antwoord:\n1. 200 personen werden gehoord.") == [
        "Antwoord:",
        "1.",
        "200 personen werden gehoord.",
    ]


def test_abbreviations_and_addresses_as_before():
    assert _texts("Zie art. 3 van de wet. Het telt 1.487 woorden.") == [
        "Zie art. 3 van de wet.",
        "Het telt 1.487 woorden.",
    ]
    # with an address the splitter reads addresses whole: a figure is not cut there either
    assert _texts("Zie www.kbo.be: 1.487 ondernemingen. De rest 2. 345.000 euro.") == [
        "Zie www.kbo.be: 1.487 ondernemingen.",
        "De rest 2. 345.000 euro.",
    ]


# ------------------------------------------------ figures_missing: a figure's sentence no longer cut


def _figures_missing(question: str, answer: str) -> bool:
    return "figures_missing" in _figures_missing_of_one_unit(question, answer)


def test_an_amount_given_for_what_the_asked_thing_amounts_to_gives_it():
    # after be-kamer 192422: the rent is given in the Chamber's cut figure, in a sentence that names
    # "huur", not the counted "huurprijs"; "hoeveel bedraagt" asks what it amounts to, euro give it
    question = "Is dit gebouw staatseigendom? Zo niet, hoeveel bedraagt de huurprijs?"
    answer = (
        "Neen, het gaat om een gehuurd gebouw. De huur bedraagt 1. 045.551,71 euro per jaar, daarbij komt "
        "nog de onroerende voorheffing van 101.136,99 euro."
    )
    assert not _figures_missing(question, answer)
    # an amount of money for a count of things is no count ("Hoeveel agenten ...")
    assert _figures_missing(
        "Hoeveel agenten werden er vorig jaar aangeworven voor de federale politie?",
        "De huur van het gebouw bedraagt 1. 045.551,71 euro per jaar. Dat bedrag wordt jaarlijks "
        "geindexeerd. De werken aan de gevel werden in het voorjaar beëindigd.",
    )


def test_a_reflexive_pronoun_names_nothing_counted():
    # after be-kamer 192150: "zich" is no word of what is counted; "lijst", within the count's first
    # words once it is left out, names it in the answer's sentence
    question = "Hoeveel burgers hebben zich online op deze lijst ingeschreven?"
    answer = 'Op dit moment staan er 1. 172.967 Belgische telefoonnummers op de "Bel-me-niet-meer"-lijst.'
    assert not _figures_missing(question, answer)


def test_a_year_before_an_answers_head_run_on_ends_its_sentence():
    # be-kamer: the head "2" of the next answer run on the sentence's last year, no space between
    assert _texts("Dat is bepaald op 18 januari 2018.2 Ik ken de problematiek.") == [
        "Dat is bepaald op 18 januari 2018.",
        "2 Ik ken de problematiek.",
    ]
    # a decision's number after its year runs on: three digits
    assert _texts("Zie de voorafgaande beslissing nr. 2016.227 van 5 juli 2016.") == [
        "Zie de voorafgaande beslissing nr. 2016.227 van 5 juli 2016."
    ]
