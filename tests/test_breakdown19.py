"""breakdown_missing (breakdown19): a sentence that refuses a split the unit does not ask refuses none of the
unit's (dev-be27 186382 1); the title of a document the question names asks no split (dev-uk30 1668359); a
year asked that a sentence saying figures are not held names is missing beside a table placeholder."""

from __future__ import annotations

from qa_align.analyze import analyze_question
from qa_align.coverage import asked
from qa_align.pipeline import score_document
from qa_align.readers.uk_commons import read_record as uk_record
from qa_align.settings import Settings
from qa_align.types import Question

from .test_breakdown2 import _nl_flags

# dev-be27 186382 1: the regional split asked stands in the table (its placeholder), the refusal is of a split by
# the victim's profession, which the question does not ask (read answered on the split; figures_missing aside)
AGRESSIE = (
    "Agressie tegen artsen. 1. Hoeveel gevallen van agressie tegen een arts werden er de voorbije drie jaar "
    "gemeld? Kunt u dit aantal opsplitsen per Gewest?"
)
AGRESSIE_ANSWER = (
    "1. De onderstaande tabel geeft het aantal door de politiediensten geregistreerde feiten inzake "
    '"opzettelijke slagen en/of verwondingen aan een ambulancier, een apotheker of een lid van '
    'medisch/paramedisch personeel" weer op gewestelijk en nationaal niveau voor de jaren 2013-2015. Op basis '
    "van de informatie aanwezig in de ANG is het echter niet mogelijk om een verdere uitsplitsing te geven in "
    "functie van het beroep van het slachtoffer.2016201714612-3-1951-fr-nl-1"
)


def test_a_refusal_of_another_split_leaves_the_one_asked_given():
    assert "breakdown_missing" not in _nl_flags(AGRESSIE, AGRESSIE_ANSWER)["1"]


def test_a_refusal_of_the_split_asked_in_another_noun_of_its_dimension_stands():
    # be-kamer 189887 (dev-be13): "per regio" refuses the split by Gewest the question asks
    question = "Treinabonnees. 1. Graag een regionale verdeling van het aantal treinabonnees per Gewest."
    answer = (
        "1. Alle statistieken bevinden zich op het nationaal niveau en worden dan ook niet opgedeeld per regio."
        "2016201714612-3-1951-fr-nl-1"
    )
    assert "breakdown_missing" in _nl_flags(question, answer)["1"]


def test_a_refusal_of_a_split_per_year_stands_where_years_are_asked():
    # dev-be17 185387 7: the years listed are asked one by one, and "per jaar" refuses them, whatever the table
    question = (
        "Graffiti. 1. Hoeveel van de geregistreerde schade werd in 2012, 2013, 2014, 2015 en 2016, per Gewest, "
        "door de daders terugbetaald?"
    )
    answer = (
        "1. De bedragen die de daders terugbetaalden, zijn als volgt.2016201714241-13-2059-bil-4 Er kan geen "
        "opsplitsing per jaar gegeven worden vermits het invorderingspercentage voortdurend verandert naarmate "
        "de lopende dossiers vorderen."
    )
    assert "breakdown_missing" in _nl_flags(question, answer)["1"]


# dev-uk30 1668359: "by sex, age band and department" is the title of the Cabinet Office statistics the question
# names; it asks the headcount on three dates, which the answer's table gives
HEADCOUNT = (
    "To ask the Secretary of State for Justice, with reference the 7,070 total headcount figure for permanent "
    "civil servants excluding agency workers working for his Department as of 31 March 2023, as detailed in "
    "Cabinet Office statistics entitled Permanent and temporary civil servants by sex, age band and department: "
    "2023, published on 31 October 2023, what that figure was on 31 March (a) 2011, (b) 2016 and (c) 2020."
)
HEADCOUNT_ANSWER = (
    "<p>Headcount of Permanent and Temporary Civil Servants in Ministry of Justice (MOJ) HQ as at 31 March 2023, "
    "2020, 2016 and 2011.</p><table><tr><td>Year</td><td>Permanent</td><td>Temporary</td><td>Total</td></tr>"
    "<tr><td>2023</td><td>7070</td><td>60</td><td>7130</td></tr><tr><td>2020</td><td>4430</td><td>70</td>"
    "<td>4500</td></tr><tr><td>2016</td><td>2830</td><td>35</td><td>2865</td></tr><tr><td>2011</td><td>4585</td>"
    "<td>90</td><td>4675</td></tr></table>"
)


def _uk(question: str, answer: str) -> list[str]:
    settings = Settings(rules=("breakdown_missing", "figures_missing"), recycled_across_documents=False)
    (sp,) = score_document(
        uk_record({"id": 1, "questionText": question, "answerText": answer}, "t"), settings
    )
    return sorted(f.name for f in sp.flags)


def test_a_title_the_question_names_asks_no_split():
    assert _uk(HEADCOUNT, HEADCOUNT_ANSWER) == []


def test_the_title_words_are_not_asked_but_the_question_s_own_split_is():
    unit = Question(0, len(HEADCOUNT), HEADCOUNT)
    a = asked(unit, analyze_question(unit, "en"), "en")
    assert not any("sex" in r.cue.text for r in a.dimensions)
    # the same words outside a title ask the split
    own = "To ask the Secretary of State for Justice, how many permanent civil servants worked in his Department on 31 March 2023, by sex."
    mine = Question(0, len(own), own)
    b = asked(mine, analyze_question(mine, "en"), "en")
    assert any("sex" in r.cue.text for r in b.dimensions)


# be-kamer 187315 1 (outside the labelled sets): the table (its placeholder) holds 2011 to 2015, and the answer
# says 2016, asked, is not available: 2016 is missing whatever the table holds
WERKSTRAF = (
    "Werkstraffen. 1. Hoeveel werkstraffen werden opgelegd per gerechtelijk arrondissement in de jaren 2012, 2013, "
    "2014, 2015 en 2016?"
)
WERKSTRAF_TABLE = (
    "1. In onderstaande tabel wordt een overzicht gegeven van het aantal veroordelingen tot werkstraffen per ressort "
    "en dit voor de jaren 2011 tot en met 2015, zoals deze eveneens kunnen worden geraadpleegd op de website van de "
    "Dienst Strafrechtelijk Beleid."
)


def test_a_year_asked_said_not_available_is_missing_beside_a_table():
    answer = f"{WERKSTRAF_TABLE} De cijfers voor 2016 zijn nog niet beschikbaar.2016201714993-6-1756-fr-nl-1"
    assert "breakdown_missing" in _nl_flags(WERKSTRAF, answer)["1"]


def test_a_table_with_no_year_said_unavailable_gives_the_years():
    answer = f"{WERKSTRAF_TABLE}2016201714993-6-1756-fr-nl-1"
    assert "breakdown_missing" not in _nl_flags(WERKSTRAF, answer)["1"]
