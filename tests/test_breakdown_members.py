"""breakdown_missing: a split into the members a question names after its split word ("Graag een
opsplitsing tussen het aantal aangevraagde en toegestane afwijkingen", "verdeeld over burgerlijke en
strafzaken", "split between mitigation, adaptation and nature"; ``[coverage] split_between``)
(breakdown13)."""

from __future__ import annotations

import pytest

from qa_align.analyze import analyze_question
from qa_align.coverage import MEMBERS, asked
from qa_align.segment import inline_parts
from qa_align.types import Question

from .test_breakdown2 import _nl_flags


def _members(text: str, language: str = "nl") -> list[str]:
    unit = inline_parts(Question(start=0, end=len(text), text=text))
    return [
        d.name[len(MEMBERS) :]
        for d in asked(unit, analyze_question(unit, language), language).dimensions
        if d.name.startswith(MEMBERS)
    ]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Om hoeveel afwijkingen gaat het? Graag een opsplitsing tussen het aantal aangevraagde en "
            "toegestane afwijkingen.",
            "nl",
            ["het aantal aangevraagde|toegestane afwijkingen"],
        ),
        (
            "Hoeveel dossiers werden behandeld, verdeeld over burgerlijke en strafzaken?",
            "nl",
            ["burgerlijke|strafzaken"],
        ),
        # a list of three, then a clause of its own after a comma: the list ends with the member after "en"
        (
            "Hoeveel meldingen kwamen er binnen, met een opdeling tussen Vlaanderen, Wallonie en Brussel, vanaf "
            "januari 2015?",
            "nl",
            ["Vlaanderen|Wallonie|Brussel"],
        ),
        # a second list after "en tussen" is another split, not a member of the first
        (
            "Hoeveel mandaathouders zijn er? Graag de verdeling tussen Nederlands- en Franstaligen en tussen "
            "mannen en vrouwen.",
            "nl",
            ["Nederlands-|Franstaligen"],
        ),
        # one member: no split ("een betere verdeling tussen werknemers")
        ("Hoeveel kost een betere verdeling tussen werknemers?", "nl", []),
        (
            "To ask the Secretary of State, how much funding was allocated in 2024, split between mitigation, "
            "adaptation and nature.",
            "en",
            ["mitigation|adaptation|nature"],
        ),
        # lettered members are the unit's parts, read as parts
        (
            "To ask the Secretary of State, how much was spent, broken down between the (a) daily living and "
            "(b) mobility component.",
            "en",
            [],
        ),
    ],
)
def test_the_members_a_split_names(text, language, expected):
    assert _members(text, language) == expected


def test_a_split_into_members_not_given_is_missing():
    # be-kamer 192664 question 2 (dev-be11 reads breakdown_missing and figures_missing): a share is no
    # count, and neither member is named
    question = (
        "Onderwerp.\n\n 1. Om hoeveel afwijkingen gaat het tussen april 2017 en nu? Graag een opsplitsing tussen "
        "het aantal aangevraagde en toegestane afwijkingen."
    )
    answer = "Tussen 1 januari 2017 en 30 september 2017 zijn 98 % van de vluchten vanaf de baandrempel opgestegen."
    assert _nl_flags(question, answer) == {"1": ["breakdown_missing", "figures_missing"]}


def test_a_split_into_members_given_in_words_is_not_missing():
    # be-kamer 187050 question 7 (shortened): each member named by a word of its own beside its figure
    question = (
        "Onderwerp.\n\n 1. Hoeveel dossiers zijn er nog in behandeling? Graag een opsplitsing tussen aanvragen "
        "tot humanitaire regularisatie (9bis) en medische regularisatie (9ter)."
    )
    answer = (
        "De werkreserve telde eind augustus 2017 1.477 in onderzoek zijnde dossiers 9bis en 876 in onderzoek "
        "zijnde dossiers 9ter."
    )
    assert _nl_flags(question, answer) == {"1": []}


def test_a_split_into_members_with_one_member_given_is_missing():
    question = (
        "Onderwerp.\n\n 1. Hoeveel ongevallen werden er in 2016 geregistreerd? Graag een opsplitsing tussen "
        "lichte en zware ongevallen."
    )
    answer = "In 2016 werden 1.204 zware ongevallen geregistreerd."
    assert _nl_flags(question, answer) == {"1": ["breakdown_missing"]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # uk-commons writes financial years with an en dash as often as with a hyphen (136 questions)
        (
            "To ask the Secretary of State for Transport, what the net cost of onboard catering was in each "
            "financial year between 1995–96 and 2024–25.",
            [("range", 1995, 2024)],
        ),
        (
            "To ask the Chancellor, how much was spent in each year from 2019–20 to 2023–24.",
            [("range", 2019, 2023)],
        ),
        (
            "To ask the Chancellor, how much was spent in each year from 2019-20 to 2023-24.",
            [("range", 2019, 2023)],
        ),
    ],
)
def test_a_financial_year_with_an_en_dash_bounds_a_period(text, expected):
    unit = inline_parts(Question(start=0, end=len(text), text=text))
    periods = asked(unit, analyze_question(unit, "en"), "en").periods
    assert [(x.kind, x.first, x.last) for x in periods] == expected
