"""breakdown_missing (breakdown17): a unit that asks again the split or the figures of another unit ("volgens
de opdeling zoals gevraagd in vraag 2", "Graag dezelfde opsplitsing.", "Kunt u, ter vergelijking, dezelfde
cijfers geven voor de hele provincie Antwerpen?") asks that unit's dimensions and periods too."""

from __future__ import annotations

import pytest

from qa_align.analyze import analyze_question
from qa_align.coverage import asked, back_reference
from qa_align.segment import inline_parts
from qa_align.types import Question

from .test_breakdown2 import _gaps, _nl_flags


@pytest.mark.parametrize(
    ("text", "words", "number"),
    [
        # be-kamer 187485 question 4 (dev-be20): the split of question 2, named by its number
        (
            "Hoeveel werd aan leeflonen uitbetaald aan niet-Belgen, volgens de opdeling zoals gevraagd in vraag 2?",
            "opdeling",
            2,
        ),
        # be-kamer 184933 question 2
        (
            "Hoeveel personen die eerder op het REAB-programma een beroep deden, werden in 2016 terug in Belgie "
            "gesignaleerd? Graag volgens dezelfde opsplitsing als in vraag 1.",
            "dezelfde opsplitsing",
            1,
        ),
        # be-kamer 184811 question 4: the unit before
        (
            "Hoeveel EU-burgers kregen in 2016 intrekking van hun verblijfsrecht op basis van een onredelijke "
            "belasting van het sociaal bijstandssysteem? Graag dezelfde opsplitsing.",
            "dezelfde opsplitsing",
            None,
        ),
        # be-kamer 189490 question 2 (dev-be21)
        (
            "Kunt u, ter vergelijking, dezelfde cijfers geven voor de hele provincie Antwerpen?",
            "dezelfde cijfers",
            None,
        ),
        # be-kamer 189507 question 4 (dev-be16)
        (
            "Kan u, ter vergelijking, deze cijfers ook geven voor de hele provincie Antwerpen?",
            "deze cijfers ook",
            None,
        ),
    ],
)
def test_a_unit_that_asks_another_units_split_again(text, words, number):
    found = back_reference(text, "nl")
    assert found is not None
    cue, n = found
    assert (cue.text, n) == (words, number)
    assert text[cue.start : cue.end] == words


@pytest.mark.parametrize(
    "text",
    [
        # a written question of another document, not a unit of this one (be-kamer 185401)
        "In opvolging van mijn schriftelijke vraag nr. 1799 van 24 november 2016 stel ik graag een bijkomende "
        "vraag. Heeft u weet hoeveel auto's van Belgische eigenaars getroffen zijn in 2016?",
        # figures the unit itself names ("Kunt u deze cijfers toelichten?" points at the preamble's figures)
        "Kunt u deze cijfers toelichten?",
        # a split of the unit's own, with no other unit named
        "Kan u een opsplitsing geven per Gewest?",
    ],
)
def test_no_other_unit_asked_again(text):
    assert back_reference(text, "nl") is None


# be-kamer 187485 (dev-be20 reads question 4 breakdown_missing: "per land van herkomst", asked in question 2 and
# pointed to by question 4, is not given for the amounts)
_LEEFLOON = (
    "Leefloon. Graag voor het jaar 2016, telkens opgesplitst per Gewest, volgende gegevens. "
    "1. Hoeveel personen in totaal kregen een leefloon? "
    "2. Hoeveel vreemdelingen kregen een leefloon? Graag daarbij een opsplitsing in EU- en niet-EU-vreemdelingen. "
    "Kan dit overzicht ook worden gegeven per land van herkomst van deze vreemdelingen? "
    "3. Hoeveel werd aan leeflonen uitbetaald aan Belgen? "
    "4. Hoeveel werd aan leeflonen uitbetaald aan niet-Belgen, volgens de opdeling zoals gevraagd in vraag 2?"
)
_LEEFLOON_ANSWER = (
    "1. In 2016 kregen 141.000 personen een leefloon.\n"
    "2. In 2016 kregen 31.000 vreemdelingen een leefloon. De bijlage geeft het overzicht per land van herkomst.\n"
    "3. In 2016 werd 480.000.000 euro aan leefloon uitbetaald aan Belgen.\n"
    "4. Met betrekking tot 2016 werd 27. 240.428 euro aan leefloon uitbetaald aan personen met een Europese "
    "nationaliteit voor wat het Brussels Hoofdstedelijk Gewest betreft, voor het Vlaams Gewest betreft dit 13. "
    "077.697 euro en 25. 510.037 euro voor het Waals Gewest."
)


def test_the_split_of_the_unit_named_is_asked_again():
    assert "breakdown_missing" in _nl_flags(_LEEFLOON, _LEEFLOON_ANSWER)["4"]


def test_without_the_pointer_the_other_units_split_is_not_asked():
    question = _LEEFLOON.replace(", volgens de opdeling zoals gevraagd in vraag 2?", "?")
    assert "breakdown_missing" not in _nl_flags(question, _LEEFLOON_ANSWER)["4"]


def test_the_split_of_the_unit_named_in_an_annex_leaves_nothing_missing():
    # an annex of this answer counts as given (LABELS.md), for the split another unit asked as for its own
    answer = _LEEFLOON_ANSWER.replace(
        "voor het Waals Gewest.",
        "voor het Waals Gewest. Het overzicht per land van herkomst vindt u in bijlage.",
    )
    assert "breakdown_missing" not in _nl_flags(_LEEFLOON, answer)["4"]


# be-kamer 192003 question 3 (dev-be20 reads breakdown_missing: 2016 covered in part), asked in 2017
_DADERS = (
    "Internetfraude. In hoeveel gevallen (per jaar) worden de daders achterhaald? Graag ook de percentages."
)
_DADERS_ANSWER = (
    "Tabel 2 bevat het aantal unieke door de politie geregistreerde verdachten inzake internetfraude, zoals "
    "geregistreerd in de ANG op basis van de processen-verbaal, voor de jaren 2014-2015 en de eerste drie "
    "trimesters van 2016 op nationaal niveau.2016201716750-3-2250-bil-2 Hierbij dient opgemerkt te worden dat de "
    "ANG geen uitspraak doet over het al dan niet schuldig karakter van de verdachte."
)


def test_a_year_of_the_answers_series_given_in_part_is_missing_where_each_year_is_asked():
    assert "breakdown_missing" in _nl_flags(_DADERS, _DADERS_ANSWER)["1"]


def test_the_whole_years_of_the_series_leave_nothing_missing():
    answer = _DADERS_ANSWER.replace(
        "voor de jaren 2014-2015 en de eerste drie trimesters van 2016", "voor de jaren 2014-2016"
    )
    assert "breakdown_missing" not in _nl_flags(_DADERS, answer)["1"]


def test_a_count_not_asked_year_by_year_asks_no_year_whole():
    question = _DADERS.replace(" (per jaar)", "")
    assert "breakdown_missing" not in _nl_flags(question, _DADERS_ANSWER)["1"]


# be-kamer 189408 question 1 (dev-be19 reads no breakdown_missing: the table gives the five years up to 2015),
# asked in 2017
_BEREIDINGEN = (
    "Magistrale bereidingen. Hoeveel magistrale bereidingen werden jaarlijks aan klanten-patienten verkocht over "
    "de voorbije vijf jaar, opgesplitst per jaar?"
)
_BEREIDINGEN_ANSWER = (
    "De onderstaande tabel geeft de evolutie van het aantal terugbetaalde magistrale bereidingen voor de periode "
    "2011 - 2015.2016201715745-7-1513-nl-fr-1"
)


def test_the_last_five_years_up_to_the_year_before_last_are_the_last_five_years_of_figures():
    assert "breakdown_missing" not in _nl_flags(_BEREIDINGEN, _BEREIDINGEN_ANSWER)["1"]


def test_the_last_five_years_given_up_to_an_earlier_year_leave_the_later_ones_missing():
    answer = _BEREIDINGEN_ANSWER.replace("2011 - 2015", "2010 - 2014")
    assert "breakdown_missing" in _nl_flags(_BEREIDINGEN, answer)["1"]


def test_a_last_year_given_in_part_is_still_asked():
    # be-kamer 186767 question 2: "de jongste vijf jaar (op jaarbasis)" asked in 2017, answered "voor de jaren
    # 2012-2015 en het eerste trimester van 2016": 2016 is covered in part (the federal police's form)
    question = (
        "Boerkaverbod. Kan u meedelen hoeveel overtredingen er de jongste vijf jaar (op jaarbasis) werden "
        "geregistreerd wat betreft het boerkaverbod?"
    )
    answer = (
        "De eerste tabel bevat het aantal door de politie geregistreerde feiten inzake het verbergen van het "
        "gelaat voor de jaren 2012-2015 en het eerste trimester van 2016 op nationaal niveau, zoals volgt:"
        "2016201714755-3-1970-nl-fr-1"
    )
    assert "breakdown_missing" in _nl_flags(question, answer)["1"]


# be-kamer 189408 1 (dev-be19) and 189646 3: the span of years of the sentence that runs into a table's placeholder
# code gives each year of it
_PUFFERS = (
    "Puffers. Hoeveel van deze puffers zijn de voorbije vijf jaar (opgesplitst per jaar) voorgeschreven?"
)


def test_a_span_of_years_a_table_holds_gives_each_year():
    answer = (
        "De onderstaande tabel geeft de evolutie van het aantal voorgeschreven puffers voor de periode "
        "2012 - 2016.2016201715745-7-1513-nl-fr-1"
    )
    assert _gaps(_PUFFERS, answer, "nl") == []


def test_a_span_of_years_that_frames_one_figure_gives_no_year_between():
    # be-kamer 185011 2: "Voor de periode 2010-2015 liepen jaarlijks een 80-tal personen stage op het
    # hoofdbestuur", one figure for every year, none per year
    answer = "Voor de periode 2012-2016 werden jaarlijks een 80-tal puffers voorgeschreven."
    assert _gaps(_PUFFERS, answer, "nl") == ["asks 2013–2015: not given"]


def _en_asked(text: str):
    unit = inline_parts(Question(start=0, end=len(text), text=text))
    return asked(unit, analyze_question(unit, "en"), "en")


def test_a_number_that_discussions_are_held_on_is_no_count_asked():
    # uk-commons 1716620 (outside the labelled sets): the discussions are asked about, not the numbers of
    # assaults; the answer's account of the inspection regime leaves no figure or breakdown missing
    question = (
        "To ask the Secretary of State for Justice, what discussions his Department has had with G4S on the "
        "number of reported (a) assaults, (b) serious assaults, (c) prisoner assaults, (d) serious prisoner "
        "assaults, (e) assaults on staff and (f) serious assaults on staff at HMP Parc in 2023."
    )
    assert not _en_asked(question).asks_figures
    # the same numbers asked outright are a count, its parts a breakdown
    count = (
        "To ask the Secretary of State for Justice, how many (a) assaults, (b) serious assaults and (c) assaults "
        "on staff were reported at HMP Parc in 2023."
    )
    found = _en_asked(count)
    assert found.asks_figures
    assert [p.label for p in found.parts] == ["a", "b", "c"]


def test_a_year_that_labels_the_figure_after_it_is_given():
    # be-kamer 186182 1 (dev-be21 reads it answered): "- 2015: 10.950,06 euro" is cut at the year's colon,
    # the year and its amount in two sentences; 2015 is given as 2014 and 2016 are
    question = (
        "Dienstreizen. Hoeveel geld werd er effectief uitgegeven aan (dienst)reizen in 2014, 2015 en 2016 "
        "(op jaarbasis)?"
    )
    answer = (
        "De volgende effectieve uitgaven werden gedaan tijdens de periode 2014-2016 :- 2014: 21.118,54 euro;- "
        "2015: 10.950,06 euro;- 2016: 9.857,01 euro."
    )
    assert "breakdown_missing" not in _nl_flags(question, answer)["1"]
    # a year left out of the list is missing
    short = answer.replace("- 2015: 10.950,06 euro;", "")
    assert "breakdown_missing" in _nl_flags(question, short)["1"]


# be-kamer 186191 1 (dev-be20 reads it answered): part (a) asks the budget only on a yes its answer does not give
_REIZEN = (
    "Dienstreizen. a) Wordt er jaarlijks een bedrag vastgelegd voor (dienst)reizen? Zo ja, hoeveel werd er begroot "
    "voor (dienst)reizen in 2014, 2015 en 2016 (op jaarbasis)?b) Hoeveel geld werd er effectief uitgegeven aan "
    "(dienst)reizen in 2014, 2015 en 2016 (op jaarbasis)?"
)
_REIZEN_B = "b) In 2014: 15.363,92 euroIn 2015: 7.405,48 euroIn 2016: 15.592,87 euro"


def test_a_part_whose_count_is_asked_on_a_yes_not_given_asks_no_figure():
    answer = (
        "a) Het budget voor de dienstreizen is vervat in de algemene werkingsmiddelen. In voorbereiding van de "
        "begroting wordt een theoretische raming gemaakt. " + _REIZEN_B
    )
    assert "breakdown_missing" not in _nl_flags(_REIZEN, answer)["1"]


def test_a_part_whose_yes_is_given_still_asks_its_figures():
    answer = "a) Ja, er wordt jaarlijks een bedrag vastgelegd voor de dienstreizen. " + _REIZEN_B
    assert "breakdown_missing" in _nl_flags(_REIZEN, answer)["1"]
