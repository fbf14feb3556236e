"""breakdown_missing (breakdown15): "de jongste vijf (indien mogelijk tien) jaar" as the last five years; a lettered part whose own
marker in the answer is followed by words alone; a placeholder's caption "sinds 2012" names the years after it."""

from __future__ import annotations

from qa_align.analyze import analyze_question
from qa_align.coverage import _patterns, _periods, asked
from qa_align.types import Question

from .test_breakdown2 import _nl_flags


def _asked(text: str):
    unit = Question(start=0, end=len(text), text=text)
    return asked(unit, analyze_question(unit, "nl"), "nl")


def test_the_last_years_with_a_wish_between():
    # be-kamer 185050 (dev-be8): the years asked first, "(indien mogelijk tien)" a wish beside them
    text = "het aantal processen-verbaal dat er de jongste vijf (indien mogelijk tien) jaar werd opgemaakt"
    periods = _periods(text, _patterns("nl", None))
    assert [(p.kind, p.count) for p in periods] == [("last", 5)]
    # without the wish, the same
    assert [p.count for p in _periods("de jongste vijf jaar", _patterns("nl", None))] == [5]


def test_a_part_marker_followed_by_words_alone_gives_nothing():
    # be-kamer 185265 3 (dev-be15): c) and d) are answered "dit is een gewestelijke bevoegdheid"
    question = (
        "Controles. 1. Hoeveel inbreuken werden in 2016 vastgesteld voor: a) het niet naleven van de rij- en "
        "rusttijden; b) het niet in orde zijn op technisch vlak en van de lading; c) het overtreden van de eisen "
        "in verband met afmetingen en massa bij uitzonderlijk vervoer?"
    )
    answer = (
        "1. Aantal in 2016 vastgestelde inbreuken: a) het niet naleven van de rij- en rusttijden: 2422. "
        "b) het niet in orde zijn op technisch vlak en van de lading: 538. c) het overtreden van de eisen in "
        "verband met afmetingen en massa bij uitzonderlijk vervoer: dit is een gewestelijke bevoegdheid."
    )
    flags = _nl_flags(question, answer)
    assert "breakdown_missing" in flags["1"]
    # every marker followed by its count: nothing missing
    given = answer.replace("dit is een gewestelijke bevoegdheid", "27")
    assert "breakdown_missing" not in _nl_flags(question, given)["1"]


def test_a_placeholder_caption_since_a_year_names_the_years_after_it():
    # be-kamer 187769 1 (corpus/gold dev): "sinds 2012" before the table's code holds 2012 to 2016
    question = (
        "Koperdiefstallen. 1. Hoe is het aantal koperdiefstallen in het Brussels Hoofdstedelijk Gewest sinds 2012 "
        "geevolueerd?"
    )
    answer = "1. Aantal koperdiefstallen in het Brussels Hoofdstedelijk Gewest sinds 2012:2016201715150-14-2198-nl-fr-1"
    assert _nl_flags(question, answer) == {"1": []}
    # be-kamer 184646 1: the caption runs over a semicolon, "(telkens op 31 december; 2017 op 16 februari)"
    question = "ANG. 1. Hoe is het aantal in de ANG opgenomen personen sinds 2010 geevolueerd?"
    answer = (
        "1. Sinds 2010 evolueerde het aantal personen geregistreerd in de ANG als volgt:(telkens op 31 december; "
        "2017 op 16 februari)2016201713959-3-1862-fr-nl-1 Het betreft geidentificeerde personen."
    )
    assert _nl_flags(question, answer) == {"1": []}


def test_a_period_in_brackets_after_another_is_a_wish():
    # be-kamer 188479 2 and 185842 2: the years in brackets are asked only if they can be had
    p = _patterns("nl", None)
    text = "hoe zijn de cijfers de voorbije vijf jaar (zo mogelijk de voorbije tien jaar) geevolueerd?"
    assert [(x.kind, x.count) for x in _periods(text, p)] == [("last", 5)]
    text = "Hoe is het aantal begunstigden sinds 2010 (of sinds 2004 indien die cijfers beschikbaar zijn) geevolueerd?"
    assert [(x.kind, x.first) for x in _periods(text, p)] == [("since", 2010)]
    # two periods side by side, no brackets: both asked
    assert len(_periods("in 2015 en 2016 en de voorbije vijf jaar", p)) == 2
    # the years that name the period before it are asked (be-kamer 186951 1)
    text = "Hoeveel klachten ontving de NMBS in de laatste twee jaren (2015 en 2016)?"
    assert [x.kind for x in _periods(text, p)] == ["last", "years"]


def test_an_overview_over_a_span_asks_it_year_by_year():
    # be-kamer 189516 1 (dev-be15): the total since 2010 gives no year of the overview asked
    question = (
        "Voertuigen. 1. Hoeveel voertuigen werden vanuit Duitsland ingevoerd met een vignet 705? Graag een overzicht "
        "vanaf 2010 tot op heden."
    )
    answer = (
        "1. Uit opzoekingen in de 705-applicatie is gebleken dat sedert 1 januari 2010 voor 213.730 uit Duitsland "
        "afkomstige voertuigen een vignet 705 werd afgeleverd."
    )
    assert _nl_flags(question, answer) == {"1": ["breakdown_missing"]}
    a = _asked("Hoeveel voertuigen werden ingevoerd? Graag een overzicht vanaf 2010 tot op heden.")
    assert a.per_year is not None and a.per_year.kind == "overview"
    # an overview with no span of years in its sentence asks no period ("Graag een overzicht van de maatregelen.")
    assert _asked("Welke maatregelen werden genomen? Graag een overzicht.").per_year is None
