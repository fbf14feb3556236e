"""Review of session 15's merge (review16): what a reader reads in real Chamber questions and
answers where the merged code read otherwise. Expected values written out by hand from reading."""

from __future__ import annotations

from .test_breakdown2 import _nl_flags

# be-kamer 185265 question 3 (dev-be15), shortened to its first three parts, spaces before the
# answer's markers: the list of a count ends in the question's question mark
QUESTION = (
    "Controles wegvervoer. 3. Hoeveel inbreuken werden in 2016 vastgesteld voor: a) het niet hebben van de nodige "
    "vergunningen en andere vervoersdocumenten; b) het niet naleven van de rij- en rusttijden; c) het niet in orde "
    "zijn op technisch vlak en van de lading{end}"
)
ANSWER = (
    "3. Aantal in 2016 vastgestelde inbreuken: a) het niet hebben van de nodige vergunningen en andere "
    "vervoersdocumenten: 538 b) het niet naleven van de rij- en rusttijden: 2422 bij wegcontroles c) het niet in "
    "orde zijn op technisch vlak en van de lading: dit is een gewestelijke bevoegdheid."
)


def test_the_last_part_of_a_counts_list_answered_in_words_alone_is_not_given():
    # "c) ... van de lading: dit is een gewestelijke bevoegdheid." gives no count of c), whether c) is the last
    # item of the list (the question's "?" after it) or one in the middle
    assert _nl_flags(QUESTION.format(end="?"), ANSWER) == {"1": ["breakdown_missing"]}
    middle = QUESTION.format(end="; d) het overtreden van de eisen in verband met afmetingen en massa?")
    answered = ANSWER + " d) het overtreden van de eisen in verband met afmetingen en massa: 14."
    assert _nl_flags(middle, answered) == {"1": ["breakdown_missing"]}
    # c) given its count: nothing missing
    counted = ANSWER.replace("dit is een gewestelijke bevoegdheid", "311")
    assert _nl_flags(QUESTION.format(end="?"), counted) == {"1": []}


def test_an_overview_asked_is_the_lexicons_word_not_a_classifier_cue():
    # be-kamer 189516 1 (dev-be15): "Graag een overzicht vanaf 2010 tot op heden." asks the years one by one; the
    # words that ask it are the lexicon's "overzicht", no sentence the cue classifier read (``Cue.learned``)
    from qa_align.analyze import analyze_question
    from qa_align.coverage import asked
    from qa_align.types import Question

    text = (
        "Hoeveel voertuigen werden ingevoerd met een vignet 705? Graag een overzicht vanaf 2010 tot op heden."
    )
    unit = Question(start=0, end=len(text), text=text)
    per_year = asked(unit, analyze_question(unit, "nl"), "nl").per_year
    assert per_year is not None and text[per_year.start : per_year.end] == "overzicht"
    assert not per_year.learned and per_year.probability is None


def test_a_breakdown_asked_on_a_yes_left_implicit_and_said_not_held_is_missing():
    # be-kamer 191215 1 (dev-be15, flagged breakdown_missing and figures_missing by its readers; shortened): the
    # answer sets out when the costs are deductible (the yes left implicit) and says the data asked cannot be
    # gathered: the years and the split per Gewest asked are not given, as the count is not (figures_missing)
    question = (
        "Opleidingskosten. Mag een OCMW-raadslid de kosten voor een erkende masteropleiding in mindering brengen op "
        "zijn belastingaangifte?Zo ja, in hoeveel gevallen werden die kosten van de belastingen afgetrokken in 2014, "
        "2015 en 2016, en over welke bedragen gaat het? Kunt u die cijfers verstrekken per Gewest?"
    )
    answer = (
        "De algemene voorwaarden voor de aftrekbaarheid van beroepskosten zijn van toepassing op alle "
        "belastingplichtigen. Verder is het niet mogelijk om deze categorie van kosten af te zonderen voor het "
        "verzamelen van de gevraagde gegevens."
    )
    assert _nl_flags(question, answer) == {"1": ["breakdown_missing", "figures_missing"]}
    # the no said ("Neen, die kosten zijn niet aftrekbaar."): nothing asked on the yes is missing
    assert _nl_flags(question, "Neen, die kosten zijn niet aftrekbaar.") == {"1": []}
