"""breakdown_missing: a split into the members a question names after its split word ("Graag een
opsplitsing tussen het aantal aangevraagde en toegestane afwijkingen", "verdeeld over burgerlijke en
strafzaken", "split between mitigation, adaptation and nature"; ``[coverage] split_between``)
(breakdown13)."""

from __future__ import annotations

import pytest

from qa_align.analyze import analyze_question
from qa_align.coverage import MEMBERS, asked
from qa_align.pipeline import score_document
from qa_align.readers.be_kamer import read_record as be_record
from qa_align.segment import inline_parts
from qa_align.settings import Settings
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


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a question word after the last "en" opens a clause of its own, no member (review14)
        (
            "Hoeveel dossiers werden geopend? Graag een opdeling tussen kort en lang verblijf en hoeveel zijn er "
            "geseponeerd.",
            "nl",
            ["kort|lang verblijf"],
        ),
        (
            "To ask the Secretary of State, how many cases were heard, split between England and Wales and how "
            "many staff were employed.",
            "en",
            ["England|Wales"],
        ),
        # another split after the members ends the list (be-kamer 192882)
        (
            "Hoeveel premies werden toegekend? Graag een opdeling tussen particulieren en bedrijven en een "
            "opdeling per gemeente.",
            "nl",
            ["particulieren|bedrijven"],
        ),
        # a period is no list of members
        ("Hoeveel klachten kwamen er, met een verdeling tussen januari 2015 en juni 2016?", "nl", []),
        (
            "Hoeveel klachten kwamen er, met een opsplitsing tussen 1 januari 2015 en 31 december 2016?",
            "nl",
            [],
        ),
        # a member with a year after it keeps its words before the year
        (
            "Hoeveel werknemers, met een opsplitsing tussen mannen en vrouwen in 2015?",
            "nl",
            ["mannen|vrouwen"],
        ),
    ],
)
def test_where_a_list_of_members_ends(text, language, expected):
    assert _members(text, language) == expected


def test_a_long_member_with_a_non_breaking_space_is_cut_to_three_words():
    # a member of more than six words is cut to its first three, whatever white space stands between them
    text = (
        "To ask the Secretary of State, how many cases there were, split between fraud and the\xa0cases which "
        "were handled at the police stations of the whole region."
    )
    assert _members(text, "en") == ["fraud|the\xa0cases which"]


def test_every_member_named_must_be_given():
    # three members asked, two given: the third is missing
    question = (
        "Onderwerp.\n\n 1. Hoeveel meldingen kwamen er in 2016 binnen? Graag een opdeling tussen Vlaanderen, "
        "Wallonie en Brussel."
    )
    answer = "In 2016 kwamen er 310 meldingen uit Vlaanderen en 245 meldingen uit Wallonie."
    assert _nl_flags(question, answer) == {"1": ["breakdown_missing"]}
    answer += " Uit Brussel kwamen er 120 meldingen."
    assert _nl_flags(question, answer) == {"1": []}


def test_a_reason_names_members_given_in_words():
    # the reason says what the answer gives in words, not the dimension's inner name (review14)
    question = (
        "Onderwerp.\n\n 1. Hoeveel ongevallen werden er in 2016 geregistreerd? Graag een opsplitsing per "
        "provincie en een opsplitsing tussen lichte en zware ongevallen."
    )
    answer = "In 2016 werden 1.204 zware ongevallen en 3.400 lichte ongevallen geregistreerd."
    rec = dict(doc_id="t", question=question, answer=answer, department="D", date_tabled="2017-03-01")
    settings = Settings(rules=("breakdown_missing",), recycled_across_documents=False)
    (sp,) = score_document(be_record(rec, "t"), settings)
    (flag,) = sp.flags
    assert flag.reason.startswith("asks per provincie: not given (it gives the members named: ")
    assert "members:" not in flag.reason
