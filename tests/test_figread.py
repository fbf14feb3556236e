"""The figure reader reads the Belgian Chamber's figure cut after its first group ("werd 131.
414.367 euro", "2015: 1. 600.149") as one number where it runs on a sentence, by the rule the
sentence splitter and the answer segmenter keep it whole with; after a sentence's end or at a
line's start "2. 221 dossiers" stays an answer's head and its figure. Inputs shaped on records of
../shared/data/be-kamer-2017, expected values read off the text."""

import re

import pytest

from qa_align import segment, text
from qa_align.analyze import find_figures
from qa_align.coverage import _value

from .test_rules import figures_missing_flags


def _figures(text_: str) -> list[str]:
    return [f.text for f in find_figures(text_, "nl") if f.kind == "number"]


@pytest.mark.parametrize(
    ("sentence", "figure", "value"),
    [
        # after a word
        ("In 2016 werd 131. 414.367 euro aan leefloon terugbetaald.", "131. 414.367 euro", "131414367"),
        ("Op dit moment staan er 1. 172.967 nummers op de lijst.", "1. 172.967", "1172967"),
        # after a colon, a year before its figure
        ("Bedragen per jaar:- 2015: 1. 600.149;", "1. 600.149", "1600149"),
        # a bracket right before it, and decimals after its groups
        ("De kostprijs (1. 045.551,71 euro) werd betaald.", "1. 045.551,71 euro", "104555171"),
        # a currency sign before it
        ("Het bedrag bedraagt € 1. 208.262,57 in totaal.", "€ 1. 208.262,57", "120826257"),
    ],
)
def test_a_cut_figure_that_runs_on_a_sentence_is_one_number(sentence, figure, value):
    assert _figures(sentence) == [figure]
    assert _value(figure) == value


def test_a_number_after_a_sentence_or_at_a_line_start_stays_a_head():
    # "2." opens answer 2 (as the splitter and the segmenter read it), "221" is its figure
    assert _figures("Er werden 400 dossiers onderzocht. 2. 221 dossiers waren ontvankelijk.") == [
        "400",
        "2",
        "221",
    ]
    assert _figures("Antwoord:\n1. 200 personen werden gehoord.") == ["1", "200"]


def test_the_reader_splitter_and_segmenter_share_one_pattern():
    # one definition in qa_align.text: the segmenter's pattern is built from it, not copied
    assert segment._FIGURE_REST.pattern == text.FIGURE_REST
    assert text.CUT_FIGURE in segment._FIGURE_LINE.pattern
    # the figure reader's context is the splitter's: where one keeps "131. 414.367" a single
    # sentence, the other reads it a single number
    for s in ("werd 131. 414.367 euro", "2015: 1. 600.149", "(2. 000.000 euro)"):
        assert re.search(text.RUN_ON_FIGURE, s)
        assert len(text.sentences(s, "nl")) == 1
    for s in ("onderzocht. 2. 221 dossiers", "Antwoord:\n1. 200 personen"):
        assert not re.search(text.RUN_ON_FIGURE, s)
        assert len(text.sentences(s, "nl")) == 3


def _flags(question: str, answer: str) -> list[tuple[str, str]]:
    """The flags figures_missing raises on a Chamber record of one unit, with their reasons."""
    return [(f.name, f.reason) for f in figures_missing_flags(question, answer)]


def test_a_figure_of_the_question_is_read_whole_before_its_repetition_is_dropped():
    # the question names an amount cut after its first group ("1. 172.967 euro"): its value is
    # 1172967, so the answer's "1 dossier" is no repetition of the question's own figure; read as
    # two figures, '1' was the question's and the answer's only figure was dropped
    question = "In 2016 werd 1. 172.967 euro aan subsidies uitgekeerd. Hoeveel dossiers werden er ingediend?"
    answer = "Er werd in 2016 1 dossier ingediend bij de administratie."
    assert _flags(question, answer) == []


def test_evidence_quotes_a_cut_figure_whole():
    # a count of people asked, an amount of money given in a sentence about the building: the
    # reason quotes the figure as it stands, not its first group "131" alone
    question = "Hoeveel agenten werden er vorig jaar aangeworven voor de federale politie?"
    answer = (
        "De renovatie van het gebouw kostte 131. 414.367 euro. Dat bedrag wordt jaarlijks geindexeerd. "
        "De werken aan de gevel werden in het voorjaar beëindigd."
    )
    flags = _flags(question, answer)
    assert [name for name, _ in flags] == ["figures_missing"]
    assert "'131. 414.367 euro'" in flags[0][1]
    assert "'131'" not in flags[0][1]
