"""breakdown_missing (breakdown27): a split asked by listing its values one by one.

Three or more values of one lexicon dimension listed in a sentence that asks figures ("in het Vlaams Gewest, het
Waals Gewest en het Brussels Hoofdstedelijk Gewest", dev-be22 189084 1) ask that dimension; lettered parts that the
answer names only all together, with one figure for them all ("thousands of civil and criminal compliance actions",
dev-uk42 1757798; "the South Basildon and East Thurrock constituency, delivered 53,376", dev-uk17 1884408), are not
given each."""

from __future__ import annotations

from qa_align.settings import Settings

from .conftest import be_doc, flags_by_unit, flags_of, uk_doc

SETTINGS = Settings(rules=("figures_missing", "breakdown_missing"), recycled_across_documents=False)


def _nl(question: str, answer: str) -> dict[str, list[str]]:
    return flags_by_unit(be_doc(question, answer, date_tabled="2017-04-28"), SETTINGS)


def _uk(question: str, answer: str) -> list[str]:
    return flags_of(uk_doc(question, answer), SETTINGS)


# dev-be22 189084 1 (its readers: the split per Gewest asked, said not held yet)
FINES = (
    "Hoeveel verkeersboetes werden er in 2016 opgelegd in het Vlaams Gewest, het Waals Gewest en het Brussels "
    "Hoofdstedelijk Gewest?"
)


def test_the_gewesten_listed_one_by_one_ask_a_split_per_gewest():
    answer = "In 2016 werden er in totaal 3.245.000 verkeersboetes opgelegd."
    assert "breakdown_missing" in _nl(FINES, answer)["1"]


def test_the_gewesten_listed_are_given_by_their_figures():
    answer = (
        "In 2016 werden er 1.800.000 verkeersboetes opgelegd in Vlaanderen, 1.000.000 in Wallonie en "
        "445.000 in Brussel."
    )
    assert _nl(FINES, answer) == {"1": []}


def test_two_values_named_ask_no_split():
    question = (
        "Hoeveel verkeersboetes werden er in 2016 opgelegd in het Vlaams Gewest en het Waals Gewest samen?"
    )
    answer = "In 2016 werden er in totaal 2.800.000 verkeersboetes opgelegd."
    assert _nl(question, answer) == {"1": []}


# dev-uk42 1757798 (its readers: "one figure for civil and criminal together; breakdown missing")
ACTIONS = (
    "To ask the Chancellor of the Exchequer, how many (a) civil and (b) criminal compliance actions has HMRC "
    "taken relating to tax offences in the procurement of Personal Protective Equipment."
)


def test_parts_named_together_with_one_figure_are_not_given_each():
    answer = "HMRC conducted 1,250 civil and criminal compliance actions relating to the procurement of PPE."
    assert "breakdown_missing" in _uk(ACTIONS, answer)


def test_parts_named_together_with_a_figure_each_are_given():
    answer = (
        "HMRC conducted 1,250 civil and 40 criminal compliance actions relating to the procurement of PPE."
    )
    assert _uk(ACTIONS, answer) == []


def test_parts_named_together_with_respectively_are_given():
    answer = "HMRC conducted 1,250 and 40 civil and criminal compliance actions respectively in this area."
    assert _uk(ACTIONS, answer) == []


# uk-commons 1660369, outside the labelled sets (read: a nil for both parts, answered)
MEETINGS = (
    "To ask the Secretary of State for Culture, Media and Sport, how many times (a) Ministers and (b) officials "
    "from her Department have met representatives from secondary ticketing websites in the last 12 months."
)


def test_a_nil_for_the_parts_named_together_is_given_for_each():
    answer = "Ministers and officials have had no meetings with either of the 2 resale platforms this year."
    assert "breakdown_missing" not in _uk(MEETINGS, answer)


# uk-commons 1661032, outside the labelled sets (read: a figure for each financial year, answered)
GRANTS = (
    "To ask the Secretary of State for Culture, Media and Sport, how much funding the National Trust received "
    "through competitive grant schemes in financial years (a) 2019-20, (b) 2020-21 and (c) 2021-22."
)


def test_years_written_another_way_are_no_parts_named_together():
    answer = (
        "Historic England funded National Trust through the following grants:\n"
        "FY 19/20 - £4,205,285 across three schemes\n"
        "FY 20/21 - £10,978,779 across seven schemes\n"
        "FY 21/22 - £6,873,014 across seven schemes"
    )
    assert "breakdown_missing" not in _uk(GRANTS, answer)


# uk-commons 1669232, outside the labelled sets: the last part runs on into the question ("(c) rape have resulted
# in charges"), and "sexual assault resulting in charges" names (a) alone
CHARGES = (
    "To ask the Secretary of State for Defence, how many cases of (a) sexual assault, (b) sexual harassment and "
    "(c) rape have resulted in charges against alleged perpetrators at RAF colleges."
)


def test_words_of_two_parts_with_no_joiner_between_are_no_parts_named_together():
    answer = (
        "During 2022, the Service Prosecuting Authority dealt with 4 cases of sexual assault resulting in charges "
        "against an alleged perpetrator. There were 2 charges relating to rape and 3 relating to sexual harassment "
        "in the same period."
    )
    assert "breakdown_missing" not in _uk(CHARGES, answer)


def test_three_gewesten_asked_together_ask_their_total_not_a_split():
    # review26: "samen" after the three values listed asks the total of them
    question = (
        "Hoeveel verkeersboetes werden er in 2016 in totaal opgelegd in het Vlaams Gewest, het Waals Gewest en het "
        "Brussels Hoofdstedelijk Gewest samen?"
    )
    answer = "In 2016 werden er in totaal 3.245.000 verkeersboetes opgelegd."
    assert _nl(question, answer) == {"1": []}


def test_parts_named_together_that_each_received_the_figure_are_given():
    # review26: "each" right after the two places gives the figure to each of them
    question = (
        "To ask the Secretary of State for Education, how many adult courses were delivered in (a) Basildon and "
        "(b) Thurrock in 2023."
    )
    answer = "Basildon and Thurrock each received 120 adult courses in 2023."
    assert "breakdown_missing" not in _uk(question, answer)
