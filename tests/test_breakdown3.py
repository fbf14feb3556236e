"""breakdown_missing: a period asked year by year in the question's shared opening is asked of the
numbered units after it (breakdown3)."""

from __future__ import annotations

from qa_align.analyze import analyze_answer, analyze_question
from qa_align.coverage import asked, coverage, opening_dimensions, opening_periods
from qa_align.segment import inline_parts
from qa_align.types import AnswerSegment, Question

from .test_breakdown2 import _nl_flags

_OPENING = (
    "Ik verwijs naar uw antwoord op mijn mondelinge vraag over de aanwervingen bij de politie. "
    "Kan u voor 2015 en 2016, op jaarbasis, voor wat de Brusselse politiezones betreft, een aantal cijfers "
    "meegeven?\n1. Hoeveel aanwervingen van politiemensen werden aan uw diensten voorgelegd?\n"
    "2. Hoeveel daarvan waren niet conform de taalwet?"
)


def _flags(question: str, answer: str) -> dict[str, list[str]]:
    """breakdown_missing per unit (``test_breakdown2``'s scoring of a Chamber record, figures_missing left out)."""
    return {
        n: [f for f in flags if f == "breakdown_missing"] for n, flags in _nl_flags(question, answer).items()
    }


def test_years_asked_in_the_opening_are_asked_of_each_unit():
    # the opening asks 2015 and 2016 one by one for every count after it; the answer gives one figure for
    # both years together: neither year is given
    answer = (
        "1. In totaal werden 412 aanwervingen voorgelegd.\n"
        "2. Er werden 37 aanwervingen vastgesteld die niet conform de taalwet waren."
    )
    assert _flags(_OPENING, answer) == {"1": ["breakdown_missing"], "2": ["breakdown_missing"]}


def test_years_of_the_opening_given_leave_nothing_missing():
    answer = (
        "1. In 2015 werden 201 aanwervingen voorgelegd, in 2016 werden er 211 voorgelegd.\n"
        "2. In 2015 waren er 17 niet conform de taalwet, in 2016 waren dat er 20."
    )
    assert _flags(_OPENING, answer) == {"1": [], "2": []}


def test_an_opening_that_states_asks_no_period():
    # a statement of what was published each year asks nothing of the units
    opening = (
        "Voor de periode 2008 tot en met 2013 publiceerde de FOD jaarlijks een overzicht van de controles."
    )
    assert opening_periods(opening, "nl") == ()


def test_an_opening_request_asks_its_period_year_by_year():
    opening = (
        "Het jaarverslag vermeldt een reeks kerncijfers. Graag had ik dezelfde gegevens ontvangen voor de "
        "periode 2012-2016 (cijfers op jaarbasis). Meer bepaald zou ik de volgende gegevens willen ontvangen:"
    )
    assert [(x.kind, x.first, x.last, x.text) for x in opening_periods(opening, "nl")] == [
        ("range", 2012, 2016, "voor de periode 2012-2016")
    ]


_COSTS = (
    "To ask the Secretary of State, whether he has made an estimate of the potential costs of (a) a mayoral "
    "election and (b) the annual running of a mayoral office including staffing."
)


def test_parts_after_the_amount_asked_are_its_parts():
    unit = inline_parts(Question(start=0, end=len(_COSTS), text=_COSTS))
    assert [x.label for x in asked(unit, analyze_question(unit, "en"), "en").parts] == ["a", "b"]


def test_a_part_of_the_amount_the_answer_gives_nothing_for_is_missing():
    # the answer speaks of the election's cost (borne locally) and gives a fund's amount; nothing of the
    # running of the office
    answer = (
        "The cost of an election is borne locally by the authority. My department will provide "
        "2 million pounds of Mayoral Capacity Funding over the next three years."
    )
    assert _gaps_en(_COSTS, answer) == ["part (b): no answer"]


def test_parts_after_what_is_assessed_are_no_amount_parts():
    # an assessment of (a) ... (b) ... asks no figure of its parts
    question = (
        "To ask the Secretary of State, what assessment he has made of the effectiveness of (a) the "
        "mayoral election and (b) the mayoral office."
    )
    unit = inline_parts(Question(start=0, end=len(question), text=question))
    assert asked(unit, analyze_question(unit, "en"), "en").parts == ()


def test_figures_measured_without_a_count_word_are_asked_per_year():
    # "arbeidsongevallencijfers" (a compound of "cijfers") for years listed: figures per year asked; the answer
    # holds no data and gives no year
    question = "Kunt u ons de arbeidsongevallencijfers van 2014, 2015 en 2016 meedelen voor de ambtenaren bij de FOD's?"
    answer = "Wij beschikken niet over gegevens op basis waarvan we een antwoord kunnen geven."
    assert _flags(question, answer) == {"1": ["breakdown_missing"]}


def test_money_asked_per_year_with_a_stop_word_before_it_asks_figures():
    question = (
        "To ask the Secretary of State, what is the annual cost to the public purse of her Department's "
        "expenditure on IT infrastructure for each year since 2010."
    )
    unit = Question(start=0, end=len(question), text=question)
    got = asked(unit, analyze_question(unit, "en"), "en")
    assert [c.text for c in got.quantities] == ["cost"]


def test_money_that_was_acted_on_is_no_quantity_asked():
    # the dates are asked; "funding" is what was released, a verb before it
    question = (
        "To ask the Minister, if he will publish the dates when (a) his Department and (b) other Government "
        "departments released funding for the Agency in each of the last 10 years."
    )
    unit = Question(start=0, end=len(question), text=question)
    assert asked(unit, analyze_question(unit, "en"), "en").quantities == ()


def test_a_yearly_figure_over_a_period_asks_each_year():
    # "de jaarlijkse opbrengst ... voor de periode 2012-2016": each year's yield; the answer gives rates
    # for 2012 and from 2015 on only
    question = (
        "Kunt u een overzicht geven van de jaarlijkse opbrengst van die fondsen voor de periode 2012-2016?"
    )
    answer = "In 2012 was de interestvoet 5 %, vanaf 2015 en in 2016 4,2 %."
    unit = Question(start=0, end=len(question), text=question)
    seg = AnswerSegment(start=0, end=len(answer), text=answer)
    cov = coverage(unit, analyze_question(unit, "nl"), (analyze_answer(seg, "nl"),), "nl", year=2017)
    assert [str(g) for g in cov.gaps] == ["asks 2013–2014: not given"]


def test_each_year_of_a_named_period_asks_a_figure_per_year():
    # the Spending Review's years are not named; averages for the period give no year
    question = (
        "To ask the Secretary of State, what is the planned spending on asylum accommodation in each year of "
        "the Spending Review period."
    )
    answer = "Average spending over the Spending Review period is planned at 2.1 billion pounds."
    assert _gaps_en(question, answer) == ["asks each year: not given"]


def test_a_yearly_figure_asks_no_breakdown():
    question = (
        "To ask the Secretary of State, what is the planned spending on asylum accommodation each year."
    )
    answer = "Spending is planned at 2.1 billion pounds."
    assert _gaps_en(question, answer) == []


def _gaps_en(question: str, answer: str) -> list[str]:
    unit = inline_parts(Question(start=0, end=len(question), text=question))
    seg = AnswerSegment(start=0, end=len(answer), text=answer)
    cov = coverage(unit, analyze_question(unit, "en"), (analyze_answer(seg, "en"),), "en", year=2025)
    return [str(g) for g in cov.gaps]


_PER_GROUP = (
    "De gratieverzoeken. Overeenkomstig artikel 110 van de Grondwet kan de koning straffen kwijtschelden."
    "Kunt u voor 2016 per taalgroep meedelen:1. hoeveel genadeverzoeken er werden ingediend;"
    "2. hoeveel daarvan werden ingewilligd?"
)


def test_a_dimension_the_opening_asks_before_its_colon_is_asked_of_each_unit():
    # dev-be10 187483: "Kunt u voor 2016 per taalgroep meedelen:" before the list; the answer gives the counts
    # for 2016, none per language group
    assert opening_dimensions(_PER_GROUP.split("1. ")[0], "nl")[0].cue.text == "per taalgroep"
    answer = (
        "1. In het jaar 2016 werden 663 genadeverzoeken ingediend. 2. Er werden 41 verzoeken ingewilligd."
    )
    assert _flags(_PER_GROUP, answer) == {"1": ["breakdown_missing"], "2": ["breakdown_missing"]}


def test_a_dimension_of_the_opening_given_leaves_nothing_missing():
    answer = (
        "1. In 2016 dienden 400 Nederlandstaligen en 263 Franstaligen een genadeverzoek in. "
        "2. Van 25 Nederlandstaligen en 16 Franstaligen werd het verzoek ingewilligd."
    )
    assert _flags(_PER_GROUP, answer) == {"1": [], "2": []}


def test_an_opening_that_ends_in_a_sentence_asks_no_dimension_of_the_units():
    # the split stands in a statement, not in a lead that runs into the list
    opening = "De cijfers per taalgroep werden vorig jaar gepubliceerd. Ik heb de volgende vragen."
    assert opening_dimensions(opening, "nl") == ()


_PER_UNION = (
    "Vakbondstoelagen bij de NMBS. Bij de NMBS ontvangen de vakbonden een toelage. "
    "Hoeveel bedroegen de toelagen voor de vakbonden in 2015 en in 2016, en wat was de toelage per vakbond?"
)


def test_a_split_asked_that_the_answer_names_and_negates_is_missing():
    # dev-be10 189189: the totals of both years given, "De toelage per vakbond kan niet gespecifieerd worden."
    answer = (
        "In 2015 bedroeg de dotatie 5.586.355 euro. In 2016 bedroeg de dotatie 4.495.728 euro. "
        "De toelage per vakbond kan niet gespecifieerd worden."
    )
    assert _flags(_PER_UNION, answer) == {"1": ["breakdown_missing"]}


def test_a_split_named_in_a_sentence_that_negates_something_else_is_not_refused():
    # "geen" before a word that is no data word ("geen weerspiegeling") says nothing of the split's figures
    answer = (
        "In 2015 bedroeg de dotatie 5.586.355 euro. In 2016 bedroeg de dotatie 4.495.728 euro. "
        "De ACOD ontving 2.100.000 euro, het ACV 1.900.000 euro en de VSOA 486.355 euro. "
        "De cijfers per vakbond zijn dus geen weerspiegeling van het aantal leden."
    )
    assert _flags(_PER_UNION, answer) == {"1": []}
