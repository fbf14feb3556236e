"""breakdown_missing (breakdown20): a count named in the closed question that a follow-up of a yes opens right after
("Bestaan er cijfers van het aantal ...? Indien ja, kan u deze cijfers meedelen, dit opgedeeld per jaar ...",
dev-be28 190841 7 and 8) is asked on that yes, as a count in the follow-up is: an answer that gives no yes leaves
neither the count nor its breakdown missing."""

from __future__ import annotations

from qa_align.analyze import analyze_question
from qa_align.coverage import asked
from qa_align.types import Question

from .test_breakdown2 import _nl_flags

# dev-be28 190841 7: the whole answer points to another minister's answer; the readers flag cross_reference and
# the open "Bestaan er cijfers", and no figures or breakdown, asked only "Indien ja"
RANSOMWARE = (
    "Ransomware. 1. Bestaan er cijfers van het aantal door ransomware getroffen bedrijven? Indien ja, kan u deze "
    "cijfers meedelen, dit opgedeeld per jaar voor de laatste vijf jaar en per provincie? Indien niet, heeft u "
    "plannen om deze problematiek in kaart te brengen?"
)
POINTER = (
    "1. Ik deel het geachte lid mee dat ik voor het antwoord op de vraag verwijs naar het antwoord op de vraag 240 "
    "van 12 mei 2017 gesteld aan de heer Charles Michel, eerste minister."
)


def test_a_count_named_in_the_closed_question_before_indien_ja_is_asked_on_the_yes():
    unit = Question(0, len(RANSOMWARE), RANSOMWARE)
    assert asked(unit, analyze_question(unit, "nl"), "nl").conditional == "yes"


def test_a_pointer_that_gives_no_yes_leaves_neither_figures_nor_a_breakdown_missing():
    flags = _nl_flags(RANSOMWARE, POINTER)["1"]
    assert "breakdown_missing" not in flags
    assert "figures_missing" not in flags


def test_the_yes_given_without_the_split_still_misses_it():
    answer = "1. Ja. In 2016 werden 52 bedrijven getroffen."
    assert "breakdown_missing" in _nl_flags(RANSOMWARE, answer)["1"]


def test_a_question_word_in_the_closed_question_asks_the_count_whatever_follows():
    # dev-be7 187932 1: "Hebt u zicht op hoeveel vrouwen ...?" asks how many (its readers flag figures_missing and
    # breakdown_missing beside a pointer); "hoeveel" asks in any sentence, "het aantal" only names what is counted
    question = (
        "PIP. 1. Hebt u zicht op hoeveel vrouwen er sinds die oproep zich ook effectief hebben aangediend bij een "
        "zorgverlener voor een onderzoek en/of revisie? Indien zo, kunt u per jaar het totaal aangeven, alsook de "
        "regionale spreiding?"
    )
    unit = Question(0, len(question), question)
    assert asked(unit, analyze_question(unit, "nl"), "nl").conditional == ""
    assert "breakdown_missing" in _nl_flags(question, POINTER)["1"]
