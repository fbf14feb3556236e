"""breakdown_missing (breakdown14): a Chamber table code run into the year that ends its caption is the
table that stood there; a dimension named by an adjective before a split word ("een regionale opdeling",
"de regionale verdeling van inkomsten"); a split into the members named after "in respectievelijk" /
"voor respectievelijk"."""

from __future__ import annotations

import pytest

from qa_align.analyze import analyze_question
from qa_align.coverage import _PLACEHOLDER_AFTER_YEAR, MEMBERS, asked
from qa_align.segment import inline_parts
from qa_align.tables import PLACEHOLDER
from qa_align.types import Question

from .test_breakdown2 import _nl_flags


def _dimensions(text: str, language: str = "nl") -> list[str]:
    unit = inline_parts(Question(start=0, end=len(text), text=text))
    return [d.name for d in asked(unit, analyze_question(unit, language), language).dimensions]


@pytest.mark.parametrize(
    ("text", "after_year", "plain"),
    [
        # be-kamer 189887 (dev-be13): the caption's "oktober 2015" runs into the code
        (
            "gebaseerd op de jaarlijkse telling van de NMBS in oktober 20152016201715945-13-2287-bil Er dient",
            True,
            False,
        ),
        # be-kamer 186801: "volgens Gewest 2011-2015" runs into it
        ("Aantal aanvragen volgens Gewest 2011-20152016201714155-7-1402-bil-1", True, False),
        # a code after a word or a space is the plain placeholder's, not this one's
        ("voor alle federale overheidsorganisaties2016201714880-12-1076-fr-nl-1", False, True),
        ("Zie de tabel. 2016201714880-12-1076-fr-nl-1", False, True),
        # five digits before the code are no year: nothing read
        ("referentie 120152016201715945-13-2287-bil", False, False),
    ],
)
def test_a_table_code_run_into_a_year(text, after_year, plain):
    assert bool(_PLACEHOLDER_AFTER_YEAR.search(text)) is after_year
    assert bool(PLACEHOLDER.search(text)) is plain


def test_a_table_code_run_into_a_year_gives_the_breakdown():
    # be-kamer 189887 question 3 (dev-be13 reads it answered: the placeholder counts as given)
    question = "Onderwerp.\n\n 1. Wat is het aantal opstappende reizigers per Gewest?"
    answer = (
        "De NMBS communiceert de onderstaande tabel met het aantal opgestapte reizigers per dag en per Gewest. "
        "De cijfers zijn gebaseerd op de jaarlijkse telling van de NMBS in oktober 20152016201715945-13-2287-bil "
        "Er dient benadrukt te worden dat klanten kunnen opstappen in de trein in een regio en afstappen in een "
        "andere regio."
    )
    assert _nl_flags(question, answer) == {"1": []}
    # the same answer without its code gives no figure, so no split per Gewest
    bare = answer.replace("20152016201715945-13-2287-bil", "2015.")
    assert _nl_flags(question, bare) == {"1": ["breakdown_missing", "figures_missing"]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wat is de regionale verdeling van inkomsten uit vervoerbewijzen?", ["gewest"]),
        (
            "Hoeveel kraakpanden werden geregistreerd? Kan hierbij een provinciale opdeling worden gemaakt?",
            ["provincie"],
        ),
        (
            "Hoeveel klachten waren er? Is er zicht op de regionale spreiding van het aantal klachten?",
            ["gewest"],
        ),
        # the adjective alone asks nothing: "regionale luchthavens" is no split
        ("Hoeveel passagiers verwerkten de regionale luchthavens?", []),
        # "per Gewest" already asks it: one request, not two
        ("Hoeveel klachten per Gewest? Graag een regionale opdeling.", ["gewest"]),
        (
            "To ask the Secretary of State, how many schools closed in 2024; and if she will publish a regional breakdown.",
            ["region"],
        ),
    ],
)
def test_a_dimension_named_by_its_adjective(text, expected):
    language = "en" if text.startswith("To ask") else "nl"
    assert [d for d in _dimensions(text, language) if not d.startswith(MEMBERS)] == expected


def test_a_regional_split_refused_is_missing():
    # be-kamer 189887 question 2 (dev-be13 reads breakdown_missing, figures_missing, no_information)
    question = "Onderwerp.\n\n 1. Wat is de regionale verdeling van inkomsten uit vervoerbewijzen?"
    answer = (
        "De NMBS stelt geen statistieken op per Gewest. Alle statistieken bevinden zich op het nationaal niveau "
        "en worden dan ook niet opgedeeld per regio."
    )
    assert _nl_flags(question, answer) == {"1": ["breakdown_missing", "figures_missing"]}


def test_a_regional_split_given_by_two_regions_is_not_missing():
    question = "Onderwerp.\n\n 1. Hoeveel klachten werden in 2016 ingediend? Graag een regionale opdeling."
    answer = "In 2016 werden 120 klachten ingediend: 70 in Vlaanderen, 30 in Wallonie en 20 in Brussel."
    assert _nl_flags(question, answer) == {"1": []}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Wat is het aantal treinabonnees in respectievelijk het Vlaams, Waals en Brussels Hoofdstedelijk Gewest?",
            ["het Vlaams|Waals|Brussels Hoofdstedelijk Gewest"],
        ),
        (
            "Hoeveel aanvragen werden in 2016 ingediend in respectievelijk het Frans en het Nederlands?",
            ["het Frans|het Nederlands"],
        ),
        # years after it are a period, no members
        ("Hoeveel inbreuken stelde het BIPT vast in respectievelijk 2012, 2013 en 2014?", []),
    ],
)
def test_the_members_named_after_respectievelijk(text, expected):
    assert [d[len(MEMBERS) :] for d in _dimensions(text) if d.startswith(MEMBERS)] == expected


def test_members_after_respectievelijk_not_given_are_missing():
    # be-kamer 189887 question 1 (dev-be13 reads breakdown_missing)
    question = (
        "Onderwerp.\n\n 1. Wat is het aantal treinabonnees in respectievelijk het Vlaams, Waals en Brussels "
        "Hoofdstedelijk Gewest?"
    )
    answer = "Er zijn in totaal 250.000 treinabonnees."
    assert _nl_flags(question, answer) == {"1": ["breakdown_missing"]}
    given = "Er zijn 150.000 treinabonnees in het Vlaams Gewest, 60.000 in het Waals Gewest en 40.000 in het Brussels Gewest."
    assert _nl_flags(question, given) == {"1": []}


def test_the_first_three_quarters_of_a_year_asked_give_it_in_part():
    # be-kamer 189635 question 1 (dev-be13 reads breakdown_missing, as dev-be10 186546 1): the federal police's
    # "de eerste drie trimesters van 2016" for 2016 asked whole, beside a table placeholder
    question = (
        "Onderwerp.\n\n 1. Hoeveel diefstallen van boorddocumenten werden er gepleegd, respectievelijk voor de "
        "jaren 2014, 2015 en 2016?"
    )
    answer = (
        "De tabel hierna bevat het aantal door de politie geregistreerde feiten voor de jaren 2014-2015 en de "
        "eerste drie trimesters van 2016 op nationaal niveau.2016201715847-3-2135"
    )
    assert _nl_flags(question, answer) == {"1": ["breakdown_missing"]}
    whole = answer.replace("de eerste drie trimesters van 2016", "2016")
    assert _nl_flags(question, whole) == {"1": []}


def test_a_language_group_named_with_its_inflection_is_given():
    # be-kamer 189530 question 1: "1.240 Franstalige en 1.508 Nederlandstalige treinbestuurders"
    question = (
        "Onderwerp.\n\n 1. Hoeveel treinbestuurders zijn er momenteel? Graag een opsplitsing per taalgroep."
    )
    answer = "De NMBS telt momenteel 2.748 treinbestuurders, waarvan 1.240 Franstalige en 1.508 Nederlandstalige treinbestuurders."
    assert _nl_flags(question, answer) == {"1": []}
    assert _nl_flags(question, "De NMBS telt momenteel 2.748 treinbestuurders.") == {
        "1": ["breakdown_missing"]
    }


def test_a_split_refused_in_words_naming_the_dimension_by_another_noun():
    # be-kamer 184783 question 1: "opgesplitst naar land van herkomst" beside a table placeholder run into its
    # caption's year; the answer says the split per nationality cannot be given
    question = (
        "Onderwerp.\n\n 1. Hoeveel pogingen tot gedwongen repatriering werden ondernomen? Kunnen deze gegevens "
        "worden opgesplitst naar land van herkomst?"
    )
    answer = (
        "Overzicht van het aantal pogingen tot verwijdering in 20162016201714013-16-1004-bil Poging: een persoon "
        "wordt naar de luchthaven gebracht met het oog op zijn verwijdering. Deze informatie in tabelvorm "
        "presenteren voor alle nationaliteiten is niet mogelijk."
    )
    assert _nl_flags(question, answer) == {"1": ["breakdown_missing"]}
    # without the refusal the table counts as given
    table_only = answer.split(" Deze informatie")[0]
    assert _nl_flags(question, table_only) == {"1": []}
    # a negated sentence naming the noun with no data word refuses nothing
    other = table_only + " Niet elk land werkt even vlot mee."
    assert _nl_flags(question, other) == {"1": []}
