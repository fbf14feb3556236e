"""breakdown_missing (breakdown21): a sentence that says a split asked with "per" cannot be given and opens a list
("Om verschillende redenen is het niet mogelijk om de cijfers per club en dus per afdelingen mee te delen: 1. De
supporterskeuze ...", dev-be30 189287) holds no figure: the number of the list's first item, which the sentence
splitter leaves at its end, is no figure of what was asked."""

from __future__ import annotations

from qa_align.analyze import analyze_answer, analyze_question
from qa_align.coverage import asked, opening_periods, splits_refused
from qa_align.types import AnswerSegment, Question

from .test_breakdown2 import _nl_flags

# dev-be30 189287 1 (its readers: "no count per club", breakdown_missing beside figures_missing)
CLUBS = (
    "Voetbal. 1. Kan u het aantal geregistreerde risicosupporters meedelen per club in eerste klasse A? Gelieve de "
    "cijfers te geven van 2015 tot en met 2017."
)
REASONS = (
    "1. De per jaar of per seizoen verzamelde cijfers maken geen onderscheid tussen de afdelingen. Om verschillende "
    "redenen is het niet mogelijk om de cijfers per club en dus per afdelingen mee te delen: 1. De supporterskeuze is "
    "geen vaststaand gegeven. 2. Een supporter kan voor verschillende clubs supporteren; 3. Een supporter kan zijn "
    "supporterskeuze veranderen; De cijfers per club zijn dus geen weerspiegeling van de realiteit."
)


def _refused(question: str, answer: str) -> list[str]:
    unit = Question(0, len(question), question)
    segment = AnswerSegment(0, len(answer), answer)
    return [
        x.text for _, _, x in splits_refused(unit, [analyze_answer(segment, "nl", cue_model="lexicon")], "nl")
    ]


def test_a_refusal_that_opens_a_numbered_list_refuses_the_split_per_club():
    said = _refused(CLUBS, REASONS)
    assert len(said) == 1
    assert said[0].startswith("Om verschillende redenen is het niet mogelijk om de cijfers per club")


def test_the_unit_asking_per_club_is_flagged_breakdown_missing():
    assert "breakdown_missing" in _nl_flags(CLUBS, REASONS)["1"]


def test_a_figure_inside_the_refusing_sentence_still_keeps_it_from_refusing():
    # "niet mogelijk ... per club ... voor 2016: 12 clubs": a figure stands in the sentence itself, so it is no
    # plain refusal (the rule's own reading of what is given weighs it)
    answer = "1. Het is niet mogelijk om de cijfers per club mee te delen voor meer dan 12 clubs: 1. De keuze wisselt."
    assert _refused(CLUBS, answer) == []


# breakdown21, second reading: figures ("cijfers", ``[coverage] series_words``) asked over the last years up to the
# question ask them year by year, as an overview over a span of years does (dev-be26 185051 1, dev-be31 190671)
FLUXYS = (
    "Kan Fluxys haar gegevens benchmarking met die van de ons omliggende landen vergelijken? Kan u ook hun cijfers "
    "opvragen en vergelijken met deze van Fluxys voor de laatste vijf jaar, uitgedrukt volgens de parameters van "
    "Marcogaz in % van verkocht gas?"
)
# dev-be19 185843 2: "sinds 2010" asks how a figure evolved since then; "cijfers" names what may be available
EVOLVED = (
    "Hoe is het aantal begunstigden van het sociaal tarief voor elektriciteit en/of aardgas sinds 2010 (of sinds 2004 "
    "indien die cijfers beschikbaar zijn) geevolueerd?"
)
# dev-be31 190671: the opening that the units "1. het aantal ontvangen bezwaarschriften; ..." continue
OBJECTIONS = (
    "Belastingplichtigen kunnen bij een geschil steeds een bezwaarschrift indienen. Dit is uiteraard gebonden aan een "
    "termijn waarbinnen dit bezwaarschrift moet ingediend zijn.Graag had ik u van u volgende cijfers ontvangen over "
    "de voorbije vijf jaar:"
)


def _per_year(text: str):
    unit = Question(0, len(text), text)
    return asked(unit, analyze_question(unit, "nl"), "nl").per_year


def test_figures_asked_for_the_last_five_years_are_asked_year_by_year():
    found = _per_year(FLUXYS)
    assert found is not None and found.text == "cijfers"


def test_figures_named_beside_a_span_since_a_year_ask_no_series():
    assert _per_year(EVOLVED) is None


def test_an_opening_asking_figures_over_the_last_five_years_asks_them_of_its_units():
    periods = opening_periods(OBJECTIONS, "nl")
    assert [p.text for p in periods] == ["voorbije vijf jaar"]


def test_a_unit_of_that_opening_answered_that_nothing_is_registered_misses_every_year():
    # 190671 3 (answer "3. tot 5."; its readers: "no count of late objections for any of the five years",
    # breakdown_missing beside figures_missing)
    question = f"Bezwaarschriften. {OBJECTIONS} 1. het aantal laattijdig ingediende bezwaarschriften;"
    answer = (
        "1. Het motief van onontvankelijkheid van een bezwaarschrift wordt niet statistisch geregistreerd."
    )
    assert "breakdown_missing" in _nl_flags(question, answer)["1"]


def test_figures_asked_how_they_evolved_over_the_last_years_ask_no_series():
    # be-kamer 192890 3: a trend over one period (the readers of dev-be17 187841 1 and dev-be19 185843 2 read
    # "de afgelopen vijf jaar ... geevolueerd" so)
    assert (
        _per_year("Hoe zijn die cijfers de afgelopen vijf (indien mogelijk tien) jaar geevolueerd?") is None
    )


def test_an_opening_asking_an_overview_of_the_audits_of_the_last_five_years_asks_no_series():
    # be-kamer 185142: the units after it ask the subject, the auditor and the cost of each audit, not each year
    opening = (
        "Kan u een overzicht geven van alle audits die Infrabel de afgelopen vijf jaar liet uitvoeren?Graag ontving "
        "ik voor elke auditopdracht de volgende gegevens:"
    )
    assert opening_periods(opening, "nl") == ()
